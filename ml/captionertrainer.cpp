#include "ml/captionertrainer.h"

#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/npy.h"
#include "ml/adamw.h"
#include "ml/bpe.h"
#include "ml/device.h"
#include "ml/gpt2.h"
#include "ml/modelconfig.h"
#include "ml/modelerror.h"
#include "ml/motiontokenizer.h"
#include "ml/safetensors.h"
#include "ml/sparseprojection.h"

#include <torch/autograd.h>
#include <torch/utils.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

constexpr int kTextRows = 50257;

struct Sample
{
    std::string id;
    std::vector<int> prompt; ///< "Generate text: " <SOM> codes <EOM> (spec §5.4)
    std::vector<std::string> captions;
};

// HumanML3D texts: every line's caption (what precedes its first '#').
std::vector<std::string> readCaptions(const fs::path &file)
{
    std::vector<std::string> warnings, captions;
    for (const motion::Caption &c : motion::parseHumanMl3dTexts(motion::readFile(file.string(), 1u << 24), warnings))
        captions.push_back(c.text);
    return captions;
}

// The motion codes of a clip: motion_tokens/<id>.npy when the folder has it, else its features
// through the DVQ (the whole sequence, as the release's tokenize_dataset_hf.py). Empty when the
// clip is outside the release's training filter (20 ≤ T < 200 frames).
std::vector<std::int64_t> clipCodes(const fs::path &data, const std::string &id, const MotionTokenizer &dvq)
{
    const fs::path tokens = data / "motion_tokens" / (id + ".npy");
    if (fs::exists(tokens)) {
        std::vector<std::int64_t> codes = motion::readNpy(tokens.string()).toInt64();
        for (std::int64_t c : codes)
            if (c < 0 || c >= dvq.info().codes)
                throw ModelError(tokens.string(), "code " + std::to_string(c) + " outside the DVQ's 0.."
                                                      + std::to_string(dvq.info().codes - 1));
        return codes.size() <= 200 ? codes : std::vector<std::int64_t>{};
    }
    const fs::path vecs = data / "new_joint_vecs" / (id + ".npy");
    if (!fs::exists(vecs))
        return {};
    const motion::NpyArray a = motion::readNpy(vecs.string());
    if (a.shape.size() != 2 || a.shape[1] != std::size_t(dvq.info().featureDim))
        throw ModelError(vecs.string(),
                         "expected features [T, " + std::to_string(dvq.info().featureDim) + "], got " + a.describe());
    const int frames = int(a.shape[0]);
    if (frames < 20 || frames >= 200)
        return {};
    return dvq.encode(a.toFloat32(), frames).ids;
}

at::Tensor readTensor(const SafetensorsFile &file, const std::string &name)
{
    const TensorInfo *info = file.find(name);
    if (!info)
        throw ModelError(file.path(), "missing tensor '" + name + "'");
    std::vector<float> values = file.toFloat32(*info);
    return at::from_blob(values.data(), info->shape, at::kFloat).clone();
}

// The plain GPT-2 to fine-tune, with its vocabulary grown by the motion rows (filled later).
Gpt2 loadBase(const fs::path &dir, int extraRows)
{
    const fs::path configPath = dir / "config.json";
    const nlohmann::json j = readConfigJson(configPath);
    const std::string cp = configPath.string();
    const Gpt2Config c = Gpt2Config::fromJson(j, cp, kTextRows);
    if (c.vocab_size != kTextRows)
        throw ModelError(cp, "vocab_size " + std::to_string(c.vocab_size)
                                 + ": --base must be a plain GPT-2 (50257 tokens), not a model with motion tokens");
    const SafetensorsFile file((dir / "model.safetensors").string());
    Gpt2 m = Gpt2::load(file, "", c);
    m.config.vocab_size = kTextRows + extraRows;
    m.wte = at::cat({m.wte, at::zeros({extraRows, c.n_embd})});
    return m;
}

// Spec §4.2: Σ_{i,j} (G_ij − δ_ij)² / (N(N − 1)) over the row-normalised rows; 0 when a row is ~0.
at::Tensor geometryLoss(const at::Tensor &rows)
{
    const at::Tensor norms = rows.norm(2, 1, true);
    if ((norms < 1e-8).any().item<bool>())
        return at::zeros({}, rows.options());
    const at::Tensor unit = rows / norms;
    const double n = double(rows.size(0));
    const at::Tensor g = at::matmul(unit, unit.t()) - at::eye(rows.size(0), rows.options());
    return g.pow(2).sum() / (n * (n - 1.0));
}

} // namespace

TrainingResult trainCaptioner(const CaptionerTrainingOptions &o,
                              const std::function<void(const CaptionerTrainingProgress &)> &progress,
                              const std::atomic<bool> *cancel)
{
    if (o.epochs < 1 || o.batchSize < 1 || o.maxLength < 16)
        throw std::invalid_argument("train-captioner: need epochs ≥ 1, batch ≥ 1 and a maximum length ≥ 16");
    const fs::path data(o.data), out(o.output), dvqDir(o.dvq);
    if (!fs::is_directory(data / "texts"))
        throw ModelError(o.data, "not a HumanML3D-layout folder (no texts/)");
    if (o.dvq.empty())
        throw std::invalid_argument("train-captioner: the DVQ model directory is required");
    const std::unique_ptr<MotionTokenizer> dvq = MotionTokenizer::load(o.dvq, {"cpu", false});
    const int codes = dvq->info().codes;

    // GPT-2's tokenizer files: beside the base, the DVQ, or where the options say.
    std::string bpeDir = o.tokenizerFiles;
    for (const std::string &candidate : {o.base, o.dvq})
        if (bpeDir.empty() && !candidate.empty() && BpeTokenizer::hasFiles(candidate))
            bpeDir = candidate;
    if (bpeDir.empty())
        throw ModelError(o.dvq, "no GPT-2 tokenizer files (vocab.json + merges.txt): give their folder");
    const std::unique_ptr<BpeTokenizer> bpe = BpeTokenizer::fromDirectory(bpeDir);
    if (bpe->vocabularySize() != kTextRows)
        throw ModelError(bpeDir, "the tokenizer has " + std::to_string(bpe->vocabularySize()) + " tokens, not 50257");
    bpe->addMotionTokens(codes);
    const int som = kTextRows + codes, eom = som + 1;

    // Samples, split by the data's val.txt (else every tenth clip).
    std::vector<std::string> ids;
    for (const auto &e : fs::directory_iterator(data / "texts"))
        if (e.path().extension() == ".txt")
            ids.push_back(e.path().stem().string());
    std::sort(ids.begin(), ids.end());
    const std::vector<std::string> valList = motion::readHumanMl3dSplit((data / "val.txt").string());
    const std::set<std::string> valIds(valList.begin(), valList.end());
    const std::vector<std::string> testList = motion::readHumanMl3dSplit((data / "test.txt").string());
    const std::set<std::string> testIds(testList.begin(), testList.end());
    std::vector<Sample> train, validation;
    int index = 0;
    const std::vector<int> generateText = bpe->encode("Generate text: ");
    for (const std::string &id : ids) {
        if (testIds.count(id))
            continue; // never train or select on the test split
        Sample s{id, generateText, readCaptions(data / "texts" / (id + ".txt"))};
        const std::vector<std::int64_t> c = clipCodes(data, id, *dvq);
        if (s.captions.empty() || c.empty())
            continue;
        s.prompt.push_back(som);
        for (std::int64_t code : c)
            s.prompt.push_back(kTextRows + int(code));
        s.prompt.push_back(eom);
        const bool isVal = valIds.empty() ? (index++ % 10 == 9) : valIds.count(id) > 0;
        (isVal ? validation : train).push_back(std::move(s));
    }
    if (train.empty())
        throw ModelError(o.data, "no clip with captions and 20 to 199 frames (or motion tokens) to train on");
    if (validation.empty())
        validation.push_back(train.back());

    // The model: a plain GPT-2 grown by the motion rows, or a fresh one.
    const int extraRows = codes + 3;
    const SafetensorsFile dvqFile((dvqDir / "model.safetensors").string()); // its codebook, then its tensors
    Gpt2 model;
    if (!o.base.empty()) {
        model = loadBase(o.base, extraRows);
    } else {
        if (o.embedding % o.heads != 0)
            throw std::invalid_argument("train-captioner: the embedding width must be a multiple of the heads");
        Gpt2Config c;
        c.vocab_size = kTextRows + extraRows;
        c.n_embd = o.embedding;
        c.n_layer = o.layers;
        c.n_head = o.heads;
        c.n_positions = o.positions;
        model = Gpt2::initialised(c, o.seed);
    }
    const std::int64_t C = model.config.n_embd;
    const int maxLength = std::min(o.maxLength, model.config.n_positions);
    {
        // Spec §3.1: motion rows = codebook · P, rescaled to the text rows' mean norm; the three
        // special rows (SOM, EOM, mask) MLM's random init: randn·σ + μ of the text rows, seed 1234.
        const at::Tensor text = model.wte.slice(0, 0, kTextRows);
        const double sigma = text.std().item<double>(), mu = text.mean().item<double>();
        const at::Tensor codebook = readTensor(dvqFile, "motion_tokenizer.quantizer.codebook.weight");
        const at::Tensor projection = sparseProjection(codebook.size(1), C);
        const at::Tensor motion = projectedMotionRows(codebook, projection, model.wte, kTextRows);
        at::manual_seed(1234);
        const at::Tensor special = at::randn({3, C}) * sigma + mu;
        model.wte = at::cat({text, motion, special}).contiguous();
    }
    const bool freezeText = o.freezeText == CaptionerTrainingOptions::FreezeText::Yes
                            || (o.freezeText == CaptionerTrainingOptions::FreezeText::Auto && !o.base.empty());
    const c10::Device device = chooseDevice(o.device);
    model.to(device);
    AdamW adam;
    adam.beta2 = o.beta2;
    for (auto &[name, tensor] : model.namedTensors())
        adam.add(name, *tensor, o.weightDecay); // the release decays every parameter, frozen rows included

    const std::size_t batch = std::min<std::size_t>(std::size_t(o.batchSize), train.size());
    const long long stepsPerEpoch = (long long)((train.size() + batch - 1) / batch);
    const long long totalSteps = stepsPerEpoch * o.epochs;
    const int period = o.cosinePeriod > 0 ? o.cosinePeriod : 2 * o.epochs;
    auto learningRate = [&](int epoch) { // CosineAnnealingLR stepped per epoch (spec §5.6)
        return o.minLearningRate
               + (o.learningRate - o.minLearningRate) * 0.5 * (1.0 + std::cos(M_PI * double(epoch) / double(period)));
    };

    fs::create_directories(out);
    int firstEpoch = 0;
    double best = INFINITY;
    if (o.resume)
        adam.resume(out.string(), firstEpoch, best);

    auto saveModel = [&] {
        std::vector<NamedTensor> tensors;
        for (const TensorInfo &t : dvqFile.tensors())
            if (t.name.rfind("motion_tokenizer.", 0) == 0)
                tensors.push_back({t.name, t.shape, dvqFile.toFloat32(t), o.half});
        for (auto &[name, tensor] : model.namedTensors())
            tensors.push_back({"language_model." + name, tensor->sizes().vec(), tensorValues(*tensor), o.half});
        writeSafetensors((out / "model.safetensors").string(), tensors,
                         {{"format", "pt"}, {"trained_by", "geomotion train-captioner"}});
        nlohmann::json c = readConfigJson(dvqDir / "config.json");
        c.update({{"model_type", "geomotiongpt"},
                  {"architectures", {"GeoMotionGPTForCausalLM"}},
                  {"text_vocab_size", kTextRows},
                  {"vocab_size", model.config.vocab_size},
                  {"n_positions", model.config.n_positions},
                  {"n_embd", model.config.n_embd},
                  {"n_layer", model.config.n_layer},
                  {"n_head", model.config.n_head},
                  {"n_inner", nullptr},
                  {"activation_function", "gelu_new"},
                  {"resid_pdrop", o.dropout},
                  {"embd_pdrop", o.dropout},
                  {"attn_pdrop", o.dropout},
                  {"layer_norm_epsilon", model.config.layer_norm_epsilon},
                  {"lambda_ortho", o.geometryWeight},
                  {"bos_token_id", BpeTokenizer::kEndOfText},
                  {"eos_token_id", BpeTokenizer::kEndOfText},
                  {"pad_token_id", BpeTokenizer::kEndOfText},
                  {"torch_dtype", o.half ? "float16" : "float32"}});
        motion::writeFileAtomically((out / "config.json").string(), c.dump(2) + "\n");
        const int dim = dvq->info().featureDim;
        motion::writeNpy((out / "mean.npy").string(), motion::NpyArray::fromFloat32({std::size_t(dim)}, dvq->mean()));
        motion::writeNpy((out / "std.npy").string(), motion::NpyArray::fromFloat32({std::size_t(dim)}, dvq->std()));
        for (const char *pair : {"vocab.json", "merges.txt", "encoder.json", "vocab.bpe"})
            if (fs::exists(fs::path(bpeDir) / pair) && !fs::exists(out / pair))
                fs::copy_file(fs::path(bpeDir) / pair, out / pair);
    };

    // The training sequence of spec §5.4: prompt, then " \n " + CAPTION' and <|endoftext|> as one
    // text segment (so the caption's first word carries its space: [220, 198, "Ġa", …]). The
    // inference form is what generation sees: the prompt's [220, 198, 220], then the caption
    // without its leading space ([…, 220, "a", …]).
    const std::vector<int> separator = bpe->encode(" \n ");
    std::map<std::pair<bool, std::string>, std::vector<int>> encoded;
    auto sequence = [&](const Sample &s, const std::string &caption, bool inferenceForm) {
        auto it = encoded.find({inferenceForm, caption});
        if (it == encoded.end()) {
            std::vector<int> encodedIds = inferenceForm ? separator : bpe->encode(" \n " + caption);
            if (inferenceForm)
                for (int id : bpe->encode(caption))
                    encodedIds.push_back(id);
            it = encoded.emplace(std::make_pair(inferenceForm, caption), std::move(encodedIds)).first;
        }
        std::vector<int> tokens = s.prompt;
        tokens.insert(tokens.end(), it->second.begin(), it->second.end());
        tokens.push_back(BpeTokenizer::kEndOfText);
        if (int(tokens.size()) > maxLength)
            tokens.resize(std::size_t(maxLength));
        // Where the caption's words start.
        return std::make_pair(tokens, int(s.prompt.size() + (inferenceForm ? separator.size() : 2)));
    };
    // Right padding to the batch's longest sequence: with causal attention and pads excluded from
    // the loss this equals the release's padding to 256, at a fraction of the cost.
    struct Losses
    {
        at::Tensor total, languageModel, geometry;
        std::int64_t predicted = 0; ///< positions in the language-model mean
    };
    auto losses = [&](const std::vector<std::pair<std::vector<int>, int>> &sequences, double dropout) {
        std::size_t length = 0;
        for (const auto &s : sequences)
            length = std::max(length, s.first.size());
        const std::int64_t B = std::int64_t(sequences.size()), L = std::int64_t(length);
        std::vector<std::int64_t> input(std::size_t(B * L), BpeTokenizer::kEndOfText), rows, targets;
        for (std::int64_t b = 0; b < B; ++b) {
            const auto &[seq, captionStart] = sequences[std::size_t(b)];
            std::copy(seq.begin(), seq.end(), input.begin() + b * L);
            const int first = o.lossOn == CaptionerTrainingOptions::LossOn::Caption ? captionStart : 1;
            for (int t = std::max(first, 1); t < int(seq.size()); ++t) { // position t − 1 predicts t
                rows.push_back(b * L + t - 1);
                targets.push_back(seq[std::size_t(t)]);
            }
        }
        auto longTensor = [&](std::vector<std::int64_t> &v, std::vector<std::int64_t> shape) {
            return at::from_blob(v.data(), shape, at::kLong).to(device, false, true); // a copy: backward needs it
        };
        const at::Tensor h = model.hidden(longTensor(input, {B, L}), nullptr, dropout).reshape({B * L, C});
        const at::Tensor logits
            = at::matmul(h.index_select(0, longTensor(rows, {std::int64_t(rows.size())})), model.wte.t());
        Losses l;
        l.predicted = std::int64_t(targets.size());
        l.languageModel = at::cross_entropy_loss(logits, longTensor(targets, {std::int64_t(targets.size())}));
        const std::int64_t first = o.geometryRows == CaptionerTrainingOptions::GeometryRows::Motion ? kTextRows : 0;
        l.geometry = o.geometryWeight > 0 ? geometryLoss(model.wte.slice(0, first, first + codes))
                                          : at::zeros({}, l.languageModel.options());
        l.total = l.languageModel + o.geometryWeight * l.geometry;
        return l;
    };

    TrainingResult result;
    result.trainClips = int(train.size());
    result.validationClips = int(validation.size());
    const auto started = std::chrono::steady_clock::now();
    long long stepsThisRun = 0;
    for (int epoch = firstEpoch; epoch < o.epochs; ++epoch) {
        std::mt19937_64 random(o.seed * 1000003ULL + std::uint64_t(epoch)); // per epoch: resumable
        at::manual_seed(o.seed * 1000003ULL + std::uint64_t(epoch));        // dropout
        std::vector<const Sample *> order;
        for (const Sample &s : train)
            order.push_back(&s);
        std::shuffle(order.begin(), order.end(), random);
        const double lr = learningRate(epoch);
        CaptionerTrainingProgress p;
        for (long long s = 0; s < stepsPerEpoch; ++s) {
            if (cancel && cancel->load()) {
                result.cancelled = true; // the state of the last whole epoch is where a resume starts
                result.bestValidation = best;
                return result;
            }
            std::vector<std::pair<std::vector<int>, int>> sequences;
            for (std::size_t i = std::size_t(s) * batch; i < std::min(order.size(), std::size_t(s + 1) * batch); ++i) {
                const Sample &sample = *order[i];
                std::string caption
                    = sample
                          .captions[std::uniform_int_distribution<std::size_t>(0, sample.captions.size() - 1)(random)];
                if (std::uniform_real_distribution<double>(0.0, 1.0)(random) < o.quoteProbability)
                    caption = "\"" + caption + "\"";
                const bool inferenceForm
                    = o.inferenceFormProbability > 0.0
                      && std::uniform_real_distribution<double>(0.0, 1.0)(random) < o.inferenceFormProbability;
                sequences.push_back(sequence(sample, caption, inferenceForm));
                if (o.motionTokenNoise > 0.0) {
                    std::uniform_real_distribution<double> chance(0.0, 1.0);
                    std::uniform_int_distribution<int> code(0, codes - 1);
                    std::vector<int> &tokens = sequences.back().first;
                    for (std::size_t t = 0; t < std::min(sample.prompt.size(), tokens.size()); ++t) {
                        int &id = tokens[t];
                        if (id >= kTextRows && id < kTextRows + codes && chance(random) < o.motionTokenNoise)
                            id = kTextRows + code(random);
                    }
                }
            }
            const Losses l = losses(sequences, o.dropout);
            adam.zeroGrad();
            l.total.backward();
            if (freezeText) {
                torch::NoGradGuard noGrad;
                model.wte.mutable_grad().slice(0, 0, kTextRows).zero_(); // the release's gradient hook
            }
            adam.update(lr);
            ++stepsThisRun;
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            p = {epoch,
                 o.epochs,
                 adam.step,
                 totalSteps,
                 l.total.item<double>(),
                 l.languageModel.item<double>(),
                 l.geometry.item<double>(),
                 NAN,
                 best,
                 elapsed,
                 elapsed / double(stepsThisRun) * double(totalSteps - adam.step)};
            if (progress)
                progress(p);
        }
        // Validation: the cross-entropy per predicted token over the whole split.
        double total = 0.0;
        {
            torch::NoGradGuard noGrad;
            std::int64_t count = 0;
            for (std::size_t b = 0; b < validation.size(); b += batch) {
                std::vector<std::pair<std::vector<int>, int>> sequences;
                for (std::size_t i = b; i < std::min(validation.size(), b + batch); ++i)
                    sequences.push_back(
                        sequence(validation[i], validation[i].captions.front(), o.inferenceFormProbability > 0.0));
                const Losses l = losses(sequences, 0.0);
                total += l.languageModel.item<double>() * double(l.predicted);
                count += l.predicted;
            }
            total /= double(std::max<std::int64_t>(count, 1));
        }
        if (total < best) {
            best = total;
            saveModel();
        }
        adam.checkpoint(out.string(), epoch + 1, best);
        p.validation = total;
        p.bestValidation = best;
        if (progress)
            progress(p);
        ++result.epochsRun;
    }
    result.bestValidation = best;
    return result;
}

} // namespace gm::ml

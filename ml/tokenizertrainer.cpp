#include "ml/tokenizertrainer.h"

#include "ml/dataset.h"

#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/adamw.h"
#include "ml/dataset.h"
#include "ml/device.h"
#include "ml/dvq.h"
#include "ml/features.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <torch/autograd.h>

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

struct Clip
{
    std::string id;
    std::vector<float> features; // [frames × dim]
    int frames = 0;
};

// The clips of a dataset folder (ml/dataset.h); a bad features file stops training.
std::vector<Clip> loadClips(const fs::path &data, int dim)
{
    std::vector<Clip> clips;
    for (const DatasetItem &item : listDataset(data.string())) {
        int rows = 0;
        std::vector<float> features = datasetFeatures(item, dim, rows);
        if (rows > 0)
            clips.push_back({item.id, std::move(features), rows});
    }
    return clips;
}

// The crops of one epoch: one window per clip, start uniform in [0, T − window].
at::Tensor cropBatch(const std::vector<const Clip *> &clips, std::size_t begin, std::size_t end, int window, int dim,
                     const std::vector<int> &starts, const std::vector<float> &mean, const std::vector<float> &std)
{
    at::Tensor x = at::empty({std::int64_t(end - begin), window, dim}, at::kFloat);
    float *out = x.data_ptr<float>();
    for (std::size_t i = begin; i < end; ++i) {
        const Clip &c = *clips[i];
        for (int t = 0; t < window; ++t)
            for (int k = 0; k < dim; ++k)
                *out++
                    = (c.features[std::size_t((starts[i] + t) * dim + k)] - mean[std::size_t(k)]) / std[std::size_t(k)];
    }
    return x;
}

} // namespace

TrainingResult trainTokenizer(const TokenizerTrainingOptions &o,
                              const std::function<void(const TrainingProgress &)> &progress,
                              const std::atomic<bool> *cancel)
{
    if (o.epochs < 1 || o.batchSize < 1 || o.window < (1 << o.downT) || o.window % (1 << o.downT) != 0)
        throw std::invalid_argument("train-tokenizer: need epochs ≥ 1, batch ≥ 1 and a window that is a multiple of "
                                    + std::to_string(1 << o.downT));
    const fs::path data(o.data), out(o.output);
    if (!fs::is_directory(data))
        throw ModelError(o.data, "no such data folder");
    DvqConfig config;
    config.motion_vocab_size = o.codes;
    config.motion_hidden_dim = o.width;
    config.motion_depth = o.depth;
    config.motion_down_t = o.downT;
    config.motion_dilation_growth_rate = o.dilationGrowth;
    const int dim = config.motion_input_dim;

    // Data: clips long enough for a window, split into train and validation.
    std::vector<Clip> clips = loadClips(data, dim);
    const std::vector<std::string> valList = motion::readHumanMl3dSplit((data / "val.txt").string());
    const std::vector<std::string> testList = motion::readHumanMl3dSplit((data / "test.txt").string());
    const std::set<std::string> valIds(valList.begin(), valList.end()), testIds(testList.begin(), testList.end());
    std::vector<const Clip *> train, validation;
    int index = 0;
    for (const Clip &c : clips) {
        if (c.frames < o.window || testIds.count(c.id))
            continue; // the test split is never trained or selected on
        const bool isVal = valIds.empty() ? (index++ % 10 == 9) : valIds.count(c.id) > 0;
        (isVal ? validation : train).push_back(&c);
    }
    if (train.empty())
        throw ModelError(o.data, "no clip of at least " + std::to_string(o.window) + " frames to train on");
    if (validation.empty())
        validation.push_back(train.back()); // a tiny corpus: validate on the last clip

    std::vector<float> mean, std;
    if (fs::exists(data / "Mean.npy") && fs::exists(data / "Std.npy")) {
        mean = motion::readNpy((data / "Mean.npy").string()).toFloat32();
        std = motion::readNpy((data / "Std.npy").string()).toFloat32();
        if (mean.size() != std::size_t(dim) || std.size() != std::size_t(dim))
            throw ModelError(o.data, "Mean.npy / Std.npy do not hold " + std::to_string(dim) + " values");
    } else {
        FeatureStatistics statistics(dim);
        for (const Clip *c : train)
            statistics.add(c->features.data(), c->frames);
        statistics.finish(mean, std);
    }

    at::manual_seed(o.seed);
    Dvq model(config);
    if (o.codebookSigma > 0.0) { // HEAD's Normal(0, σ) instead of the first commit's Uniform(±1/K)
        torch::NoGradGuard noGrad;
        model->quantizer->codebook->weight.normal_(0.0, o.codebookSigma);
    }
    const c10::Device device = chooseDevice(o.device);
    model->to(device);
    AdamW adam;
    for (auto &item : model->named_parameters()) {
        const std::string &name = item.key();
        const bool codebook = name.rfind("quantizer.", 0) == 0;
        const bool bias = name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0;
        adam.add(name, item.value(), codebook || bias ? 0.0 : o.weightDecay, codebook ? 0.5 : 1.0);
    }

    const std::size_t batch = std::min<std::size_t>(std::size_t(o.batchSize), train.size());
    const long long stepsPerEpoch = (long long)(train.size() / batch); // drop_last
    const long long totalSteps = stepsPerEpoch * o.epochs;
    const long long warmup = (long long)(o.warmupFraction * double(totalSteps));
    auto learningRate = [&](long long step) {
        if (step < warmup)
            return o.learningRate * double(step) / double(std::max(1LL, warmup));
        const double p = double(step - warmup) / double(std::max(1LL, totalSteps - warmup));
        return o.learningRate * 0.5 * (1.0 + std::cos(M_PI * p));
    };

    fs::create_directories(out);
    int firstEpoch = 0;
    double best = INFINITY;
    if (o.resume)
        adam.resume(out.string(), firstEpoch, best);

    auto saveModel = [&] {
        std::vector<NamedTensor> tensors;
        for (const AdamW::Entry &e : adam.entries)
            tensors.push_back({"motion_tokenizer." + e.name, e.parameter.sizes().vec(), tensorValues(e.parameter)});
        writeSafetensors((out / "model.safetensors").string(), tensors,
                         {{"format", "pt"}, {"trained_by", "geomotion train-tokenizer"}});
        nlohmann::json c = {{"model_type", "geomotiongpt"},
                            {"motion_input_dim", dim},
                            {"motion_vocab_size", o.codes},
                            {"motion_hidden_dim", o.width},
                            {"motion_down_t", o.downT},
                            {"motion_depth", o.depth},
                            {"motion_dilation_growth_rate", o.dilationGrowth}};
        motion::writeFileAtomically((out / "config.json").string(), c.dump(2) + "\n");
        motion::writeNpy((out / "mean.npy").string(), motion::NpyArray::fromFloat32({std::size_t(dim)}, mean));
        motion::writeNpy((out / "std.npy").string(), motion::NpyArray::fromFloat32({std::size_t(dim)}, std));
    };
    // One step's losses (spec §2.9): MSE + 0.25·L_util + L_ent + L_geo (codebook orthogonality).
    struct Losses
    {
        at::Tensor total, mse, utilisation, geometry, perplexity;
    };
    auto losses = [&](const at::Tensor &x, double tau, double hardRate) {
        const at::Tensor logits = model->logits(x);
        const auto q = model->quantizer->forwardTraining(logits, tau, hardRate, o.ratio, 0.0, o.sampledCodes);
        const at::Tensor reconstruction = model->decoder->forward(q.quantized).permute({0, 2, 1});
        Losses l;
        l.mse = (reconstruction - x).pow(2).mean();
        const at::Tensor c = model->quantizer->codebook->weight;
        const at::Tensor unit = c / c.norm(2, 1, true).clamp_min(1e-12);
        const at::Tensor gram = at::matmul(unit, unit.t());
        l.geometry = (gram - at::eye(c.size(0), c.options())).pow(2).mean();
        l.utilisation = q.utilisation;
        l.perplexity = q.perplexity;
        l.total = l.mse + o.utilisationWeight * q.utilisation + q.entropy + o.geometryWeight * l.geometry;
        return l;
    };

    TrainingResult result;
    result.trainClips = int(train.size());
    result.validationClips = int(validation.size());
    const auto started = std::chrono::steady_clock::now();
    long long stepsThisRun = 0;
    for (int epoch = firstEpoch; epoch < o.epochs; ++epoch) {
        // The release's schedules at 500 epochs, as fractions of the run.
        const double f = double(epoch) / double(o.epochs);
        auto ramp = [&](double begin, double end) { // 0 before begin, 1 from end, linear between
            return f < begin ? 0.0 : f >= end ? 1.0 : (f - begin) / (end - begin);
        };
        const double tau = std::max(0.01, 0.4 * std::pow(0.01 / 0.4, ramp(o.tauDecay[0], o.tauDecay[1])));
        const double hardRate = ramp(o.hardRamp[0], o.hardRamp[1]);
        std::mt19937_64 random(o.seed * 1000003ULL + std::uint64_t(epoch)); // per epoch: resumable
        at::manual_seed(o.seed * 1000003ULL + std::uint64_t(epoch));
        std::vector<const Clip *> order = train;
        std::shuffle(order.begin(), order.end(), random);
        std::vector<int> starts;
        for (const Clip *c : order)
            starts.push_back(int(std::uniform_int_distribution<int>(0, c->frames - o.window)(random)));
        model->train();
        TrainingProgress p;
        for (long long s = 0; s < stepsPerEpoch; ++s) {
            if (cancel && cancel->load()) {
                // The state saved at the end of the last whole epoch is where a resume starts.
                result.cancelled = true;
                result.bestValidation = best;
                return result;
            }
            const at::Tensor x
                = cropBatch(order, std::size_t(s) * batch, std::size_t(s + 1) * batch, o.window, dim, starts, mean, std)
                      .to(device);
            const Losses l = losses(x, tau, hardRate);
            adam.zeroGrad();
            l.total.backward();
            adam.update(learningRate(adam.step));
            ++stepsThisRun;
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            p = {epoch,
                 o.epochs,
                 adam.step,
                 totalSteps,
                 l.total.item<double>(),
                 l.mse.item<double>(),
                 l.utilisation.item<double>(),
                 l.geometry.item<double>(),
                 l.perplexity.item<double>(),
                 NAN,
                 best,
                 elapsed,
                 elapsed / double(stepsThisRun) * double(totalSteps - adam.step)};
            if (progress)
                progress(p);
        }
        // Validation: the same losses on one crop per validation clip (noise included, as the
        // release); the best epoch's weights are the model.
        double total = 0.0;
        {
            torch::NoGradGuard noGrad;
            std::vector<int> valStarts;
            for (const Clip *c : validation)
                valStarts.push_back(int(std::uniform_int_distribution<int>(0, c->frames - o.window)(random)));
            for (std::size_t b = 0; b < validation.size(); b += batch) {
                const std::size_t end = std::min(validation.size(), b + batch);
                const at::Tensor x = cropBatch(validation, b, end, o.window, dim, valStarts, mean, std).to(device);
                total += losses(x, tau, hardRate).total.item<double>() * double(end - b);
            }
            total /= double(validation.size());
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

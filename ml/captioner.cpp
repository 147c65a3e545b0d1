#include "ml/captioner.h"

#include "ml/bpe.h"
#include "ml/device.h"
#include "ml/gpt2.h"
#include "ml/modelconfig.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

constexpr int kTextVocabulary = 50257;

void eraseAll(std::string &text, const std::string &what)
{
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
        text.erase(at, what.size());
}

std::string strip(const std::string &s, const char *characters)
{
    const std::size_t b = s.find_first_not_of(characters);
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(characters) - b + 1);
}

} // namespace

std::string postProcessCaption(std::string text)
{
    for (const char *literal : {"Generate text: <Motion_Placeholder>", "Generate text with", "<Motion_Placeholder>"}) {
        eraseAll(text, literal);
        text = strip(text, " \t\n\r\f\v");
    }
    // A leading "<digits>\s*frame[s][:]\s*".
    std::size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
        ++i;
    if (i > 0) {
        std::size_t j = i;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        if (text.compare(j, 5, "frame") == 0) {
            j += 5;
            if (j < text.size() && text[j] == 's')
                ++j;
            if (j < text.size() && text[j] == ':')
                ++j;
            while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])))
                ++j;
            text.erase(0, j);
        }
    }
    text = strip(text, " \n\t");
    return strip(text, "\"'");
}

struct Captioner::Private
{
    Gpt2 model;
    std::unique_ptr<BpeTokenizer> bpe;
    int codes = 0;
    at::Device device = at::kCPU;
};

Captioner::Captioner()
    : d(std::make_unique<Private>())
{}

Captioner::~Captioner() = default;

std::unique_ptr<Captioner> Captioner::load(const std::string &directory, const CaptionerLoadOptions &options)
{
    const fs::path dir(directory);
    const fs::path configPath = dir / "config.json";
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw ModelError(directory, "no such model directory");
    if (!fs::exists(configPath))
        throw ModelError(directory, "no config.json");
    const nlohmann::json j = readConfigJson(configPath);
    const std::string cp = configPath.string();
    const int codes = configInt(j, "motion_vocab_size", 512, cp, 10'000'000, true);
    const Gpt2Config c = Gpt2Config::fromJson(j, cp, kTextVocabulary + codes + 3);
    if (c.vocab_size != kTextVocabulary + codes + 3)
        throw ModelError(cp, "vocab_size " + std::to_string(c.vocab_size) + ", expected 50257 + "
                                 + std::to_string(codes)
                                 + " motion codes + 3 = " + std::to_string(kTextVocabulary + codes + 3));

    std::unique_ptr<Captioner> captioner(new Captioner);
    Private &p = *captioner->d;
    p.codes = codes;
    const SafetensorsFile file((dir / "model.safetensors").string());
    const bool official = file.find("language_model.transformer.wte.weight") != nullptr;
    p.model = Gpt2::load(file, official ? "language_model." : "", c);

    // The model directory's own tokenizer files first, then the given folder.
    const fs::path tokenizerDir = BpeTokenizer::hasFiles(directory) || options.tokenizerDirectory.empty()
                                      ? dir
                                      : fs::path(options.tokenizerDirectory);
    p.bpe = BpeTokenizer::fromDirectory(tokenizerDir.string());
    if (p.bpe->vocabularySize() != kTextVocabulary)
        throw ModelError(tokenizerDir.string(), "the tokenizer has " + std::to_string(p.bpe->vocabularySize())
                                                    + " tokens, expected GPT-2's 50257");
    p.bpe->addMotionTokens(codes);

    p.device = chooseDevice(options.device);
    p.model.to(p.device);
    return captioner;
}

int Captioner::motionCodes() const
{
    return d->codes;
}

std::int64_t Captioner::parameters() const
{
    return d->model.parameterCount();
}

std::string Captioner::device() const
{
    return d->device.str();
}

int Captioner::vocabularySize() const
{
    return d->model.config.vocab_size;
}

std::vector<int> Captioner::prompt(const std::vector<std::int64_t> &codes) const
{
    // "Generate text: <SOM><motion_id_a>…<EOM> \n " (spec §5.4), ids built directly.
    std::vector<int> ids = d->bpe->encode("Generate text: ");
    ids.push_back(kTextVocabulary + d->codes); // SOM
    for (std::int64_t c : codes) {
        if (c < 0 || c >= d->codes)
            throw std::invalid_argument("caption: motion code " + std::to_string(c) + " is outside [0, "
                                        + std::to_string(d->codes) + ")");
        ids.push_back(kTextVocabulary + int(c));
    }
    ids.push_back(kTextVocabulary + d->codes + 1); // EOM
    for (int id : d->bpe->encode(" \n "))
        ids.push_back(id);
    return ids;
}

int Captioner::motionCapacity(int maxNewTokens) const
{
    const int fixed = int(prompt({}).size()); // the words, SOM and EOM around the codes
    return std::max(1, d->model.config.n_positions - fixed - std::max(maxNewTokens, 0));
}

namespace {

std::vector<std::int64_t> firstCodes(const std::vector<std::int64_t> &codes, int capacity)
{
    return codes.size() <= std::size_t(capacity) ? codes
                                                 : std::vector<std::int64_t>(codes.begin(), codes.begin() + capacity);
}

} // namespace

std::vector<float> Captioner::logits(const std::vector<int> &ids) const
{
    c10::InferenceMode inference;
    for (int id : ids)
        if (id < 0 || id >= vocabularySize())
            throw std::invalid_argument("logits: id " + std::to_string(id) + " is outside the vocabulary");
    std::vector<std::int64_t> wide(ids.begin(), ids.end());
    const at::Tensor input = at::tensor(wide, at::kLong).view({1, -1}).to(d->device);
    const at::Tensor out = d->model.forward(input)[0].to(at::kCPU).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

Caption Captioner::caption(const std::vector<std::int64_t> &codes, const CaptionOptions &options,
                           const std::function<void(const std::string &, int)> &onToken,
                           const std::atomic<bool> *cancel) const
{
    if (options.decoding == CaptionOptions::Decoding::Sample && !(options.temperature > 0.0))
        throw std::invalid_argument("caption: the temperature must be positive");
    if (options.decoding == CaptionOptions::Decoding::Beam)
        return beamSearch(codes, options, onToken, cancel).front();
    c10::InferenceMode inference;
    const std::vector<std::int64_t> used = firstCodes(codes, motionCapacity(options.maxNewTokens));
    const std::vector<int> promptIds = prompt(used);
    std::vector<std::int64_t> wide(promptIds.begin(), promptIds.end());
    KvCache cache;
    at::Tensor logits = d->model.forward(at::tensor(wide, at::kLong).view({1, -1}).to(d->device), &cache);
    std::mt19937_64 random(options.seed);
    Caption result;
    result.motionCodes = int(used.size());
    const int maxNew = std::max(0, std::min(options.maxNewTokens, d->model.config.n_positions - int(promptIds.size())));
    for (int step = 0; step < maxNew; ++step) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        at::Tensor last = logits[0][-1].to(at::kFloat).to(at::kCPU).contiguous(); // [V]
        const at::Tensor logp = at::log_softmax(last, 0);
        at::Tensor scores = last.clone();
        if (options.forbidMotionIds)
            scores.slice(0, kTextVocabulary).fill_(-INFINITY);
        int next = 0;
        if (options.decoding == CaptionOptions::Decoding::Greedy) {
            next = int(scores.argmax().item<std::int64_t>());
        } else {
            // A chain of small stages: temperature → top-k → top-p → draw.
            at::Tensor probs = at::softmax(scores / options.temperature, 0);
            std::vector<float> p(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
            std::vector<int> order(p.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return p[std::size_t(a)] > p[std::size_t(b)]; });
            std::size_t keep
                = options.topK > 0 ? std::min<std::size_t>(std::size_t(options.topK), order.size()) : order.size();
            double mass = 0.0;
            for (std::size_t i = 0; i < keep; ++i) {
                mass += p[std::size_t(order[i])];
                if (options.topP < 1.0 && mass >= options.topP) {
                    keep = i + 1;
                    break;
                }
            }
            std::vector<double> weights;
            for (std::size_t i = 0; i < keep; ++i)
                weights.push_back(p[std::size_t(order[i])]);
            std::discrete_distribution<std::size_t> draw(weights.begin(), weights.end());
            next = order[draw(random)];
        }
        if (next == BpeTokenizer::kEndOfText)
            break;
        result.ids.push_back(next);
        result.logProbabilities.push_back(logp[next].item<float>());
        if (onToken)
            onToken(d->bpe->decode(result.ids), next);
        if (step + 1 < maxNew) {
            const at::Tensor input
                = at::full({1, 1}, std::int64_t(next), at::TensorOptions().dtype(at::kLong).device(d->device));
            logits = d->model.forward(input, &cache);
        }
    }
    result.raw = d->bpe->decode(result.ids);
    result.text = postProcessCaption(result.raw);
    return result;
}

std::vector<Caption> Captioner::beamSearch(const std::vector<std::int64_t> &codes, const CaptionOptions &options,
                                           const std::function<void(const std::string &, int)> &onToken,
                                           const std::atomic<bool> *cancel) const
{
    if (options.beams < 1)
        throw std::invalid_argument("caption: the beam width must be at least 1");
    c10::InferenceMode inference;
    const std::vector<std::int64_t> used = firstCodes(codes, motionCapacity(options.maxNewTokens));
    const std::vector<int> promptIds = prompt(used);
    struct Beam
    {
        std::vector<int> ids;
        std::vector<float> logp;
        double score = 0.0; // Σ log p
        bool done = false;
    };
    auto finalScore = [&](const Beam &b) {
        return b.score
               / std::pow(double(std::max<std::size_t>(b.ids.size() + (b.done ? 1 : 0), 1)), options.lengthPenalty);
    };
    std::vector<Beam> beams(1);
    const int maxNew = std::max(0, std::min(options.maxNewTokens, d->model.config.n_positions - int(promptIds.size())));
    bool cancelled = false;
    for (int step = 0; step < maxNew; ++step) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        std::vector<Beam> candidates;
        for (const Beam &b : beams) {
            if (b.done) {
                candidates.push_back(b);
                continue;
            }
            // Beams are short (≤ 40 new tokens): a full forward per beam keeps them independent.
            std::vector<std::int64_t> ids(promptIds.begin(), promptIds.end());
            ids.insert(ids.end(), b.ids.begin(), b.ids.end());
            const at::Tensor logits = d->model.forward(at::tensor(ids, at::kLong).view({1, -1}).to(d->device))[0][-1];
            at::Tensor logp = at::log_softmax(logits.to(at::kFloat).to(at::kCPU), 0);
            at::Tensor scores = logp.clone();
            if (options.forbidMotionIds)
                scores.slice(0, kTextVocabulary).fill_(-INFINITY);
            const auto top = scores.topk(options.beams);
            for (int k = 0; k < options.beams; ++k) {
                Beam next = b;
                const int id = int(std::get<1>(top)[k].item<std::int64_t>());
                const float lp = logp[id].item<float>();
                next.score += lp;
                if (id == BpeTokenizer::kEndOfText) {
                    next.done = true;
                } else {
                    next.ids.push_back(id);
                    next.logp.push_back(lp);
                }
                candidates.push_back(std::move(next));
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const Beam &a, const Beam &b) { return finalScore(a) > finalScore(b); });
        candidates.resize(std::min<std::size_t>(candidates.size(), std::size_t(options.beams)));
        beams = std::move(candidates);
        if (onToken && !beams.front().ids.empty())
            onToken(d->bpe->decode(beams.front().ids), beams.front().ids.back());
        if (std::all_of(beams.begin(), beams.end(), [](const Beam &b) { return b.done; }))
            break;
    }
    std::stable_sort(beams.begin(), beams.end(),
                     [&](const Beam &a, const Beam &b) { return finalScore(a) > finalScore(b); });
    std::vector<Caption> results;
    for (const Beam &b : beams) {
        Caption c;
        c.ids = b.ids;
        c.logProbabilities = b.logp;
        c.cancelled = cancelled;
        c.motionCodes = int(used.size());
        c.raw = d->bpe->decode(c.ids);
        c.text = postProcessCaption(c.raw);
        results.push_back(std::move(c));
    }
    return results;
}

std::vector<Caption> Captioner::candidates(const std::vector<std::int64_t> &codes, const CaptionOptions &options,
                                           int count, const std::function<void(int, const std::string &, int)> &onToken,
                                           const std::atomic<bool> *cancel) const
{
    if (count < 1)
        throw std::invalid_argument("caption: ask for at least one candidate");
    std::vector<Caption> out;
    if (options.decoding == CaptionOptions::Decoding::Beam) {
        CaptionOptions wide = options;
        wide.beams = std::max(options.beams, count);
        auto stream = [&](const std::string &text, int id) {
            if (onToken)
                onToken(0, text, id);
        };
        out = beamSearch(codes, wide, stream, cancel);
        if (int(out.size()) > count)
            out.resize(std::size_t(count));
        return out;
    }
    const int draws = options.decoding == CaptionOptions::Decoding::Sample ? count : 1;
    for (int i = 0; i < draws; ++i) {
        CaptionOptions one = options;
        one.seed = options.seed + std::uint64_t(i);
        auto stream = [&](const std::string &text, int id) {
            if (onToken)
                onToken(i, text, id);
        };
        out.push_back(caption(codes, one, stream, cancel));
        if (out.back().cancelled)
            break;
    }
    // Best first; draws with the same log-probability keep their seed order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Caption &a, const Caption &b) { return a.logProbability() > b.logProbability(); });
    return out;
}

std::vector<Caption> Captioner::captionBatch(const std::vector<std::vector<std::int64_t>> &codes,
                                             const CaptionOptions &options) const
{
    if (options.decoding != CaptionOptions::Decoding::Greedy)
        throw std::invalid_argument("caption: only greedy decoding is batched");
    const std::int64_t B = std::int64_t(codes.size());
    std::vector<Caption> results(codes.size());
    if (B == 0)
        return results;
    c10::InferenceMode inference;
    std::vector<std::vector<int>> prompts;
    std::size_t longest = 0;
    const int capacity = motionCapacity(options.maxNewTokens);
    for (std::size_t b = 0; b < codes.size(); ++b) {
        const std::vector<std::int64_t> used = firstCodes(codes[b], capacity);
        results[b].motionCodes = int(used.size());
        prompts.push_back(prompt(used));
        longest = std::max(longest, prompts.back().size());
    }
    const std::int64_t L = std::int64_t(longest);
    // Left padding: row b's prompt ends at column L − 1; its positions start at 0 where it starts.
    std::vector<std::int64_t> ids(std::size_t(B * L), BpeTokenizer::kEndOfText), positions(std::size_t(B * L), 0);
    std::vector<std::uint8_t> padding(std::size_t(B * L), 1);
    std::vector<std::int64_t> next(std::size_t(B), 0);
    for (std::int64_t b = 0; b < B; ++b) {
        const std::vector<int> &p = prompts[std::size_t(b)];
        const std::int64_t pad = L - std::int64_t(p.size());
        for (std::int64_t j = 0; j < std::int64_t(p.size()); ++j) {
            ids[std::size_t(b * L + pad + j)] = p[std::size_t(j)];
            positions[std::size_t(b * L + pad + j)] = j;
            padding[std::size_t(b * L + pad + j)] = 0;
        }
        next[std::size_t(b)] = std::int64_t(p.size());
    }
    const at::TensorOptions longs = at::TensorOptions().dtype(at::kLong);
    at::Tensor keyPadding = at::from_blob(padding.data(), {B, L}, at::kByte).to(at::kBool).to(d->device);
    KvCache cache;
    at::Tensor hidden
        = d->model.hidden(at::from_blob(ids.data(), {B, L}, longs).to(d->device),
                          at::from_blob(positions.data(), {B, L}, longs).to(d->device), keyPadding, &cache);
    std::vector<bool> done(std::size_t(B), false);
    int maxNew = options.maxNewTokens;
    for (const auto &p : prompts)
        maxNew = std::min(maxNew, d->model.config.n_positions - int(p.size()));
    maxNew = std::max(maxNew, 0);
    for (int step = 0; step < maxNew; ++step) {
        const at::Tensor logits = at::matmul(hidden.select(1, hidden.size(1) - 1), d->model.wte.t())
                                      .to(at::kFloat)
                                      .to(at::kCPU)
                                      .contiguous(); // [B, V]
        at::Tensor scores = logits.clone();
        if (options.forbidMotionIds)
            scores.slice(1, kTextVocabulary).fill_(-INFINITY);
        const at::Tensor best = scores.argmax(1).contiguous();
        const at::Tensor logp = at::log_softmax(logits, 1);
        std::vector<std::int64_t> stepIds(std::size_t(B), BpeTokenizer::kEndOfText);
        bool all = true;
        for (std::int64_t b = 0; b < B; ++b) {
            if (done[std::size_t(b)])
                continue;
            const int id = int(best[b].item<std::int64_t>());
            if (id == BpeTokenizer::kEndOfText) {
                done[std::size_t(b)] = true;
                continue;
            }
            results[std::size_t(b)].ids.push_back(id);
            results[std::size_t(b)].logProbabilities.push_back(logp[b][id].item<float>());
            stepIds[std::size_t(b)] = id;
            all = false;
        }
        if (all || step + 1 == maxNew)
            break;
        std::vector<std::int64_t> stepPositions(static_cast<std::size_t>(B));
        for (std::int64_t b = 0; b < B; ++b)
            stepPositions[std::size_t(b)]
                = std::min<std::int64_t>(next[std::size_t(b)]++, d->model.config.n_positions - 1);
        keyPadding = at::cat({keyPadding, at::zeros({B, 1}, keyPadding.options())}, 1);
        hidden = d->model.hidden(at::from_blob(stepIds.data(), {B, 1}, longs).to(d->device),
                                 at::from_blob(stepPositions.data(), {B, 1}, longs).to(d->device), keyPadding, &cache);
    }
    for (Caption &c : results) {
        c.raw = d->bpe->decode(c.ids);
        c.text = postProcessCaption(c.raw);
    }
    return results;
}

std::vector<float> Captioner::motionEmbeddings() const
{
    c10::InferenceMode inference;
    const at::Tensor rows
        = d->model.wte.slice(0, kTextVocabulary, kTextVocabulary + d->codes).to(at::kCPU).to(at::kFloat).contiguous();
    return {rows.data_ptr<float>(), rows.data_ptr<float>() + rows.numel()};
}

int Captioner::embeddingWidth() const
{
    return d->model.config.n_embd;
}

double Caption::logProbability() const
{
    double sum = 0.0;
    for (float lp : logProbabilities)
        sum += lp;
    return sum;
}

std::string Captioner::decode(const std::vector<int> &ids) const
{
    return d->bpe->decode(ids);
}

std::vector<int> Captioner::encode(const std::string &text) const
{
    return d->bpe->encode(text);
}

} // namespace gm::ml

#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gm::ml {

/// How captions are decoded. The defaults are the released behaviour (spec §5.7): greedy, at
/// most 40 new tokens, stop at <|endoftext|>, motion ids allowed.
struct CaptionOptions
{
    enum class Decoding { Greedy, Sample, Beam };
    Decoding decoding = Decoding::Greedy;
    int maxNewTokens = 40;
    double temperature = 1.0;     ///< Sample: > 0
    int topK = 0;                 ///< Sample: keep the k most likely ids (0: all)
    double topP = 1.0;            ///< Sample: keep the smallest set with this much probability
    std::uint64_t seed = 0;       ///< Sample: the same seed gives the same caption
    bool forbidMotionIds = false; ///< never emit ids ≥ 50257 (motion tokens) in the caption
    int beams = 4;                ///< Beam: beam width
    double lengthPenalty = 1.0;   ///< Beam: finished scores are Σ log p / length^penalty (as HF)
};

struct Caption
{
    std::string text;                    ///< post-processed (spec §5.7)
    std::string raw;                     ///< the decoded new tokens, before post-processing
    std::vector<int> ids;                ///< the new ids, <|endoftext|> excluded
    std::vector<float> logProbabilities; ///< log p of each new id under the model
    bool cancelled = false;
    /// The motion codes read: all of them, or the first motionCapacity() when the clip is longer
    /// than the model's positions leave room for (the bundled model: 128 positions).
    int motionCodes = 0;

    /// Σ log p over the new ids: the candidate's log-probability.
    double logProbability() const;
};

struct CaptionerLoadOptions
{
    std::string device = "auto"; ///< auto, cpu, cuda
    /// Where the GPT-2 tokenizer files are when the model directory has none.
    std::string tokenizerDirectory;
};

/// The GeoMotionGPT captioner: GPT-2 with motion tokens (spec §5) behind plain types.
/// Loads `config.json` + `model.safetensors` (tensors `language_model.*`, or a plain GPT-2's
/// `transformer.*`) and the GPT-2 tokenizer files from a model directory. Thread-compatible.
class Captioner
{
public:
    /// Throws ModelError naming the file and the tensor or key.
    static std::unique_ptr<Captioner> load(const std::string &directory, const CaptionerLoadOptions &options = {});
    ~Captioner();

    int motionCodes() const; ///< K: the motion ids are 50257 … 50257 + K − 1
    std::int64_t parameters() const;
    std::string device() const;

    /// How many motion codes a prompt may hold and still leave `maxNewTokens` positions for the
    /// caption (at least 1). Longer code sequences are captioned from their first this many.
    int motionCapacity(int maxNewTokens) const;

    /// The prompt of spec §5.4 for these motion codes.
    std::vector<int> prompt(const std::vector<std::int64_t> &codes) const;
    /// Logits of every position [L × V] for the ids (no cache), for parity checks.
    std::vector<float> logits(const std::vector<int> &ids) const;
    int vocabularySize() const;

    /// Captions the motion codes. `onToken(textSoFar, id)` is called after each new token;
    /// `cancel` is read between tokens (a cancelled caption holds what was made so far).
    Caption caption(const std::vector<std::int64_t> &codes, const CaptionOptions &options = {},
                    const std::function<void(const std::string &, int)> &onToken = {},
                    const std::atomic<bool> *cancel = nullptr) const;

    /// Several captions of the same codes, best first: Greedy gives one; Sample gives `count`
    /// draws with seeds seed, seed + 1, …; Beam gives the `count` best beams of a search at least
    /// that wide. `onToken(index, textSoFar, id)` streams the candidate being made (for Beam, the
    /// best beam so far, index 0). Stops between tokens when `cancel` is set.
    std::vector<Caption> candidates(const std::vector<std::int64_t> &codes, const CaptionOptions &options, int count,
                                    const std::function<void(int, const std::string &, int)> &onToken = {},
                                    const std::atomic<bool> *cancel = nullptr) const;

    /// Greedy captions of several clips in one batch (spec §5.7: prompts left-padded, each row at
    /// its own positions, padded keys masked): the same captions as caption() one at a time.
    /// Only Greedy decoding batches; other options throw std::invalid_argument.
    std::vector<Caption> captionBatch(const std::vector<std::vector<std::int64_t>> &codes,
                                      const CaptionOptions &options = {}) const;

    /// The motion tokens' embedding rows [K × embeddingWidth()] row-major (wte rows 50257 …).
    std::vector<float> motionEmbeddings() const;
    int embeddingWidth() const;

    /// Ids → text through the tokenizer; text → ids.
    std::string decode(const std::vector<int> &ids) const;
    std::vector<int> encode(const std::string &text) const;

private:
    Captioner();
    /// Every final beam, best first.
    std::vector<Caption> beamSearch(const std::vector<std::int64_t> &codes, const CaptionOptions &options,
                                    const std::function<void(const std::string &, int)> &onToken,
                                    const std::atomic<bool> *cancel) const;
    struct Private;
    std::unique_ptr<Private> d;
};

/// Spec §5.7's post-processing: remove "Generate text: <Motion_Placeholder>", "Generate text
/// with" and "<Motion_Placeholder>", a leading "<digits> frames:", surrounding whitespace and
/// surrounding quotes.
std::string postProcessCaption(std::string text);

} // namespace gm::ml

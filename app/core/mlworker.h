#pragma once

#include "ml/captioner.h"
#include "motion/motionclip.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace gm::ml {
class MotionTokenizer;
}

namespace gm::app {

/// Every request to the ML worker carries one; results carry it back so that the controller can
/// drop the ones it no longer waits for.
using RequestId = quint64;

/// Set from the GUI thread, read by the worker between steps (tokens, clips).
using CancelFlag = std::shared_ptr<std::atomic<bool>>;

struct ModelRequest
{
    RequestId id = 0;
    QString directory; ///< the official release layout (config.json, model.safetensors, mean/std, tokenizer)
    QString device;    ///< "auto", "cpu" or "cuda"
};

/// What the model manager shows about a loaded model.
struct ModelInfo
{
    QString directory;
    QString name; ///< the directory's name
    QString device;
    /// SHA-256 (hex) of config.json, the weights' size and their first and last MiB: what caches
    /// of this model's output are keyed by.
    QString fingerprint;
    int codes = 0;        ///< K
    int featureDim = 0;   ///< 263 or 251
    int downsampling = 0; ///< frames per token
    int width = 0;
    int codeDim = 0;
    qint64 tokenizerParameters = 0;
    bool hasCaptioner = false;
    qint64 captionerParameters = 0;
    int vocabulary = 0;
    int embeddingWidth = 0;
    double loadSeconds = 0.0;

    /// A token's duration on the tokenizer's 20 fps frames (the official model: 8 frames, 0.4 s).
    double secondsPerToken() const { return (downsampling > 0 ? downsampling : 8) / 20.0; }
};

/// The codebook's and the captioner's motion rows' geometry, computed once per model.
struct ModelGeometry
{
    int codes = 0;
    std::vector<float> codebookGram; ///< cosine similarities [K × K]
    double codebookOrthogonality = 0.0;
    std::vector<float> codebookPca; ///< [K × 2]
    double codebookExplained[2] = {0, 0};
    std::vector<float> embeddingGram; ///< the captioner's motion rows, [K × K] (empty without one)
    double embeddingOrthogonality = 0.0;
    std::vector<float> embeddingPca; ///< [K × 2], rotated onto codebookPca (Procrustes)
    double embeddingExplained[2] = {0, 0};
};

struct LoadedModel
{
    RequestId id = 0;
    ModelInfo info;
    ModelGeometry geometry;
};

/// Tokenize a clip, decode its tokens and measure the reconstruction.
struct AnalysisRequest
{
    RequestId id = 0;
    int clipId = 0;
    std::shared_ptr<const motion::MotionClip> clip;
    CancelFlag cancel;
};

/// A clip through the tokenizer: its tokens, their probabilities and the decoded motion.
struct ClipAnalysis
{
    RequestId id = 0;
    int clipId = 0;
    int codes = 0;
    double fps = 20.0;      ///< the tokenizer's frame rate (HumanML3D: 20)
    int framesPerToken = 8; ///< at fps
    std::vector<std::int64_t> tokens;
    std::vector<float> probabilities; ///< [tokens × codes] softmax of the logits
    /// The decoded motion on the t2m skeleton at fps, placed where the source clip stands.
    std::shared_ptr<const motion::MotionClip> reconstruction;
    std::vector<double> frameErrors; ///< per decoded frame, metres, pelvis-aligned
    double mpjpe = 0.0;              ///< their mean

    int tokenCount() const { return int(tokens.size()); }
    double secondsPerToken() const { return framesPerToken / fps; }
    /// The token shown at `seconds` of the source clip, or −1 past the last.
    int tokenAt(double seconds) const;
    double tokenStart(int index) const { return index * secondsPerToken(); }
    double tokenEnd(int index) const { return (index + 1) * secondsPerToken(); }
    float probability(int token, int code) const;
    /// The `n` likeliest codes of a token, likeliest first.
    std::vector<std::pair<int, float>> topCodes(int token, int n) const;
    /// How often each code occurs in the clip [codes].
    std::vector<long long> usage() const;
};

/// Count the codes a whole dataset folder uses (ml/dataset.h: HumanML3D layout or motion files).
struct FolderUsageRequest
{
    RequestId id = 0;
    QString directory;
    CancelFlag cancel;
};

struct FolderUsage
{
    RequestId id = 0;
    QString directory;
    std::vector<long long> usage; ///< [codes]
    int clips = 0;                ///< tokenized
    long long tokens = 0;
    QStringList failures; ///< "file: reason", for the files skipped
    bool cancelled = false;
    double seconds = 0.0;
};

/// Decode a run of codes (e.g. one code repeated) into motion.
struct DecodeRequest
{
    RequestId id = 0;
    std::vector<std::int64_t> codes;
    QString label;
};

struct DecodedMotion
{
    RequestId id = 0;
    QString label;
    std::shared_ptr<const motion::MotionClip> clip; ///< t2m, 20 fps, metres, Y up
};

/// Caption tokens [first, last] of a clip.
struct CaptionRequest
{
    RequestId id = 0;
    int clipId = 0;
    int firstToken = 0;
    int lastToken = 0;
    std::vector<std::int64_t> codes;
    ml::CaptionOptions options;
    int candidates = 1;
    CancelFlag cancel;
};

struct CaptionCandidate
{
    QString text;
    double logProbability = 0.0; ///< Σ log p of its tokens
    int tokens = 0;
};

struct CaptionResult
{
    RequestId id = 0;
    int clipId = 0;
    int firstToken = 0;
    int lastToken = 0;
    std::vector<CaptionCandidate> candidates; ///< best first
    bool cancelled = false;
    /// The range was longer than the model reads at once: lastToken is where it stopped reading.
    bool truncated = false;
    int requestedLastToken = 0;
    double seconds = 0.0;
};

/// The studio's inference: lives in its own QThread (MlController owns both) and is only ever
/// called through queued invocations, so the GUI thread never runs LibTorch. Every result and
/// failure is a signal carrying the request's id.
class MlWorker : public QObject
{
    Q_OBJECT
public:
    MlWorker();
    ~MlWorker() override;

    /// Replaces the models (the old ones stay when loading fails).
    void loadModel(const gm::app::ModelRequest &request);
    void analyse(const gm::app::AnalysisRequest &request);
    void decode(const gm::app::DecodeRequest &request);
    void caption(const gm::app::CaptionRequest &request);
    void folderUsage(const gm::app::FolderUsageRequest &request);

Q_SIGNALS:
    void modelProgress(gm::app::RequestId id, double fraction, const QString &step);
    void modelLoaded(const gm::app::LoadedModel &model);
    void analysed(const gm::app::ClipAnalysis &analysis);
    void decoded(const gm::app::DecodedMotion &motion);
    /// The candidate being generated so far.
    void captionProgress(gm::app::RequestId id, int candidate, const QString &text);
    void captioned(const gm::app::CaptionResult &result);
    void folderProgress(gm::app::RequestId id, int done, int total);
    void folderUsageReady(const gm::app::FolderUsage &usage);
    /// `message` names the file or the input and the problem.
    void failed(gm::app::RequestId id, const QString &message);

private:
    std::unique_ptr<ml::MotionTokenizer> mTokenizer;
    std::unique_ptr<ml::Captioner> mCaptioner;
};

/// The decoded features → a positions-only t2m clip at 20 fps (canonical frame: first root at
/// the origin, facing +Z).
motion::MotionClip featuresToClip(const std::vector<float> &features, int frames, int dim);

} // namespace gm::app

Q_DECLARE_METATYPE(gm::app::LoadedModel)
Q_DECLARE_METATYPE(gm::app::ClipAnalysis)
Q_DECLARE_METATYPE(gm::app::DecodedMotion)
Q_DECLARE_METATYPE(gm::app::CaptionResult)
Q_DECLARE_METATYPE(gm::app::FolderUsage)

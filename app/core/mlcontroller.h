#pragma once

#include "core/mlworker.h"

#include <QObject>
#include <QThread>

#include <map>
#include <memory>
#include <set>

namespace gm::app {

class ClipLibrary;

/// The GUI thread's side of inference: owns the MlWorker and its QThread, sends it requests,
/// keeps the results that are still wanted (a newer request for the same thing makes the older
/// one stale: it is cancelled and its result dropped), and holds what the views share — the
/// loaded model, each clip's analysis, the selected token and code.
///
/// With a library, the active clip is analysed as soon as there is a model, and a clip's
/// analysis is forgotten when the clip closes.
class MlController : public QObject
{
    Q_OBJECT
public:
    explicit MlController(ClipLibrary *library = nullptr, QObject *parent = nullptr);
    ~MlController() override; ///< cancels what runs and waits for the worker thread

    /// Whether this LibTorch build can run on CUDA here.
    static bool cudaAvailable();

    // --- the model ----------------------------------------------------------------------------
    /// Loads a model directory on the worker; modelProgress(), then modelLoaded() or
    /// modelFailed(). The current model stays until the new one is in.
    RequestId loadModel(const QString &directory, const QString &device = QStringLiteral("auto"));
    bool hasModel() const { return mHasModel; }
    bool modelLoading() const { return mModelRequest != 0; }
    const ModelInfo &model() const { return mModel; }
    const ModelGeometry &geometry() const { return mGeometry; }

    // --- analyses -----------------------------------------------------------------------------
    /// Tokenizes and reconstructs a clip (replacing a pending analysis of it).
    RequestId analyse(int clipId, std::shared_ptr<const motion::MotionClip> clip);
    const ClipAnalysis *analysis(int clipId) const;
    bool analysing(int clipId) const { return mPendingAnalyses.count(clipId) != 0; }
    /// Why the clip's last analysis failed (it is not retried by itself until the model
    /// changes), or empty.
    QString analysisError(int clipId) const;
    void forget(int clipId);

    // --- a folder's code usage ---------------------------------------------------------------
    /// Tokenizes every clip of a dataset folder and counts the codes (cancelling a count in
    /// progress): folderProgress(), then folderUsageReady() or folderUsageFailed().
    RequestId countFolderUsage(const QString &directory);
    void cancelFolderUsage();
    bool countingFolder() const { return mFolderRequest != 0; }

    // --- decoding -----------------------------------------------------------------------------
    /// Decodes `repeat` tokens of one code: decodedReady() brings a clip named "code N".
    RequestId previewCode(int code, int repeat = 8);

    // --- captions -----------------------------------------------------------------------------
    /// Captions tokens [first, last] of the clip's analysis (cancelling a caption in progress).
    /// Returns 0 when the clip has no analysis or the range is empty.
    RequestId caption(int clipId, int firstToken, int lastToken, const ml::CaptionOptions &options, int candidates = 1);
    void cancelCaption();
    bool captioning() const { return mCaptionRequest != 0; }

    // --- the shared selection -----------------------------------------------------------------
    int selectedClip() const { return mSelectedClip; }
    int selectedToken() const { return mSelectedToken; }
    int selectedCode() const { return mSelectedCode; }
    /// Selects a token of a clip's analysis (and so its code).
    void selectToken(int clipId, int token);
    /// Selects a code (from a plot); no token.
    void selectCode(int code);
    void clearSelection();

Q_SIGNALS:
    void modelLoadStarted(const QString &directory);
    void modelProgress(double fraction, const QString &step);
    void modelLoaded(const gm::app::ModelInfo &info);
    void modelFailed(const QString &directory, const QString &message);
    void analysisStarted(int clipId);
    void analysisReady(int clipId);
    void analysisFailed(int clipId, const QString &message);
    void analysisForgotten(int clipId);
    void decodedReady(const gm::app::DecodedMotion &motion);
    void decodeFailed(const QString &message);
    void captionStarted(int clipId, int firstToken, int lastToken);
    void captionProgress(int candidate, const QString &text);
    void captionFinished(const gm::app::CaptionResult &result);
    void captionFailed(const QString &message);
    void selectionChanged();
    void folderProgress(int done, int total);
    void folderUsageReady(const gm::app::FolderUsage &usage);
    void folderUsageFailed(const QString &directory, const QString &message);

private:
    RequestId nextId() { return ++mLastId; }
    void onModelLoaded(const LoadedModel &model);
    void onAnalysed(const ClipAnalysis &analysis);
    void onDecoded(const DecodedMotion &motion);
    void onCaptioned(const CaptionResult &result);
    void onFailed(RequestId id, const QString &message);
    void analyseActive();
    void clipsChanged();

    ClipLibrary *mLibrary = nullptr;
    QThread mThread;
    MlWorker *mWorker = nullptr;
    RequestId mLastId = 0;

    RequestId mModelRequest = 0;
    QString mLoadingDirectory;
    bool mHasModel = false;
    ModelInfo mModel;
    ModelGeometry mGeometry;

    struct Pending
    {
        RequestId id = 0;
        CancelFlag cancel;
    };
    std::map<int, ClipAnalysis> mAnalyses;
    std::map<int, Pending> mPendingAnalyses;
    std::map<int, QString> mFailedAnalyses;
    std::set<RequestId> mDecodes;
    RequestId mFolderRequest = 0;
    QString mFolder;
    CancelFlag mFolderCancel;
    RequestId mCaptionRequest = 0;
    CancelFlag mCaptionCancel;

    int mSelectedClip = 0;
    int mSelectedToken = -1;
    int mSelectedCode = -1;
};

} // namespace gm::app

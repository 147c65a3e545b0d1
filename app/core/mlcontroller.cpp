#include "core/mlcontroller.h"

#include "core/cliplibrary.h"
#include "ml/runtime.h"

namespace gm::app {

MlController::MlController(ClipLibrary *library, QObject *parent)
    : QObject(parent)
    , mLibrary(library)
{
    qRegisterMetaType<gm::app::RequestId>("gm::app::RequestId");
    qRegisterMetaType<gm::app::LoadedModel>();
    qRegisterMetaType<gm::app::ClipAnalysis>();
    qRegisterMetaType<gm::app::DecodedMotion>();
    qRegisterMetaType<gm::app::CaptionResult>();
    qRegisterMetaType<gm::app::FolderUsage>();
    // One intra-op thread: OpenBLAS threads itself, and inference must leave the GUI a core.
    ml::configureThreads(1);

    mThread.setObjectName(QStringLiteral("MlWorker"));
    mWorker = new MlWorker;
    mWorker->moveToThread(&mThread);
    connect(&mThread, &QThread::finished, mWorker, &QObject::deleteLater);
    connect(mWorker, &MlWorker::modelProgress, this, [this](RequestId id, double fraction, const QString &step) {
        if (id == mModelRequest)
            Q_EMIT modelProgress(fraction, step);
    });
    connect(mWorker, &MlWorker::modelLoaded, this, &MlController::onModelLoaded);
    connect(mWorker, &MlWorker::analysed, this, &MlController::onAnalysed);
    connect(mWorker, &MlWorker::decoded, this, &MlController::onDecoded);
    connect(mWorker, &MlWorker::captionProgress, this, [this](RequestId id, int candidate, const QString &text) {
        if (id == mCaptionRequest)
            Q_EMIT captionProgress(candidate, text);
    });
    connect(mWorker, &MlWorker::captioned, this, &MlController::onCaptioned);
    connect(mWorker, &MlWorker::failed, this, &MlController::onFailed);
    connect(mWorker, &MlWorker::folderProgress, this, [this](RequestId id, int done, int total) {
        if (id == mFolderRequest)
            Q_EMIT folderProgress(done, total);
    });
    connect(mWorker, &MlWorker::folderUsageReady, this, [this](const FolderUsage &usage) {
        if (usage.id != mFolderRequest)
            return;
        mFolderRequest = 0;
        mFolderCancel.reset();
        Q_EMIT folderUsageReady(usage);
    });
    mThread.start();

    if (mLibrary) {
        connect(mLibrary, &ClipLibrary::activeChanged, this, &MlController::analyseActive);
        connect(mLibrary, &ClipLibrary::clipsChanged, this, &MlController::clipsChanged);
        connect(mLibrary, &ClipLibrary::clipReplaced, this, &MlController::forget); // analysed again when shown
    }
}

MlController::~MlController()
{
    if (mCaptionCancel)
        mCaptionCancel->store(true);
    if (mFolderCancel)
        mFolderCancel->store(true);
    for (auto &p : mPendingAnalyses)
        p.second.cancel->store(true);
    mThread.quit();
    mThread.wait();
}

bool MlController::cudaAvailable()
{
    return ml::runtimeInfo().cudaAvailable;
}

RequestId MlController::loadModel(const QString &directory, const QString &device)
{
    mModelRequest = nextId();
    mLoadingDirectory = directory;
    const ModelRequest request{mModelRequest, directory, device};
    QMetaObject::invokeMethod(
        mWorker, [w = mWorker, request] { w->loadModel(request); }, Qt::QueuedConnection);
    Q_EMIT modelLoadStarted(directory);
    return mModelRequest;
}

void MlController::onModelLoaded(const LoadedModel &model)
{
    if (model.id != mModelRequest)
        return; // a newer load was asked for: that one decides
    mModelRequest = 0;
    mHasModel = true;
    mModel = model.info;
    mGeometry = model.geometry;
    // Analyses made with the previous model are stale; the ones asked for after this load
    // (queued behind it on the worker) are not.
    std::vector<int> forgotten;
    for (const auto &a : mAnalyses)
        if (a.second.id < model.id)
            forgotten.push_back(a.first);
    for (int clipId : forgotten) {
        mAnalyses.erase(clipId);
        Q_EMIT analysisForgotten(clipId);
    }
    mFailedAnalyses.clear();
    clearSelection();
    Q_EMIT modelLoaded(mModel);
    analyseActive();
}

RequestId MlController::analyse(int clipId, std::shared_ptr<const motion::MotionClip> clip)
{
    auto pending = mPendingAnalyses.find(clipId);
    if (pending != mPendingAnalyses.end())
        pending->second.cancel->store(true);
    AnalysisRequest request;
    request.id = nextId();
    request.clipId = clipId;
    request.clip = std::move(clip);
    request.cancel = std::make_shared<std::atomic<bool>>(false);
    mPendingAnalyses[clipId] = {request.id, request.cancel};
    mFailedAnalyses.erase(clipId);
    QMetaObject::invokeMethod(
        mWorker, [w = mWorker, request] { w->analyse(request); }, Qt::QueuedConnection);
    Q_EMIT analysisStarted(clipId);
    return request.id;
}

void MlController::onAnalysed(const ClipAnalysis &analysis)
{
    auto pending = mPendingAnalyses.find(analysis.clipId);
    if (pending == mPendingAnalyses.end() || pending->second.id != analysis.id)
        return; // superseded or forgotten
    mPendingAnalyses.erase(pending);
    mAnalyses[analysis.clipId] = analysis;
    Q_EMIT analysisReady(analysis.clipId);
}

QString MlController::analysisError(int clipId) const
{
    const auto it = mFailedAnalyses.find(clipId);
    return it == mFailedAnalyses.end() ? QString() : it->second;
}

const ClipAnalysis *MlController::analysis(int clipId) const
{
    const auto it = mAnalyses.find(clipId);
    return it == mAnalyses.end() ? nullptr : &it->second;
}

void MlController::forget(int clipId)
{
    auto pending = mPendingAnalyses.find(clipId);
    if (pending != mPendingAnalyses.end()) {
        pending->second.cancel->store(true);
        mPendingAnalyses.erase(pending);
    }
    mFailedAnalyses.erase(clipId);
    if (mAnalyses.erase(clipId))
        Q_EMIT analysisForgotten(clipId);
    if (mSelectedClip == clipId)
        clearSelection();
}

RequestId MlController::countFolderUsage(const QString &directory)
{
    cancelFolderUsage();
    FolderUsageRequest request;
    request.id = nextId();
    request.directory = directory;
    request.cancel = std::make_shared<std::atomic<bool>>(false);
    mFolderRequest = request.id;
    mFolder = directory;
    mFolderCancel = request.cancel;
    QMetaObject::invokeMethod(
        mWorker, [w = mWorker, request] { w->folderUsage(request); }, Qt::QueuedConnection);
    return request.id;
}

void MlController::cancelFolderUsage()
{
    // The worker stops at the next file and reports the counts so far (marked cancelled).
    if (mFolderCancel)
        mFolderCancel->store(true);
}

RequestId MlController::previewCode(int code, int repeat)
{
    DecodeRequest request;
    request.id = nextId();
    request.codes.assign(std::size_t(std::max(repeat, 1)), code);
    request.label = tr("code %1").arg(code);
    mDecodes.insert(request.id);
    QMetaObject::invokeMethod(
        mWorker, [w = mWorker, request] { w->decode(request); }, Qt::QueuedConnection);
    return request.id;
}

void MlController::onDecoded(const DecodedMotion &motion)
{
    if (mDecodes.erase(motion.id))
        Q_EMIT decodedReady(motion);
}

RequestId MlController::caption(int clipId, int firstToken, int lastToken, const ml::CaptionOptions &options,
                                int candidates)
{
    const ClipAnalysis *a = analysis(clipId);
    if (!a || !mModel.hasCaptioner)
        return 0;
    firstToken = std::max(firstToken, 0);
    lastToken = std::min(lastToken, a->tokenCount() - 1);
    if (firstToken > lastToken)
        return 0;
    cancelCaption();
    CaptionRequest request;
    request.id = nextId();
    request.clipId = clipId;
    request.firstToken = firstToken;
    request.lastToken = lastToken;
    request.codes.assign(a->tokens.begin() + firstToken, a->tokens.begin() + lastToken + 1);
    request.options = options;
    request.candidates = std::max(candidates, 1);
    request.cancel = std::make_shared<std::atomic<bool>>(false);
    mCaptionRequest = request.id;
    mCaptionCancel = request.cancel;
    QMetaObject::invokeMethod(
        mWorker, [w = mWorker, request] { w->caption(request); }, Qt::QueuedConnection);
    Q_EMIT captionStarted(clipId, firstToken, lastToken);
    return request.id;
}

void MlController::cancelCaption()
{
    if (!mCaptionCancel)
        return;
    // The worker stops at its next token and reports what it made; that result is still shown
    // (marked cancelled) unless a new caption has been asked for meanwhile.
    mCaptionCancel->store(true);
}

void MlController::onCaptioned(const CaptionResult &result)
{
    if (result.id != mCaptionRequest)
        return;
    mCaptionRequest = 0;
    mCaptionCancel.reset();
    Q_EMIT captionFinished(result);
}

void MlController::onFailed(RequestId id, const QString &message)
{
    if (id == mModelRequest) {
        mModelRequest = 0;
        Q_EMIT modelFailed(mLoadingDirectory, message);
        return;
    }
    for (auto it = mPendingAnalyses.begin(); it != mPendingAnalyses.end(); ++it)
        if (it->second.id == id) {
            const int clipId = it->first;
            mPendingAnalyses.erase(it);
            mFailedAnalyses[clipId] = message;
            Q_EMIT analysisFailed(clipId, message);
            return;
        }
    if (mDecodes.erase(id)) {
        Q_EMIT decodeFailed(message);
        return;
    }
    if (id == mFolderRequest) {
        mFolderRequest = 0;
        mFolderCancel.reset();
        Q_EMIT folderUsageFailed(mFolder, message);
        return;
    }
    if (id == mCaptionRequest) {
        mCaptionRequest = 0;
        mCaptionCancel.reset();
        Q_EMIT captionFailed(message);
    }
}

void MlController::selectToken(int clipId, int token)
{
    const ClipAnalysis *a = analysis(clipId);
    const int code = a && token >= 0 && token < a->tokenCount() ? int(a->tokens[std::size_t(token)]) : -1;
    if (code < 0) {
        clearSelection();
        return;
    }
    if (clipId == mSelectedClip && token == mSelectedToken && code == mSelectedCode)
        return;
    mSelectedClip = clipId;
    mSelectedToken = token;
    mSelectedCode = code;
    Q_EMIT selectionChanged();
}

void MlController::selectCode(int code)
{
    if (code < 0 || code >= mModel.codes) {
        clearSelection();
        return;
    }
    if (mSelectedToken < 0 && code == mSelectedCode)
        return;
    mSelectedClip = 0;
    mSelectedToken = -1;
    mSelectedCode = code;
    Q_EMIT selectionChanged();
}

void MlController::clearSelection()
{
    if (mSelectedCode < 0 && mSelectedToken < 0)
        return;
    mSelectedClip = 0;
    mSelectedToken = -1;
    mSelectedCode = -1;
    Q_EMIT selectionChanged();
}

void MlController::analyseActive()
{
    if (!mLibrary || !mHasModel)
        return;
    const OpenClip *active = mLibrary->active();
    if (active && !analysis(active->id) && !analysing(active->id) && !mFailedAnalyses.count(active->id))
        analyse(active->id, active->clip);
}

void MlController::clipsChanged()
{
    std::set<int> open;
    for (const OpenClip &c : mLibrary->clips())
        open.insert(c.id);
    std::vector<int> gone;
    for (const auto &a : mAnalyses)
        if (!open.count(a.first))
            gone.push_back(a.first);
    for (const auto &p : mPendingAnalyses)
        if (!open.count(p.first))
            gone.push_back(p.first);
    for (int clipId : gone)
        forget(clipId);
    analyseActive();
}

} // namespace gm::app

#include "core/modeldownload.h"

#include "models/installer.h"
#include "models/store.h"

#include <QMetaObject>

namespace gm::app {

ModelDownload::ModelDownload(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<gm::app::DownloadProgress>();
}

ModelDownload::~ModelDownload()
{
    cancel();
    join();
}

QString ModelDownload::modelsDirectory()
{
    return QString::fromStdString(models::userModelsDirectory().string());
}

void ModelDownload::join()
{
    if (mThread.joinable())
        mThread.join();
}

void ModelDownload::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

bool ModelDownload::start(const QString &source, const QString &name, bool replace, const QString &modelsRoot)
{
    if (mRunning)
        return false;
    join(); // the previous run's thread, already done
    mRunning = true;
    mCancel = std::make_shared<std::atomic<bool>>(false);
    models::InstallOptions options;
    options.name = name.trimmed().toStdString();
    options.force = replace;
    options.root
        = modelsRoot.isEmpty() ? models::userModelsDirectory() : std::filesystem::path(modelsRoot.toStdString());
    const std::string what = source.trimmed().toStdString();
    mThread = std::thread([options, what, cancel = mCancel, this] {
        // Signals are emitted from this thread; Qt queues them to the receivers' (GUI) thread.
        auto onProgress = [this](const models::InstallProgress &p) {
            DownloadProgress d;
            d.stage = QString::fromLatin1(models::stageName(p.stage));
            d.file = QString::fromStdString(p.file);
            d.fileIndex = p.fileIndex;
            d.fileCount = p.fileCount;
            d.bytes = qint64(p.bytes);
            d.totalBytes = qint64(p.totalBytes);
            d.bytesPerSecond = p.bytesPerSecond;
            d.secondsLeft = p.secondsLeft;
            Q_EMIT progress(d);
        };
        bool ok = false, cancelled = false;
        QString directory, message;
        QStringList warnings;
        try {
            const models::InstallResult r = models::installModel(what, options, onProgress, cancel.get());
            cancelled = r.cancelled;
            ok = !r.cancelled;
            directory = ok ? QString::fromStdString(r.model.directory.string()) : QString();
            for (const std::string &w : r.warnings)
                warnings << QString::fromStdString(w);
        } catch (const std::exception &e) {
            message = QString::fromStdString(e.what());
        }
        // Back on the GUI thread: the object may be gone (then the destructor joined us first).
        QMetaObject::invokeMethod(
            this,
            [this, ok, cancelled, directory, message, warnings] {
                mRunning = false;
                Q_EMIT finished(ok, cancelled, directory, message, warnings);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace gm::app

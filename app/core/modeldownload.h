#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace gm::app {

/// Where a download is, for the dialog: a copy of models::InstallProgress in Qt types.
struct DownloadProgress
{
    QString stage; ///< "fetching", "verifying", ... (models::stageName)
    QString file;
    int fileIndex = 0;
    int fileCount = 0;
    qint64 bytes = 0;
    qint64 totalBytes = 0; ///< 0 while unknown
    double bytesPerSecond = 0;
    double secondsLeft = -1; ///< −1 while unknown
};

/// One model install (models::installModel) on a worker thread: the studio's "Download Model…".
/// Progress and the outcome arrive as queued signals on the GUI thread; cancel() stops it between
/// chunks (the partial download stays, and the next install of that name resumes it). One install
/// at a time per object; destroying it cancels and waits.
class ModelDownload : public QObject
{
    Q_OBJECT

public:
    explicit ModelDownload(QObject *parent = nullptr);
    ~ModelDownload() override;

    /// The models folder installs go to (models::userModelsDirectory()).
    static QString modelsDirectory();

    /// Starts installing `source` (a manifest name, URL or folder) as `name` (empty: the source's).
    /// False when one is already running.
    bool start(const QString &source, const QString &name, bool replace, const QString &modelsRoot = {});
    void cancel();
    bool isRunning() const { return mRunning; }

Q_SIGNALS:
    void progress(const gm::app::DownloadProgress &progress);
    /// `directory` is the installed model (empty unless it succeeded); `message` the error when it
    /// failed; `warnings` the installer's (no hash to check, plain HTTP).
    void finished(bool succeeded, bool cancelled, const QString &directory, const QString &message,
                  const QStringList &warnings);

private:
    void join();

    std::thread mThread;
    std::shared_ptr<std::atomic<bool>> mCancel;
    bool mRunning = false;
};

} // namespace gm::app

Q_DECLARE_METATYPE(gm::app::DownloadProgress)

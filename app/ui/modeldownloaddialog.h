#pragma once

#include "core/modeldownload.h"
#include "models/manifest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gm::ui {

/// Model ▸ Download Model…: installs a model directory (app::ModelDownload) from the shipped
/// manifest's entries (the paper's release) or from any URL or folder, with the bytes, rate and
/// time left, a Stop button (the partial download stays; downloading again resumes it) and the
/// installer's errors in words. When it is done, Use Now loads the model.
class ModelDownloadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelDownloadDialog(QWidget *parent = nullptr);

    /// The installed model's folder once a download succeeded, else empty.
    QString installedDirectory() const { return mInstalled; }
    /// Chooses "another source" and puts `location` (a URL or folder) in.
    void setSource(const QString &location);
    void setModelName(const QString &name);
    /// Starts the download (as the Download button does).
    void download();
    bool isDownloading() const { return mDownload.isRunning(); }

Q_SIGNALS:
    void installed(const QString &directory);
    /// Use Now: load this model.
    void useModel(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void sourceChanged();
    void browse();
    void showProgress(const app::DownloadProgress &p);
    void finish(bool succeeded, bool cancelled, const QString &directory, const QString &message,
                const QStringList &warnings);
    void setRunning(bool running);
    void setStatus(const QString &text, bool error = false);

    models::Manifest mManifest; ///< the shipped one (empty when it is not installed)
    app::ModelDownload mDownload;
    QString mInstalled;
    bool mCloseWhenDone = false;
    QLabel *mSourceLabel = nullptr;
    QComboBox *mSource = nullptr;
    QLabel *mLocationLabel = nullptr;
    QLineEdit *mLocation = nullptr;
    QPushButton *mBrowse = nullptr;
    QLabel *mAbout = nullptr;
    QLabel *mNameLabel = nullptr;
    QLineEdit *mName = nullptr;
    QCheckBox *mReplace = nullptr;
    QLabel *mFolder = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QPushButton *mStart = nullptr;
    QPushButton *mStop = nullptr;
    QPushButton *mUse = nullptr;
    QPushButton *mClose = nullptr;
};

/// "12.3 MB", "1.2 GB": sizes as the model dialogs show them.
QString formatBytes(qint64 bytes);

} // namespace gm::ui

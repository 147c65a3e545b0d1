#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace gm::project {
struct ExportResult;
}

namespace gm::ui {

/// File ▸ Export Annotations…: the project's segments (or whole annotated clips) in the chosen
/// dataset formats, with the exporter that `geomotion export` runs, on a worker thread with a
/// progress bar and Cancel. Nothing partial is left behind; existing files are kept unless
/// "Replace existing files" is ticked. The folder and formats are remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `model`: the loaded model's directory (for token ids), or empty.
    ExportDialog(const QString &project, const QString &model, QWidget *parent = nullptr);
    ~ExportDialog() override; ///< cancels and waits for an export in progress

    void setOutput(const QString &folder);
    /// Format names as `geomotion export --format` takes them.
    void setFormats(const QStringList &formats);
    QStringList formats() const;
    bool running() const { return mThread != nullptr; }
    QString resultText() const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int items, int failures, bool cancelled);

private:
    void done(const project::ExportResult &result, const QString &error);
    void updateButtons();

    QString mProject;
    QString mModel;
    QLineEdit *mOutput = nullptr;
    QCheckBox *mHumanMl3d = nullptr;
    QCheckBox *mBabel = nullptr;
    QCheckBox *mCsv = nullptr;
    QCheckBox *mBvh = nullptr;
    QCheckBox *mTokens = nullptr;
    QCheckBox *mWholeClips = nullptr;
    QCheckBox *mOverwrite = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mResult = nullptr;
    QPushButton *mStart = nullptr;
    QPushButton *mCancel = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QThread *mThread = nullptr;
    std::shared_ptr<std::atomic<bool>> mCancelFlag;
};

} // namespace gm::ui

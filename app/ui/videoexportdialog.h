#pragma once

#include "core/videoexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace gm::ui {

/// File ▸ Export Video…: the active clip as MP4 or GIF at a chosen size and frame rate, with
/// its caption segments, token lane and a counter burnt in, optionally beside its
/// reconstruction; progress and Cancel; the options are remembered.
class VideoExportDialog : public QDialog
{
    Q_OBJECT
public:
    VideoExportDialog(std::shared_ptr<const motion::MotionClip> clip,
                      std::shared_ptr<const motion::MotionClip> reconstruction, const app::VideoOverlay &overlay,
                      QWidget *parent = nullptr);

    void setPath(const QString &path);
    void setSize(int width, int height);
    void setFps(int fps);
    app::VideoExporter &exporter() { return mExporter; }
    QString resultText() const;

public Q_SLOTS:
    void start();

private:
    void updateButtons();

    std::shared_ptr<const motion::MotionClip> mClip;
    std::shared_ptr<const motion::MotionClip> mReconstruction;
    app::VideoOverlay mOverlay;
    app::VideoExporter mExporter;
    QLineEdit *mPath = nullptr;
    QComboBox *mSize = nullptr;
    QSpinBox *mFps = nullptr;
    QComboBox *mStyle = nullptr;
    QCheckBox *mSideBySide = nullptr;
    QCheckBox *mOverwrite = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mResult = nullptr;
    QPushButton *mStart = nullptr;
    QPushButton *mCancel = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

} // namespace gm::ui

#include "ui/videoexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gm::ui {

VideoExportDialog::VideoExportDialog(std::shared_ptr<const motion::MotionClip> clip,
                                     std::shared_ptr<const motion::MotionClip> reconstruction,
                                     const app::VideoOverlay &overlay, QWidget *parent)
    : QDialog(parent)
    , mClip(std::move(clip))
    , mReconstruction(std::move(reconstruction))
    , mOverlay(overlay)
{
    setObjectName(QStringLiteral("VideoExportDialog"));
    setWindowTitle(tr("Export Video"));
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    mPath = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(mPath, 1);
    row->addWidget(browse);
    form->addRow(tr("&File (.mp4 or .gif):"), row);
    mSize = new QComboBox(this);
    for (const QSize &s : {QSize(1280, 720), QSize(1920, 1080), QSize(854, 480), QSize(640, 360)})
        mSize->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    form->addRow(tr("&Size:"), mSize);
    mFps = new QSpinBox(this);
    mFps->setRange(1, 120);
    mFps->setValue(30);
    mFps->setSuffix(tr(" fps"));
    form->addRow(tr("&Frame rate:"), mFps);
    mStyle = new QComboBox(this);
    mStyle->setObjectName(QStringLiteral("VideoStyleCombo"));
    mStyle->addItem(tr("Shaded, as the 3-D view"), int(app::VideoExportOptions::Style::Shaded));
    mStyle->addItem(tr("Figure: lines and dots (fast without a GPU)"), int(app::VideoExportOptions::Style::Figure));
    form->addRow(tr("S&tyle:"), mStyle);
    mSideBySide = new QCheckBox(tr("The &reconstruction beside the clip"), this);
    mSideBySide->setEnabled(mReconstruction != nullptr);
    form->addRow(QString(), mSideBySide);
    mOverwrite = new QCheckBox(tr("Replace the file if it &exists"), this);
    form->addRow(QString(), mOverwrite);
    column->addLayout(form);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1);
    mProgress->setValue(0);
    column->addWidget(mProgress);
    mResult = new QLabel(this);
    mResult->setWordWrap(true);
    column->addWidget(mResult);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mStart = mButtons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    mCancel = mButtons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    column->addWidget(mButtons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Video"), mPath->text(),
                                                          tr("MP4 video (*.mp4);;GIF animation (*.gif)"));
        if (!path.isEmpty())
            mPath->setText(path);
    });
    connect(mStart, &QPushButton::clicked, this, &VideoExportDialog::start);
    connect(mCancel, &QPushButton::clicked, &mExporter, &app::VideoExporter::cancel);
    connect(mButtons, &QDialogButtonBox::rejected, this, [this] {
        mExporter.cancel();
        reject();
    });
    connect(&mExporter, &app::VideoExporter::progress, this, [this](int done, int total) {
        mProgress->setRange(0, total);
        mProgress->setValue(done);
    });
    connect(&mExporter, &app::VideoExporter::finished, this, [this](bool, const QString &message) {
        mResult->setText(message);
        updateButtons();
    });

    QSettings s;
    mPath->setText(s.value(QStringLiteral("video/path"), QDir::home().filePath(QStringLiteral("clip.mp4"))).toString());
    mSize->setCurrentIndex(std::max(0, mSize->findData(s.value(QStringLiteral("video/size"), QSize(1280, 720)))));
    mFps->setValue(s.value(QStringLiteral("video/fps"), 30).toInt());
    mStyle->setCurrentIndex(std::max(0, mStyle->findData(s.value(QStringLiteral("video/style"), 0).toInt())));
    mSideBySide->setChecked(mReconstruction && s.value(QStringLiteral("video/sideBySide"), false).toBool());
    updateButtons();
}

void VideoExportDialog::setPath(const QString &path)
{
    mPath->setText(path);
}

void VideoExportDialog::setSize(int width, int height)
{
    const int i = mSize->findData(QSize(width, height));
    if (i >= 0) {
        mSize->setCurrentIndex(i);
    } else {
        mSize->addItem(QStringLiteral("%1 × %2").arg(width).arg(height), QSize(width, height));
        mSize->setCurrentIndex(mSize->count() - 1);
    }
}

void VideoExportDialog::setFps(int fps)
{
    mFps->setValue(fps);
}

QString VideoExportDialog::resultText() const
{
    return mResult->text();
}

void VideoExportDialog::updateButtons()
{
    const bool running = mExporter.running();
    mStart->setEnabled(!running && !mPath->text().trimmed().isEmpty());
    mCancel->setEnabled(running);
}

void VideoExportDialog::start()
{
    app::VideoExportOptions o;
    o.video.path = mPath->text().trimmed();
    o.video.format = QFileInfo(o.video.path).suffix().toLower() == QLatin1String("gif")
                         ? app::VideoEncoder::Format::Gif
                         : app::VideoEncoder::Format::Mp4;
    const QSize size = mSize->currentData().toSize();
    o.video.width = size.width();
    o.video.height = size.height();
    o.video.fps = mFps->value();
    o.video.overwrite = mOverwrite->isChecked();
    o.style = app::VideoExportOptions::Style(mStyle->currentData().toInt());
    QSettings s;
    s.setValue(QStringLiteral("video/style"), int(o.style));
    s.setValue(QStringLiteral("video/path"), o.video.path);
    s.setValue(QStringLiteral("video/size"), size);
    s.setValue(QStringLiteral("video/fps"), o.video.fps);
    s.setValue(QStringLiteral("video/sideBySide"), mSideBySide->isChecked());
    QString error;
    if (!mExporter.start(mClip, mSideBySide->isChecked() ? mReconstruction : nullptr, mOverlay, o, &error)) {
        mResult->setText(tr("Cannot export: %1").arg(error));
        return;
    }
    mResult->setText(tr("Rendering…"));
    updateButtons();
}

} // namespace gm::ui

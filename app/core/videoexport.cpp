#include "core/videoexport.h"

#include "core/scenecontroller.h"
#include "motion/motionclip.h"
#include "render/camera.h"
#include "render/clipscene.h"
#include "render/codepalette.h"
#include "render/offscreenrenderer.h"

#include <QDir>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace gm::app {

struct VideoExporter::CameraState
{
    render::Camera camera;
};

VideoExporter::VideoExporter(QObject *parent)
    : QObject(parent)
{
    mTimer.setInterval(0);
    connect(&mTimer, &QTimer::timeout, this, &VideoExporter::step);
}

VideoExporter::~VideoExporter() = default;

int VideoExporter::frameCount(double seconds, const VideoExportOptions &o)
{
    // Frames at 0, 1/fps, … up to the last instant of the take.
    return int(std::floor(seconds * o.video.fps + 1e-9)) + 1;
}

bool VideoExporter::start(std::shared_ptr<const motion::MotionClip> clip,
                          std::shared_ptr<const motion::MotionClip> reconstruction, const VideoOverlay &overlay,
                          const VideoExportOptions &options, QString *error)
{
    if (running() || !clip) {
        if (error)
            *error = tr("An export is already running");
        return false;
    }
    mClip = std::move(clip);
    mReconstruction = std::move(reconstruction);
    mOverlay = overlay;
    mOptions = options;
    const double end = options.end < 0.0 ? mClip->duration() : std::min(options.end, mClip->duration());
    mTotal = frameCount(std::max(end - options.start, 0.0), options);
    mFrame = 0;
    mRenderer = std::make_unique<render::OffscreenRenderer>();
    if (!mRenderer->create()) {
        if (error)
            *error = tr("Cannot render offscreen: %1").arg(mRenderer->errorString());
        mRenderer.reset();
        return false;
    }
    // One camera for the whole video: the takes' box, seen from the default perspective.
    mCamera = std::make_unique<CameraState>();
    std::vector<render::ClipView> views{{mClip.get(), 0.0, {0.86f, 0.87f, 0.89f}}};
    if (mReconstruction)
        views.push_back({mReconstruction.get(), 0.0, {}});
    mCamera->camera.setPreset(render::Camera::Preset::Perspective);
    mCamera->camera.frame(render::clipSceneBounds(views, render::ClipLayout::SideBySide),
                          float(options.video.width) / float(options.video.height));
    try {
        mEncoder = std::make_unique<VideoEncoder>(options.video);
    } catch (const VideoError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        mRenderer.reset();
        return false;
    }
    mTimer.start();
    return true;
}

void VideoExporter::cancel()
{
    if (!running())
        return;
    mTimer.stop();
    mEncoder.reset(); // removes the partial file
    mRenderer.reset();
    Q_EMIT finished(false, tr("Export cancelled: no file was left"));
}

void VideoExporter::fail(const QString &message)
{
    mTimer.stop();
    mEncoder.reset();
    mRenderer.reset();
    Q_EMIT finished(false, message);
}

QImage VideoExporter::renderFrame(int index)
{
    if (!mRenderer)
        return {};
    const double t = mOptions.start + double(index) / mOptions.video.fps;
    const QColor r = SceneController::reconstructionColor();
    std::vector<render::ClipView> views{{mClip.get(), t, {0.86f, 0.87f, 0.89f}}};
    if (mReconstruction)
        views.push_back({mReconstruction.get(), t, {r.redF(), r.greenF(), r.blueF()}});
    render::ClipSceneOptions sceneOptions;
    sceneOptions.layout = render::ClipLayout::SideBySide;
    mRenderer->scene().setContent(render::buildClipScene(views, sceneOptions));
    const QSize size(mOptions.video.width, mOptions.video.height);
    QImage image = mRenderer->render(mCamera->camera, size, 4);
    if (image.isNull())
        return image;
    image = image.convertToFormat(QImage::Format_RGB32);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double unit = size.height() / 720.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(10, int(22 * unit)));
    p.setFont(font);
    auto shadowed = [&](const QRectF &rect, int flags, const QString &text) {
        p.setPen(QColor(0, 0, 0, 170));
        p.drawText(rect.translated(1.5 * unit, 1.5 * unit), flags, text);
        p.setPen(Qt::white);
        p.drawText(rect, flags, text);
    };
    const double margin = 16 * unit;
    // Title and the time / frame counter.
    const int clipFrame = mClip->frameAt(t);
    shadowed(QRectF(margin, margin, size.width() - 2 * margin, 40 * unit), Qt::AlignLeft | Qt::AlignTop,
             mOverlay.title);
    const int minutes = int(t / 60.0);
    const QString counter = QStringLiteral("%1:%2  frame %3 / %4")
                                .arg(minutes, 2, 10, QLatin1Char('0'))
                                .arg(t - minutes * 60.0, 6, 'f', 3, QLatin1Char('0'))
                                .arg(clipFrame)
                                .arg(mClip->frameCount());
    shadowed(QRectF(margin, margin, size.width() - 2 * margin, 40 * unit), Qt::AlignRight | Qt::AlignTop, counter);
    // The token lane along the bottom, the current token outlined.
    double laneTop = size.height() - margin;
    if (!mOverlay.tokens.empty()) {
        const double laneHeight = 18 * unit;
        laneTop = size.height() - margin - laneHeight;
        const double duration = mClip->duration();
        const double width = size.width() - 2 * margin;
        for (std::size_t i = 0; i < mOverlay.tokens.size(); ++i) {
            const double a = i * mOverlay.secondsPerToken / duration, b = (i + 1) * mOverlay.secondsPerToken / duration;
            const QRectF cell(margin + a * width, laneTop, (b - a) * width, laneHeight);
            p.fillRect(cell, render::codeColor(int(mOverlay.tokens[i])));
        }
        const int current = int(std::floor(t / mOverlay.secondsPerToken));
        if (current >= 0 && current < int(mOverlay.tokens.size())) {
            const double a = current * mOverlay.secondsPerToken / duration;
            const double b = (current + 1) * mOverlay.secondsPerToken / duration;
            p.setPen(QPen(Qt::white, 2.5 * unit));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(margin + a * width, laneTop, (b - a) * width, laneHeight));
        }
        const double x = margin + std::clamp(t / duration, 0.0, 1.0) * width;
        p.setPen(QPen(QColor(255, 255, 255, 220), 1.5 * unit));
        p.drawLine(QPointF(x, laneTop - 4 * unit), QPointF(x, laneTop + laneHeight + 4 * unit));
    }
    // The caption under the play head, above the lane.
    for (const VideoOverlay::Caption &c : mOverlay.captions)
        if (t >= c.start && t < c.end && !c.text.isEmpty()) {
            QFont big = font;
            big.setPixelSize(std::max(12, int(30 * unit)));
            p.setFont(big);
            const QRectF box(margin, laneTop - 110 * unit, size.width() - 2 * margin, 100 * unit);
            shadowed(box, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, c.text);
            break;
        }
    p.end();
    return image;
}

void VideoExporter::step()
{
    // A few frames per turn of the event loop: the window repaints and Cancel is heard.
    for (int k = 0; k < 2 && mFrame < mTotal; ++k) {
        const QImage frame = renderFrame(mFrame);
        if (frame.isNull())
            return fail(tr("Rendering failed: %1").arg(mRenderer->errorString()));
        try {
            mEncoder->add(frame);
        } catch (const VideoError &e) {
            return fail(QString::fromStdString(e.what()));
        }
        ++mFrame;
        Q_EMIT progress(mFrame, mTotal);
    }
    if (mFrame < mTotal)
        return;
    mTimer.stop();
    try {
        mEncoder->finish();
    } catch (const VideoError &e) {
        return fail(QString::fromStdString(e.what()));
    }
    const QString path = QDir::toNativeSeparators(mOptions.video.path);
    mEncoder.reset();
    mRenderer.reset();
    Q_EMIT finished(true, tr("Wrote %1 (%n frame(s))", nullptr, mTotal).arg(path));
}

} // namespace gm::app

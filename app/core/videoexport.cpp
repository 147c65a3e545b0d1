#include "core/videoexport.h"

#include "core/scenecontroller.h"
#include "motion/motionclip.h"
#include "render/camera.h"
#include "render/clipscene.h"
#include "render/codepalette.h"
#include "render/figurerenderer.h"
#include "render/offscreenrenderer.h"

#include <QDir>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace gm::app {

struct VideoExporter::CameraState
{
    render::Camera camera;
    std::vector<glm::vec3> offsets; ///< the clips' places, side by side
};

/// The encoding thread: frames rendered on the GUI thread are encoded here, in order, while the
/// next ones render. At most kDepth frames wait; the first encoding error stops it.
class VideoExporter::EncodeQueue
{
public:
    explicit EncodeQueue(VideoEncoder &encoder)
        : mEncoder(encoder)
        , mThread([this] { run(); })
    {}
    ~EncodeQueue() ///< stops after the frame being encoded (cancel): the rest is dropped
    {
        {
            const std::lock_guard<std::mutex> lock(mMutex);
            mStop = true;
        }
        mChanged.notify_all();
        mThread.join();
    }

    /// Queues a frame, waiting while the queue is full; false with the error once encoding failed.
    bool push(QImage frame, QString *error)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [&] { return mFrames.size() < kDepth || !mError.isEmpty(); });
        if (!mError.isEmpty()) {
            *error = mError;
            return false;
        }
        mFrames.push_back(std::move(frame));
        mChanged.notify_all();
        return true;
    }
    /// Waits until every queued frame is encoded; false with the error when one failed.
    bool drain(QString *error)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [&] { return (mFrames.empty() && !mBusy) || !mError.isEmpty(); });
        *error = mError;
        return mError.isEmpty();
    }

private:
    static constexpr std::size_t kDepth = 3;

    void run()
    {
        std::unique_lock<std::mutex> lock(mMutex);
        for (;;) {
            mChanged.wait(lock, [&] { return mStop || !mFrames.empty(); });
            if (mStop || !mError.isEmpty())
                return;
            QImage frame = std::move(mFrames.front());
            mFrames.pop_front();
            mBusy = true;
            lock.unlock();
            QString error;
            try {
                mEncoder.add(frame);
            } catch (const std::exception &e) { // VideoError, or out of memory: never past the thread
                error = QString::fromStdString(e.what());
            }
            lock.lock();
            mBusy = false;
            mError = error;
            mChanged.notify_all();
        }
    }

    VideoEncoder &mEncoder;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<QImage> mFrames;
    bool mBusy = false;
    bool mStop = false;
    QString mError;
    std::thread mThread; // last: it starts once the rest exists
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
    if (options.style == VideoExportOptions::Style::Shaded) {
        mRenderer = std::make_unique<render::OffscreenRenderer>();
        if (!mRenderer->create()) {
            if (error)
                *error = tr("Cannot render offscreen: %1").arg(mRenderer->errorString());
            mRenderer.reset();
            return false;
        }
    }
    // One camera for the whole video: the takes' box, seen from the default perspective.
    mCamera = std::make_unique<CameraState>();
    std::vector<render::ClipView> views{{mClip.get(), 0.0, {0.86f, 0.87f, 0.89f}}};
    if (mReconstruction)
        views.push_back({mReconstruction.get(), 0.0, {}});
    mCamera->camera.setPreset(render::Camera::Preset::Perspective);
    mCamera->camera.frame(render::clipSceneBounds(views, render::ClipLayout::SideBySide),
                          float(options.video.width) / float(options.video.height));
    mCamera->offsets = render::clipOffsets(views, render::ClipLayout::SideBySide);
    try {
        mEncoder = std::make_unique<VideoEncoder>(options.video);
    } catch (const VideoError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        mRenderer.reset();
        return false;
    }
    mQueue = std::make_unique<EncodeQueue>(*mEncoder);
    mTimer.start();
    return true;
}

void VideoExporter::stop()
{
    mTimer.stop();
    mQueue.reset();   // joins the encoding thread
    mEncoder.reset(); // removes the partial file unless finished
    mRenderer.reset();
}

void VideoExporter::cancel()
{
    if (!running())
        return;
    stop();
    Q_EMIT finished(false, tr("Export cancelled: no file was left"));
}

void VideoExporter::fail(const QString &message)
{
    stop();
    Q_EMIT finished(false, message);
}

QImage VideoExporter::renderFrame(int index)
{
    if (!mCamera || (!mRenderer && mOptions.style == VideoExportOptions::Style::Shaded))
        return {};
    const double t = mOptions.start + double(index) / mOptions.video.fps;
    const QColor r = SceneController::reconstructionColor();
    std::vector<render::ClipView> views{{mClip.get(), t, {0.86f, 0.87f, 0.89f}}};
    if (mReconstruction)
        views.push_back({mReconstruction.get(), t, {r.redF(), r.greenF(), r.blueF()}});
    render::ClipSceneOptions sceneOptions;
    sceneOptions.layout = render::ClipLayout::SideBySide;
    render::SceneContent content = render::buildClipScene(views, sceneOptions, mCamera->offsets);
    const QSize size(mOptions.video.width, mOptions.video.height);
    QImage image;
    if (mRenderer) {
        mRenderer->scene().setContent(std::move(content));
        image = mRenderer->render(mCamera->camera, size, 4);
        if (image.isNull())
            return image;
        image = image.convertToFormat(QImage::Format_RGB32);
    } else {
        image = render::FigureRenderer().render(content, mCamera->camera, size);
    }

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double unit = size.height() / 720.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(10, int(22 * unit)));
    p.setFont(font);
    // White text with a dark shadow on the shaded scene's sky; dark text with a light one on the
    // figure's light background.
    const bool light = !mRenderer;
    auto shadowed = [&](const QRectF &rect, int flags, const QString &text) {
        p.setPen(light ? QColor(255, 255, 255, 200) : QColor(0, 0, 0, 170));
        p.drawText(rect.translated(1.5 * unit, 1.5 * unit), flags, text);
        p.setPen(light ? QColor(30, 32, 36) : QColor(Qt::white));
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
        QImage frame = renderFrame(mFrame);
        if (frame.isNull())
            return fail(tr("Rendering failed: %1").arg(mRenderer ? mRenderer->errorString() : QString()));
        QString error;
        if (!mQueue->push(std::move(frame), &error))
            return fail(error);
        ++mFrame;
        Q_EMIT progress(mFrame, mTotal);
    }
    if (mFrame < mTotal)
        return;
    mTimer.stop();
    QString error;
    if (!mQueue->drain(&error))
        return fail(error);
    mQueue.reset();
    try {
        mEncoder->finish();
    } catch (const VideoError &e) {
        return fail(QString::fromStdString(e.what()));
    }
    const QString path = QDir::toNativeSeparators(mOptions.video.path);
    stop();
    Q_EMIT finished(true, tr("Wrote %1 (%n frame(s))", nullptr, mTotal).arg(path));
}

} // namespace gm::app

#pragma once

#include "core/videoencoder.h"

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <vector>

namespace gm::motion {
class MotionClip;
}
namespace gm::render {
class OffscreenRenderer;
}

namespace gm::app {

/// What is burnt into each frame besides the skeletons.
struct VideoOverlay
{
    struct Caption
    {
        double start = 0.0; ///< seconds of the clip
        double end = 0.0;
        QString text;
    };
    QString title;                    ///< top left (the clip's name)
    std::vector<Caption> captions;    ///< the one under the play head is shown at the bottom
    std::vector<std::int64_t> tokens; ///< the token lane along the bottom (empty: none)
    double secondsPerToken = 0.4;
};

struct VideoExportOptions
{
    /// Shaded: the 3-D view's renderer (OpenGL, 4× MSAA). Figure: lines and dots drawn with
    /// QPainter (render::FigureRenderer), as motion papers' figures are — no GL, many times faster
    /// on a machine without a GPU.
    enum class Style { Shaded, Figure };
    VideoEncoder::Options video; ///< path, format, size, fps, overwrite
    Style style = Style::Shaded;
    double start = 0.0; ///< seconds of the clip
    double end = -1.0;  ///< −1: the clip's end
};

/// Renders a clip (and, for side by side, its reconstruction) offscreen with the same renderer
/// as the 3-D view (or in the figure style), burns in the title, the current caption, the token
/// lane and a time / frame counter, and encodes it. Renders on the GUI thread (it owns a GL
/// context) a few frames per event-loop turn, so the studio stays responsive, while a worker
/// thread encodes the frames already rendered; progress() after each frame, cancel() stops it
/// and removes the partial file. Deterministic: the same input gives the same file.
class VideoExporter : public QObject
{
    Q_OBJECT
public:
    explicit VideoExporter(QObject *parent = nullptr);
    ~VideoExporter() override;

    /// Starts; false with `error` when the renderer or the encoder cannot start.
    bool start(std::shared_ptr<const motion::MotionClip> clip, std::shared_ptr<const motion::MotionClip> reconstruction,
               const VideoOverlay &overlay, const VideoExportOptions &options, QString *error = nullptr);
    void cancel();
    bool running() const { return mEncoder != nullptr; }
    /// Renders frame `index` (of the video) as it is encoded: tests compare it with the file.
    QImage renderFrame(int index);

    /// The frame count of a video of these options over `seconds` (a take's duration: its last
    /// frame's time): frames at 0, 1/fps, … up to it.
    static int frameCount(double seconds, const VideoExportOptions &options);

Q_SIGNALS:
    void progress(int done, int total);
    /// ok, with a message naming the file (or the error, or "cancelled").
    void finished(bool ok, const QString &message);

private:
    void step();
    void fail(const QString &message);
    void stop(); ///< the encoding thread, the encoder (its partial file) and the renderer

    std::shared_ptr<const motion::MotionClip> mClip;
    std::shared_ptr<const motion::MotionClip> mReconstruction;
    VideoOverlay mOverlay;
    VideoExportOptions mOptions;
    std::unique_ptr<render::OffscreenRenderer> mRenderer;
    std::unique_ptr<VideoEncoder> mEncoder;
    class EncodeQueue;
    std::unique_ptr<EncodeQueue> mQueue;
    QTimer mTimer;
    int mFrame = 0;
    int mTotal = 0;
    struct CameraState;
    std::unique_ptr<CameraState> mCamera;
};

} // namespace gm::app

#pragma once

#include <QImage>
#include <QString>

#include <memory>
#include <stdexcept>

namespace gm::app {

/// A video that cannot be written; the message names the file and the problem.
class VideoError : public std::runtime_error
{
public:
    explicit VideoError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
};

/// Encodes frames into MP4 (H.264 through libavcodec's libx264: CRF 20, "ultrafast", one thread,
/// bit-exact flags, our own integer RGB → YUV 4:2:0, so the same frames give the same bytes) or GIF (a fixed 6×7×6
/// colour cube plus greys with 4×4 ordered dithering, stable from frame to frame). The file is written to a temporary
/// name beside the target and renamed by finish(); destroying an unfinished encoder (cancel, error) removes it, so no
/// partial video is ever left.
class VideoEncoder
{
public:
    enum class Format { Mp4, Gif };
    struct Options
    {
        QString path;
        Format format = Format::Mp4;
        int width = 1280; ///< even for MP4
        int height = 720;
        int fps = 30;
        bool overwrite = false;
    };

    /// Throws VideoError (an existing file without overwrite, no encoder, a folder that can't be written).
    explicit VideoEncoder(const Options &options);
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    /// One frame; scaled to the video's size when it differs. Throws VideoError.
    void add(const QImage &frame);
    /// Flushes the encoder, writes the trailer and renames the file into place. Throws VideoError.
    void finish();
    int frames() const { return mFrames; }

    /// What a video file holds, read back with libavformat (tests, reports).
    struct Probe
    {
        QString codec; ///< "h264", "gif"
        int width = 0;
        int height = 0;
        int frames = 0; ///< decoded
        double seconds = 0.0;
        double fps = 0.0;
    };
    /// Decodes the file; `frame` (when given) receives frame `index` as RGB. Throws VideoError.
    static Probe probe(const QString &path, int index = -1, QImage *frame = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Options mOptions;
    int mFrames = 0;
    bool mFinished = false;
};

} // namespace gm::app

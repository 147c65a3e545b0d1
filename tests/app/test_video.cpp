// Video export: MP4 (H.264) and GIF of a real clip rendered offscreen with the caption, token lane
// and counter burnt in; the files decode (codec, frame count, duration through libavformat), a
// decoded frame matches the offscreen render, the same input gives the same bytes, cancel and
// errors leave no file.

#include "common/gltest.h"
#include "common/gmtest.h"
#include "core/resourcepaths.h"
#include "core/videoexport.h"
#include "io/bvhreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gm;
using namespace gm::app;

namespace {

std::shared_ptr<const motion::MotionClip> twoSeconds()
{
    const motion::MotionClip clip = motion::BvhReader().read(demoClipPath().toStdString());
    return std::make_shared<const motion::MotionClip>(clip.trimmed(0, 239)); // 2 s at 120 fps
}

VideoOverlay overlay()
{
    VideoOverlay o;
    o.title = QStringLiteral("cmu_01_01.bvh");
    o.captions = {{0.0, 1.0, QStringLiteral("a person jumps forward.")}, {1.0, 2.0, QStringLiteral("then lands.")}};
    o.tokens = {3, 17, 17, 40, 99};
    return o;
}

double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c) {
            const QRgb p = x.pixel(c, r), q = y.pixel(c, r);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * x.width() * x.height());
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool exportVideo(const VideoExportOptions &o, QString *message = nullptr)
{
    VideoExporter exporter;
    QSignalSpy finished(&exporter, &VideoExporter::finished);
    QString error;
    if (!exporter.start(twoSeconds(), nullptr, overlay(), o, &error)) {
        if (message)
            *message = error;
        return false;
    }
    if (!finished.wait(120000))
        return false;
    if (message)
        *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

} // namespace

class TestVideo : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private Q_SLOTS:
    void initTestCase() { GM_REQUIRE_GL(); }

    void mp4DecodesAndMatchesTheRender()
    {
        VideoExportOptions o;
        o.video.path = mDir.filePath("clip.mp4");
        o.video.width = 640;
        o.video.height = 360;
        o.video.fps = 30;
        QString message;
        QVERIFY2(exportVideo(o, &message), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("clip.mp4")));
        QImage decoded;
        const VideoEncoder::Probe p = VideoEncoder::probe(o.video.path, 30, &decoded);
        QCOMPARE(p.codec, QStringLiteral("h264"));
        QCOMPARE(p.width, 640);
        QCOMPARE(p.height, 360);
        QCOMPARE(p.frames, 60);
        QVERIFY2(std::abs(p.seconds - 2.0) < 0.05, qPrintable(QString::number(p.seconds)));
        QVERIFY(std::abs(p.fps - 30.0) < 0.01);

        // Frame 30 decoded against the same frame rendered again.
        VideoExporter again;
        VideoExportOptions scratch = o;
        scratch.video.path = mDir.filePath("scratch.mp4");
        QVERIFY(again.start(twoSeconds(), nullptr, overlay(), scratch));
        const QImage rendered = again.renderFrame(30);
        again.cancel();
        QVERIFY(!QFile::exists(scratch.video.path));
        QCOMPARE(decoded.size(), rendered.size());
        const double difference = meanDifference(decoded, rendered);
        qInfo("MP4 frame 30: mean difference %.2f of 255", difference);
        QVERIFY2(difference < 4.0, qPrintable(QString::number(difference)));
        // The burnt-in lane: the bottom strip holds the token colours.
        const double unit = rendered.height() / 720.0; // the overlay's scale: 16 px margin, 18 px lane at 720p
        const QColor lane = rendered.pixelColor(30, rendered.height() - int(16 * unit) - int(9 * unit));
        if (!qEnvironmentVariableIsEmpty("GM_SCREENSHOT_DIR"))
            rendered.save(QDir(qEnvironmentVariable("GM_SCREENSHOT_DIR")).filePath(QStringLiteral("video-frame.png")));
        QVERIFY2(lane.saturation() > 60, qPrintable(lane.name()));
    }

    // The figure style (QPainter lines, no GL): the MP4 decodes to the same frames, the same input
    // gives the same bytes, and the frame shows the skeleton on the grid.
    void figureStyleDecodesAndMatchesTheRender()
    {
        VideoExportOptions o;
        o.style = VideoExportOptions::Style::Figure;
        o.video.path = mDir.filePath("figure.mp4");
        o.video.width = 640;
        o.video.height = 360;
        QString message;
        QVERIFY2(exportVideo(o, &message), qPrintable(message));
        QImage decoded;
        const VideoEncoder::Probe p = VideoEncoder::probe(o.video.path, 30, &decoded);
        QCOMPARE(p.codec, QStringLiteral("h264"));
        QCOMPARE(p.frames, 60);

        VideoExporter again;
        VideoExportOptions scratch = o;
        scratch.video.path = mDir.filePath("figure-scratch.mp4");
        QVERIFY(again.start(twoSeconds(), nullptr, overlay(), scratch));
        const QImage rendered = again.renderFrame(30);
        again.cancel();
        QCOMPARE(decoded.size(), rendered.size());
        const double difference = meanDifference(decoded, rendered);
        qInfo("figure MP4 frame 30: mean difference %.2f of 255", difference);
        QVERIFY2(difference < 4.0, qPrintable(QString::number(difference)));
        if (!qEnvironmentVariableIsEmpty("GM_SCREENSHOT_DIR"))
            rendered.save(QDir(qEnvironmentVariable("GM_SCREENSHOT_DIR")).filePath(QStringLiteral("video-figure.png")));

        // The skeleton: dark, coloured strokes in the middle of the picture (the background and
        // the grid are light greys), warm (left) and cool (right) limbs both there.
        int dark = 0, warm = 0, cool = 0;
        for (int y = rendered.height() / 6; y < rendered.height() * 5 / 6; ++y)
            for (int x = rendered.width() / 6; x < rendered.width() * 5 / 6; ++x) {
                const QColor c = rendered.pixelColor(x, y);
                if (c.lightness() > 200)
                    continue;
                ++dark;
                if (c.red() > c.blue() + 25)
                    ++warm;
                else if (c.blue() > c.red() + 25)
                    ++cool;
            }
        QVERIFY2(dark > 300 && warm > 30 && cool > 30,
                 qPrintable(QStringLiteral("dark %1, warm %2, cool %3").arg(dark).arg(warm).arg(cool)));

        const QByteArray first = sha(o.video.path);
        o.video.overwrite = true;
        QVERIFY(exportVideo(o));
        QCOMPARE(sha(o.video.path), first);
    }

    void gifDecodes()
    {
        VideoExportOptions o;
        o.video.path = mDir.filePath("clip.gif");
        o.video.format = VideoEncoder::Format::Gif;
        o.video.width = 320;
        o.video.height = 180;
        o.video.fps = 10;
        QString message;
        QVERIFY2(exportVideo(o, &message), qPrintable(message));
        QImage decoded;
        const VideoEncoder::Probe p = VideoEncoder::probe(o.video.path, 5, &decoded);
        QCOMPARE(p.codec, QStringLiteral("gif"));
        QCOMPARE(p.frames, 20);
        QCOMPARE(p.width, 320);
        VideoExporter again;
        VideoExportOptions scratch = o;
        scratch.video.path = mDir.filePath("scratch.gif");
        QVERIFY(again.start(twoSeconds(), nullptr, overlay(), scratch));
        const QImage rendered = again.renderFrame(5);
        again.cancel();
        // The palette's steps are dithered: compare at a quarter of the size, where they average out.
        const QSize quarter = rendered.size() / 4;
        const double difference
            = meanDifference(decoded.scaled(quarter, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                             rendered.scaled(quarter, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        qInfo("GIF frame 5: mean difference %.2f of 255 at a quarter of the size", difference);
        QVERIFY2(difference < 8.0, qPrintable(QString::number(difference)));
    }

    void theSameInputGivesTheSameFile()
    {
        for (const char *ext : {"mp4", "gif"}) {
            VideoExportOptions o;
            o.video.format
                = QLatin1String(ext) == QLatin1String("gif") ? VideoEncoder::Format::Gif : VideoEncoder::Format::Mp4;
            o.video.width = 320;
            o.video.height = 180;
            o.video.fps = 10;
            o.video.path = mDir.filePath(QStringLiteral("a.%1").arg(QLatin1String(ext)));
            QVERIFY(exportVideo(o));
            o.video.path = mDir.filePath(QStringLiteral("b.%1").arg(QLatin1String(ext)));
            QVERIFY(exportVideo(o));
            QCOMPARE(sha(mDir.filePath(QStringLiteral("a.%1").arg(QLatin1String(ext)))), sha(o.video.path));
        }
    }

    void cancelAndErrorsLeaveNoFile()
    {
        VideoExportOptions o;
        o.video.path = mDir.filePath("cancelled.mp4");
        o.video.width = 320;
        o.video.height = 180;
        VideoExporter exporter;
        QSignalSpy progress(&exporter, &VideoExporter::progress);
        QSignalSpy finished(&exporter, &VideoExporter::finished);
        QVERIFY(exporter.start(twoSeconds(), nullptr, overlay(), o));
        QVERIFY(progress.wait(30000));
        exporter.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(o.video.path));
        QVERIFY(!QFile::exists(o.video.path + QStringLiteral(".part")));

        QString error;
        o.video.path = mDir.filePath("clip.mp4"); // exists from the first test
        QVERIFY(!VideoExporter().start(twoSeconds(), nullptr, overlay(), o, &error));
        QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
        o.video.path = mDir.filePath("odd.mp4");
        o.video.width = 321;
        QVERIFY(!VideoExporter().start(twoSeconds(), nullptr, overlay(), o, &error));
        QVERIFY(error.contains(QStringLiteral("even")));
        o.video.width = 320;
        o.video.path = mDir.filePath("no/such/folder/x.mp4");
        QVERIFY(!VideoExporter().start(twoSeconds(), nullptr, overlay(), o, &error));
        QVERIFY(error.contains(QStringLiteral("x.mp4")));
        QVERIFY_THROWS_EXCEPTION(VideoError, VideoEncoder::probe(demoClipPath()));
    }
};

GM_TEST_MAIN_GL(TestVideo, QGuiApplication)
#include "test_video.moc"

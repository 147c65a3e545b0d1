// Skeletons through the offscreen renderer (the same SceneRenderer the studio's view uses): a
// fixed pose of CMU 01_01 from fixed cameras against baseline PNGs (metric in
// common/imagecompare.h), two clips side by side, instancing with a constant number of draw calls,
// trails and trajectories. Needs a display with OpenGL (Xvfb + Mesa llvmpipe on CI).

#include "common/gltest.h"
#include "common/gmtest.h"
#include "common/imagecompare.h"
#include "io/bvhreader.h"
#include "render/clipscene.h"
#include "render/offscreenrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

using namespace gm::render;
using gm::motion::BvhReader;
using gm::motion::MotionClip;

namespace {

constexpr int kPoseFrame = 600; // CMU 01_01, mid-jump
const QSize kSize(320, 240);

MotionClip readBvh(const QString &relative)
{
    return BvhReader().read(gm::test::dataPath(relative).toStdString());
}

// How many pixels in the rectangle have a colour close to `target` (per channel within 40).
int pixelsNear(const QImage &image, const QColor &target, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - target.red()) < 40 && std::abs(c.green() - target.green()) < 40
                         && std::abs(c.blue() - target.blue()) < 40
                     ? 1
                     : 0;
        }
    return n;
}

// Strongly red or green pixels (the trunks of the two clips below).
bool isRed(const QColor &c)
{
    return c.red() > 120 && c.red() > c.green() + 50 && c.red() > c.blue() + 50;
}
bool isGreen(const QColor &c)
{
    return c.green() > 110 && c.green() > c.red() + 40 && c.green() > c.blue() + 40;
}

} // namespace

class TestSkeletonRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = gm::test::dataPath(QStringLiteral("bvh/cmu/01_01.bvh"));
        if (path.isEmpty())
            QFAIL(qPrintable(gm::test::missingDataMessage(QStringLiteral("bvh/cmu/01_01.bvh"))));
        mClip = BvhReader().read(path.toStdString());
    }

    void baselines_data()
    {
        QTest::addColumn<int>("preset");
        QTest::newRow("front") << int(Camera::Preset::Front);
        QTest::newRow("side") << int(Camera::Preset::Right);
        QTest::newRow("top") << int(Camera::Preset::Top);
        QTest::newRow("perspective") << int(Camera::Preset::Perspective);
    }

    void baselines()
    {
        GM_REQUIRE_GL();
        QFETCH(int, preset);
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        SceneContent content;
        content.skeletons.push_back(clipPose(mClip, kPoseFrame));
        renderer.scene().setContent(content);
        Camera camera;
        camera.setPreset(Camera::Preset(preset));
        camera.frame(contentBounds(content), float(kSize.width()) / float(kSize.height()));
        const QImage image = renderer.render(camera, kSize, 0);
        QVERIFY2(!image.isNull(), qPrintable(renderer.errorString()));
        const gm::test::ImageComparison result = gm::test::compareWithBaseline(
            image, QStringLiteral(GM_BASELINE_DIR), QStringLiteral("cmu_01_01_f600_") + QTest::currentDataTag());
        qInfo("%s", qPrintable(result.message));
        QVERIFY2(result.matches, qPrintable(result.message));
    }

    // The comparison itself fails on a visible change: a different pose does not match.
    void baselinesCatchChanges()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        SceneContent content;
        content.skeletons.push_back(clipPose(mClip, kPoseFrame + 60));
        renderer.scene().setContent(content);
        Camera camera;
        camera.setPreset(Camera::Preset::Front);
        SceneContent reference;
        reference.skeletons.push_back(clipPose(mClip, kPoseFrame));
        camera.frame(contentBounds(reference), float(kSize.width()) / float(kSize.height()));
        const QImage image = renderer.render(camera, kSize, 0);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(GM_BASELINE_DIR "/cmu_01_01_f600_front.png"),
                            dir.filePath(QStringLiteral("b.png"))));
        const gm::test::ImageComparison result = gm::test::compareWithBaseline(image, dir.path(), QStringLiteral("b"));
        QVERIFY2(!result.matches, qPrintable(result.message));
    }

    // Limbs in distinct colours: left warm, right cool, the trunk the skeleton's own colour.
    void sidesHaveTheirColours()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        SceneContent content;
        content.skeletons.push_back(clipPose(mClip, kPoseFrame));
        renderer.scene().setContent(content);
        Camera camera;
        camera.setPreset(Camera::Preset::Front);
        camera.frame(contentBounds(content), float(kSize.width()) / float(kSize.height()));
        const QImage image = renderer.render(camera, kSize, 0);
        int warm = 0, cool = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                warm += c.red() > c.blue() + 60 ? 1 : 0;
                cool += c.blue() > c.red() + 90 && c.blue() > 150 ? 1 : 0;
            }
        QVERIFY2(warm > 100 && cool > 100, qPrintable(QStringLiteral("warm %1, cool %2").arg(warm).arg(cool)));
    }

    void twoClipsSideBySide()
    {
        GM_REQUIRE_GL();
        const MotionClip other = readBvh(QStringLiteral("bvh/cmu/131_03.bvh"));
        std::vector<ClipView> views{{&mClip, kPoseFrame / mClip.fps(), {0.85f, 0.15f, 0.12f}},
                                    {&other, 3.0, {0.15f, 0.75f, 0.20f}}};
        // Their takes do not overlap along X.
        const std::vector<glm::vec3> offsets = clipOffsets(views, ClipLayout::SideBySide);
        QCOMPARE(offsets.size(), std::size_t(2));
        QVERIFY(offsets[0].x < offsets[1].x);
        const std::vector<glm::vec3> overlaid = clipOffsets(views, ClipLayout::Overlaid);
        QVERIFY(overlaid[0] == glm::vec3(0.0f) && overlaid[1] == glm::vec3(0.0f));

        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        ClipSceneOptions options;
        renderer.scene().setContent(buildClipScene(views, options));
        QCOMPARE(renderer.scene().content().skeletons.size(), std::size_t(2));
        Camera camera;
        camera.setPreset(Camera::Preset::Front);
        camera.frame(clipSceneBounds(views, ClipLayout::SideBySide), 2.0f);
        const QImage image = renderer.render(camera, QSize(480, 240), 0);
        double redX = 0, greenX = 0;
        int reds = 0, greens = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (isRed(c)) {
                    redX += x;
                    ++reds;
                } else if (isGreen(c)) {
                    greenX += x;
                    ++greens;
                }
            }
        QVERIFY2(reds > 30 && greens > 30, qPrintable(QStringLiteral("red %1, green %2").arg(reds).arg(greens)));
        QVERIFY2(redX / reds < 0.5 * image.width() && greenX / greens > 0.5 * image.width(),
                 qPrintable(QStringLiteral("red at x %1, green at x %2").arg(redX / reds).arg(greenX / greens)));
    }

    // Instancing: the number of draw calls does not grow with the number of skeletons.
    void drawCallsStayConstant()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        Camera camera;
        int calls[2] = {0, 0};
        const int counts[2] = {1, 16};
        for (int k = 0; k < 2; ++k) {
            SceneContent content;
            for (int i = 0; i < counts[k]; ++i)
                content.skeletons.push_back(clipPose(mClip, kPoseFrame, glm::vec3(float(i), 0.0f, 0.0f)));
            renderer.scene().setContent(content);
            QVERIFY(!renderer.render(camera, QSize(64, 48), 0).isNull());
            const FrameStats stats = renderer.scene().lastFrameStats();
            calls[k] = stats.drawCalls;
            QCOMPARE(stats.skeletons, counts[k]);
            QCOMPARE(stats.joints, 31 * counts[k]);
            QCOMPARE(stats.bones, 30 * counts[k]);
        }
        QCOMPARE(calls[0], calls[1]);
        QVERIFY(calls[0] <= 6);
    }

    void trailsAndTrajectory()
    {
        GM_REQUIRE_GL();
        std::vector<ClipView> views{{&mClip, kPoseFrame / mClip.fps(), {0.86f, 0.87f, 0.89f}}};
        ClipSceneOptions options;
        SceneContent plain = buildClipScene(views, options);
        QVERIFY(plain.lines.empty());
        options.rootTrajectory = true;
        options.jointTrails = true;
        SceneContent withLines = buildClipScene(views, options);
        // One trajectory plus one trail per end joint (CMU: 5 end joints... and the thumbs).
        int ends = 0;
        for (int j = 0; j < mClip.jointCount(); ++j)
            ends += mClip.skeleton().children(j).empty() ? 1 : 0;
        QCOMPARE(int(withLines.lines.size()), 1 + ends);
        QVERIFY(withLines.lines.front().points.size() > 100);
        for (const glm::vec3 &p : withLines.lines.front().points)
            QVERIFY(std::abs(p.y - 0.004f) < 1e-6f); // on the ground

        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        Camera camera;
        camera.setPreset(Camera::Preset::Perspective);
        camera.frame(clipSceneBounds(views, ClipLayout::SideBySide));
        renderer.scene().setContent(plain);
        const QImage a = renderer.render(camera, kSize, 0);
        const int callsWithout = renderer.scene().lastFrameStats().drawCalls;
        renderer.scene().setContent(withLines);
        const QImage b = renderer.render(camera, kSize, 0);
        QCOMPARE(renderer.scene().lastFrameStats().drawCalls, callsWithout + 1);
        QVERIFY(a != b);
        QVERIFY(pixelsNear(b, QColor(220, 222, 227), b.rect()) >= pixelsNear(a, QColor(220, 222, 227), a.rect()));
    }

private:
    MotionClip mClip;
};

GM_TEST_MAIN_GL(TestSkeletonRender, QGuiApplication)
#include "test_skeletonrender.moc"

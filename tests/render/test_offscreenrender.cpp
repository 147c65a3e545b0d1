// Offscreen rendering of the scene (sky, ground grid, axes) through the same SceneRenderer the
// studio's view uses. Needs a display with OpenGL (Xvfb + Mesa llvmpipe on CI).

#include "common/gltest.h"
#include "render/offscreenrenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QSet>

#include <glm/glm.hpp>

using gm::render::Camera;
using gm::render::OffscreenRenderer;

namespace {

QPoint project(const Camera &camera, const QSize &size, const glm::vec3 &p)
{
    const float aspect = float(size.width()) / float(size.height());
    const glm::vec4 clip = camera.projectionMatrix(aspect) * camera.viewMatrix() * glm::vec4(p, 1.0f);
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {int((ndc.x * 0.5f + 0.5f) * size.width()), int((0.5f - ndc.y * 0.5f) * size.height())};
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Pixels in a small window around `p` whose red clearly dominates (the X axis is red).
int reddish(const QImage &image, const QPoint &p, int radius = 2)
{
    int n = 0;
    for (int y = p.y() - radius; y <= p.y() + radius; ++y)
        for (int x = p.x() - radius; x <= p.x() + radius; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            n += (c.red() > c.green() + 60 && c.red() > c.blue() + 60) ? 1 : 0;
        }
    return n;
}

} // namespace

class TestOffscreenRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersSkyGroundAndAxes()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        Camera camera;
        camera.setPreset(Camera::Preset::Perspective);
        const QSize size(320, 240);
        const QImage image = renderer.render(camera, size, 0);
        QVERIFY2(!image.isNull(), qPrintable(renderer.errorString()));
        QCOMPARE(image.size(), size);
        QVERIFY2(distinctColours(image) > 50, "the image is (nearly) blank");

        // Rows run top-down: the top is sky (clearly blue), the bottom is the grey ground.
        const QColor sky = image.pixelColor(size.width() / 2, 1);
        QVERIFY2(sky.blue() - sky.red() > 30, qPrintable(sky.name()));
        const QColor ground = image.pixelColor(size.width() / 2, size.height() - 2);
        QVERIFY2(std::abs(ground.blue() - ground.red()) < 30, qPrintable(ground.name()));
        // The X axis is red where it projects.
        const QPoint onXAxis = project(camera, size, {0.5f, 0.0f, 0.0f});
        QVERIFY2(reddish(image, onXAxis) > 0,
                 qPrintable(QStringLiteral("no red near %1,%2").arg(onXAxis.x()).arg(onXAxis.y())));
        // ... and not far away from it, e.g. at a point of the ground in front of the origin.
        QCOMPARE(reddish(image, project(camera, size, {0.5f, 0.0f, 1.0f})), 0);
    }

    void gridAndAxesCanBeHidden()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        Camera camera;
        const QSize size(200, 150);
        const QImage with = renderer.render(camera, size, 0);
        renderer.scene().options().showGrid = false;
        renderer.scene().options().showAxes = false;
        const QImage without = renderer.render(camera, size, 0);
        QVERIFY(with != without);
        QCOMPARE(reddish(without, project(camera, size, {0.5f, 0.0f, 0.0f})), 0);
    }

    // Same input, same pixels: exports and baselines rely on it.
    void renderingIsDeterministic()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        QVERIFY2(renderer.create(), qPrintable(renderer.errorString()));
        Camera camera;
        QCOMPARE(renderer.render(camera, QSize(160, 120)), renderer.render(camera, QSize(160, 120)));
    }

    void anySizeAndBadSizes()
    {
        GM_REQUIRE_GL();
        OffscreenRenderer renderer;
        Camera camera;
        QCOMPARE(renderer.render(camera, QSize(1, 1)).size(), QSize(1, 1));
        QCOMPARE(renderer.render(camera, QSize(1920, 1080)).size(), QSize(1920, 1080));
        QVERIFY(renderer.render(camera, QSize(0, 10)).isNull());
        QVERIFY(renderer.errorString().contains(QLatin1String("0x10")));
        QVERIFY(renderer.render(camera, QSize(100000, 10)).isNull());
    }
};

GM_TEST_MAIN_GL(TestOffscreenRender, QGuiApplication)
#include "test_offscreenrender.moc"

// The orbit camera: presets, orbit/pan/zoom limits and framing.

#include "render/camera.h"

#include <QTest>

#include <algorithm>

#include <glm/gtc/matrix_transform.hpp>

using gm::render::Bounds;
using gm::render::Camera;

namespace {

glm::vec3 toNdc(const Camera &camera, float aspect, const glm::vec3 &p)
{
    const glm::vec4 clip = camera.projectionMatrix(aspect) * camera.viewMatrix() * glm::vec4(p, 1.0f);
    return glm::vec3(clip) / clip.w;
}

bool near(const glm::vec3 &a, const glm::vec3 &b, float eps = 1e-4f)
{
    return glm::length(a - b) < eps;
}

} // namespace

class TestCamera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<float>("dx");
        QTest::addColumn<float>("dz");
        // Direction from the target to the eye, in the ground plane.
        QTest::newRow("front") << int(Camera::Preset::Front) << 0.0f << 1.0f;
        QTest::newRow("back") << int(Camera::Preset::Back) << 0.0f << -1.0f;
        QTest::newRow("right") << int(Camera::Preset::Right) << 1.0f << 0.0f;
        QTest::newRow("left") << int(Camera::Preset::Left) << -1.0f << 0.0f;
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(float, dx);
        QFETCH(float, dz);
        Camera camera;
        camera.setPreset(Camera::Preset(preset));
        const glm::vec3 toEye = camera.eye() - camera.target();
        const glm::vec3 flat = glm::normalize(glm::vec3(toEye.x, 0.0f, toEye.z));
        QVERIFY2(near(flat, {dx, 0.0f, dz}), qPrintable(QStringLiteral("%1 %2").arg(flat.x).arg(flat.z)));
        QVERIFY(toEye.y > 0.0f); // slightly above
    }

    void topLooksDown()
    {
        Camera camera;
        camera.setPreset(Camera::Preset::Top);
        QVERIFY(camera.forward().y < -0.99f);
    }

    void targetProjectsToCentre()
    {
        Camera camera;
        camera.setTarget({1.0f, 2.0f, -3.0f});
        camera.orbit(47.0f, 12.0f);
        QVERIFY(near(toNdc(camera, 1.5f, camera.target()), {0.0f, 0.0f, toNdc(camera, 1.5f, camera.target()).z}));
        QCOMPARE(glm::length(camera.eye() - camera.target()), camera.distance());
    }

    void pitchAndDistanceAreClamped()
    {
        Camera camera;
        camera.orbit(0.0f, 500.0f);
        QCOMPARE(camera.pitchDegrees(), Camera::kMaxPitch);
        camera.orbit(0.0f, -1000.0f);
        QCOMPARE(camera.pitchDegrees(), -Camera::kMaxPitch);
        camera.dolly(1e-9f);
        QCOMPARE(camera.distance(), Camera::kMinDistance);
        camera.dolly(1e12f);
        QCOMPARE(camera.distance(), Camera::kMaxDistance);
        const float before = camera.distance();
        camera.dolly(-2.0f); // ignored
        QCOMPARE(camera.distance(), before);
    }

    // Panning by a full viewport height moves the target by what one viewport height spans at its
    // depth, so a point under the cursor stays under the cursor.
    void panFollowsTheCursor()
    {
        Camera camera;
        camera.setPreset(Camera::Preset::Front);
        const glm::vec3 world{0.0f, 0.9f, 0.0f};
        camera.setTarget(world);
        camera.pan(0.25f, 0.0f); // drag right by a quarter of the height
        const glm::vec3 ndc = toNdc(camera, 1.0f, world);
        // The point moved right on screen by a quarter of the height = 0.5 NDC units.
        QVERIFY2(std::abs(ndc.x - 0.5f) < 1e-3f, qPrintable(QString::number(ndc.x)));
        QVERIFY(std::abs(ndc.y) < 1e-3f);
    }

    void frameShowsTheWholeBox()
    {
        Camera camera;
        camera.setPreset(Camera::Preset::Perspective);
        const Bounds box{{-3.0f, 0.0f, -1.0f}, {5.0f, 1.8f, 2.0f}};
        for (float aspect : {1.0f, 16.0f / 9.0f, 0.5f}) {
            camera.frame(box, aspect);
            QVERIFY(near(camera.target(), box.center()));
            float extent = 0.0f;
            for (int i = 0; i < 8; ++i) {
                const glm::vec3 corner{(i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                                       (i & 4) ? box.max.z : box.min.z};
                const glm::vec3 ndc = toNdc(camera, aspect, corner);
                QVERIFY2(std::abs(ndc.x) <= 1.0f && std::abs(ndc.y) <= 1.0f && ndc.z < 1.0f,
                         qPrintable(QStringLiteral("corner %1 at %2,%3").arg(i).arg(ndc.x).arg(ndc.y)));
                extent = std::max({extent, std::abs(ndc.x), std::abs(ndc.y)});
            }
            // Tight: the box fills the view up to the 10 % margin.
            QVERIFY2(extent > 0.85f, qPrintable(QString::number(extent)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCamera)
#include "test_camera.moc"

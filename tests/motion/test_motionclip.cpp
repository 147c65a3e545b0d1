// Skeleton, rotation orders, forward kinematics, time mapping, trimming and resampling.

#include "motion/motionclip.h"
#include "motion/units.h"

#include <QTest>

#include <glm/gtc/quaternion.hpp>

#include <cmath>

using namespace gm::motion;

namespace {

bool near(const glm::vec3 &a, const glm::vec3 &b, float eps = 1e-5f)
{
    return glm::length(a - b) < eps;
}

// A three-joint chain along +Y whose middle joint bends about Z by `degrees` per frame index.
MotionClip bendingChain(int frames, double fps)
{
    Skeleton skeleton({{"root", -1, {}}, {"mid", 0, {0, 1, 0}}, {"tip", 1, {0, 1, 0}}});
    std::vector<glm::quat> rotations;
    std::vector<glm::vec3> translations;
    for (int f = 0; f < frames; ++f) {
        rotations.push_back(glm::quat(1, 0, 0, 0));
        rotations.push_back(glm::angleAxis(glm::radians(10.0f * float(f)), glm::vec3(0, 0, 1)));
        rotations.push_back(glm::quat(1, 0, 0, 0));
        translations.push_back({float(f), 0, 0});
    }
    return MotionClip::fromRotations(skeleton, fps, rotations, {0}, translations);
}

} // namespace

class TestMotionClip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eulerRoundTrip_data()
    {
        QTest::addColumn<int>("order");
        for (int o = 0; o < 6; ++o)
            QTest::newRow(toString(RotationOrder(o))) << o;
    }

    void eulerRoundTrip()
    {
        QFETCH(int, order);
        const RotationOrder ro = RotationOrder(order);
        const glm::vec3 angles{25.0f, -40.0f, 70.0f};
        const glm::quat q = eulerToQuat(ro, angles);
        QVERIFY(near(quatToEuler(ro, q), angles, 1e-3f));
        // The product is in channel order: R = R(axis0) · R(axis1) · R(axis2).
        const char *axes = toString(ro);
        auto axis = [](char c) {
            return c == 'X' ? glm::vec3(1, 0, 0) : c == 'Y' ? glm::vec3(0, 1, 0) : glm::vec3(0, 0, 1);
        };
        const glm::quat expected = glm::angleAxis(glm::radians(angles[0]), axis(axes[0]))
                                   * glm::angleAxis(glm::radians(angles[1]), axis(axes[1]))
                                   * glm::angleAxis(glm::radians(angles[2]), axis(axes[2]));
        QVERIFY(std::abs(std::abs(glm::dot(q, expected)) - 1.0f) < 1e-6f);
    }

    void skeletonValidation()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Skeleton(std::vector<Joint>{}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Skeleton({{"a", -1, {}}, {"a", 0, {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Skeleton({{"a", 1, {}}, {"b", 0, {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Skeleton({{"", -1, {}}}));
        const Skeleton s({{"a", -1, {}}, {"b", 0, {}}, {"c", 0, {}}, {"d", 1, {}}});
        QCOMPARE(s.indexOf("c"), 2);
        QCOMPARE(s.indexOf("zz"), -1);
        QCOMPARE(s.children(0), (std::vector<int>{1, 2}));
        QCOMPARE(s.names(), (std::vector<std::string>{"a", "b", "c", "d"}));
    }

    void forwardKinematics()
    {
        const MotionClip clip = bendingChain(10, 30.0);
        QCOMPARE(clip.frameCount(), 10);
        QVERIFY(near(clip.globalPosition(0, 2), {0, 2, 0}));
        // Frame 9: the middle joint is turned 90° about Z, so the tip points along -X.
        QVERIFY(near(clip.globalPosition(9, 1), {9, 1, 0}));
        QVERIFY(near(clip.globalPosition(9, 2), {8, 1, 0}));
        const glm::quat g = clip.globalOrientation(9, 2);
        QVERIFY(near(g * glm::vec3(0, 1, 0), {-1, 0, 0}));
        QVERIFY(clip.hasRotations());
        const MotionBounds b = clip.bounds();
        QVERIFY(near(b.min, {0, 0, 0}));
        QVERIFY(near(b.max, {9, 2, 0}));
    }

    void inconsistentSizesAreRejected()
    {
        const Skeleton s({{"a", -1, {}}, {"b", 0, {}}});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 MotionClip::fromRotations(s, 30, {glm::quat(1, 0, 0, 0)}, {}, {}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            MotionClip::fromRotations(s, 30, {glm::quat(1, 0, 0, 0), glm::quat(1, 0, 0, 0)}, {0}, {}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            MotionClip::fromRotations(s, 0, {glm::quat(1, 0, 0, 0), glm::quat(1, 0, 0, 0)}, {}, {}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            MotionClip::fromRotations(s, 30, {glm::quat(1, 0, 0, 0), glm::quat(1, 0, 0, 0)}, {5}, {{}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MotionClip::fromPositions(s, 30, {{0, 0, 0}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MotionClip::fromPositions(s, NAN, {}));
    }

    void timeMapping()
    {
        const MotionClip clip = bendingChain(120, 120.0);
        QCOMPARE(clip.duration(), 1.0);
        QCOMPARE(clip.frameTime(60), 0.5);
        for (int f = 0; f < 120; ++f)
            QCOMPARE(clip.frameAt(clip.frameTime(f)), f);
        QCOMPARE(clip.frameAt(0.5 + 0.5 / 120.0), 60); // mid-frame shows the frame that started
        QCOMPARE(clip.frameAt(-3.0), 0);
        QCOMPARE(clip.frameAt(99.0), 119);
    }

    void trimming()
    {
        const MotionClip clip = bendingChain(10, 30.0);
        const MotionClip part = clip.trimmed(3, 5);
        QCOMPARE(part.frameCount(), 3);
        for (int f = 0; f < 3; ++f)
            for (int j = 0; j < 3; ++j)
                QVERIFY(near(part.globalPosition(f, j), clip.globalPosition(f + 3, j)));
        QCOMPARE(part.translatedJoints(), clip.translatedJoints());

        // Captions follow the cut (frames 3..5 at 30 fps span 0.1 s to 0.2 s).
        MotionClip captioned = clip;
        captioned.info.captions = {{"whole", "", 0.0, 0.0},
                                   {"before", "", 0.0, 0.05},
                                   {"across the start", "", 0.05, 0.15},
                                   {"inside", "", 0.12, 0.18},
                                   {"after", "", 0.25, 0.3}};
        const MotionClip cut = captioned.trimmed(3, 5);
        QCOMPARE(cut.info.captions.size(), std::size_t(3));
        QCOMPARE(cut.info.captions[0].text, std::string("whole"));
        QCOMPARE(cut.info.captions[0].endSeconds, 0.0);
        QCOMPARE(cut.info.captions[1].text, std::string("across the start"));
        QVERIFY(std::abs(cut.info.captions[1].startSeconds) < 1e-12);
        QVERIFY(std::abs(cut.info.captions[1].endSeconds - 0.05) < 1e-12);
        QCOMPARE(cut.info.captions[2].text, std::string("inside"));
        QVERIFY(std::abs(cut.info.captions[2].startSeconds - 0.02) < 1e-12);
        QVERIFY(std::abs(cut.info.captions[2].endSeconds - 0.08) < 1e-12);

        QVERIFY_THROWS_EXCEPTION(std::out_of_range, clip.trimmed(5, 3));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, clip.trimmed(0, 10));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, clip.trimmed(-1, 2));
    }

    void resamplingSlerpsAndLerps()
    {
        const MotionClip clip = bendingChain(10, 30.0); // 0..90° over frames 0..9
        const MotionClip up = clip.resampled(60.0);
        QCOMPARE(up.frameCount(), 19); // the same 0.3 s span
        QCOMPARE(up.fps(), 60.0);
        // Half-way between frames 4 and 5: 45°, root at x = 4.5.
        QVERIFY(near(up.localTranslation(9, 0), {4.5f, 0, 0}));
        const glm::quat expected = glm::angleAxis(glm::radians(45.0f), glm::vec3(0, 0, 1));
        QVERIFY(std::abs(std::abs(glm::dot(up.localRotation(9, 1), expected)) - 1.0f) < 1e-6f);
        // Frames that coincide are copied exactly.
        for (int f = 0; f < 10; ++f)
            QVERIFY(near(up.globalPosition(2 * f, 2), clip.globalPosition(f, 2)));

        const MotionClip down = clip.resampled(20.0);
        QCOMPARE(down.frameCount(), 7); // t = 0, 0.05, ..., 0.3
        QVERIFY(near(down.localTranslation(1, 0), {1.5f, 0, 0}));

        // A 120 fps take to HumanML3D's 20 fps.
        const MotionClip take = bendingChain(2752, 120.0);
        QCOMPARE(take.resampled(20.0).frameCount(), 459);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, clip.resampled(0.0));
    }

    void positionsOnlyClips()
    {
        const Skeleton s({{"a", -1, {}}, {"b", 0, {}}});
        const MotionClip clip = MotionClip::fromPositions(s, 10.0, {{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 0}});
        QVERIFY(clip.isPositionsOnly());
        QVERIFY(!clip.hasRotations());
        QCOMPARE(clip.frameCount(), 2);
        QVERIFY(near(clip.globalPosition(1, 1), {1, 1, 0}));
        const MotionClip r = clip.resampled(20.0);
        QCOMPARE(r.frameCount(), 3);
        QVERIFY(near(r.globalPosition(1, 1), {0.5f, 1, 0}));
        QVERIFY(near(clip.trimmed(1, 1).globalPosition(0, 0), {1, 0, 0}));
    }

    void unitGuesses_data()
    {
        QTest::addColumn<double>("height");
        QTest::addColumn<QString>("unit");
        QTest::newRow("metres") << 1.6 << "m";
        QTest::newRow("centimetres") << 165.0 << "cm";
        QTest::newRow("millimetres") << 1700.0 << "mm";
        QTest::newRow("inches") << 63.0 << "in";
        QTest::newRow("CMU units") << 28.0 << "CMU";
        QTest::newRow("child in metres") << 1.1 << "m";
    }

    void unitGuesses()
    {
        QFETCH(double, height);
        QFETCH(QString, unit);
        QCOMPARE(QString::fromLatin1(guessLengthUnit(height).name), unit);
    }

    void upAxisDetection()
    {
        const Skeleton s({{"root", -1, {}}, {"pelvis", 0, {}}, {"head", 1, {}}, {"foot", 1, {}}});
        const MotionClip yUp
            = MotionClip::fromPositions(s, 10.0, {{5, 0, 5}, {0, 1, 0}, {0, 1.7f, 0.1f}, {0.1f, 0, 0.2f}});
        const MotionClip zUp
            = MotionClip::fromPositions(s, 10.0, {{5, 5, 0}, {0, 0, 1}, {0, 0.1f, 1.7f}, {0.1f, 0.2f, 0}});
        QCOMPARE(measureFigure(yUp).upAxis, UpAxis::Y);
        QCOMPARE(measureFigure(zUp).upAxis, UpAxis::Z);
        QVERIFY(std::abs(measureFigure(zUp).height - 1.7) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestMotionClip)
#include "test_motionclip.moc"

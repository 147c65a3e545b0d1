// Retargeting any rig to the 22-joint t2m skeleton: name maps, interpolated spine, units, up axis
// and frame rate, on every BVH in the shared data.

#include "common/gmtest.h"
#include "io/bvhreader.h"
#include "motion/retarget.h"
#include "motion/t2m.h"

#include <QTest>

using namespace gm::motion;
using namespace gm::motion::t2m;

namespace {

MotionClip readBvh(const QString &relative)
{
    return BvhReader().read(gm::test::dataPath(relative).toStdString());
}

std::string mappedName(const Skeleton &s, const T2mMapping &m, int joint)
{
    const int j = m.source[std::size_t(joint)];
    return j < 0 ? std::string("(interpolated)") : s.joint(j).name;
}

} // namespace

class TestRetarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameNormalisation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("mixamo") << "mixamorig:LeftUpLeg"
                                << "leftupleg";
        QTest::newRow("bandai") << "UpperLeg_L"
                                << "upperlegl";
        QTest::newRow("smpl") << "left_shoulder"
                              << "leftshoulder";
        QTest::newRow("3ds max biped") << "Bip01 L Thigh"
                                       << "lthigh";
        QTest::newRow("namespace") << "actor1:Hips"
                                   << "hips";
    }

    void nameNormalisation()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalised);
        QCOMPARE(QString::fromStdString(normalizeJointName(name.toStdString())), normalised);
    }

    // Which source joint each t2m joint comes from, per rig.
    void mappings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // t2m joint=source joint
        QTest::newRow("CMU") << "bvh/cmu/01_01.bvh"
                             << QStringList{"pelvis=Hips",
                                            "left_hip=LeftUpLeg",
                                            "right_knee=RightLeg",
                                            "left_ankle=LeftFoot",
                                            "left_foot=LeftToeBase",
                                            "neck=Neck",
                                            "head=Head",
                                            "left_collar=LeftShoulder",
                                            "left_shoulder=LeftArm",
                                            "left_elbow=LeftForeArm",
                                            "right_wrist=RightHand",
                                            "spine2=(interpolated)"};
        QTest::newRow("Mixamo") << "bvh/misc/test_freebvh.bvh"
                                << QStringList{"pelvis=mixamorig:Hips", "left_collar=mixamorig:LeftShoulder",
                                               "left_shoulder=mixamorig:LeftArm", "right_foot=mixamorig:RightToeBase",
                                               "neck=mixamorig:Neck"};
        QTest::newRow("Bandai Namco")
            << "bvh/bandai-namco-nc/dataset-2_walk_normal_001.bvh"
            << QStringList{
                   "pelvis=Hips",      "left_hip=UpperLeg_L",    "left_knee=LowerLeg_L",     "left_ankle=Foot_L",
                   "left_foot=Toes_L", "left_collar=Shoulder_L", "left_shoulder=UpperArm_L", "right_wrist=Hand_R"};
        QTest::newRow("Meredith, no neck")
            << "bvh/misc/AV_8Walk_Meredith_HVHA_Rep1.bvh"
            << QStringList{"neck=(interpolated)", "head=Head", "left_collar=LeftShoulder"};
    }

    void mappings()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QString path = gm::test::dataPath(file);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(file)));
        const MotionClip clip = BvhReader().read(path.toStdString());
        const T2mMapping m = mapToT2m(clip.skeleton());
        for (const QString &pair : expected) {
            const std::string joint = pair.section(QLatin1Char('='), 0, 0).toStdString();
            const int index = int(std::find(kJointNames.begin(), kJointNames.end(), joint) - kJointNames.begin());
            QVERIFY(index < kJointCount);
            QCOMPARE(QString::fromStdString(mappedName(clip.skeleton(), m, index)), pair.section(QLatin1Char('='), 1));
        }
    }

    // Every retargetable BVH gives a 20 fps, 22-joint, metre-scale, Y-up figure whose left side is
    // on its left: with forward = (left hip − right hip) × up, the toes are ahead of the ankles.
    void everyRigRetargets_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"bvh/cmu/01_01.bvh", "bvh/cmu/131_03.bvh", "bvh/misc/test_freebvh.bvh",
              "bvh/misc/AV_8Walk_Meredith_HVHA_Rep1.bvh", "bvh/bandai-namco-nc/dataset-1_kick_normal_001.bvh",
              "bvh/bandai-namco-nc/dataset-2_wave-right-hand_normal_001.bvh"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyRigRetargets()
    {
        QFETCH(QString, file);
        const QString path = gm::test::dataPath(file);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(file)));
        const MotionClip source = BvhReader().read(path.toStdString());
        const MotionClip clip = retargetToT2m(source);
        QCOMPARE(clip.jointCount(), kJointCount);
        QCOMPARE(clip.fps(), 20.0);
        QCOMPARE(clip.frameCount(), int(std::floor((source.frameCount() - 1) / source.fps() * 20.0 + 1e-6)) + 1);
        QCOMPARE(clip.skeleton().joint(LeftWrist).name, std::string("left_wrist"));
        QCOMPARE(clip.info.metresPerUnit, 1.0);
        int toesAhead = 0;
        for (int f = 0; f < clip.frameCount(); ++f) {
            auto p = [&](int j) { return clip.globalPosition(f, j); };
            const float height = p(Head).y - std::min(p(LeftFoot).y, p(RightFoot).y);
            if (f == 0)
                QVERIFY2(height > 1.0f && height < 2.2f, qPrintable(QString::number(height)));
            const glm::vec3 forward = glm::cross(p(LeftHip) - p(RightHip), glm::vec3(0, 1, 0));
            toesAhead += glm::dot(p(LeftFoot) - p(LeftAnkle), forward) > 0 ? 1 : 0;
            toesAhead += glm::dot(p(RightFoot) - p(RightAnkle), forward) > 0 ? 1 : 0;
            // Interpolated joints lie between their neighbours.
            QVERIFY(p(Spine1).y > p(Pelvis).y - 0.2f && p(Spine3).y < p(Head).y);
        }
        QVERIFY2(toesAhead > clip.frameCount() * 2 * 9 / 10, qPrintable(QString::number(toesAhead)));
    }

    // A Z-up copy of a take retargets to the same figure as the Y-up original.
    void zUpSourcesAreRotated()
    {
        const MotionClip source = readBvh(QStringLiteral("bvh/cmu/131_03.bvh"));
        std::vector<glm::vec3> zUp;
        for (const glm::vec3 &p : source.globalPositions())
            zUp.push_back({p.x, -p.z, p.y}); // (x, y, z)_Y-up → Z-up
        MotionClip rotated = MotionClip::fromPositions(source.skeleton(), source.fps(), zUp);
        rotated.info.metresPerUnit = source.info.metresPerUnit;
        rotated.info.upAxis = UpAxis::Z;
        const MotionClip a = retargetToT2m(source);
        const MotionClip b = retargetToT2m(rotated);
        QCOMPARE(a.frameCount(), b.frameCount());
        for (std::size_t i = 0; i < a.globalPositions().size(); ++i)
            QVERIFY(glm::length(a.globalPositions()[i] - b.globalPositions()[i]) < 1e-5f);
    }

    // A clip already on the t2m skeleton maps onto itself, joint for joint.
    void t2mSkeletonIsIdentity()
    {
        const Skeleton s = t2m::skeleton();
        const T2mMapping m = mapToT2m(s);
        for (int j = 0; j < kJointCount; ++j)
            QCOMPARE(m.source[std::size_t(j)], j);
        QVERIFY(m.notes.empty());
        std::vector<glm::vec3> positions;
        for (int f = 0; f < 3; ++f)
            for (int j = 0; j < kJointCount; ++j)
                positions.push_back(glm::vec3(0.1f * f, 0.0f, 0.0f) + glm::vec3(j * 0.01f, j * 0.07f, 0.0f));
        const MotionClip clip = MotionClip::fromPositions(s, 20.0, positions);
        const MotionClip again = retargetToT2m(clip);
        QCOMPARE(again.globalPositions(), clip.globalPositions());
    }

    void unmappableSkeletonsNameTheMissingJoints()
    {
        GM_REQUIRE_DATA(path, "bvh/misc/test_mocapbank.bvh");
        const MotionClip clip = BvhReader().read(path.toStdString()); // no toe joints
        try {
            retargetToT2m(clip);
            QFAIL("no error");
        } catch (const RetargetError &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(QLatin1String("no joint found for left_foot, right_foot")), qPrintable(message));
            QVERIFY(message.contains(QLatin1String("LeftAnkle")));
        }
        const Skeleton tiny({{"a", -1, {}}, {"b", 0, {}}});
        QVERIFY_THROWS_EXCEPTION(RetargetError, mapToT2m(tiny));
    }
};

QTEST_GUILESS_MAIN(TestRetarget)
#include "test_retarget.moc"

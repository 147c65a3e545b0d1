// Retargeting any rig to the 22-joint t2m skeleton: name maps, interpolated spine, units, up axis
// and frame rate, on every BVH in the shared data.

#include "common/gmtest.h"
#include "io/amassreader.h"
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

/// A skeleton from "name<parent" entries (parent by name; a bare name is a root), parents first.
/// Offsets are made up: only names and the tree matter for the mapping.
Skeleton rig(const QStringList &entries)
{
    std::vector<Joint> joints;
    for (const QString &e : entries) {
        Joint j;
        j.name = e.section(QLatin1Char('<'), 0, 0).toStdString();
        const std::string parent = e.section(QLatin1Char('<'), 1, 1).toStdString();
        for (std::size_t i = 0; i < joints.size(); ++i)
            if (joints[i].name == parent)
                j.parent = int(i);
        j.offset = glm::vec3(0.0f, 1.0f, 0.0f);
        joints.push_back(j);
    }
    return Skeleton(joints);
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

    void bodySides_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("side"); // 0 centre, 1 left, 2 right
        const std::pair<const char *, int> rows[] = {{"LeftUpLeg", 1},    {"mixamorig:RightHand", 2},
                                                     {"left_wrist", 1},   {"LHipJoint", 1},
                                                     {"RFingers", 2},     {"UpperLeg_L", 1},
                                                     {"Hand_R", 2},       {"Bip01 L Thigh", 1},
                                                     {"m_avg_R_Knee", 2}, {"LS", 1},
                                                     {"RE", 2},           {"Hips", 0},
                                                     {"LowerBack", 0},    {"Spine1", 0},
                                                     {"BLN", 0},          {"head", 0},
                                                     {"joint_Root", 0},   {"Neck", 0},
                                                     {"RightToe_End", 2}};
        for (const auto &[name, side] : rows)
            QTest::newRow(name) << QString::fromLatin1(name) << side;
    }

    void bodySides()
    {
        QFETCH(QString, name);
        QFETCH(int, side);
        QCOMPARE(int(bodySide(name.toStdString())), side);
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

    // Rigs not in the shared data, by their joint names: which source joint each t2m joint gets.
    void namedRigs_data()
    {
        QTest::addColumn<QStringList>("joints");
        QTest::addColumn<QStringList>("expected");
        // KIT-ML's MMM skeleton (HumanML3D's KIT joints).
        QStringList kitJoints;
        for (int j = 0; j < kit::kJointCount; ++j) {
            const int p = kit::kParents[std::size_t(j)];
            kitJoints << QString::fromLatin1(kit::kJointNames[std::size_t(j)])
                             + (p < 0 ? QString() : QLatin1Char('<') + QLatin1String(kit::kJointNames[std::size_t(p)]));
        }
        QTest::newRow("KIT") << kitJoints
                             << QStringList{"pelvis=BP",
                                            "left_hip=LH",
                                            "left_knee=LK",
                                            "left_ankle=LA",
                                            "left_foot=LM",
                                            "right_foot=RM",
                                            "neck=BLN",
                                            "head=head",
                                            "left_shoulder=LS",
                                            "left_elbow=LE",
                                            "left_wrist=LW",
                                            "left_collar=(interpolated)",
                                            "spine2=(interpolated)"};
        // LAFAN1 (Ubisoft La Forge) BVH names.
        QTest::newRow("LAFAN") << QStringList{"Hips",
                                              "LeftUpLeg<Hips",
                                              "LeftLeg<LeftUpLeg",
                                              "LeftFoot<LeftLeg",
                                              "LeftToe<LeftFoot",
                                              "RightUpLeg<Hips",
                                              "RightLeg<RightUpLeg",
                                              "RightFoot<RightLeg",
                                              "RightToe<RightFoot",
                                              "Spine<Hips",
                                              "Spine1<Spine",
                                              "Spine2<Spine1",
                                              "Neck<Spine2",
                                              "Head<Neck",
                                              "LeftShoulder<Spine2",
                                              "LeftArm<LeftShoulder",
                                              "LeftForeArm<LeftArm",
                                              "LeftHand<LeftForeArm",
                                              "RightShoulder<Spine2",
                                              "RightArm<RightShoulder",
                                              "RightForeArm<RightArm",
                                              "RightHand<RightForeArm"}
                               << QStringList{"left_foot=LeftToe",        "left_ankle=LeftFoot",
                                              "left_collar=LeftShoulder", "left_shoulder=LeftArm",
                                              "right_wrist=RightHand",    "neck=Neck",
                                              "spine1=(interpolated)"};
        // The official SMPL-H FBX rig: "m_avg_" prefixes, a hand joint beyond each wrist.
        QStringList smplh;
        for (int j = 0; j < kJointCount; ++j) {
            static const char *const names[kJointCount]
                = {"Pelvis",     "L_Hip",      "R_Hip",   "Spine1",  "L_Knee",  "R_Knee",   "Spine2",   "L_Ankle",
                   "R_Ankle",    "Spine3",     "L_Foot",  "R_Foot",  "Neck",    "L_Collar", "R_Collar", "Head",
                   "L_Shoulder", "R_Shoulder", "L_Elbow", "R_Elbow", "L_Wrist", "R_Wrist"};
            const int p = kParents[std::size_t(j)];
            smplh << QLatin1String("m_avg_") + QLatin1String(names[j])
                         + (p < 0 ? QString() : QLatin1String("<m_avg_") + QLatin1String(names[p]));
        }
        smplh << QStringLiteral("m_avg_L_Hand<m_avg_L_Wrist") << QStringLiteral("m_avg_R_Hand<m_avg_R_Wrist");
        QTest::newRow("SMPL-H FBX") << smplh << QStringList{"pelvis=m_avg_Pelvis",
                                                            "left_hip=m_avg_L_Hip",
                                                            "left_foot=m_avg_L_Foot",
                                                            "left_ankle=m_avg_L_Ankle",
                                                            "spine3=m_avg_Spine3",
                                                            "left_collar=m_avg_L_Collar",
                                                            "left_shoulder=m_avg_L_Shoulder",
                                                            "left_wrist=m_avg_L_Wrist",
                                                            "right_wrist=m_avg_R_Wrist"};
        // 3ds Max Biped.
        QTest::newRow("3ds Max Biped")
            << QStringList{"Bip01",
                           "Bip01 Pelvis<Bip01",
                           "Bip01 Spine<Bip01 Pelvis",
                           "Bip01 Neck<Bip01 Spine",
                           "Bip01 Head<Bip01 Neck",
                           "Bip01 L Clavicle<Bip01 Neck",
                           "Bip01 L UpperArm<Bip01 L Clavicle",
                           "Bip01 L Forearm<Bip01 L UpperArm",
                           "Bip01 L Hand<Bip01 L Forearm",
                           "Bip01 R Clavicle<Bip01 Neck",
                           "Bip01 R UpperArm<Bip01 R Clavicle",
                           "Bip01 R Forearm<Bip01 R UpperArm",
                           "Bip01 R Hand<Bip01 R Forearm",
                           "Bip01 L Thigh<Bip01 Pelvis",
                           "Bip01 L Calf<Bip01 L Thigh",
                           "Bip01 L Foot<Bip01 L Calf",
                           "Bip01 L Toe0<Bip01 L Foot",
                           "Bip01 R Thigh<Bip01 Pelvis",
                           "Bip01 R Calf<Bip01 R Thigh",
                           "Bip01 R Foot<Bip01 R Calf",
                           "Bip01 R Toe0<Bip01 R Foot"}
            << QStringList{"pelvis=Bip01 Pelvis",          "left_hip=Bip01 L Thigh",         "left_knee=Bip01 L Calf",
                           "left_collar=Bip01 L Clavicle", "left_shoulder=Bip01 L UpperArm", "left_wrist=Bip01 L Hand"};
    }

    void namedRigs()
    {
        QFETCH(QStringList, joints);
        QFETCH(QStringList, expected);
        const Skeleton s = rig(joints);
        const T2mMapping m = mapToT2m(s);
        for (const QString &pair : expected) {
            const std::string joint = pair.section(QLatin1Char('='), 0, 0).toStdString();
            const int index = int(std::find(kJointNames.begin(), kJointNames.end(), joint) - kJointNames.begin());
            QVERIFY2(index < kJointCount, joint.c_str());
            QCOMPARE(QString::fromStdString(mappedName(s, m, index)), pair.section(QLatin1Char('='), 1));
        }
    }

    // An AMASS take (Z up, metres) retargets as HumanML3D converts AMASS: (x, y, z) → (−x, z, y).
    void amassTakesFollowHumanMl3d()
    {
        const MotionClip source = AmassReader().read(GM_FIXTURES_DIR "/amass_smplh.npz");
        QCOMPARE(source.info.upAxis, UpAxis::Z);
        const MotionClip clip = retargetToT2m(source, source.fps());
        QCOMPARE(clip.frameCount(), source.frameCount());
        for (int f = 0; f < clip.frameCount(); ++f)
            for (int j = 0; j < kJointCount; ++j) {
                const glm::vec3 p = source.globalPosition(f, j);
                QVERIFY(glm::length(clip.globalPosition(f, j) - glm::vec3(-p.x, p.z, p.y)) < 1e-6f);
            }
        // Real AMASS takes turn the body upright in the Z-up world with the root orientation
        // (about +90° about X); retargeted, such a body stands along +Y.
        std::map<std::string, NpyArray> arrays;
        std::vector<double> poses(2 * 156, 0.0);
        poses[0] = poses[156] = 1.5707963267948966;
        arrays["poses"] = NpyArray::fromFloat64({2, 156}, poses);
        arrays["trans"] = NpyArray::fromFloat64({2, 3}, std::vector<double>(6, 0.0));
        arrays["mocap_framerate"] = NpyArray::fromFloat64({}, {60.0});
        const MotionClip standing = retargetToT2m(AmassReader::fromArrays(arrays, "standing.npz"), 60.0);
        const float height = standing.globalPosition(0, Head).y - standing.globalPosition(0, LeftFoot).y;
        QVERIFY2(height > 1.2f && height < 2.0f, qPrintable(QString::number(height)));
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
            zUp.push_back({-p.x, p.z, p.y}); // the inverse of HumanML3D's Z-up → Y-up (−x, z, y)
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

// The AMASS / SMPL-H .npz reader on synthetic AMASS-layout fixtures (tests/data/make_fixtures.py):
// skeleton, rest pose, root motion, joint rotations, body models, layouts and broken input.

#include "common/gmtest.h"
#include "io/amassreader.h"
#include "io/fileutil.h"
#include "io/npy.h"
#include "motion/t2m.h"

#include <QTemporaryDir>

#include <glm/gtc/constants.hpp>

#include <cmath>
#include <functional>

using namespace gm::motion;

namespace {

std::string fixture(const char *name)
{
    return std::string(GM_FIXTURES_DIR "/") + name;
}

bool near(const glm::vec3 &a, const glm::vec3 &b, float eps = 1e-5f)
{
    return glm::length(a - b) < eps;
}

QByteArray text(const glm::vec3 &v)
{
    return QByteArray::number(v.x) + ", " + QByteArray::number(v.y) + ", " + QByteArray::number(v.z);
}

#define COMPARE_VEC(actual, expected, eps)                                                                             \
    QVERIFY2(near((actual), (expected), (eps)), "got " + text(actual) + ", expected " + text(expected))

// trans of amass_smplh.npz, frame f.
glm::vec3 smplhTrans(int f)
{
    return {0.1f * float(f), -0.05f * float(f), 0.9f + 0.01f * float(f)};
}

// A valid SMPL-H-layout archive: `frames` frames, every pose value `poseValue`, trans (f, 0, 1).
std::map<std::string, NpyArray> validArrays(std::size_t frames = 4, double poseValue = 0.0, std::size_t width = 156)
{
    std::vector<double> trans;
    for (std::size_t f = 0; f < frames; ++f)
        trans.insert(trans.end(), {double(f), 0.0, 1.0});
    std::map<std::string, NpyArray> arrays;
    arrays["poses"] = NpyArray::fromFloat64({frames, width}, std::vector<double>(frames * width, poseValue));
    arrays["trans"] = NpyArray::fromFloat64({frames, 3}, trans);
    arrays["mocap_framerate"] = NpyArray::fromFloat64({}, {120.0});
    arrays["betas"] = NpyArray::fromFloat64({16}, std::vector<double>(16, 0.1));
    arrays["gender"] = NpyArray::fromBytes("male");
    return arrays;
}

QString errorOf(const std::function<void()> &read)
{
    try {
        read();
    } catch (const MotionFileError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestAmassReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity()
    {
        const AmassReader reader;
        QCOMPARE(reader.name(), std::string("AMASS"));
        QCOMPARE(reader.description(), std::string("AMASS / SMPL-H motion"));
        QCOMPARE(reader.extensions(), std::vector<std::string>{"npz"});
        QVERIFY(reader.canRead(readFileHead(fixture("amass_smplh.npz"))));
        QVERIFY(reader.canRead(readFileHead(fixture("amass_smplx.npz"))));
        QVERIFY(reader.canRead(std::string("PK\x03\x04", 4)));
        std::string docx("PK\x03\x04", 4);
        docx += std::string(22, '\0');
        docx += std::string("\x13\x00\x00\x00", 4) + "[Content_Types].xml";
        QVERIFY(!reader.canRead(docx));
        QVERIFY(!reader.canRead(readFileHead(gm::test::dataPath(QStringLiteral("humanml3d/Mean.npy")).toStdString())));
        QVERIFY(!reader.canRead("HIERARCHY\nROOT Hips\n"));
        QVERIFY(!reader.canRead(""));
    }

    void skeletonAndMetadata()
    {
        const std::string path = fixture("amass_smplh.npz");
        const MotionClip clip = AmassReader().read(path);
        const std::vector<std::string> names
            = {"pelvis",     "left_hip",    "right_hip",    "spine1",     "left_knee",     "right_knee",
               "spine2",     "left_ankle",  "right_ankle",  "spine3",     "left_foot",     "right_foot",
               "neck",       "left_collar", "right_collar", "head",       "left_shoulder", "right_shoulder",
               "left_elbow", "right_elbow", "left_wrist",   "right_wrist"};
        const std::vector<int> parents = {-1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 12, 13, 14, 16, 17, 18, 19};
        QCOMPARE(clip.skeleton().names(), names);
        for (int j = 0; j < clip.jointCount(); ++j)
            QCOMPARE(clip.skeleton().parent(j), parents[std::size_t(j)]);
        QCOMPARE(clip.frameCount(), 12);
        QCOMPARE(clip.fps(), 60.0);
        QVERIFY(clip.hasRotations());
        QCOMPARE(clip.translatedJoints(), std::vector<int>{0});
        QCOMPARE(clip.info.format, std::string("AMASS"));
        QCOMPARE(clip.info.sourcePath, path);
        QCOMPARE(clip.info.upAxis, UpAxis::Z);
        QCOMPARE(clip.info.metresPerUnit, 1.0);
        QVERIFY(clip.info.warnings.empty());
    }

    // The built-in skeleton: a symmetric T-pose standing on y = 0 with HumanML3D's bone lengths.
    void defaultRestSkeleton()
    {
        const AmassReader::RestJoints rest = AmassReader::defaultRestJoints();
        using namespace t2m;
        QCOMPARE(rest[LeftFoot].y + 1.0f, 1.0f);
        QCOMPARE(rest[RightFoot].y + 1.0f, 1.0f);
        for (const glm::vec3 &p : rest)
            QVERIFY(p.y >= -1e-6f);
        QVERIFY(rest[Pelvis].y > 0.9f && rest[Pelvis].y < 1.0f);
        QVERIFY(rest[Head].y > 1.5f && rest[Head].y < 1.7f);
        QVERIFY(rest[LeftShoulder].x > 0.0f);          // the body's left is +X
        QVERIFY(rest[LeftFoot].z > rest[LeftAnkle].z); // feet point forward, +Z
        const int pairs[][2] = {{LeftHip, RightHip},     {LeftKnee, RightKnee},     {LeftAnkle, RightAnkle},
                                {LeftFoot, RightFoot},   {LeftCollar, RightCollar}, {LeftShoulder, RightShoulder},
                                {LeftElbow, RightElbow}, {LeftWrist, RightWrist}};
        for (const auto &pair : pairs) {
            const glm::vec3 l = rest[std::size_t(pair[0])], r = rest[std::size_t(pair[1])];
            COMPARE_VEC(l, glm::vec3(-r.x, r.y, r.z), 1e-6f);
            const float length = glm::length(l - rest[std::size_t(kParents[std::size_t(pair[0])])]);
            QVERIFY(std::abs(length - 0.5f * (kBoneLengths[std::size_t(pair[0])] + kBoneLengths[std::size_t(pair[1])]))
                    < 1e-5f);
        }
        for (int j : {Spine1, Spine2, Spine3, Neck, Head})
            QVERIFY(std::abs(glm::length(rest[std::size_t(j)] - rest[std::size_t(kParents[std::size_t(j)])])
                             - kBoneLengths[std::size_t(j)])
                    < 1e-6f);
        // Arms straight out sideways.
        QCOMPARE(rest[LeftWrist].y, rest[LeftShoulder].y);
        QCOMPARE(rest[LeftWrist].z, rest[LeftShoulder].z);
    }

    void zeroPoseIsTheRestSkeleton()
    {
        const MotionClip clip = AmassReader().read(fixture("amass_smplh.npz"));
        const AmassReader::RestJoints rest = AmassReader::defaultRestJoints();
        for (int j = 0; j < clip.jointCount(); ++j) {
            COMPARE_VEC(clip.globalPosition(0, j), rest[std::size_t(j)] + smplhTrans(0), 1e-5f);
            const int p = clip.skeleton().parent(j);
            if (p >= 0)
                COMPARE_VEC(clip.skeleton().joint(j).offset, rest[std::size_t(j)] - rest[std::size_t(p)], 1e-6f);
        }
    }

    void rootFollowsTrans()
    {
        const MotionClip clip = AmassReader().read(fixture("amass_smplh.npz"));
        const glm::vec3 pelvis = AmassReader::defaultRestJoints()[0];
        for (int f = 0; f < clip.frameCount(); ++f) {
            COMPARE_VEC(clip.localTranslation(f, 0), smplhTrans(f) + pelvis, 1e-5f);
            COMPARE_VEC(clip.globalPosition(f, 0), smplhTrans(f) + pelvis, 1e-5f);
        }
    }

    // Frames 5 and 11 bend only the left knee by 90° about +X: the shin swings back, nothing else
    // moves. Expected positions from glm::angleAxis, independently of the reader's conversion.
    void leftKneeNinetyDegrees_data()
    {
        QTest::addColumn<int>("frame");
        QTest::newRow("frame 5") << 5;
        QTest::newRow("frame 11") << 11;
    }

    void leftKneeNinetyDegrees()
    {
        QFETCH(int, frame);
        const MotionClip clip = AmassReader().read(fixture("amass_smplh.npz"));
        const AmassReader::RestJoints rest = AmassReader::defaultRestJoints();
        const glm::vec3 t = smplhTrans(frame);
        const glm::quat bend = glm::angleAxis(glm::half_pi<float>(), glm::vec3(1, 0, 0));
        using namespace t2m;
        const glm::vec3 knee = rest[LeftKnee] + t;
        COMPARE_VEC(clip.globalPosition(frame, LeftKnee), knee, 1e-5f);
        COMPARE_VEC(clip.globalPosition(frame, LeftAnkle), knee + bend * (rest[LeftAnkle] - rest[LeftKnee]), 1e-5f);
        COMPARE_VEC(clip.globalPosition(frame, LeftFoot), knee + bend * (rest[LeftFoot] - rest[LeftKnee]), 1e-5f);
        // The default shin points down (−Y): bent 90° about +X it points backwards (−Z), level with the knee.
        const glm::vec3 shin = clip.globalPosition(frame, LeftAnkle) - knee;
        COMPARE_VEC(shin, glm::vec3(0, 0, -glm::length(rest[LeftAnkle] - rest[LeftKnee])), 1e-5f);
        for (int j : {Pelvis, RightKnee, RightAnkle, RightFoot, Head, LeftWrist, RightWrist})
            COMPARE_VEC(clip.globalPosition(frame, j), rest[std::size_t(j)] + t, 1e-5f);
    }

    // The fake body model's regressor, shaped by the file's betas: every frame (random rotations of
    // every joint included) matches numpy's rotation-matrix forward kinematics.
    void bodyModelRegressor()
    {
        ReadOptions options;
        options.bodyModelPath = fixture("bodymodel_regressor.npz");
        const MotionClip clip = AmassReader().read(fixture("amass_smplh.npz"), options);
        QVERIFY(clip.info.warnings.empty());
        const NpyArray expected = readNpy(fixture("amass_expected_joints.npy"));
        QCOMPARE(expected.shape, (std::vector<std::size_t>{12, 22, 3}));
        const std::vector<double> e = expected.toFloat64();
        for (int f = 0; f < clip.frameCount(); ++f)
            for (int j = 0; j < clip.jointCount(); ++j) {
                const std::size_t i = (std::size_t(f) * 22 + std::size_t(j)) * 3;
                COMPARE_VEC(clip.globalPosition(f, j), glm::vec3(float(e[i]), float(e[i + 1]), float(e[i + 2])), 2e-5f);
            }
        // The betas count: the mean shape gives other joints.
        const auto withBetas = AmassReader::bodyModelRestJoints(options.bodyModelPath, std::vector<double>(16, 1.0));
        const auto meanShape = AmassReader::bodyModelRestJoints(options.bodyModelPath, {});
        QVERIFY(glm::length(withBetas[5] - meanShape[5]) > 1e-3f);
    }

    void bodyModelMeanJoints()
    {
        ReadOptions options;
        options.bodyModelPath = fixture("bodymodel_j.npz");
        const MotionClip clip = AmassReader().read(fixture("amass_smplh.npz"), options);
        const std::vector<double> J = readNpz(options.bodyModelPath).at("J").toFloat64();
        for (int j = 0; j < 22; ++j) {
            const glm::vec3 rest(float(J[3 * std::size_t(j)]), float(J[3 * std::size_t(j) + 1]),
                                 float(J[3 * std::size_t(j) + 2]));
            COMPARE_VEC(clip.globalPosition(0, j), rest + smplhTrans(0), 1e-5f);
        }
    }

    // The SMPL-X layout: [T, 165] poses and `mocap_frame_rate`.
    void smplxLayout()
    {
        const MotionClip clip = AmassReader().read(fixture("amass_smplx.npz"));
        QCOMPARE(clip.fps(), 30.0);
        QCOMPARE(clip.frameCount(), 5);
        QCOMPARE(clip.jointCount(), 22);
        const AmassReader::RestJoints rest = AmassReader::defaultRestJoints();
        using namespace t2m;
        // Frame 2: the left shoulder turns −90° about Z, so the arm hangs down.
        const glm::vec3 shoulder = clip.globalPosition(2, LeftShoulder);
        COMPARE_VEC(shoulder, rest[LeftShoulder], 1e-5f);
        const float upperArm = glm::length(rest[LeftElbow] - rest[LeftShoulder]);
        COMPARE_VEC(clip.globalPosition(2, LeftElbow), shoulder + glm::vec3(0, -upperArm, 0), 1e-5f);
        COMPARE_VEC(clip.globalPosition(1, LeftElbow), rest[LeftElbow], 1e-5f);
    }

    // [T, 72] SMPL poses give the same clip as the same 22 joints in a [T, 156] SMPL-H layout.
    void smplLayout()
    {
        auto smpl = validArrays(3, 0.0, 72);
        auto smplh = validArrays(3, 0.0, 156);
        std::vector<double> p72(3 * 72), p156(3 * 156);
        for (std::size_t f = 0; f < 3; ++f)
            for (std::size_t i = 0; i < 72; ++i) {
                const double v = 0.05 * double((f * 72 + i) % 17) - 0.4;
                p72[f * 72 + i] = v;
                if (i < 66)
                    p156[f * 156 + i] = v;
            }
        smpl["poses"] = NpyArray::fromFloat64({3, 72}, p72);
        smplh["poses"] = NpyArray::fromFloat64({3, 156}, p156);
        const MotionClip a = AmassReader::fromArrays(smpl, "smpl.npz");
        const MotionClip b = AmassReader::fromArrays(smplh, "smplh.npz");
        QCOMPARE(a.fps(), 120.0);
        QCOMPARE(a.frameCount(), 3);
        QCOMPARE(a.globalPositions(), b.globalPositions());
    }

    void axisAngle()
    {
        const glm::quat q = AmassReader::axisAngleToQuat({0.0, glm::half_pi<double>(), 0.0});
        COMPARE_VEC(q * glm::vec3(1, 0, 0), glm::vec3(0, 0, -1), 1e-6f);
        const glm::quat identity = AmassReader::axisAngleToQuat({0.0, 0.0, 0.0});
        QCOMPARE(identity.w, 1.0f);
        const glm::quat tiny = AmassReader::axisAngleToQuat({1e-9, 0.0, 0.0});
        QVERIFY(std::abs(glm::length(tiny) - 1.0f) < 1e-6f);
    }

    void brokenArrays_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing poses") << 0 << "missing key 'poses': expected float32 or float64 [T, 156]";
        QTest::newRow("poses int64 [10]")
            << 1
            << "poses: expected float32 or float64 [T, 156] (SMPL-H; also [T, 72] SMPL or [T, 165] SMPL-X) axis-angle "
               "poses, got int64 [10]";
        QTest::newRow("poses [4, 100]") << 2 << "poses: expected float32 or float64 [T, 156]";
        QTest::newRow("no frames") << 3 << "poses: expected at least one frame, got float64 [0, 156]";
        QTest::newRow("missing trans") << 4 << "missing key 'trans': expected float32 or float64 [4, 3]";
        QTest::newRow("trans frame count") << 5
                                           << "trans: expected float32 or float64 [4, 3] (one root translation per "
                                              "frame of poses), got float64 [3, 3]";
        QTest::newRow("fps 0") << 6 << "mocap_framerate: expected a positive frame rate, got 0";
        QTest::newRow("fps negative") << 7 << "mocap_framerate: expected a positive frame rate, got -5";
        QTest::newRow("fps missing") << 8 << "missing key 'mocap_framerate' (or 'mocap_frame_rate')";
        QTest::newRow("fps not a scalar")
            << 9 << "mocap_framerate: expected a float64 scalar frame rate, got float64 [2]";
        QTest::newRow("NaN pose") << 10 << "poses: frame 2 holds a value that is not finite";
        QTest::newRow("betas a string") << 11 << "betas: expected float32 or float64 [B] shape coefficients, got S5 []";
        QTest::newRow("gender a number") << 12 << "gender: expected a bytes or unicode string scalar, got float64 []";
        QTest::newRow("fps NaN (SMPL-X key)") << 13 << "mocap_frame_rate: expected a positive frame rate, got nan";
    }

    void brokenArrays()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        auto arrays = validArrays();
        switch (which) {
        case 0: arrays.erase("poses"); break;
        case 1: arrays["poses"] = NpyArray::fromInt64({10}, std::vector<std::int64_t>(10)); break;
        case 2: arrays["poses"] = NpyArray::fromFloat64({4, 100}, std::vector<double>(400)); break;
        case 3: arrays["poses"] = NpyArray::fromFloat64({0, 156}, {}); break;
        case 4: arrays.erase("trans"); break;
        case 5: arrays["trans"] = NpyArray::fromFloat64({3, 3}, std::vector<double>(9)); break;
        case 6: arrays["mocap_framerate"] = NpyArray::fromFloat64({}, {0.0}); break;
        case 7: arrays["mocap_framerate"] = NpyArray::fromFloat64({}, {-5.0}); break;
        case 8: arrays.erase("mocap_framerate"); break;
        case 9: arrays["mocap_framerate"] = NpyArray::fromFloat64({2}, {60.0, 60.0}); break;
        case 10: {
            std::vector<double> p(4 * 156);
            p[2 * 156 + 7] = std::nan("");
            arrays["poses"] = NpyArray::fromFloat64({4, 156}, p);
            break;
        }
        case 11: arrays["betas"] = NpyArray::fromBytes("hello"); break;
        case 12: arrays["gender"] = NpyArray::fromFloat64({}, {1.0}); break;
        case 13:
            arrays.erase("mocap_framerate");
            arrays["mocap_frame_rate"] = NpyArray::fromFloat64({}, {std::nan("")});
            break;
        }
        const QString error = errorOf([&] { AmassReader::fromArrays(arrays, "clip.npz"); });
        QVERIFY2(error.startsWith(QStringLiteral("clip.npz: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void brokenBodyModels_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no joints, no regressor")
            << 0
            << "not a body model: expected 'J' [N >= 22, 3], or 'J_regressor', 'v_template' and 'shapedirs'; "
               "missing 'J' and 'J_regressor', 'shapedirs'";
        QTest::newRow("missing file") << 1 << "no such file";
        QTest::newRow("J too short") << 2
                                     << "J: expected float32 or float64 [N >= 22, 3] rest joints, got float64 [10, 3]";
        QTest::newRow("v_template mismatch") << 3
                                             << "v_template: expected float32 or float64 [5, 3] (as many vertices "
                                                "as J_regressor has columns), got float64 [6, 3]";
        QTest::newRow("shapedirs mismatch")
            << 4 << "shapedirs: expected float32 or float64 [5, 3, B], got float64 [5, 2, 1]";
        QTest::newRow("regressor too few joints") << 5 << "J_regressor: expected float32 or float64 [N >= 22, V]";
        QTest::newRow("not an npz") << 6 << "not a .npz file";
    }

    void brokenBodyModels()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::string model = dir.filePath(QStringLiteral("model.npz")).toStdString();
        std::map<std::string, NpyArray> arrays;
        switch (which) {
        case 0: model = fixture("bodymodel_missing.npz"); break;
        case 1: model = dir.filePath(QStringLiteral("absent.npz")).toStdString(); break;
        case 2: arrays["J"] = NpyArray::fromFloat64({10, 3}, std::vector<double>(30)); break;
        case 3:
            arrays["J_regressor"] = NpyArray::fromFloat64({24, 5}, std::vector<double>(120));
            arrays["v_template"] = NpyArray::fromFloat64({6, 3}, std::vector<double>(18));
            arrays["shapedirs"] = NpyArray::fromFloat64({5, 3, 2}, std::vector<double>(30));
            break;
        case 4:
            arrays["J_regressor"] = NpyArray::fromFloat64({24, 5}, std::vector<double>(120));
            arrays["v_template"] = NpyArray::fromFloat64({5, 3}, std::vector<double>(15));
            arrays["shapedirs"] = NpyArray::fromFloat64({5, 2, 1}, std::vector<double>(10));
            break;
        case 5:
            arrays["J_regressor"] = NpyArray::fromFloat64({21, 5}, std::vector<double>(105));
            arrays["v_template"] = NpyArray::fromFloat64({5, 3}, std::vector<double>(15));
            arrays["shapedirs"] = NpyArray::fromFloat64({5, 3, 1}, std::vector<double>(15));
            break;
        case 6: model = fixture("amass_expected_joints.npy"); break;
        }
        if (!arrays.empty())
            writeNpz(model, arrays, false);
        ReadOptions options;
        options.bodyModelPath = model;
        const QString error = errorOf([&] { AmassReader().read(fixture("amass_smplh.npz"), options); });
        QVERIFY2(error.startsWith(QString::fromStdString(model) + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Files that are not AMASS motions.
    void notAmass()
    {
        const std::string other = fixture("npz_stored.npz");
        QString error = errorOf([&] { AmassReader().read(other); });
        QVERIFY2(error.startsWith(QString::fromStdString(other) + QStringLiteral(": missing key 'poses'")),
                 qPrintable(error));
        const std::string broken = fixture("npz_truncated_member.npz");
        error = errorOf([&] { AmassReader().read(broken); });
        QVERIFY2(error.startsWith(QString::fromStdString(broken) + QStringLiteral(": missing key 'poses'")),
                 qPrintable(error)); // its only member is not read
        const std::string forged = fixture("npz_absurd_size.npz");
        QVERIFY(errorOf([&] { AmassReader().read(forged); }).startsWith(QString::fromStdString(forged)));
    }
};

QTEST_GUILESS_MAIN(TestAmassReader)
#include "test_amassreader.moc"

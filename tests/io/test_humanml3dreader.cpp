// HumanML3D / KIT-ML arrays: joints, features through recover_from_ric, captions from the dataset
// layout, the joints writer, and the format registry that picks readers.

#include "common/gmtest.h"
#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "motion/humanml3d.h"
#include "motion/t2m.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <glm/gtc/constants.hpp>

using namespace gm::motion;

namespace {

QString errorOf(const std::string &path)
{
    try {
        HumanMl3dReader().read(path);
    } catch (const MotionFileError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestHumanMl3dReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joints()
    {
        GM_REQUIRE_DATA(path, "humanml3d/new_joints/012314.npy");
        const MotionClip clip = HumanMl3dReader().read(path.toStdString());
        QCOMPARE(clip.frameCount(), 170);
        QCOMPARE(clip.jointCount(), 22);
        QCOMPARE(clip.fps(), 20.0);
        QCOMPARE(clip.duration(), 8.5);
        QVERIFY(clip.isPositionsOnly());
        QCOMPARE(clip.info.format, std::string("HumanML3D joints"));
        QCOMPARE(clip.skeleton().names().front(), std::string("pelvis"));
        QCOMPARE(clip.skeleton().parent(t2m::LeftWrist), int(t2m::LeftElbow));
        // Captions come from the dataset layout: humanml3d/texts/012314.txt.
        QCOMPARE(clip.info.captions.size(), std::size_t(3));
        QCOMPARE(clip.info.captions[1].text, std::string("walking sideways and almost falling."));
        QCOMPARE(clip.info.captions[1].tokens, std::string("walk/VERB sideways/ADV and/CCONJ almost/ADV fall/VERB"));
        QVERIFY(clip.info.warnings.empty());
    }

    // recover_from_ric(new_joint_vecs/012314.npy) equals new_joints/012314.npy within 1e-5.
    void featuresRecoverTheJoints()
    {
        GM_REQUIRE_DATA(vecs, "humanml3d/new_joint_vecs/012314.npy");
        GM_REQUIRE_DATA(joints, "humanml3d/new_joints/012314.npy");
        const MotionClip fromFeatures = HumanMl3dReader().read(vecs.toStdString());
        const MotionClip reference = HumanMl3dReader().read(joints.toStdString());
        QCOMPARE(fromFeatures.info.format, std::string("HumanML3D features"));
        QCOMPARE(fromFeatures.frameCount(), reference.frameCount());
        double worst = 0.0;
        for (std::size_t i = 0; i < reference.globalPositions().size(); ++i)
            for (int k = 0; k < 3; ++k)
                worst = std::max(
                    worst, double(std::abs(fromFeatures.globalPositions()[i][k] - reference.globalPositions()[i][k])));
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
        QCOMPARE(fromFeatures.info.captions.size(), std::size_t(3)); // new_joint_vecs/ is a dataset folder too
    }

    void featureDimensions()
    {
        QCOMPARE(featureDimForJoints(22), 263);
        QCOMPARE(featureDimForJoints(21), 251);
    }

    void kitLayouts()
    {
        QTemporaryDir dir;
        std::vector<float> joints(5 * 21 * 3, 100.0f);
        const std::string path = dir.filePath(QStringLiteral("kit.npy")).toStdString();
        writeNpy(path, NpyArray::fromFloat32({5, 21, 3}, joints));
        const MotionClip clip = HumanMl3dReader().read(path);
        QCOMPARE(clip.jointCount(), 21);
        QCOMPARE(clip.fps(), 12.5);
        QCOMPARE(clip.info.metresPerUnit, 0.001);
        QCOMPARE(clip.skeleton().joint(0).name, std::string("BP"));

        // KIT features [T, 251]: zero velocities keep the root at the origin; RIC positions are used as is.
        std::vector<float> features(4 * 251, 0.0f);
        for (int t = 0; t < 4; ++t) {
            features[std::size_t(t) * 251 + 3] = 900.0f;              // root height
            features[std::size_t(t) * 251 + 4 + 3 * 3 + 1] = 1700.0f; // joint 4 (head) height
        }
        const std::string vecs = dir.filePath(QStringLiteral("kitvecs.npy")).toStdString();
        writeNpy(vecs, NpyArray::fromFloat32({4, 251}, features));
        const MotionClip fromFeatures = HumanMl3dReader().read(vecs);
        QCOMPARE(fromFeatures.jointCount(), 21);
        QCOMPARE(fromFeatures.globalPosition(2, 0).y, 900.0f);
        QCOMPARE(fromFeatures.globalPosition(2, 4).y, 1700.0f);
    }

    // A constant root rotation and forward velocity walk a circle: check recover_from_ric's
    // conventions (half-angle θ, velocity rotated by q⁻¹, exclusive cumulative sum).
    void rootIntegration()
    {
        const int frames = 5;
        std::vector<float> f(std::size_t(frames) * 263, 0.0f);
        const float halfAngle = glm::pi<float>() / 8.0f; // 45° of heading per frame
        for (int t = 0; t < frames; ++t) {
            f[std::size_t(t) * 263 + 0] = halfAngle;
            f[std::size_t(t) * 263 + 2] = 1.0f; // 1 m forward (+z in the heading frame)
            f[std::size_t(t) * 263 + 3] = 0.9f;
        }
        const std::vector<glm::vec3> p = recoverFromRic(f.data(), frames, 263, 22);
        QVERIFY(glm::length(p[0] - glm::vec3(0, 0.9f, 0)) < 1e-6f);
        // Step 1 uses θ[1] = π/8, i.e. a 45° turn: q⁻¹ rotates +z by −45° about Y.
        const glm::vec3 step1 = p[22] - p[0];
        QVERIFY2(std::abs(step1.x + std::sqrt(0.5f)) < 1e-5f && std::abs(step1.z - std::sqrt(0.5f)) < 1e-5f,
                 qPrintable(QStringLiteral("%1 %2").arg(step1.x).arg(step1.z)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, recoverFromRic(f.data(), 1, 10, 22));
    }

    void captionsParsing()
    {
        std::vector<std::string> warnings;
        const auto captions = parseHumanMl3dTexts("a person walks.#a/DET person/NOUN walk/VERB#0.0#0.0\r\n"
                                                  "\n"
                                                  "then jumps#then/ADV jump/VERB#1.5#3.25\n"
                                                  "broken line without fields\n"
                                                  "bad times#x#a#b\n",
                                                  warnings);
        QCOMPARE(captions.size(), std::size_t(2));
        QCOMPARE(captions[0].text, std::string("a person walks."));
        QCOMPARE(captions[1].startSeconds, 1.5);
        QCOMPARE(captions[1].endSeconds, 3.25);
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(QString::fromStdString(warnings[0]).startsWith(QLatin1String("texts line 4:")));
        QVERIFY(QString::fromStdString(warnings[1]).contains(QLatin1String("are not times in seconds")));
    }

    // The real texts file from HumanML3D's README: four whole-clip captions with POS tokens.
    void captionsOfARealTextsFile()
    {
        GM_REQUIRE_DATA(path, "humanml3d/texts/000000.txt");
        std::vector<std::string> warnings;
        const auto captions = parseHumanMl3dTexts(readFile(path.toStdString()), warnings);
        QVERIFY(warnings.empty());
        QCOMPARE(captions.size(), std::size_t(4));
        QCOMPARE(captions[0].text, std::string("a man kicks something or someone with his left leg."));
        QVERIFY(QString::fromStdString(captions[0].tokens).startsWith(QLatin1String("a/DET man/NOUN kick/VERB")));
        QCOMPARE(captions[3].text, std::string("he is flying kick with his left leg"));
        for (const Caption &c : captions)
            QVERIFY(c.startSeconds == 0.0 && c.endSeconds == 0.0);
    }

    void writerRoundTrip()
    {
        GM_REQUIRE_DATA(path, "humanml3d/new_joints/012314.npy");
        const MotionClip clip = HumanMl3dReader().read(path.toStdString());
        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("copy.npy")).toStdString();
        writeHumanMl3dJoints(clip, out);
        const MotionClip again = HumanMl3dReader().read(out);
        QCOMPARE(again.globalPositions(), clip.globalPositions());
        // Anything but a t2m positions clip is refused with a hint.
        const Skeleton other({{"a", -1, {}}, {"b", 0, {}}});
        const MotionClip small = MotionClip::fromPositions(other, 30.0, {{0, 0, 0}, {0, 1, 0}});
        QVERIFY_THROWS_EXCEPTION(MotionFileError, writeHumanMl3dJoints(small, out));
    }

    void badArrays_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong shape") << "shape"
                                     << "expected HumanML3D joints [T, 22, 3] or features [T, 263]";
        QTest::newRow("integers") << "int"
                                  << "expected float32 or float64 data, got int64";
        QTest::newRow("no frames") << "empty"
                                   << "the array has no frames";
        QTest::newRow("nan") << "nan"
                             << "is not a finite number";
        QTest::newRow("truncated") << "truncated"
                                   << "data: shape (170, 22, 3) of float32 needs 44880 bytes, got 22376 (truncated)";
        QTest::newRow("absurd shape") << "absurd"
                                      << "data: shape (1000000000000, 22, 3) of float32 needs 264000000000000 bytes, "
                                         "got 1024";
        QTest::newRow("empty file") << "zero"
                                    << "empty file, expected a .npy array";
    }

    void badArrays()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("bad.npy")).toStdString();
        if (kind == QLatin1String("shape"))
            writeNpy(path, NpyArray::fromFloat32({4, 5}, std::vector<float>(20)));
        else if (kind == QLatin1String("int"))
            writeNpy(path, NpyArray::fromInt64({2, 22, 3}, std::vector<std::int64_t>(132)));
        else if (kind == QLatin1String("empty"))
            writeNpy(path, NpyArray::fromFloat32({0, 22, 3}, {}));
        else if (kind == QLatin1String("truncated") || kind == QLatin1String("absurd")
                 || kind == QLatin1String("zero")) {
            // A real clip cut in half; a header declaring 10^12 frames over 1 KiB of data; nothing.
            const QString real = gm::test::dataPath(QStringLiteral("humanml3d/new_joints/012314.npy"));
            QVERIFY(!real.isEmpty());
            std::string bytes = readFile(real.toStdString());
            if (kind == QLatin1String("truncated"))
                bytes.resize(bytes.size() / 2);
            else if (kind == QLatin1String("absurd")) {
                // Same header length: the longer shape takes the place of padding spaces.
                bytes = serializeNpy(NpyArray::fromFloat32({4, 22, 3}, std::vector<float>(264))).substr(0, 128);
                const std::size_t at = bytes.find("(4, 22, 3)");
                QVERIFY(at != std::string::npos && bytes.substr(115, 12) == std::string(12, ' '));
                bytes.erase(115, 12);
                bytes.replace(at, 10, "(1000000000000, 22, 3)");
                bytes += std::string(1024, '\0');
            } else
                bytes.clear();
            writeFileAtomically(path, bytes);
        } else {
            std::vector<float> v(22 * 3, 0.0f);
            v[7] = NAN;
            writeNpy(path, NpyArray::fromFloat32({1, 22, 3}, v));
        }
        const QString error = errorOf(path);
        QVERIFY2(error.startsWith(QString::fromStdString(path) + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void registryPicksReaders()
    {
        const FormatRegistry &registry = FormatRegistry::builtin();
        GM_REQUIRE_DATA(npy, "humanml3d/new_joints/012314.npy");
        GM_REQUIRE_DATA(bvh, "bvh/cmu/01_01.bvh");
        QCOMPARE(registry.readerFor(npy.toStdString())->name(), std::string("HumanML3D"));
        QCOMPARE(registry.readerFor(bvh.toStdString())->name(), std::string("BVH"));
        // Content wins over a misleading extension.
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("take.txt"));
        QVERIFY(QFile::copy(bvh, renamed));
        QCOMPARE(registry.readerFor(renamed.toStdString())->name(), std::string("BVH"));
        // Content nobody recognises with a known extension goes to that extension's reader, which
        // says what is wrong; with an unknown extension the registry says it is not motion.
        const QString junk = dir.filePath(QStringLiteral("junk.bvh"));
        const QString notes = dir.filePath(QStringLiteral("notes.dat"));
        for (const QString &path : {junk, notes}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a motion file");
        }
        QCOMPARE(registry.readerFor(junk.toStdString())->name(), std::string("BVH"));
        QCOMPARE(registry.readerFor(notes.toStdString()), nullptr);
        try {
            registry.read(junk.toStdString());
            QFAIL("no error");
        } catch (const MotionFileError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QLatin1String("line 1: expected 'HIERARCHY'")),
                     e.what());
        }
        try {
            registry.read(notes.toStdString());
            QFAIL("no error");
        } catch (const MotionFileError &e) {
            QVERIFY2(
                QString::fromStdString(e.what()).contains(QLatin1String("not a motion file this program can read")),
                e.what());
        }
        const QString filter = QString::fromStdString(registry.fileDialogFilter());
        QVERIFY2(filter.startsWith(QLatin1String("Motion files (*.bvh")), qPrintable(filter));
        QVERIFY(filter.contains(QLatin1String(";;BVH - Biovision hierarchy (*.bvh)")));
        QVERIFY(filter.contains(QLatin1String("*.npy")));
        QVERIFY(filter.endsWith(QLatin1String(";;All files (*)")));
    }
};

QTEST_GUILESS_MAIN(TestHumanMl3dReader)
#include "test_humanml3dreader.moc"

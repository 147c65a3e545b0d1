// The HumanML3D-layout writer on the example clip: what it writes reads back through the
// HumanML3D reader (joints, features and captions), the statistics follow HumanML3D's recipe, and
// bad ids, repeated ids and occupied folders are refused.

#include "common/gmtest.h"
#include "io/humanml3dreader.h"
#include "io/npy.h"
#include "ml/humanml3dwriter.h"
#include "motion/humanml3d.h"

#include <QTemporaryDir>

#include <cmath>

using namespace gm::ml;

namespace {

std::vector<glm::vec3> exampleJoints(const QString &path, int &frames)
{
    const auto a = gm::motion::readNpy(path.toStdString());
    frames = int(a.shape[0]);
    const std::vector<float> v = a.toFloat32();
    std::vector<glm::vec3> joints;
    for (std::size_t i = 0; i + 2 < v.size(); i += 3)
        joints.emplace_back(v[i], v[i + 1], v[i + 2]);
    return joints;
}

} // namespace

class TestHumanMl3dWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textLines()
    {
        QCOMPARE(humanMl3dTextLine({"A person walks forward, then turns left.", 0.0, 0.0}),
                 std::string("A person walks forward, then turns left.#a/X person/X walks/X forward/X then/X turns/X "
                             "left/X#0.0#0.0"));
        QCOMPARE(humanMl3dTextLine({"he's #1\nok", 1.25, 3.5}), std::string("he's  1 ok#he's/X 1/X ok/X#1.25#3.5"));
        std::vector<std::string> warnings;
        const auto parsed = gm::motion::parseHumanMl3dTexts(humanMl3dTextLine({"someone jumps.", 0.5, 2.0}), warnings);
        QCOMPARE(parsed.size(), std::size_t(1));
        QCOMPARE(parsed[0].text, std::string("someone jumps."));
        QCOMPARE(parsed[0].endSeconds, 2.0);
        QVERIFY(warnings.empty());
    }

    void writesWhatTheReaderReads()
    {
        GM_REQUIRE_DATA(source, "humanml3d/new_joints/012314.npy");
        int frames = 0;
        const std::vector<glm::vec3> joints = exampleJoints(source, frames);
        QTemporaryDir dir;
        HumanMl3dWriter writer(dir.filePath(QStringLiteral("corpus")).toStdString());
        QCOMPARE(writer.add("clip_a", joints, frames, {{"a person swings a racket.", 0, 0}}), frames - 1);
        // A mirrored copy as a second clip, so that the splits differ.
        std::vector<glm::vec3> shifted = joints;
        for (glm::vec3 &p : shifted)
            p.x += 1.0f;
        writer.add("clip_b", shifted, frames, {{"a person serves.", 0, 0}, {"someone plays tennis.", 1, 2}});
        writer.finish({{"train", {"clip_a"}}, {"test", {"clip_b"}}});

        const QString vecs = dir.filePath(QStringLiteral("corpus/new_joint_vecs/clip_b.npy"));
        const auto features = gm::motion::readNpy(vecs.toStdString());
        QCOMPARE(features.shape, (std::vector<std::size_t>{std::size_t(frames - 1), 263}));
        const gm::motion::MotionClip clip = gm::motion::HumanMl3dReader().read(
            dir.filePath(QStringLiteral("corpus/new_joints/clip_b.npy")).toStdString());
        QCOMPARE(clip.frameCount(), frames - 1);
        QCOMPARE(clip.info.captions.size(), std::size_t(2));
        QCOMPARE(clip.info.captions[1].text, std::string("someone plays tennis."));
        // new_joints are the joints recovered from the features (HumanML3D's own convention).
        const std::vector<float> f = features.toFloat32();
        const std::vector<glm::vec3> recovered = gm::motion::recoverFromRic(f.data(), frames - 1, 263, 22);
        double worst = 0;
        for (int t = 0; t < frames - 1; ++t)
            for (int j = 0; j < 22; ++j)
                worst = std::max(worst,
                                 double(glm::length(clip.globalPosition(t, j) - recovered[std::size_t(t * 22 + j)])));
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
        // The split lists and statistics of the train split.
        QFile train(dir.filePath(QStringLiteral("corpus/train.txt"))),
            all(dir.filePath(QStringLiteral("corpus/all.txt")));
        QVERIFY(train.open(QIODevice::ReadOnly) && all.open(QIODevice::ReadOnly));
        QCOMPARE(train.readAll(), QByteArray("clip_a\n"));
        QCOMPARE(all.readAll(), QByteArray("clip_a\nclip_b\n"));
        const std::vector<float> mean
            = gm::motion::readNpy(dir.filePath(QStringLiteral("corpus/Mean.npy")).toStdString()).toFloat32();
        const std::vector<float> std
            = gm::motion::readNpy(dir.filePath(QStringLiteral("corpus/Std.npy")).toStdString()).toFloat32();
        QCOMPARE(mean.size(), std::size_t(263));
        const std::vector<float> a
            = gm::motion::readNpy(dir.filePath(QStringLiteral("corpus/new_joint_vecs/clip_a.npy")).toStdString())
                  .toFloat32();
        double m0 = 0;
        for (int t = 0; t < frames - 1; ++t)
            m0 += a[std::size_t(t) * 263 + 3];
        QVERIFY(std::abs(m0 / (frames - 1) - mean[3]) < 1e-5); // the root height's mean
        // One value per part: root angular velocity, linear velocity (2), height, RIC (63), ...
        QCOMPARE(std[1], std[2]);
        QCOMPARE(std[4], std[66]);
        QVERIFY(std[0] != std[1] && std[2] != std[3] && std[3] != std[4]);
        QCOMPARE(std[259], std[262]);
    }

    void refusals()
    {
        GM_REQUIRE_DATA(source, "humanml3d/new_joints/012314.npy");
        int frames = 0;
        const std::vector<glm::vec3> joints = exampleJoints(source, frames);
        QTemporaryDir dir;
        HumanMl3dWriter writer(dir.path().toStdString(), true);
        for (const char *bad : {"../escape", "", ".hidden", "a/b", "a b"})
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.add(bad, joints, frames, {}));
        writer.add("ok", joints, frames, {});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.add("ok", joints, frames, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.add("short", joints, 1, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.finish({{"train", {"missing"}}}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, HumanMl3dWriter(dir.path().toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestHumanMl3dWriter)
#include "test_humanml3dwriter.moc"

// Exporting a project (made with the studio's document) through the Qt-free reader and exporter
// and `geomotion export`: the HumanML3D layout (reopened with the studio's reader, joints equal to
// the features' within 1e-4, tokens from the bundled model), BVH of a segment on its skeleton,
// CSV and BABEL that the importers read back, shards that split the items, no overwrite without
// the flag, cancel leaving only whole files, safe names, and bad items skipped.

#include "cli/commands.h"
#include "common/gmtest.h"
#include "core/annotationimport.h"
#include "core/motiondocument.h"
#include "core/resourcepaths.h"
#include "io/bvhreader.h"
#include "io/humanml3dreader.h"
#include "io/npy.h"
#include "ml/modelconfig.h"
#include "motion/humanml3d.h"
#include "motion/retarget.h"
#include "project/exporter.h"
#include "project/projectfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <sstream>

using namespace gm;
using gm::cli::runGeomotion;

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mProject;
    QString mClip;
    qint64 mLabelSegment = 0;

    std::unique_ptr<project::ProjectFile> file() { return project::ProjectFile::open(mProject.toStdString()); }

    QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        mClip = mDir.filePath("walkjump.bvh");
        QVERIFY(QFile::copy(app::demoClipPath(), mClip));
        mProject = mDir.filePath("p.gmproj");
        app::MotionDocument doc;
        QVERIFY(doc.create(mProject));
        const qint64 clip = doc.clipFor(mClip, 120.0, 2752);
        const std::vector<app::Tier> tiers = doc.tiers();
        app::Segment label;
        label.clipId = clip;
        label.tierId = tiers[0].id;
        label.startFrame = 120;
        label.endFrame = 360;
        label.label = QStringLiteral("jump");
        mLabelSegment = doc.addSegment(label);
        QVERIFY(mLabelSegment > 0);
        QVERIFY(doc.acceptSuggestion(clip, tiers[1].id, 0, 600, QStringLiteral("a person jumps forward, twice."),
                                     QStringLiteral("bundled"))
                > 0);
        app::Segment quoted = label;
        quoted.tierId = tiers[1].id;
        quoted.startFrame = 600;
        quoted.endFrame = 1200;
        quoted.label.clear();
        quoted.text = QStringLiteral("then \"hops\", turning/left");
        QVERIFY(doc.addSegment(quoted) > 0);
    }

    void readsTheProjectWithoutQt()
    {
        const auto f = file();
        QCOMPARE(f->clips().size(), std::size_t(1));
        QCOMPARE(f->clips()[0].frames, 2752);
        QCOMPARE(f->tiers().size(), std::size_t(2));
        QVERIFY(f->tiers()[1].caption);
        const std::vector<project::SegmentRecord> s = f->segments();
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0].label, std::string("jump"));
        QVERIFY(s[1].fromModel);
        QVERIFY_THROWS_EXCEPTION(project::ProjectFileError, project::ProjectFile::open(mClip.toStdString()));
    }

    void exportsEveryFormat()
    {
        const QString out = mDir.filePath("out");
        project::ExportOptions o;
        o.output = out.toStdString();
        o.formats = {project::ExportFormat::HumanMl3d, project::ExportFormat::Babel, project::ExportFormat::Csv,
                     project::ExportFormat::Bvh, project::ExportFormat::Tokens};
        o.model = app::defaultModelPath().toStdString();
        o.device = "cpu";
        int calls = 0;
        const project::ExportResult r = project::exportProject(*file(), o, [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 3);
            QVERIFY(done <= total);
        });
        QVERIFY2(r.failures.empty(), r.failures.empty() ? "" : r.failures.front().c_str());
        QCOMPARE(r.items, 3);
        QCOMPARE(calls, 3);
        const QString id = QStringLiteral("walkjump_s%1").arg(mLabelSegment);

        // HumanML3D: features [T−1, 263], joints [T−1, 22, 3] equal to the features' within 1e-4.
        const QString vecs = out + QStringLiteral("/humanml3d/new_joint_vecs/") + id + QStringLiteral(".npy");
        const motion::NpyArray features = motion::readNpy(vecs.toStdString());
        const int frames20
            = motion::retargetToT2m(motion::BvhReader().read(mClip.toStdString()).trimmed(120, 359), 20.0).frameCount();
        QCOMPARE(features.shape, (std::vector<std::size_t>{std::size_t(frames20 - 1), 263}));
        const motion::MotionClip reopened = motion::HumanMl3dReader().read(
            (out + QStringLiteral("/humanml3d/new_joints/") + id + QStringLiteral(".npy")).toStdString());
        QCOMPARE(reopened.frameCount(), frames20 - 1);
        const std::vector<float> f = features.toFloat32();
        const std::vector<glm::vec3> recovered = motion::recoverFromRic(f.data(), frames20 - 1, 263, 22);
        float worst = 0.0f;
        for (int t = 0; t < reopened.frameCount(); ++t)
            for (int j = 0; j < 22; ++j)
                worst
                    = std::max(worst, glm::length(reopened.globalPosition(t, j) - recovered[std::size_t(t * 22 + j)]));
        QVERIFY2(worst < 1e-4f, qPrintable(QString::number(double(worst))));
        // The texts line carries the label (no caption on that tier) and the word/X tokens.
        QCOMPARE(bytes(out + QStringLiteral("/humanml3d/texts/") + id + QStringLiteral(".txt")),
                 QByteArray("jump#jump/X#0.0#0.0\n"));
        const motion::NpyArray tokens = motion::readNpy(
            (out + QStringLiteral("/humanml3d/motion_tokens/") + id + QStringLiteral(".npy")).toStdString());
        QCOMPARE(tokens.type, motion::NpyType::Int64);
        const int perToken
            = 1 << ml::configInt(ml::readConfigJson(app::defaultModelPath().toStdString() + "/config.json"),
                                 "motion_down_t", 3, "config.json", 8);
        QCOMPARE(tokens.shape, (std::vector<std::size_t>{std::size_t((frames20 - 1) / perToken)}));
        QCOMPARE(bytes(out + QStringLiteral("/tokens/") + id + QStringLiteral(".npy")),
                 bytes(out + QStringLiteral("/humanml3d/motion_tokens/") + id + QStringLiteral(".npy")));
        QVERIFY(QFile::exists(out + QStringLiteral("/humanml3d/Mean.npy")));
        QVERIFY(bytes(out + QStringLiteral("/humanml3d/all.txt")).contains(id.toUtf8()));

        // BVH of the segment on the clip's own 31-joint skeleton.
        const motion::MotionClip bvh
            = motion::BvhReader().read((out + QStringLiteral("/bvh/") + id + QStringLiteral(".bvh")).toStdString());
        QCOMPARE(bvh.frameCount(), 240);
        QCOMPARE(bvh.jointCount(), 31);

        // CSV and BABEL read back with the importers.
        const std::vector<app::ImportedSegment> csv = app::readAnnotations(out + QStringLiteral("/segments.csv"));
        QCOMPARE(csv.size(), std::size_t(3));
        QCOMPARE(csv[0].label, QStringLiteral("jump"));
        QCOMPARE(csv[0].startSeconds, 1.0);
        QCOMPARE(csv[0].endSeconds, 3.0);
        QCOMPARE(csv[2].text, QStringLiteral("then \"hops\", turning/left"));
        const std::vector<app::ImportedSegment> babel
            = app::readAnnotations(out + QStringLiteral("/babel.json"), QStringLiteral("walkjump"));
        QCOMPARE(babel.size(), std::size_t(3));
        QCOMPARE(babel[0].label, QStringLiteral("jump"));
        QCOMPARE(babel[0].endSeconds, 3.0);
        // Nothing but whole files: no temporary left behind.
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(!it.next().contains(QStringLiteral(".tmp")), qPrintable(it.filePath()));
    }

    void neverOverwritesWithoutTheFlag()
    {
        const QString out = mDir.filePath("out");
        const QByteArray before = bytes(out + QStringLiteral("/segments.csv"));
        project::ExportOptions o;
        o.output = out.toStdString();
        o.formats = {project::ExportFormat::HumanMl3d, project::ExportFormat::Csv};
        const project::ExportResult r = project::exportProject(*file(), o);
        QCOMPARE(r.items, 0);
        QCOMPARE(r.failures.size(), std::size_t(4)); // three items and segments.csv
        QVERIFY(QString::fromStdString(r.failures.front()).contains(QStringLiteral("exists")));
        QCOMPARE(bytes(out + QStringLiteral("/segments.csv")), before);
        o.overwrite = true;
        QCOMPARE(project::exportProject(*file(), o).items, 3);
    }

    void shardsSplitTheItems()
    {
        QStringList seen;
        for (int shard = 0; shard < 2; ++shard) {
            project::ExportOptions o;
            o.output = mDir.filePath("shards").toStdString();
            o.formats = {project::ExportFormat::HumanMl3d};
            o.shard = shard;
            o.shards = 2;
            const project::ExportResult r = project::exportProject(*file(), o);
            QVERIFY(r.failures.empty());
            QCOMPARE(r.items, shard == 0 ? 2 : 1);
            const QString list = QString::fromUtf8(
                bytes(mDir.filePath(QStringLiteral("shards/humanml3d/all.shard-%1-of-2.txt").arg(shard))));
            for (const QString &id : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                QVERIFY(!seen.contains(id));
                seen << id;
            }
        }
        QCOMPARE(seen.size(), 3);
        project::ExportOptions bad;
        bad.output = mDir.filePath("x").toStdString();
        bad.formats = {project::ExportFormat::Csv};
        bad.shard = 2;
        bad.shards = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, project::exportProject(*file(), bad));
    }

    void cancelLeavesWholeItems()
    {
        project::ExportOptions o;
        o.output = mDir.filePath("cancelled").toStdString();
        o.formats = {project::ExportFormat::HumanMl3d};
        std::atomic<bool> cancel{false};
        const project::ExportResult r = project::exportProject(
            *file(), o, [&](int done, int) { cancel = done >= 1; }, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.items, 1);
        QCOMPARE(QDir(mDir.filePath("cancelled/humanml3d/new_joint_vecs")).entryList(QDir::Files).size(), 1);
        QCOMPARE(QDir(mDir.filePath("cancelled/humanml3d/texts")).entryList(QDir::Files).size(), 1);
    }

    void namesAreSafe()
    {
        QCOMPARE(project::safeFileName("../../etc/passwd"), std::string("______etc_passwd"));
        QCOMPARE(project::safeFileName(".hidden"), std::string("_hidden"));
        QCOMPARE(project::safeFileName(""), std::string("_"));
        QCOMPARE(project::safeFileName(".."), std::string("__"));
        QCOMPARE(project::safeFileName("a person walks, then \"waves\"!"),
                 std::string("a_person_walks__then__waves__"));
        QCOMPARE(project::safeFileName(std::string(300, 'x')).size(), std::size_t(80));
        QCOMPARE(project::safeFileName("走る"), std::string("______"));
    }

    void aBadItemIsSkippedAndTheRestExported()
    {
        // A positions-only clip cannot become a BVH: that item fails, the others go on.
        GM_REQUIRE_DATA(joints, "humanml3d/new_joints/012314.npy");
        const QString copy = mDir.filePath("012314.npy");
        QVERIFY(QFile::copy(joints, copy));
        const QString project = mDir.filePath("mixed.gmproj");
        {
            app::MotionDocument doc;
            QVERIFY(doc.create(project));
            for (const QString &path : {mClip, copy}) {
                const motion::MotionClip c = path.endsWith(QLatin1String(".bvh"))
                                                 ? motion::BvhReader().read(path.toStdString())
                                                 : motion::HumanMl3dReader().read(path.toStdString());
                app::Segment s;
                s.clipId = doc.clipFor(path, c.fps(), c.frameCount());
                s.tierId = doc.tiers()[0].id;
                s.startFrame = 0;
                s.endFrame = 40;
                s.label = QStringLiteral("kick");
                QVERIFY(doc.addSegment(s) > 0);
            }
        }
        project::ExportOptions o;
        o.output = mDir.filePath("mixed").toStdString();
        o.formats = {project::ExportFormat::Bvh};
        const project::ExportResult r = project::exportProject(*project::ProjectFile::open(project.toStdString()), o);
        QCOMPARE(r.items, 1);
        QCOMPARE(r.failures.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(r.failures[0]).contains(QStringLiteral("rotations")), r.failures[0].c_str());
    }

    void theCommandLineExports()
    {
        std::ostringstream out, err;
        const std::string dir = mDir.filePath("cli").toStdString();
        int code = runGeomotion({"export", mProject.toStdString(), "--out", dir, "--format", "csv,babel"}, out, err);
        QCOMPARE(code, 0);
        QVERIFY2(out.str().find("exported 3 item(s)") != std::string::npos, out.str().c_str());
        QVERIFY(QFile::exists(QString::fromStdString(dir) + QStringLiteral("/segments.csv")));
        std::ostringstream out2, err2;
        code = runGeomotion({"export", mProject.toStdString(), "--out", dir, "--format", "csv"}, out2, err2);
        QCOMPARE(code, 1); // exists: kept
        QVERIFY(err2.str().find("exists") != std::string::npos);
        std::ostringstream out3, err3;
        QCOMPARE(runGeomotion({"export", mProject.toStdString(), "--out", dir, "--format", "gif"}, out3, err3), 2);
        QCOMPARE(runGeomotion({"export", mProject.toStdString(), "--out", dir, "--shard", "3/2"}, out3, err3), 2);
        QCOMPARE(runGeomotion({"export", mClip.toStdString(), "--out", dir}, out3, err3), 1);
        QVERIFY(err3.str().find("not a GeoMotion project") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"

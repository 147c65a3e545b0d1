// The project store and the document over it: every edit command's redo and undo (and what the
// file holds after each), drag merging, store round trips, clips found again by hash after they
// move, foreign / corrupt / newer files refused and left untouched, and a process killed with
// SIGKILL in the middle of editing whose every reported edit is in the file afterwards.

#include "common/gmtest.h"
#include "core/annotationimport.h"
#include "core/motiondocument.h"
#include "core/projectstore.h"
#include "core/resourcepaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace gm::app;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The child side of the kill test: makes numbered edits as fast as it can and prints each one
/// after the call that made it returned.
int runEditor(const QString &project, const QString &clip)
{
    MotionDocument doc;
    QString error;
    if (!doc.create(project, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 clipId = doc.clipFor(clip, 120.0, 2752, &error);
    const qint64 tier = doc.tiers().front().id;
    for (int i = 0;; ++i) {
        Segment s;
        s.clipId = clipId;
        s.tierId = tier;
        s.startFrame = i * 10;
        s.endFrame = i * 10 + 5;
        s.label = QStringLiteral("edit %1").arg(i);
        const qint64 id = doc.addSegment(s);
        if (id == 0)
            return 2;
        if (i % 3 == 1)
            doc.setText(id, QStringLiteral("text %1").arg(i));
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestMotionDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mClip;

    QString newPath(const QString &name) const { return mDir.filePath(name); }

    Segment segmentOn(const MotionDocument &doc, qint64 clip, int start, int end, const QString &label = {})
    {
        Segment s;
        s.clipId = clip;
        s.tierId = doc.tiers().front().id;
        s.startFrame = start;
        s.endFrame = end;
        s.label = label;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mClip = demoClipPath();
        QVERIFY(!mClip.isEmpty());
    }

    void createsAProjectWithTiers()
    {
        MotionDocument doc;
        QSignalSpy opened(&doc, &MotionDocument::opened);
        QString error;
        QVERIFY2(doc.create(newPath("a.gmproj"), &error), qPrintable(error));
        QCOMPARE(opened.count(), 1);
        const std::vector<Tier> tiers = doc.tiers();
        QCOMPARE(tiers.size(), std::size_t(2));
        QCOMPARE(tiers[0].kind, Tier::Kind::Label);
        QCOMPARE(tiers[1].kind, Tier::Kind::Caption);
        QVERIFY(!doc.create(newPath("a.gmproj"), &error)); // exists
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(doc.isOpen()); // the open project stays
        // WAL mode and the application id are in the file.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(newPath("a.gmproj"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), ProjectStore::kApplicationId);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), ProjectStore::kSchemaVersion);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void registersClipsByContent()
    {
        MotionDocument doc;
        QVERIFY(doc.create(newPath("clips.gmproj")));
        QString error;
        const qint64 id = doc.clipFor(mClip, 120.0, 2752, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(doc.clipFor(mClip, 120.0, 2752), id); // the same file, the same clip
        const std::optional<ProjectClip> c = doc.store()->clip(id);
        QVERIFY(c);
        QCOMPARE(c->sha256, QCryptographicHash::hash(fileBytes(mClip), QCryptographicHash::Sha256).toHex());
        QCOMPARE(c->frames, 2752);
        QCOMPARE(doc.clipFor(newPath("missing.bvh"), 30, 10, &error), qint64(0));
        QVERIFY(error.contains(QStringLiteral("missing.bvh")));
    }

    void findsMovedClipsByHash()
    {
        const QString copy = newPath("moving/take.bvh");
        QVERIFY(QDir().mkpath(newPath("moving")));
        QVERIFY(QFile::copy(mClip, copy));
        const QString project = newPath("moved.gmproj");
        {
            MotionDocument doc;
            QVERIFY(doc.create(project));
            QVERIFY(doc.clipFor(copy, 120, 2752) > 0);
        }
        QVERIFY(QDir().mkpath(newPath("elsewhere/deep")));
        QVERIFY(QFile::rename(copy, newPath("elsewhere/deep/renamed.bvh")));
        MotionDocument doc;
        QVERIFY(doc.open(project));
        QCOMPARE(doc.store()->missingClips().size(), std::size_t(1));
        QCOMPARE(doc.store()->relocateMissing(newPath("elsewhere")), 1);
        QVERIFY(doc.store()->missingClips().empty());
        QCOMPARE(doc.store()->clips().front().path,
                 QFileInfo(newPath("elsewhere/deep/renamed.bvh")).absoluteFilePath());
    }

    void everyEditUndoesAndRedoes()
    {
        MotionDocument doc;
        QVERIFY(doc.create(newPath("edits.gmproj")));
        const qint64 clip = doc.clipFor(mClip, 120, 2752);
        QSignalSpy changed(&doc, &MotionDocument::segmentsChanged);
        QUndoStack *undo = doc.undoStack();

        // Add.
        const qint64 a = doc.addSegment(segmentOn(doc, clip, 10, 50, QStringLiteral("walk")));
        QVERIFY(a > 0);
        QCOMPARE(doc.segments(clip).size(), std::size_t(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), clip);
        QVERIFY(!doc.segment(a)->author.isEmpty() || qEnvironmentVariableIsEmpty("USER"));
        undo->undo();
        QVERIFY(doc.segments(clip).empty());
        undo->redo();
        QCOMPARE(doc.segment(a)->startFrame, 10); // the same id again

        // Move, resize, label, text.
        doc.moveSegment(a, 20);
        QCOMPARE(doc.segment(a)->startFrame, 20);
        QCOMPARE(doc.segment(a)->endFrame, 60);
        doc.resizeSegment(a, 15, 70);
        QCOMPARE(doc.segment(a)->endFrame, 70);
        doc.setLabel(a, QStringLiteral("run"));
        doc.setText(a, QStringLiteral("a person runs"));
        QCOMPARE(doc.segment(a)->text, QStringLiteral("a person runs"));
        QCOMPARE(undo->undoText(), QStringLiteral("Edit Caption"));
        undo->undo();
        QVERIFY(doc.segment(a)->text.isEmpty());
        undo->undo();
        QCOMPARE(doc.segment(a)->label, QStringLiteral("walk"));
        undo->undo();
        QCOMPARE(doc.segment(a)->endFrame, 60);
        undo->undo();
        QCOMPARE(doc.segment(a)->startFrame, 10);
        for (int i = 0; i < 4; ++i)
            undo->redo();
        QCOMPARE(doc.segment(a)->text, QStringLiteral("a person runs"));
        QCOMPARE(doc.segment(a)->label, QStringLiteral("run"));

        // Split and merge.
        const qint64 b = doc.splitSegment(a, 40);
        QVERIFY(b > 0 && b != a);
        QCOMPARE(doc.segment(a)->endFrame, 40);
        QCOMPARE(doc.segment(b)->startFrame, 40);
        QCOMPARE(doc.segment(b)->endFrame, 70);
        QCOMPARE(doc.segment(b)->label, QStringLiteral("run"));
        undo->undo();
        QVERIFY(!doc.segment(b));
        QCOMPARE(doc.segment(a)->endFrame, 70);
        undo->redo();
        QCOMPARE(doc.segment(b)->startFrame, 40);
        doc.setText(b, QStringLiteral("then stops"));
        doc.mergeSegments(a, b);
        QVERIFY(!doc.segment(b));
        QCOMPARE(doc.segment(a)->endFrame, 70);
        QCOMPARE(doc.segment(a)->text, QStringLiteral("a person runs then stops"));
        undo->undo();
        QCOMPARE(doc.segment(b)->text, QStringLiteral("then stops"));
        QCOMPARE(doc.segment(a)->endFrame, 40);
        QCOMPARE(doc.splitSegment(a, 10), qint64(0)); // not inside

        // Accept a model caption; remove.
        const qint64 tier = doc.tiers()[1].id;
        const qint64 m
            = doc.acceptSuggestion(clip, tier, 0, 80, QStringLiteral("a person walks."), QStringLiteral("m1"));
        QCOMPARE(doc.segment(m)->source, Segment::Source::Model);
        QCOMPARE(doc.segment(m)->modelId, QStringLiteral("m1"));
        QCOMPARE(undo->undoText(), QStringLiteral("Use Caption as Annotation"));
        doc.removeSegment(m);
        QVERIFY(!doc.segment(m));
        undo->undo();
        QCOMPARE(doc.segment(m)->text, QStringLiteral("a person walks."));

        // Everything undone: an empty clip; everything redone: as it was.
        const std::vector<Segment> end = doc.segments(clip);
        const int index = undo->index();
        undo->setIndex(0);
        QVERIFY(doc.segments(clip).empty());
        undo->setIndex(index);
        const std::vector<Segment> again = doc.segments(clip);
        QCOMPARE(again.size(), end.size());
        for (std::size_t i = 0; i < end.size(); ++i)
            QVERIFY(again[i] == end[i]);
    }

    void dragsMergeIntoOneStep()
    {
        MotionDocument doc;
        QVERIFY(doc.create(newPath("drag.gmproj")));
        const qint64 clip = doc.clipFor(mClip, 120, 2752);
        const qint64 a = doc.addSegment(segmentOn(doc, clip, 0, 10));
        const int before = doc.undoStack()->count();
        for (int x = 1; x <= 20; ++x)
            doc.moveSegment(a, x, 7);
        QCOMPARE(doc.undoStack()->count(), before + 1);
        for (int x = 11; x <= 30; ++x)
            doc.resizeSegment(a, 20, x + 20, 8);
        QCOMPARE(doc.undoStack()->count(), before + 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.segment(a)->endFrame, 30);
        doc.undoStack()->undo();
        QCOMPARE(doc.segment(a)->startFrame, 0);
        // Without a gesture each move is its own step.
        doc.moveSegment(a, 5);
        doc.moveSegment(a, 6);
        QCOMPARE(doc.undoStack()->count(), before + 2);
    }

    void aRefusedEditChangesNothing()
    {
        MotionDocument doc;
        QVERIFY(doc.create(newPath("refused.gmproj")));
        const qint64 clip = doc.clipFor(mClip, 120, 2752);
        QSignalSpy errors(&doc, &MotionDocument::error);
        Segment bad = segmentOn(doc, clip, 10, 5);
        QCOMPARE(doc.addSegment(bad), qint64(0));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("end after it starts")));
        QCOMPARE(doc.undoStack()->count(), 0);
        Segment orphan = segmentOn(doc, 9999, 0, 5); // no such clip: the foreign key refuses it
        QCOMPARE(doc.addSegment(orphan), qint64(0));
        QVERIFY(doc.segments(9999).empty());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void storeRoundTrips()
    {
        const QString path = newPath("round.gmproj");
        std::vector<Segment> written;
        qint64 clip = 0;
        {
            MotionDocument doc;
            QVERIFY(doc.create(path));
            clip = doc.clipFor(mClip, 120, 2752);
            Segment s = segmentOn(doc, clip, 3, 9, QStringLiteral("wave"));
            s.text = QStringLiteral("waves — « ünïcode » 挥手");
            doc.addSegment(s);
            doc.acceptSuggestion(clip, doc.tiers()[1].id, 1, 2, QStringLiteral("x"), QStringLiteral("model-a"));
            doc.addLabel(QStringLiteral("wave"), QStringLiteral("#ff8800"));
            doc.store()->addSuggestion(
                {0, clip, 0, 40, QStringLiteral("a person waves."), -3.5, QStringLiteral("m"), {}});
            doc.store()->cacheTokens(clip, QStringLiteral("hash1"), {5, 17, 127, 0});
            doc.store()->setSetting(QStringLiteral("fps"), QStringLiteral("20"));
            written = doc.segments(clip);
        }
        MotionDocument doc;
        QString error;
        QVERIFY2(doc.open(path, &error), qPrintable(error));
        const std::vector<Segment> read = doc.segments(clip);
        QCOMPARE(read.size(), written.size());
        for (std::size_t i = 0; i < read.size(); ++i)
            QVERIFY(read[i] == written[i]);
        QCOMPARE(doc.labels().size(), std::size_t(1));
        QCOMPARE(doc.labelColor(QStringLiteral("wave")), QStringLiteral("#ff8800"));
        QCOMPARE(doc.labelColor(QStringLiteral("jump")), doc.labelColor(QStringLiteral("jump")));
        QCOMPARE(doc.store()->suggestions(clip).front().logProbability, -3.5);
        QCOMPARE(*doc.store()->cachedTokens(clip, QStringLiteral("hash1")), (std::vector<std::int64_t>{5, 17, 127, 0}));
        QVERIFY(!doc.store()->cachedTokens(clip, QStringLiteral("other")));
        QCOMPARE(doc.store()->setting(QStringLiteral("fps")), QStringLiteral("20"));
    }

    void refusesFilesThatAreNotProjects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("hello, this is not a database\n")
                              << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an SQLite database");
        QByteArray truncated("SQLite format 3\0", 16);
        truncated += QByteArray(100, '\x7f');
        QTest::newRow("damaged") << truncated << QStringLiteral("is not a GeoMotion project");
    }

    void refusesFilesThatAreNotProjects()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = newPath(QStringLiteral("bad-%1.gmproj").arg(QTest::currentDataTag()));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        MotionDocument doc;
        QString error;
        QVERIFY(!doc.open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(QFileInfo(path).fileName()));
        QCOMPARE(fileBytes(path), content); // never written to
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsDatabaseAndANewerSchema()
    {
        const QString foreign = newPath("foreign.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
        const QByteArray before = fileBytes(foreign);
        MotionDocument doc;
        QString error;
        QVERIFY(!doc.open(foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QCOMPARE(fileBytes(foreign), before);

        const QString newer = newPath("newer.gmproj");
        {
            MotionDocument d;
            QVERIFY(d.create(newer));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        QVERIFY(!doc.open(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("newer GeoMotion")) && error.contains(QStringLiteral("99")),
                 qPrintable(error));

        // A negative schema version (no build writes one; fuzz_project found it "migrated" and
        // changed): refused as damaged, not a byte changed.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("negative"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = -1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("negative"));
        const QByteArray negative = fileBytes(newer);
        QVERIFY(!doc.open(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileBytes(newer), negative);

        // Schema version 0 ("not set up yet") over tables that exist: the migration fails, is
        // rolled back, and the file is as it was (fuzz_project found it changed).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zero"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("zero"));
        const QByteArray zero = fileBytes(newer);
        QVERIFY(!doc.open(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be brought up")), qPrintable(error));
        QCOMPARE(fileBytes(newer), zero);
    }

    void migratesAnUnversionedProject()
    {
        // A GeoMotion file with the application id but no schema yet (version 0) is brought up.
        const QString path = newPath("v0.gmproj");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v0"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::kApplicationId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v0"));
        MotionDocument doc;
        QString error;
        QVERIFY2(doc.open(path, &error), qPrintable(error));
        QVERIFY(doc.clipFor(mClip, 120, 2752) > 0);
    }

    void importsHumanMl3dTexts()
    {
        GM_REQUIRE_DATA(texts, "humanml3d/texts/012314.txt");
        const std::vector<ImportedSegment> read = readAnnotations(texts);
        QVERIFY(read.size() >= 3);
        QCOMPARE(read[1].text, QStringLiteral("walking sideways and almost falling."));
        QCOMPARE(read[1].kind, Tier::Kind::Caption);
        MotionDocument doc;
        QVERIFY(doc.create(newPath("import-h.gmproj")));
        const qint64 clip = doc.clipFor(mClip, 20.0, 170);
        QCOMPARE(doc.importSegments(clip, 20.0, 170, read), int(read.size()));
        const std::vector<Segment> segments = doc.segments(clip);
        QCOMPARE(segments.size(), read.size());
        for (const Segment &seg : segments) { // 0#0: the whole clip
            QCOMPARE(seg.startFrame, 0);
            QCOMPARE(seg.endFrame, 170);
            QCOMPARE(seg.tierId, doc.tiers()[1].id);
        }
        QVERIFY(doc.undoStack()->undoText().startsWith(QStringLiteral("Import")));
        doc.undoStack()->undo(); // one step takes them all back
        QVERIFY(doc.segments(clip).empty());
    }

    void importsKitAndBabelJson()
    {
        GM_REQUIRE_DATA(kit, "kitml/annotations.json");
        const std::vector<ImportedSegment> k = readAnnotations(kit, QStringLiteral("00001"));
        QCOMPARE(k.size(), std::size_t(1));
        QCOMPARE(k[0].text, QStringLiteral("A person is walking forwards."));
        QCOMPARE(k[0].endSeconds, 3.78);
        // By a part of the entry's path.
        QVERIFY(!readAnnotations(kit, QStringLiteral("WalkingStraightForward01_poses")).empty());
        QVERIFY_THROWS_EXCEPTION(ProjectError, readAnnotations(kit)); // thousands of entries: which one?
        QVERIFY_THROWS_EXCEPTION(ProjectError, readAnnotations(kit, QStringLiteral("no-such-clip")));

        const QString babel = newPath("babel.json");
        {
            QFile f(babel);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"4337": {"babel_sid": 4337, "dur": 6.0, "feat_p": "CMU/CMU/01/01_01_poses.npz",
                "seq_ann": {"labels": [{"raw_label": "jump", "proc_label": "jump", "act_cat": ["jump"]}]},
                "frame_ann": {"labels": [
                  {"raw_label": "hop forward", "proc_label": "hop", "act_cat": ["jump"], "start_t": 0.5, "end_t": 2.0},
                  {"raw_label": "turning around", "proc_label": "turn around", "act_cat": ["turn"], "start_t": 2.0, "end_t": 3.25}]}},
               "9": {"babel_sid": 9, "dur": 2.0, "feat_p": "CMU/CMU/02/02_01_poses.npz",
                "seq_ann": {"labels": [{"raw_label": "walking", "proc_label": "walk"}]}, "frame_ann": null}})");
        }
        const std::vector<ImportedSegment> b = readAnnotations(babel, QStringLiteral("01_01_poses"));
        QCOMPARE(b.size(), std::size_t(2));
        QCOMPARE(b[0].kind, Tier::Kind::Label);
        QCOMPARE(b[0].label, QStringLiteral("hop"));
        QCOMPARE(b[0].text, QStringLiteral("hop forward"));
        QCOMPARE(b[1].startSeconds, 2.0);
        QCOMPARE(b[1].endSeconds, 3.25);
        const std::vector<ImportedSegment> sequence = readAnnotations(babel, QStringLiteral("9"));
        QCOMPARE(sequence.size(), std::size_t(1)); // no frame labels: the sequence's, over it all
        QCOMPARE(sequence[0].label, QStringLiteral("walk"));

        MotionDocument doc;
        QVERIFY(doc.create(newPath("import-b.gmproj")));
        const qint64 clip = doc.clipFor(mClip, 120.0, 2752);
        QCOMPARE(doc.importSegments(clip, 120.0, 2752, b), 2);
        const std::vector<Segment> segments = doc.segments(clip);
        QCOMPARE(segments[0].startFrame, 60);
        QCOMPARE(segments[0].endFrame, 240);
        QCOMPARE(segments[1].endFrame, 390);
        QCOMPARE(doc.labels().size(), std::size_t(2)); // the vocabulary learnt them
    }

    void importsCsv()
    {
        const QString csv = newPath("segments.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("tier,start,end,label,text\r\n"
                    "label,0.5,1.5,walk,\r\n"
                    "caption,1,3,,\"a person walks, then says \"\"hi\"\"\nand waves\"\r\n"
                    "\r\n");
        }
        const std::vector<ImportedSegment> c = readAnnotations(csv);
        QCOMPARE(c.size(), std::size_t(2));
        QCOMPARE(c[0].kind, Tier::Kind::Label);
        QCOMPARE(c[0].label, QStringLiteral("walk"));
        QCOMPARE(c[1].kind, Tier::Kind::Caption);
        QCOMPARE(c[1].text, QStringLiteral("a person walks, then says \"hi\"\nand waves"));

        auto failsWith = [&](const QByteArray &content, const QString &ext, const QString &expected) {
            const QString path = newPath(QStringLiteral("bad.") + ext);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(content);
            f.close();
            try {
                readAnnotations(path);
            } catch (const ProjectError &e) {
                return e.message().contains(expected) && e.message().contains(QStringLiteral("bad."));
            }
            return false;
        };
        QVERIFY(failsWith("tier,start,end,label\nlabel,2,1,x\n", QStringLiteral("csv"), QStringLiteral("line 2")));
        QVERIFY(failsWith("tier,begin,label\n", QStringLiteral("csv"), QStringLiteral("header")));
        QVERIFY(failsWith("start,end,text\n0,1,\"open\n", QStringLiteral("csv"), QStringLiteral("does not end")));
        QVERIFY(failsWith("{\"a\": [", QStringLiteral("json"), QStringLiteral("not JSON")));
        QVERIFY(failsWith("no hashes here\n", QStringLiteral("txt"), QStringLiteral("no caption")));
        QVERIFY(failsWith("x", QStringLiteral("xml"), QStringLiteral("unknown annotation format")));
    }

    void aKilledEditorLosesNothing()
    {
#ifdef Q_OS_UNIX
        const QString project = newPath("killed.gmproj");
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--edit-until-killed"), project, mClip});
        child.start();
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        while (out.count('\n') < 60 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.count('\n') >= 60, child.readAllStandardError().constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Every edit the child reported (it prints after the call returns) is in the file.
        // Only whole lines count (a number cut by the kill has no newline yet).
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');
        int last = -1;
        for (const QByteArray &line : lines)
            last = std::max(last, line.toInt());
        QVERIFY(last >= 59);
        MotionDocument doc;
        QString error;
        QVERIFY2(doc.open(project, &error), qPrintable(error));
        const std::vector<ProjectClip> clips = doc.store()->clips();
        QCOMPARE(clips.size(), std::size_t(1));
        const std::vector<Segment> segments = doc.segments(clips.front().id);
        QVERIFY2(int(segments.size()) >= last + 1,
                 qPrintable(QStringLiteral("%1 segments, %2 reported").arg(segments.size()).arg(last + 1)));
        for (int i = 0; i <= last; ++i) {
            const Segment &s = segments[std::size_t(i)];
            QCOMPARE(s.label, QStringLiteral("edit %1").arg(i));
            QCOMPARE(s.startFrame, i * 10);
            if (i % 3 == 1)
                QCOMPARE(s.text, QStringLiteral("text %1").arg(i));
        }
#else
        QSKIP("SIGKILL is POSIX");
#endif
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--edit-until-killed")
        return runEditor(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestMotionDocument tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "test_motiondocument.moc"

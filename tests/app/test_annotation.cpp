// Annotating in the studio, as a user would: a new project, the tier lanes under the timeline,
// a segment made by dragging (and by in/out keys during playback), moved and resized by dragging
// (one undo step per drag), labelled and captioned through the edit dialog, split and merged,
// undone and redone from the Edit menu, "Use as Annotation" from the caption dock, and the
// project reopened with everything in it.

#include "common/gltest.h"
#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/projectsession.h"
#include "core/resourcepaths.h"
#include "ui/annotationcontroller.h"
#include "ui/annotationlane.h"
#include "ui/captiondock.h"
#include "ui/datasetdock.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/videoexportdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace gm;
using gm::ui::MainWindow;

class TestAnnotation : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    QTemporaryDir mDir;

    MainWindow &window() { return *mWindow; }
    app::MotionDocument &doc() { return window().session().document(); }
    ui::AnnotationLane *lane(int i) { return window().annotations().lanes().at(i); }
    QAction *action(const char *name) { return window().findChild<QAction *>(QLatin1String(name)); }
    std::vector<app::Segment> segments() { return doc().segments(window().session().activeProjectClip()); }

    void drag(QWidget *w, QPoint from, QPoint to)
    {
        QTest::mousePress(w, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(w, from + (to - from) * i / 5);
        QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_GL();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        mWindow = std::make_unique<MainWindow>();
        window().resize(1400, 900);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        QSignalSpy loaded(&window().library(), &app::ClipLibrary::loaded);
        window().openFiles({app::demoClipPath()});
        QVERIFY(loaded.wait(30000));
    }

    void withoutAProjectTheLanesAreAbsent()
    {
        QVERIFY(window().annotations().lanes().isEmpty());
        QVERIFY(!action("MarkInAction")->isEnabled());
    }

    void aNewProjectShowsItsTiers()
    {
        QVERIFY(window().annotations().newProject(mDir.filePath("p.gmproj")));
        QTest::qWait(50);
        QCOMPARE(window().annotations().lanes().size(), 2);
        QVERIFY(window().session().activeProjectClip() > 0); // the open clip joined the project
        QVERIFY(action("MarkInAction")->isEnabled());
    }

    void draggingMakesMovesAndResizesASegment()
    {
        ui::AnnotationLane *l = lane(0);
        const int y = l->height() / 2;
        const double fps = window().library().active()->clip->fps();
        const QPoint from(int(l->xForFrame(int(2 * fps))), y), to(int(l->xForFrame(int(4 * fps))), y);
        drag(l, from, to);
        QCOMPARE(segments().size(), std::size_t(1));
        const app::Segment s = segments().front();
        QVERIFY(std::abs(s.startFrame - 2 * fps) <= fps * 0.05);
        QVERIFY(std::abs(s.endFrame - 4 * fps) <= fps * 0.05);
        QCOMPARE(window().session().selectedSegment(), s.id);

        // Move by dragging the middle: one undo step for the whole drag.
        const int steps = doc().undoStack()->count();
        const QPoint middle = l->segmentRect(s.id).center().toPoint();
        drag(l, middle, middle + QPoint(int(l->xForFrame(int(1 * fps)) - l->xForFrame(0)), 0));
        QCOMPARE(doc().undoStack()->count(), steps + 1);
        const app::Segment moved = *doc().segment(s.id);
        QCOMPARE(moved.endFrame - moved.startFrame, s.endFrame - s.startFrame);
        QVERIFY(std::abs(moved.startFrame - 3 * fps) <= fps * 0.05);

        // Resize from the right edge.
        const QRectF r = l->segmentRect(s.id);
        drag(l, QPoint(int(r.right()) - 1, y), QPoint(int(l->xForFrame(int(6 * fps))), y));
        QCOMPARE(doc().undoStack()->count(), steps + 2);
        QVERIFY(std::abs(doc().segment(s.id)->endFrame - 6 * fps) <= fps * 0.05);
        QCOMPARE(doc().segment(s.id)->startFrame, moved.startFrame);

        // Undo twice from the Edit menu: back where it was made.
        action("UndoAction")->trigger();
        action("UndoAction")->trigger();
        QCOMPARE(doc().segment(s.id)->startFrame, s.startFrame);
        action("RedoAction")->trigger();
        action("RedoAction")->trigger();
        QVERIFY(std::abs(doc().segment(s.id)->endFrame - 6 * fps) <= fps * 0.05);

        // Snapping to tokens: a new segment starts and ends on token boundaries (the bundled
        // model's tokens are 0.2 s: 8.16 s → 8.2 s, 9.44 s → 9.4 s).
        QTRY_VERIFY_WITH_TIMEOUT(window().ml().hasModel(), 30000);
        QCOMPARE(window().ml().model().secondsPerToken(), 0.2);
        action("SnapTokensAction")->setChecked(true);
        const QPoint a(int(l->xForFrame(int(8.16 * fps))), y), b(int(l->xForFrame(int(9.44 * fps))), y);
        drag(l, a, b);
        action("SnapTokensAction")->setChecked(false);
        const app::Segment snapped = *doc().segment(window().session().selectedSegment());
        QCOMPARE(snapped.startFrame, int(std::lround(8.2 * fps)));
        QCOMPARE(snapped.endFrame, int(std::lround(9.4 * fps)));
    }

    void theEditDialogLabelsAndCaptions()
    {
        const qint64 id = segments().front().id;
        window().session().selectSegment(id);
        action("EditSegmentAction")->trigger();
        auto *dialog = qobject_cast<QInputDialog *>(window().annotations().editDialog());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("walk"));
        dialog->accept();
        QCOMPARE(doc().segment(id)->label, QStringLiteral("walk"));
        QCOMPARE(doc().labels().size(), std::size_t(1)); // the vocabulary learnt it
        action("UndoAction")->trigger();
        QVERIFY(doc().segment(id)->label.isEmpty());
        action("RedoAction")->trigger();
        QCOMPARE(doc().segment(id)->label, QStringLiteral("walk"));
    }

    void splitsAndMergesAtThePlayHead()
    {
        const app::Segment s = segments().front();
        const double fps = window().library().active()->clip->fps();
        window().session().selectSegment(s.id);
        window().playback().setTime((s.startFrame + s.endFrame) / 2.0 / fps);
        action("SplitSegmentAction")->trigger();
        QCOMPARE(segments().size(), std::size_t(3));
        QCOMPARE(doc().segment(s.id)->endFrame, int(std::lround((s.startFrame + s.endFrame) / 2.0)));
        action("MergeSegmentAction")->trigger();
        QCOMPARE(segments().size(), std::size_t(2));
        QCOMPARE(doc().segment(s.id)->endFrame, s.endFrame);
    }

    void inAndOutKeysMakeASegmentDuringPlayback()
    {
        window().session().selectSegment(0);
        const double fps = window().library().active()->clip->fps();
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        window().playback().setTime(12.0);
        QTest::keyClick(&window(), Qt::Key_I);
        QCOMPARE(window().session().inPoint(), int(std::lround(12.0 * fps)));
        window().playback().setTime(13.5);
        QTest::keyClick(&window(), Qt::Key_O);
        const app::Segment s = *doc().segment(window().session().selectedSegment());
        QCOMPARE(s.startFrame, int(std::lround(12.0 * fps)));
        QCOMPARE(s.endFrame, int(std::lround(13.5 * fps)));
        QCOMPARE(s.tierId, window().session().firstTier(app::Tier::Kind::Label));
        QCOMPARE(window().session().inPoint(), -1);
        QTest::keyClick(&window(), Qt::Key_Delete);
        QVERIFY(!doc().segment(s.id));
    }

    void aCaptionBecomesAnAnnotation()
    {
        QSignalSpy ready(&window().ml(), &app::MlController::analysisReady);
        if (!window().ml().analysis(window().library().active()->id))
            QVERIFY(ready.wait(120000));
        ui::CaptionDock *dock = window().captionDock();
        dock->setRange(2, 6);
        QSignalSpy finished(&window().ml(), &app::MlController::captionFinished);
        dock->captionAction()->trigger();
        QVERIFY(finished.wait(60000));
        const QString text = dock->candidates()->topLevelItem(0)->text(0);
        dock->useAction()->trigger();
        const app::Segment s = *doc().segment(window().session().selectedSegment());
        const double fps = window().library().active()->clip->fps();
        QCOMPARE(s.text, text);
        QCOMPARE(s.source, app::Segment::Source::Model);
        QCOMPARE(s.tierId, window().session().firstTier(app::Tier::Kind::Caption));
        const double perToken = window().ml().model().secondsPerToken(); // tokens 2 to 6
        QCOMPARE(s.startFrame, int(std::lround(2 * perToken * fps)));
        QCOMPARE(s.endFrame, int(std::lround(7 * perToken * fps)));
        QVERIFY(!s.modelId.isEmpty());
        QCOMPARE(doc().undoStack()->undoText(), QStringLiteral("Use Caption as Annotation"));
        // The project keeps the candidates and the clip's tokens.
        const qint64 clip = window().session().activeProjectClip();
        const std::vector<app::CaptionSuggestion> suggestions = doc().store()->suggestions(clip);
        QVERIFY(!suggestions.empty());
        QCOMPARE(suggestions.back().text, text);
        QCOMPARE(suggestions.back().startFrame, s.startFrame);
        QCOMPARE(suggestions.back().modelId, window().ml().model().fingerprint);
        const auto tokens = doc().store()->cachedTokens(clip, window().ml().model().fingerprint);
        QVERIFY(tokens);
        QCOMPARE(*tokens, window().ml().analysis(window().library().active()->id)->tokens);
    }

    void importsIntoTheActiveClip()
    {
        GM_REQUIRE_DATA(texts, "humanml3d/texts/000000.txt");
        const std::size_t before = segments().size();
        QVERIFY(action("ImportAnnotationsAction")->isEnabled());
        QCOMPARE(window().annotations().importAnnotations(texts), 4); // its four lines
        QCOMPARE(segments().size(), before + 4);
        action("UndoAction")->trigger();
        QCOMPARE(segments().size(), before);
    }

    void theProjectReopensWithEverything()
    {
        const std::vector<app::Segment> before = segments();
        QVERIFY(!before.empty());
        action("CloseProjectAction")->trigger();
        QVERIFY(window().annotations().lanes().isEmpty());
        QVERIFY(window().annotations().openProject(mDir.filePath("p.gmproj")));
        const std::vector<app::Segment> after = segments();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i)
            QVERIFY(after[i] == before[i]);
        const QString shots = qEnvironmentVariable("GM_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window().grab().save(QDir(shots).filePath(QStringLiteral("studio-annotate.png"))));
    }

    void exportsFromTheDialog()
    {
        QTemporaryDir out;
        auto *dialog = window().annotations().showExportDialog();
        QVERIFY(dialog);
        dialog->setOutput(out.path());
        dialog->setFormats({QStringLiteral("csv"), QStringLiteral("humanml3d")});
        QSignalSpy finished(dialog, &ui::ExportDialog::finished);
        dialog->start();
        QVERIFY(dialog->running());
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog->running());
        const int items = finished.first().at(0).toInt();
        QCOMPARE(items, int(segments().size()));
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Exported")), qPrintable(dialog->resultText()));
        QVERIFY(QFile::exists(out.filePath("segments.csv")));
        QCOMPARE(QDir(out.filePath("humanml3d/new_joint_vecs")).entryList(QDir::Files).size(), items);
        QCOMPARE(QDir(out.filePath("humanml3d/motion_tokens")).entryList(QDir::Files).size(), items);
        // Again: everything exists and is kept.
        QSignalSpy again(dialog, &ui::ExportDialog::finished);
        dialog->start();
        QVERIFY(again.wait(60000));
        QCOMPARE(again.first().at(0).toInt(), 0);
        QVERIFY(dialog->resultText().contains(QStringLiteral("exists")));
        dialog->close();
    }

    void exportsAVideoFromTheDialog()
    {
        QTemporaryDir out;
        auto *dialog = window().annotations().showVideoDialog();
        QVERIFY(dialog);
        dialog->setPath(out.filePath("clip.gif"));
        dialog->setSize(320, 180);
        dialog->setFps(5);
        QSignalSpy finished(&dialog->exporter(), &app::VideoExporter::finished);
        dialog->start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const app::VideoEncoder::Probe p = app::VideoEncoder::probe(out.filePath("clip.gif"));
        QCOMPARE(p.codec, QStringLiteral("gif"));
        QCOMPARE(p.frames, app::VideoExporter::frameCount(window().library().active()->clip->duration(), [] {
                     app::VideoExportOptions o;
                     o.video.fps = 5;
                     return o;
                 }()));
        dialog->close();
    }

    void aBadProjectFileIsAClearError()
    {
        const QString path = mDir.filePath("bad.gmproj");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        QVERIFY(!window().annotations().openProject(path));
        QTest::qWait(50);
        auto *box = window().findChild<QMessageBox *>(QStringLiteral("ProjectErrorBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not a GeoMotion project")));
        box->close();
        QVERIFY(window().session().document().isOpen()); // the open project stays
    }

    void datasetModeGoesClipByClip()
    {
        QTemporaryDir data;
        const char *files[] = {"bvh/cmu/01_01.bvh", "bvh/cmu/131_01.bvh", "bvh/cmu/131_03.bvh"};
        for (const char *f : files)
            QVERIFY(QFile::copy(gm::test::dataPath(QLatin1String(f)),
                                data.filePath(QFileInfo(QLatin1String(f)).fileName())));
        QSignalSpy loaded(&window().library(), &app::ClipLibrary::loaded);
        QVERIFY(window().annotations().openDataset(data.path()));
        QVERIFY(QFileInfo::exists(data.filePath("geomotion.gmproj")));
        ui::DatasetDock *dock = window().annotations().datasetDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->list()->topLevelItemCount(), 3);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dock->currentRow(), 0);
        QCOMPARE(window().library().count(), 1);
        QCOMPARE(window().library().active()->name, QStringLiteral("01_01.bvh"));

        // The keyboard-only flow: caption, accept, next clip without annotations.
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QSignalSpy ready(&window().ml(), &app::MlController::analysisReady);
        if (!window().ml().analysis(window().library().active()->id))
            QVERIFY(ready.wait(120000));
        window().captionDock()->setRange(-1, -1);
        QSignalSpy finished(&window().ml(), &app::MlController::captionFinished);
        QTest::keyClick(&window(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(60000));
        QTest::keyClick(&window(), Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(segments().size(), std::size_t(1));
        QCOMPARE(dock->list()->topLevelItem(0)->text(1), QStringLiteral("1"));
        QSignalSpy next(&window().library(), &app::ClipLibrary::loaded);
        QTest::keyClick(&window(), Qt::Key_N);
        QVERIFY(next.wait(30000));
        QCOMPARE(dock->currentRow(), 1);
        QCOMPARE(window().library().count(), 1); // one dataset clip at a time
        QCOMPARE(window().library().active()->name, QStringLiteral("131_01.bvh"));

        // Filters.
        dock->setFilter(1);
        QVERIFY(dock->list()->topLevelItem(0)->isHidden());
        QVERIFY(!dock->list()->topLevelItem(1)->isHidden());
        dock->setFilter(2);
        QVERIFY(!dock->list()->topLevelItem(0)->isHidden());
        QVERIFY(dock->list()->topLevelItem(2)->isHidden());
        dock->setFilter(0);

        // Reopening the folder goes to the first clip without annotations.
        QSignalSpy again(&window().library(), &app::ClipLibrary::loaded);
        QVERIFY(window().annotations().openDataset(data.path()));
        QVERIFY(again.wait(30000));
        QCOMPARE(dock->currentRow(), 1);
    }

    void cleanupTestCase() { mWindow.reset(); }
};

GM_TEST_MAIN_GL(TestAnnotation, QApplication)
#include "test_annotation.moc"

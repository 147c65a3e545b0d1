// The studio's inspection panels driven as a user would, on the demo clip with the bundled model:
// the token lane (cells, hover text, click to select and seek, drag to select a range), the
// reconstruction in the scene and its error curve, the geometry dock (Gram matrix, PCA, usage,
// selection shared with the lane, PNG/SVG export), the caption dock (streaming, candidates,
// cancel, copy, a range), code preview, model info and a model directory that fails.
// With GM_SCREENSHOT_DIR set, each panel is saved there as PNG (the README's screenshots).

#include "common/gltest.h"
#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/resourcepaths.h"
#include "core/scenecontroller.h"
#include "plots/heatmapplot.h"
#include "plots/histogramplot.h"
#include "plots/scatterplot.h"
#include "render/codepalette.h"
#include "ui/captiondock.h"
#include "ui/geometrydock.h"
#include "ui/mainwindow.h"
#include "ui/timelinedock.h"
#include "ui/timelinelane.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <fstream>

using namespace gm;
using gm::ui::MainWindow;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestInspection : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    int mClipId = 0;

    MainWindow &window() { return *mWindow; }
    const app::ClipAnalysis &analysis() { return *window().ml().analysis(mClipId); }

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_GL();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        mWindow = std::make_unique<MainWindow>();
        window().resize(1400, 860);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        // The bundled model loads at start, by itself.
        QVERIFY(window().ml().modelLoading() || window().ml().hasModel());
        QSignalSpy ready(&window().ml(), &app::MlController::analysisReady);
        window().openFiles({app::demoClipPath()});
        QVERIFY(ready.wait(120000));
        QVERIFY(window().ml().hasModel());
        mClipId = window().library().active()->id;
        QVERIFY(window().ml().analysis(mClipId));
        window().playback().setTime(3.0);
        QTest::qWait(200);
    }

    void theModelIsTheBundledOne()
    {
        const auto *label = window().findChild<QLabel *>(QStringLiteral("ModelLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("bundled")), qPrintable(label->text()));
        QCOMPARE(window().ml().model().directory, app::defaultModelPath());
    }

    void theTokenLaneShowsOneCellPerToken()
    {
        ui::TokenLane *lane = window().tokenLane();
        const app::ClipAnalysis &a = analysis();
        QVERIFY(a.tokenCount() > 20);
        // Cells cover the lane left to right, in order, each one token (0.2 s for the bundled model) wide.
        const QRectF first = lane->tokenRect(0), last = lane->tokenRect(a.tokenCount() - 1);
        QVERIFY(first.width() > 3.0);
        QVERIFY(last.left() > first.right());
        QVERIFY(std::abs(lane->tokenRect(1).left() - first.right()) < 0.01);
        for (int t : {0, 5, a.tokenCount() - 1})
            QCOMPARE(lane->tokenAtX(lane->tokenRect(t).center().x()), t);
        // Aligned with the slider: the lane's x for a time is where the slider's handle goes.
        auto *slider = window().timelineDock()->findChild<QSlider *>(QStringLiteral("TimelineSlider"));
        for (double fraction : {0.0, 0.5, 1.0}) {
            slider->setValue(int(std::lround(fraction * slider->maximum())));
            QStyleOptionSlider option;
            option.initFrom(slider);
            option.minimum = slider->minimum();
            option.maximum = slider->maximum();
            option.sliderPosition = slider->value();
            const QRect handle
                = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
            const double handleX = lane->mapFromGlobal(slider->mapToGlobal(handle.center())).x();
            const double laneX = lane->xForTime(window().playback().time());
            QVERIFY2(std::abs(handleX - laneX) <= 2.0,
                     qPrintable(QStringLiteral("at %1: handle %2, lane %3").arg(fraction).arg(handleX).arg(laneX)));
        }
        QCOMPARE(lane->tokenAtX(lane->xForTime(2.05)), int(2.05 / a.secondsPerToken()));

        // Hover tells the code, its probability, the alternatives and how often it occurs.
        const QString text = lane->describeToken(5);
        const int code = int(a.tokens[5]);
        QVERIFY2(text.contains(QStringLiteral("Code <b>%1</b>").arg(code)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("probability %1").arg(double(a.probability(5, code)), 0, 'f', 3)));
        QVERIFY(text.contains(QStringLiteral("Alternatives: %1").arg(a.topCodes(5, 2)[1].first)));
        QVERIFY(text.contains(QStringLiteral("occurs %1 time").arg(a.usage()[std::size_t(code)])));

        // Each cell is drawn in its code's colour.
        const QImage image = lane->grab().toImage();
        const QPoint inside = lane->tokenRect(12).center().toPoint() + QPoint(0, -6); // away from the play head
        QCOMPARE(QColor(image.pixel(inside)).rgb() & 0xFFFFFF,
                 QColor(render::codeColor(int(a.tokens[12]))).rgb() & 0xFFFFFF);
        saveShot(window().timelineDock(), QStringLiteral("timeline-token-lane.png"));
    }

    void clickingATokenSelectsItEverywhere()
    {
        ui::TokenLane *lane = window().tokenLane();
        const app::ClipAnalysis &a = analysis();
        QTest::mouseClick(lane, Qt::LeftButton, {}, lane->tokenRect(9).center().toPoint());
        QCOMPARE(window().ml().selectedToken(), 9);
        const int code = int(a.tokens[9]);
        QCOMPARE(window().ml().selectedCode(), code);
        QVERIFY(std::abs(window().playback().time() - a.tokenStart(9)) < 0.02); // the play head moved there
        ui::GeometryDock *g = window().geometryDock();
        QCOMPARE(g->gram()->highlight(), code);
        QCOMPARE(g->scatter()->highlighted(), code);
        QCOMPARE(g->usage()->highlighted(), code);

        // Clicking a code in the histogram selects it in the other views.
        g->tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        const int other = int(a.tokens[2]) == code ? int(a.tokens[3]) : int(a.tokens[2]);
        QTest::mouseClick(g->usage(), Qt::LeftButton, {}, g->usage()->barRect(other).center().toPoint());
        QCOMPARE(window().ml().selectedCode(), other);
        QCOMPARE(window().ml().selectedToken(), -1);
        QCOMPARE(g->gram()->highlight(), other);
    }

    void aDragSelectsATokenRangeToCaption()
    {
        ui::TokenLane *lane = window().tokenLane();
        QSignalSpy range(lane, &ui::TokenLane::rangeChanged);
        QTest::mousePress(lane, Qt::LeftButton, {}, lane->tokenRect(3).center().toPoint());
        QTest::mouseMove(lane, lane->tokenRect(5).center().toPoint());
        QTest::mouseMove(lane, lane->tokenRect(8).center().toPoint());
        QTest::mouseRelease(lane, Qt::LeftButton, {}, lane->tokenRect(8).center().toPoint());
        QCOMPARE(lane->rangeFirst(), 3);
        QCOMPARE(lane->rangeLast(), 8);
        QCOMPARE(window().captionDock()->rangeFirst(), 3);
        QCOMPARE(window().captionDock()->rangeLast(), 8);
        const auto *label = window().captionDock()->findChild<QLabel *>(QStringLiteral("CaptionRange"));
        QVERIFY2(label->text().startsWith(QStringLiteral("Tokens 3–8")), qPrintable(label->text()));

        QSignalSpy finished(&window().ml(), &app::MlController::captionFinished);
        window().captionDock()->captionAction()->trigger();
        QVERIFY(finished.wait(60000));
        const app::CaptionResult r = finished.first().at(0).value<app::CaptionResult>();
        QCOMPARE(r.firstToken, 3);
        QCOMPARE(r.lastToken, 8);
        QVERIFY(window().captionDock()->statusText().contains(QStringLiteral("tokens 3–8")));

        // A plain click clears the range: the whole clip again.
        QTest::mouseClick(lane, Qt::LeftButton, {}, lane->tokenRect(1).center().toPoint());
        QCOMPARE(lane->rangeFirst(), -1);
        QCOMPARE(window().captionDock()->rangeFirst(), -1);
    }

    void theReconstructionIsDrawnWithItsErrorCurve()
    {
        QVERIFY(window().scene().hasReconstruction(mClipId));
        QCOMPARE(int(window().scene().content().skeletons.size()), 2); // the clip and its decoding
        auto *toggle = window().findChild<QAction *>(QStringLiteral("ReconstructionAction"));
        toggle->trigger();
        QCOMPARE(int(window().scene().content().skeletons.size()), 1);
        toggle->trigger();
        QCOMPARE(int(window().scene().content().skeletons.size()), 2);

        const app::ClipAnalysis &a = analysis();
        ui::ErrorCurve *curve = window().errorCurve();
        QVERIFY(std::abs(curve->errorAt(1.0) - a.frameErrors[20] * 100.0) < 1e-9);
        QVERIFY(curve->errorAt(1e6) < 0.0);
        // The curve is drawn in the reconstruction's colour.
        const QImage image = curve->grab().toImage();
        int tinted = 0;
        const QColor colour = app::SceneController::reconstructionColor();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                tinted += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                                      + std::abs(c.blue() - colour.blue())
                                  < 30
                              ? 1
                              : 0;
            }
        QVERIFY2(tinted > 50, qPrintable(QString::number(tinted)));
        saveShot(&window(), QStringLiteral("studio-inspect.png"));
    }

    void theGeometryDockPlotsTheModel()
    {
        ui::GeometryDock *g = window().geometryDock();
        const app::ModelGeometry &geometry = window().ml().geometry();
        QCOMPARE(g->gram()->dimension(), 128);
        QVERIFY(g->gram()->footer().contains(QString::number(geometry.codebookOrthogonality, 'g', 4)));
        g->setGramSource(1);
        QVERIFY(g->gram()->footer().contains(QString::number(geometry.embeddingOrthogonality, 'g', 4)));
        QCOMPARE(g->gram()->value(3, 4), geometry.embeddingGram[3 * 128 + 4]);
        g->setGramSource(0);
        QCOMPARE(g->gram()->value(3, 4), geometry.codebookGram[3 * 128 + 4]);

        // PCA: both sets, linked, the clip's codes emphasised.
        QCOMPARE(g->scatter()->series().size(), std::size_t(2));
        QCOMPARE(g->scatter()->series()[0].points.size(), std::size_t(128));
        QVERIFY(g->scatter()->isLinked());

        // Usage of the open clip: the counts and the perplexity.
        const app::ClipAnalysis &a = analysis();
        QCOMPARE(g->usage()->counts(), a.usage());
        QVERIFY2(g->usage()->footer().contains(QStringLiteral("%1 tokens").arg(a.tokenCount())),
                 qPrintable(g->usage()->footer()));

        // A folder's usage, then the clip's again.
        GM_REQUIRE_DATA(vecs, "humanml3d/new_joint_vecs");
        QSignalSpy counted(&window().ml(), &app::MlController::folderUsageReady);
        g->countFolder(QFileInfo(vecs).path());
        QVERIFY(counted.wait(60000));
        QVERIFY(g->showsFolder());
        QCOMPARE(g->usage()->counts(), counted.first().at(0).value<app::FolderUsage>().usage);
        QVERIFY2(g->usage()->footer().contains(QStringLiteral("clip")), qPrintable(g->usage()->footer()));
        QVERIFY(g->usage()->title().contains(QStringLiteral("humanml3d")));
        g->tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        saveShot(g, QStringLiteral("geometry-usage-folder.png"));
        g->showClipUsage();
        QCOMPARE(g->usage()->counts(), a.usage());

        QTemporaryDir dir;
        QString error;
        for (ui::plots::PlotWidget *plot :
             std::initializer_list<ui::plots::PlotWidget *>{g->gram(), g->scatter(), g->usage()}) {
            const QString png = dir.filePath(plot->objectName() + QStringLiteral(".png"));
            const QString svg = dir.filePath(plot->objectName() + QStringLiteral(".svg"));
            QVERIFY2(plot->exportPng(png, QSize(800, 600), &error), qPrintable(error));
            QVERIFY2(plot->exportSvg(svg, QSize(800, 600), &error), qPrintable(error));
            QCOMPARE(QImage(png).size(), QSize(800, 600));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("<svg"));
        }
        for (int tab = 0; tab < 3; ++tab) {
            g->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            saveShot(g, QStringLiteral("geometry-%1.png").arg(QStringList{"gram", "pca", "usage"}[tab]));
        }
    }

    void theCaptionDockStreamsAndCopies()
    {
        ui::CaptionDock *dock = window().captionDock();
        dock->setRange(-1, -1);
        dock->setDecoding(ml::CaptionOptions::Decoding::Beam);
        dock->setCandidateCount(3);
        QSignalSpy progress(&window().ml(), &app::MlController::captionProgress);
        QSignalSpy finished(&window().ml(), &app::MlController::captionFinished);
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QTest::keyClick(&window(), Qt::Key_Return, Qt::ControlModifier); // the Caption shortcut
        QVERIFY(finished.wait(60000));
        QVERIFY(progress.count() >= 2); // streamed
        QCOMPARE(dock->candidates()->topLevelItemCount(), 3);
        const QString best = dock->candidates()->topLevelItem(0)->text(0);
        QVERIFY(!best.isEmpty());
        QVERIFY(dock->candidates()->topLevelItem(0)->text(1).toDouble() < 0.0);
        QCOMPARE(dock->liveText(), best);
        dock->candidates()->setCurrentItem(dock->candidates()->topLevelItem(1));
        dock->copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), dock->candidates()->topLevelItem(1)->text(0));
        saveShot(dock, QStringLiteral("caption-dock.png"));

        // Cancel stops it; what was made is kept and marked.
        dock->setDecoding(ml::CaptionOptions::Decoding::Beam);
        dock->setCandidateCount(8);
        QSignalSpy again(&window().ml(), &app::MlController::captionFinished);
        QSignalSpy started(&window().ml(), &app::MlController::captionProgress);
        dock->captionAction()->trigger();
        QVERIFY(dock->cancelAction()->isEnabled());
        QVERIFY(started.wait(60000));
        dock->cancelAction()->trigger();
        QVERIFY(again.wait(60000));
        QVERIFY(again.first().at(0).value<app::CaptionResult>().cancelled);
        QVERIFY(dock->statusText().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(!dock->cancelAction()->isEnabled());
        dock->setDecoding(ml::CaptionOptions::Decoding::Greedy);
    }

    void previewsTheSelectedCode()
    {
        window().ml().selectCode(int(analysis().tokens[0]));
        auto *preview = window().findChild<QAction *>(QStringLiteral("PreviewCodeAction"));
        QVERIFY(preview->isEnabled());
        const int before = window().library().count();
        QSignalSpy decoded(&window().ml(), &app::MlController::decodedReady);
        preview->trigger();
        QVERIFY(decoded.wait(30000));
        QCOMPARE(window().library().count(), before + 1);
        QCOMPARE(window().library().active()->name, QStringLiteral("code %1").arg(int(analysis().tokens[0])));
        QCOMPARE(window().library().active()->clip->frameCount(), 8 * window().ml().model().downsampling);
        window().closeActiveClip();
        QCOMPARE(window().library().count(), before);
    }

    void aBrokenModelIsAClearErrorAndTheModelStays()
    {
        QTemporaryDir dir;
        {
            std::ofstream(QDir(dir.path()).filePath("config.json").toStdString()) << "{}";
            std::ofstream(QDir(dir.path()).filePath("model.safetensors").toStdString()) << "garbage";
        }
        QSignalSpy failed(&window().ml(), &app::MlController::modelFailed);
        window().openModel(dir.path());
        QVERIFY(failed.wait(30000));
        QTest::qWait(50);
        auto *box = window().findChild<QMessageBox *>(QStringLiteral("ModelErrorBox"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("model.safetensors")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QStringLiteral("stays loaded")));
        box->close();
        QCOMPARE(window().ml().model().directory, app::defaultModelPath());
        QVERIFY(window().ml().analysis(mClipId)); // nothing was lost
    }

    void showsModelInfo()
    {
        window().showModelInfo();
        QTest::qWait(50);
        auto *box = window().findChild<QMessageBox *>(QStringLiteral("ModelInfoBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("128 codes")));
        QVERIFY(box->text().contains(QStringLiteral("50388")));
        saveShot(box, QStringLiteral("model-info.png"));
        box->close();
    }

    void cleanupTestCase() { mWindow.reset(); }
};

GM_TEST_MAIN_GL(TestInspection, QApplication)
#include "test_inspection.moc"

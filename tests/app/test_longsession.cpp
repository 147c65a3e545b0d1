// A long session in the real window (issue 13): opening and closing 100 clips (each one analysed
// by the model as it becomes active) and switching the model 20 times leaves the GL objects, the
// threads and the memory where they were after warming up.

#include "common/gltest.h"
#include "common/gmtest.h"
#include "common/processinfo.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/resourcepaths.h"
#include "render/scenerenderer.h"
#include "ui/mainwindow.h"
#include "ui/viewportwidget.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

class TestLongSession : public QObject
{
    Q_OBJECT

    void openAndClose(gm::ui::MainWindow &window, const QString &path, int times)
    {
        for (int i = 0; i < times; ++i) {
            QSignalSpy loaded(&window.library(), &gm::app::ClipLibrary::loaded);
            QSignalSpy analysed(&window.ml(), &gm::app::MlController::analysisReady);
            window.openFiles({path});
            QVERIFY(loaded.wait(20000));
            QVERIFY(analysed.count() > 0 || analysed.wait(20000));
            window.closeActiveClip();
            QCoreApplication::processEvents();
        }
    }

    void switchModels(gm::ui::MainWindow &window, int times)
    {
        for (int i = 0; i < times; ++i) {
            QSignalSpy loaded(&window.ml(), &gm::app::MlController::modelLoaded);
            window.openModel(gm::app::defaultModelPath());
            QVERIFY(loaded.wait(30000));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_GL();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void openingClipsAndSwitchingModelsLeaksNothing()
    {
        GM_REQUIRE_DATA(path, "bvh/bandai-namco-nc/dataset-1_run_normal_001.bvh");
        gm::ui::MainWindow window;
        QSignalSpy ready(window.viewport(), &gm::ui::ViewportWidget::rendererReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.ml().hasModel(), 30000);

        // Warm up: caches, the thread pool, the allocator's arenas.
        openAndClose(window, path, 10);
        switchModels(window, 3);
        QTest::qWait(200);
        const int gl = gm::render::SceneRenderer::liveGlObjects();
        const int threads = gm::test::threadCount();
        const double rss = gm::test::residentMiB();
        QVERIFY(gl > 0);

        openAndClose(window, path, 100);
        switchModels(window, 20);
        QTest::qWait(200);
        const double grown = gm::test::residentMiB() - rss;
        qInfo("after 100 clips and 20 models: GL objects %d → %d, threads %d → %d, resident memory %.1f → %.1f MiB", gl,
              gm::render::SceneRenderer::liveGlObjects(), threads, gm::test::threadCount(), rss, rss + grown);
        QCOMPARE(gm::render::SceneRenderer::liveGlObjects(), gl);
        QVERIFY2(gm::test::threadCount() <= threads + 1, qPrintable(QString::number(gm::test::threadCount())));
        // A leak of one clip's analysis (tokens, probabilities, reconstruction) or one model
        // (~25 MB of weights) per round would be hundreds of MiB.
        QVERIFY2(grown < 40.0, qPrintable(QStringLiteral("%1 MiB more").arg(grown)));
    }
};

GM_TEST_MAIN_GL(TestLongSession, QApplication)
#include "test_longsession.moc"

// The studio's main window under a real display: menus, status bar, the GL view and About;
// opening files (dialog-free: command line, drag and drop, recent files), playing them with the
// keyboard, errors that leave what was open alone, several clips, and the shortcut list.

#include "common/gltest.h"
#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/playbackcontroller.h"
#include "core/scenecontroller.h"
#include "core/versioninfo.h"
#include "ui/cliplistdock.h"
#include "ui/mainwindow.h"
#include "ui/modeldownloaddialog.h"
#include "ui/modelmanagerdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/timelinedock.h"
#include "ui/viewportwidget.h"

#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QTemporaryDir>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using gm::ui::MainWindow;
using gm::ui::TimelineDock;
using gm::ui::ViewportWidget;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().clear();
    }

    void opensWithMenusStatusBarAndView()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        // Before the event loop runs: once it does, the bundled model's "Loaded model …" may
        // already have replaced it (the model loads on the worker thread meanwhile).
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
        QSignalSpy ready(window.viewport(), &ViewportWidget::rendererReady);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QCOMPARE(ready.first().first().toBool(), true);

        QCOMPARE(menuTitles(window), (QStringList{"File", "Edit", "View", "Playback", "Model", "Help"}));
        QVERIFY(window.viewport()->glInfo().version.size() > 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("GlInfoLabel"))->text().contains(QLatin1String("OpenGL")));

        const QImage frame = window.viewport()->grabFramebuffer();
        QVERIFY(!frame.isNull());
        QVERIFY2(distinctColours(frame) > 50, "the 3-D view is (nearly) blank");
    }

    // The GL context is destroyed when the view changes top-level window; the renderer must
    // release its objects and start again in the new context.
    void viewSurvivesReparenting()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        ViewportWidget *view = window.viewport();
        QSignalSpy ready(view, &ViewportWidget::rendererReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.count() > 0 || ready.wait(10000));

        QWidget other;
        other.resize(400, 300);
        window.takeCentralWidget();
        view->setParent(&other);
        view->resize(400, 300);
        other.show();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(view->grabFramebuffer()) > 50, 10000);
        QVERIFY2(ready.count() >= 2, "the renderer did not start again in the new context");
        QVERIFY(ready.last().first().toBool());

        view->setParent(nullptr);
        window.setCentralWidget(view);
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(view->grabFramebuffer()) > 50, 10000);
    }

    // Model ▸ Manage Models and Download Model open their dialogs (one of each), and the manager
    // shows a model installed meanwhile when it is opened again.
    void modelMenuOpensTheModelDialogs()
    {
        GM_REQUIRE_GL();
        QTemporaryDir models;
        qputenv("GEOMOTION_MODELS_DIR", models.path().toUtf8());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *manage = window.findChild<QAction *>(QStringLiteral("ManageModelsAction"));
        auto *download = window.findChild<QAction *>(QStringLiteral("DownloadModelAction"));
        QVERIFY(manage && download);
        manage->trigger();
        auto *manager = window.findChild<gm::ui::ModelManagerDialog *>();
        QVERIFY(manager && manager->isVisible());
        const int rows = manager->list()->topLevelItemCount();
        manager->hide();
        // A model folder put there meanwhile (as `geomotion model install` would).
        QVERIFY(QDir().mkpath(models.path() + QStringLiteral("/byhand")));
        QFile config(models.path() + QStringLiteral("/byhand/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{}");
        config.close();
        manage->trigger();
        QCOMPARE(window.findChildren<gm::ui::ModelManagerDialog *>().size(), 1);
        QCOMPARE(manager->list()->topLevelItemCount(), rows + 1);
        download->trigger();
        auto *downloader = window.findChild<gm::ui::ModelDownloadDialog *>();
        QVERIFY(downloader && downloader->isVisible());
        download->trigger();
        QCOMPARE(window.findChildren<gm::ui::ModelDownloadDialog *>().size(), 1);
        qunsetenv("GEOMOTION_MODELS_DIR");
    }

    void viewMenuTogglesGrid()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = window.findChild<QAction *>(QStringLiteral("ShowGridAction"));
        QVERIFY(grid);
        QVERIFY(grid->isChecked());
        const QImage before = window.viewport()->grabFramebuffer();
        grid->trigger();
        QVERIFY(!window.viewport()->sceneOptions().showGrid);
        QVERIFY(window.viewport()->grabFramebuffer() != before);
        grid->trigger();
    }

    void opensAFileAndPlaysWithTheKeyboard()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Xvfb has no window manager to activate windows; shortcuts need an active window.
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        window.openFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(window.library().count(), 1, 10000);
        QCOMPARE(window.windowTitle(), QStringLiteral("131_03.bvh — GeoMotion Studio"));
        auto *frameLabel = window.findChild<QLabel *>(QStringLiteral("FrameLabel"));
        QCOMPARE(frameLabel->text(), QStringLiteral("frame 1 / 1102"));
        QTRY_VERIFY(window.viewport()->lastFrameStats().skeletons == 1);

        // Space plays: the frame advances in real time; Space again pauses.
        window.viewport()->setFocus();
        QTest::keyClick(window.viewport(), Qt::Key_Space);
        QVERIFY(window.playback().isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().frame() > 10, 5000);
        QTRY_VERIFY(frameLabel->text() != QStringLiteral("frame 1 / 1102"));
        QTest::keyClick(window.viewport(), Qt::Key_Space);
        QVERIFY(!window.playback().isPlaying());

        // Home, Right, Left, End.
        QTest::keyClick(window.viewport(), Qt::Key_Home);
        QCOMPARE(window.playback().frame(), 0);
        QTest::keyClick(window.viewport(), Qt::Key_Right);
        QTest::keyClick(window.viewport(), Qt::Key_Right);
        QCOMPARE(window.playback().frame(), 2);
        QTest::keyClick(window.viewport(), Qt::Key_Left);
        QCOMPARE(window.playback().frame(), 1);
        QTest::keyClick(window.viewport(), Qt::Key_End);
        QCOMPARE(window.playback().frame(), 1101);
        QCOMPARE(frameLabel->text(), QStringLiteral("frame 1102 / 1102"));
        // ] is faster, \\ back to normal.
        QTest::keyClick(window.viewport(), Qt::Key_BracketRight);
        QCOMPARE(window.playback().speed(), 1.5);
        QTest::keyClick(window.viewport(), Qt::Key_Backslash);
        QCOMPARE(window.playback().speed(), 1.0);

        // The 3-D view shows it; F fits the camera to the take.
        const QImage frame = window.viewport()->grabFramebuffer();
        QVERIFY(distinctColours(frame) > 50);
        window.viewport()->camera().setDistance(100.0f);
        QTest::keyClick(window.viewport(), Qt::Key_F);
        QVERIFY(window.viewport()->camera().distance() < 20.0f);
        // It is in the recent files now.
        QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(path));
    }

    void commandLineFilesStartPlaying()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        MainWindow window;
        window.show();
        window.openFiles({path}, true);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isPlaying(), 10000);
        QTRY_VERIFY(window.playback().frame() > 0);
    }

    void aFileThatFailsLeavesWhatWasOpen()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        MainWindow window;
        window.show();
        window.openFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(window.library().count(), 1, 10000);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("cut.bvh"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("HIERARCHY\nROOT Hips\n{\n  OFFSET 0 0 0\n  CHANNELS 3 Xrotation Yrotation Zrotation\n");
        f.close();
        window.openFiles({bad});
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastError().isEmpty(), 10000);
        QVERIFY2(window.lastError().contains(QLatin1String("cut.bvh")), qPrintable(window.lastError()));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("OpenErrorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QLatin1String("cut.bvh: line")));
        box->accept();
        QCOMPARE(window.library().count(), 1);
        QCOMPARE(window.library().at(0).name, QStringLiteral("131_03.bvh"));
        QCOMPARE(window.viewport()->grabFramebuffer().isNull(), false);
        QTRY_COMPARE(window.viewport()->lastFrameStats().skeletons, 1);
    }

    void dropsOpenFilesAndSeveralShowTheClipList()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(a, "bvh/cmu/131_03.bvh");
        GM_REQUIRE_DATA(b, "bvh/misc/test_mocapbank.bvh");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(window.library().count(), 2, 10000);
        delete mime;
        QVERIFY(window.clipListDock()->isVisible());
        QCOMPARE(window.clipListDock()->list()->count(), 2);
        QTRY_COMPARE(window.viewport()->lastFrameStats().skeletons, 2);
        // Unticking a clip hides it; selecting the other makes it active.
        window.clipListDock()->list()->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!window.library().at(1).visible);
        QTRY_COMPARE(window.viewport()->lastFrameStats().skeletons, 1);
        window.clipListDock()->list()->setCurrentRow(0);
        QCOMPARE(window.library().activeIndex(), 0);
        QCOMPARE(window.playback().frameRate(), window.library().at(0).clip->fps());
    }

    // Follow mode keeps the camera over the active clip's root as it moves.
    void followTracksTheRoot()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        MainWindow window;
        window.show();
        window.openFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(window.library().count(), 1, 10000);
        auto *follow = window.findChild<QAction *>(QStringLiteral("FollowAction"));
        QVERIFY(follow);
        follow->setChecked(true);
        for (double t : {1.0, 5.0, 8.0}) {
            window.playback().setTime(t);
            glm::vec3 root;
            QVERIFY(window.scene().activeRoot(root));
            const glm::vec3 target = window.viewport()->camera().target();
            QVERIFY(std::abs(target.x - root.x) < 1e-5f && std::abs(target.z - root.z) < 1e-5f);
        }
        follow->setChecked(false);
    }

    void shortcutsAreListed()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        const auto rows = gm::ui::ShortcutsDialog::collect(*window.menuBar());
        QStringList keys;
        for (const auto &row : rows)
            keys << row.second;
        for (const QKeySequence &k :
             {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right),
              QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End), QKeySequence(QKeySequence::Open),
              QKeySequence(Qt::Key_F), QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_3)})
            QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText)), qPrintable(k.toString()));
        // No shortcut is used twice.
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        window.show();
        window.showShortcuts();
        auto *dialog = window.findChild<gm::ui::ShortcutsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), int(rows.size()));
        dialog->reject();
    }

    void aboutNamesEveryComponent()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString text;
        QTimer::singleShot(0, this, [&text] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->accept();
        });
        window.showAbout();
        for (const auto &[name, version] : gm::app::componentVersions()) {
            QVERIFY2(text.contains(name), qPrintable(name));
            QVERIFY2(text.contains(version.toHtmlEscaped()), qPrintable(version));
        }
        for (const char *name : {"Qt", "LibTorch", "Assimp", "OpenGL"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
    }

    void cameraAndOptionsPersist()
    {
        GM_REQUIRE_GL();
        {
            MainWindow window;
            window.viewport()->camera().setAngles(77.0f, 33.0f);
            window.viewport()->camera().setDistance(9.5f);
            window.findChild<QAction *>(QStringLiteral("ShowAxesAction"))->setChecked(false);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.viewport()->camera().yawDegrees(), 77.0f);
        QCOMPARE(again.viewport()->camera().pitchDegrees(), 33.0f);
        QCOMPARE(again.viewport()->camera().distance(), 9.5f);
        QVERIFY(!again.viewport()->sceneOptions().showAxes);
        QVERIFY(!again.findChild<QAction *>(QStringLiteral("ShowAxesAction"))->isChecked());
    }
};

GM_TEST_MAIN_GL(TestMainWindow, QApplication)
#include "test_mainwindow.moc"

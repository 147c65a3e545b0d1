// The studio's main window under a real display: menus, status bar, the GL view and About.

#include "common/gltest.h"
#include "core/versioninfo.h"
#include "ui/mainwindow.h"
#include "ui/viewportwidget.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using gm::ui::MainWindow;
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
        QSignalSpy ready(window.viewport(), &ViewportWidget::rendererReady);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QCOMPARE(ready.first().first().toBool(), true);

        QCOMPARE(menuTitles(window), (QStringList{"File", "View", "Help"}));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
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

#include "ui/mainwindow.h"

#include "core/versioninfo.h"
#include "ui/viewportwidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace gm::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("GeoMotion Studio"));
    setObjectName(QStringLiteral("MainWindow"));
    mViewport = new ViewportWidget(this);
    mViewport->setObjectName(QStringLiteral("Viewport"));
    setCentralWidget(mViewport);

    mGlLabel = new QLabel(this);
    mGlLabel->setObjectName(QStringLiteral("GlInfoLabel"));
    statusBar()->addPermanentWidget(mGlLabel);
    statusBar()->showMessage(tr("Ready"));
    connect(mViewport, &ViewportWidget::rendererReady, this, &MainWindow::onRendererReady);

    QSettings settings;
    mViewport->restoreSettings(settings); // before the menus, which show its options
    createMenus();
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.8);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("ViewMenu"));
    using Preset = render::Camera::Preset;
    const struct
    {
        QString text;
        QKeySequence key;
        Preset preset;
    } presets[] = {
        {tr("&Front"), QKeySequence(Qt::Key_1), Preset::Front},
        {tr("&Back"), QKeySequence(Qt::CTRL | Qt::Key_1), Preset::Back},
        {tr("&Right Side"), QKeySequence(Qt::Key_3), Preset::Right},
        {tr("&Left Side"), QKeySequence(Qt::CTRL | Qt::Key_3), Preset::Left},
        {tr("&Top"), QKeySequence(Qt::Key_7), Preset::Top},
        {tr("&Perspective"), QKeySequence(Qt::Key_0), Preset::Perspective},
    };
    QMenu *camera = view->addMenu(tr("&Camera"));
    for (const auto &p : presets) {
        QAction *action
            = camera->addAction(p.text, this, [this, preset = p.preset] { mViewport->setCameraPreset(preset); });
        action->setShortcut(p.key);
    }
    view->addSeparator();
    QAction *grid = view->addAction(tr("Show &Grid"));
    grid->setObjectName(QStringLiteral("ShowGridAction"));
    grid->setCheckable(true);
    grid->setChecked(mViewport->sceneOptions().showGrid);
    grid->setShortcut(QKeySequence(Qt::Key_G));
    connect(grid, &QAction::toggled, mViewport, &ViewportWidget::setGridVisible);
    QAction *axes = view->addAction(tr("Show &Axes"));
    axes->setObjectName(QStringLiteral("ShowAxesAction"));
    axes->setCheckable(true);
    axes->setChecked(mViewport->sceneOptions().showAxes);
    axes->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    connect(axes, &QAction::toggled, mViewport, &ViewportWidget::setAxesVisible);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    QAction *about = help->addAction(tr("&About GeoMotion Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::onRendererReady(bool ok)
{
    if (!ok) {
        mGlLabel->setText(tr("No OpenGL 3.3"));
        statusBar()->showMessage(mViewport->errorString());
        return;
    }
    const render::GlInfo info = mViewport->glInfo();
    mGlLabel->setText(tr("OpenGL %1 · %2").arg(info.version.section(QLatin1Char(' '), 0, 0), info.renderer));
}

void MainWindow::showAbout()
{
    QString rows;
    for (const auto &[name, version] : app::componentVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    const render::GlInfo gl = mViewport->glInfo();
    if (!gl.version.isEmpty())
        rows += QStringLiteral("<tr><td>OpenGL</td><td>&nbsp;&nbsp;%1 (%2)</td></tr>")
                    .arg(gl.version.toHtmlEscaped(), gl.renderer.toHtmlEscaped());
    QMessageBox::about(this, tr("About GeoMotion Studio"),
                       tr("<h3>GeoMotion Studio</h3>"
                          "<p>See, tokenize, caption and annotate human motion with the GeoMotionGPT model.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           + QStringLiteral("<table>%1</table>").arg(rows));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    mViewport->saveSettings(settings);
}

} // namespace gm::ui

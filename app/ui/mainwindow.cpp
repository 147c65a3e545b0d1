#include "ui/mainwindow.h"

#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/projectsession.h"
#include "core/recentfiles.h"
#include "core/resourcepaths.h"
#include "core/scenecontroller.h"
#include "core/versioninfo.h"
#include "io/motionreader.h"
#include "ui/annotationcontroller.h"
#include "ui/captiondock.h"
#include "ui/cliplistdock.h"
#include "ui/datasetdock.h"
#include "ui/geometrydock.h"
#include "ui/shortcutsdialog.h"
#include "ui/timelinedock.h"
#include "ui/timelinelane.h"
#include "ui/viewportwidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace gm::ui {

namespace {

// The "motion files" filter is built by the reader registry from every reader it knows.
QString motionFileFilter()
{
    return QString::fromStdString(motion::FormatRegistry::builtin().fileDialogFilter());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("GeoMotion Studio"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    mLibrary = new app::ClipLibrary(this);
    mPlayback = new app::PlaybackController(this);
    mScene = new app::SceneController(*mLibrary, *mPlayback, this);
    mMl = new app::MlController(mLibrary, this);
    mSession = new app::ProjectSession(*mLibrary, this);

    mViewport = new ViewportWidget(this);
    mViewport->setObjectName(QStringLiteral("Viewport"));
    setCentralWidget(mViewport);

    mTimeline = new TimelineDock(*mPlayback, this);
    addDockWidget(Qt::BottomDockWidgetArea, mTimeline);
    mClipList = new ClipListDock(*mLibrary, this);
    addDockWidget(Qt::RightDockWidgetArea, mClipList);
    mClipList->hide(); // shown when a second clip is open
    mTokenLane = new TokenLane(*mMl, *mLibrary, *mPlayback, mTimeline);
    mTokenLane->setObjectName(QStringLiteral("TokenLane"));
    mTokenLane->setLabel(tr("Tokens"));
    mTimeline->addLane(mTokenLane);
    mErrorCurve = new ErrorCurve(*mMl, *mLibrary, *mPlayback, mTimeline);
    mErrorCurve->setObjectName(QStringLiteral("ErrorCurve"));
    mErrorCurve->setLabel(tr("MPJPE"));
    mTimeline->addLane(mErrorCurve);
    mCaption = new CaptionDock(*mMl, *mLibrary, this);
    addDockWidget(Qt::RightDockWidgetArea, mCaption);
    mGeometry = new GeometryDock(*mMl, *mLibrary, *mPlayback, this);
    addDockWidget(Qt::RightDockWidgetArea, mGeometry);
    connect(mTokenLane, &TokenLane::rangeChanged, mCaption, &CaptionDock::setRange);
    connect(mLibrary, &app::ClipLibrary::activeChanged, mTokenLane, &TokenLane::clearRange);
    mAnnotations = new AnnotationController(*this, *mSession, *mTimeline, *mCaption, *mMl, *mLibrary, *mPlayback);

    mGlLabel = new QLabel(this);
    mGlLabel->setObjectName(QStringLiteral("GlInfoLabel"));
    mLoadingLabel = new QLabel(this);
    mLoadingBar = new QProgressBar(this);
    mLoadingBar->setRange(0, 0); // busy: readers do not report progress
    mLoadingBar->setMaximumWidth(120);
    mCancelLoading = new QToolButton(this);
    mCancelLoading->setText(tr("Cancel"));
    mCancelLoading->setAutoRaise(true);
    statusBar()->addWidget(mLoadingLabel);
    statusBar()->addWidget(mLoadingBar);
    statusBar()->addWidget(mCancelLoading);
    mModelLabel = new QLabel(this);
    mModelLabel->setObjectName(QStringLiteral("ModelLabel"));
    mModelBar = new QProgressBar(this);
    mModelBar->setRange(0, 100);
    mModelBar->setMaximumWidth(120);
    mModelBar->hide();
    statusBar()->addPermanentWidget(mModelBar);
    statusBar()->addPermanentWidget(mModelLabel);
    statusBar()->addPermanentWidget(mGlLabel);
    statusBar()->showMessage(tr("Ready"));
    updateLoading();

    connect(mViewport, &ViewportWidget::rendererReady, this, &MainWindow::onRendererReady);
    connect(mScene, &app::SceneController::sceneChanged, this, &MainWindow::refreshScene);
    connect(mLibrary, &app::ClipLibrary::loaded, this, &MainWindow::onLoaded);
    connect(mLibrary, &app::ClipLibrary::loadFailed, this, &MainWindow::onLoadFailed);
    connect(mLibrary, &app::ClipLibrary::loadStarted, this, &MainWindow::updateLoading);
    connect(mLibrary, &app::ClipLibrary::clipsChanged, this, &MainWindow::updateTitle);
    connect(mLibrary, &app::ClipLibrary::activeChanged, this, &MainWindow::updateTitle);
    connect(mMl, &app::MlController::modelLoadStarted, this, [this](const QString &directory) {
        mModelBar->setValue(0);
        mModelBar->show();
        mModelLabel->setText(tr("Loading model %1…").arg(QFileInfo(directory).fileName()));
    });
    connect(mMl, &app::MlController::modelProgress, this, [this](double fraction, const QString &step) {
        mModelBar->setValue(int(fraction * 100.0));
        mModelBar->setToolTip(step);
    });
    connect(mMl, &app::MlController::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(mMl, &app::MlController::modelFailed, this, &MainWindow::onModelFailed);
    connect(mMl, &app::MlController::analysisReady, this, &MainWindow::onAnalysisReady);
    connect(mMl, &app::MlController::analysisForgotten, this,
            [this](int clipId) { mScene->setReconstruction(clipId, nullptr); });
    connect(mMl, &app::MlController::analysisFailed, this, [this](int, const QString &message) {
        statusBar()->showMessage(tr("Cannot tokenize the clip: %1").arg(message), 10000);
    });
    connect(mMl, &app::MlController::decodedReady, this, [this](const app::DecodedMotion &m) {
        mLibrary->add(m.label, *m.clip);
        fitView();
    });
    connect(mMl, &app::MlController::decodeFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Cannot decode: %1").arg(message), 10000); });
    connect(mMl, &app::MlController::selectionChanged, this,
            [this] { mPreviewCode->setEnabled(mMl->selectedCode() >= 0); });
    connect(mCancelLoading, &QToolButton::clicked, this, [this] {
        mLibrary->cancelLoads();
        mPlayWhenLoaded = false;
        updateLoading();
        statusBar()->showMessage(tr("Loading cancelled"), 4000);
    });

    QSettings settings;
    mViewport->restoreSettings(settings); // before the menus, which show its options
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createPlaybackMenu();
    createModelMenu();
    createHelpMenu();
    readSettings();
    refreshScene();

    // The last model (or the bundled one) loads at start, in the background.
    const QString model = settings.value(QStringLiteral("model/directory")).toString();
    const QString bundled = app::defaultModelPath();
    if (!model.isEmpty() && QFileInfo(model).isDir())
        openModel(model);
    else if (!bundled.isEmpty())
        openModel(bundled);
    else
        mModelLabel->setText(tr("No model"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setObjectName(QStringLiteral("OpenAction"));
    open->setShortcut(QKeySequence::Open);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("RecentMenu"));
    updateRecentMenu();
    const QString demo = app::demoClipPath();
    QAction *openDemo = file->addAction(tr("Open &Demo Clip"), this, [this, demo] { openFiles({demo}, true); });
    openDemo->setObjectName(QStringLiteral("OpenDemoAction"));
    openDemo->setEnabled(!demo.isEmpty());
    openDemo->setStatusTip(demo.isEmpty() ? tr("The demo clip is not installed") : demo);
    file->addSeparator();
    for (QAction *a : mAnnotations->projectActions())
        file->addAction(a);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Clip"), this, &MainWindow::closeActiveClip);
    close->setShortcut(QKeySequence::Close);
    file->addAction(tr("Close &All Clips"), this, &MainWindow::closeAllClips);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("EditMenu"));
    mAnnotations->fillEditMenu(*edit);
}

void MainWindow::createViewMenu()
{
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
        {tr("&Side"), QKeySequence(Qt::Key_2), Preset::Right},
        {tr("&Top"), QKeySequence(Qt::Key_3), Preset::Top},
        {tr("&Back"), QKeySequence(Qt::CTRL | Qt::Key_1), Preset::Back},
        {tr("&Other Side"), QKeySequence(Qt::CTRL | Qt::Key_2), Preset::Left},
        {tr("&Perspective"), QKeySequence(Qt::Key_0), Preset::Perspective},
    };
    QMenu *camera = view->addMenu(tr("&Camera"));
    for (const auto &p : presets) {
        QAction *action
            = camera->addAction(p.text, this, [this, preset = p.preset] { mViewport->setCameraPreset(preset); });
        action->setShortcut(p.key);
    }
    QAction *fit = view->addAction(tr("&Fit to Clips"), this, &MainWindow::fitView);
    fit->setObjectName(QStringLiteral("FitAction"));
    fit->setShortcut(QKeySequence(Qt::Key_F));
    mFollow = view->addAction(tr("F&ollow the Active Clip"));
    mFollow->setObjectName(QStringLiteral("FollowAction"));
    mFollow->setCheckable(true);
    mFollow->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    connect(mFollow, &QAction::toggled, this, &MainWindow::refreshScene);

    view->addSeparator();
    QMenu *layout = view->addMenu(tr("Several &Clips"));
    mLayoutGroup = new QActionGroup(this);
    QAction *sideBySide = layout->addAction(tr("&Side by Side"));
    sideBySide->setObjectName(QStringLiteral("SideBySideAction"));
    QAction *overlaid = layout->addAction(tr("&Overlaid"));
    overlaid->setObjectName(QStringLiteral("OverlaidAction"));
    for (QAction *a : {sideBySide, overlaid}) {
        a->setCheckable(true);
        mLayoutGroup->addAction(a);
    }
    sideBySide->setChecked(true);
    connect(sideBySide, &QAction::toggled, this,
            [this](bool on) { mScene->setLayout(on ? render::ClipLayout::SideBySide : render::ClipLayout::Overlaid); });
    mTrajectory = view->addAction(tr("Root &Trajectory"));
    mTrajectory->setObjectName(QStringLiteral("TrajectoryAction"));
    mTrajectory->setCheckable(true);
    mTrajectory->setShortcut(QKeySequence(Qt::Key_T));
    connect(mTrajectory, &QAction::toggled, mScene, &app::SceneController::setRootTrajectory);
    mTrails = view->addAction(tr("Joint T&rails"));
    mTrails->setObjectName(QStringLiteral("TrailsAction"));
    mTrails->setCheckable(true);
    mTrails->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_T));
    connect(mTrails, &QAction::toggled, mScene, &app::SceneController::setJointTrails);
    mShowReconstruction = view->addAction(tr("&Reconstruction"));
    mShowReconstruction->setObjectName(QStringLiteral("ReconstructionAction"));
    mShowReconstruction->setCheckable(true);
    mShowReconstruction->setChecked(mScene->showsReconstructions());
    mShowReconstruction->setShortcut(QKeySequence(Qt::Key_R));
    mShowReconstruction->setStatusTip(
        tr("Draw the tokenizer's decoding of each clip beside it (side by side) or over it (overlaid)"));
    connect(mShowReconstruction, &QAction::toggled, mScene, &app::SceneController::setShowReconstructions);

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
    QAction *shadows = view->addAction(tr("Show S&hadows"));
    shadows->setObjectName(QStringLiteral("ShowShadowsAction"));
    shadows->setCheckable(true);
    shadows->setChecked(mViewport->sceneOptions().showShadows);
    connect(shadows, &QAction::toggled, mViewport, &ViewportWidget::setShadowsVisible);

    view->addSeparator();
    QAction *timeline = mTimeline->toggleViewAction();
    timeline->setText(tr("T&imeline"));
    view->addAction(timeline);
    QAction *clips = mClipList->toggleViewAction();
    clips->setText(tr("C&lip List"));
    view->addAction(clips);
    QAction *caption = mCaption->toggleViewAction();
    caption->setText(tr("C&aption"));
    view->addAction(caption);
    QAction *geometry = mGeometry->toggleViewAction();
    geometry->setText(tr("&Geometry"));
    view->addAction(geometry);
    QAction *dataset = mAnnotations->datasetDock()->toggleViewAction();
    dataset->setText(tr("&Dataset"));
    view->addAction(dataset);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

void MainWindow::createPlaybackMenu()
{
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->setObjectName(QStringLiteral("PlaybackMenu"));
    const QList<QAction *> actions = mTimeline->playbackActions();
    for (int i = 0; i < actions.size(); ++i) {
        if (i == 5 || i == 6) // before loop, before the speeds
            playback->addSeparator();
        playback->addAction(actions[i]);
    }
}

void MainWindow::createModelMenu()
{
    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->setObjectName(QStringLiteral("ModelMenu"));
    QAction *open = model->addAction(tr("&Open Model…"), this, &MainWindow::openModelDialog);
    open->setObjectName(QStringLiteral("OpenModelAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    const QString bundled = app::defaultModelPath();
    QAction *openBundled
        = model->addAction(tr("Use the &Bundled Model"), this, [this, bundled] { openModel(bundled); });
    openBundled->setEnabled(!bundled.isEmpty());
    QAction *info = model->addAction(tr("Model &Info…"), this, &MainWindow::showModelInfo);
    info->setObjectName(QStringLiteral("ModelInfoAction"));
    info->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *device = model->addMenu(tr("&Device"));
    mDeviceGroup = new QActionGroup(this);
    const bool cuda = app::MlController::cudaAvailable();
    const QString saved = QSettings().value(QStringLiteral("model/device"), QStringLiteral("auto")).toString();
    const struct
    {
        QString name;
        QString text;
        bool enabled;
    } devices[]
        = {{QStringLiteral("auto"), tr("&Automatic (CUDA when available)"), true},
           {QStringLiteral("cpu"), tr("&CPU"), true},
           {QStringLiteral("cuda"), cuda ? tr("C&UDA") : tr("C&UDA (not available in this build or machine)"), cuda}};
    for (const auto &d : devices) {
        QAction *a = device->addAction(d.text);
        a->setCheckable(true);
        a->setData(d.name);
        a->setEnabled(d.enabled);
        a->setChecked(d.name == saved && d.enabled);
        mDeviceGroup->addAction(a);
    }
    if (!mDeviceGroup->checkedAction())
        mDeviceGroup->actions().first()->setChecked(true);
    connect(mDeviceGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        QSettings().setValue(QStringLiteral("model/device"), a->data());
        if (mMl->hasModel())
            openModel(mMl->model().directory); // again, on the new device
    });
    model->addSeparator();
    model->addAction(mCaption->captionAction());
    model->addAction(mCaption->cancelAction());
    model->addAction(mCaption->copyAction());
    model->addAction(mCaption->useAction());
    mPreviewCode = model->addAction(tr("&Preview the Selected Code"), this, &MainWindow::previewSelectedCode);
    mPreviewCode->setObjectName(QStringLiteral("PreviewCodeAction"));
    mPreviewCode->setShortcut(QKeySequence(Qt::Key_P));
    mPreviewCode->setStatusTip(tr("Decode eight tokens of the selected code and open the motion as a clip"));
    mPreviewCode->setEnabled(false);
}

QString MainWindow::modelName() const
{
    if (!mMl->hasModel())
        return {};
    return mMl->model().directory == app::defaultModelPath() ? tr("bundled default") : mMl->model().name;
}

QString MainWindow::chosenDevice() const
{
    QAction *a = mDeviceGroup ? mDeviceGroup->checkedAction() : nullptr;
    return a ? a->data().toString() : QStringLiteral("auto");
}

void MainWindow::openModel(const QString &directory)
{
    if (directory.isEmpty())
        return;
    mMl->loadModel(directory, chosenDevice());
}

void MainWindow::openModelDialog()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("model/directory"), QDir::homePath()).toString();
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)"), start);
    if (!directory.isEmpty())
        openModel(directory);
}

void MainWindow::onModelLoaded()
{
    const app::ModelInfo &m = mMl->model();
    mModelBar->hide();
    mModelLabel->setText(tr("Model %1 · %2").arg(modelName(), m.device));
    mModelLabel->setToolTip(m.directory);
    QSettings settings;
    if (m.directory == app::defaultModelPath())
        settings.remove(QStringLiteral("model/directory")); // follow the bundled model wherever it is installed
    else
        settings.setValue(QStringLiteral("model/directory"), m.directory);
    statusBar()->showMessage(tr("Loaded model %1 in %2 s").arg(modelName()).arg(m.loadSeconds, 0, 'f', 1), 6000);
}

void MainWindow::onModelFailed(const QString &directory, const QString &message)
{
    mModelBar->hide();
    mModelLabel->setText(mMl->hasModel() ? tr("Model %1 · %2").arg(modelName(), mMl->model().device) : tr("No model"));
    mLastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Load Model"),
                                tr("The model in %1 could not be loaded.").arg(directory), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("ModelErrorBox"));
    box->setInformativeText(message
                            + (mMl->hasModel() ? tr("\n\nThe model %1 stays loaded.").arg(modelName()) : QString()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // A remembered model that no longer loads must not block the next start.
    QSettings settings;
    if (settings.value(QStringLiteral("model/directory")).toString() == directory)
        settings.remove(QStringLiteral("model/directory"));
}

void MainWindow::onAnalysisReady(int clipId)
{
    if (const app::ClipAnalysis *a = mMl->analysis(clipId))
        mScene->setReconstruction(clipId, a->reconstruction);
}

void MainWindow::previewSelectedCode()
{
    if (mMl->selectedCode() >= 0)
        mMl->previewCode(mMl->selectedCode());
}

void MainWindow::showModelInfo()
{
    if (!mMl->hasModel()) {
        QMessageBox::information(this, tr("Model Info"), tr("No model is loaded."));
        return;
    }
    const app::ModelInfo &m = mMl->model();
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows = row(tr("Directory"), m.directory) + row(tr("Device"), m.device)
                   + row(tr("Tokenizer"),
                         tr("%1 parameters, width %2").arg(QLocale().toString(m.tokenizerParameters)).arg(m.width))
                   + row(tr("Codebook"), tr("%1 codes × %2").arg(m.codes).arg(m.codeDim))
                   + row(tr("Features"), tr("%1-D, %2 frames per token").arg(m.featureDim).arg(m.downsampling));
    if (m.hasCaptioner)
        rows += row(tr("Captioner"), tr("%1 parameters, embedding width %2")
                                         .arg(QLocale().toString(m.captionerParameters))
                                         .arg(m.embeddingWidth))
                + row(tr("Vocabulary"), tr("%1 (50257 text + %2 motion + 3 special)").arg(m.vocabulary).arg(m.codes));
    else
        rows += row(tr("Captioner"), tr("none (a tokenizer-only model)"));
    rows += row(tr("Codebook orthogonality"), QString::number(mMl->geometry().codebookOrthogonality, 'g', 4))
            + row(tr("Loaded in"), tr("%1 s").arg(m.loadSeconds, 0, 'f', 2));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Model Info"),
                                tr("<h3>%1</h3><table>%2</table>").arg(modelName().toHtmlEscaped(), rows),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("ModelInfoBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("ShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About GeoMotion Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    QSettings settings;
    const QStringList files = app::RecentFiles(settings).files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *a = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()),
                                            this, [this, path] { openFiles({path}); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings s;
            app::RecentFiles(s).clear();
            updateRecentMenu();
        });
    }
    mRecentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openFiles(const QStringList &paths, bool play)
{
    for (const QString &path : paths)
        if (!path.isEmpty())
            mLibrary->open(QFileInfo(path).absoluteFilePath());
    mPlayWhenLoaded = mPlayWhenLoaded || play;
    updateLoading();
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Motion Files"), folder, motionFileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::closeActiveClip()
{
    mLibrary->remove(mLibrary->activeIndex());
}

void MainWindow::closeAllClips()
{
    mLibrary->clear();
}

void MainWindow::fitView()
{
    if (mLibrary->count() > 0)
        mViewport->fitTo(mScene->bounds());
}

bool MainWindow::follows() const
{
    return mFollow && mFollow->isChecked();
}

void MainWindow::onLoaded(int index)
{
    const app::OpenClip &c = mLibrary->at(index);
    QSettings settings;
    app::RecentFiles(settings).add(c.path);
    updateRecentMenu();
    const motion::MotionClip &clip = *c.clip;
    statusBar()->showMessage(tr("Opened %1: %2 joints, %3 frames at %4 fps")
                                 .arg(c.name)
                                 .arg(clip.jointCount())
                                 .arg(clip.frameCount())
                                 .arg(clip.fps(), 0, 'f', 2),
                             6000);
    for (const std::string &w : clip.info.warnings)
        statusBar()->showMessage(tr("%1: %2").arg(c.name, QString::fromStdString(w)), 10000);
    if (mLibrary->count() >= 2 && !mClipListShownOnce) {
        mClipList->show();
        mClipListShownOnce = true;
    }
    fitView();
    updateLoading();
    if (mPlayWhenLoaded && mLibrary->pendingLoads() == 0) {
        mPlayWhenLoaded = false;
        mPlayback->toStart();
        mPlayback->play();
    }
}

void MainWindow::onLoadFailed(const QString &path, const QString &message)
{
    mLastError = message;
    updateLoading();
    statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 10000);
    // Window-modal but not blocking: the event loop (and playback) go on; what was open stays.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Open File"),
                                tr("%1 could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("OpenErrorBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    if (mLibrary->pendingLoads() == 0 && mPlayWhenLoaded && mLibrary->count() > 0) {
        mPlayWhenLoaded = false;
        mPlayback->play();
    }
}

void MainWindow::updateLoading()
{
    const bool busy = mLibrary->pendingLoads() > 0;
    mLoadingLabel->setText(busy ? tr("Loading %n file(s)…", nullptr, mLibrary->pendingLoads()) : QString());
    mLoadingLabel->setVisible(busy);
    mLoadingBar->setVisible(busy);
    mCancelLoading->setVisible(busy);
}

void MainWindow::updateTitle()
{
    const app::OpenClip *active = mLibrary->active();
    setWindowTitle(active ? tr("%1 — GeoMotion Studio").arg(active->name) : tr("GeoMotion Studio"));
    setWindowFilePath(active ? active->path : QString());
}

void MainWindow::refreshScene()
{
    mViewport->setContent(mScene->content());
    glm::vec3 root;
    if (follows() && mScene->activeRoot(root))
        mViewport->follow(root);
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

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(*menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        for (const QUrl &url : event->mimeData()->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.8);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    mPlayback->setSpeed(settings.value(QStringLiteral("playback/speed"), 1.0).toDouble());
    mPlayback->setLoop(settings.value(QStringLiteral("playback/loop"), true).toBool());
    mTimeline->loopAction()->setChecked(mPlayback->loops());
    mFollow->setChecked(settings.value(QStringLiteral("view/follow"), false).toBool());
    mTrajectory->setChecked(settings.value(QStringLiteral("view/trajectory"), false).toBool());
    mTrails->setChecked(settings.value(QStringLiteral("view/trails"), false).toBool());
    const bool overlaid = settings.value(QStringLiteral("view/layout")).toString() == QLatin1String("overlaid");
    mLayoutGroup->actions().at(overlaid ? 1 : 0)->setChecked(true);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("playback/speed"), mPlayback->speed());
    settings.setValue(QStringLiteral("playback/loop"), mPlayback->loops());
    settings.setValue(QStringLiteral("view/follow"), mFollow->isChecked());
    settings.setValue(QStringLiteral("view/trajectory"), mTrajectory->isChecked());
    settings.setValue(QStringLiteral("view/trails"), mTrails->isChecked());
    settings.setValue(QStringLiteral("view/layout"), mScene->options().layout == render::ClipLayout::Overlaid
                                                         ? QStringLiteral("overlaid")
                                                         : QStringLiteral("sideBySide"));
    mViewport->saveSettings(settings);
}

} // namespace gm::ui

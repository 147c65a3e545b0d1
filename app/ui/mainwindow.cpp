#include "ui/mainwindow.h"

#include "core/cliplibrary.h"
#include "core/language.h"
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
#include "ui/modeldownloaddialog.h"
#include "ui/modelmanagerdialog.h"
#include "ui/preferencesdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"
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
#include <QPointer>
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
    mTexts.call(mTokenLane, [this] { mTokenLane->setLabel(tr("Tokens")); });
    mTimeline->addLane(mTokenLane);
    mErrorCurve = new ErrorCurve(*mMl, *mLibrary, *mPlayback, mTimeline);
    mErrorCurve->setObjectName(QStringLiteral("ErrorCurve"));
    mTexts.call(mErrorCurve, [this] { mErrorCurve->setLabel(tr("MPJPE")); });
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
    mTexts.bind(mCancelLoading, QT_TR_NOOP("Cancel"));
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

    connect(&app::Preferences::instance(), &app::Preferences::changed, this, &MainWindow::applyPreference);

    // The preferred model (the last one used, by default; else the bundled one) loads at start,
    // in the background.
    const QString model = startModel();
    if (!model.isEmpty())
        openModel(model);
    else
        updateModelLabel();
}

MainWindow::~MainWindow() = default;

void MainWindow::createFileMenu()
{
    QMenu *file = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"), "title");
    file->setObjectName(QStringLiteral("FileMenu"));
    QAction *open = mTexts.bind(file->addAction(QString(), this, &MainWindow::openDialog), QT_TR_NOOP("&Open…"));
    open->setObjectName(QStringLiteral("OpenAction"));
    open->setShortcut(QKeySequence::Open);
    mRecentMenu = mTexts.bind(file->addMenu(QString()), QT_TR_NOOP("Open &Recent"), "title");
    mRecentMenu->setObjectName(QStringLiteral("RecentMenu"));
    updateRecentMenu();
    const QString demo = app::demoClipPath();
    QAction *openDemo = mTexts.bind(file->addAction(QString(), this, [this, demo] { openFiles({demo}, true); }),
                                    QT_TR_NOOP("Open &Demo Clip"));
    openDemo->setObjectName(QStringLiteral("OpenDemoAction"));
    openDemo->setEnabled(!demo.isEmpty());
    mTexts.call(openDemo, [openDemo, demo] {
        openDemo->setStatusTip(demo.isEmpty() ? tr("The demo clip is not installed") : demo);
    });
    file->addSeparator();
    for (QAction *a : mAnnotations->projectActions())
        file->addAction(a);
    file->addSeparator();
    QAction *close
        = mTexts.bind(file->addAction(QString(), this, &MainWindow::closeActiveClip), QT_TR_NOOP("&Close Clip"));
    close->setShortcut(QKeySequence::Close);
    mTexts.bind(file->addAction(QString(), this, &MainWindow::closeAllClips), QT_TR_NOOP("Close &All Clips"));
    file->addSeparator();
    QAction *quit = mTexts.bind(file->addAction(QString(), this, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&Edit"), "title");
    edit->setObjectName(QStringLiteral("EditMenu"));
    mAnnotations->fillEditMenu(*edit);
    edit->addSeparator();
    QAction *preferences
        = mTexts.bind(edit->addAction(QString(), this, &MainWindow::showPreferences), QT_TR_NOOP("&Preferences…"));
    preferences->setObjectName(QStringLiteral("PreferencesAction"));
    preferences->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"), "title");
    view->setObjectName(QStringLiteral("ViewMenu"));
    using Preset = render::Camera::Preset;
    const struct
    {
        const char *text;
        QKeySequence key;
        Preset preset;
    } presets[] = {
        {QT_TR_NOOP("&Front"), QKeySequence(Qt::Key_1), Preset::Front},
        {QT_TR_NOOP("&Side"), QKeySequence(Qt::Key_2), Preset::Right},
        {QT_TR_NOOP("&Top"), QKeySequence(Qt::Key_3), Preset::Top},
        {QT_TR_NOOP("&Back"), QKeySequence(Qt::CTRL | Qt::Key_1), Preset::Back},
        {QT_TR_NOOP("&Other Side"), QKeySequence(Qt::CTRL | Qt::Key_2), Preset::Left},
        {QT_TR_NOOP("&Perspective"), QKeySequence(Qt::Key_0), Preset::Perspective},
    };
    QMenu *camera = mTexts.bind(view->addMenu(QString()), QT_TR_NOOP("&Camera"), "title");
    for (const auto &p : presets) {
        QAction *action = mTexts.bind(
            camera->addAction(QString(), this, [this, preset = p.preset] { mViewport->setCameraPreset(preset); }),
            p.text);
        action->setShortcut(p.key);
    }
    QAction *fit = mTexts.bind(view->addAction(QString(), this, &MainWindow::fitView), QT_TR_NOOP("&Fit to Clips"));
    fit->setObjectName(QStringLiteral("FitAction"));
    fit->setShortcut(QKeySequence(Qt::Key_F));
    mFollow = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("F&ollow the Active Clip"));
    mFollow->setObjectName(QStringLiteral("FollowAction"));
    mFollow->setCheckable(true);
    mFollow->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    connect(mFollow, &QAction::toggled, this, &MainWindow::refreshScene);

    view->addSeparator();
    QMenu *layout = mTexts.bind(view->addMenu(QString()), QT_TR_NOOP("Several &Clips"), "title");
    mLayoutGroup = new QActionGroup(this);
    QAction *sideBySide = mTexts.bind(layout->addAction(QString()), QT_TR_NOOP("&Side by Side"));
    sideBySide->setObjectName(QStringLiteral("SideBySideAction"));
    QAction *overlaid = mTexts.bind(layout->addAction(QString()), QT_TR_NOOP("&Overlaid"));
    overlaid->setObjectName(QStringLiteral("OverlaidAction"));
    for (QAction *a : {sideBySide, overlaid}) {
        a->setCheckable(true);
        mLayoutGroup->addAction(a);
    }
    sideBySide->setChecked(true);
    connect(sideBySide, &QAction::toggled, this,
            [this](bool on) { mScene->setLayout(on ? render::ClipLayout::SideBySide : render::ClipLayout::Overlaid); });
    mTrajectory = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("Root &Trajectory"));
    mTrajectory->setObjectName(QStringLiteral("TrajectoryAction"));
    mTrajectory->setCheckable(true);
    mTrajectory->setShortcut(QKeySequence(Qt::Key_T));
    connect(mTrajectory, &QAction::toggled, mScene, &app::SceneController::setRootTrajectory);
    mTrails = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("Joint T&rails"));
    mTrails->setObjectName(QStringLiteral("TrailsAction"));
    mTrails->setCheckable(true);
    mTrails->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_T));
    connect(mTrails, &QAction::toggled, mScene, &app::SceneController::setJointTrails);
    mShowReconstruction = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("&Reconstruction"));
    mShowReconstruction->setObjectName(QStringLiteral("ReconstructionAction"));
    mShowReconstruction->setCheckable(true);
    mShowReconstruction->setChecked(mScene->showsReconstructions());
    mShowReconstruction->setShortcut(QKeySequence(Qt::Key_R));
    mTexts.bind(mShowReconstruction,
                QT_TR_NOOP("Draw the tokenizer's decoding of each clip beside it (side by side) or over it (overlaid)"),
                "statusTip");
    connect(mShowReconstruction, &QAction::toggled, mScene, &app::SceneController::setShowReconstructions);

    view->addSeparator();
    QAction *grid = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("Show &Grid"));
    grid->setObjectName(QStringLiteral("ShowGridAction"));
    grid->setCheckable(true);
    grid->setChecked(mViewport->sceneOptions().showGrid);
    grid->setShortcut(QKeySequence(Qt::Key_G));
    connect(grid, &QAction::toggled, mViewport, &ViewportWidget::setGridVisible);
    QAction *axes = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("Show &Axes"));
    axes->setObjectName(QStringLiteral("ShowAxesAction"));
    axes->setCheckable(true);
    axes->setChecked(mViewport->sceneOptions().showAxes);
    axes->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    connect(axes, &QAction::toggled, mViewport, &ViewportWidget::setAxesVisible);
    QAction *shadows = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("Show S&hadows"));
    shadows->setObjectName(QStringLiteral("ShowShadowsAction"));
    shadows->setCheckable(true);
    shadows->setChecked(mViewport->sceneOptions().showShadows);
    connect(shadows, &QAction::toggled, mViewport, &ViewportWidget::setShadowsVisible);

    view->addSeparator();
    QAction *timeline = mTimeline->toggleViewAction();
    mTexts.bind(timeline, QT_TR_NOOP("T&imeline"));
    view->addAction(timeline);
    QAction *clips = mClipList->toggleViewAction();
    mTexts.bind(clips, QT_TR_NOOP("C&lip List"));
    view->addAction(clips);
    QAction *caption = mCaption->toggleViewAction();
    mTexts.bind(caption, QT_TR_NOOP("C&aption"));
    view->addAction(caption);
    QAction *geometry = mGeometry->toggleViewAction();
    mTexts.bind(geometry, QT_TR_NOOP("&Geometry"));
    view->addAction(geometry);
    QAction *dataset = mAnnotations->datasetDock()->toggleViewAction();
    mTexts.bind(dataset, QT_TR_NOOP("&Dataset"));
    view->addAction(dataset);
    view->addSeparator();
    QAction *fullScreen = mTexts.bind(view->addAction(QString()), QT_TR_NOOP("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

void MainWindow::createPlaybackMenu()
{
    QMenu *playback = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&Playback"), "title");
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
    QMenu *model = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&Model"), "title");
    model->setObjectName(QStringLiteral("ModelMenu"));
    QAction *open
        = mTexts.bind(model->addAction(QString(), this, &MainWindow::openModelDialog), QT_TR_NOOP("&Open Model…"));
    open->setObjectName(QStringLiteral("OpenModelAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    const QString bundled = app::defaultModelPath();
    QAction *openBundled = mTexts.bind(model->addAction(QString(), this, [this, bundled] { openModel(bundled); }),
                                       QT_TR_NOOP("Use the &Bundled Model"));
    openBundled->setEnabled(!bundled.isEmpty());
    QAction *manage
        = mTexts.bind(model->addAction(QString(), this, &MainWindow::showModelManager), QT_TR_NOOP("&Manage Models…"));
    manage->setObjectName(QStringLiteral("ManageModelsAction"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    mTexts.bind(manage, QT_TR_NOOP("The bundled and installed models: use, remove, download"), "statusTip");
    QAction *download = mTexts.bind(model->addAction(QString(), this, &MainWindow::showDownloadDialog),
                                    QT_TR_NOOP("Do&wnload Model…"));
    download->setObjectName(QStringLiteral("DownloadModelAction"));
    mTexts.bind(download, QT_TR_NOOP("Install the paper's released model, or one from a URL or folder"), "statusTip");
    QAction *info
        = mTexts.bind(model->addAction(QString(), this, &MainWindow::showModelInfo), QT_TR_NOOP("Model &Info…"));
    info->setObjectName(QStringLiteral("ModelInfoAction"));
    info->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *device = mTexts.bind(model->addMenu(QString()), QT_TR_NOOP("&Device"), "title");
    mDeviceGroup = new QActionGroup(this);
    const bool cuda = app::MlController::cudaAvailable();
    const QString saved = app::Preferences::instance().device();
    const struct
    {
        QString name;
        const char *text;
        bool enabled;
    } devices[] = {{QStringLiteral("auto"), QT_TR_NOOP("&Automatic (CUDA when available)"), true},
                   {QStringLiteral("cpu"), QT_TR_NOOP("&CPU"), true},
                   {QStringLiteral("cuda"),
                    cuda ? QT_TR_NOOP("C&UDA") : QT_TR_NOOP("C&UDA (not available in this build or machine)"), cuda}};
    for (const auto &d : devices) {
        QAction *a = mTexts.bind(device->addAction(QString()), d.text);
        a->setCheckable(true);
        a->setData(d.name);
        a->setEnabled(d.enabled);
        a->setChecked(d.name == saved && d.enabled);
        mDeviceGroup->addAction(a);
    }
    if (!mDeviceGroup->checkedAction())
        mDeviceGroup->actions().first()->setChecked(true);
    connect(mDeviceGroup, &QActionGroup::triggered, this,
            [](QAction *a) { app::Preferences::instance().setDevice(a->data().toString()); });
    model->addSeparator();
    model->addAction(mCaption->captionAction());
    model->addAction(mCaption->cancelAction());
    model->addAction(mCaption->copyAction());
    model->addAction(mCaption->useAction());
    mPreviewCode = mTexts.bind(model->addAction(QString(), this, &MainWindow::previewSelectedCode),
                               QT_TR_NOOP("&Preview the Selected Code"));
    mPreviewCode->setObjectName(QStringLiteral("PreviewCodeAction"));
    mPreviewCode->setShortcut(QKeySequence(Qt::Key_P));
    mTexts.bind(mPreviewCode, QT_TR_NOOP("Decode eight tokens of the selected code and open the motion as a clip"),
                "statusTip");
    mPreviewCode->setEnabled(false);
}

QString MainWindow::startModel() const
{
    const app::Preferences &prefs = app::Preferences::instance();
    QString model;
    if (prefs.startModel() == app::StartModel::LastUsed)
        model = QSettings().value(QStringLiteral("model/directory")).toString();
    else if (prefs.startModel() == app::StartModel::Directory)
        model = prefs.modelDirectory();
    return !model.isEmpty() && QFileInfo(model).isDir() ? model : app::defaultModelPath();
}

void MainWindow::showPreferences()
{
    if (!mPreferences) {
        mPreferences = new PreferencesDialog(this);
        mPreferences->setAttribute(Qt::WA_DeleteOnClose);
    }
    mPreferences->show();
    mPreferences->raise();
    mPreferences->activateWindow();
}

void MainWindow::applyPreference(app::Preferences::Key key)
{
    const app::Preferences &prefs = app::Preferences::instance();
    using Key = app::Preferences::Key;
    switch (key) {
    case Key::Language: app::applyLanguage(prefs.language()); break;
    case Key::Theme: applyTheme(prefs.theme()); break;
    case Key::Units:
        mTimeline->update();
        for (QWidget *w : mTimeline->findChildren<QWidget *>())
            w->update();
        break;
    case Key::UpAxis:
        mLibrary->setUpAxisOverride(prefs.upAxis() == app::UpAxisMode::Detect ? app::UpAxisOverride::None
                                    : prefs.upAxis() == app::UpAxisMode::Z    ? app::UpAxisOverride::Z
                                                                              : app::UpAxisOverride::Y);
        break;
    case Key::Model:
        // A model chosen for the start is loaded now too (the last one used is already in).
        if (prefs.startModel() != app::StartModel::LastUsed) {
            const QString model = startModel();
            if (!model.isEmpty()
                && (!mMl->hasModel() || mMl->model().directory != QFileInfo(model).canonicalFilePath()))
                openModel(model);
        }
        break;
    case Key::Device:
        for (QAction *a : mDeviceGroup->actions())
            if (a->data().toString() == prefs.device() && a->isEnabled())
                a->setChecked(true);
        if (mMl->hasModel())
            openModel(mMl->model().directory); // again, on the new device
        break;
    case Key::Playback:
        mPlayback->setSpeed(prefs.playbackSpeed());
        mPlayback->setLoop(prefs.loopPlayback());
        mTimeline->loopAction()->setChecked(prefs.loopPlayback());
        break;
    case Key::ProjectFolder: break; // read by the next project dialog
    }
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

void MainWindow::showModelManager()
{
    if (!mModelManager) {
        mModelManager = new ModelManagerDialog(mMl->hasModel() ? mMl->model().directory : QString(), this);
        mModelManager->setAttribute(Qt::WA_DeleteOnClose);
        connect(mModelManager, &ModelManagerDialog::useModel, this, &MainWindow::openModel);
        connect(mModelManager, &ModelManagerDialog::downloadRequested, this, &MainWindow::showDownloadDialog);
    } else {
        mModelManager->refresh(); // models installed or removed by `geomotion model` meanwhile
    }
    mModelManager->show();
    mModelManager->raise();
    mModelManager->activateWindow();
}

void MainWindow::showDownloadDialog()
{
    if (!mModelDownload) {
        mModelDownload = new ModelDownloadDialog(this);
        mModelDownload->setAttribute(Qt::WA_DeleteOnClose);
        connect(mModelDownload, &ModelDownloadDialog::useModel, this, &MainWindow::openModel);
        connect(mModelDownload, &ModelDownloadDialog::installed, this, [this](const QString &directory) {
            statusBar()->showMessage(tr("Installed the model in %1").arg(directory), 8000);
            if (mModelManager)
                mModelManager->refresh();
        });
    }
    mModelDownload->show();
    mModelDownload->raise();
    mModelDownload->activateWindow();
}

void MainWindow::onModelLoaded()
{
    const app::ModelInfo &m = mMl->model();
    mModelBar->hide();
    updateModelLabel();
    if (mModelManager)
        mModelManager->setCurrentModel(m.directory);
    QSettings settings;
    if (m.directory == app::defaultModelPath())
        settings.remove(QStringLiteral("model/directory")); // follow the bundled model wherever it is installed
    else
        settings.setValue(QStringLiteral("model/directory"), m.directory);
    statusBar()->showMessage(tr("Loaded model %1 in %2 s").arg(modelName()).arg(m.loadSeconds, 0, 'f', 1), 6000);
}

void MainWindow::updateModelLabel()
{
    mModelBar->setToolTip(QString()); // the last loading step
    mModelLabel->setText(mMl->hasModel() ? tr("Model %1 · %2").arg(modelName(), mMl->model().device) : tr("No model"));
    mModelLabel->setToolTip(mMl->hasModel() ? mMl->model().directory : QString());
}

void MainWindow::onModelFailed(const QString &directory, const QString &message)
{
    mModelBar->hide();
    updateModelLabel();
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
    QMenu *help = mTexts.bind(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"), "title");
    help->setObjectName(QStringLiteral("HelpMenu"));
    QAction *shortcuts
        = mTexts.bind(help->addAction(QString(), this, &MainWindow::showShortcuts), QT_TR_NOOP("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("ShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about
        = mTexts.bind(help->addAction(QString(), this, &MainWindow::showAbout), QT_TR_NOOP("&About GeoMotion Studio"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = mTexts.bind(help->addAction(QString(), qApp, &QApplication::aboutQt), QT_TR_NOOP("About &Qt"));
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
    openFiles(paths, app::Preferences::instance().playOnOpen());
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
    mGlReady = ok ? 1 : 0;
    updateGlLabel();
    if (!ok)
        statusBar()->showMessage(mViewport->errorString());
}

void MainWindow::updateGlLabel()
{
    if (mGlReady < 0) {
        mGlLabel->clear();
        return;
    }
    const render::GlInfo info = mViewport->glInfo();
    mGlLabel->setText(mGlReady ? tr("OpenGL %1 · %2").arg(info.version.section(QLatin1Char(' '), 0, 0), info.renderer)
                               : tr("No OpenGL 3.3"));
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The docks retranslate themselves: they get the event after this window, and a dock's
        // new title renames its View-menu action; so the menus, the status bar and the
        // annotation actions are set once the event has gone round.
        QMetaObject::invokeMethod(
            this,
            [this] {
                mTexts.retranslate();
                mAnnotations->retranslate();
                updateRecentMenu();
                updateGlLabel();
                updateTitle();
                updateLoading();
                if (!mModelBar->isVisible())
                    updateModelLabel();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
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
    openFiles(paths, app::Preferences::instance().playOnOpen());
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
    applyPreference(app::Preferences::Key::Playback);
    applyPreference(app::Preferences::Key::UpAxis);
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
    settings.setValue(QStringLiteral("view/follow"), mFollow->isChecked());
    settings.setValue(QStringLiteral("view/trajectory"), mTrajectory->isChecked());
    settings.setValue(QStringLiteral("view/trails"), mTrails->isChecked());
    settings.setValue(QStringLiteral("view/layout"), mScene->options().layout == render::ClipLayout::Overlaid
                                                         ? QStringLiteral("overlaid")
                                                         : QStringLiteral("sideBySide"));
    mViewport->saveSettings(settings);
}

} // namespace gm::ui

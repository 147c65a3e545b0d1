#pragma once

#include "core/preferences.h"
#include "ui/retranslator.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace gm::app {
class ClipLibrary;
class MlController;
class PlaybackController;
class ProjectSession;
class SceneController;
} // namespace gm::app

namespace gm::ui {

class AnnotationController;
class CaptionDock;
class ClipListDock;
class ErrorCurve;
class GeometryDock;
class PreferencesDialog;
class ModelDownloadDialog;
class ModelManagerDialog;
class TimelineDock;
class TokenLane;
class ViewportWidget;

/// The studio's main window: assembles the 3-D view, the timeline and clip docks, the menus and
/// the status bar, and delegates the work to the app-core controllers (clip library, play head,
/// scene).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ViewportWidget *viewport() const { return mViewport; }
    TimelineDock *timelineDock() const { return mTimeline; }
    ClipListDock *clipListDock() const { return mClipList; }
    GeometryDock *geometryDock() const { return mGeometry; }
    CaptionDock *captionDock() const { return mCaption; }
    TokenLane *tokenLane() const { return mTokenLane; }
    ErrorCurve *errorCurve() const { return mErrorCurve; }
    app::MlController &ml() const { return *mMl; }
    app::ProjectSession &session() const { return *mSession; }
    AnnotationController &annotations() const { return *mAnnotations; }
    app::ClipLibrary &library() const { return *mLibrary; }
    app::PlaybackController &playback() const { return *mPlayback; }
    app::SceneController &scene() const { return *mScene; }
    /// The last error shown to the user (a file that failed to open), or empty.
    QString lastError() const { return mLastError; }
    /// Whether the camera tracks the active clip's root.
    bool follows() const;

public Q_SLOTS:
    /// Opens the files (in the background); with `play`, playback starts once they are in.
    void openFiles(const QStringList &paths, bool play = false);
    void openDialog();
    void closeActiveClip();
    void closeAllClips();
    void fitView();
    void showShortcuts();
    void showAbout();
    /// Edit ▸ Preferences (one dialog, not modal).
    void showPreferences();
    /// Loads a model directory in the background (on the chosen device); errors are shown.
    void openModel(const QString &directory);
    void openModelDialog();
    void showModelInfo();
    void showModelManager();
    void showDownloadDialog();
    /// Decodes a run of the selected code and opens it as a clip.
    void previewSelectedCode();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createPlaybackMenu();
    void createModelMenu();
    void createHelpMenu();
    void updateRecentMenu();
    void updateTitle();
    void updateLoading();
    void refreshScene();
    void onLoaded(int index);
    void onLoadFailed(const QString &path, const QString &message);
    void onRendererReady(bool ok);
    void onModelLoaded();
    void onModelFailed(const QString &directory, const QString &message);
    void updateModelLabel();
    void updateGlLabel();
    void onAnalysisReady(int clipId);
    QString chosenDevice() const;
    QString modelName() const;
    /// The model directory the preferences choose for the start (empty: none to be had).
    QString startModel() const;
    void applyPreference(app::Preferences::Key key);
    void readSettings();
    void writeSettings() const;

    app::ClipLibrary *mLibrary = nullptr;
    app::PlaybackController *mPlayback = nullptr;
    app::SceneController *mScene = nullptr;
    app::MlController *mMl = nullptr;
    app::ProjectSession *mSession = nullptr;
    AnnotationController *mAnnotations = nullptr;
    ViewportWidget *mViewport = nullptr;
    TimelineDock *mTimeline = nullptr;
    ClipListDock *mClipList = nullptr;
    GeometryDock *mGeometry = nullptr;
    CaptionDock *mCaption = nullptr;
    TokenLane *mTokenLane = nullptr;
    ErrorCurve *mErrorCurve = nullptr;
    QAction *mShowReconstruction = nullptr;
    QAction *mPreviewCode = nullptr;
    QActionGroup *mDeviceGroup = nullptr;
    QLabel *mModelLabel = nullptr;
    QProgressBar *mModelBar = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mFollow = nullptr;
    QAction *mTrajectory = nullptr;
    QAction *mTrails = nullptr;
    QActionGroup *mLayoutGroup = nullptr;
    QLabel *mGlLabel = nullptr;
    QLabel *mLoadingLabel = nullptr;
    QProgressBar *mLoadingBar = nullptr;
    QToolButton *mCancelLoading = nullptr;
    Retranslator mTexts{staticMetaObject.className()};
    QPointer<PreferencesDialog> mPreferences;
    QPointer<ModelManagerDialog> mModelManager;
    QPointer<ModelDownloadDialog> mModelDownload;
    int mGlReady = -1; ///< the 3-D view's renderer: −1 not started yet, 0 failed, 1 running
    QString mLastError;
    bool mPlayWhenLoaded = false;
    bool mClipListShownOnce = false;
};

} // namespace gm::ui

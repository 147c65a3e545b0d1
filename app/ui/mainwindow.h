#pragma once

#include <QMainWindow>
#include <QStringList>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace gm::app {
class ClipLibrary;
class PlaybackController;
class SceneController;
} // namespace gm::app

namespace gm::ui {

class ClipListDock;
class TimelineDock;
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileMenu();
    void createViewMenu();
    void createPlaybackMenu();
    void createHelpMenu();
    void updateRecentMenu();
    void updateTitle();
    void updateLoading();
    void refreshScene();
    void onLoaded(int index);
    void onLoadFailed(const QString &path, const QString &message);
    void onRendererReady(bool ok);
    void readSettings();
    void writeSettings() const;

    app::ClipLibrary *mLibrary = nullptr;
    app::PlaybackController *mPlayback = nullptr;
    app::SceneController *mScene = nullptr;
    ViewportWidget *mViewport = nullptr;
    TimelineDock *mTimeline = nullptr;
    ClipListDock *mClipList = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mFollow = nullptr;
    QAction *mTrajectory = nullptr;
    QAction *mTrails = nullptr;
    QActionGroup *mLayoutGroup = nullptr;
    QLabel *mGlLabel = nullptr;
    QLabel *mLoadingLabel = nullptr;
    QProgressBar *mLoadingBar = nullptr;
    QToolButton *mCancelLoading = nullptr;
    QString mLastError;
    bool mPlayWhenLoaded = false;
    bool mClipListShownOnce = false;
};

} // namespace gm::ui

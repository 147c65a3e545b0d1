#pragma once

#include "ui/retranslator.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace gm::app {
class ClipLibrary;
class MlController;
class PlaybackController;
class ProjectSession;
} // namespace gm::app

namespace gm::ui {

class AnnotationLane;
class CaptionDock;
class DatasetDock;
class TimelineDock;

/// The studio's annotation tools: the project actions (New, Open, Close), the Edit menu (undo,
/// redo, edit, delete, split, merge, in/out points, snapping), one lane per tier under the
/// timeline, and "Use as Annotation" from the caption dock. Every change goes through the
/// session's document.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(QMainWindow &window, app::ProjectSession &session, TimelineDock &timeline,
                         CaptionDock &captions, app::MlController &ml, app::ClipLibrary &library,
                         app::PlaybackController &playback);

    /// New Project…, Open Project…, Close Project: for the File menu.
    QList<QAction *> projectActions() const
    {
        return {mNewProject, mOpenProject, mOpenDataset, mCloseProject, mImport, mExport, mExportVideo};
    }
    DatasetDock *datasetDock() const { return mDataset; }
    void fillEditMenu(QMenu &menu);
    const QList<AnnotationLane *> &lanes() const { return mLanes; }
    /// The dialog of the last edit request (tests fill it in), or null.
    QObject *editDialog() const { return mEditDialog; }

    bool newProject(const QString &path);
    bool openProject(const QString &path);
    /// Imports a HumanML3D texts, BABEL / KIT-ML JSON or CSV file into the active clip (one undo
    /// step); returns how many segments came in.
    int importAnnotations(const QString &path);
    /// Dataset mode: the folder's project (`geomotion.gmproj` inside it, made when missing; asked
    /// for when the folder is read-only) and its clip list, the first clip without annotations open.
    bool openDataset(const QString &folder);
    /// File ▸ Export Annotations…: the export dialog for the open project (null without one).
    class ExportDialog *showExportDialog();
    /// File ▸ Export Video…: the active clip with its captions (from the project) and tokens.
    class VideoExportDialog *showVideoDialog();

    /// Sets the texts of the actions again after the language changed.
    void retranslate();

public Q_SLOTS:
    void editSegment(qint64 id);
    void deleteSelected();
    void splitAtPlayHead();
    void mergeWithNext();
    void markIn();
    /// A segment from the in point to the play head on the selected segment's tier (else the
    /// first label tier).
    void addToPlayHead();
    void useCaption(const QString &text, int firstToken, int lastToken);

private:
    void updateUndoTexts();
    void rebuildLanes();
    void updateActions();
    int currentFrame() const;
    void showError(const QString &title, const QString &message);

    QMainWindow &mWindow;
    app::ProjectSession &mSession;
    TimelineDock &mTimeline;
    app::MlController &mMl;
    app::ClipLibrary &mLibrary;
    app::PlaybackController &mPlayback;
    QList<AnnotationLane *> mLanes;
    QAction *mNewProject = nullptr;
    QAction *mOpenProject = nullptr;
    QAction *mCloseProject = nullptr;
    QAction *mImport = nullptr;
    QAction *mOpenDataset = nullptr;
    QAction *mExport = nullptr;
    QAction *mExportVideo = nullptr;
    DatasetDock *mDataset = nullptr;
    QAction *mUndo = nullptr;
    QAction *mRedo = nullptr;
    QAction *mEdit = nullptr;
    QAction *mDelete = nullptr;
    QAction *mSplit = nullptr;
    QAction *mMerge = nullptr;
    QAction *mIn = nullptr;
    QAction *mOut = nullptr;
    QAction *mSnap = nullptr;
    QObject *mEditDialog = nullptr;
    Retranslator mTexts{staticMetaObject.className()};
};

} // namespace gm::ui

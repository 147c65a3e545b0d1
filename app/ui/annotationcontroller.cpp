#include "ui/annotationcontroller.h"

#include "core/annotationimport.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/preferences.h"
#include "core/projectsession.h"
#include "ui/annotationlane.h"
#include "ui/captiondock.h"
#include "ui/datasetdock.h"
#include "ui/exportdialog.h"
#include "ui/timelinedock.h"
#include "ui/videoexportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

#include <cmath>

namespace gm::ui {

namespace {

// Where New Project and Open Project start: the preferred folder, made when it is missing.
QString projectFolder()
{
    const QString folder = app::Preferences::instance().projectFolder();
    QDir().mkpath(folder);
    return folder;
}

QString projectFilter()
{
    return AnnotationController::tr("GeoMotion projects (*.gmproj);;All files (*)");
}

} // namespace

AnnotationController::AnnotationController(QMainWindow &window, app::ProjectSession &session, TimelineDock &timeline,
                                           CaptionDock &captions, app::MlController &ml, app::ClipLibrary &library,
                                           app::PlaybackController &playback)
    : QObject(&window)
    , mWindow(window)
    , mSession(session)
    , mTimeline(timeline)
    , mMl(ml)
    , mLibrary(library)
    , mPlayback(playback)
{
    mNewProject = mTexts.bind(new QAction(this), QT_TR_NOOP("&New Project…"));
    mNewProject->setObjectName(QStringLiteral("NewProjectAction"));
    mNewProject->setShortcut(QKeySequence::New);
    connect(mNewProject, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(&mWindow, tr("New Project"), projectFolder(), projectFilter());
        if (!path.isEmpty())
            newProject(path.endsWith(QLatin1String(".gmproj")) ? path : path + QStringLiteral(".gmproj"));
    });
    mOpenProject = mTexts.bind(new QAction(this), QT_TR_NOOP("Open &Project…"));
    mOpenProject->setObjectName(QStringLiteral("OpenProjectAction"));
    mOpenProject->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(mOpenProject, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(&mWindow, tr("Open Project"), projectFolder(), projectFilter());
        if (!path.isEmpty())
            openProject(path);
    });
    mCloseProject = mTexts.bind(new QAction(this), QT_TR_NOOP("Close Pro&ject"));
    mCloseProject->setObjectName(QStringLiteral("CloseProjectAction"));
    connect(mCloseProject, &QAction::triggered, &mSession, &app::ProjectSession::close);

    mDataset = new DatasetDock(session, library, &window);
    window.addDockWidget(Qt::LeftDockWidgetArea, mDataset);
    mDataset->hide(); // shown by Open Dataset Folder
    mOpenDataset = mTexts.bind(new QAction(this), QT_TR_NOOP("Open &Dataset Folder…"));
    mOpenDataset->setObjectName(QStringLiteral("OpenDatasetAction"));
    mOpenDataset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(mOpenDataset, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString folder = QFileDialog::getExistingDirectory(
            &mWindow, tr("Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)"),
            settings.value(QStringLiteral("project/datasetFolder"), QDir::homePath()).toString());
        if (folder.isEmpty())
            return;
        settings.setValue(QStringLiteral("project/datasetFolder"), folder);
        openDataset(folder);
    });

    mExport = mTexts.bind(new QAction(this), QT_TR_NOOP("&Export Annotations…"));
    mExport->setObjectName(QStringLiteral("ExportAction"));
    mExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(mExport, &QAction::triggered, this, &AnnotationController::showExportDialog);

    mExportVideo = mTexts.bind(new QAction(this), QT_TR_NOOP("Export &Video…"));
    mExportVideo->setObjectName(QStringLiteral("ExportVideoAction"));
    mExportVideo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(mExportVideo, &QAction::triggered, this, &AnnotationController::showVideoDialog);
    connect(&library, &app::ClipLibrary::activeChanged, this,
            [this] { mExportVideo->setEnabled(mLibrary.active() != nullptr); });
    mExportVideo->setEnabled(false);

    mImport = mTexts.bind(new QAction(this), QT_TR_NOOP("&Import Annotations…"));
    mImport->setObjectName(QStringLiteral("ImportAnnotationsAction"));
    connect(mImport, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            &mWindow, tr("Import Annotations into the Active Clip"),
            settings.value(QStringLiteral("project/importFolder"), QDir::homePath()).toString(),
            tr("Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV "
               "(*.csv)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("project/importFolder"), QFileInfo(path).absolutePath());
        importAnnotations(path);
    });

    QUndoStack *stack = session.document().undoStack();
    // Our own undo and redo actions (not QUndoStack's): their text follows the language too.
    mUndo = new QAction(this);
    mUndo->setObjectName(QStringLiteral("UndoAction"));
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = new QAction(this);
    mRedo->setObjectName(QStringLiteral("RedoAction"));
    mRedo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(mUndo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(mRedo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, mUndo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, mRedo, &QAction::setEnabled);
    mUndo->setEnabled(stack->canUndo());
    mRedo->setEnabled(stack->canRedo());
    mTexts.call(mUndo, [this] { updateUndoTexts(); });
    connect(stack, &QUndoStack::undoTextChanged, this, &AnnotationController::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &AnnotationController::updateUndoTexts);

    auto action = [this](const char *text, const QString &name, const QKeySequence &key, auto slot) {
        auto *a = mTexts.bind(new QAction(this), text);
        a->setObjectName(name);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    mEdit = action(QT_TR_NOOP("&Edit Segment…"), QStringLiteral("EditSegmentAction"), QKeySequence(Qt::Key_F2),
                   [this] { editSegment(mSession.selectedSegment()); });
    mDelete = action(QT_TR_NOOP("&Delete Segment"), QStringLiteral("DeleteSegmentAction"), QKeySequence::Delete,
                     &AnnotationController::deleteSelected);
    mSplit = action(QT_TR_NOOP("&Split at Play Head"), QStringLiteral("SplitSegmentAction"), QKeySequence(Qt::Key_S),
                    &AnnotationController::splitAtPlayHead);
    mMerge = action(QT_TR_NOOP("&Merge with Next"), QStringLiteral("MergeSegmentAction"), QKeySequence(Qt::Key_M),
                    &AnnotationController::mergeWithNext);
    mIn = action(QT_TR_NOOP("Mark &In Point"), QStringLiteral("MarkInAction"), QKeySequence(Qt::Key_I),
                 &AnnotationController::markIn);
    mOut = action(QT_TR_NOOP("Add Segment to &Out Point"), QStringLiteral("MarkOutAction"), QKeySequence(Qt::Key_O),
                  &AnnotationController::addToPlayHead);
    mSnap = mTexts.bind(new QAction(this), QT_TR_NOOP("Snap to &Token Boundaries"));
    mSnap->setObjectName(QStringLiteral("SnapTokensAction"));
    mSnap->setCheckable(true);
    mSnap->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_S));
    connect(mSnap, &QAction::toggled, this, [this](bool on) {
        for (AnnotationLane *lane : mLanes)
            lane->setSnapToTokens(on);
    });

    connect(&session, &app::ProjectSession::changed, this, [this] {
        rebuildLanes();
        updateActions();
    });
    connect(&session, &app::ProjectSession::selectionChanged, this, &AnnotationController::updateActions);
    connect(&session, &app::ProjectSession::error, this,
            [this](const QString &message) { mWindow.statusBar()->showMessage(message, 10000); });
    connect(&session.document(), &app::MotionDocument::error, this,
            [this](const QString &message) { showError(tr("Could Not Save the Edit"), message); });
    connect(&captions, &CaptionDock::useAsAnnotation, this, &AnnotationController::useCaption);
    // With a project open, the model's output is kept in it: each caption's candidates as
    // suggestions, and each clip's tokens in the cache under the model's fingerprint.
    connect(&ml, &app::MlController::captionFinished, this, [this](const app::CaptionResult &r) {
        const qint64 clip = mSession.projectClip(r.clipId);
        if (!clip || r.cancelled)
            return;
        const double framesPerToken = mMl.model().secondsPerToken() * mSession.activeFps();
        try {
            for (const app::CaptionCandidate &c : r.candidates)
                mSession.document().store()->addSuggestion({0,
                                                            clip,
                                                            int(std::lround(r.firstToken * framesPerToken)),
                                                            int(std::lround((r.lastToken + 1) * framesPerToken)),
                                                            c.text,
                                                            c.logProbability,
                                                            mMl.model().fingerprint,
                                                            {}});
        } catch (const app::ProjectError &e) {
            mWindow.statusBar()->showMessage(e.message(), 10000);
        }
    });
    auto cache = [this](int openClip) {
        const qint64 clip = mSession.projectClip(openClip);
        const app::ClipAnalysis *a = mMl.analysis(openClip);
        if (!clip || !a)
            return;
        try {
            if (!mSession.document().store()->cachedTokens(clip, mMl.model().fingerprint))
                mSession.document().store()->cacheTokens(clip, mMl.model().fingerprint, a->tokens);
        } catch (const app::ProjectError &e) {
            mWindow.statusBar()->showMessage(e.message(), 10000);
        }
    };
    connect(&ml, &app::MlController::analysisReady, this, cache);
    connect(&session, &app::ProjectSession::changed, this, [this, cache] {
        for (const app::OpenClip &c : mLibrary.clips()) // analysed before the project was open
            cache(c.id);
    });
    updateActions();
}

void AnnotationController::retranslate()
{
    mTexts.retranslate();
}

void AnnotationController::updateUndoTexts()
{
    const QUndoStack *stack = mSession.document().undoStack();
    mUndo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    mRedo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void AnnotationController::fillEditMenu(QMenu &menu)
{
    menu.addAction(mUndo);
    menu.addAction(mRedo);
    menu.addSeparator();
    menu.addAction(mIn);
    menu.addAction(mOut);
    menu.addAction(mEdit);
    menu.addAction(mSplit);
    menu.addAction(mMerge);
    menu.addAction(mDelete);
    menu.addSeparator();
    menu.addAction(mSnap);
    menu.addSeparator();
    menu.addAction(mDataset->nextAction());
    menu.addAction(mDataset->previousAction());
}

bool AnnotationController::newProject(const QString &path)
{
    QString error;
    if (!mSession.create(path, &error)) {
        showError(tr("Could Not Create the Project"), error);
        return false;
    }
    mWindow.statusBar()->showMessage(tr("Created project %1").arg(QFileInfo(path).fileName()), 6000);
    return true;
}

bool AnnotationController::openProject(const QString &path)
{
    QString error;
    if (!mSession.open(path, &error)) {
        showError(tr("Could Not Open the Project"), error);
        return false;
    }
    const auto missing = mSession.document().store()->missingClips();
    mWindow.statusBar()->showMessage(
        missing.empty() ? tr("Opened project %1").arg(QFileInfo(path).fileName())
                        : tr("Opened project %1: %n clip file(s) moved or missing", nullptr, int(missing.size()))
                              .arg(QFileInfo(path).fileName()),
        8000);
    if (!missing.empty()) {
        const QString folder = QFileDialog::getExistingDirectory(
            &mWindow, tr("Find the %n Missing Clip(s) in a Folder", nullptr, int(missing.size())),
            QFileInfo(path).absolutePath());
        if (!folder.isEmpty()) {
            const int found = mSession.document().store()->relocateMissing(folder);
            mWindow.statusBar()->showMessage(
                tr("Found %1 of %2 missing clips by their content").arg(found).arg(missing.size()), 8000);
        }
    }
    return true;
}

bool AnnotationController::openDataset(const QString &folder)
{
    const QString project = QDir(folder).filePath(QStringLiteral("geomotion.gmproj"));
    bool ok = false;
    if (QFileInfo::exists(project)) {
        ok = openProject(project);
    } else if (QFileInfo(folder).isWritable()) {
        ok = newProject(project);
    } else {
        const QString elsewhere = QFileDialog::getSaveFileName(
            &mWindow, tr("The Folder Is Read-Only: Where Should Its Project Go?"),
            QDir::home().filePath(QDir(folder).dirName() + QStringLiteral(".gmproj")), projectFilter());
        ok = !elsewhere.isEmpty() && (QFileInfo::exists(elsewhere) ? openProject(elsewhere) : newProject(elsewhere));
    }
    if (!ok)
        return false;
    QString error;
    if (!mDataset->setFolder(folder, &error)) {
        showError(tr("Could Not Open the Dataset"), error);
        return false;
    }
    mDataset->setFilter(0);
    mDataset->openFirstUnannotated();
    return true;
}

ExportDialog *AnnotationController::showExportDialog()
{
    if (!mSession.document().isOpen())
        return nullptr;
    auto *dialog
        = new ExportDialog(mSession.document().path(), mMl.hasModel() ? mMl.model().directory : QString(), &mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

VideoExportDialog *AnnotationController::showVideoDialog()
{
    const app::OpenClip *active = mLibrary.active();
    if (!active)
        return nullptr;
    app::VideoOverlay overlay;
    overlay.title = active->name;
    const app::ClipAnalysis *analysis = mMl.analysis(active->id);
    if (analysis) {
        overlay.tokens = analysis->tokens;
        overlay.secondsPerToken = analysis->secondsPerToken();
    }
    if (const qint64 clip = mSession.projectClip(active->id)) {
        const double fps = active->clip->fps();
        for (const app::Segment &s : mSession.document().segments(clip))
            if (s.tierId == mSession.firstTier(app::Tier::Kind::Caption))
                overlay.captions.push_back({s.startFrame / fps, s.endFrame / fps, s.text});
    }
    auto *dialog
        = new VideoExportDialog(active->clip, analysis ? analysis->reconstruction : nullptr, overlay, &mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

int AnnotationController::importAnnotations(const QString &path)
{
    const app::OpenClip *active = mLibrary.active();
    const qint64 clip = mSession.activeProjectClip();
    if (!active || !clip)
        return 0;
    try {
        const std::vector<app::ImportedSegment> read
            = app::readAnnotations(path, QFileInfo(active->path).completeBaseName());
        const int n = mSession.document().importSegments(clip, active->clip->fps(), active->clip->frameCount(), read);
        mWindow.statusBar()->showMessage(
            tr("Imported %n segment(s) from %1", nullptr, n).arg(QFileInfo(path).fileName()), 6000);
        return n;
    } catch (const app::ProjectError &e) {
        showError(tr("Could Not Import Annotations"), e.message());
        return 0;
    }
}

void AnnotationController::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, &mWindow);
    box->setObjectName(QStringLiteral("ProjectErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AnnotationController::rebuildLanes()
{
    for (AnnotationLane *lane : mLanes) {
        mTimeline.removeLane(lane);
        lane->deleteLater();
    }
    mLanes.clear();
    for (const app::Tier &t : mSession.document().tiers()) {
        auto *lane = new AnnotationLane(mSession, t.id, mMl, mLibrary, mPlayback, &mTimeline);
        lane->setObjectName(QStringLiteral("AnnotationLane%1").arg(t.id));
        lane->setLabel(t.name);
        lane->setSnapToTokens(mSnap->isChecked());
        connect(lane, &AnnotationLane::editRequested, this, &AnnotationController::editSegment);
        mTimeline.addLane(lane);
        mLanes.append(lane);
    }
}

void AnnotationController::updateActions()
{
    const bool open = mSession.document().isOpen();
    const bool clip = mSession.activeProjectClip() != 0;
    const bool selected = mSession.selectedSegment() != 0;
    mCloseProject->setEnabled(open);
    mImport->setEnabled(clip);
    mExport->setEnabled(open);
    for (QAction *a : {mEdit, mDelete, mSplit, mMerge})
        a->setEnabled(selected);
    mIn->setEnabled(clip);
    mOut->setEnabled(clip && mSession.inPoint() >= 0);
}

int AnnotationController::currentFrame() const
{
    return int(std::lround(mPlayback.time() * mSession.activeFps()));
}

void AnnotationController::editSegment(qint64 id)
{
    const std::optional<app::Segment> s = mSession.document().segment(id);
    if (!s)
        return;
    bool caption = false;
    for (const app::Tier &t : mSession.document().tiers())
        if (t.id == s->tierId)
            caption = t.kind == app::Tier::Kind::Caption;
    auto *dialog = new QInputDialog(&mWindow);
    dialog->setObjectName(QStringLiteral("EditSegmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(caption ? tr("Edit Caption") : tr("Set Label"));
    if (caption) {
        dialog->setLabelText(tr("Caption of frames %1–%2:").arg(s->startFrame).arg(s->endFrame));
        dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
        dialog->setTextValue(s->text);
    } else {
        QStringList names;
        for (const app::LabelEntry &l : mSession.document().labels())
            names << l.name;
        dialog->setLabelText(
            tr("Label of frames %1–%2 (a new one joins the vocabulary):").arg(s->startFrame).arg(s->endFrame));
        dialog->setComboBoxItems(names);
        dialog->setComboBoxEditable(true);
        dialog->setTextValue(s->label);
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, caption](const QString &value) {
        if (caption) {
            mSession.document().setText(id, value.trimmed());
        } else {
            mSession.document().addLabel(value.trimmed(), {});
            mSession.document().setLabel(id, value.trimmed());
        }
    });
    mEditDialog = dialog;
    dialog->open();
}

void AnnotationController::deleteSelected()
{
    mSession.document().removeSegment(mSession.selectedSegment());
}

void AnnotationController::splitAtPlayHead()
{
    const qint64 right = mSession.document().splitSegment(mSession.selectedSegment(), currentFrame());
    if (!right)
        mWindow.statusBar()->showMessage(tr("Move the play head inside the selected segment to split it"), 6000);
}

void AnnotationController::mergeWithNext()
{
    const std::optional<app::Segment> s = mSession.document().segment(mSession.selectedSegment());
    if (!s)
        return;
    const app::Segment *next = nullptr;
    const std::vector<app::Segment> all = mSession.document().segments(s->clipId);
    for (const app::Segment &o : all)
        if (o.tierId == s->tierId && o.id != s->id && o.startFrame >= s->startFrame
            && (!next || o.startFrame < next->startFrame))
            next = &o;
    if (!next) {
        mWindow.statusBar()->showMessage(tr("No later segment on this tier to merge with"), 6000);
        return;
    }
    mSession.document().mergeSegments(s->id, next->id);
}

void AnnotationController::markIn()
{
    mSession.setInPoint(currentFrame());
    updateActions();
}

void AnnotationController::addToPlayHead()
{
    const int in = mSession.inPoint(), out = currentFrame();
    if (in < 0 || out == in)
        return;
    const std::optional<app::Segment> selected = mSession.document().segment(mSession.selectedSegment());
    app::Segment s;
    s.clipId = mSession.activeProjectClip();
    s.tierId = selected ? selected->tierId : mSession.firstTier(app::Tier::Kind::Label);
    s.startFrame = std::min(in, out);
    s.endFrame = std::max(in, out);
    if (const qint64 id = mSession.document().addSegment(s))
        mSession.selectSegment(id);
    mSession.setInPoint(-1);
    updateActions();
}

void AnnotationController::useCaption(const QString &text, int firstToken, int lastToken)
{
    if (!mSession.document().isOpen()) {
        showError(tr("No Project"),
                  tr("Annotations are kept in a project: create one with File ▸ New Project… (or open one), then "
                     "use the caption again."));
        return;
    }
    const qint64 clip = mSession.activeProjectClip();
    const qint64 tier = mSession.firstTier(app::Tier::Kind::Caption);
    if (!clip || !tier)
        return;
    // Tokens are 2^down_t frames at 20 fps (0.4 s for the official model) on the source clip's time.
    const double framesPerToken = mMl.model().secondsPerToken() * mSession.activeFps();
    const int start = int(std::lround(firstToken * framesPerToken));
    const int end = int(std::lround((lastToken + 1) * framesPerToken));
    const QString model = mMl.hasModel() ? mMl.model().name : QString();
    if (const qint64 id = mSession.document().acceptSuggestion(clip, tier, start, end, text, model))
        mSession.selectSegment(id);
}

} // namespace gm::ui

#pragma once

#include "core/annotationimport.h"
#include "core/projectstore.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <set>

namespace gm::app {

/// The open project: the one place annotation data changes. Every edit is a QUndoCommand on
/// undoStack() whose redo and undo write the project store at once (so every edit on screen is
/// already in the file), then tell the views through segmentsChanged(). Drags merge into one
/// command per gesture (pass the same non-zero `gesture` to every move or resize of one drag).
/// Errors from the store are reported by error() and leave the document as it was.
class MotionDocument : public QObject
{
    Q_OBJECT
public:
    explicit MotionDocument(QObject *parent = nullptr);
    ~MotionDocument() override;

    /// Creates a project file (with an action-label and a caption tier) or opens one. False (and
    /// `error`) when that fails; an open project stays open then.
    bool create(const QString &path, QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return mStore != nullptr; }
    QString path() const;
    ProjectStore *store() const { return mStore.get(); }
    QUndoStack *undoStack() { return &mUndo; }

    /// The name written as each new segment's author (the user's login by default).
    void setAuthor(const QString &author) { mAuthor = author; }
    QString author() const { return mAuthor; }

    // --- clips (registering a clip is not an edit: it cannot be undone) -----------------------
    /// The project's id for a motion file (registered by content hash when new), or 0 with
    /// `error` when the file cannot be read or no project is open.
    qint64 clipFor(const QString &path, double fps, int frames, QString *error = nullptr);

    // --- reading ------------------------------------------------------------------------------
    std::vector<Tier> tiers() const;
    std::vector<Segment> segments(qint64 clipId) const;
    std::optional<Segment> segment(qint64 id) const;
    std::vector<LabelEntry> labels() const;
    /// The colour of a label (from the vocabulary, else a stable one from its name).
    QString labelColor(const QString &label) const;

    // --- edits (each one undoable) ------------------------------------------------------------
    /// Adds a segment (its id is assigned; created/modified/author are filled in). Returns the id,
    /// or 0 when it was refused (error() tells why).
    qint64 addSegment(Segment segment);
    void removeSegment(qint64 id);
    /// Moves a segment to start at `startFrame`, keeping its length.
    void moveSegment(qint64 id, int startFrame, int gesture = 0);
    void resizeSegment(qint64 id, int startFrame, int endFrame, int gesture = 0);
    void setText(qint64 id, const QString &text);
    void setLabel(qint64 id, const QString &label);
    /// A model's caption becomes a segment of the caption tier (source "model", its model id).
    qint64 acceptSuggestion(qint64 clipId, qint64 tierId, int startFrame, int endFrame, const QString &text,
                            const QString &modelId);
    /// Splits a segment at a frame strictly inside it into two; returns the new right part's id.
    qint64 splitSegment(qint64 id, int frame);
    /// Merges two segments of one tier and clip into the first (spanning both; texts joined).
    void mergeSegments(qint64 first, qint64 second);
    /// Imported annotations (annotationimport.h) become segments of the clip on the first tier
    /// of their kind, in one undoable step; times are converted with the clip's rate and clamped
    /// to its frames (an end at or before the start means the whole clip). Returns how many.
    int importSegments(qint64 clipId, double fps, int frames, const std::vector<ImportedSegment> &imported);
    /// Adds a label to the vocabulary (not undoable: the vocabulary only grows).
    void addLabel(const QString &name, const QString &color);

Q_SIGNALS:
    void opened();
    void closed();
    /// Segments of the clip changed (added, removed, moved, edited).
    void segmentsChanged(qint64 clipId);
    void labelsChanged();
    void error(const QString &message);

private:
    friend class SegmentCommand;
    /// What every command calls: one store transaction around its changes; the views hear of
    /// the clips it touched when it ends (committed or rolled back).
    bool beginEdit();
    bool endEdit(bool ok);
    bool applyInsert(Segment &segment);
    bool applyUpdate(const Segment &segment);
    bool applyRemove(const Segment &segment);
    void push(QUndoCommand *command);
    /// The store `make` opens or creates replaces the current one; a ProjectError leaves all as it was.
    bool adopt(const std::function<std::unique_ptr<ProjectStore>()> &make, QString *error);

    std::unique_ptr<ProjectStore> mStore;
    QUndoStack mUndo;
    QString mAuthor;
    std::set<qint64> mPending; ///< clips touched by the edit in progress
    qint64 mLastInserted = 0;
};

} // namespace gm::app

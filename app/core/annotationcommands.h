#pragma once

// The undoable edits of a MotionDocument: one QUndoCommand class per edit the user sees. Each
// holds the segments as they were and as they become; redo and undo write them through the
// document (so into the project file) at once.

#include "core/projectstore.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace gm::app {

class MotionDocument;

/// The shared mechanics: a list of (before, after) states of segments; a missing before is an
/// insertion, a missing after a removal.
class SegmentCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;
    /// False after a store error: the edit did not happen (the command is then dropped).
    bool succeeded() const { return mOk; }

    struct Change
    {
        std::optional<Segment> before;
        std::optional<Segment> after;
    };

protected:
    SegmentCommand(MotionDocument &document, const QString &text, std::vector<Change> changes);
    /// In one store transaction: all the changes or none.
    bool apply(bool forward);
    bool applyChanges(bool forward);

    MotionDocument &mDocument;
    std::vector<Change> mChanges;
    bool mOk = true;
};

class AddSegmentCommand : public SegmentCommand
{
public:
    AddSegmentCommand(MotionDocument &document, const Segment &segment);
};

class RemoveSegmentCommand : public SegmentCommand
{
public:
    RemoveSegmentCommand(MotionDocument &document, const Segment &segment);
};

/// Moves and resizes of one drag gesture merge into one command.
class MoveSegmentCommand : public SegmentCommand
{
public:
    MoveSegmentCommand(MotionDocument &document, const Segment &before, const Segment &after, int gesture);
    int id() const override { return mGesture ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int mGesture;
};

class ResizeSegmentCommand : public SegmentCommand
{
public:
    ResizeSegmentCommand(MotionDocument &document, const Segment &before, const Segment &after, int gesture);
    int id() const override { return mGesture ? 2 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int mGesture;
};

/// Consecutive edits of one segment's text merge (typing is one undo step per segment).
class EditTextCommand : public SegmentCommand
{
public:
    EditTextCommand(MotionDocument &document, const Segment &before, const Segment &after);
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;
};

class SetLabelCommand : public SegmentCommand
{
public:
    SetLabelCommand(MotionDocument &document, const Segment &before, const Segment &after);
};

class AcceptSuggestionCommand : public SegmentCommand
{
public:
    AcceptSuggestionCommand(MotionDocument &document, const Segment &segment);
};

class SplitSegmentCommand : public SegmentCommand
{
public:
    SplitSegmentCommand(MotionDocument &document, const Segment &before, const Segment &left, const Segment &right);
};

class ImportSegmentsCommand : public SegmentCommand
{
public:
    ImportSegmentsCommand(MotionDocument &document, const std::vector<Segment> &segments);
};

class MergeSegmentsCommand : public SegmentCommand
{
public:
    MergeSegmentsCommand(MotionDocument &document, const Segment &first, const Segment &second, const Segment &merged);
};

} // namespace gm::app

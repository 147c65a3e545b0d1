#include "core/annotationcommands.h"

#include "core/motiondocument.h"

#include <QCoreApplication>

namespace gm::app {

SegmentCommand::SegmentCommand(MotionDocument &document, const QString &text, std::vector<Change> changes)
    : QUndoCommand(text)
    , mDocument(document)
    , mChanges(std::move(changes))
{}

void SegmentCommand::redo()
{
    mOk = apply(true);
    setObsolete(!mOk); // a refused edit does not stay on the stack
}

void SegmentCommand::undo()
{
    mOk = apply(false);
}

bool SegmentCommand::apply(bool forward)
{
    if (!mDocument.beginEdit())
        return false;
    bool ok = applyChanges(forward);
    return mDocument.endEdit(ok) && ok;
}

bool SegmentCommand::applyChanges(bool forward)
{
    // Forward: in order; backward: in reverse order, so a split's two halves come and go cleanly.
    const std::size_t n = mChanges.size();
    for (std::size_t k = 0; k < n; ++k) {
        Change &c = mChanges[forward ? k : n - 1 - k];
        std::optional<Segment> &from = forward ? c.before : c.after;
        std::optional<Segment> &to = forward ? c.after : c.before;
        bool ok = true;
        if (!from && to)
            ok = mDocument.applyInsert(*to); // the id is kept (assigned on the first redo)
        else if (from && !to)
            ok = mDocument.applyRemove(*from);
        else if (from && to)
            ok = mDocument.applyUpdate(*to);
        if (!ok)
            return false;
    }
    return true;
}

AddSegmentCommand::AddSegmentCommand(MotionDocument &document, const Segment &segment)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Add Segment"),
                     {{std::nullopt, segment}})
{}

RemoveSegmentCommand::RemoveSegmentCommand(MotionDocument &document, const Segment &segment)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Delete Segment"),
                     {{segment, std::nullopt}})
{}

MoveSegmentCommand::MoveSegmentCommand(MotionDocument &document, const Segment &before, const Segment &after,
                                       int gesture)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Move Segment"),
                     {{before, after}})
    , mGesture(gesture)
{}

bool MoveSegmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveSegmentCommand *>(other);
    if (o->mGesture != mGesture || o->mChanges.front().after->id != mChanges.front().after->id)
        return false;
    mChanges.front().after = o->mChanges.front().after;
    return true;
}

ResizeSegmentCommand::ResizeSegmentCommand(MotionDocument &document, const Segment &before, const Segment &after,
                                           int gesture)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Resize Segment"),
                     {{before, after}})
    , mGesture(gesture)
{}

bool ResizeSegmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ResizeSegmentCommand *>(other);
    if (o->mGesture != mGesture || o->mChanges.front().after->id != mChanges.front().after->id)
        return false;
    mChanges.front().after = o->mChanges.front().after;
    return true;
}

EditTextCommand::EditTextCommand(MotionDocument &document, const Segment &before, const Segment &after)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Edit Caption"),
                     {{before, after}})
{}

bool EditTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditTextCommand *>(other);
    if (o->mChanges.front().after->id != mChanges.front().after->id)
        return false;
    mChanges.front().after = o->mChanges.front().after;
    return true;
}

SetLabelCommand::SetLabelCommand(MotionDocument &document, const Segment &before, const Segment &after)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Set Label"),
                     {{before, after}})
{}

AcceptSuggestionCommand::AcceptSuggestionCommand(MotionDocument &document, const Segment &segment)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Use Caption as Annotation"),
                     {{std::nullopt, segment}})
{}

SplitSegmentCommand::SplitSegmentCommand(MotionDocument &document, const Segment &before, const Segment &left,
                                         const Segment &right)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Split Segment"),
                     {{before, left}, {std::nullopt, right}})
{}

namespace {

std::vector<SegmentCommand::Change> insertions(const std::vector<Segment> &segments)
{
    std::vector<SegmentCommand::Change> out;
    for (const Segment &s : segments)
        out.push_back({std::nullopt, s});
    return out;
}

} // namespace

ImportSegmentsCommand::ImportSegmentsCommand(MotionDocument &document, const std::vector<Segment> &segments)
    : SegmentCommand(
        document, QCoreApplication::translate("gm::app::AnnotationCommands", "Import %1 Segments").arg(segments.size()),
        insertions(segments))
{}

MergeSegmentsCommand::MergeSegmentsCommand(MotionDocument &document, const Segment &first, const Segment &second,
                                           const Segment &merged)
    : SegmentCommand(document, QCoreApplication::translate("gm::app::AnnotationCommands", "Merge Segments"),
                     {{first, merged}, {second, std::nullopt}})
{}

} // namespace gm::app

#pragma once

#include "core/projectstore.h"

#include <QString>

#include <vector>

namespace gm::app {

/// An annotation read from another tool's file, before it becomes a segment.
struct ImportedSegment
{
    Tier::Kind kind = Tier::Kind::Caption;
    double startSeconds = 0.0;
    double endSeconds = 0.0; ///< ≤ start: to the end of the clip (HumanML3D writes 0 and 0 for the whole clip)
    QString label;
    QString text;
};

/// The annotations of a file, by its extension:
/// - `.txt`: HumanML3D texts, one `caption#tokens#start#end` per line → caption segments;
/// - `.json`: BABEL (`{sid: {dur, seq_ann, frame_ann: {labels: [{proc_label, raw_label, start_t,
///   end_t}]}}}` → label segments) or TMR/KIT-ML (`{id: {duration, annotations: [{text, start,
///   end}]}}` → caption segments); `key` picks the entry (its id, or a substring of its path,
///   feat_p or url: the clip's file stem); a file with one entry needs none;
/// - `.csv`: `tier,start,end,label,text` with a header, start and end in seconds, tier "label"
///   or "caption", RFC 4180 quoting (what the studio exports).
/// Throws ProjectError naming the file, the line or entry, and the problem.
std::vector<ImportedSegment> readAnnotations(const QString &path, const QString &key = {});

} // namespace gm::app

#pragma once

#include "project/projectfile.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace gm::project {

enum class ExportFormat {
    HumanMl3d, ///< humanml3d/{new_joints,new_joint_vecs,texts,motion_tokens}/<id>, all.txt, Mean/Std
    Babel,     ///< babel.json: per clip, its segments as frame labels with start_t/end_t
    Csv,       ///< segments.csv: clip,tier,start,end,label,text (seconds), what the studio imports
    Bvh,       ///< bvh/<id>.bvh: the segment on the clip's own skeleton
    Tokens     ///< tokens/<id>.npy: the segment's code ids (int64), needs a model
};

/// "humanml3d", "babel", "csv", "bvh", "tokens" → the format; throws std::invalid_argument.
ExportFormat exportFormat(const std::string &name);

struct ExportOptions
{
    std::string output; ///< the folder (made when missing)
    std::vector<ExportFormat> formats;
    int shard = 0;  ///< this shard, in [0, shards)
    int shards = 1; ///< segments i with i % shards == shard
    bool overwrite = false;
    bool wholeClips = false; ///< one item per annotated clip (all its captions) instead of per segment
    std::string model;       ///< model directory for motion_tokens / tokens (empty: none)
    std::string device = "auto";
};

struct ExportResult
{
    int items = 0;                     ///< exported
    int files = 0;                     ///< written
    std::vector<std::string> failures; ///< "item: reason"; the item was skipped
    bool cancelled = false;
};

/// A safe file stem from anything (a caption, a clip's name): ASCII letters, digits, '-' and '_'
/// kept, everything else (dots and slashes included) '_', at most 80 bytes, never empty.
std::string safeFileName(const std::string &name);

/// Exports every annotated segment of the project (or every annotated clip with wholeClips) in
/// the chosen formats. Every file is written atomically (temporary + rename), so a cancel or a
/// crash leaves only complete files; an existing file is an item's failure unless overwrite.
/// A clip that cannot be read, a BVH of a positions-only clip and similar are failures of their
/// items and the export goes on. `progress(done, total)` after each item; `cancel` between items.
/// Throws ProjectFileError / std::invalid_argument for the project or the options themselves.
ExportResult exportProject(const ProjectFile &project, const ExportOptions &options,
                           const std::function<void(int, int)> &progress = {},
                           const std::atomic<bool> *cancel = nullptr);

} // namespace gm::project

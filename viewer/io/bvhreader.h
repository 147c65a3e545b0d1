#pragma once

#include "io/motionreader.h"

#include <string_view>

namespace gm::motion {

/// Native BVH (Biovision hierarchy) reader.
///
/// Accepts any channel order, 0–6 channels per joint (position channels may appear on any joint),
/// several roots, tabs, CRLF line ends and End Sites. Position channels *replace* the joint's
/// OFFSET (the convention of Blender's and Assimp's importers), so a non-zero root OFFSET does not
/// shift the motion. Rotation channels are composed in file order, R = R1·R2·R3 (degrees). When
/// the header's frame count disagrees with the data, the data wins and the clip carries a warning.
/// Units and up axis are detected from the rest pose (see motion/units.h).
class BvhReader : public MotionReader
{
public:
    std::string name() const override { return "BVH"; }
    std::string description() const override { return "Biovision hierarchy"; }
    std::vector<std::string> extensions() const override { return {"bvh"}; }
    bool canRead(std::string_view head) const override;
    MotionClip read(const std::string &path, const ReadOptions &options = {}) const override;

    /// Parses BVH text; `path` is used in error messages and in clip.info.
    static MotionClip parse(std::string_view text, const std::string &path);
};

} // namespace gm::motion

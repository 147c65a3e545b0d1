#pragma once

#include "motion/motionclip.h"

#include <string>

namespace gm::motion {

/// Serialises a clip as BVH text. Rotation clips keep their skeleton, offsets, End Sites and each
/// joint's rotation order; the root and every joint with animated translation get six channels
/// (position, then rotation), the others three. Positions-only clips become six-channel joints with
/// identity rotations whose positions reproduce the global joint positions exactly.
/// Numbers are written in the shortest form that reads back as the same float.
std::string toBvh(const MotionClip &clip);

/// Writes toBvh(clip) atomically (temporary file + rename). Throws MotionFileError.
void writeBvh(const MotionClip &clip, const std::string &path);

} // namespace gm::motion

#pragma once

#include "io/motionreader.h"

#include <cstdint>
#include <string_view>

namespace gm::motion {

/// Skeleton animations from FBX, glTF 2.0 (.gltf/.glb) and COLLADA through Assimp. One class, one
/// instance per format (the format decides name, extensions and content sniffing; Assimp itself
/// picks its importer from the file).
///
/// The skeleton is rooted at the lowest common ancestor of the nodes that move (an animation
/// channel whose keys change) and of the nodes that meshes use as bones; it holds those nodes, the
/// nodes between them and that ancestor, and the nodes inside it with constant channels, in
/// Assimp's depth-first order. The transform of the nodes above it (e.g. Blender's armature
/// object, whose channel is constant) is folded into the root joint; a scene root that is an
/// identity container is left out. Cameras and lights are ignored, and so are meshes. A leaf node
/// below a leaf joint (Blender's "…_end") becomes that joint's end site.
///
/// Frames are sampled from the chosen animation (the longest, with a warning; animations that are
/// fragments of one take, e.g. one unnamed glTF animation per channel, are merged): at every tick
/// when the tick rate is a frame rate (10–300 ticks per second: FBX), else on the coarsest common
/// frame grid (24, 25, 30, ... fps) that holds every key (glTF and COLLADA count milliseconds).
/// Frame 0 is at time 0 (before the first key the first key holds). Positions and scales are
/// interpolated linearly, rotations by slerp. Global joint positions equal Assimp's node global
/// transforms: when a node has a non-unit scale, every joint gets an animated translation that
/// places it exactly, and its rotation is the normalised rotation part of its global transform.
///
/// Units and up axis: FBX "UnitScaleFactor" (centimetres per unit) and "UpAxis"; glTF is metres and
/// Y up; COLLADA uses Assimp's metadata when present, else metres and Y up (Assimp already applies
/// the file's <unit> and <up_axis> to the root). When the declared unit makes a body-sized skeleton
/// (15 joints or more) implausibly tall (outside 0.5–2.5 m), the unit is corrected by the factor
/// motion/units.h guesses and the clip carries a warning (Blender imports BVH taking one BVH unit
/// as a metre, so CMU takes exported to FBX declare centimetres for numbers in 1/100 CMU units).
/// The data itself is never rescaled.
class AssimpReader : public MotionReader
{
public:
    enum class Format { Fbx, Gltf, Collada };

    /// Files larger than this are refused before Assimp reads them.
    static constexpr std::uint64_t kMaxFileBytes = std::uint64_t(2) << 30;

    explicit AssimpReader(Format format);

    Format format() const { return mFormat; }

    std::string name() const override;
    std::string description() const override;
    std::vector<std::string> extensions() const override;
    bool canRead(std::string_view head) const override;
    MotionClip read(const std::string &path, const ReadOptions &options = {}) const override;

private:
    Format mFormat;
};

} // namespace gm::motion

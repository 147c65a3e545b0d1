#pragma once

#include "render/scenecontent.h"

#include <vector>

namespace gm::motion {
class MotionClip;
}

namespace gm::render {

/// How several clips share the stage.
enum class ClipLayout {
    SideBySide, ///< each clip moved along X so that their takes do not overlap
    Overlaid    ///< every clip where its file puts it (e.g. original and reconstruction)
};

/// One clip to show at one time.
struct ClipView
{
    const motion::MotionClip *clip = nullptr;
    double seconds = 0.0; ///< the shown frame is clip->frameAt(seconds)
    glm::vec3 color{0.86f, 0.87f, 0.89f};
};

struct ClipSceneOptions
{
    ClipLayout layout = ClipLayout::SideBySide;
    bool rootTrajectory = false; ///< the root's path over the whole take, on the ground
    bool jointTrails = false;    ///< the recent path of the end joints (hands, feet, head)
    double trailSeconds = 1.0;
};

/// The X offset of each clip under `layout`: side by side, clips sit left to right in order, the
/// group centred on x = 0, with 0.5 m between their takes' horizontal extents.
std::vector<glm::vec3> clipOffsets(const std::vector<ClipView> &views, ClipLayout layout);

/// The skeletons (and trajectories and trails) of the clips at their times.
SceneContent buildClipScene(const std::vector<ClipView> &views, const ClipSceneOptions &options);
/// The same with the offsets already computed (clipOffsets() of these views and options.layout),
/// for callers that draw every frame: the offsets only change with the clips or the layout.
SceneContent buildClipScene(const std::vector<ClipView> &views, const ClipSceneOptions &options,
                            const std::vector<glm::vec3> &offsets);

/// The box around the whole takes (every frame) under the layout, for fit-to-view.
Bounds clipSceneBounds(const std::vector<ClipView> &views, ClipLayout layout);

} // namespace gm::render

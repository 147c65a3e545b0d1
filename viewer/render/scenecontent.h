#pragma once

#include "render/camera.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace gm::motion {
class MotionClip;
}

namespace gm::render {

/// Which side of the body a joint is on; bones take their child joint's side.
enum class Side : std::uint8_t { Centre, Left, Right };

/// One skeleton at one instant, in world metres with Y up.
struct SkeletonPose
{
    std::vector<glm::vec3> joints;
    std::vector<int> parents;             ///< per joint, -1 for roots (a bone joins each joint to its parent)
    std::vector<Side> sides;              ///< per joint; empty means every joint is Centre
    glm::vec3 color{0.86f, 0.87f, 0.89f}; ///< the trunk; limbs are tinted warm (left) and cool (right)
    float boneRadius = 0.027f;            ///< metres; joints are spheres 1.35 times as wide
};

/// A polyline (root trajectory, joint trail) drawn as lines; its alpha may fade from the first
/// point (fadeFrom) to the last (1).
struct Polyline
{
    std::vector<glm::vec3> points;
    glm::vec3 color{1.0f};
    float fadeFrom = 1.0f;
};

/// What the renderer draws besides the ground and sky.
struct SceneContent
{
    std::vector<SkeletonPose> skeletons;
    std::vector<Polyline> lines;
};

/// Work done by the last SceneRenderer::render().
struct FrameStats
{
    int drawCalls = 0;
    int skeletons = 0;
    int bones = 0;
    int joints = 0;
};

/// The limb tints: the skeleton's colour moved towards orange (left) and blue (right).
glm::vec3 sideColor(const glm::vec3 &base, Side side);

/// The pose of `clip` at `frame` in metres and Y up (motion::toMetresYUp), moved by `offset`,
/// with each joint's side from its name.
SkeletonPose clipPose(const motion::MotionClip &clip, int frame, const glm::vec3 &offset = glm::vec3(0.0f));

/// The box around every joint of every skeleton (for fit-to-view); an empty box at the origin
/// when there is none.
Bounds contentBounds(const SceneContent &content);

} // namespace gm::render

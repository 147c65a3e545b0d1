#include "render/scenecontent.h"

#include "motion/motionclip.h"
#include "motion/retarget.h"
#include "motion/units.h"

#include <algorithm>
#include <limits>

namespace gm::render {

glm::vec3 sideColor(const glm::vec3 &base, Side side)
{
    switch (side) {
    case Side::Left: return glm::mix(base, glm::vec3(0.95f, 0.50f, 0.22f), 0.55f);
    case Side::Right: return glm::mix(base, glm::vec3(0.22f, 0.52f, 0.95f), 0.55f);
    case Side::Centre: break;
    }
    return base;
}

SkeletonPose clipPose(const motion::MotionClip &clip, int frame, const glm::vec3 &offset)
{
    SkeletonPose pose;
    const int joints = clip.jointCount();
    if (clip.frameCount() == 0 || joints == 0)
        return pose;
    frame = std::clamp(frame, 0, clip.frameCount() - 1);
    pose.joints.reserve(std::size_t(joints));
    pose.parents.reserve(std::size_t(joints));
    pose.sides.reserve(std::size_t(joints));
    for (int j = 0; j < joints; ++j) {
        pose.joints.push_back(motion::toMetresYUp(clip.info, clip.globalPosition(frame, j)) + offset);
        pose.parents.push_back(clip.skeleton().parent(j));
        switch (motion::bodySide(clip.skeleton().joint(j).name)) {
        case motion::BodySide::Left: pose.sides.push_back(Side::Left); break;
        case motion::BodySide::Right: pose.sides.push_back(Side::Right); break;
        case motion::BodySide::Centre: pose.sides.push_back(Side::Centre); break;
        }
    }
    return pose;
}

Bounds contentBounds(const SceneContent &content)
{
    glm::vec3 lo(std::numeric_limits<float>::max());
    glm::vec3 hi(std::numeric_limits<float>::lowest());
    bool any = false;
    for (const SkeletonPose &s : content.skeletons)
        for (const glm::vec3 &p : s.joints) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
            any = true;
        }
    if (!any)
        return {};
    return {lo, hi};
}

} // namespace gm::render

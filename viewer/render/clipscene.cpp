#include "render/clipscene.h"

#include "motion/motionclip.h"
#include "motion/units.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gm::render {

namespace {

// The clip's box over the whole take, in metres with Y up (a few hundred sampled frames).
Bounds takeBounds(const motion::MotionClip &clip)
{
    glm::vec3 lo(std::numeric_limits<float>::max());
    glm::vec3 hi(std::numeric_limits<float>::lowest());
    const int frames = clip.frameCount();
    const int step = std::max(1, frames / 400);
    for (int f = 0; f < frames; f += step)
        for (int j = 0; j < clip.jointCount(); ++j) {
            const glm::vec3 p = motion::toMetresYUp(clip.info, clip.globalPosition(f, j));
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
    if (frames == 0 || clip.jointCount() == 0)
        return {};
    return {lo, hi};
}

} // namespace

std::vector<glm::vec3> clipOffsets(const std::vector<ClipView> &views, ClipLayout layout)
{
    std::vector<glm::vec3> offsets(views.size(), glm::vec3(0.0f));
    if (layout == ClipLayout::Overlaid || views.size() < 2)
        return offsets;
    constexpr float kGap = 0.5f;
    std::vector<Bounds> boxes;
    float total = 0.0f;
    for (const ClipView &v : views) {
        boxes.push_back(v.clip ? takeBounds(*v.clip) : Bounds{});
        total += boxes.back().size().x;
    }
    total += kGap * float(views.size() - 1);
    float cursor = -0.5f * total;
    for (std::size_t i = 0; i < views.size(); ++i) {
        // Place this take's box at [cursor, cursor + width].
        offsets[i] = glm::vec3(cursor - boxes[i].min.x, 0.0f, 0.0f);
        cursor += boxes[i].size().x + kGap;
    }
    return offsets;
}

SceneContent buildClipScene(const std::vector<ClipView> &views, const ClipSceneOptions &options)
{
    return buildClipScene(views, options, clipOffsets(views, options.layout));
}

SceneContent buildClipScene(const std::vector<ClipView> &views, const ClipSceneOptions &options,
                            const std::vector<glm::vec3> &offsets)
{
    SceneContent content;
    for (std::size_t i = 0; i < views.size(); ++i) {
        const ClipView &v = views[i];
        if (!v.clip || v.clip->frameCount() == 0)
            continue;
        const motion::MotionClip &clip = *v.clip;
        const int frame = clip.frameAt(v.seconds);
        SkeletonPose pose = clipPose(clip, frame, offsets[i]);
        pose.color = v.color;
        content.skeletons.push_back(std::move(pose));

        auto world
            = [&](int f, int j) { return motion::toMetresYUp(clip.info, clip.globalPosition(f, j)) + offsets[i]; };
        if (options.rootTrajectory) {
            Polyline path;
            path.color = v.color;
            path.fadeFrom = 0.9f;
            const int step = std::max(1, int(std::lround(clip.fps() / 30.0)));
            for (int f = 0; f < clip.frameCount(); f += step) {
                glm::vec3 p = world(f, 0);
                p.y = 0.004f;
                path.points.push_back(p);
            }
            content.lines.push_back(std::move(path));
        }
        if (options.jointTrails) {
            const int first = std::max(0, frame - int(std::lround(options.trailSeconds * clip.fps())));
            const int step = std::max(1, int(std::lround(clip.fps() / 60.0)));
            for (int j = 0; j < clip.jointCount(); ++j) {
                if (!clip.skeleton().children(j).empty())
                    continue; // end joints only: hands, feet, head
                Polyline trail;
                trail.color = sideColor(v.color, content.skeletons.back().sides[std::size_t(j)]);
                trail.fadeFrom = 0.0f;
                for (int f = first; f <= frame; f += step)
                    trail.points.push_back(world(f, j));
                trail.points.push_back(world(frame, j));
                content.lines.push_back(std::move(trail));
            }
        }
    }
    return content;
}

Bounds clipSceneBounds(const std::vector<ClipView> &views, ClipLayout layout)
{
    const std::vector<glm::vec3> offsets = clipOffsets(views, layout);
    glm::vec3 lo(std::numeric_limits<float>::max());
    glm::vec3 hi(std::numeric_limits<float>::lowest());
    bool any = false;
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (!views[i].clip || views[i].clip->frameCount() == 0)
            continue;
        const Bounds b = takeBounds(*views[i].clip);
        lo = glm::min(lo, b.min + offsets[i]);
        hi = glm::max(hi, b.max + offsets[i]);
        any = true;
    }
    return any ? Bounds{lo, hi} : Bounds{};
}

} // namespace gm::render

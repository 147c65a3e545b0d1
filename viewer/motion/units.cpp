#include "motion/units.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gm::motion {

LengthUnit guessLengthUnit(double height)
{
    static constexpr LengthUnit kUnits[] = {
        {"m", 1.0}, {"cm", 0.01}, {"mm", 0.001}, {"in", 0.0254}, {"CMU", 0.0254 / 0.45},
    };
    constexpr double kTypicalHeight = 1.55; // metres, head joint to feet
    if (!(height > 0.0) || !std::isfinite(height))
        return kUnits[0];
    const LengthUnit *best = &kUnits[0];
    double bestDistance = std::numeric_limits<double>::max();
    for (const LengthUnit &unit : kUnits) {
        const double distance = std::abs(std::log(height * unit.metresPerUnit / kTypicalHeight));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &unit;
        }
    }
    return *best;
}

FigureExtent measureFigure(const MotionClip &clip)
{
    const int joints = clip.jointCount();
    const int frames = clip.frameCount();
    if (joints == 0 || frames == 0)
        return {};
    // Posed frames, not the rest pose: some rigs (e.g. Bandai Namco's) express offsets in rotated
    // local frames, so their rest pose is not upright. The largest extent over a few frames spread
    // through the take is robust to a crouch or a fall in part of it.
    constexpr int kSamples = 9;
    glm::vec3 largest(0.0f);
    for (int s = 0; s < kSamples; ++s) {
        const int f = int((long long)(frames - 1) * s / (kSamples - 1));
        glm::vec3 lo(std::numeric_limits<float>::max());
        glm::vec3 hi(std::numeric_limits<float>::lowest());
        for (int j = 0; j < joints; ++j) {
            // Roots are often reference nodes (Bandai Namco's joint_Root stays at the origin while
            // the body walks away); the body's own joints span the figure anyway.
            if (joints > 2 && clip.skeleton().parent(j) < 0)
                continue;
            lo = glm::min(lo, clip.globalPosition(f, j));
            hi = glm::max(hi, clip.globalPosition(f, j));
        }
        largest = glm::max(largest, hi - lo);
    }
    FigureExtent result;
    result.upAxis = largest.z > largest.y ? UpAxis::Z : UpAxis::Y;
    result.height = result.upAxis == UpAxis::Z ? largest.z : largest.y;
    return result;
}

void detectUnitsAndUpAxis(MotionClip &clip)
{
    const FigureExtent figure = measureFigure(clip);
    clip.info.upAxis = figure.upAxis;
    clip.info.metresPerUnit = guessLengthUnit(figure.height).metresPerUnit;
}

glm::vec3 toMetresYUp(const ClipInfo &info, const glm::vec3 &p)
{
    const glm::vec3 m = p * float(info.metresPerUnit);
    return info.upAxis == UpAxis::Z ? glm::vec3(-m.x, m.z, m.y) : m;
}

} // namespace gm::motion

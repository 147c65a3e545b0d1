#pragma once

#include "motion/motionclip.h"

namespace gm::motion {

/// A length unit a motion file may use.
struct LengthUnit
{
    const char *name;     ///< "m", "cm", "mm", "in", "CMU"
    double metresPerUnit; ///< CMU: the CMU mocap ASF unit, 1/0.45 inch (0.05644 m)
};

/// The unit in which a standing adult of `height` file units (joint extent along the up axis, head
/// joint to feet) is closest, on a log scale, to a typical 1.55 m.
LengthUnit guessLengthUnit(double height);

/// Vertical extent and up axis of a clip's figure: the largest joint extent over nine frames spread
/// through the take. The up axis is whichever of Y and Z spans more (a figure is taller than it is
/// deep; X is never up in practice).
struct FigureExtent
{
    UpAxis upAxis = UpAxis::Y;
    double height = 0.0; ///< in file units
};
FigureExtent measureFigure(const MotionClip &clip);

/// Sets clip.info.metresPerUnit and clip.info.upAxis from measureFigure() and guessLengthUnit().
void detectUnitsAndUpAxis(MotionClip &clip);

/// A point of the clip's world in metres with Y up: scaled by info.metresPerUnit and, for Z-up
/// clips, rotated as HumanML3D converts AMASS (raw_pose_processing: swap y and z, negate x),
/// (x, y, z) → (−x, z, y), a proper rotation.
glm::vec3 toMetresYUp(const ClipInfo &info, const glm::vec3 &p);

} // namespace gm::motion

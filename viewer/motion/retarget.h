#pragma once

#include "motion/motionclip.h"
#include "motion/t2m.h"

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

namespace gm::motion {

class RetargetError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// How each t2m joint is obtained from a source skeleton.
struct T2mMapping
{
    /// Source joint index per t2m joint, or -1 where the joint is interpolated.
    std::array<int, t2m::kJointCount> source{};
    /// Source joints from the pelvis up to the neck (or head), for interpolated spine joints.
    std::vector<int> spineChain;
    bool neckInterpolated = false;
    std::vector<std::string> notes; ///< what was interpolated, for the user
};

/// Lower-case name without namespace ("mixamorig:"), separators or "Bip01"-style prefixes:
/// "mixamorig:LeftUpLeg" → "leftupleg", "UpperLeg_L" → "upperlegl".
std::string normalizeJointName(const std::string &name);

enum class BodySide { Centre, Left, Right };

/// Which side of the body a joint is on, from its name: "left"/"right" anywhere, or a lone L/R
/// word ("L_Hip", "UpperLeg_L", "LHipJoint", "Bip01 R Calf", KIT's "LS"). Centre otherwise.
BodySide bodySide(const std::string &name);

/// Maps a skeleton's joints onto the 22 t2m joints by name. Knows CMU, Mixamo, Bandai Namco,
/// SMPL/SMPL-H (AMASS and the official `m_avg_` FBX rigs), HumanML3D, KIT (MMM), LAFAN, 3ds Max
/// Biped and similar rigs. Spine joints (and the neck or collars when the rig has none) are
/// interpolated along the source's spine; hips, knees, ankles, toes, head, shoulders, elbows and
/// wrists must exist (MocapBank's rig, for one, has no toe joints and is refused).
/// Throws RetargetError naming every t2m joint that could not be mapped.
T2mMapping mapToT2m(const Skeleton &skeleton);

/// Positional retarget to the 22-joint t2m skeleton: joints mapped by name (mapToT2m), converted
/// to metres with clip.info.metresPerUnit, rotated to Y up when clip.info.upAxis is Z
/// ((x, y, z) → (−x, z, y), as HumanML3D converts AMASS), and resampled to `fps` (20 for HumanML3D). The result is a
/// positions-only clip in metres, Y up. Captions and warnings carry over.
MotionClip retargetToT2m(const MotionClip &clip, double fps = t2m::kFps);

} // namespace gm::motion

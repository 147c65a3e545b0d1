#pragma once

#include "io/motionreader.h"
#include "io/npy.h"
#include "motion/t2m.h"

#include <array>
#include <map>

namespace gm::motion {

/// AMASS motion archives (.npz of SMPL-family parameters), read as a rotation-based clip on the
/// 22-joint SMPL body tree (the t2m joint names and parents, motion/t2m.h).
///
/// Keys: `poses` float [T, 156] axis-angle radians (SMPL-H: root, 21 body joints, 30 hand joints;
/// [T, 72] SMPL and [T, 165] SMPL-X are accepted too, and only the first 22 joints are used: hands,
/// jaw and eyes are not represented), `trans` float [T, 3] metres, `mocap_framerate` (SMPL-X files:
/// `mocap_frame_rate`) scalar, optional `betas` float [B] and `gender` string; others are ignored.
///
/// The local rotation of joint j at frame t is the axis-angle poses[t, 3j:3j+3]; the pelvis is
/// translated to trans[t] + restJoints[0] (exactly SMPL's placement), and the other joints sit at
/// their rest offsets restJoints[j] − restJoints[parent]. The clip lives in AMASS's world, so
/// info.upAxis is Z and info.metresPerUnit 1.
///
/// Rest joints: from ReadOptions::bodyModelPath when it is set (bodyModelRestJoints()), otherwise
/// defaultRestJoints(), an approximate mean skeleton. With the default skeleton the body poses and
/// moves as in AMASS, but the whole take is shifted by the constant difference between the built-in
/// pelvis rest position (above the feet) and the body model's (SMPL's template is not centred on
/// its feet; in AMASS's Z-up world the difference is mostly along the horizontal Y axis): pass a
/// body model for exact placement.
class AmassReader : public MotionReader
{
public:
    static constexpr int kJointCount = t2m::kJointCount;
    using RestJoints = std::array<glm::vec3, kJointCount>;

    std::string name() const override { return "AMASS"; }
    std::string description() const override { return "AMASS / SMPL-H motion"; }
    std::vector<std::string> extensions() const override { return {"npz"}; }
    /// A zip archive ("PK\3\4") whose first member, when the head shows its name, is a ".npy".
    bool canRead(std::string_view head) const override;
    MotionClip read(const std::string &path, const ReadOptions &options = {}) const override;

    /// The conversion behind read(), on arrays already loaded; `path` names the source in messages
    /// and info.sourcePath. Throws MotionFileError.
    static MotionClip fromArrays(const std::map<std::string, NpyArray> &arrays, const std::string &path,
                                 const ReadOptions &options = {});

    /// The built-in approximate mean SMPL rest skeleton, in SMPL's body frame (metres, Y up, facing
    /// +Z, the body's left along +X), standing on y = 0 (the pelvis at the leg height).
    /// Bone lengths: t2m::kBoneLengths (measured on HumanML3D's example clip new_joints/012314.npy,
    /// constant over its frames), with each left/right pair averaged so that the skeleton is
    /// symmetric. Directions: SMPL's rest pose, not t2m's arms-down IK pose:
    ///  - spine1, spine2, spine3, neck, head: +Y; knees and ankles: −Y;
    ///  - shoulders, elbows, wrists: ±X (arms straight out sideways);
    ///  - hips (±0.557, −0.831, 0), collars (±0.522, 0.853, 0), feet (0, −0.390, 0.921): the unit
    ///    directions of those bones on frame 0 of the same clip (where the body faces +Z), left and
    ///    mirrored right averaged and the out-of-plane component dropped.
    /// The feet (toe) joints are the lowest and sit on y = 0.
    static RestJoints defaultRestJoints();

    /// Rest joints from a SMPL / SMPL-H / SMPL-X body-model .npz: when it has `J_regressor`
    /// [N ≥ 22, V], `v_template` [V, 3] and `shapedirs` [V, 3, B], the first 22 rows of
    /// J_regressor · (v_template + shapedirs · betas), using as many betas as both have (so the
    /// subject's shape counts); otherwise the first 22 rows of its mean-shape joints `J` [N ≥ 22, 3].
    /// Throws MotionFileError naming the body-model file and the key.
    static RestJoints bodyModelRestJoints(const std::string &bodyModelPath, const std::vector<double> &betas);

    /// The 22-joint skeleton: joint j's offset is restJoints[j] − restJoints[parent], the root's is
    /// restJoints[0].
    static Skeleton skeleton(const RestJoints &restJoints);

    /// The rotation by |v| radians about v / |v| (identity for v = 0).
    static glm::quat axisAngleToQuat(const glm::dvec3 &v);
};

} // namespace gm::motion

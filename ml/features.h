#pragma once

#include <glm/glm.hpp>

#include "motion/motionclip.h"

#include <array>
#include <string>
#include <vector>

namespace gm::ml {

/// The skeleton a feature layout is built on (spec §1.5, §1.6).
struct FeatureSkeleton
{
    std::string name;                     ///< "t2m" or "kit"
    int joints = 0;                       ///< 22 or 21
    std::vector<int> parents;             ///< per joint, -1 for the root
    std::vector<std::vector<int>> chains; ///< the kinematic chains, in the reference's order
    std::vector<glm::dvec3> rawOffsets;   ///< unit bone directions
    /// Target bone lengths of the reference skeleton (uniform_skeleton); empty means "keep the
    /// clip's own proportions" (KIT: the reference skeleton 03950 is not available here).
    std::vector<double> boneLengths;
    int legUpper = 0, legLower = 0; ///< l_idx1, l_idx2: the leg bones whose lengths set the scale
    std::array<int, 2> feetLeft{};  ///< fid_l
    std::array<int, 2> feetRight{}; ///< fid_r
    std::array<int, 4> face{};      ///< face_joint_indx: r_hip, l_hip, r_shoulder, l_shoulder
    double contactThreshold = 0.0;  ///< feet_thre on squared displacement per frame
    double fps = 0.0;

    int featureDim() const { return 12 * joints - 1; } ///< 263 or 251

    static const FeatureSkeleton &t2m();
    static const FeatureSkeleton &kit();
};

/// Where each group of a feature row lies (spec §1.2): [begin, end) columns.
struct FeatureGroup
{
    const char *name;
    int begin;
    int end;
};
/// Running sums of features, and HumanML3D's Mean.npy / Std.npy from them (`cal_mean_variance`):
/// the per-dimension mean, and standard deviations averaged within each of the seven parts
/// (root angular velocity, root linear velocity, root height, RIC, rotations, local velocities,
/// foot contacts).
class FeatureStatistics
{
public:
    explicit FeatureStatistics(int dim);
    /// rows × dim features, row-major.
    void add(const float *features, int rows);
    void add(const FeatureStatistics &other);
    double rows() const { return mRows; }
    /// Throws std::invalid_argument when nothing was added.
    void finish(std::vector<float> &mean, std::vector<float> &std) const;

private:
    int mDim;
    std::vector<double> mSum, mSquares;
    double mRows = 0;
};

/// root (angular velocity, linear velocity, height), RIC positions, 6D rotations, local
/// velocities, foot contacts.
std::vector<FeatureGroup> featureGroups(int joints);

/// HumanML3D's `process_file` (spec §1.5): joint positions [frames × joints] (metres, Y up, at
/// the skeleton's frame rate) → features [(frames − 1) × featureDim()] row-major, float. The
/// whole reference pipeline, quirks included: uniform skeleton (IK then FK with the reference's
/// bone lengths, root scaled by the leg-length ratio), floor at y = 0, first root at the XZ
/// origin, first frame facing +Z, foot contacts, IK with the forward vector Gaussian-smoothed
/// (σ = 20 frames, edges repeated), 6D rotations, root velocities, RIC positions, local
/// velocities. Computed in double (the reference mixes float32 and float64).
/// Throws std::invalid_argument for fewer than 2 frames, a wrong joint count, or a pose whose
/// hips and shoulders give no facing direction.
std::vector<float> computeFeatures(const std::vector<glm::vec3> &joints, int frames,
                                   const FeatureSkeleton &skeleton = FeatureSkeleton::t2m());

/// The features of any motion clip: retargeted to the t2m skeleton at 20 fps, then
/// computeFeatures(). `rows` gets the row count (frames − 1); a clip under 2 frames at 20 fps
/// gives no features and rows = 0.
std::vector<float> clipFeatures(const motion::MotionClip &clip, int &rows);

} // namespace gm::ml

#pragma once

#include "motion/skeleton.h"

#include <array>
#include <vector>

namespace gm::motion {

/// The HumanML3D "t2m" skeleton: SMPL's 22 body joints (spec §1.5, `paramUtil.py`).
namespace t2m {

constexpr int kJointCount = 22;
constexpr double kFps = 20.0;
constexpr int kFeatureDim = 263;

/// 0 pelvis, 1 left_hip, 2 right_hip, 3 spine1, ... 21 right_wrist.
extern const std::array<const char *, kJointCount> kJointNames;
extern const std::array<int, kJointCount> kParents;
/// Unit directions of the bones (`t2m_raw_offsets`).
extern const std::array<glm::vec3, kJointCount> kRawOffsets;
/// Bone lengths of HumanML3D's reference proportions in metres, measured on the example clip
/// `new_joints/012314.npy` (every HumanML3D clip shares them after `uniform_skeleton`).
extern const std::array<float, kJointCount> kBoneLengths;

enum JointId : int {
    Pelvis,
    LeftHip,
    RightHip,
    Spine1,
    LeftKnee,
    RightKnee,
    Spine2,
    LeftAnkle,
    RightAnkle,
    Spine3,
    LeftFoot,
    RightFoot,
    Neck,
    LeftCollar,
    RightCollar,
    Head,
    LeftShoulder,
    RightShoulder,
    LeftElbow,
    RightElbow,
    LeftWrist,
    RightWrist
};

/// Each joint's left-right counterpart (itself on the spine): 1 ↔ 2, 4 ↔ 5, … 20 ↔ 21.
extern const std::array<int, kJointCount> kMirror;

/// The motion mirrored left for right: x → −x and every joint swapped with its counterpart.
/// `joints` is [frames × 22] row-major.
std::vector<glm::vec3> mirrored(const std::vector<glm::vec3> &joints);

/// The skeleton with offsets kRawOffsets × kBoneLengths (the pose those imply is t2m's IK rest pose,
/// arms down).
Skeleton skeleton();

} // namespace t2m

/// KIT-ML's 21-joint skeleton (spec §1.6). Joint labels follow the comments of the GeoMotionGPT
/// repository's `kit_preprocess.py`, the labeling consistent with its `face_joint_indx`.
namespace kit {

constexpr int kJointCount = 21;
constexpr double kFps = 12.5;
constexpr int kFeatureDim = 251;

extern const std::array<const char *, kJointCount> kJointNames;
extern const std::array<int, kJointCount> kParents;
extern const std::array<glm::vec3, kJointCount> kRawOffsets;

Skeleton skeleton();

} // namespace kit

} // namespace gm::motion

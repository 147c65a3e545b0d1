#include "motion/t2m.h"

namespace gm::motion {

namespace t2m {

const std::array<const char *, kJointCount> kJointNames
    = {"pelvis",     "left_hip",    "right_hip",    "spine1",     "left_knee",     "right_knee",
       "spine2",     "left_ankle",  "right_ankle",  "spine3",     "left_foot",     "right_foot",
       "neck",       "left_collar", "right_collar", "head",       "left_shoulder", "right_shoulder",
       "left_elbow", "right_elbow", "left_wrist",   "right_wrist"};

const std::array<int, kJointCount> kParents
    = {-1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 12, 13, 14, 16, 17, 18, 19};

const std::array<glm::vec3, kJointCount> kRawOffsets = {{
    {0, 0, 0},  {1, 0, 0},  {-1, 0, 0}, {0, 1, 0},  {0, -1, 0}, {0, -1, 0}, {0, 1, 0},  {0, -1, 0},
    {0, -1, 0}, {0, 1, 0},  {0, 0, 1},  {0, 0, 1},  {0, 1, 0},  {1, 0, 0},  {-1, 0, 0}, {0, 0, 1},
    {0, -1, 0}, {0, -1, 0}, {0, -1, 0}, {0, -1, 0}, {0, -1, 0}, {0, -1, 0},
}};

// |joint − parent| on frame 0 of HumanML3D new_joints/012314.npy, rounded to 0.1 mm.
const std::array<float, kJointCount> kBoneLengths
    = {0.0f,    0.1031f, 0.1099f, 0.1316f, 0.3936f, 0.3902f, 0.1432f, 0.4324f, 0.4256f, 0.0574f, 0.1434f,
       0.1494f, 0.2194f, 0.1375f, 0.1434f, 0.1030f, 0.1316f, 0.1230f, 0.2568f, 0.2631f, 0.2660f, 0.2699f};

Skeleton skeleton()
{
    std::vector<Joint> joints;
    for (int j = 0; j < kJointCount; ++j) {
        Joint joint;
        joint.name = kJointNames[std::size_t(j)];
        joint.parent = kParents[std::size_t(j)];
        joint.offset = kRawOffsets[std::size_t(j)] * kBoneLengths[std::size_t(j)];
        joints.push_back(joint);
    }
    return Skeleton(std::move(joints));
}

} // namespace t2m

namespace kit {

const std::array<const char *, kJointCount> kJointNames
    = {"BP", "BT", "BLN", "BUN", "head", "RS", "RE", "RW", "LS", "LE", "LW",
       "RH", "RK", "RA",  "RF",  "RM",   "LH", "LK", "LA", "LF", "LM"};

const std::array<int, kJointCount> kParents = {-1, 0, 1, 2, 3, 3, 5, 6, 3, 8, 9, 0, 11, 12, 13, 14, 0, 16, 17, 18, 19};

const std::array<glm::vec3, kJointCount> kRawOffsets = {{
    {0, 0, 0},  {0, 1, 0},  {0, 1, 0},  {0, 1, 0},  {0, 1, 0},  {1, 0, 0},  {0, -1, 0},
    {0, -1, 0}, {-1, 0, 0}, {0, -1, 0}, {0, -1, 0}, {1, 0, 0},  {0, -1, 0}, {0, -1, 0},
    {0, 0, 1},  {0, 0, 1},  {-1, 0, 0}, {0, -1, 0}, {0, -1, 0}, {0, 0, 1},  {0, 0, 1},
}};

Skeleton skeleton()
{
    std::vector<Joint> joints;
    for (int j = 0; j < kJointCount; ++j) {
        Joint joint;
        joint.name = kJointNames[std::size_t(j)];
        joint.parent = kParents[std::size_t(j)];
        joint.offset = kRawOffsets[std::size_t(j)];
        joints.push_back(joint);
    }
    return Skeleton(std::move(joints));
}

} // namespace kit

} // namespace gm::motion

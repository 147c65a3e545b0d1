#include "motion/t2m.h"

namespace gm::motion {

namespace {

// A skeleton from per-joint tables: offset = direction × length (unit lengths when none given).
template<std::size_t N>
Skeleton tableSkeleton(const std::array<const char *, N> &names, const std::array<int, N> &parents,
                       const std::array<glm::vec3, N> &directions, const float *lengths)
{
    std::vector<Joint> joints;
    for (std::size_t j = 0; j < N; ++j) {
        Joint joint;
        joint.name = names[j];
        joint.parent = parents[j];
        joint.offset = directions[j] * (lengths ? lengths[j] : 1.0f);
        joints.push_back(joint);
    }
    return Skeleton(std::move(joints));
}

} // namespace

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

// |joint − parent| on frame 0 of HumanML3D new_joints/012314.npy, to 7 significant digits (every
// frame of the clip agrees to 1e-6 m: HumanML3D joints carry the reference skeleton's lengths).
const std::array<float, kJointCount> kBoneLengths
    = {0.0f,       0.1030739f, 0.1098834f, 0.1315683f, 0.3936232f, 0.3901881f, 0.1431903f, 0.432433f,
       0.4256433f, 0.0573647f, 0.1433817f, 0.1494187f, 0.21936f,   0.1374868f, 0.1433828f, 0.1030393f,
       0.131614f,  0.1229843f, 0.2568398f, 0.2630919f, 0.2660119f, 0.2698763f};

const std::array<int, kJointCount> kMirror
    = {0, 2, 1, 3, 5, 4, 6, 8, 7, 9, 11, 10, 12, 14, 13, 15, 17, 16, 19, 18, 21, 20};

std::vector<glm::vec3> mirrored(const std::vector<glm::vec3> &joints)
{
    std::vector<glm::vec3> out(joints.size());
    const std::size_t J = kJointCount;
    for (std::size_t f = 0; f + J <= joints.size(); f += J)
        for (std::size_t j = 0; j < J; ++j) {
            const glm::vec3 p = joints[f + std::size_t(kMirror[j])];
            out[f + j] = glm::vec3(-p.x, p.y, p.z);
        }
    return out;
}

Skeleton skeleton()
{
    return tableSkeleton(kJointNames, kParents, kRawOffsets, kBoneLengths.data());
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
    return tableSkeleton(kJointNames, kParents, kRawOffsets, nullptr);
}

} // namespace kit

} // namespace gm::motion

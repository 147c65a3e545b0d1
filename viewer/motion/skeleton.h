#pragma once

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include <string>
#include <vector>

namespace gm::motion {

/// The order of the three rotation channels as they appear in a file (BVH "Zrotation Xrotation
/// Yrotation" is ZXY). The local rotation is the product in that order, R = R1 · R2 · R3, applied
/// to column vectors, i.e. the last channel's rotation acts first (the BVH convention).
enum class RotationOrder { XYZ, XZY, YXZ, YZX, ZXY, ZYX };

/// "XYZ", "ZXY", ...
const char *toString(RotationOrder order);
/// Builds the rotation from Euler angles in degrees, given in the order's channel order.
glm::quat eulerToQuat(RotationOrder order, const glm::vec3 &anglesDegreesInChannelOrder);
/// The inverse of eulerToQuat: angles in degrees in the order's channel order.
glm::vec3 quatToEuler(RotationOrder order, const glm::quat &rotation);

struct Joint
{
    std::string name;
    int parent = -1;        ///< index of the parent joint, -1 for a root; always < this joint's index
    glm::vec3 offset{0.0f}; ///< rest translation relative to the parent (file units)
    RotationOrder rotationOrder = RotationOrder::ZXY;
    glm::vec3 endSite{0.0f}; ///< offset of the BVH End Site below this joint, if hasEndSite
    bool hasEndSite = false;
};

/// Joint hierarchy in topological order (every parent precedes its children).
class Skeleton
{
public:
    Skeleton() = default;
    /// Throws std::invalid_argument when a parent index is not smaller than its joint's index,
    /// when a name is empty or repeated, or when there is no joint.
    explicit Skeleton(std::vector<Joint> joints);

    int jointCount() const { return int(mJoints.size()); }
    const Joint &joint(int index) const { return mJoints[std::size_t(index)]; }
    const std::vector<Joint> &joints() const { return mJoints; }
    int parent(int index) const { return mJoints[std::size_t(index)].parent; }
    /// Index of the joint with this exact name, or -1.
    int indexOf(const std::string &name) const;
    std::vector<int> children(int index) const;
    /// Joint names, in index order.
    std::vector<std::string> names() const;

private:
    std::vector<Joint> mJoints;
};

} // namespace gm::motion

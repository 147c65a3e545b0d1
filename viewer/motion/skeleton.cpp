#include "motion/skeleton.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtx/euler_angles.hpp>

#include <stdexcept>
#include <unordered_set>

namespace gm::motion {

namespace {

glm::quat axisRotation(char axis, float degrees)
{
    const float r = glm::radians(degrees);
    switch (axis) {
    case 'X': return glm::angleAxis(r, glm::vec3(1.0f, 0.0f, 0.0f));
    case 'Y': return glm::angleAxis(r, glm::vec3(0.0f, 1.0f, 0.0f));
    default: return glm::angleAxis(r, glm::vec3(0.0f, 0.0f, 1.0f));
    }
}

} // namespace

const char *toString(RotationOrder order)
{
    switch (order) {
    case RotationOrder::XYZ: return "XYZ";
    case RotationOrder::XZY: return "XZY";
    case RotationOrder::YXZ: return "YXZ";
    case RotationOrder::YZX: return "YZX";
    case RotationOrder::ZXY: return "ZXY";
    case RotationOrder::ZYX: return "ZYX";
    }
    return "?";
}

glm::quat eulerToQuat(RotationOrder order, const glm::vec3 &angles)
{
    const char *axes = toString(order);
    return axisRotation(axes[0], angles[0]) * axisRotation(axes[1], angles[1]) * axisRotation(axes[2], angles[2]);
}

glm::vec3 quatToEuler(RotationOrder order, const glm::quat &rotation)
{
    // glm's extractEulerAngleABC(M) returns (t1, t2, t3) with M = R_A(t1) · R_B(t2) · R_C(t3):
    // exactly the channel-order product used above.
    const glm::mat4 m = glm::mat4_cast(glm::normalize(rotation));
    float a = 0.0f, b = 0.0f, c = 0.0f;
    switch (order) {
    case RotationOrder::XYZ: glm::extractEulerAngleXYZ(m, a, b, c); break;
    case RotationOrder::XZY: glm::extractEulerAngleXZY(m, a, b, c); break;
    case RotationOrder::YXZ: glm::extractEulerAngleYXZ(m, a, b, c); break;
    case RotationOrder::YZX: glm::extractEulerAngleYZX(m, a, b, c); break;
    case RotationOrder::ZXY: glm::extractEulerAngleZXY(m, a, b, c); break;
    case RotationOrder::ZYX: glm::extractEulerAngleZYX(m, a, b, c); break;
    }
    return glm::degrees(glm::vec3(a, b, c));
}

Skeleton::Skeleton(std::vector<Joint> joints)
    : mJoints(std::move(joints))
{
    if (mJoints.empty())
        throw std::invalid_argument("a skeleton needs at least one joint");
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < mJoints.size(); ++i) {
        const Joint &j = mJoints[i];
        if (j.name.empty())
            throw std::invalid_argument("joint " + std::to_string(i) + " has no name");
        if (!seen.insert(j.name).second)
            throw std::invalid_argument("joint name '" + j.name + "' is used twice");
        if (j.parent >= int(i) || j.parent < -1)
            throw std::invalid_argument("joint '" + j.name + "' (" + std::to_string(i) + ") has parent "
                                        + std::to_string(j.parent) + ": parents must precede their children");
    }
}

int Skeleton::indexOf(const std::string &name) const
{
    for (std::size_t i = 0; i < mJoints.size(); ++i)
        if (mJoints[i].name == name)
            return int(i);
    return -1;
}

std::vector<int> Skeleton::children(int index) const
{
    std::vector<int> result;
    for (std::size_t i = 0; i < mJoints.size(); ++i)
        if (mJoints[i].parent == index)
            result.push_back(int(i));
    return result;
}

std::vector<std::string> Skeleton::names() const
{
    std::vector<std::string> result;
    result.reserve(mJoints.size());
    for (const Joint &j : mJoints)
        result.push_back(j.name);
    return result;
}

} // namespace gm::motion

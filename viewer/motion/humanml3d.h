#pragma once

#include <glm/glm.hpp>

#include <vector>

namespace gm::motion {

/// `recover_from_ric` (spec §1.4): joint positions from de-normalised HumanML3D-style features.
/// `features` is [frames × dim] row-major with dim = 4 + (joints − 1)·3 + ... (263 for 22 joints,
/// 251 for KIT's 21). Returns [frames × joints] positions in the features' unit (metres for
/// HumanML3D, millimetres for KIT), Y up.
std::vector<glm::vec3> recoverFromRic(const float *features, int frames, int dim, int joints);

/// The feature dimension for a joint count: 12·joints − 1 (263 for 22 joints, 251 for 21).
constexpr int featureDimForJoints(int joints)
{
    return 1 + 2 + 1 + (joints - 1) * 3 + (joints - 1) * 6 + joints * 3 + 4;
}

} // namespace gm::motion

#include "motion/humanml3d.h"

#include <glm/gtc/quaternion.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

namespace gm::motion {

std::vector<glm::vec3> recoverFromRic(const float *features, int frames, int dim, int joints)
{
    if (joints < 2 || frames < 0 || dim < 4 + (joints - 1) * 3)
        throw std::invalid_argument("recoverFromRic: " + std::to_string(dim) + "-D features cannot hold "
                                    + std::to_string(joints) + " joints");
    const std::size_t J = std::size_t(joints);
    std::vector<glm::vec3> out(std::size_t(frames) * J);
    // θ[t] is the exclusive cumulative sum of the per-frame root rotation rv = data[:, 0], itself a
    // half-angle: q[t] = (cos θ, 0, sin θ, 0) is used as is. Accumulate in double like the
    // reference's float32 cumsum would not, to stay exact over long clips.
    double theta = 0.0;
    glm::vec3 root(0.0f);
    for (int t = 0; t < frames; ++t) {
        const float *row = features + std::size_t(t) * std::size_t(dim);
        if (t > 0)
            theta += double(features[std::size_t(t - 1) * std::size_t(dim)]);
        const glm::quat q(float(std::cos(theta)), 0.0f, float(std::sin(theta)), 0.0f);
        const glm::quat qInv = glm::conjugate(q);
        if (t > 0) {
            const float *previous = features + std::size_t(t - 1) * std::size_t(dim);
            root += qInv * glm::vec3(previous[1], 0.0f, previous[2]);
        }
        glm::vec3 r = root;
        r.y = row[3];
        glm::vec3 *frame = out.data() + std::size_t(t) * J;
        frame[0] = r;
        for (std::size_t j = 1; j < J; ++j) {
            const float *local = row + 4 + (j - 1) * 3;
            glm::vec3 p = qInv * glm::vec3(local[0], local[1], local[2]);
            p.x += r.x;
            p.z += r.z;
            frame[j] = p;
        }
    }
    return out;
}

} // namespace gm::motion

#pragma once

#include <glm/glm.hpp>

namespace gm::render {

/// An axis-aligned box in world space (metres, Y up).
struct Bounds
{
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};

    glm::vec3 center() const { return 0.5f * (min + max); }
    glm::vec3 size() const { return max - min; }
};

/// Orbit camera around a target point, Y up. Angles in degrees: yaw 0 looks from +Z towards -Z
/// (a HumanML3D skeleton faces +Z, so yaw 0 is the front view); positive pitch looks down.
class Camera
{
public:
    enum class Preset { Front, Back, Left, Right, Top, Perspective };

    glm::vec3 target() const { return mTarget; }
    float distance() const { return mDistance; }
    float yawDegrees() const { return mYaw; }
    float pitchDegrees() const { return mPitch; }
    float fovYDegrees() const { return mFovY; }

    void setTarget(const glm::vec3 &target) { mTarget = target; }
    void setDistance(float distance);
    void setAngles(float yawDegrees, float pitchDegrees);
    void setFovYDegrees(float fovY);

    glm::vec3 eye() const;
    glm::vec3 forward() const; ///< unit vector from the eye towards the target
    glm::mat4 viewMatrix() const;
    glm::mat4 projectionMatrix(float aspect) const;

    /// Rotates about the target; the pitch is clamped short of the poles.
    void orbit(float dYawDegrees, float dPitchDegrees);
    /// Moves eye and target in the view plane; dx, dy are fractions of the viewport height.
    void pan(float dx, float dy);
    /// Multiplies the distance by `factor` (< 1 moves closer), within [kMinDistance, kMaxDistance].
    void dolly(float factor);

    void setPreset(Preset preset);
    /// Aims at the box's centre from the current direction, just far enough that every corner
    /// of the box is inside the view (with a 10 % margin) at this aspect ratio (width / height).
    void frame(const Bounds &bounds, float aspect = 1.0f);

    static constexpr float kMinDistance = 0.05f;
    static constexpr float kMaxDistance = 5000.0f;
    static constexpr float kMaxPitch = 89.0f;

private:
    glm::vec3 mTarget{0.0f, 0.9f, 0.0f};
    float mDistance = 4.5f;
    float mYaw = 30.0f;
    float mPitch = 15.0f;
    float mFovY = 40.0f;
};

} // namespace gm::render

#include "render/camera.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace gm::render {

void Camera::setDistance(float distance)
{
    mDistance = std::clamp(distance, kMinDistance, kMaxDistance);
}

void Camera::setAngles(float yawDegrees, float pitchDegrees)
{
    mYaw = std::fmod(yawDegrees, 360.0f);
    mPitch = std::clamp(pitchDegrees, -kMaxPitch, kMaxPitch);
}

void Camera::setFovYDegrees(float fovY)
{
    mFovY = std::clamp(fovY, 5.0f, 120.0f);
}

glm::vec3 Camera::eye() const
{
    return mTarget - mDistance * forward();
}

glm::vec3 Camera::forward() const
{
    const float yaw = glm::radians(mYaw);
    const float pitch = glm::radians(mPitch);
    // Unit vector from the target to the eye, negated.
    const glm::vec3 toEye{std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw)};
    return -toEye;
}

glm::mat4 Camera::viewMatrix() const
{
    return glm::lookAt(eye(), mTarget, glm::vec3(0.0f, 1.0f, 0.0f));
}

glm::mat4 Camera::projectionMatrix(float aspect) const
{
    // Near/far follow the distance so that close-ups and whole-room views both keep depth precision.
    const float nearPlane = std::max(0.01f, mDistance * 0.01f);
    const float farPlane = std::max(100.0f, mDistance * 50.0f);
    return glm::perspective(glm::radians(mFovY), std::max(aspect, 1e-3f), nearPlane, farPlane);
}

void Camera::orbit(float dYawDegrees, float dPitchDegrees)
{
    setAngles(mYaw + dYawDegrees, mPitch + dPitchDegrees);
}

void Camera::pan(float dx, float dy)
{
    const glm::vec3 f = forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0.0f, 1.0f, 0.0f)));
    const glm::vec3 up = glm::cross(right, f);
    // One viewport height at the target's depth spans 2·d·tan(fov/2) metres.
    const float metresPerHeight = 2.0f * mDistance * std::tan(glm::radians(mFovY) * 0.5f);
    mTarget += (-dx * right + dy * up) * metresPerHeight;
}

void Camera::dolly(float factor)
{
    if (factor > 0.0f)
        setDistance(mDistance * factor);
}

void Camera::setPreset(Preset preset)
{
    switch (preset) {
    case Preset::Front: setAngles(0.0f, 5.0f); break;
    case Preset::Back: setAngles(180.0f, 5.0f); break;
    case Preset::Left: setAngles(-90.0f, 5.0f); break;
    case Preset::Right: setAngles(90.0f, 5.0f); break;
    case Preset::Top: setAngles(0.0f, kMaxPitch); break;
    case Preset::Perspective: setAngles(30.0f, 15.0f); break;
    }
}

void Camera::frame(const Bounds &bounds, float aspect)
{
    mTarget = bounds.center();
    const glm::vec3 f = forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0.0f, 1.0f, 0.0f)));
    const glm::vec3 up = glm::cross(right, f);
    const float tanV = std::tan(glm::radians(mFovY) * 0.5f);
    const float tanH = tanV * std::max(aspect, 1e-3f);
    // A corner at r from the target is seen at depth d + r·f with offsets r·right, r·up: it is
    // inside the view when depth ≥ |offset| / tan(half angle).
    float distance = 0.25f / tanV; // a tiny or empty box still gets a sensible distance
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 corner{(i & 1) ? bounds.max.x : bounds.min.x, (i & 2) ? bounds.max.y : bounds.min.y,
                               (i & 4) ? bounds.max.z : bounds.min.z};
        const glm::vec3 r = corner - mTarget;
        const float depthOffset = glm::dot(r, f);
        distance = std::max(distance, std::abs(glm::dot(r, right)) * 1.1f / tanH - depthOffset);
        distance = std::max(distance, std::abs(glm::dot(r, up)) * 1.1f / tanV - depthOffset);
    }
    setDistance(distance);
}

} // namespace gm::render

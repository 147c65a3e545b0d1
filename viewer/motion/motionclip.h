#pragma once

#include "motion/skeleton.h"

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include <string>
#include <vector>

namespace gm::motion {

enum class UpAxis { Y, Z };

/// A caption attached to a clip or part of it (HumanML3D texts: `caption#tokens#start#end`).
struct Caption
{
    std::string text;
    std::string tokens;      ///< "word/POS ..." as in the file, may be empty
    double startSeconds = 0; ///< 0 and 0 mean the whole clip
    double endSeconds = 0;
};

/// Where a clip came from and what the reader noticed.
struct ClipInfo
{
    std::string sourcePath;
    std::string format;                ///< the reader's format name, e.g. "BVH"
    std::vector<std::string> warnings; ///< recoverable problems, e.g. a wrong frame count in a header
    double metresPerUnit = 1.0;        ///< what one file unit is in metres (declared or detected)
    UpAxis upAxis = UpAxis::Y;
    std::vector<Caption> captions;
};

/// Axis-aligned box of joint positions.
struct MotionBounds
{
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};
};

/// A take: a skeleton and its frames at a fixed rate. Either rotation-based (per-frame local joint
/// rotations plus animated local translations of some joints, usually the root) or positions-only
/// (per-frame global joint positions, e.g. HumanML3D `new_joints`). Global joint positions and
/// orientations are computed once by forward kinematics when the clip is built and cached.
/// A clip is an immutable value: trimming and resampling return new clips.
class MotionClip
{
public:
    MotionClip() = default;

    /// rotations: [frames × joints] local rotations. translations: [frames × translatedJoints.size()]
    /// local translations of the listed joints, which replace their rest offsets (BVH position
    /// channels). Throws std::invalid_argument on inconsistent sizes or a non-positive fps.
    static MotionClip fromRotations(Skeleton skeleton, double fps, std::vector<glm::quat> rotations,
                                    std::vector<int> translatedJoints, std::vector<glm::vec3> translations);
    /// positions: [frames × joints] global positions.
    static MotionClip fromPositions(Skeleton skeleton, double fps, std::vector<glm::vec3> positions);

    const Skeleton &skeleton() const { return mSkeleton; }
    double fps() const { return mFps; }
    int frameCount() const { return mFrameCount; }
    int jointCount() const { return mSkeleton.jointCount(); }
    bool isEmpty() const { return mFrameCount == 0; }
    bool hasRotations() const { return !mRotations.empty(); }
    bool isPositionsOnly() const { return mPositionsOnly; }

    /// Playback length: frameCount / fps seconds.
    double duration() const;
    /// Time of a frame's start: frame / fps.
    double frameTime(int frame) const;
    /// The frame shown at time t (nearest frame start at or before t), clamped to the clip.
    int frameAt(double seconds) const;

    glm::quat localRotation(int frame, int joint) const;
    glm::vec3 localTranslation(int frame, int joint) const;
    const std::vector<int> &translatedJoints() const { return mTranslatedJoints; }

    glm::vec3 globalPosition(int frame, int joint) const
    {
        return mGlobalPositions[std::size_t(frame) * std::size_t(jointCount()) + std::size_t(joint)];
    }
    /// Identity for positions-only clips.
    glm::quat globalOrientation(int frame, int joint) const;
    /// [frames × joints] global positions, frame-major.
    const std::vector<glm::vec3> &globalPositions() const { return mGlobalPositions; }

    MotionBounds bounds() const;

    /// Frames [first, last] (inclusive); throws std::out_of_range on a bad range. Timed captions
    /// are shifted and clipped to the new span (those outside it are dropped).
    MotionClip trimmed(int first, int last) const;
    /// Resamples to `fps`: slerp for rotations, lerp for translations and positions. The new clip
    /// covers the same time span: frame i samples time i / fps.
    MotionClip resampled(double fps) const;

    ClipInfo info;

private:
    void computeGlobals();

    Skeleton mSkeleton;
    double mFps = 0.0;
    int mFrameCount = 0;
    bool mPositionsOnly = false;
    std::vector<glm::quat> mRotations;    // [frames × joints]
    std::vector<int> mTranslatedJoints;   // joints with animated translation
    std::vector<int> mTranslationSlot;    // joint → index into mTranslatedJoints, or -1
    std::vector<glm::vec3> mTranslations; // [frames × translatedJoints]
    std::vector<glm::vec3> mGlobalPositions;
    std::vector<glm::quat> mGlobalOrientations;
};

} // namespace gm::motion

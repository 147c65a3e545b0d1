#include "motion/motionclip.h"

#include "motion/parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gm::motion {

namespace {

void requirePositiveFps(double fps)
{
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw std::invalid_argument("frame rate must be positive, got " + std::to_string(fps));
}

} // namespace

MotionClip MotionClip::fromRotations(Skeleton skeleton, double fps, std::vector<glm::quat> rotations,
                                     std::vector<int> translatedJoints, std::vector<glm::vec3> translations)
{
    requirePositiveFps(fps);
    const std::size_t joints = std::size_t(skeleton.jointCount());
    if (joints == 0)
        throw std::invalid_argument("a clip needs a skeleton");
    if (rotations.size() % joints != 0)
        throw std::invalid_argument("rotation count " + std::to_string(rotations.size())
                                    + " is not a multiple of the joint count " + std::to_string(joints));
    const std::size_t frames = rotations.size() / joints;
    if (translations.size() != frames * translatedJoints.size())
        throw std::invalid_argument("expected " + std::to_string(frames * translatedJoints.size())
                                    + " translations, got " + std::to_string(translations.size()));
    MotionClip clip;
    clip.mTranslationSlot.assign(joints, -1);
    for (std::size_t k = 0; k < translatedJoints.size(); ++k) {
        const int j = translatedJoints[k];
        if (j < 0 || std::size_t(j) >= joints || clip.mTranslationSlot[std::size_t(j)] != -1)
            throw std::invalid_argument("bad translated joint index " + std::to_string(j));
        clip.mTranslationSlot[std::size_t(j)] = int(k);
    }
    clip.mSkeleton = std::move(skeleton);
    clip.mFps = fps;
    clip.mFrameCount = int(frames);
    clip.mRotations = std::move(rotations);
    clip.mTranslatedJoints = std::move(translatedJoints);
    clip.mTranslations = std::move(translations);
    clip.computeGlobals();
    return clip;
}

MotionClip MotionClip::fromPositions(Skeleton skeleton, double fps, std::vector<glm::vec3> positions)
{
    requirePositiveFps(fps);
    const std::size_t joints = std::size_t(skeleton.jointCount());
    if (joints == 0)
        throw std::invalid_argument("a clip needs a skeleton");
    if (positions.size() % joints != 0)
        throw std::invalid_argument("position count " + std::to_string(positions.size())
                                    + " is not a multiple of the joint count " + std::to_string(joints));
    MotionClip clip;
    clip.mSkeleton = std::move(skeleton);
    clip.mFps = fps;
    clip.mFrameCount = int(positions.size() / joints);
    clip.mPositionsOnly = true;
    clip.mTranslationSlot.assign(joints, -1);
    clip.mGlobalPositions = std::move(positions);
    return clip;
}

void MotionClip::computeGlobals()
{
    const std::size_t joints = std::size_t(jointCount());
    const std::size_t n = std::size_t(mFrameCount) * joints;
    mGlobalPositions.resize(n);
    mGlobalOrientations.resize(n);
    // Frames are independent: long takes (an hour of 120 fps mocap is 432,000 frames) use every core.
    parallelFor(std::size_t(mFrameCount), 4096, [this, joints](std::size_t first, std::size_t last) {
        for (std::size_t f = first; f < last; ++f) {
            const std::size_t base = f * joints;
            for (std::size_t j = 0; j < joints; ++j) {
                const glm::quat local = mRotations[base + j];
                const glm::vec3 t = localTranslation(int(f), int(j));
                const int p = mSkeleton.parent(int(j));
                if (p < 0) {
                    mGlobalOrientations[base + j] = local;
                    mGlobalPositions[base + j] = t;
                } else {
                    const glm::quat &parentRotation = mGlobalOrientations[base + std::size_t(p)];
                    mGlobalOrientations[base + j] = parentRotation * local;
                    mGlobalPositions[base + j] = mGlobalPositions[base + std::size_t(p)] + parentRotation * t;
                }
            }
        }
    });
}

double MotionClip::duration() const
{
    return mFps > 0.0 ? double(mFrameCount) / mFps : 0.0;
}

double MotionClip::frameTime(int frame) const
{
    return mFps > 0.0 ? double(frame) / mFps : 0.0;
}

int MotionClip::frameAt(double seconds) const
{
    if (mFrameCount == 0 || !(seconds > 0.0))
        return 0;
    // A small epsilon so that frameAt(frameTime(f)) == f despite rounding.
    const double f = std::floor(seconds * mFps + 1e-6);
    return int(std::min(f, double(mFrameCount - 1)));
}

glm::quat MotionClip::localRotation(int frame, int joint) const
{
    if (mPositionsOnly)
        return glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
    return mRotations[std::size_t(frame) * std::size_t(jointCount()) + std::size_t(joint)];
}

glm::vec3 MotionClip::localTranslation(int frame, int joint) const
{
    const int slot = mTranslationSlot.empty() ? -1 : mTranslationSlot[std::size_t(joint)];
    if (slot < 0)
        return mSkeleton.joint(joint).offset;
    return mTranslations[std::size_t(frame) * mTranslatedJoints.size() + std::size_t(slot)];
}

glm::quat MotionClip::globalOrientation(int frame, int joint) const
{
    if (mPositionsOnly)
        return glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
    return mGlobalOrientations[std::size_t(frame) * std::size_t(jointCount()) + std::size_t(joint)];
}

MotionBounds MotionClip::bounds() const
{
    if (mGlobalPositions.empty())
        return {};
    MotionBounds b{glm::vec3(std::numeric_limits<float>::max()), glm::vec3(std::numeric_limits<float>::lowest())};
    for (const glm::vec3 &p : mGlobalPositions) {
        b.min = glm::min(b.min, p);
        b.max = glm::max(b.max, p);
    }
    return b;
}

MotionClip MotionClip::trimmed(int first, int last) const
{
    if (first < 0 || last < first || last >= mFrameCount)
        throw std::out_of_range("frame range " + std::to_string(first) + ".." + std::to_string(last) + " is outside 0.."
                                + std::to_string(mFrameCount - 1));
    const std::size_t joints = std::size_t(jointCount());
    const auto b = std::size_t(first);
    const auto e = std::size_t(last) + 1;
    MotionClip clip;
    if (mPositionsOnly) {
        clip = fromPositions(mSkeleton, mFps,
                             {mGlobalPositions.begin() + std::ptrdiff_t(b * joints),
                              mGlobalPositions.begin() + std::ptrdiff_t(e * joints)});
    } else {
        const std::size_t nt = mTranslatedJoints.size();
        clip = fromRotations(
            mSkeleton, mFps,
            {mRotations.begin() + std::ptrdiff_t(b * joints), mRotations.begin() + std::ptrdiff_t(e * joints)},
            mTranslatedJoints,
            {mTranslations.begin() + std::ptrdiff_t(b * nt), mTranslations.begin() + std::ptrdiff_t(e * nt)});
    }
    clip.info = info;
    // Captions move with the cut: times shift to the new start and are clipped to the new span;
    // captions wholly outside it are dropped, whole-clip captions (0 and 0) stay whole.
    const double start = frameTime(first);
    const double end = frameTime(last + 1);
    clip.info.captions.clear();
    for (Caption c : info.captions) {
        const bool wholeClip = c.startSeconds == 0.0 && c.endSeconds == 0.0;
        if (!wholeClip) {
            if (c.endSeconds <= start || c.startSeconds >= end)
                continue;
            c.startSeconds = std::max(c.startSeconds, start) - start;
            c.endSeconds = std::min(c.endSeconds, end) - start;
        }
        clip.info.captions.push_back(c);
    }
    return clip;
}

MotionClip MotionClip::resampled(double fps) const
{
    requirePositiveFps(fps);
    if (mFrameCount == 0)
        throw std::invalid_argument("cannot resample an empty clip");
    // Frames i with i / fps <= (n - 1) / mFps: the new clip never samples past the last frame.
    const double lastTime = double(mFrameCount - 1) / mFps;
    const int frames = int(std::floor(lastTime * fps + 1e-6)) + 1;
    const std::size_t joints = std::size_t(jointCount());
    auto sample = [&](int i, auto &&emit) {
        const double s = double(i) * mFps / fps;
        const int i0 = std::min(int(std::floor(s + 1e-9)), mFrameCount - 1);
        const int i1 = std::min(i0 + 1, mFrameCount - 1);
        emit(i0, i1, float(std::clamp(s - double(i0), 0.0, 1.0)));
    };

    MotionClip clip;
    if (mPositionsOnly) {
        std::vector<glm::vec3> positions(std::size_t(frames) * joints);
        for (int i = 0; i < frames; ++i)
            sample(i, [&](int i0, int i1, float a) {
                for (std::size_t j = 0; j < joints; ++j)
                    positions[std::size_t(i) * joints + j]
                        = glm::mix(mGlobalPositions[std::size_t(i0) * joints + j],
                                   mGlobalPositions[std::size_t(i1) * joints + j], a);
            });
        clip = fromPositions(mSkeleton, fps, std::move(positions));
    } else {
        const std::size_t nt = mTranslatedJoints.size();
        std::vector<glm::quat> rotations(std::size_t(frames) * joints);
        std::vector<glm::vec3> translations(std::size_t(frames) * nt);
        for (int i = 0; i < frames; ++i)
            sample(i, [&](int i0, int i1, float a) {
                for (std::size_t j = 0; j < joints; ++j)
                    rotations[std::size_t(i) * joints + j] = glm::slerp(mRotations[std::size_t(i0) * joints + j],
                                                                        mRotations[std::size_t(i1) * joints + j], a);
                for (std::size_t k = 0; k < nt; ++k)
                    translations[std::size_t(i) * nt + k]
                        = glm::mix(mTranslations[std::size_t(i0) * nt + k], mTranslations[std::size_t(i1) * nt + k], a);
            });
        clip = fromRotations(mSkeleton, fps, std::move(rotations), mTranslatedJoints, std::move(translations));
    }
    clip.info = info;
    // Captions keep their times; nothing else in info depends on the frame rate.
    return clip;
}

} // namespace gm::motion

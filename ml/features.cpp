#include "ml/features.h"

#include "motion/retarget.h"
#include "motion/t2m.h"

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gm::ml {

namespace {

using Quat = glm::dquat; // (w, x, y, z), Hamilton product, as the reference's qmul
using Vec = glm::dvec3;

const Vec kUp(0.0, 1.0, 0.0);
const Vec kForward(0.0, 0.0, 1.0);

// qrot: v + 2·(w·(u×v) + u×(u×v)), u = (x, y, z).
Vec rotate(const Quat &q, const Vec &v)
{
    const Vec u(q.x, q.y, q.z);
    const Vec uv = glm::cross(u, v);
    return v + 2.0 * (q.w * uv + glm::cross(u, uv));
}

Quat inverse(const Quat &q)
{
    return Quat(q.w, -q.x, -q.y, -q.z);
}

// qbetween: the rotation taking v0's direction to v1's, normalised (w = |v0||v1| + v0·v1,
// xyz = v0 × v1). Opposite vectors have no unique answer; the reference returns NaN there, we
// turn half way about an axis perpendicular to v0.
Quat between(const Vec &v0, const Vec &v1)
{
    const Vec c = glm::cross(v0, v1);
    const double w = std::sqrt(glm::dot(v0, v0) * glm::dot(v1, v1)) + glm::dot(v0, v1);
    const double norm = std::sqrt(w * w + glm::dot(c, c));
    if (norm < 1e-12) {
        Vec axis = glm::cross(v0, std::abs(v0.x) < 0.9 ? Vec(1, 0, 0) : Vec(0, 1, 0));
        axis = glm::normalize(axis);
        return Quat(0.0, axis.x, axis.y, axis.z);
    }
    return Quat(w / norm, c.x / norm, c.y / norm, c.z / norm);
}

Vec normalized(const Vec &v, const char *what)
{
    const double n = glm::length(v);
    if (!(n > 1e-12) || !std::isfinite(n))
        throw std::invalid_argument(std::string("computeFeatures: ") + what + " has zero length");
    return v / n;
}

// scipy.ndimage.gaussian_filter1d(x, sigma, axis=0, mode='nearest') with the default truncate 4:
// a kernel of radius int(4σ + 0.5), edges extended by repeating the first and last values.
std::vector<Vec> gaussianFilter(const std::vector<Vec> &x, double sigma)
{
    const int radius = int(4.0 * sigma + 0.5);
    std::vector<double> kernel(std::size_t(2 * radius + 1));
    double sum = 0.0;
    for (int i = -radius; i <= radius; ++i) {
        kernel[std::size_t(i + radius)] = std::exp(-0.5 * double(i) * double(i) / (sigma * sigma));
        sum += kernel[std::size_t(i + radius)];
    }
    for (double &k : kernel)
        k /= sum;
    const int n = int(x.size());
    std::vector<Vec> out(x.size(), Vec(0.0));
    for (int t = 0; t < n; ++t)
        for (int i = -radius; i <= radius; ++i)
            out[std::size_t(t)] += kernel[std::size_t(i + radius)] * x[std::size_t(std::clamp(t + i, 0, n - 1))];
    return out;
}

using Frames = std::vector<std::vector<Vec>>; // [frame][joint]

// Skeleton.inverse_kinematics_np: per-frame local rotations (joint j's rotation relative to the
// rotation accumulated along its chain; every chain starts from the root's rotation, also the
// arm chains that start at spine3). The facing direction comes from the hips and shoulders, with
// the reference's unpacking quirk: `l_hip, r_hip, sdr_r, sdr_l = face_joint_indx`, so across =
// (J[face[1]] − J[face[0]]) + (J[face[2]] − J[face[3]]). The root rotation of frame 0 is the
// identity (the reference overwrites it).
std::vector<std::vector<Quat>> inverseKinematics(const Frames &p, const FeatureSkeleton &s, bool smoothForward)
{
    const std::size_t T = p.size();
    const int lHip = s.face[0], rHip = s.face[1], sdrR = s.face[2], sdrL = s.face[3];
    std::vector<Vec> forward(T);
    for (std::size_t t = 0; t < T; ++t) {
        const Vec across
            = (p[t][std::size_t(rHip)] - p[t][std::size_t(lHip)]) + (p[t][std::size_t(sdrR)] - p[t][std::size_t(sdrL)]);
        const Vec f = glm::cross(kUp, across);
        // Where the line is degenerate (the quirk can cancel hips against shoulders) the
        // reference divides by zero; we keep the previous frame's direction (+Z on frame 0).
        const double n = glm::length(f);
        forward[t] = n > 1e-9 ? f / glm::length(across) : (t > 0 ? forward[t - 1] : kForward);
    }
    if (smoothForward)
        forward = gaussianFilter(forward, 20.0);
    std::vector<std::vector<Quat>> q(T, std::vector<Quat>(std::size_t(s.joints), Quat(1.0, 0.0, 0.0, 0.0)));
    for (std::size_t t = 0; t < T; ++t) {
        const double n = glm::length(forward[t]);
        const Quat root = t == 0 || !(n > 1e-12) ? Quat(1.0, 0.0, 0.0, 0.0) : between(forward[t] / n, kForward);
        q[t][0] = root;
        for (const std::vector<int> &chain : s.chains) {
            Quat r = root;
            for (std::size_t j = 0; j + 1 < chain.size(); ++j) {
                const int child = chain[j + 1];
                const Vec bone = p[t][std::size_t(child)] - p[t][std::size_t(chain[j])];
                const double length = glm::length(bone);
                // A zero-length bone (coincident joints) keeps its rest direction.
                const Quat toBone = length > 1e-12 ? between(s.rawOffsets[std::size_t(child)], bone / length) : r;
                const Quat local = inverse(r) * toBone;
                q[t][std::size_t(child)] = local;
                r = r * local;
            }
        }
    }
    return q;
}

// Skeleton.forward_kinematics_np with the given offsets (raw direction × length).
Frames forwardKinematics(const std::vector<std::vector<Quat>> &q, const std::vector<Vec> &rootPositions,
                         const std::vector<Vec> &offsets, const FeatureSkeleton &s)
{
    Frames joints(q.size(), std::vector<Vec>(std::size_t(s.joints), Vec(0.0)));
    for (std::size_t t = 0; t < q.size(); ++t) {
        joints[t][0] = rootPositions[t];
        for (const std::vector<int> &chain : s.chains) {
            Quat r = q[t][0];
            for (std::size_t i = 1; i < chain.size(); ++i) {
                const auto j = std::size_t(chain[i]);
                r = r * q[t][j];
                joints[t][j] = rotate(r, offsets[j]) + joints[t][std::size_t(chain[i - 1])];
            }
        }
    }
    return joints;
}

// uniform_skeleton: the clip on the reference skeleton's bone lengths, its root path scaled by
// the ratio of leg lengths (|upper| + |lower| leg offsets, by their largest component).
Frames uniformSkeleton(const Frames &p, const FeatureSkeleton &s)
{
    if (s.boneLengths.empty())
        return p;
    const std::size_t J = std::size_t(s.joints);
    std::vector<Vec> source(J, Vec(0.0)), target(J, Vec(0.0));
    for (std::size_t j = 1; j < J; ++j) {
        source[j] = s.rawOffsets[j] * glm::length(p[0][j] - p[0][std::size_t(s.parents[j])]);
        target[j] = s.rawOffsets[j] * s.boneLengths[j];
    }
    auto maxAbs = [](const Vec &v) { return std::max({std::abs(v.x), std::abs(v.y), std::abs(v.z)}); };
    const double sourceLeg = maxAbs(source[std::size_t(s.legUpper)]) + maxAbs(source[std::size_t(s.legLower)]);
    const double targetLeg = maxAbs(target[std::size_t(s.legUpper)]) + maxAbs(target[std::size_t(s.legLower)]);
    if (!(sourceLeg > 1e-9))
        throw std::invalid_argument("computeFeatures: the legs of frame 0 have zero length");
    const double scale = targetLeg / sourceLeg;
    std::vector<Vec> root(p.size());
    for (std::size_t t = 0; t < p.size(); ++t)
        root[t] = p[t][0] * scale;
    return forwardKinematics(inverseKinematics(p, s, false), root, target, s);
}

} // namespace

const FeatureSkeleton &FeatureSkeleton::t2m()
{
    static const FeatureSkeleton skeleton = [] {
        FeatureSkeleton s;
        s.name = "t2m";
        s.joints = motion::t2m::kJointCount;
        s.parents.assign(motion::t2m::kParents.begin(), motion::t2m::kParents.end());
        s.chains = {{0, 2, 5, 8, 11}, {0, 1, 4, 7, 10}, {0, 3, 6, 9, 12, 15}, {9, 14, 17, 19, 21}, {9, 13, 16, 18, 20}};
        for (const glm::vec3 &o : motion::t2m::kRawOffsets)
            s.rawOffsets.emplace_back(o);
        for (float l : motion::t2m::kBoneLengths)
            s.boneLengths.push_back(double(l));
        s.legUpper = 5;
        s.legLower = 8;
        s.feetLeft = {7, 10};
        s.feetRight = {8, 11};
        s.face = {2, 1, 17, 16};
        s.contactThreshold = 0.002;
        s.fps = motion::t2m::kFps;
        return s;
    }();
    return skeleton;
}

const FeatureSkeleton &FeatureSkeleton::kit()
{
    static const FeatureSkeleton skeleton = [] {
        FeatureSkeleton s;
        s.name = "kit";
        s.joints = motion::kit::kJointCount;
        s.parents.assign(motion::kit::kParents.begin(), motion::kit::kParents.end());
        s.chains = {{0, 11, 12, 13, 14, 15}, {0, 16, 17, 18, 19, 20}, {0, 1, 2, 3, 4}, {3, 5, 6, 7}, {3, 8, 9, 10}};
        for (const glm::vec3 &o : motion::kit::kRawOffsets)
            s.rawOffsets.emplace_back(o);
        // The reference KIT skeleton (03950) is not available: clips keep their own proportions.
        s.legUpper = 17;
        s.legLower = 18;
        s.feetLeft = {19, 20};
        s.feetRight = {14, 15};
        s.face = {11, 16, 5, 8};
        s.contactThreshold = 0.05;
        s.fps = motion::kit::kFps;
        return s;
    }();
    return skeleton;
}

std::vector<FeatureGroup> featureGroups(int joints)
{
    const int ric = 4 + (joints - 1) * 3;
    const int rot = ric + (joints - 1) * 6;
    const int vel = rot + joints * 3;
    return {
        {"root", 0, 4}, {"ric", 4, ric}, {"rotations", ric, rot}, {"velocities", rot, vel}, {"contacts", vel, vel + 4}};
}

FeatureStatistics::FeatureStatistics(int dim)
    : mDim(dim)
    , mSum(std::size_t(dim), 0.0)
    , mSquares(std::size_t(dim), 0.0)
{}

void FeatureStatistics::add(const float *features, int rows)
{
    for (int t = 0; t < rows; ++t)
        for (std::size_t k = 0; k < std::size_t(mDim); ++k) {
            const double v = features[std::size_t(t) * std::size_t(mDim) + k];
            mSum[k] += v;
            mSquares[k] += v * v;
        }
    mRows += rows;
}

void FeatureStatistics::add(const FeatureStatistics &other)
{
    if (other.mDim != mDim)
        throw std::invalid_argument("FeatureStatistics: adding " + std::to_string(other.mDim) + "-D sums to "
                                    + std::to_string(mDim) + "-D ones");
    for (std::size_t k = 0; k < std::size_t(mDim); ++k) {
        mSum[k] += other.mSum[k];
        mSquares[k] += other.mSquares[k];
    }
    mRows += other.mRows;
}

void FeatureStatistics::finish(std::vector<float> &mean, std::vector<float> &std) const
{
    if (mRows <= 0)
        throw std::invalid_argument("FeatureStatistics: no features to average");
    mean.assign(std::size_t(mDim), 0.0f);
    std.assign(std::size_t(mDim), 1.0f);
    std::vector<double> deviation(std::size_t(mDim), 0.0);
    for (std::size_t k = 0; k < std::size_t(mDim); ++k) {
        const double m = mSum[k] / mRows;
        mean[k] = float(m);
        deviation[k] = std::sqrt(std::max(mSquares[k] / mRows - m * m, 0.0));
    }
    std::vector<int> bounds{0, 1, 3};
    for (const FeatureGroup &g : featureGroups((mDim + 1) / 12))
        bounds.push_back(g.end);
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
        double s = 0;
        for (int k = bounds[i]; k < bounds[i + 1]; ++k)
            s += deviation[std::size_t(k)];
        const float partStd = float(std::max(s / double(bounds[i + 1] - bounds[i]), 1e-6));
        for (int k = bounds[i]; k < bounds[i + 1]; ++k)
            std[std::size_t(k)] = partStd;
    }
}

std::vector<float> computeFeatures(const std::vector<glm::vec3> &joints, int frames, const FeatureSkeleton &s)
{
    const std::size_t J = std::size_t(s.joints);
    if (frames < 2)
        throw std::invalid_argument("computeFeatures: need at least 2 frames, got " + std::to_string(frames));
    if (joints.size() != std::size_t(frames) * J)
        throw std::invalid_argument("computeFeatures: expected " + std::to_string(frames) + " × " + std::to_string(J)
                                    + " joint positions, got " + std::to_string(joints.size()));
    const std::size_t T = std::size_t(frames);
    Frames p(T, std::vector<Vec>(J));
    for (std::size_t t = 0; t < T; ++t)
        for (std::size_t j = 0; j < J; ++j) {
            p[t][j] = Vec(joints[t * J + j]);
            if (!std::isfinite(p[t][j].x) || !std::isfinite(p[t][j].y) || !std::isfinite(p[t][j].z))
                throw std::invalid_argument("computeFeatures: frame " + std::to_string(t) + ", joint "
                                            + std::to_string(j) + " is not a finite position");
        }

    p = uniformSkeleton(p, s);

    // Floor: the lowest joint of the whole take at y = 0.
    double floor = p[0][0].y;
    for (const auto &frame : p)
        for (const Vec &v : frame)
            floor = std::min(floor, v.y);
    // First root at the XZ origin.
    const Vec origin(p[0][0].x, floor, p[0][0].z);
    for (auto &frame : p)
        for (Vec &v : frame)
            v -= origin;
    // First frame facing +Z (the correct unpacking here: r_hip, l_hip, sdr_r, sdr_l).
    const Vec across = normalized((p[0][std::size_t(s.face[0])] - p[0][std::size_t(s.face[1])])
                                      + (p[0][std::size_t(s.face[2])] - p[0][std::size_t(s.face[3])]),
                                  "the first frame's hip + shoulder line");
    const Quat face = between(normalized(glm::cross(kUp, across), "the first frame's forward vector"), kForward);
    for (auto &frame : p)
        for (Vec &v : frame)
            v = rotate(face, v);
    const Frames global = p;

    // Foot contacts: squared displacement to the next frame under the threshold.
    auto contact = [&](std::size_t t, int joint) {
        const Vec d = global[t + 1][std::size_t(joint)] - global[t][std::size_t(joint)];
        return glm::dot(d, d) < s.contactThreshold ? 1.0 : 0.0;
    };

    // Rotations (smoothed facing), root rotation and its velocities.
    const auto q = inverseKinematics(global, s, true);
    std::vector<Quat> rootRotation(T);
    for (std::size_t t = 0; t < T; ++t)
        rootRotation[t] = q[t][0];

    const int dim = s.featureDim();
    std::vector<float> out((T - 1) * std::size_t(dim));
    for (std::size_t t = 0; t + 1 < T; ++t) {
        float *row = out.data() + t * std::size_t(dim);
        int c = 0;
        // Root: angular velocity (the y part of r[t+1]·r[t]⁻¹, as arcsin: a half-angle), linear
        // velocity in the heading frame of t+1, height.
        const Quat rv = rootRotation[t + 1] * inverse(rootRotation[t]);
        const Vec velocity = rotate(rootRotation[t + 1], global[t + 1][0] - global[t][0]);
        row[c++] = float(std::asin(std::clamp(rv.y, -1.0, 1.0)));
        row[c++] = float(velocity.x);
        row[c++] = float(velocity.z);
        row[c++] = float(global[t][0].y);
        // RIC: joints relative to the root in XZ, turned by the root rotation of t.
        for (std::size_t j = 1; j < J; ++j) {
            Vec local = global[t][j];
            local.x -= global[t][0].x;
            local.z -= global[t][0].z;
            local = rotate(rootRotation[t], local);
            row[c++] = float(local.x);
            row[c++] = float(local.y);
            row[c++] = float(local.z);
        }
        // 6D rotations: the first two columns of each local rotation matrix.
        for (std::size_t j = 1; j < J; ++j) {
            const glm::dmat3 m = glm::mat3_cast(q[t][j]);
            for (int column = 0; column < 2; ++column)
                for (int r = 0; r < 3; ++r)
                    row[c++] = float(m[column][r]);
        }
        // Local velocities of every joint, in the heading frame of t.
        for (std::size_t j = 0; j < J; ++j) {
            const Vec v = rotate(rootRotation[t], global[t + 1][j] - global[t][j]);
            row[c++] = float(v.x);
            row[c++] = float(v.y);
            row[c++] = float(v.z);
        }
        row[c++] = float(contact(t, s.feetLeft[0]));
        row[c++] = float(contact(t, s.feetLeft[1]));
        row[c++] = float(contact(t, s.feetRight[0]));
        row[c++] = float(contact(t, s.feetRight[1]));
    }
    return out;
}

std::vector<float> clipFeatures(const motion::MotionClip &source, int &rows)
{
    const motion::MotionClip clip = motion::retargetToT2m(source, motion::t2m::kFps);
    rows = std::max(clip.frameCount() - 1, 0);
    if (clip.frameCount() < 2)
        return {};
    return computeFeatures(clip.globalPositions(), clip.frameCount());
}

} // namespace gm::ml

#include "motion/synthesis.h"

#include "motion/t2m.h"

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <random>
#include <stdexcept>

namespace gm::motion {

namespace {

using glm::dmat3;
using glm::dvec2;
using glm::dvec3;

constexpr double kPi = 3.14159265358979323846;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kBlend = 0.4; // seconds over which one action blends into the next
constexpr double kGravity = 9.81;
constexpr double kMaxFlex = 150.0 * kPi / 180.0;
// Knees stop just short of straight so a leg never locks into the singular fully extended pose.
constexpr double kMinKneeFlex = 2.0 * kPi / 180.0;
constexpr double kStandKneeFlex = 8.0 * kPi / 180.0;
// The t2m rest foot is horizontal; a standing foot bone (ankle → ball) points down about 19°, which
// puts HumanML3D's planted ankles near 6 cm and foot joints near 1 cm.
constexpr double kFootPitch = 19.0 * kPi / 180.0;
constexpr double kToeHeight = 0.01;
constexpr double kStanceWidth = 0.095; // lateral ankle offset of a standing foot
constexpr double kStanceBack = -0.035; // ankles sit a little behind the pelvis
constexpr double kToeOut = 0.1;
// A pivoting stance foot stands on its ball with the heel this high (radians of extra pitch), so
// its ankle is clear of the contact height while the foot turns about the foot joint.
constexpr double kPivotHeel = 0.45;
// How far the body may travel over a planted foot (metres): about what the legs reach.
constexpr double kMaxSweep = 0.9;

// ---------------------------------------------------------------------------------------------
// Small maths

double clamp01(double x)
{
    return std::clamp(x, 0.0, 1.0);
}

double smoothstep(double x)
{
    x = clamp01(x);
    return x * x * (3.0 - 2.0 * x);
}

double lerp(double a, double b, double w)
{
    return a + (b - a) * w;
}

dvec3 lerp(const dvec3 &a, const dvec3 &b, double w)
{
    return a + (b - a) * w;
}

// A smooth minimum that never exceeds min(a, b), so a limit computed from it is always respected.
double smin(double a, double b, double k)
{
    const double h = std::max(k - std::abs(a - b), 0.0) / k;
    return std::min(a, b) - h * h * k * 0.25;
}

// 0 → 1 with a trapezoidal speed profile (accelerating over the first and braking over the last
// 30 %): a swinging foot peaks at a lower speed than with smoothstep.
double trapezoid(double x)
{
    constexpr double r = 0.3, k = 1.0 / (2.0 * r * (1.0 - r));
    x = clamp01(x);
    if (x < r)
        return k * x * x;
    if (x > 1.0 - r)
        return 1.0 - k * (1.0 - x) * (1.0 - x);
    return (x - 0.5 * r) / (1.0 - r);
}

// Cubic Hermite from p0 (velocity v0) to p1 (velocity v1) over `duration`, at s ∈ [0, 1].
double hermite(double p0, double p1, double v0, double v1, double duration, double s)
{
    s = clamp01(s);
    const double s2 = s * s, s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * p0 + (s3 - 2 * s2 + s) * duration * v0 + (-2 * s3 + 3 * s2) * p1
           + (s3 - s2) * duration * v1;
}

// 1 inside [0, duration], easing in and out over `ramp` seconds.
double envelope(double t, double duration, double ramp)
{
    return smoothstep(t / ramp) * smoothstep((duration - t) / ramp);
}

dmat3 rotX(double a)
{
    const double c = std::cos(a), s = std::sin(a);
    return dmat3(1, 0, 0, 0, c, s, 0, -s, c);
}

dmat3 rotY(double a)
{
    const double c = std::cos(a), s = std::sin(a);
    return dmat3(c, 0, -s, 0, 1, 0, s, 0, c);
}

dmat3 rotZ(double a)
{
    const double c = std::cos(a), s = std::sin(a);
    return dmat3(c, s, 0, -s, c, 0, 0, 0, 1);
}

dvec3 rotateAbout(const dvec3 &v, const dvec3 &axis, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    return v * c + glm::cross(axis, v) * s + axis * glm::dot(axis, v) * (1.0 - c);
}

// The component of v perpendicular to the unit vector u, normalised (any perpendicular if none).
dvec3 perpendicular(const dvec3 &v, const dvec3 &u)
{
    dvec3 p = v - u * glm::dot(u, v);
    if (glm::length(p) < 1e-9)
        p = std::abs(u.y) < 0.9 ? glm::cross(u, dvec3(0, 1, 0)) : glm::cross(u, dvec3(1, 0, 0));
    return glm::normalize(p);
}

// Direction of a foot bone facing `yaw` (0 = +Z, positive towards +X) and pointing `down` below
// the horizontal.
dvec3 footDirection(double yaw, double down)
{
    return {std::sin(yaw) * std::cos(down), -std::sin(down), std::cos(yaw) * std::cos(down)};
}

// Distance between the ends of a two-bone chain whose middle joint is flexed by `flex`.
double reach(double l1, double l2, double flex)
{
    return std::sqrt(l1 * l1 + l2 * l2 + 2.0 * l1 * l2 * std::cos(flex));
}

double flexForReach(double l1, double l2, double distance)
{
    const double c = (distance * distance - l1 * l1 - l2 * l2) / (2.0 * l1 * l2);
    return std::clamp(std::acos(std::clamp(c, -1.0, 1.0)), 0.0, kMaxFlex);
}

// The one two-bone IK of the synthesizer, for legs and arms: the middle joint of the chain
// root → middle → end that brings the end to `target` (or as close as the bones allow), bent
// towards `bendHint`. The middle joint is exactly l1 from the root; the caller places the end
// l2 from the middle along the direction to the target, so both bones keep their lengths.
dvec3 middleJoint(const dvec3 &root, const dvec3 &target, double l1, double l2, const dvec3 &bendHint)
{
    const dvec3 d = target - root;
    const double length = glm::length(d);
    const dvec3 u = length > 1e-9 ? d / length : dvec3(0, -1, 0);
    const double distance = std::clamp(length, reach(l1, l2, kMaxFlex), reach(l1, l2, 0.0) * (1.0 - 1e-12));
    const double cosA = std::clamp((l1 * l1 + distance * distance - l2 * l2) / (2.0 * l1 * distance), -1.0, 1.0);
    const dvec3 b = perpendicular(bendHint, u);
    return root + l1 * (u * cosA + b * std::sqrt(std::max(0.0, 1.0 - cosA * cosA)));
}

// Deterministic on every platform: the engine is fully specified by the standard, and the
// conversion to double is ours (std::uniform_real_distribution's is implementation-defined).
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : mEngine(seed)
    {}
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(mEngine() >> 11) * 0x1.0p-53; }
    int index(int n) { return std::min(n - 1, int(uniform(0.0, double(n)))); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }

private:
    std::mt19937_64 mEngine;
};

// ---------------------------------------------------------------------------------------------
// The body: t2m bone lengths with SMPL-like neutral directions for the trunk (the t2m rest
// directions are an IK convention, not a pose: they hang the shoulders below the collars).

int sideSign(int side)
{
    return side == 0 ? 1 : -1;
}

struct Limb
{
    int root, middle, end;
};

constexpr std::array<Limb, 2> kLegs
    = {{{t2m::LeftHip, t2m::LeftKnee, t2m::LeftAnkle}, {t2m::RightHip, t2m::RightKnee, t2m::RightAnkle}}};
constexpr std::array<Limb, 2> kArms
    = {{{t2m::LeftShoulder, t2m::LeftElbow, t2m::LeftWrist}, {t2m::RightShoulder, t2m::RightElbow, t2m::RightWrist}}};
constexpr std::array<int, 2> kFeet = {t2m::LeftFoot, t2m::RightFoot};

struct Body
{
    std::array<double, t2m::kJointCount> length{};
    std::array<dvec3, t2m::kJointCount> direction{}; // neutral trunk bone directions, body frame
    std::array<dvec3, 2> shoulder{};                 // shoulders relative to spine3, chest frame
    std::array<double, 2> ankleHeight{};
    double standingPelvis = 0.0;
};

dvec3 neutralAnkle(int side)
{
    return {sideSign(side) * kStanceWidth, 0.0, kStanceBack};
}

// The pelvis height at which the more demanding leg of the neutral stance is bent kStandKneeFlex.
double standingPelvisHeight(const Body &b)
{
    double height = kInf;
    for (int side = 0; side < 2; ++side) {
        const Limb &leg = kLegs[std::size_t(side)];
        const dvec3 hip = b.direction[std::size_t(leg.root)] * b.length[std::size_t(leg.root)];
        const dvec3 ankle = neutralAnkle(side);
        const double r = reach(b.length[std::size_t(leg.middle)], b.length[std::size_t(leg.end)], kStandKneeFlex);
        const double dx = hip.x - ankle.x, dz = hip.z - ankle.z;
        height = std::min(height, b.ankleHeight[std::size_t(side)] + std::sqrt(r * r - dx * dx - dz * dz) - hip.y);
    }
    return height;
}

Body makeBody()
{
    Body b;
    const Skeleton skeleton = t2m::skeleton();
    for (int j = 0; j < t2m::kJointCount; ++j)
        b.length[std::size_t(j)] = glm::length(dvec3(skeleton.joint(j).offset));
    const auto set = [&b](int joint, dvec3 d) { b.direction[std::size_t(joint)] = glm::normalize(d); };
    set(t2m::LeftHip, {0.62, -0.76, -0.12});
    set(t2m::RightHip, {-0.62, -0.76, -0.12});
    set(t2m::Spine1, {0.0, 0.96, -0.26});
    set(t2m::Spine2, {0.0, 0.98, 0.18});
    set(t2m::Spine3, {0.0, 1.0, 0.04});
    set(t2m::Neck, {0.0, 0.99, -0.12});
    set(t2m::Head, {0.0, 0.87, 0.49});
    set(t2m::LeftCollar, {0.52, 0.84, -0.12});
    set(t2m::RightCollar, {-0.52, 0.84, -0.12});
    set(t2m::LeftShoulder, {0.94, 0.32, -0.1});
    set(t2m::RightShoulder, {-0.94, 0.32, -0.1});
    for (int side = 0; side < 2; ++side) {
        const int collar = side == 0 ? t2m::LeftCollar : t2m::RightCollar;
        const int shoulder = kArms[std::size_t(side)].root;
        b.shoulder[std::size_t(side)] = b.direction[std::size_t(collar)] * b.length[std::size_t(collar)]
                                        + b.direction[std::size_t(shoulder)] * b.length[std::size_t(shoulder)];
        b.ankleHeight[std::size_t(side)]
            = kToeHeight + b.length[std::size_t(kFeet[std::size_t(side)])] * std::sin(kFootPitch);
    }
    b.standingPelvis = standingPelvisHeight(b);
    return b;
}

const Body &body()
{
    static const Body b = makeBody();
    return b;
}

double boneLength(int joint)
{
    return body().length[std::size_t(joint)];
}

// ---------------------------------------------------------------------------------------------
// A pose as the actions describe it, and the solver that turns it into joint positions.

/// An arm in the chest frame: the shoulder → wrist direction (flexion forward and abduction
/// outward from hanging), the elbow flexion (which sets the reach), and a swivel of the elbow
/// about the shoulder → wrist line. Blending these rotates arms instead of moving hands in
/// straight lines through the body.
struct ArmPose
{
    double flex = 0.06;
    double abd = 0.12;
    double elbow = 0.2;
    double swivel = 0.0;
};

ArmPose lerp(const ArmPose &a, const ArmPose &b, double w)
{
    return {lerp(a.flex, b.flex, w), lerp(a.abd, b.abd, w), lerp(a.elbow, b.elbow, w), lerp(a.swivel, b.swivel, w)};
}

struct FootPose
{
    dvec3 ankle{0.0};
    dvec3 toe{0.0, 0.0, 1.0};
    double kneeYaw = 0.0; // heading of the knee's hinge: the knee points that way
};

struct Torso
{
    double pitch = 0.0; // pelvis tilt forward
    double roll = 0.0;
    double yaw = 0.0;   // pelvis rotation relative to the heading
    double lean = 0.0;  // spine bend forward, spread over spine1..spine3
    double bend = 0.0;  // spine bend sideways (positive towards the right)
    double twist = 0.0; // chest rotation relative to the pelvis
    double head = 0.0;  // head pitch forward
};

struct PoseInput
{
    dvec3 pelvis{0.0};
    double heading = 0.0; // facing (sin h, 0, cos h)
    Torso torso;
    std::array<FootPose, 2> feet;
    std::array<ArmPose, 2> arms;
};

// rest + (a - rest) + (b - rest), field by field: two actions that overlap while each eases
// out of or into the same rest pose add their departures from it, so the sum is continuous with
// either on its own and no faster than the two together.
PoseInput superpose(const PoseInput &a, const PoseInput &b, const PoseInput &rest)
{
    const auto add = [](const auto &x, const auto &y, const auto &r) { return x + y - r; };
    PoseInput p;
    p.pelvis = add(a.pelvis, b.pelvis, rest.pelvis);
    p.heading = add(a.heading, b.heading, rest.heading);
    double Torso::*torso[]
        = {&Torso::pitch, &Torso::roll, &Torso::yaw, &Torso::lean, &Torso::bend, &Torso::twist, &Torso::head};
    for (double Torso::*f : torso)
        p.torso.*f = add(a.torso.*f, b.torso.*f, rest.torso.*f);
    double ArmPose::*arm[] = {&ArmPose::flex, &ArmPose::abd, &ArmPose::elbow, &ArmPose::swivel};
    for (std::size_t s = 0; s < 2; ++s) {
        const FootPose &fa = a.feet[s], &fb = b.feet[s], &fr = rest.feet[s];
        p.feet[s]
            = {add(fa.ankle, fb.ankle, fr.ankle), add(fa.toe, fb.toe, fr.toe), add(fa.kneeYaw, fb.kneeYaw, fr.kneeYaw)};
        for (double ArmPose::*f : arm)
            p.arms[s].*f = add(a.arms[s].*f, b.arms[s].*f, rest.arms[s].*f);
    }
    return p;
}

dmat3 pelvisRotation(const PoseInput &p)
{
    return rotY(p.heading + p.torso.yaw) * rotX(p.torso.pitch) * rotZ(p.torso.roll);
}

dmat3 spineRotation(const PoseInput &p, double fraction)
{
    const Torso &t = p.torso;
    return pelvisRotation(p) * rotY(t.twist * fraction) * rotX(t.lean * fraction) * rotZ(t.bend * fraction);
}

// The reference elbow direction: back, down and out, the way elbows point when arms hang or swing.
dvec3 elbowReference(int side, const dvec3 &u)
{
    return perpendicular(dvec3(sideSign(side) * 0.25, -0.55, -0.8), u);
}

struct ArmGeometry
{
    dvec3 direction; // shoulder → wrist, chest frame
    double distance;
    dvec3 bend; // where the elbow goes, chest frame
};

// The shoulder's adduction limit: a hand below the chest stays beside the trunk, while in front
// of the chest it may cross the midline (clapping, a guard). Superposed actions can otherwise add
// up to a hand inside the body.
double leastAbduction(double flex)
{
    return lerp(0.05, -1.7, smoothstep((flex - 0.2) / 0.6));
}

ArmGeometry armGeometry(int side, const ArmPose &a)
{
    const int s = sideSign(side);
    const double abd = std::max(a.abd, leastAbduction(a.flex));
    const dvec3 u = rotZ(s * abd) * rotX(-a.flex) * dvec3(0, -1, 0);
    const Limb &arm = kArms[std::size_t(side)];
    const double d = reach(boneLength(arm.middle), boneLength(arm.end), std::clamp(a.elbow, 0.0, kMaxFlex));
    return {u, d, rotateAbout(elbowReference(side, u), u, s * a.swivel)};
}

/// The arm pose that puts the wrist at `target` (chest frame, relative to the shoulder) with the
/// elbow towards `pole`.
ArmPose armPoseFromTarget(int side, const dvec3 &target, const dvec3 &pole)
{
    const int s = sideSign(side);
    const Limb &arm = kArms[std::size_t(side)];
    const double d = glm::length(target);
    const dvec3 u = target / d;
    ArmPose a;
    a.elbow = flexForReach(boneLength(arm.middle), boneLength(arm.end), d);
    a.flex = std::asin(std::clamp(u.z, -1.0, 1.0));
    a.abd = std::atan2(s * u.x, -u.y);
    const dvec3 b0 = elbowReference(side, u), b = perpendicular(pole, u);
    a.swivel = s * std::atan2(glm::dot(glm::cross(b0, b), u), glm::dot(b0, b));
    return a;
}

using Joints = std::array<dvec3, t2m::kJointCount>;

void solveTrunk(const PoseInput &p, Joints &j)
{
    const Body &b = body();
    const auto bone = [&b, &j](int joint, int parent, const dmat3 &r) {
        j[std::size_t(joint)]
            = j[std::size_t(parent)] + r * b.direction[std::size_t(joint)] * b.length[std::size_t(joint)];
    };
    const dmat3 pelvis = pelvisRotation(p), chest = spineRotation(p, 1.0);
    j[t2m::Pelvis] = p.pelvis;
    bone(t2m::LeftHip, t2m::Pelvis, pelvis);
    bone(t2m::RightHip, t2m::Pelvis, pelvis);
    bone(t2m::Spine1, t2m::Pelvis, spineRotation(p, 1.0 / 3.0));
    bone(t2m::Spine2, t2m::Spine1, spineRotation(p, 2.0 / 3.0));
    bone(t2m::Spine3, t2m::Spine2, chest);
    bone(t2m::Neck, t2m::Spine3, chest);
    bone(t2m::Head, t2m::Neck, chest * rotX(p.torso.head));
    bone(t2m::LeftCollar, t2m::Spine3, chest);
    bone(t2m::RightCollar, t2m::Spine3, chest);
    bone(t2m::LeftShoulder, t2m::LeftCollar, chest);
    bone(t2m::RightShoulder, t2m::RightCollar, chest);
}

void solveArm(const PoseInput &p, int side, Joints &j)
{
    const Limb &arm = kArms[std::size_t(side)];
    const dmat3 chest = spineRotation(p, 1.0);
    const ArmGeometry g = armGeometry(side, p.arms[std::size_t(side)]);
    const dvec3 shoulder = j[std::size_t(arm.root)];
    const dvec3 target = shoulder + chest * g.direction * g.distance;
    const dvec3 elbow = middleJoint(shoulder, target, boneLength(arm.middle), boneLength(arm.end), chest * g.bend);
    j[std::size_t(arm.middle)] = elbow;
    j[std::size_t(arm.end)] = elbow + boneLength(arm.end) * glm::normalize(target - elbow);
}

void solveLeg(const PoseInput &p, int side, Joints &j)
{
    const Limb &leg = kLegs[std::size_t(side)];
    const FootPose &f = p.feet[std::size_t(side)];
    const dvec3 hip = j[std::size_t(leg.root)];
    // The hinge axis is the body's left; bending about it keeps the knee in front of the leg.
    const dvec3 hinge = rotY(f.kneeYaw) * dvec3(1, 0, 0);
    const dvec3 u = glm::normalize(f.ankle - hip);
    const dvec3 knee = middleJoint(hip, f.ankle, boneLength(leg.middle), boneLength(leg.end), glm::cross(u, hinge));
    const dvec3 ankle = knee + boneLength(leg.end) * glm::normalize(f.ankle - knee);
    const int foot = kFeet[std::size_t(side)];
    j[std::size_t(leg.middle)] = knee;
    j[std::size_t(leg.end)] = ankle;
    j[std::size_t(foot)] = ankle + boneLength(foot) * glm::normalize(f.toe - ankle);
}

// Lowers the pelvis where a leg could not otherwise reach its ankle target, so planted feet stay
// exactly where they were put instead of being dragged by a stretched leg.
void fitPelvisHeight(PoseInput &p)
{
    const dmat3 r = pelvisRotation(p);
    for (int side = 0; side < 2; ++side) {
        const Limb &leg = kLegs[std::size_t(side)];
        const dvec3 hip = r * body().direction[std::size_t(leg.root)] * boneLength(leg.root);
        const dvec3 &ankle = p.feet[std::size_t(side)].ankle;
        const double limit = reach(boneLength(leg.middle), boneLength(leg.end), kMinKneeFlex);
        const dvec2 horizontal(p.pelvis.x + hip.x - ankle.x, p.pelvis.z + hip.z - ankle.z);
        const double vertical = std::sqrt(std::max(limit * limit - glm::dot(horizontal, horizontal), 0.0));
        p.pelvis.y = smin(p.pelvis.y, ankle.y - hip.y + vertical, 0.015);
    }
}

Joints solvePose(PoseInput p)
{
    fitPelvisHeight(p);
    Joints j{};
    solveTrunk(p, j);
    for (int side = 0; side < 2; ++side) {
        solveArm(p, side, j);
        solveLeg(p, side, j);
    }
    return j;
}

// ---------------------------------------------------------------------------------------------
// Where the person stands, and the style that varies between clips.

struct Root
{
    dvec2 position{0.0}; // (x, z) on the floor
    double heading = 0.0;
};

/// A point given in the root's frame (x left, z forward; y is the height) in world space.
dvec3 place(const Root &r, const dvec3 &local)
{
    const double c = std::cos(r.heading), s = std::sin(r.heading);
    return {r.position.x + local.x * c + local.z * s, local.y, r.position.y - local.x * s + local.z * c};
}

Root advanced(const Root &r, double forward)
{
    return {r.position + forward * dvec2(std::sin(r.heading), std::cos(r.heading)), r.heading};
}

struct Style
{
    double speed = 1.0;    // gait speed scale
    double cadence = 1.0;  // gait step-rate scale (with speed, sets the stride)
    double armSwing = 1.0; // arm swing amplitude scale
    double elbow = 0.0;    // extra elbow flexion
    double lean = 0.0;     // extra forward lean
    double width = 1.0;    // gait stance width scale
    double bob = 1.0;      // pelvis bob scale
    double depth = 1.0;    // squat / crouch depth scale
    double tempo = 1.0;    // duration scale of upper-body actions
    double jump = 0.6;     // forward jump distance
    ArmPose arm;           // the arms at rest
};

Style drawStyle(Rng &rng)
{
    Style s;
    s.speed = rng.uniform(0.94, 1.06);
    s.cadence = rng.uniform(0.96, 1.04);
    s.armSwing = rng.uniform(0.75, 1.25);
    s.elbow = rng.uniform(-0.08, 0.15);
    s.lean = rng.uniform(-0.02, 0.04);
    s.width = rng.uniform(0.9, 1.15);
    s.bob = rng.uniform(0.8, 1.2);
    s.depth = rng.uniform(0.9, 1.1);
    s.tempo = rng.uniform(0.9, 1.12);
    s.jump = rng.uniform(0.45, 0.75);
    s.arm = {rng.uniform(0.0, 0.1), rng.uniform(0.08, 0.16), rng.uniform(0.12, 0.3), 0.0};
    return s;
}

FootPose plantedFoot(const Root &r, int side)
{
    const int s = sideSign(side);
    FootPose f;
    f.ankle = place(r, neutralAnkle(side) + dvec3(0, body().ankleHeight[std::size_t(side)], 0));
    f.toe = f.ankle + boneLength(kFeet[std::size_t(side)]) * footDirection(r.heading + s * kToeOut, kFootPitch);
    f.kneeYaw = r.heading + s * kToeOut * 0.5;
    return f;
}

/// Standing at ease: where every action starts and ends, so actions compose.
PoseInput standing(const Root &r, const Style &style)
{
    PoseInput p;
    p.pelvis = place(r, {0.0, body().standingPelvis, 0.0});
    p.heading = r.heading;
    for (int side = 0; side < 2; ++side) {
        p.feet[std::size_t(side)] = plantedFoot(r, side);
        p.arms[std::size_t(side)] = style.arm;
    }
    return p;
}

/// One or more actions as a function of time that starts and ends standing at ease.
struct Block
{
    double duration = 0.0;
    std::function<PoseInput(double)> pose;
    Root end;
    std::vector<double> starts; // local start time of each of its actions
};

dvec3 horizontalOffset(double heading, double lateral, double forward)
{
    return place(Root{dvec2(0.0), heading}, {lateral, 0.0, forward});
}

/// The foot of `planted` raised onto its ball: the foot joint stays, the heel rises by `delta`.
FootPose onBall(const FootPose &planted, int side, double yaw, double delta)
{
    FootPose f = planted;
    f.ankle = planted.toe - boneLength(kFeet[std::size_t(side)]) * footDirection(yaw, kFootPitch + delta);
    return f;
}

Block stationary(const Root &r, double duration, std::function<PoseInput(double)> pose)
{
    Block b;
    b.duration = duration;
    b.pose = std::move(pose);
    b.end = r;
    b.starts = {0.0};
    return b;
}

// ---------------------------------------------------------------------------------------------
// Actions in place. Each ramps out of and back into standing(), over at least kBlend seconds at
// either end with the feet planted, so neighbouring actions can overlap there.

Block idleBlock(const Root &r, const Style &style, double seconds, Rng &rng)
{
    const double breathPeriod = rng.uniform(3.2, 4.2), swayPeriod = rng.uniform(5.0, 7.0);
    const double breathPhase = rng.uniform(0.0, 2.0 * kPi), swayPhase = rng.uniform(0.0, 2.0 * kPi);
    return stationary(r, seconds, [=](double t) {
        PoseInput p = standing(r, style);
        const double e = envelope(t, seconds, 0.6);
        const double breath = std::sin(2.0 * kPi * t / breathPeriod + breathPhase);
        const double sway = std::sin(2.0 * kPi * t / swayPeriod + swayPhase);
        p.pelvis += horizontalOffset(r.heading, 0.015 * e * sway, 0.0);
        p.torso.roll = 0.01 * e * sway;
        p.torso.lean = -0.015 * e * breath; // the chest rises as the person breathes in
        p.torso.head = 0.03 * e * std::sin(2.0 * kPi * t / (1.7 * swayPeriod));
        for (ArmPose &arm : p.arms)
            arm.abd += 0.015 * e * (breath + 1.0);
        return p;
    });
}

// Raises an arm pose out of rest, holds whatever `active` gives, then lowers it back.
ArmPose raisedArm(const ArmPose &rest, double t, double raise, double active, double lower,
                  const std::function<ArmPose(double)> &pose)
{
    if (t < raise)
        return lerp(rest, pose(0.0), smoothstep(t / raise));
    if (t < raise + active)
        return pose(t - raise);
    return lerp(pose(active), rest, smoothstep((t - raise - active) / lower));
}

Block waveBlock(const Root &r, const Style &style, int side, int swings)
{
    const double raise = 0.6 * style.tempo, cycle = 0.5 * style.tempo, lower = 0.6 * style.tempo;
    const double active = swings * cycle, duration = raise + active + lower;
    const int s = sideSign(side);
    // The hand above the shoulder swings side to side while the elbow stays low and out.
    const auto waving = [side, s, cycle](double t) {
        const double swing = std::sin(2.0 * kPi * t / cycle);
        const dvec3 target(s * (0.17 + 0.11 * swing), 0.33 - 0.03 * swing * swing, 0.12);
        return armPoseFromTarget(side, target, dvec3(s * 0.6, -1.0, -0.2));
    };
    return stationary(r, duration, [=](double t) {
        PoseInput p = standing(r, style);
        p.arms[std::size_t(side)] = raisedArm(style.arm, t, raise, active, lower, waving);
        p.torso.bend = s * 0.05 * envelope(t, duration, raise);
        return p;
    });
}

Block clapBlock(const Root &r, const Style &style, int claps)
{
    const double raise = 0.5 * style.tempo, cycle = 0.45 * style.tempo, lower = 0.5 * style.tempo;
    const double active = claps * cycle, duration = raise + active + lower;
    const auto clapping = [cycle](int side, double t) {
        const int s = sideSign(side);
        const double open = 0.5 + 0.5 * std::cos(2.0 * kPi * t / cycle);
        const double gap = 0.06 + 0.3 * open; // wrists 6 cm apart when the palms meet
        const dvec3 target = dvec3(s * gap * 0.5, 0.02, 0.32) - body().shoulder[std::size_t(side)];
        return armPoseFromTarget(side, target, dvec3(s * 0.8, -1.0, -0.3));
    };
    return stationary(r, duration, [=](double t) {
        PoseInput p = standing(r, style);
        for (int side = 0; side < 2; ++side)
            p.arms[std::size_t(side)]
                = raisedArm(style.arm, t, raise, active, lower, [&](double u) { return clapping(side, u); });
        p.torso.head = 0.1 * envelope(t, duration, raise);
        return p;
    });
}

Block raiseBlock(const Root &r, const Style &style, Side which, bool overhead, int repetitions)
{
    const double up = 0.7 * style.tempo, hold = 0.8 * style.tempo, down = 0.7 * style.tempo, gap = 0.2;
    const double period = up + hold + down + gap, duration = repetitions * period - gap;
    const ArmPose raised = overhead ? ArmPose{2.85, -0.15, 0.12, 0.0} : ArmPose{1.5, 0.05, 0.1, 0.0};
    return stationary(r, duration, [=](double t) {
        const double u = std::fmod(t, period);
        const double c = u < up ? smoothstep(u / up) : u < up + hold ? 1.0 : 1.0 - smoothstep((u - up - hold) / down);
        PoseInput p = standing(r, style);
        for (int side = 0; side < 2; ++side) {
            if (which == Side::Both || int(which) == side)
                p.arms[std::size_t(side)] = lerp(style.arm, raised, c);
        }
        p.torso.lean = (overhead ? -0.05 : -0.02) * c;
        return p;
    });
}

// Fists up in front of the chin, elbows down: the guard of punches and of a kicking stance.
// `toward` turns the guard about the chest's vertical axis (radians, + to the left): from a
// side-on stance the fists face the opponent, not the chest's front.
ArmPose guardArm(int side, double toward = 0.0)
{
    const dvec3 shoulder = body().shoulder[std::size_t(side)];
    const dvec3 fist = shoulder + dvec3(-sideSign(side) * 0.114, 0.0, 0.22);
    const dvec3 pole(sideSign(side) * 0.3, -1.0, 0.0);
    const dmat3 turn = rotY(toward);
    return armPoseFromTarget(side, turn * fist - shoulder, turn * pole);
}

Block punchBlock(const Root &r, const Style &style, Side which, int punches)
{
    const double raise = 0.45 * style.tempo, cycle = 0.55 * style.tempo, lower = 0.45 * style.tempo;
    const double active = punches * cycle, duration = raise + active + lower;
    // From the guard (guardArm), a punch straightens the arm at shoulder height.
    const auto guard = [](int side) { return guardArm(side); };
    const auto strike = [](int side) {
        return armPoseFromTarget(side, dvec3(-sideSign(side) * 0.1, -0.03, 0.5),
                                 dvec3(sideSign(side) * 0.3, -1.0, 0.0));
    };
    const auto puncher = [which](int k) {
        if (which == Side::Left || which == Side::Right)
            return int(which);
        return k % 2 == 0 ? 1 : 0; // alternating, right first
    };
    const auto extension = [cycle](double u) {
        const double s = u / cycle;
        return s < 0.3 ? smoothstep(s / 0.3) : s < 0.4 ? 1.0 : 1.0 - smoothstep((s - 0.4) / 0.6);
    };
    return stationary(r, duration, [=](double t) {
        PoseInput p = standing(r, style);
        const double e = envelope(t, duration, raise);
        const int k = std::clamp(int((t - raise) / cycle), 0, punches - 1);
        const bool punching = t >= raise && t < raise + active;
        const double x = punching ? extension(t - raise - k * cycle) : 0.0;
        for (int side = 0; side < 2; ++side) {
            const bool hits = punching && puncher(k) == side;
            const auto pose = [&](double) { return hits ? lerp(guard(side), strike(side), x) : guard(side); };
            p.arms[std::size_t(side)] = raisedArm(style.arm, t, raise, active, lower, pose);
        }
        const double turn = punching ? (puncher(k) == 1 ? 1.0 : -1.0) * x : 0.0; // the punching shoulder leads
        p.torso.twist = 0.3 * turn;
        p.torso.yaw = 0.08 * turn;
        p.torso.lean = 0.08 * e;
        p.pelvis.y -= 0.03 * e;
        return p;
    });
}

struct FootKey
{
    dvec3 ankle;      // root frame, y = height
    double down;      // foot bone pitch below the horizontal
    double yaw = 0.0; // the toes turned from the standing foot's, to the left (the knee follows)
};

FootPose footAtKey(const Root &r, int side, const FootKey &k)
{
    FootPose f = plantedFoot(r, side);
    f.ankle = place(r, k.ankle);
    f.toe
        = f.ankle
          + boneLength(kFeet[std::size_t(side)]) * footDirection(r.heading + sideSign(side) * kToeOut + k.yaw, k.down);
    f.kneeYaw += k.yaw;
    return f;
}

FootKey mixKeys(const FootKey &a, const FootKey &b, double horizontal, double vertical)
{
    return {{lerp(a.ankle.x, b.ankle.x, horizontal), lerp(a.ankle.y, b.ankle.y, vertical),
             lerp(a.ankle.z, b.ankle.z, horizontal)},
            lerp(a.down, b.down, vertical),
            lerp(a.yaw, b.yaw, horizontal)};
}

// How one kick action looks: captured kicks range from knee-high snaps from standing to
// head-high kicks from a fighting stance with pauses in between.
struct KickStyle
{
    double height = 0.62;  // the extended ankle's height (m)
    double reach = 0.74;   // and how far in front of the pelvis
    bool stance = false;   // the other foot forward, the kicking foot back, side-on, guard up
    double sideOn = 1.1;   // how far the hips turn away from the kick in the stance (radians)
    double gap = 0.0;      // seconds between kicks (in the stance, rocking)
    bool turning = false;  // from the stance: each kick turns the body a full circle on the front foot
    double ready = 0.0;    // seconds in the stance, guard up, before the first kick
    double rock = 0.012;   // how far the pelvis bobs while waiting in the stance (m)
    bool inStance = false; // a first action that begins already in the stance (a take cut from a longer one)
};

KickStyle drawKickStyle(Rng &rng)
{
    KickStyle k;
    k.height = rng.uniform(0.55, 1.0);
    // within the leg's reach from the hip (~0.85 m up), so the knee still bends a little
    k.reach = std::min(rng.uniform(0.62, 0.85), std::sqrt(0.76 * 0.76 - std::pow(k.height - 0.85, 2.0)));
    k.stance = rng.chance(0.5);
    k.gap = k.stance ? rng.uniform(0.3, 2.5) : rng.uniform(0.0, 0.3);
    k.turning = k.stance && rng.chance(0.4);
    // Captured kicks often wait in the stance first, some still, some bobbing, and a take may
    // begin there: the Bandai-Namco kick holds its guard for 1.4 s before the first kick.
    k.ready = k.stance && rng.chance(0.6) ? rng.uniform(0.3, 2.0) : 0.0;
    k.rock = rng.uniform(0.0, 0.015);
    k.inStance = k.stance && rng.chance(0.7);
    // Measured on the Bandai-Namco kick: the feet 0.53 m apart on a line 76° off the hips.
    k.sideOn = rng.uniform(0.9, 1.35);
    return k;
}

// A foot moving between two keys as a step: it rises first, moves, and lands after it stopped.
FootKey stepKey(const FootKey &from, const FootKey &to, double w, double lift)
{
    FootKey k = mixKeys(from, to, smoothstep(std::clamp((w - 0.2) / 0.6, 0.0, 1.0)), smoothstep(w));
    k.ankle.y += lift * std::sin(kPi * std::clamp(w, 0.0, 1.0));
    return k;
}

// The kicking foot over one kick from `rest`: lift the knee (foot rises before it moves
// forward), snap the shin out, pull it back, and put the foot down where it was (moving forward
// before it lands).
FootKey kickKey(int side, double u, const FootKey &rest, const KickStyle &style)
{
    const int s = sideSign(side);
    const FootKey chamber{{s * 0.09, 0.45 + 0.4 * (style.height - 0.62), 0.2}, 1.0};
    const FootKey extended{{s * 0.07, style.height, style.reach}, 0.25};
    if (u < 0.3) {
        const double w = smoothstep(u / 0.3);
        return mixKeys(rest, chamber, w * w, w);
    }
    if (u < 0.45)
        return mixKeys(chamber, extended, smoothstep((u - 0.3) / 0.15), smoothstep((u - 0.3) / 0.15));
    if (u < 0.65)
        return mixKeys(extended, chamber, smoothstep((u - 0.45) / 0.2), smoothstep((u - 0.45) / 0.2));
    const double w = smoothstep((u - 0.65) / 0.3);
    return mixKeys(chamber, rest, 1.0 - (1.0 - w) * (1.0 - w), w);
}

// `first`: the clip's first action, which may begin already in the stance (k.inStance).
Block kickBlock(const Root &r, const Style &style, int side, int kicks, const KickStyle &k, bool first)
{
    const int s = sideSign(side), other = 1 - side;
    const bool begun = first && k.inStance;
    const double shift = begun ? 0.0 : k.stance ? 0.9 : 0.45, settle = k.stance ? 0.9 : 0.45;
    // Higher kicks take a little longer; a turning kick longer still (the turn ends after it).
    const double kick = (0.95 + 0.3 * (k.height - 0.62)) * (k.turning ? 1.35 : 1.0);
    const double active = kicks * kick + (kicks - 1) * k.gap;
    const double ready = k.stance ? k.ready : 0.0;
    const double duration = shift + ready + active + settle;
    const auto planted = [](int foot) {
        return FootKey{neutralAnkle(foot) + dvec3(0, body().ankleHeight[std::size_t(foot)], 0), kFootPitch};
    };
    // Side-on, the feet almost on one line along the kick, the front toes turned in a little
    // and the rear ones across it.
    FootKey front = planted(other), rear = planted(side);
    if (k.stance) {
        front.ankle += dvec3(-sideSign(other) * 0.05, 0.0, 0.29);
        rear.ankle += dvec3(-sideSign(side) * 0.02, 0.0, -0.2);
        front.yaw = s * 0.6 * k.sideOn;
        rear.yaw = s * 0.95 * k.sideOn;
    }
    return stationary(r, duration, [=](double t) {
        const double u = t - shift - ready;
        const double period = kick + k.gap;
        const int index = std::clamp(int(u / period), 0, kicks - 1);
        const double v = u - index * period; // time into this kick
        const bool kicking = u > 0.0 && u < active && v < kick;
        const double vk = k.turning ? v * 0.95 / kick : v; // the leg's time in the plain kick's timing
        // A turning kick: the body turns a full circle towards the standing side on the ball of
        // the front foot, slowly while the leg kicks and fast as it recoils (captured turning
        // kicks peak a fifth of the way round); the heel is up while it turns.
        Root root = r;
        double heel = 0.0;
        if (k.turning && kicking) {
            const double q = std::clamp((v - 0.2) / (kick - 0.4), 0.0, 1.0); // heel up first, down after
            const double turn = -s * 2.0 * kPi * smoothstep(q) * smoothstep(q);
            const dvec3 ball = footAtKey(r, other, front).toe;
            const double c = std::cos(turn), sn = std::sin(turn);
            const dvec2 offset = r.position - dvec2(ball.x, ball.z);
            root.position = dvec2(ball.x, ball.z) + dvec2(offset.x * c + offset.y * sn, -offset.x * sn + offset.y * c);
            root.heading = r.heading + turn;
            heel = smoothstep(std::min(v / 0.2, (kick - v) / 0.2)) * 0.55;
        }
        PoseInput p = standing(root, style);
        const double in = shift > 0.0 ? t / shift : 1.0; // into the stance (done at once when begun in it)
        const double w = smoothstep(in) * smoothstep((duration - t) / settle); // into the stance and out
        // Into the stance: the front foot steps first, then the kicking foot back; out of it in
        // the reverse order. Without a stance the feet stay where they are.
        if (k.stance) {
            const double out = (duration - t) / settle;
            const double frontStep = std::min(std::clamp(in * 2.0, 0.0, 1.0), std::clamp(out * 2.0 - 1.0, 0.0, 1.0));
            const double rearStep = std::min(std::clamp(in * 2.0 - 1.0, 0.0, 1.0), std::clamp(out * 2.0, 0.0, 1.0));
            p.feet[std::size_t(other)] = footAtKey(root, other, stepKey(planted(other), front, frontStep, 0.07));
            p.feet[std::size_t(side)] = footAtKey(root, side, stepKey(planted(side), rear, rearStep, 0.07));
            if (heel > 0.0)
                p.feet[std::size_t(other)] = onBall(p.feet[std::size_t(other)], other,
                                                    root.heading + sideSign(other) * kToeOut + front.yaw, heel);
        }
        // (A turning kick's leg keeps the plain kick's timing stretched over its longer period, so
        // the foot is down only once the turn is done.)
        if (kicking)
            p.feet[std::size_t(side)] = footAtKey(root, side, kickKey(side, vk, rear, k));
        const double out = kicking ? smoothstep(1.0 - std::abs(vk - 0.45) / 0.3) : 0.0;
        const double high = std::max(0.0, k.height - 0.62);
        if (k.stance) {
            // Weight between the feet, knees bent, the hips and shoulders turned side-on (squaring
            // up as the rear leg kicks through); it rocks between kicks.
            const double rock = kicking ? 0.0 : k.rock * std::sin(2.0 * kPi * u / 0.9);
            p.pelvis += horizontalOffset(root.heading, s * 0.015 * w, 0.045 * w);
            p.pelvis.y -= (0.045 + rock) * w;
            p.heading += s * k.sideOn * w * (1.0 - 0.6 * out);
            // The fists turned half way back to the kick: as measured on the captured kick, the
            // lead hand reaches out towards it at shoulder height.
            const double toward = -s * 0.5 * k.sideOn * (1.0 - 0.6 * out);
            p.arms[0] = lerp(style.arm, guardArm(0, toward), w);
            p.arms[1] = lerp(style.arm, guardArm(1, toward), w);
        } else {
            p.pelvis += horizontalOffset(r.heading, -s * 0.07 * w, 0.0);
            p.pelvis.y -= 0.03 * w;
            p.torso.lean = -0.05 * w;
            p.torso.bend = s * 0.04 * w;
            p.arms[std::size_t(side)] = lerp(style.arm, ArmPose{-0.2, 0.55, 0.5, 0.0}, w);
            p.arms[std::size_t(other)] = lerp(style.arm, ArmPose{0.55, 0.3, 0.6, 0.0}, w);
        }
        p.torso.pitch = -0.06 * w - (0.08 + 0.35 * high) * out; // lean back against the kick
        return p;
    });
}

Block squatBlock(const Root &r, const Style &style, int squats)
{
    const double down = 0.9 * style.tempo, hold = 0.3, up = 0.9 * style.tempo, gap = 0.15;
    const double period = down + hold + up + gap, duration = squats * period - gap;
    const double depth = 0.4 * style.depth;
    const ArmPose forward{1.45, 0.08, 0.15, 0.0}; // arms out in front for balance
    return stationary(r, duration, [=](double t) {
        const double u = std::fmod(t, period);
        const double c = u < down          ? smoothstep(u / down)
                         : u < down + hold ? 1.0
                                           : 1.0 - smoothstep((u - down - hold) / up);
        PoseInput p = standing(r, style);
        // Hips go down and back, the trunk leans forward over the feet.
        p.pelvis = place(r, {0.0, body().standingPelvis - depth * c, -0.15 * c});
        p.torso.pitch = 0.5 * c;
        p.torso.lean = 0.22 * c;
        p.torso.head = -0.45 * c;
        for (ArmPose &arm : p.arms)
            arm = lerp(style.arm, forward, c);
        return p;
    });
}

// Sitting onto an invisible chair: at s = 0 standing, at s = 1 seated with the thighs level.
PoseInput sittingPose(const Root &r, const Style &style, double s)
{
    const double bell = std::sin(kPi * clamp01(s)); // lean forward while the weight moves
    const double back = smoothstep(s / 0.75), down = smoothstep((s - 0.15) / 0.85), seated = smoothstep(s);
    PoseInput p = standing(r, style);
    p.pelvis = place(r, {0.0, lerp(body().standingPelvis, 0.56, down), -0.37 * back});
    p.torso.pitch = 0.35 * bell - 0.05 * seated;
    p.torso.lean = 0.4 * bell + 0.03 * seated;
    p.torso.head = -0.3 * bell;
    for (int side = 0; side < 2; ++side) {
        const int sign = sideSign(side);
        // Hands come to rest on the thighs.
        const ArmPose onThighs = armPoseFromTarget(side, dvec3(-sign * 0.1, -0.44, 0.2), dvec3(sign * 0.3, -0.2, -1.0));
        const ArmPose base = lerp(style.arm, onThighs, seated);
        p.arms[std::size_t(side)] = lerp(base, ArmPose{0.9, 0.1, 0.35, 0.0}, 0.6 * bell);
    }
    return p;
}

Block sitBlock(const Root &r, const Style &style, double seconds, bool standUp)
{
    const double down = 1.4 * style.tempo, up = 1.4 * style.tempo;
    const double duration = down + seconds + (standUp ? up : 0.0);
    return stationary(r, duration, [=](double t) {
        if (t < down)
            return sittingPose(r, style, t / down);
        if (t < down + seconds)
            return sittingPose(r, style, 1.0);
        return sittingPose(r, style, 1.0 - (t - down - seconds) / up);
    });
}

// ---------------------------------------------------------------------------------------------
// Jumps: crouch, push off onto the toes, fly ballistically, land on the balls of the feet, absorb.

struct JumpTiming
{
    double crouch = 0.45, push = 0.15, flight = 0.38, land = 0.3, recover = 0.45;
    double total() const { return crouch + push + flight + land + recover; }
};

double jumpHeight(const JumpTiming &j, double depth, double t)
{
    const double h0 = body().standingPelvis, low = h0 - depth, takeOff = h0 + 0.05;
    const double v = kGravity * j.flight * 0.5; // lands at take-off height after `flight` seconds
    if (t < j.crouch)
        return hermite(h0, low, 0.0, 0.0, j.crouch, t / j.crouch);
    t -= j.crouch;
    if (t < j.push)
        return hermite(low, takeOff, 0.0, v, j.push, t / j.push);
    t -= j.push;
    if (t < j.flight)
        return takeOff + v * t - 0.5 * kGravity * t * t;
    t -= j.flight;
    if (t < j.land)
        return hermite(takeOff, h0 - 0.8 * depth, -v, 0.0, j.land, t / j.land);
    t -= j.land;
    return hermite(h0 - 0.8 * depth, h0, 0.0, 0.0, j.recover, t / j.recover);
}

// Fraction of the jump distance covered: most of it in the air, at constant speed.
double jumpProgress(const JumpTiming &j, double t)
{
    const double v = 0.76 / j.flight;
    t -= j.crouch;
    if (t < 0.0)
        return 0.0;
    if (t < j.push)
        return hermite(0.0, 0.12, 0.0, v, j.push, t / j.push);
    t -= j.push;
    if (t < j.flight)
        return 0.12 + v * t;
    t -= j.flight;
    return hermite(0.88, 1.0, v, 0.0, j.land, t / j.land);
}

// Arms swing back in the crouch, up through the take-off, and settle forward on landing.
double jumpArmFlex(const JumpTiming &j, double rest, double t)
{
    const double keys[] = {rest, -0.55, 1.6, 0.7, rest};
    const double ends[] = {j.crouch - 0.1, 0.1 + j.push + 0.6 * j.flight, 0.4 * j.flight + j.land, j.recover};
    for (int k = 0; k < 4; ++k) {
        if (t < ends[k] || k == 3)
            return lerp(keys[k], keys[k + 1], smoothstep(t / ends[k]));
        t -= ends[k];
    }
    return rest;
}

FootPose jumpFoot(const JumpTiming &j, const Root &from, const Root &to, int side, double depth, double t)
{
    const double yaw = from.heading + sideSign(side) * kToeOut;
    const double takeOffHeel = 0.75, landingHeel = 0.45, tuck = 0.08;
    const FootPose start = plantedFoot(from, side), finish = plantedFoot(to, side);
    const double airborne = j.crouch + j.push, landed = airborne + j.flight;
    // The heels leave the floor slowly at first, late in the crouch.
    const double heelRise = j.crouch - 0.15;
    if (t < heelRise)
        return start;
    if (t < airborne)
        return onBall(start, side, yaw, takeOffHeel * smoothstep((t - heelRise) / (airborne - heelRise)));
    if (t < landed) {
        const double s = (t - airborne) / j.flight, h = smoothstep(s);
        const FootPose a = onBall(start, side, yaw, takeOffHeel), b = onBall(finish, side, yaw, landingHeel);
        FootPose f = a;
        // The feet follow the pelvis up and tuck a little under it.
        const double lift = jumpHeight(j, depth, t) - (body().standingPelvis + 0.05) + tuck * std::sin(kPi * s);
        f.ankle = {lerp(a.ankle.x, b.ankle.x, h), lerp(a.ankle.y, b.ankle.y, s) + lift, lerp(a.ankle.z, b.ankle.z, h)};
        f.toe = f.ankle
                + boneLength(kFeet[std::size_t(side)])
                      * footDirection(yaw, kFootPitch + lerp(takeOffHeel, landingHeel, s));
        return f;
    }
    if (t < landed + j.land)
        return onBall(finish, side, yaw, landingHeel * (1.0 - smoothstep((t - landed) / (0.6 * j.land))));
    return finish;
}

PoseInput jumpPose(const JumpTiming &j, const Root &from, const Root &to, const Style &style, double t)
{
    const double depth = 0.2 * style.depth;
    const double y = jumpHeight(j, depth, t);
    const double crouch = clamp01((body().standingPelvis - y) / depth);
    PoseInput p = standing(from, style);
    p.pelvis = lerp(place(from, {0.0, y, -0.06 * crouch}), place(to, {0.0, y, -0.06 * crouch}), jumpProgress(j, t));
    p.torso.pitch = 0.35 * crouch;
    p.torso.lean = 0.12 * crouch;
    p.torso.head = -0.2 * crouch;
    for (int side = 0; side < 2; ++side) {
        p.feet[std::size_t(side)] = jumpFoot(j, from, to, side, depth, t);
        p.arms[std::size_t(side)].flex = jumpArmFlex(j, style.arm.flex, t);
    }
    return p;
}

Block jumpBlock(const Root &r, const Style &style, bool forward, int jumps)
{
    const JumpTiming j;
    const double distance = forward ? style.jump : 0.0;
    Block b = stationary(r, jumps * j.total(), [=](double t) {
        const int k = std::clamp(int(t / j.total()), 0, jumps - 1);
        const Root from = advanced(r, k * distance);
        return jumpPose(j, from, advanced(from, distance), style, t - k * j.total());
    });
    b.end = advanced(r, jumps * distance);
    return b;
}

// ---------------------------------------------------------------------------------------------
// Locomotion: walk, jog, run, turn and spin segments in a row share one gait, so one flows into
// the next step by step. Footsteps come from a gait phase; each foot is planted (heel strike,
// flat, heel off about the ball) where the body will be at mid-stance, and swings between plants
// on an arc; the legs reach the feet by IK, and the pelvis bobs and sways with the phase.

bool isLocomotion(ActionKind kind)
{
    return kind == ActionKind::Walk || kind == ActionKind::Jog || kind == ActionKind::Run || kind == ActionKind::Turn
           || kind == ActionKind::Spin;
}

bool turnsLeft(const ActionSpec &a)
{
    return a.direction != Direction::Right && a.direction != Direction::CurveRight;
}

struct GaitParams
{
    dvec2 velocity{0.0};   // body frame: x towards the left, y forward (m/s)
    double turnRate = 0.0; // rad/s, for curves
    double cadence = 1.9;  // steps per second
    double duty = 0.65;    // stance fraction of a gait cycle; below 0.5 both feet leave the floor
    double width = kStanceWidth;
    double clearance = 0.06;  // swing height of the ankle
    double peak = 1.0;        // below 1 the swing peaks early (the heel kicks up behind)
    double strikeDelta = 0.0; // foot pitch at touch-down: negative toe up (heel strike), positive heel up
    double offDelta = 0.3;    // foot pitch at lift-off
    double pivot = 0.0;       // stance feet turn with the body on the balls of the feet
    double heel = 0.0;        // least heel lift in stance: runners stay on the balls of their feet
    double bob = 0.0;         // positive: pelvis highest at mid-stance (walking); negative: lowest (running)
    double drop = 0.0;
    double sway = 0.0;
    double pelvisYaw = 0.0; // positive when the stepping leg is the front one (forward gaits)
    double lean = 0.0;
    double armSwing = 0.0;
    double elbowSwing = 0.0;
    ArmPose arm;
};

GaitParams mix(const GaitParams &a, const GaitParams &b, double w)
{
    GaitParams p;
    p.velocity = a.velocity + (b.velocity - a.velocity) * w;
    double GaitParams::*fields[]
        = {&GaitParams::turnRate,  &GaitParams::cadence,   &GaitParams::duty,        &GaitParams::width,
           &GaitParams::clearance, &GaitParams::peak,      &GaitParams::strikeDelta, &GaitParams::offDelta,
           &GaitParams::pivot,     &GaitParams::heel,      &GaitParams::bob,         &GaitParams::drop,
           &GaitParams::sway,      &GaitParams::pelvisYaw, &GaitParams::lean,        &GaitParams::armSwing,
           &GaitParams::elbowSwing};
    for (double GaitParams::*f : fields)
        p.*f = lerp(a.*f, b.*f, w);
    p.arm = lerp(a.arm, b.arm, w);
    return p;
}

// Stepping on the spot at the gait's cadence: what a gait fades from and to.
GaitParams atRest(const GaitParams &p, const Style &style)
{
    GaitParams rest;
    rest.cadence = p.cadence;
    rest.arm = style.arm;
    return rest;
}

struct GaitTable
{
    std::array<double, 3> speed{}, cadence{}, duty{}; // slow, normal, fast
    double minSpeed = 0.0, maxSpeed = 0.0;
    double heel = 0.0, width = 0.0, clearance = 0.0, peak = 1.0, strike = 0.0, off = 0.0, bob = 0.0, drop = 0.0,
           sway = 0.0;
    double yaw = 0.0, lean = 0.0, swing = 0.0, elbowSwing = 0.0;
    ArmPose arm;
    std::array<double, 3> sideSpeed{}, sideCadence{};
    double sideWidth = 0.0, sideClearance = 0.0, radius = 1.0;
};

GaitTable gaitTable(ActionKind kind)
{
    // Columns walk, jog, run; rows slow, normal, fast. Speeds and cadences from gait studies:
    // walking 0.6-1.6 m/s at 90-120 steps/min, jogging 2-3 m/s at ~160, running 3-4.5 m/s at
    // 165-185. Sideways gaits are slower and wider so the feet never cross.
    using Row = std::array<double, 3>;
    const std::size_t k = kind == ActionKind::Run ? 2 : kind == ActionKind::Jog ? 1 : 0;
    const auto pick = [k](const Row &v) { return v[k]; };
    const auto rows = [k](const std::array<Row, 3> &v) { return v[k]; };
    GaitTable g;
    g.speed = rows({{{0.85, 1.25, 1.55}, {2.1, 2.5, 2.9}, {3.2, 3.8, 4.4}}});
    g.cadence = rows({{{1.55, 1.83, 2.0}, {2.55, 2.65, 2.8}, {2.75, 2.9, 3.05}}});
    g.duty = rows({{{0.64, 0.62, 0.6}, {0.4, 0.38, 0.36}, {0.34, 0.32, 0.3}}});
    g.minSpeed = pick({0.6, 2.0, 3.0});
    g.maxSpeed = pick({1.6, 3.0, 4.5});
    g.width = pick({0.09, 0.07, 0.06});
    g.clearance = pick({0.07, 0.15, 0.24});
    g.peak = pick({0.8, 0.75, 0.65});
    g.heel = pick({0.0, 0.22, 0.22});
    g.strike = pick({-0.35, -0.1, 0.0});
    g.off = pick({0.85, 0.9, 0.9});
    g.bob = pick({0.012, -0.03, -0.035});
    g.drop = pick({0.03, 0.07, 0.09});
    g.sway = pick({0.02, 0.01, 0.01});
    g.yaw = pick({0.08, 0.1, 0.12});
    g.lean = pick({0.04, 0.1, 0.16});
    g.swing = pick({0.3, 0.45, 0.55});
    g.elbowSwing = pick({0.25, 0.25, 0.2});
    g.arm = ArmPose{pick({0.05, 0.5, 0.5}), pick({0.12, 0.2, 0.22}), pick({0.35, 1.4, 1.5}), 0.0};
    g.sideSpeed = rows({{{0.3, 0.4, 0.48}, {0.7, 0.85, 1.0}, {1.1, 1.3, 1.5}}});
    g.sideCadence = rows({{{1.8, 1.9, 2.0}, {2.5, 2.6, 2.7}, {2.8, 2.9, 3.0}}});
    g.sideWidth = pick({0.2, 0.22, 0.24});
    g.sideClearance = pick({0.06, 0.1, 0.12});
    g.radius = pick({3.0, 5.0, 7.0});
    return g;
}

GaitParams forwardGait(const GaitTable &g, int pace, const Style &style)
{
    GaitParams p;
    p.velocity = {0.0, std::clamp(g.speed[std::size_t(pace)] * style.speed, g.minSpeed, g.maxSpeed)};
    p.cadence = g.cadence[std::size_t(pace)] * style.cadence;
    p.duty = g.duty[std::size_t(pace)];
    p.width = g.width * style.width;
    p.clearance = g.clearance;
    p.peak = g.peak;
    p.heel = g.heel;
    p.strikeDelta = g.strike;
    p.offDelta = g.off;
    p.bob = g.bob * style.bob;
    p.drop = g.drop;
    p.sway = g.sway;
    p.pelvisYaw = g.yaw;
    p.lean = g.lean + style.lean;
    p.armSwing = g.swing * style.armSwing;
    p.elbowSwing = g.elbowSwing;
    p.arm = g.arm;
    p.arm.elbow += style.elbow;
    return p;
}

GaitParams gaitParams(const ActionSpec &a, const Style &style)
{
    const GaitTable g = gaitTable(a.kind);
    const int pace = int(a.pace);
    GaitParams p = forwardGait(g, pace, style);
    switch (a.direction) {
    case Direction::Backward:
        // Backwards: slower, landing on the ball and leaving from the heel, arms swinging less.
        p.velocity.y *= -0.6;
        p.cadence *= 0.95;
        p.strikeDelta = 0.3;
        p.offDelta = -0.25;
        p.pelvisYaw *= -0.6;
        p.armSwing *= -0.6;
        p.lean = -0.03;
        break;
    case Direction::Left:
    case Direction::Right:
        p.velocity
            = {(a.direction == Direction::Left ? 1.0 : -1.0) * g.sideSpeed[std::size_t(pace)] * style.speed, 0.0};
        p.cadence = g.sideCadence[std::size_t(pace)] * style.cadence;
        p.width = g.sideWidth;
        p.clearance = g.sideClearance;
        p.peak = 1.0;
        p.strikeDelta = 0.0;
        p.offDelta = 0.2;
        p.sway = p.pelvisYaw = p.lean = p.elbowSwing = 0.0;
        p.armSwing = 0.05;
        break;
    case Direction::CurveLeft:
    case Direction::CurveRight:
        p.turnRate = (a.direction == Direction::CurveLeft ? 1.0 : -1.0) * p.velocity.y / g.radius;
        break;
    default: break;
    }
    return p;
}

GaitParams turnParams(const Style &style, bool spin)
{
    GaitParams p;
    // Quick short stances: the body turns less over each planted foot, so the legs do not cross.
    p.cadence = (spin ? 3.2 : 2.4) * style.cadence;
    p.duty = spin ? 0.6 : 0.62;
    p.clearance = spin ? 0.06 : 0.05;
    p.offDelta = spin ? 0.2 : 0.35;
    p.pivot = spin ? 1.0 : 0.5;
    p.arm = spin ? ArmPose{0.3, 0.45, 0.9, 0.0} : style.arm;
    return p;
}

double segmentSeconds(const ActionSpec &a, const Style &style)
{
    switch (a.kind) {
    case ActionKind::Turn: return (0.7 + a.degrees / 150.0) * style.tempo;
    case ActionKind::Spin: return 2.3 * style.tempo;
    case ActionKind::Walk: return a.seconds > 0.0 ? a.seconds : 3.0;
    case ActionKind::Jog: return a.seconds > 0.0 ? a.seconds : 2.6;
    default: return a.seconds > 0.0 ? a.seconds : 2.2;
    }
}

struct GaitSegment
{
    double start = 0.0, end = 0.0;
    double blend = 0.25; // half-width of the crossfade from the previous segment
    GaitParams params;
    double turn = 0.0; // signed heading change of a Turn or Spin, radians
};

struct Stance
{
    double strike = -kInf, lift = kInf; // touch-down and lift-off times
    dvec3 ankle{0.0};                   // where the flat foot's ankle is planted
    double yaw = 0.0;                   // the planted foot's heading
    double heading = 0.0;               // the body's heading at mid-stance
    double strikeDelta = 0.0, offDelta = 0.0, pivot = 0.0, heel = 0.0;
    double load = 0.1, heelOff = 0.2;    // durations of the heel-strike roll and the heel rise
    double clearance = 0.05, peak = 1.0; // of the swing that follows
};

struct FootState
{
    dvec3 ankle, toe;
    double yaw, delta;
};

class Locomotion
{
public:
    Locomotion(const std::vector<ActionSpec> &actions, const Style &style, const Root &start, bool lead, bool tail);

    double duration() const { return mDuration; }
    Root end() const { return {positionAt(mStop), headingAt(mStop)}; }
    std::vector<double> starts() const;
    PoseInput pose(double t) const;

private:
    GaitParams params(double t) const;
    double turnHeading(double t) const;
    void integrate();
    void planSteps(int side, double firstPhase);
    double stanceMiddle(double strike, double lift) const;
    Stance plant(int side, double strike, double lift, double mid) const;
    FootState stanceState(int side, const Stance &st, double t) const;
    FootState footAt(int side, double t) const;

    double sample(const std::vector<double> &values, double t) const;
    dvec2 positionAt(double t) const;
    double headingAt(double t) const;
    double phaseAt(double t) const { return sample(mPhase, t); }
    double timeAtPhase(double phase) const { return timeWhen(mPhase, phase); }
    double distanceAt(double t) const { return sample(mDistance, t); }
    double timeWhen(const std::vector<double> &rising, double value) const;

    Style mStyle;
    Root mStart;
    std::vector<GaitSegment> mSegments;
    double mFirstLift = 0.0, mRampStart = 0.0, mStop = 0.0, mRamp = 0.5, mDuration = 0.0;
    static constexpr double kDt = 1e-3;                    // integration step of the root path and gait phase
    std::vector<double> mX, mZ, mCurve, mPhase, mDistance; // sampled every kDt
    std::array<std::vector<Stance>, 2> mStances;
};

Locomotion::Locomotion(const std::vector<ActionSpec> &actions, const Style &style, const Root &start, bool lead,
                       bool tail)
    : mStyle(style)
    , mStart(start)
{
    // After another action the first step waits until the blend into this block is over.
    mFirstLift = lead ? kBlend + 0.3 : 0.35;
    mRampStart = mFirstLift;
    double t = mRampStart, fastest = 0.0;
    for (const ActionSpec &a : actions) {
        GaitSegment seg;
        seg.start = t;
        seg.end = t += segmentSeconds(a, style);
        const bool spin = a.kind == ActionKind::Spin;
        if (a.kind == ActionKind::Turn || spin) {
            seg.params = turnParams(style, spin);
            seg.turn = (turnsLeft(a) ? 1.0 : -1.0) * (spin ? 360.0 : a.degrees) * kPi / 180.0;
        } else {
            seg.params = gaitParams(a, style);
        }
        fastest = std::max(fastest, glm::length(seg.params.velocity));
        if (!mSegments.empty()) {
            // Speed changes take about a second per 6 m/s, like a person speeding up or braking.
            const GaitSegment &previous = mSegments.back();
            const double change = glm::length(seg.params.velocity - previous.params.velocity) / 6.0;
            const double room = 0.45 * std::min(seg.end - seg.start, previous.end - previous.start);
            seg.blend = std::min(std::max(change, 0.25), std::min(room, 0.7));
        }
        mSegments.push_back(seg);
    }
    mStop = t;
    // Speeding up over at least a gait cycle keeps the first steps short: the foot that stays
    // planted while the other takes the first step is never left far behind.
    mRamp = std::max(2.0 / mSegments.front().params.cadence, 0.3 + 0.25 * fastest);
    integrate();
    // The foot on the side the person heads to steps first; it lifts exactly at mFirstLift.
    const ActionSpec &a = actions.front();
    const bool left = a.kind == ActionKind::Turn || a.kind == ActionKind::Spin
                          ? turnsLeft(a)
                          : a.direction == Direction::Left || a.direction == Direction::CurveLeft;
    const double firstPhase = (left ? 0.0 : 0.5) + params(mFirstLift).duty;
    for (double &phase : mPhase)
        phase += firstPhase;
    double settled = mStop;
    for (int side = 0; side < 2; ++side) {
        planSteps(side, firstPhase);
        const Stance &last = mStances[std::size_t(side)].back();
        settled = std::max(settled, last.strike + last.load);
    }
    mDuration = settled + (tail ? kBlend + 0.15 : 0.35);
}

std::vector<double> Locomotion::starts() const
{
    std::vector<double> s{0.0};
    for (std::size_t i = 1; i < mSegments.size(); ++i)
        s.push_back(mSegments[i].start);
    return s;
}

GaitParams Locomotion::params(double t) const
{
    std::size_t i = 0;
    while (i + 1 < mSegments.size() && t >= mSegments[i + 1].start)
        ++i;
    GaitParams p = mSegments[i].params;
    if (const double h = mSegments[i].blend; i > 0 && t < mSegments[i].start + h)
        p = mix(mSegments[i - 1].params, p, smoothstep((t - mSegments[i].start + h) / (2.0 * h)));
    if (i + 1 < mSegments.size()) {
        if (const double h = mSegments[i + 1].blend; t > mSegments[i].end - h)
            p = mix(p, mSegments[i + 1].params, smoothstep((t - mSegments[i].end + h) / (2.0 * h)));
    }
    const double e = std::min(smoothstep((t - mRampStart) / mRamp), smoothstep((mStop - t) / mRamp));
    p = mix(atRest(p, mStyle), p, e);
    // A stance may not sweep the foot further than the legs reach.
    const double speed = glm::length(p.velocity);
    if (speed > 1e-6)
        p.duty = std::min(p.duty, 0.5 * kMaxSweep * p.cadence / speed);
    return p;
}

// Turns follow an eased profile that starts once the feet may move, so the angle is exact.
double Locomotion::turnHeading(double t) const
{
    double angle = 0.0;
    for (const GaitSegment &seg : mSegments) {
        if (seg.turn == 0.0)
            continue;
        const double a = std::max(seg.start, mFirstLift) + 0.05, b = seg.end - 0.05;
        angle += seg.turn * smoothstep((t - a) / (b - a));
    }
    return angle;
}

void Locomotion::integrate()
{
    const std::size_t n = std::size_t((mStop + 3.0) / kDt) + 2;
    mX.assign(n, 0.0);
    mZ.assign(n, 0.0);
    mCurve.assign(n, 0.0);
    mPhase.assign(n, 0.0);
    mDistance.assign(n, 0.0);
    double x = mStart.position.x, z = mStart.position.y, curve = 0.0, phase = 0.0, distance = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) * kDt;
        mX[i] = x;
        mZ[i] = z;
        mCurve[i] = curve;
        mPhase[i] = phase;
        mDistance[i] = distance;
        // Midpoint rule: second-order accurate, so curves and speeds come out as specified.
        const double tm = t + 0.5 * kDt;
        const GaitParams p = params(tm);
        const double heading = mStart.heading + curve + 0.5 * kDt * p.turnRate + turnHeading(tm);
        const dvec3 v = place(Root{dvec2(0.0), heading}, {p.velocity.x, 0.0, p.velocity.y});
        x += v.x * kDt;
        z += v.z * kDt;
        distance += glm::length(p.velocity) * kDt;
        curve += p.turnRate * kDt;
        if (tm > mFirstLift)
            phase += 0.5 * p.cadence * kDt;
    }
}

double Locomotion::sample(const std::vector<double> &values, double t) const
{
    const double f = std::clamp(t / kDt, 0.0, double(values.size() - 1));
    const std::size_t i = std::min(std::size_t(f), values.size() - 2);
    return lerp(values[i], values[i + 1], f - double(i));
}

dvec2 Locomotion::positionAt(double t) const
{
    return {sample(mX, t), sample(mZ, t)};
}

double Locomotion::headingAt(double t) const
{
    return mStart.heading + sample(mCurve, t) + turnHeading(t);
}

// When a non-decreasing sampled quantity reaches `value`. The phase stands still until the first
// lift: take the last time it is still below.
double Locomotion::timeWhen(const std::vector<double> &rising, double value) const
{
    const auto it = std::upper_bound(rising.begin(), rising.end(), value);
    if (it == rising.begin())
        return 0.0;
    if (it == rising.end())
        return double(rising.size() - 1) * kDt;
    const std::size_t i = std::size_t(it - rising.begin());
    const double a = rising[i - 1], b = rising[i];
    return (double(i - 1) + (b > a ? (value - a) / (b - a) : 0.0)) * kDt;
}

// A foot planted where the body will be at mid-stance, so the stance leg sweeps evenly under it.
// The middle of a stance by distance, so the leg sweeps evenly under the body even while it
// speeds up.
double Locomotion::stanceMiddle(double strike, double lift) const
{
    const double from = distanceAt(strike), to = distanceAt(lift);
    return to - from > 1e-4 ? timeWhen(mDistance, 0.5 * (from + to)) : 0.5 * (strike + lift);
}

Stance Locomotion::plant(int side, double strike, double lift, double mid) const
{
    const GaitParams p = params(mid);
    const Root r{positionAt(mid), headingAt(mid)};
    const double stance = 2.0 * p.duty / p.cadence;
    Stance st;
    st.strike = strike;
    st.lift = lift;
    // A foot lands closer in front of the body than it leaves behind (push-off on the ball), so
    // the stance sweep is shifted back by an eighth of its length: the pelvis dips less at
    // heel strike and runners do not overstride.
    const double back = kStanceBack - 0.12 * p.velocity.y * stance;
    st.ankle = place(r, {sideSign(side) * p.width, body().ankleHeight[std::size_t(side)], back});
    st.yaw = r.heading + sideSign(side) * kToeOut;
    st.heading = r.heading;
    st.strikeDelta = p.strikeDelta;
    st.offDelta = p.offDelta;
    st.pivot = p.pivot;
    st.heel = p.heel;
    st.load = (p.strikeDelta > 0.0 ? 0.3 : 0.15) * stance; // a landing on the ball lowers the heel slowly
    // A slow heel rise keeps the ankle's roll about the ball under 1 cm a frame near the floor.
    st.heelOff = (p.duty < 0.5 ? 0.5 : 0.55) * stance;
    st.clearance = p.clearance;
    st.peak = p.peak;
    return st;
}

// Left strikes at whole phases, right half a cycle later; a stance lasts `duty` of a cycle. The
// stance in progress when the block starts keeps the standing foot; the first stance whose middle
// comes after the stop is at the standing place of the end root and lasts for ever.
void Locomotion::planSteps(int side, double firstPhase)
{
    const double offset = side == 0 ? 0.0 : 0.5;
    const GaitParams p0 = params(mFirstLift);
    double k = std::ceil(firstPhase - offset - p0.duty - 1e-9);
    std::vector<Stance> &stances = mStances[std::size_t(side)];
    stances.clear();
    Stance first = plant(side, -kInf, timeAtPhase(offset + k + p0.duty), mFirstLift);
    const FootPose standingFoot = plantedFoot(mStart, side);
    first.ankle = standingFoot.ankle;
    first.yaw = mStart.heading + sideSign(side) * kToeOut;
    first.heading = mStart.heading;
    first.strikeDelta = first.pivot = first.heel = 0.0;
    first.offDelta = params(first.lift).offDelta;
    stances.push_back(first);
    for (;;) {
        k += 1.0;
        const double strike = timeAtPhase(offset + k);
        // A foot lifts after `duty` of a cycle, or earlier once the body has passed it by as much as
        // a leg can sweep (when speeding up faster than the cadence follows).
        const double lift = std::min(timeAtPhase(offset + k + params(strike).duty),
                                     timeWhen(mDistance, distanceAt(strike) + kMaxSweep));
        const double mid = stanceMiddle(strike, lift);
        if (mid >= mStop || lift >= double(mPhase.size() - 2) * kDt) {
            Stance last = plant(side, strike, kInf, std::max(mid, mStop));
            last.pivot = last.heel = 0.0;
            stances.push_back(last);
            return;
        }
        stances.push_back(plant(side, strike, lift, mid));
    }
}

FootState Locomotion::stanceState(int side, const Stance &st, double t) const
{
    double delta = 0.0;
    if (std::isfinite(st.strike))
        delta += st.strikeDelta * (1.0 - smoothstep((t - st.strike) / st.load));
    if (std::isfinite(st.lift))
        delta += st.offDelta * smoothstep((t - st.lift + st.heelOff) / st.heelOff);
    const double yaw = st.yaw + st.pivot * (headingAt(t) - st.heading);
    if (st.pivot > 0.0)
        delta = std::max(delta, kPivotHeel * std::min(1.0, 4.0 * st.pivot));
    delta = std::max(delta, st.heel);
    const double length = boneLength(kFeet[std::size_t(side)]);
    // Toe up rolls about the ankle (heel strike); heel up rolls about the ball of the foot.
    if (delta <= 0.0)
        return {st.ankle, st.ankle + length * footDirection(yaw, kFootPitch + delta), yaw, delta};
    const dvec3 ball = st.ankle + length * footDirection(st.yaw, kFootPitch);
    return {ball - length * footDirection(yaw, kFootPitch + delta), ball, yaw, delta};
}

FootState Locomotion::footAt(int side, double t) const
{
    const std::vector<Stance> &stances = mStances[std::size_t(side)];
    std::size_t k = 0;
    while (k + 1 < stances.size() && stances[k + 1].strike <= t)
        ++k;
    const Stance &st = stances[k];
    if (t <= st.lift || k + 1 == stances.size())
        return stanceState(side, st, std::min(t, st.lift));
    const Stance &next = stances[k + 1];
    const FootState a = stanceState(side, st, st.lift), b = stanceState(side, next, next.strike);
    // The foot rises before it moves and stops moving before it lands: a low swing needs longer
    // to clear the contact height than a high one.
    const double s = (t - st.lift) / (next.strike - st.lift);
    const double margin = std::clamp(0.006 / st.clearance, 0.02, 0.1);
    const double h = trapezoid((s - margin) / (1.0 - 2.0 * margin));
    const double arc = std::pow(std::sin(kPi * std::pow(s, st.peak)), 0.6);
    FootState f;
    f.ankle = {lerp(a.ankle.x, b.ankle.x, h), lerp(a.ankle.y, b.ankle.y, h) + st.clearance * arc,
               lerp(a.ankle.z, b.ankle.z, h)};
    f.yaw = lerp(a.yaw, b.yaw, h);
    f.delta = lerp(a.delta, b.delta, h);
    f.toe = f.ankle + boneLength(kFeet[std::size_t(side)]) * footDirection(f.yaw, kFootPitch + f.delta);
    return f;
}

PoseInput Locomotion::pose(double t) const
{
    const GaitParams p = params(t);
    const double phase = phaseAt(t), cycle = 2.0 * kPi * phase;
    const Root r{positionAt(t), headingAt(t)};
    PoseInput out;
    out.heading = r.heading;
    // Walking vaults over a stiff leg (highest at mid-stance); running sinks into it.
    const double height = body().standingPelvis - p.drop + p.bob * std::cos(2.0 * kPi * (2.0 * phase - p.duty));
    out.pelvis = place(r, {p.sway * std::cos(2.0 * kPi * (phase - 0.5 * p.duty)), height, 0.0});
    out.torso.yaw = -p.pelvisYaw * std::cos(cycle);
    out.torso.twist = 1.5 * p.pelvisYaw * std::cos(cycle); // shoulders counter-rotate
    out.torso.pitch = 0.4 * p.lean;
    out.torso.lean = 0.6 * p.lean;
    out.torso.head = -0.5 * p.lean;
    for (int side = 0; side < 2; ++side) {
        const double swing = (side == 0 ? -1.0 : 1.0) * std::cos(cycle); // opposite to the leg
        ArmPose arm = p.arm;
        arm.flex += p.armSwing * swing;
        arm.elbow += p.elbowSwing * 0.5 * (1.0 + swing);
        out.arms[std::size_t(side)] = arm;
        const FootState f = footAt(side, t);
        out.feet[std::size_t(side)] = {f.ankle, f.toe, 0.5 * (r.heading + out.torso.yaw + f.yaw)};
    }
    return out;
}

Block locomotionBlock(const std::vector<ActionSpec> &actions, const Style &style, const Root &start, bool lead,
                      bool tail)
{
    const auto gait = std::make_shared<const Locomotion>(actions, style, start, lead, tail);
    Block b;
    b.duration = gait->duration();
    b.pose = [gait](double t) { return gait->pose(t); };
    b.end = gait->end();
    b.starts = gait->starts();
    return b;
}

// ---------------------------------------------------------------------------------------------
// Composition

ActionSpec normalized(ActionSpec a)
{
    a.repetitions = std::clamp(a.repetitions, a.kind == ActionKind::Wave ? 2 : 1, 12);
    a.degrees = std::clamp(a.degrees, 30, 360);
    a.seconds = std::clamp(a.seconds, 0.0, 9.8);
    if (a.kind == ActionKind::Spin)
        a.degrees = 360;
    return a;
}

Block stationaryBlock(const ActionSpec &a, const Style &style, const Root &r, bool first, Rng &rng)
{
    const int side = a.side == Side::Left ? 0 : 1;
    switch (a.kind) {
    case ActionKind::Jump: return jumpBlock(r, style, a.direction == Direction::Forward, a.repetitions);
    case ActionKind::Squat: return squatBlock(r, style, a.repetitions);
    case ActionKind::Sit: return sitBlock(r, style, a.seconds > 0.0 ? a.seconds : 1.5, a.standUp);
    case ActionKind::Wave: return waveBlock(r, style, side, a.repetitions);
    case ActionKind::RaiseArms: return raiseBlock(r, style, a.side, a.overhead, a.repetitions);
    case ActionKind::Kick: return kickBlock(r, style, side, a.repetitions, drawKickStyle(rng), first);
    case ActionKind::Punch: return punchBlock(r, style, a.side, a.repetitions);
    case ActionKind::Clap: return clapBlock(r, style, a.repetitions);
    default: return idleBlock(r, style, std::max(a.seconds > 0.0 ? a.seconds : 2.5, 1.2), rng);
    }
}

std::vector<Block> makeBlocks(const std::vector<ActionSpec> &actions, const Style &style, Rng &rng)
{
    std::vector<Block> blocks;
    Root root;
    for (std::size_t i = 0; i < actions.size();) {
        const bool lead = !blocks.empty();
        if (isLocomotion(actions[i].kind)) {
            std::size_t j = i;
            while (j < actions.size() && isLocomotion(actions[j].kind))
                ++j;
            const std::vector<ActionSpec> run(actions.begin() + std::ptrdiff_t(i), actions.begin() + std::ptrdiff_t(j));
            blocks.push_back(locomotionBlock(run, style, root, lead, j < actions.size()));
            i = j;
        } else {
            blocks.push_back(stationaryBlock(actions[i], style, root, !lead, rng));
            ++i;
        }
        root = blocks.back().end;
    }
    return blocks;
}

// Block b starts kBlend before block b - 1 ends; in that overlap the two are superposed.
std::vector<double> blockStarts(const std::vector<Block> &blocks)
{
    std::vector<double> starts{0.0};
    for (std::size_t b = 1; b < blocks.size(); ++b)
        starts.push_back(starts.back() + blocks[b - 1].duration - kBlend);
    return starts;
}

PoseInput poseAt(const std::vector<Block> &blocks, const std::vector<double> &starts, const Style &style, double t)
{
    std::size_t b = 0;
    while (b + 1 < blocks.size() && t >= starts[b + 1])
        ++b;
    const PoseInput p = blocks[b].pose(std::min(t - starts[b], blocks[b].duration));
    if (b == 0 || t >= starts[b] + kBlend)
        return p;
    const PoseInput previous = blocks[b - 1].pose(std::min(t - starts[b - 1], blocks[b - 1].duration));
    return superpose(previous, p, standing(blocks[b - 1].end, style));
}

std::vector<SynthSegment> segmentsOf(const std::vector<ActionSpec> &actions, const std::vector<Block> &blocks,
                                     const std::vector<double> &starts, int frames)
{
    std::vector<SynthSegment> segments;
    std::size_t action = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        for (std::size_t k = 0; k < blocks[b].starts.size(); ++k, ++action) {
            // An action that starts a block begins halfway through the blend into it.
            const double t = starts[b] + (k == 0 && b > 0 ? 0.5 * kBlend : blocks[b].starts[k]);
            SynthSegment seg;
            seg.action = actions[action];
            seg.startFrame = std::min(frames, int(std::lround(t * t2m::kFps)));
            if (!segments.empty())
                segments.back().endFrame = seg.startFrame;
            segments.push_back(seg);
        }
    }
    segments.back().endFrame = frames;
    return segments;
}

std::vector<std::string> makeCaptions(const std::vector<ActionSpec> &actions, Rng &rng);

SynthClip compose(const std::vector<ActionSpec> &input, std::uint64_t seed)
{
    if (input.empty())
        throw std::invalid_argument("synthesize: no actions");
    std::vector<ActionSpec> actions;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i].kind == ActionKind::Sit && !input[i].standUp && i + 1 < input.size())
            throw std::invalid_argument("synthesize: action " + std::to_string(i + 1) + " of "
                                        + std::to_string(input.size())
                                        + " sits down without standing up, only the last action may");
        actions.push_back(normalized(input[i]));
    }
    Rng rng(seed);
    const Style style = drawStyle(rng);
    const std::vector<Block> blocks = makeBlocks(actions, style, rng);
    const std::vector<double> starts = blockStarts(blocks);
    const double total = starts.back() + blocks.back().duration;
    const int frames = int(std::floor(total * t2m::kFps + 1e-9)) + 1;
    SynthClip clip;
    clip.frames = std::max(frames, kSynthMinFrames);
    clip.joints.reserve(std::size_t(clip.frames) * t2m::kJointCount);
    for (int f = 0; f < clip.frames; ++f) {
        const Joints j = solvePose(poseAt(blocks, starts, style, std::min(f, frames - 1) / t2m::kFps));
        for (const dvec3 &p : j)
            clip.joints.emplace_back(p);
    }
    // HumanML3D's first frame: the pelvis over the origin, the hips across X (facing +Z). A clip
    // begun in a kicking stance stands side-on, its pelvis off the root.
    const glm::vec3 origin(clip.joints[t2m::Pelvis].x, 0.0f, clip.joints[t2m::Pelvis].z);
    const glm::vec3 left = clip.joints[t2m::LeftHip] - clip.joints[t2m::RightHip];
    const float angle = std::atan2(-left.z, left.x); // the hips' turn away from +X, about +Y
    const float c = std::cos(angle), sn = std::sin(angle);
    for (glm::vec3 &p : clip.joints) {
        const glm::vec3 q = p - origin;
        p = glm::vec3(c * q.x - sn * q.z, q.y, sn * q.x + c * q.z);
    }
    clip.segments = segmentsOf(actions, blocks, starts, clip.frames);
    Rng words(seed ^ 0x5DEECE66DULL);
    clip.captions = makeCaptions(actions, words);
    return clip;
}

// ---------------------------------------------------------------------------------------------
// Captions: HumanML3D-style, lower case, third person, naming the actions in order. Each action
// kind keeps its own verbs (the matcher below reads them back).

using Phrases = std::array<std::string, 3>;

const char *sideWord(Side side)
{
    return side == Side::Left ? "left" : "right";
}

std::string countWord(int n)
{
    static const char *const words[]
        = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    return n >= 0 && n <= 12 ? words[n] : std::to_string(n);
}

std::string timesWord(int n)
{
    return n == 1 ? "once" : n == 2 ? "twice" : countWord(n) + " times";
}

std::string joined(const std::string &a, const std::string &b)
{
    return b.empty() ? a : a + " " + b;
}

Phrases gaitVerbs(const ActionSpec &a, bool first)
{
    const bool sideways = a.direction == Direction::Left || a.direction == Direction::Right;
    Phrases v;
    if (a.kind == ActionKind::Walk)
        v = sideways               ? Phrases{"walks", "sidesteps", "steps"}
            : a.pace == Pace::Fast ? Phrases{"walks", "is walking", "walks"}
                                   : Phrases{"walks", "strolls", "is walking"};
    else if (a.kind == ActionKind::Jog)
        v = {"jogs", "is jogging", "jogs"};
    else
        v = a.pace == Pace::Fast && !sideways ? Phrases{"runs", "sprints", "is running"}
                                              : Phrases{"runs", "is running", "runs"};
    // "then is walking" reads badly: later actions use the plain verb.
    for (std::string &verb : v) {
        if (!first && verb.rfind("is ", 0) == 0)
            verb = v[0];
    }
    return v;
}

Phrases gaitDirections(const ActionSpec &a)
{
    const std::string side = a.direction == Direction::Left || a.direction == Direction::CurveLeft ? "left" : "right";
    switch (a.direction) {
    case Direction::Backward: return {"backward", "backwards", "in reverse"};
    case Direction::Left:
    case Direction::Right:
        if (a.kind == ActionKind::Walk)
            return {"sideways to the " + side, "to the " + side, "sideways to the " + side};
        return {"sideways to the " + side, "sideways towards the " + side, "to the " + side + " sideways"};
    case Direction::CurveLeft:
    case Direction::CurveRight:
        return {"in a curve to the " + side, "forward while curving " + side, "along a path that bends to the " + side};
    default: return {"forward", "ahead", "straight ahead"};
    }
}

Phrases gaitPaces(const ActionSpec &a)
{
    switch (a.pace) {
    case Pace::Slow:
        return a.kind == ActionKind::Walk ? Phrases{"slowly", "at a slow pace", "leisurely"}
                                          : Phrases{"slowly", "at a slow pace", "at an easy pace"};
    case Pace::Fast:
        return a.kind == ActionKind::Run ? Phrases{"fast", "at full speed", "quickly"}
                                         : Phrases{"quickly", "at a fast pace", "briskly"};
    default: return {"", "at a normal pace", "at a steady pace"};
    }
}

Phrases gaitPhrases(const ActionSpec &a, bool first)
{
    const Phrases verbs = gaitVerbs(a, first), directions = gaitDirections(a), paces = gaitPaces(a);
    Phrases out;
    for (std::size_t i = 0; i < 3; ++i) {
        // Vary where the speed goes: "walks slowly forward", "walks forward at a slow pace".
        out[i] = i == 0 && !paces[i].empty() ? joined(joined(verbs[i], paces[i]), directions[i])
                                             : joined(joined(verbs[i], directions[i]), paces[i]);
    }
    return out;
}

Phrases turnPhrases(const ActionSpec &a)
{
    const std::string side = turnsLeft(a) ? "left" : "right", n = std::to_string(a.degrees);
    if (a.kind == ActionKind::Spin)
        return {"spins around to the " + side, "spins in a full circle to the " + side,
                "does a full spin to the " + side};
    if (a.degrees == 90)
        return {"turns " + side, "turns to the " + side, "makes a " + side + " turn"};
    if (a.degrees == 180)
        return {"turns around to the " + side, "turns 180 degrees to the " + side, "does a half turn to the " + side};
    return {"turns " + n + " degrees to the " + side, "turns to the " + side + " by " + n + " degrees",
            "makes a " + n + " degree turn to the " + side};
}

Phrases jumpPhrases(const ActionSpec &a)
{
    const int n = a.repetitions;
    const std::string times = n > 1 ? timesWord(n) : "";
    if (a.direction == Direction::Forward)
        return {joined("jumps forward", times), joined("leaps forward", times), joined("jumps ahead", times)};
    if (n == 1)
        return {"jumps in place", "jumps straight up", "hops on the spot"};
    return {"jumps in place " + times, "jumps up and down " + times, "hops on the spot " + times};
}

Phrases repeatedPhrases(const ActionSpec &a)
{
    const int n = a.repetitions;
    const std::string side = sideWord(a.side), times = timesWord(n), count = countWord(n);
    switch (a.kind) {
    case ActionKind::Squat:
        if (n == 1)
            return {"squats down", "does a squat", "squats down once"};
        return {"squats " + times, "does " + count + " squats", "squats down " + times};
    case ActionKind::Kick:
        if (n == 1)
            return {"kicks forward with the " + side + " leg", "does a front kick with the " + side + " foot",
                    "kicks with the " + side + " leg"};
        return {"kicks forward " + times + " with the " + side + " leg",
                "kicks " + times + " with the " + side + " foot",
                "does " + count + " front kicks with the " + side + " leg"};
    case ActionKind::Clap:
        if (n == 1)
            return {"claps the hands once", "claps once", "gives a single clap"};
        return {"claps the hands " + times, "claps " + times, "claps the hands together " + times};
    default: break;
    }
    if (a.side == Side::Left || a.side == Side::Right) {
        if (n == 1)
            return {"punches forward with the " + side + " hand", "throws a " + side + " punch",
                    "punches with the " + side + " fist"};
        return {"punches forward " + times + " with the " + side + " hand", "throws " + count + " " + side + " punches",
                "punches " + times + " with the " + side + " fist"};
    }
    return {"punches with both hands alternately", "throws " + count + " punches alternating left and right",
            "punches forward with the left and right fists"};
}

Phrases armPhrases(const ActionSpec &a)
{
    const std::string side = sideWord(a.side);
    if (a.kind == ActionKind::Wave)
        return {"waves with the " + side + " hand", "waves the " + side + " hand",
                "waves hello with the " + side + " hand"};
    Phrases p;
    if (a.side == Side::Both || a.side == Side::Alternating)
        p = a.overhead
                ? Phrases{"raises both arms overhead", "lifts both arms above the head", "raises the arms up high"}
                : Phrases{"raises both arms forward", "lifts both arms out in front", "raises the arms to the front"};
    else
        p = a.overhead ? Phrases{"raises the " + side + " arm overhead", "lifts the " + side + " arm up high",
                                 "raises the " + side + " hand above the head"}
                       : Phrases{"raises the " + side + " arm forward", "lifts the " + side + " arm out in front",
                                 "raises the " + side + " arm to shoulder height"};
    if (a.repetitions > 1) {
        for (std::string &phrase : p)
            phrase += " " + timesWord(a.repetitions);
    }
    return p;
}

Phrases phrasesFor(const ActionSpec &a, bool first)
{
    switch (a.kind) {
    case ActionKind::Walk:
    case ActionKind::Jog:
    case ActionKind::Run: return gaitPhrases(a, first);
    case ActionKind::Turn:
    case ActionKind::Spin: return turnPhrases(a);
    case ActionKind::Jump: return jumpPhrases(a);
    case ActionKind::Squat:
    case ActionKind::Kick:
    case ActionKind::Punch:
    case ActionKind::Clap: return repeatedPhrases(a);
    case ActionKind::Wave:
    case ActionKind::RaiseArms: return armPhrases(a);
    case ActionKind::Sit:
        if (a.standUp)
            return {"sits down and stands back up", "sits down on a chair, then gets up",
                    "sits down for a moment and stands up again"};
        return {"sits down", "sits down on a chair", "sits down on a seat"};
    case ActionKind::Idle: break;
    }
    return {"stands still", "stands in place", "waits in place"};
}

// The three captions differ in subject, connectives and each action's phrasing.
std::string sentence(int style, const std::string &subject, const std::vector<std::string> &parts)
{
    static const char *const last[] = {", and finally ", ", and then ", ", and lastly "};
    std::string s = (style == 2 && parts.size() > 1 ? "first, " : "") + subject + " " + parts[0];
    if (parts.size() == 2)
        return s + (style == 0 ? ", then " : style == 1 ? " and then " : ", and after that ") + parts[1] + ".";
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const bool final = i + 1 == parts.size();
        s += (final ? last[style] : style == 1 ? ", " : ", then ") + parts[i];
    }
    return s + ".";
}

std::vector<std::string> makeCaptions(const std::vector<ActionSpec> &actions, Rng &rng)
{
    static const char *const subjects[] = {"a person", "someone", "the man", "a man", "the person", "a figure"};
    const int subject = rng.index(6);
    std::vector<int> variant;
    for (std::size_t i = 0; i < actions.size(); ++i)
        variant.push_back(rng.index(3));
    std::vector<std::string> captions;
    for (int c = 0; c < 3; ++c) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < actions.size(); ++i)
            parts.push_back(phrasesFor(actions[i], i == 0)[std::size_t((variant[i] + c) % 3)]);
        captions.push_back(sentence(c, subjects[(subject + 2 * c) % 6], parts));
    }
    return captions;
}

std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> out;
    std::string word;
    for (const char ch : text + " ") {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalpha(c)) {
            word += char(std::tolower(c));
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    return out;
}

std::optional<ActionKind> verbKind(const std::string &w)
{
    struct Entry
    {
        const char *word;
        ActionKind kind;
    };
    static const Entry table[] = {
        {"walk", ActionKind::Walk},       {"walks", ActionKind::Walk},        {"walking", ActionKind::Walk},
        {"walked", ActionKind::Walk},     {"stroll", ActionKind::Walk},       {"strolls", ActionKind::Walk},
        {"strolling", ActionKind::Walk},  {"step", ActionKind::Walk},         {"steps", ActionKind::Walk},
        {"stepping", ActionKind::Walk},   {"sidesteps", ActionKind::Walk},    {"sidestep", ActionKind::Walk},
        {"jog", ActionKind::Jog},         {"jogs", ActionKind::Jog},          {"jogging", ActionKind::Jog},
        {"jogged", ActionKind::Jog},      {"run", ActionKind::Run},           {"runs", ActionKind::Run},
        {"running", ActionKind::Run},     {"ran", ActionKind::Run},           {"sprint", ActionKind::Run},
        {"sprints", ActionKind::Run},     {"sprinting", ActionKind::Run},     {"turn", ActionKind::Turn},
        {"turns", ActionKind::Turn},      {"turning", ActionKind::Turn},      {"turned", ActionKind::Turn},
        {"jump", ActionKind::Jump},       {"jumps", ActionKind::Jump},        {"jumping", ActionKind::Jump},
        {"jumped", ActionKind::Jump},     {"hop", ActionKind::Jump},          {"hops", ActionKind::Jump},
        {"hopping", ActionKind::Jump},    {"leap", ActionKind::Jump},         {"leaps", ActionKind::Jump},
        {"squat", ActionKind::Squat},     {"squats", ActionKind::Squat},      {"squatting", ActionKind::Squat},
        {"crouches", ActionKind::Squat},  {"sit", ActionKind::Sit},           {"sits", ActionKind::Sit},
        {"sitting", ActionKind::Sit},     {"sat", ActionKind::Sit},           {"wave", ActionKind::Wave},
        {"waves", ActionKind::Wave},      {"waving", ActionKind::Wave},       {"waved", ActionKind::Wave},
        {"raise", ActionKind::RaiseArms}, {"raises", ActionKind::RaiseArms},  {"raising", ActionKind::RaiseArms},
        {"lifts", ActionKind::RaiseArms}, {"lifting", ActionKind::RaiseArms}, {"kick", ActionKind::Kick},
        {"kicks", ActionKind::Kick},      {"kicking", ActionKind::Kick},      {"punch", ActionKind::Punch},
        {"punches", ActionKind::Punch},   {"punching", ActionKind::Punch},    {"jabs", ActionKind::Punch},
        {"clap", ActionKind::Clap},       {"claps", ActionKind::Clap},        {"clapping", ActionKind::Clap},
        {"applauds", ActionKind::Clap},   {"spin", ActionKind::Spin},         {"spins", ActionKind::Spin},
        {"spinning", ActionKind::Spin},   {"twirls", ActionKind::Spin},       {"waits", ActionKind::Idle},
        {"idle", ActionKind::Idle},       {"idles", ActionKind::Idle},
    };
    for (const Entry &e : table) {
        if (w == e.word)
            return e.kind;
    }
    return std::nullopt;
}

bool armFollows(const std::vector<std::string> &w, std::size_t i)
{
    for (std::size_t k = i + 1; k < std::min(w.size(), i + 5); ++k) {
        if (w[k] == "arm" || w[k] == "arms" || w[k] == "hand" || w[k] == "hands")
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Random clips

ActionKind randomKind(Rng &rng)
{
    struct Weight
    {
        ActionKind kind;
        double weight;
    };
    static const Weight weights[] = {
        {ActionKind::Walk, 16},     {ActionKind::Jog, 8},   {ActionKind::Run, 8},   {ActionKind::Turn, 9},
        {ActionKind::Jump, 7},      {ActionKind::Squat, 6}, {ActionKind::Sit, 6},   {ActionKind::Wave, 7},
        {ActionKind::RaiseArms, 7}, {ActionKind::Kick, 6},  {ActionKind::Punch, 6}, {ActionKind::Clap, 6},
        {ActionKind::Spin, 4},      {ActionKind::Idle, 4},
    };
    double total = 0.0;
    for (const Weight &w : weights)
        total += w.weight;
    double x = rng.uniform(0.0, total);
    for (const Weight &w : weights) {
        if ((x -= w.weight) < 0.0)
            return w.kind;
    }
    return ActionKind::Idle;
}

Direction randomGaitDirection(Rng &rng)
{
    const double x = rng.uniform(0.0, 1.0);
    return x < 0.45    ? Direction::Forward
           : x < 0.57  ? Direction::Backward
           : x < 0.66  ? Direction::Left
           : x < 0.75  ? Direction::Right
           : x < 0.875 ? Direction::CurveLeft
                       : Direction::CurveRight;
}

int randomInt(Rng &rng, int lo, int hi)
{
    return lo + rng.index(hi - lo + 1);
}

ActionSpec randomAction(ActionKind kind, Rng &rng, bool last)
{
    ActionSpec a;
    a.kind = kind;
    const Side side = rng.chance(0.5) ? Side::Left : Side::Right;
    a.side = side;
    switch (kind) {
    case ActionKind::Walk:
    case ActionKind::Jog:
    case ActionKind::Run:
        a.direction = randomGaitDirection(rng);
        a.pace = Pace(rng.index(3));
        a.seconds = kind == ActionKind::Walk  ? rng.uniform(2.0, 5.0)
                    : kind == ActionKind::Jog ? rng.uniform(2.0, 4.0)
                                              : rng.uniform(1.5, 3.5);
        break;
    case ActionKind::Turn:
    case ActionKind::Spin:
        a.direction = side == Side::Left ? Direction::Left : Direction::Right;
        a.degrees = kind == ActionKind::Spin ? 360 : rng.chance(0.65) ? 90 : 180;
        break;
    case ActionKind::Jump:
        a.direction = rng.chance(0.5) ? Direction::Forward : Direction::InPlace;
        a.repetitions = randomInt(rng, 1, a.direction == Direction::Forward ? 2 : 3);
        break;
    case ActionKind::Squat: a.repetitions = randomInt(rng, 1, 3); break;
    case ActionKind::Sit:
        a.seconds = rng.uniform(1.0, 2.5);
        a.standUp = !(last && rng.chance(0.35));
        break;
    case ActionKind::Wave: a.repetitions = randomInt(rng, 3, 6); break;
    case ActionKind::RaiseArms:
        a.side = rng.chance(0.5) ? Side::Both : side;
        a.overhead = rng.chance(0.6);
        a.repetitions = rng.chance(0.25) ? 2 : 1;
        break;
    case ActionKind::Kick: a.repetitions = randomInt(rng, 1, 2); break;
    case ActionKind::Punch:
        a.side = rng.chance(0.4) ? Side::Alternating : side;
        a.repetitions = randomInt(rng, 2, 6);
        break;
    case ActionKind::Clap: a.repetitions = randomInt(rng, 3, 8); break;
    case ActionKind::Idle: a.seconds = rng.uniform(1.5, 3.5); break;
    }
    return a;
}

std::vector<ActionSpec> randomActions(Rng &rng)
{
    const double x = rng.uniform(0.0, 1.0);
    const int count = x < 0.4 ? 1 : x < 0.75 ? 2 : 3;
    std::vector<ActionSpec> actions;
    for (int i = 0; i < count; ++i) {
        ActionKind kind = randomKind(rng);
        while (!actions.empty() && kind == actions.back().kind)
            kind = randomKind(rng);
        actions.push_back(randomAction(kind, rng, i + 1 == count));
    }
    return actions;
}

// Makes a too long clip shorter; false when nothing is left to shorten.
bool shorten(std::vector<ActionSpec> &actions)
{
    bool changed = false;
    for (ActionSpec &a : actions) {
        if (a.seconds > 1.0) {
            a.seconds = std::max(1.0, a.seconds * 0.75);
            changed = true;
        }
        const int fewest
            = a.kind == ActionKind::Wave || a.kind == ActionKind::Punch || a.kind == ActionKind::Clap ? 2 : 1;
        if (a.repetitions > fewest) {
            a.repetitions = std::max(fewest, a.repetitions * 3 / 4);
            changed = true;
        }
    }
    if (!changed && actions.size() > 1) {
        actions.pop_back();
        actions.back().standUp = true;
        changed = true;
    }
    return changed;
}

bool withinReach(const SynthClip &clip, float limit)
{
    return std::all_of(clip.joints.begin(), clip.joints.end(),
                       [limit](const glm::vec3 &p) { return std::abs(p.x) <= limit && std::abs(p.z) <= limit; });
}

} // namespace

SynthClip synthesize(const std::vector<ActionSpec> &actions, std::uint64_t seed)
{
    SynthClip clip = compose(actions, seed);
    if (clip.frames > kSynthMaxFrames)
        throw std::invalid_argument("synthesize: the actions take " + std::to_string(clip.frames)
                                    + " frames, more than " + std::to_string(kSynthMaxFrames));
    return clip;
}

SynthClip randomClip(std::uint64_t seed)
{
    Rng rng(seed ^ 0x9E3779B97F4A7C15ULL);
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::vector<ActionSpec> actions = randomActions(rng);
        do {
            SynthClip clip = compose(actions, seed);
            if (clip.frames <= kSynthMaxFrames && withinReach(clip, 29.0f))
                return clip;
        } while (shorten(actions));
    }
    ActionSpec idle;
    idle.seconds = 3.0;
    return compose({idle}, seed);
}

const char *actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Idle: return "idle";
    case ActionKind::Walk: return "walk";
    case ActionKind::Jog: return "jog";
    case ActionKind::Run: return "run";
    case ActionKind::Turn: return "turn";
    case ActionKind::Jump: return "jump";
    case ActionKind::Squat: return "squat";
    case ActionKind::Sit: return "sit";
    case ActionKind::Wave: return "wave";
    case ActionKind::RaiseArms: return "raise arms";
    case ActionKind::Kick: return "kick";
    case ActionKind::Punch: return "punch";
    case ActionKind::Clap: return "clap";
    case ActionKind::Spin: return "spin";
    }
    return "unknown";
}

std::optional<ActionKind> firstActionInCaption(const std::string &caption)
{
    const std::vector<std::string> w = words(caption);
    const auto at = [&w](std::size_t i) { return i < w.size() ? w[i] : std::string(); };
    for (std::size_t i = 0; i < w.size(); ++i) {
        // "stands up", "gets back up" end a sit; "stands" otherwise is standing still.
        const bool stand = w[i] == "stand" || w[i] == "stands" || w[i] == "standing" || w[i] == "stood";
        const bool get = w[i] == "get" || w[i] == "gets" || w[i] == "getting" || w[i] == "got";
        if (stand || get) {
            if (at(i + 1) == "up" || (at(i + 1) == "back" && at(i + 2) == "up"))
                return ActionKind::Sit;
            if (stand)
                return ActionKind::Idle;
            continue;
        }
        const auto kind = verbKind(w[i]);
        // "raises" and "lifts" name this action only for arms: "lifts his leg" is not it.
        if (kind == ActionKind::RaiseArms && !armFollows(w, i))
            continue;
        if (kind)
            return kind;
    }
    return std::nullopt;
}

float plantedHeight(int joint)
{
    switch (joint) {
    case t2m::LeftAnkle: return float(body().ankleHeight[0]);
    case t2m::RightAnkle: return float(body().ankleHeight[1]);
    case t2m::LeftFoot:
    case t2m::RightFoot: return float(kToeHeight);
    default: return 0.0f;
    }
}

} // namespace gm::motion

namespace gm::motion {

SynthClip shortGaitClip(std::uint64_t seed)
{
    std::mt19937_64 random(seed ^ 0xD1B54A32D192ED03ULL);
    const auto pick = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    ActionSpec gait;
    gait.kind = std::array<ActionKind, 3>{ActionKind::Walk, ActionKind::Jog, ActionKind::Run}[std::size_t(pick(3))];
    static const std::array<Direction, 10> kDirections
        = {Direction::Forward, Direction::Forward,  Direction::Forward, Direction::Forward, Direction::Forward,
           Direction::Forward, Direction::Backward, Direction::Left,    Direction::Right,   Direction::CurveLeft};
    gait.direction = kDirections[std::size_t(pick(int(kDirections.size())))];
    gait.pace = std::array<Pace, 3>{Pace::Slow, Pace::Normal, Pace::Fast}[std::size_t(pick(3))];
    gait.seconds = 4.0;
    const SynthClip whole = synthesize({gait}, seed);
    const int length = 16 + pick(24);
    // The steady middle (± 4 frames), far from the start-up and the slow-down at the ends.
    const int start = std::clamp((whole.frames - length) / 2 - 4 + pick(9), 0, whole.frames - length);
    SynthClip out;
    out.frames = length;
    out.joints.assign(whole.joints.begin() + std::ptrdiff_t(start) * t2m::kJointCount,
                      whole.joints.begin() + std::ptrdiff_t(start + length) * t2m::kJointCount);
    out.segments = {{gait, 0, length}};
    out.captions = whole.captions;
    return out;
}

std::string mirroredCaption(const std::string &caption)
{
    static const std::pair<const char *, const char *> kSwaps[]
        = {{"left", "right"}, {"right", "left"}, {"counterclockwise", "clockwise"}, {"clockwise", "counterclockwise"}};
    auto isLetter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    std::size_t i = 0;
    while (i < caption.size()) {
        if (!isLetter(caption[i]) || (i > 0 && isLetter(caption[i - 1]))) {
            out += caption[i++];
            continue;
        }
        std::size_t end = i;
        while (end < caption.size() && isLetter(caption[end]))
            ++end;
        std::string word = caption.substr(i, end - i);
        std::string lower = word;
        for (char &c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        for (const auto &[from, to] : kSwaps)
            if (lower == from) {
                std::string swapped = to;
                if (std::isupper(static_cast<unsigned char>(word[0])))
                    swapped[0] = char(std::toupper(static_cast<unsigned char>(swapped[0])));
                word = swapped;
                break;
            }
        out += word;
        i = end;
    }
    return out;
}

} // namespace gm::motion

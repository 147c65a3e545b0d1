// Procedural motion synthesis: exact bone lengths, joint limits, planted feet, smooth blends,
// determinism, HumanML3D clip lengths, captions and the caption verb matcher.

#include "motion/synthesis.h"
#include "motion/t2m.h"

#include <QTest>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

using namespace gm::motion;

namespace {

constexpr int J = t2m::kJointCount;
constexpr double kDeg = 180.0 / 3.14159265358979323846;

glm::vec3 at(const SynthClip &c, int frame, int joint)
{
    return c.joints[std::size_t(frame) * J + std::size_t(joint)];
}

ActionSpec act(ActionKind kind, Direction direction = Direction::Forward, Pace pace = Pace::Normal,
               double seconds = 0.0)
{
    ActionSpec a;
    a.kind = kind;
    a.direction = direction;
    a.pace = pace;
    a.seconds = seconds;
    return a;
}

ActionSpec sided(ActionKind kind, Side side, int repetitions)
{
    ActionSpec a = act(kind);
    a.side = side;
    a.repetitions = repetitions;
    return a;
}

ActionSpec turn(Direction direction, int degrees)
{
    ActionSpec a = act(ActionKind::Turn, direction);
    a.degrees = degrees;
    return a;
}

// Explicit sequences covering every action and option, alone and composed.
std::vector<std::vector<ActionSpec>> catalogue()
{
    ActionSpec forwardRaise = sided(ActionKind::RaiseArms, Side::Both, 1);
    forwardRaise.overhead = false;
    ActionSpec seated = act(ActionKind::Sit);
    seated.standUp = false;
    return {
        {act(ActionKind::Walk, Direction::Forward, Pace::Slow, 3.0), turn(Direction::Left, 90)},
        {act(ActionKind::Walk, Direction::Backward), act(ActionKind::Walk, Direction::Left, Pace::Fast, 2.0)},
        {act(ActionKind::Walk, Direction::CurveRight, Pace::Fast, 4.0), act(ActionKind::Run, Direction::Forward)},
        {act(ActionKind::Jog, Direction::Right), act(ActionKind::Jog, Direction::CurveLeft)},
        {act(ActionKind::Run, Direction::Forward, Pace::Fast, 3.0), act(ActionKind::Walk)},
        {act(ActionKind::Run, Direction::Backward), act(ActionKind::Spin, Direction::Right)},
        {turn(Direction::Right, 180), act(ActionKind::Jump, Direction::Forward)},
        {act(ActionKind::Jump, Direction::InPlace), act(ActionKind::Squat), act(ActionKind::Sit)},
        {sided(ActionKind::Wave, Side::Left, 4), sided(ActionKind::Clap, Side::Both, 4),
         sided(ActionKind::Punch, Side::Alternating, 4)},
        {sided(ActionKind::Kick, Side::Right, 2), sided(ActionKind::RaiseArms, Side::Left, 1), forwardRaise},
        {act(ActionKind::Idle), sided(ActionKind::Punch, Side::Left, 3), seated},
        {sided(ActionKind::Wave, Side::Right, 5), act(ActionKind::Jog, Direction::Backward, Pace::Slow, 2.0)},
        {act(ActionKind::Run, Direction::Left, Pace::Fast, 2.0), act(ActionKind::Run, Direction::CurveRight)},
        {sided(ActionKind::Kick, Side::Left, 1), act(ActionKind::Walk, Direction::Right, Pace::Slow)},
    };
}

std::vector<SynthClip> sampleClips()
{
    std::vector<SynthClip> clips;
    std::uint64_t seed = 1;
    for (const auto &actions : catalogue())
        clips.push_back(synthesize(actions, seed++));
    for (std::uint64_t s = 100; s < 260; ++s)
        clips.push_back(randomClip(s));
    return clips;
}

double boneError(const SynthClip &c)
{
    double worst = 0.0;
    for (int f = 0; f < c.frames; ++f) {
        for (int j = 1; j < J; ++j) {
            const double length = glm::length(at(c, f, j) - at(c, f, t2m::kParents[std::size_t(j)]));
            worst = std::max(worst, std::abs(length - double(t2m::kBoneLengths[std::size_t(j)])));
        }
    }
    return worst;
}

glm::vec3 leftAxis(const SynthClip &c, int f)
{
    glm::vec3 a = at(c, f, t2m::LeftHip) - at(c, f, t2m::RightHip);
    a.y = 0.0f;
    return glm::normalize(a);
}

// Knee flexion about the body's left axis: positive bends the shin backwards, negative is a
// knee bending the wrong way.
double kneeFlex(const SynthClip &c, int f, int hip, int knee, int ankle)
{
    const glm::vec3 thigh = glm::normalize(at(c, f, knee) - at(c, f, hip));
    const glm::vec3 shin = glm::normalize(at(c, f, ankle) - at(c, f, knee));
    return std::atan2(glm::dot(glm::cross(thigh, shin), leftAxis(c, f)), glm::dot(thigh, shin)) * kDeg;
}

double angleBetween(const glm::vec3 &a, const glm::vec3 &b)
{
    return std::acos(std::clamp(double(glm::dot(glm::normalize(a), glm::normalize(b))), -1.0, 1.0)) * kDeg;
}

double pointToSegment(const glm::vec3 &p, const glm::vec3 &a, const glm::vec3 &b)
{
    const glm::vec3 ab = b - a;
    const float s = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (a + s * ab));
}

// Largest horizontal move per frame of a foot joint while it is below its contact height on both
// frames (the foot-sliding measure).
double maxSlide(const SynthClip &c, int begin, int end)
{
    double worst = 0.0;
    for (int joint : {t2m::LeftAnkle, t2m::RightAnkle, t2m::LeftFoot, t2m::RightFoot}) {
        const float contact = plantedHeight(joint) + kContactMargin;
        for (int f = begin; f + 1 < end; ++f) {
            const glm::vec3 a = at(c, f, joint), b = at(c, f + 1, joint);
            if (a.y < contact && b.y < contact)
                worst = std::max(worst, double(glm::length(glm::vec2(b.x - a.x, b.z - a.z))));
        }
    }
    return worst;
}

bool footDown(const SynthClip &c, int f, int side)
{
    const int ankle = side == 0 ? t2m::LeftAnkle : t2m::RightAnkle, foot = side == 0 ? t2m::LeftFoot : t2m::RightFoot;
    return at(c, f, ankle).y < plantedHeight(ankle) + kContactMargin
           || at(c, f, foot).y < plantedHeight(foot) + kContactMargin;
}

double displacement(const SynthClip &c, int f)
{
    double worst = 0.0;
    for (int j = 0; j < J; ++j)
        worst = std::max(worst, double(glm::length(at(c, f + 1, j) - at(c, f, j))));
    return worst;
}

double acceleration(const SynthClip &c, int f)
{
    double worst = 0.0;
    for (int j = 0; j < J; ++j)
        worst = std::max(worst, double(glm::length(at(c, f + 1, j) - 2.0f * at(c, f, j) + at(c, f - 1, j))));
    return worst;
}

struct Peaks
{
    double speed = 0.0, accel = 0.0;
    void add(const Peaks &p)
    {
        speed = std::max(speed, p.speed);
        accel = std::max(accel, p.accel);
    }
};

// Largest per-frame joint displacement and second difference over frames [begin, end).
Peaks peaks(const SynthClip &c, int begin, int end)
{
    Peaks p;
    for (int f = std::max(begin, 1); f < std::min(end, c.frames - 1); ++f)
        p.add({displacement(c, f), acceleration(c, f)});
    return p;
}

double heading(const SynthClip &c, int f)
{
    const glm::vec3 forward = glm::cross(leftAxis(c, f), glm::vec3(0, 1, 0));
    return std::atan2(forward.x, forward.z) * kDeg;
}

// Heading change from frame a to frame b, unwrapped frame by frame.
double turned(const SynthClip &c, int a, int b)
{
    double total = 0.0;
    for (int f = a; f < b; ++f)
        total += std::remainder(heading(c, f + 1) - heading(c, f), 360.0);
    return total;
}

// Horizontal distance between the ankles.
float feetApart(const SynthClip &c, int f)
{
    const glm::vec3 d = at(c, f, t2m::LeftAnkle) - at(c, f, t2m::RightAnkle);
    return std::hypot(d.x, d.z);
}

const SynthSegment &segmentOf(const SynthClip &c, int f)
{
    for (const SynthSegment &s : c.segments) {
        if (f >= s.startFrame && f < s.endFrame)
            return s;
    }
    return c.segments.back();
}

} // namespace

Q_DECLARE_METATYPE(ActionSpec)

class TestSynthesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { mClips = sampleClips(); }

    void boneLengthsExact()
    {
        double worst = 0.0;
        for (const SynthClip &c : mClips) {
            QCOMPARE(c.joints.size(), std::size_t(c.frames) * J);
            worst = std::max(worst, boneError(c));
        }
        qInfo("max bone-length error %.3g m over %zu clips", worst, mClips.size());
        QVERIFY(worst < 1e-4);
    }

    void jointLimits()
    {
        double knee = 0.0, backwardsKnee = 0.0, elbow = 0.0, fold = 0.0, lean = 0.0, handToTrunk = 1.0;
        for (const SynthClip &c : mClips) {
            for (int f = 0; f < c.frames; ++f) {
                for (int side = 0; side < 2; ++side) {
                    const double k = side == 0 ? kneeFlex(c, f, t2m::LeftHip, t2m::LeftKnee, t2m::LeftAnkle)
                                               : kneeFlex(c, f, t2m::RightHip, t2m::RightKnee, t2m::RightAnkle);
                    knee = std::max(knee, k);
                    backwardsKnee = std::min(backwardsKnee, k);
                    const int s = side == 0 ? t2m::LeftShoulder : t2m::RightShoulder;
                    const int e = side == 0 ? t2m::LeftElbow : t2m::RightElbow;
                    const int w = side == 0 ? t2m::LeftWrist : t2m::RightWrist;
                    const glm::vec3 upper = at(c, f, e) - at(c, f, s), fore = at(c, f, w) - at(c, f, e);
                    const double flex = angleBetween(upper, fore);
                    elbow = std::max(elbow, flex);
                    // A bent elbow folds the forearm to the front of the upper arm (or up when the arm
                    // is raised sideways), never backwards.
                    const glm::vec3 u = glm::normalize(upper);
                    const glm::vec3 across = fore - u * glm::dot(fore, u);
                    const glm::vec3 frontUp = glm::cross(u, leftAxis(c, f)) + glm::vec3(0, 1, 0);
                    if (flex > 20.0)
                        QVERIFY2(glm::dot(across, frontUp) > 0.0f, "an elbow bends backwards");
                    handToTrunk = std::min(handToTrunk,
                                           pointToSegment(at(c, f, w), at(c, f, t2m::Pelvis), at(c, f, t2m::Spine3)));
                }
                const glm::vec3 pelvis = at(c, f, t2m::Pelvis), neck = at(c, f, t2m::Neck);
                fold = std::max(fold, angleBetween(at(c, f, t2m::Spine1) - pelvis, neck - at(c, f, t2m::Spine3)));
                lean = std::max(lean, angleBetween(neck - pelvis, glm::vec3(0, 1, 0)));
                QVERIFY(at(c, f, t2m::Head).y > pelvis.y + 0.3f);
            }
        }
        qInfo("knee flexion %.1f..%.1f deg, elbow max %.1f deg, spine fold max %.1f deg, trunk lean max %.1f deg, "
              "wrist-trunk min %.3f m",
              backwardsKnee, knee, elbow, fold, lean, handToTrunk);
        QVERIFY(knee <= 150.5);
        QVERIFY(backwardsKnee > -1.0);
        QVERIFY(elbow <= 150.5);
        QVERIFY(fold < 60.0);
        QVERIFY(lean < 60.0);
        QVERIFY(handToTrunk > 0.07);
    }

    void plantedFeet_data()
    {
        QTest::addColumn<ActionSpec>("action");
        QTest::newRow("walk forward slowly") << act(ActionKind::Walk, Direction::Forward, Pace::Slow, 4.0);
        QTest::newRow("walk forward") << act(ActionKind::Walk, Direction::Forward, Pace::Normal, 4.0);
        QTest::newRow("walk forward quickly") << act(ActionKind::Walk, Direction::Forward, Pace::Fast, 4.0);
        QTest::newRow("walk backward") << act(ActionKind::Walk, Direction::Backward, Pace::Normal, 4.0);
        QTest::newRow("walk sideways left") << act(ActionKind::Walk, Direction::Left, Pace::Fast, 4.0);
        QTest::newRow("walk sideways right") << act(ActionKind::Walk, Direction::Right, Pace::Normal, 4.0);
        QTest::newRow("walk curving left") << act(ActionKind::Walk, Direction::CurveLeft, Pace::Normal, 5.0);
        QTest::newRow("walk curving right") << act(ActionKind::Walk, Direction::CurveRight, Pace::Fast, 5.0);
        QTest::newRow("jog forward") << act(ActionKind::Jog, Direction::Forward, Pace::Normal, 3.0);
        QTest::newRow("jog sideways") << act(ActionKind::Jog, Direction::Left, Pace::Fast, 3.0);
        QTest::newRow("run forward quickly") << act(ActionKind::Run, Direction::Forward, Pace::Fast, 3.0);
        QTest::newRow("run backward") << act(ActionKind::Run, Direction::Backward, Pace::Normal, 3.0);
        QTest::newRow("turn 90") << turn(Direction::Left, 90);
        QTest::newRow("turn 180") << turn(Direction::Right, 180);
        QTest::newRow("spin") << act(ActionKind::Spin, Direction::Left);
    }

    void plantedFeet()
    {
        QFETCH(ActionSpec, action);
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const SynthClip c = synthesize({action, act(ActionKind::Idle)}, seed);
            const double slide = maxSlide(c, 0, c.frames);
            qInfo("seed %d: max stance-foot slide %.4f m/frame", int(seed), slide);
            QVERIFY(slide < 0.01);
        }
    }

    void plantedFeetInRandomClips()
    {
        double worst = 0.0;
        for (const SynthClip &c : mClips)
            worst = std::max(worst, maxSlide(c, 0, c.frames));
        qInfo("max stance-foot slide over %zu clips %.4f m/frame", mClips.size(), worst);
        QVERIFY(worst < 0.01);
    }

    void gaitSpeeds_data()
    {
        QTest::addColumn<ActionSpec>("action");
        QTest::addColumn<double>("slowest");
        QTest::addColumn<double>("fastest");
        QTest::addColumn<bool>("flight");
        QTest::newRow("walk slowly") << act(ActionKind::Walk, Direction::Forward, Pace::Slow, 5.0) << 0.6 << 1.6
                                     << false;
        QTest::newRow("walk") << act(ActionKind::Walk, Direction::Forward, Pace::Normal, 5.0) << 0.6 << 1.6 << false;
        QTest::newRow("walk quickly") << act(ActionKind::Walk, Direction::Forward, Pace::Fast, 5.0) << 0.6 << 1.6
                                      << false;
        QTest::newRow("jog slowly") << act(ActionKind::Jog, Direction::Forward, Pace::Slow, 4.0) << 2.0 << 3.0 << true;
        QTest::newRow("jog quickly") << act(ActionKind::Jog, Direction::Forward, Pace::Fast, 4.0) << 2.0 << 3.0 << true;
        QTest::newRow("run slowly") << act(ActionKind::Run, Direction::Forward, Pace::Slow, 4.0) << 3.0 << 4.5 << true;
        QTest::newRow("run quickly") << act(ActionKind::Run, Direction::Forward, Pace::Fast, 4.0) << 3.0 << 4.5 << true;
    }

    void gaitSpeeds()
    {
        QFETCH(ActionSpec, action);
        QFETCH(double, slowest);
        QFETCH(double, fastest);
        QFETCH(bool, flight);
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const SynthClip c = synthesize({action}, seed);
            // The steady middle: past the acceleration, before the deceleration.
            const int a = int(1.5 * t2m::kFps), b = int((action.seconds - 0.5) * t2m::kFps);
            const glm::vec3 d = at(c, b, t2m::Pelvis) - at(c, a, t2m::Pelvis);
            const double speed = glm::length(glm::vec2(d.x, d.z)) / ((b - a) / t2m::kFps);
            int airborne = 0, maxDown = 0;
            for (int f = a; f < b; ++f) {
                airborne += !footDown(c, f, 0) && !footDown(c, f, 1);
                maxDown = std::max(maxDown, int(footDown(c, f, 0)) + int(footDown(c, f, 1)));
            }
            const double pelvisMax = [&] {
                double h = 0.0;
                for (int f = a; f < b; ++f)
                    h = std::max(h, double(at(c, f, t2m::Pelvis).y));
                return h;
            }();
            qInfo("seed %d: %.2f m/s, %d airborne frames of %d, pelvis max %.3f m", int(seed), speed, airborne, b - a,
                  pelvisMax);
            QVERIFY(speed >= slowest && speed <= fastest);
            if (flight)
                QVERIFY(airborne >= (b - a) / 10);
            else
                QCOMPARE(airborne, 0);
        }
    }

    void smoothTransitions_data()
    {
        QTest::addColumn<std::vector<ActionSpec>>("actions");
        QTest::addColumn<double>("bound");
        // Bounds: a swinging foot reaches about 2.3 times the body's speed (4.4 m/s fast running).
        const auto row = [](const char *name, const std::vector<ActionSpec> &actions, double bound) {
            QTest::newRow(name) << actions << bound;
        };
        row("walk, run, walk",
            {act(ActionKind::Walk, Direction::Forward, Pace::Normal, 2.5),
             act(ActionKind::Run, Direction::Forward, Pace::Fast, 2.5),
             act(ActionKind::Walk, Direction::Forward, Pace::Normal, 2.0)},
            0.55);
        row("run, turn, jog back",
            {act(ActionKind::Run), turn(Direction::Left, 180), act(ActionKind::Jog, Direction::Backward)}, 0.55);
        row("wave, clap, punch",
            {sided(ActionKind::Wave, Side::Right, 4), sided(ActionKind::Clap, Side::Both, 4),
             sided(ActionKind::Punch, Side::Right, 3)},
            0.3);
        row("sit, jump, walk",
            {act(ActionKind::Sit), act(ActionKind::Jump, Direction::Forward),
             act(ActionKind::Walk, Direction::Left, Pace::Normal, 2.0)},
            0.35);
        row("squat, kick, spin",
            {act(ActionKind::Squat), sided(ActionKind::Kick, Side::Left, 1), act(ActionKind::Spin, Direction::Right)},
            0.35);
        row("walk, idle, raise",
            {act(ActionKind::Walk, Direction::CurveLeft), act(ActionKind::Idle),
             sided(ActionKind::RaiseArms, Side::Both, 1)},
            0.4);
    }

    void smoothTransitions()
    {
        QFETCH(std::vector<ActionSpec>, actions);
        QFETCH(double, bound);
        const SynthClip c = synthesize(actions, 7);
        QCOMPARE(c.segments.size(), actions.size());
        double worst = 0.0;
        for (int f = 0; f + 1 < c.frames; ++f)
            worst = std::max(worst, displacement(c, f));
        qInfo("max per-frame joint displacement %.3f m", worst);
        QVERIFY(worst < bound);
        // Near each boundary neither speed nor acceleration exceeds what the two actions reach on
        // their own (each synthesized alone, and inside the composed clip).
        for (std::size_t s = 1; s < c.segments.size(); ++s) {
            const int b = c.segments[s].startFrame;
            Peaks reference = peaks(c, c.segments[s - 1].startFrame, b - 3);
            reference.add(peaks(c, b + 4, c.segments[s].endFrame));
            for (std::size_t k : {s - 1, s}) {
                const SynthClip alone = synthesize({actions[k]}, 7);
                reference.add(peaks(alone, 0, alone.frames));
            }
            const Peaks edge = peaks(c, b - 3, b + 4);
            qInfo("boundary at frame %d: speed %.3f (actions %.3f), acceleration %.3f (actions %.3f) m/frame", b,
                  edge.speed, reference.speed, edge.accel, reference.accel);
            // 10 % slack: a gait change's first strides differ a little from either gait's own.
            QVERIFY(edge.speed <= reference.speed * 1.1);
            QVERIFY(edge.accel <= reference.accel * 1.1);
        }
    }

    void deterministic()
    {
        const std::vector<ActionSpec> actions{act(ActionKind::Jog, Direction::CurveLeft),
                                              sided(ActionKind::Wave, Side::Left, 3)};
        const SynthClip a = synthesize(actions, 42), b = synthesize(actions, 42), other = synthesize(actions, 43);
        QCOMPARE(a.frames, b.frames);
        QVERIFY(std::memcmp(a.joints.data(), b.joints.data(), a.joints.size() * sizeof(glm::vec3)) == 0);
        QCOMPARE(a.captions, b.captions);
        QVERIFY(a.joints != other.joints);
        for (std::uint64_t seed : {0ULL, 5ULL, 123456789ULL}) {
            const SynthClip x = randomClip(seed), y = randomClip(seed);
            QCOMPARE(x.frames, y.frames);
            QVERIFY(std::memcmp(x.joints.data(), y.joints.data(), x.joints.size() * sizeof(glm::vec3)) == 0);
            QCOMPARE(x.captions, y.captions);
        }
    }

    void clipLengths()
    {
        int shortest = 1 << 30, longest = 0, single = 0;
        const int n = 400;
        std::set<ActionKind> kinds;
        for (int seed = 0; seed < n; ++seed) {
            const SynthClip c = randomClip(std::uint64_t(seed) * 7919 + 3);
            shortest = std::min(shortest, c.frames);
            longest = std::max(longest, c.frames);
            QVERIFY(c.frames >= kSynthMinFrames && c.frames <= kSynthMaxFrames);
            QVERIFY(c.segments.size() >= 1 && c.segments.size() <= 3);
            single += c.segments.size() == 1;
            QCOMPARE(c.segments.front().startFrame, 0);
            QCOMPARE(c.segments.back().endFrame, c.frames);
            for (std::size_t s = 0; s < c.segments.size(); ++s) {
                QVERIFY(c.segments[s].endFrame > c.segments[s].startFrame);
                if (s > 0)
                    QCOMPARE(c.segments[s].startFrame, c.segments[s - 1].endFrame);
                kinds.insert(c.segments[s].action.kind);
            }
        }
        qInfo("clip lengths %d..%d frames, %d of %d single-action clips", shortest, longest, single, n);
        QVERIFY(single > n * 3 / 10 && single < n / 2);
        QCOMPARE(kinds.size(), std::size_t(14));
    }

    void sane()
    {
        float lowestJoint = 1.0f, farthest = 0.0f, pelvisLow = 9.0f, pelvisHigh = 0.0f;
        for (const SynthClip &c : mClips) {
            for (const glm::vec3 &p : c.joints) {
                QVERIFY(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z));
                lowestJoint = std::min(lowestJoint, p.y);
                farthest = std::max({farthest, std::abs(p.x), std::abs(p.z)});
            }
            for (int f = 0; f < c.frames; ++f) {
                const ActionKind kind = segmentOf(c, f).action.kind;
                if (kind == ActionKind::Sit || kind == ActionKind::Squat || kind == ActionKind::Jump)
                    continue;
                pelvisLow = std::min(pelvisLow, at(c, f, t2m::Pelvis).y);
                pelvisHigh = std::max(pelvisHigh, at(c, f, t2m::Pelvis).y);
            }
            // HumanML3D's first frame: at the origin, facing +Z.
            QVERIFY(std::abs(at(c, 0, t2m::Pelvis).x) < 1e-4f && std::abs(at(c, 0, t2m::Pelvis).z) < 1e-4f);
            QVERIFY(std::abs(heading(c, 0)) < 0.5);
        }
        qInfo("lowest joint %.4f m, farthest %.2f m, pelvis %.3f..%.3f m", lowestJoint, farthest, pelvisLow,
              pelvisHigh);
        QVERIFY(lowestJoint > -0.002f);
        QVERIFY(farthest < 30.0f);
        QVERIFY(pelvisLow > 0.5f && pelvisHigh < 1.3f);
    }

    void captions()
    {
        for (std::uint64_t seed = 0; seed < 300; ++seed) {
            const SynthClip c = randomClip(seed);
            QCOMPARE(c.captions.size(), std::size_t(3));
            QCOMPARE(std::set<std::string>(c.captions.begin(), c.captions.end()).size(), std::size_t(3));
            for (const std::string &caption : c.captions) {
                QVERIFY(!caption.empty() && caption.back() == '.');
                QVERIFY(std::none_of(caption.begin(), caption.end(), [](char ch) { return std::isupper(int(ch)); }));
                const auto kind = firstActionInCaption(caption);
                QVERIFY2(kind && *kind == c.segments.front().action.kind, caption.c_str());
            }
        }
        const SynthClip c
            = synthesize({act(ActionKind::Walk, Direction::Forward, Pace::Slow), turn(Direction::Left, 90)}, 3);
        for (const std::string &caption : c.captions) {
            qInfo("%s", caption.c_str());
            QVERIFY(caption.find("left") != std::string::npos);
        }
    }

    void verbMatcher_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<int>("kind");
        QTest::newRow("walk") << "a person walks forward slowly, then turns left." << int(ActionKind::Walk);
        QTest::newRow("stroll") << "someone strolls ahead at a slow pace and turns to the left."
                                << int(ActionKind::Walk);
        QTest::newRow("turn noun") << "the man makes a left turn and walks away." << int(ActionKind::Turn);
        QTest::newRow("stands up") << "a person stands up from the chair." << int(ActionKind::Sit);
        QTest::newRow("gets back up") << "the person gets back up and waves." << int(ActionKind::Sit);
        QTest::newRow("stands still") << "a man stands still, then runs." << int(ActionKind::Idle);
        QTest::newRow("sprints") << "A Person SPRINTS forward." << int(ActionKind::Run);
        QTest::newRow("hops") << "someone hops on one leg" << int(ActionKind::Jump);
        QTest::newRow("raises") << "a figure raises both arms overhead" << int(ActionKind::RaiseArms);
        QTest::newRow("lifts a leg") << "someone lifts the left leg and kicks" << int(ActionKind::Kick);
        QTest::newRow("clapping") << "a person is clapping" << int(ActionKind::Clap);
        QTest::newRow("none") << "a person does something odd." << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void verbMatcher()
    {
        QFETCH(QString, caption);
        QFETCH(int, kind);
        const auto found = firstActionInCaption(caption.toStdString());
        QCOMPARE(found ? int(*found) : -1, kind);
        QCOMPARE(QString::fromLatin1(actionName(ActionKind::RaiseArms)), QStringLiteral("raise arms"));
    }

    void actions()
    {
        const auto span = [](const SynthClip &c, int s) {
            return std::pair(c.segments[std::size_t(s)].startFrame, c.segments[std::size_t(s)].endFrame);
        };
        {
            const SynthClip c = synthesize({sided(ActionKind::Wave, Side::Left, 5)}, 1);
            int above = 0;
            for (int f = 0; f < c.frames; ++f)
                above += at(c, f, t2m::LeftWrist).y > at(c, f, t2m::LeftShoulder).y + 0.15f;
            qInfo("wave: hand above the shoulder on %d of %d frames", above, c.frames);
            QVERIFY(above > c.frames / 2);
        }
        {
            const SynthClip c = synthesize({sided(ActionKind::Clap, Side::Both, 5)}, 1);
            int claps = 0;
            bool together = false;
            for (int f = 0; f < c.frames; ++f) {
                const glm::vec3 l = at(c, f, t2m::LeftWrist), r = at(c, f, t2m::RightWrist);
                const bool meet = glm::length(l - r) < 0.1f && l.z > at(c, f, t2m::Spine3).z + 0.2f;
                claps += meet && !together;
                together = meet;
            }
            QCOMPARE(claps, 5);
        }
        {
            ActionSpec sit = act(ActionKind::Sit, Direction::Forward, Pace::Normal, 2.0);
            const SynthClip c = synthesize({sit}, 1);
            const int f = c.frames / 2;
            const double knee = kneeFlex(c, f, t2m::LeftHip, t2m::LeftKnee, t2m::LeftAnkle);
            const glm::vec3 pelvis = at(c, f, t2m::Pelvis);
            qInfo("seated: knee %.1f deg, pelvis %.2f m high, %.2f m behind", knee, pelvis.y, -pelvis.z);
            QVERIFY(knee > 75.0 && knee < 110.0);
            QVERIFY(pelvis.y < 0.65f && pelvis.z < -0.25f);
            QVERIFY(std::abs(at(c, c.frames - 1, t2m::Pelvis).y - at(c, 0, t2m::Pelvis).y) < 0.01f);
        }
        {
            const SynthClip c = synthesize({turn(Direction::Left, 90), turn(Direction::Right, 180)}, 1);
            const auto [a0, a1] = span(c, 0);
            const auto [b0, b1] = span(c, 1);
            qInfo("turns: %.1f and %.1f deg", turned(c, a0, a1), turned(c, b0, b1 - 1));
            QVERIFY(std::abs(turned(c, 0, c.frames - 1) + 90.0) < 3.0);
            QVERIFY(std::abs(turned(c, a0, b0) - 90.0) < 12.0);
        }
        {
            const SynthClip c = synthesize({act(ActionKind::Spin, Direction::Right)}, 1);
            qInfo("spin: %.1f deg", turned(c, 0, c.frames - 1));
            QVERIFY(std::abs(turned(c, 0, c.frames - 1) + 360.0) < 3.0);
        }
        {
            const SynthClip c = synthesize({sided(ActionKind::RaiseArms, Side::Both, 1)}, 1);
            const int f = c.frames / 2;
            QVERIFY(at(c, f, t2m::LeftWrist).y > at(c, f, t2m::Head).y + 0.2f);
            QVERIFY(at(c, f, t2m::RightWrist).y > at(c, f, t2m::Head).y + 0.2f);
        }
        {
            const SynthClip c = synthesize({sided(ActionKind::Kick, Side::Right, 1)}, 1);
            float high = 0.0f, front = 0.0f;
            for (int f = 0; f < c.frames; ++f) {
                high = std::max(high, at(c, f, t2m::RightAnkle).y);
                front = std::max(front, at(c, f, t2m::RightAnkle).z);
            }
            qInfo("kick: ankle up to %.2f m high, %.2f m in front", high, front);
            QVERIFY(high > 0.5f && front > 0.5f);
        }
        {
            const SynthClip c = synthesize({sided(ActionKind::Punch, Side::Right, 2)}, 1);
            float reach = 0.0f;
            for (int f = 0; f < c.frames; ++f)
                reach = std::max(reach, at(c, f, t2m::RightWrist).z - at(c, f, t2m::RightShoulder).z);
            QVERIFY(reach > 0.4f);
        }
        {
            const SynthClip c = synthesize({act(ActionKind::Squat)}, 1);
            float low = 9.0f;
            for (int f = 0; f < c.frames; ++f)
                low = std::min(low, at(c, f, t2m::Pelvis).y);
            QVERIFY(at(c, 0, t2m::Pelvis).y - low > 0.3f);
        }
        {
            const SynthClip c = synthesize({act(ActionKind::Jump, Direction::Forward)}, 1);
            int airborne = 0;
            for (int f = 0; f < c.frames; ++f)
                airborne += !footDown(c, f, 0) && !footDown(c, f, 1);
            const float distance = at(c, c.frames - 1, t2m::Pelvis).z - at(c, 0, t2m::Pelvis).z;
            qInfo("jump: %d airborne frames, %.2f m forward", airborne, distance);
            QVERIFY(airborne >= 5 && distance > 0.4f);
        }
    }

    // Kicks vary as captured ones do: knee- to chest-high, from standing or from a fighting
    // stance with the guard up, some turning a full circle, and a first kick may begin already in
    // the stance (a take cut from a longer one, as the Bandai-Namco kick is: its guard is up on
    // frame 0). Such a clip still starts as HumanML3D's do, and its feet do not slide.
    void kicksVaryAsCapturedOnesDo()
    {
        int begunInStance = 0, begunStanding = 0, turning = 0, waiting = 0;
        float lowest = 9.0f, highest = 0.0f;
        double slide = 0.0;
        const int clips = 120;
        for (std::uint64_t seed = 1; seed <= std::uint64_t(clips); ++seed) {
            const SynthClip c = synthesize({sided(ActionKind::Kick, Side::Right, 2)}, seed);
            QVERIFY(std::abs(at(c, 0, t2m::Pelvis).x) < 1e-4f && std::abs(at(c, 0, t2m::Pelvis).z) < 1e-4f);
            QVERIFY(std::abs(heading(c, 0)) < 0.5);
            slide = std::max(slide, maxSlide(c, 0, c.frames));
            const float stagger = feetApart(c, 0);
            const bool guard = at(c, 0, t2m::LeftWrist).y > at(c, 0, t2m::LeftShoulder).y - 0.2f
                               && at(c, 0, t2m::RightWrist).y > at(c, 0, t2m::RightShoulder).y - 0.2f;
            if (stagger > 0.4f && guard)
                ++begunInStance;
            if (stagger < 0.25f && !guard)
                ++begunStanding;
            float high = 0.0f;
            int firstLift = -1;
            for (int f = 0; f < c.frames; ++f) {
                high = std::max(high, at(c, f, t2m::RightAnkle).y);
                if (firstLift < 0 && at(c, f, t2m::RightAnkle).y > 0.3f)
                    firstLift = f;
            }
            lowest = std::min(lowest, high);
            highest = std::max(highest, high);
            turning += std::abs(turned(c, 0, c.frames - 1)) > 600.0; // two kicks, a circle each
            waiting += stagger > 0.3f && firstLift > 20;             // a second or more in the stance first
        }
        qInfo("of %d kick clips: %d begin in the stance, %d standing, %d turn, %d wait in the stance first; "
              "ankle peaks %.2f..%.2f m; slide %.4f m/frame",
              clips, begunInStance, begunStanding, turning, waiting, lowest, highest, slide);
        QVERIFY(begunInStance > clips / 5 && begunInStance < clips / 2);
        QVERIFY(begunStanding > clips / 3);
        QVERIFY(turning > clips / 10 && turning < clips / 3);
        QVERIFY(waiting > clips / 10);
        QVERIFY(lowest < 0.7f && highest > 0.9f);
        QVERIFY(slide < 0.01);
        // Only a clip's first action begins in the stance: after another action it steps in (by
        // the kick's start, halfway through the blend, the front foot has barely left).
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const SynthClip c = synthesize(
                {act(ActionKind::Idle, Direction::Forward, Pace::Normal, 1.5), sided(ActionKind::Kick, Side::Right, 1)},
                seed);
            const int kickStart = c.segments[1].startFrame;
            QVERIFY(feetApart(c, kickStart) < 0.3f);
            QVERIFY(maxSlide(c, 0, c.frames) < 0.01);
        }
    }

    void invalidInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, synthesize({}, 1));
        ActionSpec seated = act(ActionKind::Sit);
        seated.standUp = false;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, synthesize({seated, act(ActionKind::Walk)}, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 synthesize({act(ActionKind::Walk, Direction::Forward, Pace::Normal, 9.0),
                                             act(ActionKind::Run, Direction::Forward, Pace::Normal, 5.0)},
                                            1));
        // Too short: held on its last pose up to the minimum length.
        const SynthClip c = synthesize({turn(Direction::Left, 90)}, 1);
        QVERIFY(c.frames >= kSynthMinFrames);
    }

    void shortGaitClips()
    {
        int forward = 0;
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const SynthClip c = shortGaitClip(seed);
            QVERIFY(c.frames >= 16 && c.frames <= 39);
            QCOMPARE(c.joints.size(), std::size_t(c.frames) * t2m::kJointCount);
            QCOMPARE(c.segments.size(), std::size_t(1));
            const ActionKind kind = c.segments[0].action.kind;
            QVERIFY(kind == ActionKind::Walk || kind == ActionKind::Jog || kind == ActionKind::Run);
            QCOMPARE(c.captions.size(), std::size_t(3));
            QVERIFY2(firstActionInCaption(c.captions[0]) == kind, c.captions[0].c_str());
            forward += c.segments[0].action.direction == Direction::Forward ? 1 : 0;
            // A steady gait: the pelvis moves every frame (no standing start or stop in the crop).
            const std::size_t J = t2m::kJointCount;
            const glm::vec3 a = c.joints[0], b = c.joints[(std::size_t(c.frames) - 1) * J];
            QVERIFY2(glm::length(glm::vec2(b.x - a.x, b.z - a.z)) > 0.2f * float(c.frames) / 20.0f,
                     c.captions[0].c_str());
        }
        QVERIFY(forward >= 15 && forward <= 35);
        QCOMPARE(shortGaitClip(5).joints, shortGaitClip(5).joints);
    }

    void mirroringSwapsSidesAndCaptions()
    {
        const SynthClip clip = randomClip(77);
        const std::vector<glm::vec3> m = t2m::mirrored(clip.joints);
        QCOMPARE(m.size(), clip.joints.size());
        const std::size_t J = t2m::kJointCount;
        for (std::size_t f = 0; f < std::size_t(clip.frames); f += 17) {
            // The left wrist of the mirror is the right wrist with x negated; the pelvis stays.
            const glm::vec3 right = clip.joints[f * J + t2m::RightWrist], left = m[f * J + t2m::LeftWrist];
            QCOMPARE(left, glm::vec3(-right.x, right.y, right.z));
            QCOMPARE(m[f * J].y, clip.joints[f * J].y);
        }
        QCOMPARE(t2m::mirrored(m), clip.joints); // twice is the identity
        for (int j = 0; j < t2m::kJointCount; ++j)
            QCOMPARE(t2m::kMirror[std::size_t(t2m::kMirror[std::size_t(j)])], j);

        QCOMPARE(mirroredCaption("a person waves the left hand, then turns right."),
                 std::string("a person waves the right hand, then turns left."));
        QCOMPARE(mirroredCaption("Left foot kicks; spins clockwise"),
                 std::string("Right foot kicks; spins counterclockwise"));
        QCOMPARE(mirroredCaption("a person walks forward leftwards"), std::string("a person walks forward leftwards"));
        QCOMPARE(mirroredCaption("the counterclockwise spin"), std::string("the clockwise spin"));
    }

private:
    std::vector<SynthClip> mClips;
};

QTEST_GUILESS_MAIN(TestSynthesis)
#include "test_synthesis.moc"

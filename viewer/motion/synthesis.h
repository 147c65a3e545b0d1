#pragma once

#include <glm/vec3.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gm::motion {

/// Procedural motion for training corpora: joint positions on the 22-joint t2m skeleton in
/// HumanML3D's convention (Y up, metres, 20 fps, the person at the origin facing +Z on frame 0,
/// feet on the floor y = 0), every bone exactly t2m's length, with HumanML3D-style captions.

enum class ActionKind { Idle, Walk, Jog, Run, Turn, Jump, Squat, Sit, Wave, RaiseArms, Kick, Punch, Clap, Spin };

/// Gaits use all of them (Left/Right: sideways); Turn and Spin: Left or Right; Jump: Forward or InPlace.
enum class Direction { Forward, Backward, Left, Right, CurveLeft, CurveRight, InPlace };
enum class Pace { Slow, Normal, Fast };
/// Wave, Kick: Left or Right; RaiseArms: also Both; Punch: also Alternating.
enum class Side { Left, Right, Both, Alternating };

struct ActionSpec
{
    ActionKind kind = ActionKind::Idle;
    Direction direction = Direction::Forward;
    Pace pace = Pace::Normal; ///< gaits
    Side side = Side::Right;
    int degrees = 90;     ///< Turn: 90 or 180 (other angles from 30 to 360 work, captions say the number)
    int repetitions = 1;  ///< Jump, Squat, Kick, Punch, Clap, RaiseArms; Wave: side-to-side swings
    double seconds = 0.0; ///< gaits (time at speed), Idle, Sit (time seated); 0 picks a typical duration
    bool overhead = true; ///< RaiseArms: overhead, or forward to shoulder height
    bool standUp = true;  ///< Sit: stands back up; only the last action may stay seated
};

struct SynthSegment
{
    ActionSpec action;
    int startFrame = 0;
    int endFrame = 0; ///< exclusive; segments tile [0, frames)
};

struct SynthClip
{
    std::vector<glm::vec3> joints; ///< frames × 22 (t2m order), row-major, Y up, metres
    int frames = 0;
    std::vector<SynthSegment> segments;
    std::vector<std::string> captions; ///< 3 different phrasings naming the actions in order
};

constexpr int kSynthMinFrames = 40;  ///< 2 s at 20 fps, HumanML3D's shortest clips
constexpr int kSynthMaxFrames = 196; ///< 9.8 s, HumanML3D's longest
/// A foot joint lower than plantedHeight(joint) + kContactMargin counts as touching the floor.
constexpr float kContactMargin = 0.025f;

/// Composes the actions in order, blending each into the next over 0.4 s. Clips shorter than
/// kSynthMinFrames are held on their last (standing) pose. `seed` picks the body style (stride,
/// cadence, arm swing, ...) and the captions' wording: the same input gives bit-identical output.
/// Throws std::invalid_argument for no actions, a seated Sit that is not last, or actions that
/// need more than kSynthMaxFrames frames.
SynthClip synthesize(const std::vector<ActionSpec> &actions, std::uint64_t seed);

/// One to three random actions (about 40 % single-action clips), kSynthMinFrames to kSynthMaxFrames
/// frames, staying within 30 m of the origin.
SynthClip randomClip(std::uint64_t seed);

/// A short steady gait, as real takes sometimes are (0.8–1.95 s: 16 to 39 frames): one walk, jog
/// or run (forward more often than not) cropped from the middle of a longer one, with that
/// gait's captions. Deterministic in `seed`.
SynthClip shortGaitClip(std::uint64_t seed);

/// A caption of the mirrored motion: "left" and "right" (and "clockwise" and "counterclockwise")
/// swapped as whole words, keeping their capitalisation.
std::string mirroredCaption(const std::string &caption);

/// "walk", "jog", "run", "turn", "jump", "squat", "sit", "wave", "raise arms", "kick", "punch",
/// "clap", "spin", "idle".
const char *actionName(ActionKind kind);

/// The action kind of the first action verb in a caption ("strolls" → Walk, "stands up" → Sit,
/// "stands still" → Idle, "makes a left turn" → Turn), or nullopt when it names none. For scoring
/// generated captions against a clip's first action.
std::optional<ActionKind> firstActionInCaption(const std::string &caption);

/// Height above the floor of a planted ankle or foot joint (t2m::LeftAnkle, RightAnkle, LeftFoot,
/// RightFoot): the rest pose's foot pitched like a standing foot, the foot joint 1 cm above the
/// floor. 0 for other joints.
float plantedHeight(int joint);

} // namespace gm::motion

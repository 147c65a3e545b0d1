#include "motion/retarget.h"

#include "motion/units.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

namespace gm::motion {

namespace {

// Arc-length fractions of spine1, spine2 and spine3 along pelvis → neck, and of the neck along
// pelvis → head, in HumanML3D's reference proportions (t2m::kBoneLengths).
constexpr float kSpineFractions[3] = {0.2386f, 0.4982f, 0.6022f};
constexpr float kNeckFraction = 0.8426f;
// The collar sits about half-way from spine3 to the shoulder (0.51 in the reference proportions).
constexpr float kCollarFraction = 0.5f;

// Candidate names per t2m joint, normalised. '%' stands for "left"/"right", '$' for "l"/"r".
// Order matters: the first candidate present wins.
const std::vector<std::string> &candidates(int joint)
{
    using namespace t2m;
    static const std::array<std::vector<std::string>, kJointCount> kTable = [] {
        std::array<std::vector<std::string>, kJointCount> t;
        t[Pelvis] = {"pelvis", "hips", "hip", "bp", "root"};
        t[LeftHip] = {"%hip",   "%upleg", "%thigh", "%upperleg", "upperleg$", "thigh$",
                      "upleg$", "$thigh", "$upleg", "$hip",      "hip$",      "$h"};
        t[LeftKnee] = {"%knee", "%leg",  "%shin", "%lowerleg", "%calf", "lowerleg$", "shin$",
                       "calf$", "knee$", "$shin", "$knee",     "$calf", "$leg",      "$k"};
        t[LeftAnkle] = {"%ankle", "%foot", "foot$", "ankle$", "$ankle", "$foot", "$a"};
        // KIT (MMM): LA ankle, LF foot, LM metatarsal; the metatarsal is the toe joint's analogue.
        t[LeftFoot] = {"%toebase", "%toe", "%toes", "%ball", "toes$", "toe$", "toebase$", "ball$", "$toe", "$toes",
                       "$toebase", "$ball", "$toe0", "%toe0", "$m", "$f",
                       // SMPL's "left_foot" is the toe joint; rigs whose "LeftFoot" is the ankle
                       // (CMU, Mixamo) have already given it to the ankle.
                       "%foot", "foot$", "$foot"};
        t[Spine1] = {"spine1"};
        t[Spine2] = {"spine2"};
        t[Spine3] = {"spine3"};
        t[Neck] = {"neck", "neck1", "bln", "lowerneck"};
        t[Head] = {"head", "bun"};
        t[LeftShoulder] = {"%arm",   "%upperarm", "upperarm$", "uparm$",    "$upperarm",
                           "$uparm", "$arm",      "%shoulder", "$shoulder", "$s"};
        t[LeftCollar] = {"%collar",   "%clavicle", "collar$",   "clavicle$", "$collar",
                         "$clavicle", "shoulder$", "%shoulder", "$shoulder"};
        t[LeftElbow] = {"%elbow", "%forearm", "%lowerarm", "lowerarm$", "forearm$",
                        "elbow$", "$forearm", "$elbow",    "$lowerarm", "$e"};
        // Wrists before hands: SMPL's "L_Hand" is a joint beyond the wrist; rigs without a wrist
        // joint (CMU, Mixamo) call it the hand.
        t[LeftWrist] = {"%wrist", "wrist$", "$wrist", "$w", "%hand", "hand$", "$hand"};
        const std::pair<int, int> mirrors[] = {
            {LeftHip, RightHip},           {LeftKnee, RightKnee},     {LeftAnkle, RightAnkle}, {LeftFoot, RightFoot},
            {LeftShoulder, RightShoulder}, {LeftCollar, RightCollar}, {LeftElbow, RightElbow}, {LeftWrist, RightWrist}};
        auto expand = [](std::string s, bool left) {
            std::string out;
            for (char c : s) {
                if (c == '%')
                    out += left ? "left" : "right";
                else if (c == '$')
                    out += left ? 'l' : 'r';
                else
                    out += c;
            }
            return out;
        };
        for (const auto &[l, r] : mirrors) {
            for (const std::string &s : t[std::size_t(l)])
                t[std::size_t(r)].push_back(expand(s, false));
            for (std::string &s : t[std::size_t(l)])
                s = expand(s, true);
        }
        return t;
    }();
    return kTable[std::size_t(joint)];
}

bool isAncestor(const Skeleton &s, int ancestor, int joint)
{
    for (int j = joint; j >= 0; j = s.parent(j))
        if (j == ancestor)
            return true;
    return false;
}

glm::vec3 alongPolyline(const std::vector<glm::vec3> &points, float fraction)
{
    float total = 0.0f;
    for (std::size_t i = 1; i < points.size(); ++i)
        total += glm::length(points[i] - points[i - 1]);
    float target = std::clamp(fraction, 0.0f, 1.0f) * total;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const float segment = glm::length(points[i] - points[i - 1]);
        if (target <= segment && segment > 0.0f)
            return glm::mix(points[i - 1], points[i], target / segment);
        target -= segment;
    }
    return points.back();
}

} // namespace

std::string normalizeJointName(const std::string &name)
{
    std::string s = name.substr(name.rfind(':') == std::string::npos ? 0 : name.rfind(':') + 1);
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    // "m_avg_"/"f_avg_": the official SMPL / SMPL-H FBX rigs ("m_avg_L_Hip").
    for (const char *prefix : {"bip001", "bip01", "character1", "mixamorig", "smplx", "smpl", "mavg", "favg"})
        if (out.rfind(prefix, 0) == 0 && out.size() > std::strlen(prefix))
            out.erase(0, std::strlen(prefix));
    return out;
}

T2mMapping mapToT2m(const Skeleton &skeleton)
{
    using namespace t2m;
    std::vector<std::string> names;
    for (const Joint &j : skeleton.joints())
        names.push_back(normalizeJointName(j.name));
    std::vector<bool> used(names.size(), false);
    auto find = [&](int joint) {
        for (const std::string &candidate : candidates(joint))
            for (std::size_t i = 0; i < names.size(); ++i)
                if (!used[i] && names[i] == candidate) {
                    used[i] = true;
                    return int(i);
                }
        return -1;
    };

    T2mMapping m;
    m.source.fill(-1);
    // Order matters: upper arms before collars (CMU's "LeftShoulder" is a collar when "LeftArm"
    // exists, SMPL's "left_shoulder" is the upper arm), hips and limbs before the spine.
    const int order[]
        = {Pelvis,     LeftHip,   RightHip,   LeftKnee,     RightKnee,     LeftAnkle,  RightAnkle,  LeftFoot,
           RightFoot,  Head,      Neck,       LeftShoulder, RightShoulder, LeftCollar, RightCollar, LeftElbow,
           RightElbow, LeftWrist, RightWrist, Spine1,       Spine2,        Spine3};
    for (int joint : order)
        m.source[std::size_t(joint)] = find(joint);

    std::vector<std::string> missing;
    for (int joint : {Pelvis, LeftHip, RightHip, LeftKnee, RightKnee, LeftAnkle, RightAnkle, LeftFoot, RightFoot, Head,
                      LeftShoulder, RightShoulder, LeftElbow, RightElbow, LeftWrist, RightWrist})
        if (m.source[std::size_t(joint)] < 0)
            missing.push_back(kJointNames[std::size_t(joint)]);
    if (!missing.empty()) {
        std::string list, have;
        for (const std::string &n : missing)
            list += (list.empty() ? "" : ", ") + n;
        for (const Joint &j : skeleton.joints())
            have += (have.empty() ? "" : ", ") + j.name;
        throw RetargetError("cannot map this skeleton to the 22-joint t2m skeleton: no joint found for " + list
                            + " (the skeleton has: " + have + ")");
    }

    // The spine: all three SMPL spine joints by name, or interpolated along the source's chain
    // from the pelvis to the neck (or the head).
    const int pelvis = m.source[Pelvis];
    const bool directSpine = m.source[Spine1] >= 0 && m.source[Spine2] >= 0 && m.source[Spine3] >= 0;
    if (!directSpine)
        m.source[Spine1] = m.source[Spine2] = m.source[Spine3] = -1;
    m.neckInterpolated = m.source[Neck] < 0;
    const int top = m.neckInterpolated ? m.source[Head] : m.source[Neck];
    if (!isAncestor(skeleton, pelvis, top))
        throw RetargetError("cannot map this skeleton to t2m: '" + skeleton.joint(top).name
                            + "' is not below the pelvis joint '" + skeleton.joint(pelvis).name + "'");
    for (int j = top; j != pelvis; j = skeleton.parent(j))
        m.spineChain.insert(m.spineChain.begin(), j);
    m.spineChain.insert(m.spineChain.begin(), pelvis);
    if (!directSpine)
        m.notes.push_back("spine1-3 interpolated along " + skeleton.joint(pelvis).name + " → "
                          + skeleton.joint(top).name);
    if (m.neckInterpolated)
        m.notes.push_back("neck interpolated between " + skeleton.joint(pelvis).name + " and "
                          + skeleton.joint(top).name);
    for (int collar : {LeftCollar, RightCollar})
        if (m.source[std::size_t(collar)] < 0)
            m.notes.push_back(std::string(kJointNames[std::size_t(collar)])
                              + " placed between spine3 and the shoulder");
    return m;
}

MotionClip retargetToT2m(const MotionClip &clip, double fps)
{
    using namespace t2m;
    if (clip.frameCount() == 0)
        throw RetargetError("cannot retarget an empty clip");
    const T2mMapping m = mapToT2m(clip.skeleton());
    auto metresYUp = [&](const glm::vec3 &p) { return toMetresYUp(clip.info, p); };

    const int frames = clip.frameCount();
    std::vector<glm::vec3> positions(std::size_t(frames) * kJointCount);
    std::vector<glm::vec3> chain(m.spineChain.size());
    for (int f = 0; f < frames; ++f) {
        glm::vec3 *out = positions.data() + std::size_t(f) * kJointCount;
        for (int j = 0; j < kJointCount; ++j)
            if (m.source[std::size_t(j)] >= 0)
                out[j] = metresYUp(clip.globalPosition(f, m.source[std::size_t(j)]));
        for (std::size_t i = 0; i < chain.size(); ++i)
            chain[i] = metresYUp(clip.globalPosition(f, m.spineChain[i]));
        // Fractions along pelvis → neck; with no neck the chain ends at the head.
        const float span = m.neckInterpolated ? kNeckFraction : 1.0f;
        if (m.neckInterpolated)
            out[Neck] = alongPolyline(chain, kNeckFraction);
        if (m.source[Spine1] < 0)
            for (int k = 0; k < 3; ++k)
                out[Spine1 + 3 * k] = alongPolyline(chain, kSpineFractions[k] * span);
        if (m.source[LeftCollar] < 0)
            out[LeftCollar] = glm::mix(out[Spine3], out[LeftShoulder], kCollarFraction);
        if (m.source[RightCollar] < 0)
            out[RightCollar] = glm::mix(out[Spine3], out[RightShoulder], kCollarFraction);
    }

    MotionClip result = MotionClip::fromPositions(t2m::skeleton(), clip.fps(), std::move(positions));
    if (std::abs(fps - clip.fps()) > 1e-9)
        result = result.resampled(fps);
    result.info.sourcePath = clip.info.sourcePath;
    result.info.format = clip.info.format;
    result.info.captions = clip.info.captions;
    result.info.warnings = clip.info.warnings;
    result.info.metresPerUnit = 1.0;
    result.info.upAxis = UpAxis::Y;
    return result;
}

BodySide bodySide(const std::string &name)
{
    std::string lower;
    for (char c : name)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    const bool left = lower.find("left") != std::string::npos;
    const bool right = lower.find("right") != std::string::npos;
    if (left != right)
        return left ? BodySide::Left : BodySide::Right;
    // Words of the name: split at separators and at case changes ("LHipJoint" → L, Hip, Joint;
    // "UpperLeg_L" → Upper, Leg, L; "Bip01 R Calf"; "m_avg_L_Hip"); a lone "L" or "R" is a side.
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(word);
        word.clear();
    };
    const std::string base = name.substr(name.rfind(':') == std::string::npos ? 0 : name.rfind(':') + 1);
    for (std::size_t i = 0; i < base.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(base[i]);
        if (!std::isalnum(c)) {
            flush();
            continue;
        }
        const bool upper = std::isupper(c);
        const bool nextLower = i + 1 < base.size() && std::islower(static_cast<unsigned char>(base[i + 1]));
        const bool prevLower = i > 0 && std::islower(static_cast<unsigned char>(base[i - 1]));
        const bool prevUpper = i > 0 && std::isupper(static_cast<unsigned char>(base[i - 1]));
        if (upper && (prevLower || (prevUpper && nextLower)))
            flush();
        word += char(c);
    }
    flush();
    for (const std::string &w : words) {
        if (w == "L" || w == "l")
            return BodySide::Left;
        if (w == "R" || w == "r")
            return BodySide::Right;
    }
    // KIT's MMM labels: two or three capitals, the first the side ("LS", "RE", "LH").
    if (base.size() >= 2 && (base[0] == 'L' || base[0] == 'R') && std::isupper(static_cast<unsigned char>(base[1]))
        && (base.size() == 2 || base.size() == 3))
        return base[0] == 'L' ? BodySide::Left : BodySide::Right;
    return BodySide::Centre;
}

} // namespace gm::motion

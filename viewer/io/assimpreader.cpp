#include "io/assimpreader.h"

#include "io/fileutil.h"
#include "motion/units.h"

#include <assimp/Importer.hpp>
#include <assimp/config.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

namespace gm::motion {

namespace {

// ---------------------------------------------------------------------------------------------
// Content sniffing

bool contains(std::string_view text, std::string_view needle)
{
    return text.find(needle) != std::string_view::npos;
}

std::string_view skipBomAndSpace(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    while (!text.empty()
           && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
        text.remove_prefix(1);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Assimp ↔ GLM

glm::dmat4 toGlm(const aiMatrix4x4 &m)
{
    // aiMatrix4x4 is row-major (a1..a4 is the first row); GLM is column-major.
    return glm::dmat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

glm::dvec3 toGlm(const aiVector3D &v)
{
    return {v.x, v.y, v.z};
}

glm::dquat toGlm(const aiQuaternion &q)
{
    return glm::normalize(glm::dquat(q.w, q.x, q.y, q.z));
}

glm::dmat4 composeTrs(const glm::dvec3 &t, const glm::dquat &r, const glm::dvec3 &s)
{
    glm::dmat4 m = glm::mat4_cast(r);
    m[0] *= s.x;
    m[1] *= s.y;
    m[2] *= s.z;
    m[3] = glm::dvec4(t, 1.0);
    return m;
}

struct Trs
{
    glm::dvec3 translation{0.0};
    glm::dquat rotation{1.0, 0.0, 0.0, 0.0};
    glm::dvec3 scale{1.0};
};

Trs decompose(const aiMatrix4x4 &m)
{
    aiVector3D s, t;
    aiQuaternion r;
    m.Decompose(s, r, t);
    return {toGlm(t), toGlm(r), toGlm(s)};
}

bool isUnitScale(const glm::dvec3 &s)
{
    constexpr double kTolerance = 1e-4;
    return std::abs(s.x - 1.0) <= kTolerance && std::abs(s.y - 1.0) <= kTolerance && std::abs(s.z - 1.0) <= kTolerance;
}

/// The rotation and position of a transform that may carry scale: the rotation is its normalised
/// 3×3 part (a reflection flips the X axis so that it stays a rotation).
struct RigidPart
{
    glm::dquat rotation{1.0, 0.0, 0.0, 0.0};
    glm::dvec3 position{0.0};
};

RigidPart rigidPart(const glm::dmat4 &m)
{
    glm::dvec3 x(m[0]), y(m[1]), z(m[2]);
    const auto safeNormalize = [](const glm::dvec3 &v, const glm::dvec3 &fallback) {
        const double length = glm::length(v);
        return length > 1e-300 && std::isfinite(length) ? v / length : fallback;
    };
    x = safeNormalize(x, {1.0, 0.0, 0.0});
    y = safeNormalize(y, {0.0, 1.0, 0.0});
    z = safeNormalize(z, {0.0, 0.0, 1.0});
    if (glm::dot(glm::cross(x, y), z) < 0.0)
        x = -x;
    return {glm::normalize(glm::quat_cast(glm::dmat3(x, y, z))), glm::dvec3(m[3])};
}

// ---------------------------------------------------------------------------------------------
// Key sampling. Keys are sorted by time; a cursor per track makes a pass over increasing times
// linear in the number of keys.

template<typename Key>
std::size_t findSegment(const Key *keys, std::size_t count, double t, std::size_t &cursor)
{
    if (cursor >= count || keys[cursor].mTime > t)
        cursor = 0;
    while (cursor + 1 < count && keys[cursor + 1].mTime <= t)
        ++cursor;
    return cursor;
}

// The value of a key track at time t: the first key before it, the last after it, `interpolate`
// between the two keys around it.
template<typename Key, typename Interpolate>
auto sampleKeys(const Key *keys, std::size_t count, double t, std::size_t &cursor, Interpolate interpolate)
{
    if (count == 1 || t <= keys[0].mTime)
        return toGlm(keys[0].mValue);
    if (t >= keys[count - 1].mTime)
        return toGlm(keys[count - 1].mValue);
    const std::size_t i = findSegment(keys, count, t, cursor);
    const double span = keys[i + 1].mTime - keys[i].mTime;
    const double a = span > 0.0 ? (t - keys[i].mTime) / span : 0.0;
    return interpolate(toGlm(keys[i].mValue), toGlm(keys[i + 1].mValue), a);
}

glm::dvec3 sampleVector(const aiVectorKey *keys, std::size_t count, double t, std::size_t &cursor)
{
    return sampleKeys(keys, count, t, cursor,
                      [](const glm::dvec3 &a, const glm::dvec3 &b, double x) { return glm::mix(a, b, x); });
}

glm::dquat sampleRotation(const aiQuatKey *keys, std::size_t count, double t, std::size_t &cursor)
{
    // glm::slerp takes the shorter arc.
    return sampleKeys(keys, count, t, cursor, [](const glm::dquat &a, const glm::dquat &b, double x) {
        return glm::normalize(glm::slerp(a, b, x));
    });
}

// ---------------------------------------------------------------------------------------------
// Scene → clip

struct JointSource
{
    const aiNode *node = nullptr;
    const aiNodeAnim *channel = nullptr;
    int parent = -1;
    Trs rest;
    std::size_t positionCursor = 0;
    std::size_t rotationCursor = 0;
    std::size_t scaleCursor = 0;

    /// The local TRS at `ticks`: animated components from the channel, the rest from the node.
    Trs sample(double ticks)
    {
        if (!channel)
            return rest;
        Trs trs = rest;
        if (channel->mNumPositionKeys > 0)
            trs.translation = sampleVector(channel->mPositionKeys, channel->mNumPositionKeys, ticks, positionCursor);
        if (channel->mNumRotationKeys > 0)
            trs.rotation = sampleRotation(channel->mRotationKeys, channel->mNumRotationKeys, ticks, rotationCursor);
        if (channel->mNumScalingKeys > 0)
            trs.scale = sampleVector(channel->mScalingKeys, channel->mNumScalingKeys, ticks, scaleCursor);
        return trs;
    }
};

bool metadataNumber(const aiMetadata *meta, const char *key, double &value)
{
    if (!meta)
        return false;
    for (unsigned i = 0; i < meta->mNumProperties; ++i) {
        if (std::string_view(meta->mKeys[i].C_Str()) != key)
            continue;
        const aiMetadataEntry &entry = meta->mValues[i];
        if (!entry.mData)
            return false;
        switch (entry.mType) {
        case AI_BOOL: value = *static_cast<const bool *>(entry.mData) ? 1.0 : 0.0; return true;
        case AI_INT32: value = double(*static_cast<const std::int32_t *>(entry.mData)); return true;
        case AI_UINT64: value = double(*static_cast<const std::uint64_t *>(entry.mData)); return true;
        case AI_FLOAT: value = double(*static_cast<const float *>(entry.mData)); return true;
        case AI_DOUBLE: value = *static_cast<const double *>(entry.mData); return true;
        default: return false;
        }
    }
    return false;
}

std::string formatNumber(double value, int significantDigits = 3)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g", significantDigits, value);
    return buffer;
}

/// Whether every key of each component of the channel holds the same value.
bool isConstant(const aiNodeAnim &channel)
{
    constexpr double kTolerance = 1e-6;
    const auto sameVectors = [](const aiVectorKey *keys, unsigned count) {
        for (unsigned k = 1; k < count; ++k)
            if (glm::length(toGlm(keys[k].mValue) - toGlm(keys[0].mValue))
                > kTolerance * (1.0 + glm::length(toGlm(keys[0].mValue))))
                return false;
        return true;
    };
    for (unsigned k = 1; k < channel.mNumRotationKeys; ++k)
        if (std::abs(glm::dot(toGlm(channel.mRotationKeys[k].mValue), toGlm(channel.mRotationKeys[0].mValue)))
            < 1.0 - kTolerance)
            return false;
    return sameVectors(channel.mPositionKeys, channel.mNumPositionKeys)
           && sameVectors(channel.mScalingKeys, channel.mNumScalingKeys);
}

class SceneConverter
{
public:
    SceneConverter(const std::string &path, const aiScene &scene, AssimpReader::Format format)
        : mPath(path)
        , mScene(scene)
        , mFormat(format)
    {}

    MotionClip convert();

private:
    [[noreturn]] void fail(const std::string &detail) const { throw MotionFileError(mPath, detail); }
    void warn(std::string text) { mWarnings.push_back(std::move(text)); }

    void indexNodes(const aiNode *root);
    void chooseAnimation();
    void selectJoints();
    void chooseFrameGrid();
    void readUnits(MotionClip &clip);

    const std::string &mPath;
    const aiScene &mScene;
    AssimpReader::Format mFormat;
    std::vector<std::string> mWarnings;

    std::unordered_map<std::string, const aiNode *> mNodeByName;
    std::unordered_map<const aiNode *, int> mDepth;
    std::set<std::string> mDuplicateNames;

    // The take: channels of one animation, or of several fragments of one take.
    std::vector<const aiNodeAnim *> mChannels;
    double mTicksPerSecond = 0.0;
    double mDurationTicks = 0.0;

    std::vector<JointSource> mJoints;
    glm::dmat4 mFold{1.0}; // global transform of the nodes above the skeleton

    double mFps = 0.0;
    double mStartTicks = 0.0;
    double mTicksPerFrame = 1.0;
    int mFrameCount = 0;
};

void SceneConverter::indexNodes(const aiNode *root)
{
    // Depth-first pre-order, like aiNode::FindNode: the first node of a name wins.
    std::vector<std::pair<const aiNode *, int>> stack{{root, 0}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        const std::string name = node->mName.C_Str();
        if (!mNodeByName.emplace(name, node).second && !name.empty())
            mDuplicateNames.insert(name);
        mDepth[node] = depth;
        for (unsigned i = node->mNumChildren; i-- > 0;)
            if (node->mChildren[i])
                stack.push_back({node->mChildren[i], depth + 1});
    }
}

void SceneConverter::chooseAnimation()
{
    std::vector<const aiAnimation *> animations;
    for (unsigned i = 0; i < mScene.mNumAnimations; ++i)
        if (mScene.mAnimations[i] && mScene.mAnimations[i]->mNumChannels > 0)
            animations.push_back(mScene.mAnimations[i]);
    if (animations.empty()) {
        bool hasBones = false;
        for (unsigned m = 0; m < mScene.mNumMeshes; ++m)
            hasBones = hasBones || (mScene.mMeshes[m] && mScene.mMeshes[m]->mNumBones > 0);
        if (hasBones)
            fail("no animation: the file has a rig but no keyframes");
        fail("no animation: the file has no skeleton or animated nodes");
    }
    const auto ticksPerSecond
        = [](const aiAnimation *a) { return a->mTicksPerSecond > 0.0 ? a->mTicksPerSecond : 25.0; };

    // Fragments of one take (e.g. COLLADA2GLTF writes one unnamed glTF animation per channel):
    // same name and tick rate, and no node animated twice. Merge them.
    bool fragments = animations.size() > 1;
    std::set<std::string> animatedNodes;
    for (const aiAnimation *a : animations) {
        if (std::string_view(a->mName.C_Str()) != animations.front()->mName.C_Str()
            || a->mTicksPerSecond != animations.front()->mTicksPerSecond)
            fragments = false;
        for (unsigned c = 0; c < a->mNumChannels; ++c)
            if (a->mChannels[c] && !animatedNodes.insert(a->mChannels[c]->mNodeName.C_Str()).second)
                fragments = false;
    }

    std::vector<const aiAnimation *> chosen;
    if (fragments || animations.size() == 1) {
        chosen = animations;
    } else {
        const aiAnimation *longest = animations.front();
        for (const aiAnimation *a : animations)
            if (a->mDuration / ticksPerSecond(a) > longest->mDuration / ticksPerSecond(longest))
                longest = a;
        chosen = {longest};
        warn("the file has " + std::to_string(animations.size()) + " animations; read the longest, '"
             + longest->mName.C_Str() + "' (" + formatNumber(longest->mDuration / ticksPerSecond(longest)) + " s)");
    }

    mTicksPerSecond = chosen.front()->mTicksPerSecond;
    if (!(mTicksPerSecond > 0.0) || !std::isfinite(mTicksPerSecond)) {
        warn("the animation has no tick rate; assumed 25 ticks per second");
        mTicksPerSecond = 25.0;
    }
    for (const aiAnimation *a : chosen) {
        if (!std::isfinite(a->mDuration) || a->mDuration < 0.0)
            fail("the animation's duration is not a number of ticks >= 0");
        mDurationTicks = std::max(mDurationTicks, a->mDuration);
        for (unsigned c = 0; c < a->mNumChannels; ++c)
            if (a->mChannels[c])
                mChannels.push_back(a->mChannels[c]);
    }
}

void SceneConverter::selectJoints()
{
    std::set<const aiNode *> excluded;
    for (unsigned i = 0; i < mScene.mNumCameras; ++i)
        if (auto it = mNodeByName.find(mScene.mCameras[i]->mName.C_Str()); it != mNodeByName.end())
            excluded.insert(it->second);
    for (unsigned i = 0; i < mScene.mNumLights; ++i)
        if (auto it = mNodeByName.find(mScene.mLights[i]->mName.C_Str()); it != mNodeByName.end())
            excluded.insert(it->second);

    std::map<const aiNode *, const aiNodeAnim *> channelOf;
    std::set<const aiNode *> core; // nodes that move, and bones
    for (const aiNodeAnim *channel : mChannels) {
        const auto it = mNodeByName.find(channel->mNodeName.C_Str());
        if (it == mNodeByName.end()) {
            warn(std::string("animation channel '") + channel->mNodeName.C_Str() + "' names no node; ignored");
            continue;
        }
        if (excluded.count(it->second))
            continue;
        if (channel->mNumPositionKeys == 0 && channel->mNumRotationKeys == 0 && channel->mNumScalingKeys == 0)
            continue;
        channelOf.emplace(it->second, channel);
        if (!isConstant(*channel))
            core.insert(it->second);
    }
    if (channelOf.empty())
        fail("no animation: no animation channel moves a node of the scene");
    // Bones of real meshes. A scene flagged incomplete has no meshes of its own; Assimp may add a
    // placeholder "skeleton mesh" whose bones are every node, which says nothing.
    const bool placeholderMeshes = (mScene.mFlags & AI_SCENE_FLAGS_INCOMPLETE) != 0;
    for (unsigned m = 0; !placeholderMeshes && m < mScene.mNumMeshes; ++m) {
        const aiMesh *mesh = mScene.mMeshes[m];
        for (unsigned b = 0; mesh && b < mesh->mNumBones; ++b) {
            const auto it = mNodeByName.find(mesh->mBones[b]->mName.C_Str());
            if (it != mNodeByName.end() && !excluded.count(it->second))
                core.insert(it->second);
        }
    }
    if (core.empty()) // a held pose: every channel is constant
        for (const auto &entry : channelOf)
            core.insert(entry.first);

    // The skeleton is rooted at the lowest common ancestor of the nodes that move and the bones.
    // Nodes with constant channels inside it are joints too (a finger held still); those above it
    // (Blender's armature object) are folded into the root like any static parent.
    const auto commonAncestor = [this](const aiNode *a, const aiNode *b) {
        while (mDepth[a] > mDepth[b])
            a = a->mParent;
        while (mDepth[b] > mDepth[a])
            b = b->mParent;
        while (a != b) {
            a = a->mParent;
            b = b->mParent;
        }
        return a;
    };
    const aiNode *lca = *core.begin();
    for (const aiNode *node : core)
        lca = commonAncestor(lca, node);
    std::set<const aiNode *> selected = core;
    for (const auto &entry : channelOf)
        if (commonAncestor(lca, entry.first) == lca)
            selected.insert(entry.first);

    std::set<const aiNode *> joints;
    for (const aiNode *node : selected)
        for (const aiNode *n = node; n && joints.insert(n).second && n != lca; n = n->mParent) {
        }
    // A scene root that is only a container (identity transform, no channel, not a bone) is no
    // joint: its children become roots.
    if (lca == mScene.mRootNode && !selected.count(lca) && lca->mTransformation.IsIdentity())
        joints.erase(lca);

    // The transform above the skeleton. Static: a node above it either has no channel or a
    // constant one, which replaces its node transform.
    if (joints.count(lca) && lca->mParent) {
        glm::dmat4 above(1.0);
        for (const aiNode *n = lca->mParent; n; n = n->mParent) {
            const auto channel = channelOf.find(n);
            glm::dmat4 local = toGlm(n->mTransformation);
            if (channel != channelOf.end()) {
                JointSource source;
                source.channel = channel->second;
                source.rest = decompose(n->mTransformation);
                const Trs trs = source.sample(0.0);
                local = composeTrs(trs.translation, trs.rotation, trs.scale);
            }
            above = local * above;
        }
        mFold = above;
    }

    // Depth-first, in Assimp's order: parents precede children.
    std::unordered_map<const aiNode *, int> indexOf;
    std::vector<const aiNode *> stack{mScene.mRootNode};
    while (!stack.empty()) {
        const aiNode *node = stack.back();
        stack.pop_back();
        if (joints.count(node)) {
            JointSource source;
            source.node = node;
            const auto channel = channelOf.find(node);
            source.channel = channel == channelOf.end() ? nullptr : channel->second;
            source.rest = decompose(node->mTransformation);
            source.parent = -1;
            for (const aiNode *p = node->mParent; p; p = p->mParent)
                if (const auto it = indexOf.find(p); it != indexOf.end()) {
                    source.parent = it->second;
                    break;
                }
            indexOf[node] = int(mJoints.size());
            mJoints.push_back(source);
        }
        for (unsigned i = node->mNumChildren; i-- > 0;)
            if (node->mChildren[i])
                stack.push_back(node->mChildren[i]);
    }
}

void SceneConverter::chooseFrameGrid()
{
    double minKey = 0.0;
    double maxKey = 0.0;
    std::vector<double> times;
    const auto addTime = [&](double t) {
        if (!std::isfinite(t))
            fail("an animation key has a time that is not a number");
        minKey = std::min(minKey, t);
        maxKey = std::max(maxKey, t);
        times.push_back(t);
    };
    for (const JointSource &joint : mJoints) {
        if (!joint.channel)
            continue;
        const aiNodeAnim *c = joint.channel;
        for (unsigned k = 0; k < c->mNumPositionKeys; ++k)
            addTime(c->mPositionKeys[k].mTime);
        for (unsigned k = 0; k < c->mNumRotationKeys; ++k)
            addTime(c->mRotationKeys[k].mTime);
        for (unsigned k = 0; k < c->mNumScalingKeys; ++k)
            addTime(c->mScalingKeys[k].mTime);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    mStartTicks = minKey; // 0 unless keys lie before 0
    const double endTicks = std::max(mDurationTicks, maxKey);
    constexpr double kMinFrameRate = 10.0;
    constexpr double kMaxFrameRate = 300.0;
    if (mTicksPerSecond >= kMinFrameRate && mTicksPerSecond <= kMaxFrameRate) {
        // FBX: ticks are frames at the file's frame rate. Keys off the tick grid (Blender adds
        // some at Euler flips) are interpolated like any other time.
        mFps = mTicksPerSecond;
    } else {
        // glTF (milliseconds) and friends: the coarsest common frame rate that holds every key.
        static constexpr double kRates[] = {24, 25, 30, 48, 50, 60, 72, 90, 96, 100, 120, 144, 180, 240, 300};
        mFps = 0.0;
        for (double rate : kRates) {
            const bool fits = std::all_of(times.begin(), times.end(), [&](double t) {
                const double frame = (t - mStartTicks) / mTicksPerSecond * rate;
                return std::abs(frame - std::round(frame)) < 0.02;
            });
            if (fits) {
                mFps = rate;
                break;
            }
        }
        if (mFps == 0.0) {
            mFps = 30.0;
            warn("the key times are not on a common frame grid; sampled at " + formatNumber(mFps) + " fps");
        }
    }
    mTicksPerFrame = mTicksPerSecond / mFps;
    const double frames = std::round((endTicks - mStartTicks) / mTicksPerFrame) + 1.0;
    constexpr double kMaxSamples = 50e6; // frames × joints: ~1.4 GB while sampling
    if (!std::isfinite(frames) || frames * double(mJoints.size()) > kMaxSamples)
        fail("the animation is too long to sample: " + formatNumber(frames, 12) + " frames of "
             + std::to_string(mJoints.size()) + " joints");
    mFrameCount = int(frames);
}

void SceneConverter::readUnits(MotionClip &clip)
{
    double metresPerUnit = 1.0;
    UpAxis up = UpAxis::Y;
    const char *unitName = "m";
    double value = 0.0;
    switch (mFormat) {
    case AssimpReader::Format::Fbx:
        metresPerUnit = 0.01;
        unitName = "cm";
        if (metadataNumber(mScene.mMetaData, "UnitScaleFactor", value) && value > 0.0 && std::isfinite(value)) {
            metresPerUnit = 0.01 * value;
            unitName = value == 1.0 ? "cm" : "declared";
        }
        if (metadataNumber(mScene.mMetaData, "UpAxis", value)) {
            if (value == 2.0)
                up = UpAxis::Z;
            else if (value != 1.0)
                warn("the file declares X as its up axis; assumed Y");
        }
        break;
    case AssimpReader::Format::Gltf: break; // metres and Y up by definition
    case AssimpReader::Format::Collada:
        // Assimp applies <unit> and <up_axis> to the root node already; use metadata if it has any.
        if (metadataNumber(mScene.mMetaData, "UnitScaleFactor", value) && value > 0.0 && std::isfinite(value)) {
            metresPerUnit = value;
            unitName = "declared";
        }
        if (metadataNumber(mScene.mMetaData, "UpAxis", value) && value == 2.0)
            up = UpAxis::Z;
        break;
    }
    clip.info.metresPerUnit = metresPerUnit;
    clip.info.upAxis = up;

    // A body-sized skeleton whose declared unit makes it implausibly tall or small: the numbers
    // are very likely in another unit taken for the declared one (Blender imports a BVH taking one
    // unit as one metre). Guess that unit from the height, as for BVH.
    constexpr int kBodyJoints = 15;
    if (clip.jointCount() < kBodyJoints)
        return;
    const double height = measureFigure(clip).height * metresPerUnit;
    if (!(height > 0.0) || (height >= 0.5 && height <= 2.5))
        return;
    const LengthUnit guess = guessLengthUnit(height);
    if (guess.metresPerUnit == 1.0)
        return;
    clip.info.metresPerUnit = metresPerUnit * guess.metresPerUnit;
    warn(std::string("the declared unit (") + unitName + ", " + formatNumber(metresPerUnit) + " m) makes the figure "
         + formatNumber(height) + " m tall; assumed one unit is " + formatNumber(metresPerUnit) + " " + guess.name
         + " (" + formatNumber(clip.info.metresPerUnit) + " m), which makes it "
         + formatNumber(height * guess.metresPerUnit) + " m");
}

MotionClip SceneConverter::convert()
{
    if (!mScene.mRootNode)
        fail("Assimp returned a scene without nodes");
    indexNodes(mScene.mRootNode);
    chooseAnimation();
    selectJoints();
    chooseFrameGrid();

    const std::size_t jointCount = mJoints.size();
    const std::size_t frames = std::size_t(mFrameCount);

    // Non-unit scale anywhere in the skeleton (rest, animated, or above it): full matrices.
    bool scaled = !isUnitScale(
        {glm::length(glm::dvec3(mFold[0])), glm::length(glm::dvec3(mFold[1])), glm::length(glm::dvec3(mFold[2]))});
    for (const JointSource &joint : mJoints) {
        scaled = scaled || !isUnitScale(joint.rest.scale);
        for (unsigned k = 0; joint.channel && k < joint.channel->mNumScalingKeys; ++k)
            scaled = scaled || !isUnitScale(toGlm(joint.channel->mScalingKeys[k].mValue));
    }

    // Names: unique and non-empty.
    std::vector<Joint> joints(jointCount);
    std::set<std::string> used;
    for (std::size_t j = 0; j < jointCount; ++j) {
        std::string name = mJoints[j].node->mName.C_Str();
        if (mDuplicateNames.count(name))
            warn("several nodes are named '" + name + "'; animation channels bind to the first");
        if (name.empty())
            name = "joint" + std::to_string(j);
        const std::string base = name;
        for (int k = 2; !used.insert(name).second; ++k)
            name = base + "_" + std::to_string(k);
        joints[j].name = name;
        joints[j].parent = mJoints[j].parent;
        joints[j].rotationOrder = RotationOrder::ZXY;
    }

    // Rest pose: global matrices from the node transforms, expressed in our model (offsets and
    // end sites in the parent's unscaled rotated frame).
    std::vector<glm::dmat4> restGlobal(jointCount);
    std::vector<RigidPart> restRigid(jointCount);
    std::vector<int> childCount(jointCount, 0);
    for (std::size_t j = 0; j < jointCount; ++j) {
        const int p = mJoints[j].parent;
        restGlobal[j] = (p < 0 ? mFold : restGlobal[std::size_t(p)]) * toGlm(mJoints[j].node->mTransformation);
        restRigid[j] = rigidPart(restGlobal[j]);
        const RigidPart parent = p < 0 ? RigidPart{} : restRigid[std::size_t(p)];
        joints[j].offset = glm::vec3(glm::inverse(parent.rotation) * (restRigid[j].position - parent.position));
        if (p >= 0)
            ++childCount[std::size_t(p)];
    }
    // End sites: a leaf joint whose node has exactly one child, itself a leaf without meshes.
    for (std::size_t j = 0; j < jointCount; ++j) {
        const aiNode *node = mJoints[j].node;
        if (childCount[j] != 0 || node->mNumChildren != 1 || !node->mChildren[0])
            continue;
        const aiNode *end = node->mChildren[0];
        if (end->mNumChildren != 0 || end->mNumMeshes != 0)
            continue;
        const glm::dvec3 position(restGlobal[j] * toGlm(end->mTransformation)[3]);
        joints[j].endSite = glm::vec3(glm::inverse(restRigid[j].rotation) * (position - restRigid[j].position));
        joints[j].hasEndSite = true;
    }

    std::vector<glm::quat> rotations(frames * jointCount);
    std::vector<glm::vec3> localTranslations(frames * jointCount);
    const RigidPart fold = rigidPart(mFold);
    std::vector<glm::dmat4> global(jointCount);
    std::vector<RigidPart> globalRigid(jointCount);
    for (std::size_t f = 0; f < frames; ++f) {
        const double ticks = mStartTicks + double(f) * mTicksPerFrame;
        for (std::size_t j = 0; j < jointCount; ++j) {
            const Trs local = mJoints[j].sample(ticks);
            const int p = mJoints[j].parent;
            glm::dquat rotation;
            glm::dvec3 translation;
            if (scaled) {
                global[j] = (p < 0 ? mFold : global[std::size_t(p)])
                            * composeTrs(local.translation, local.rotation, local.scale);
                globalRigid[j] = rigidPart(global[j]);
                const RigidPart parent = p < 0 ? RigidPart{} : globalRigid[std::size_t(p)];
                const glm::dquat inverseParent = glm::inverse(parent.rotation);
                rotation = inverseParent * globalRigid[j].rotation;
                translation = inverseParent * (globalRigid[j].position - parent.position);
            } else if (p < 0) {
                rotation = fold.rotation * local.rotation;
                translation = fold.position + fold.rotation * local.translation;
            } else {
                rotation = local.rotation;
                translation = local.translation;
            }
            rotations[f * jointCount + j] = glm::quat(glm::normalize(rotation));
            localTranslations[f * jointCount + j] = glm::vec3(translation);
        }
    }

    // Animated translations: every joint when scale forced full matrices; else the roots and the
    // joints whose translation leaves their rest offset.
    std::vector<int> translated;
    for (std::size_t j = 0; j < jointCount; ++j) {
        bool moves = scaled || joints[j].parent < 0;
        const glm::vec3 offset = joints[j].offset;
        const float tolerance = 1e-6f * (1.0f + glm::length(offset));
        for (std::size_t f = 0; !moves && f < frames; ++f)
            moves = glm::length(localTranslations[f * jointCount + j] - offset) > tolerance;
        if (moves)
            translated.push_back(int(j));
    }
    std::vector<glm::vec3> translations;
    translations.reserve(frames * translated.size());
    for (std::size_t f = 0; f < frames; ++f)
        for (int j : translated)
            translations.push_back(localTranslations[f * jointCount + std::size_t(j)]);

    MotionClip clip;
    try {
        clip = MotionClip::fromRotations(Skeleton(std::move(joints)), mFps, std::move(rotations), std::move(translated),
                                         std::move(translations));
    } catch (const std::invalid_argument &e) {
        fail(e.what());
    }
    readUnits(clip);
    clip.info.sourcePath = mPath;
    clip.info.warnings = std::move(mWarnings);
    return clip;
}

} // namespace

AssimpReader::AssimpReader(Format format)
    : mFormat(format)
{}

std::string AssimpReader::name() const
{
    switch (mFormat) {
    case Format::Fbx: return "FBX";
    case Format::Gltf: return "glTF";
    case Format::Collada: return "COLLADA";
    }
    return {};
}

std::string AssimpReader::description() const
{
    switch (mFormat) {
    case Format::Fbx: return "Autodesk FBX";
    case Format::Gltf: return "glTF 2.0";
    case Format::Collada: return "COLLADA";
    }
    return {};
}

std::vector<std::string> AssimpReader::extensions() const
{
    switch (mFormat) {
    case Format::Fbx: return {"fbx"};
    case Format::Gltf: return {"gltf", "glb"};
    case Format::Collada: return {"dae"};
    }
    return {};
}

bool AssimpReader::canRead(std::string_view head) const
{
    switch (mFormat) {
    case Format::Fbx:
        return head.substr(0, 18) == "Kaydara FBX Binary" || contains(head, "; FBX ")
               || contains(head, "FBXHeaderExtension");
    case Format::Gltf: {
        if (head.substr(0, 4) == "glTF")
            return true;
        const std::string_view text = skipBomAndSpace(head);
        return !text.empty() && text.front() == '{' && contains(text, "\"asset\"");
    }
    case Format::Collada: return contains(head, "<COLLADA");
    }
    return false;
}

MotionClip AssimpReader::read(const std::string &path, const ReadOptions &) const
{
    const std::uint64_t size = fileSize(path);
    if (size == 0)
        throw MotionFileError(path, "empty file");
    if (size > kMaxFileBytes)
        throw MotionFileError(path, "file is " + std::to_string(size) + " bytes; " + name()
                                        + " files over 2 GiB are refused");

    Assimp::Importer importer;
    // Otherwise FBX pivots and pre-rotations become "$AssimpFbx$" helper nodes.
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
    const aiScene *scene = nullptr;
    try {
        scene = importer.ReadFile(path, aiProcess_ValidateDataStructure);
    } catch (const std::exception &e) {
        throw MotionFileError(path, std::string("Assimp could not read it: ") + e.what());
    }
    if (!scene) {
        std::string error = importer.GetErrorString();
        if (error.empty())
            error = "unknown error";
        throw MotionFileError(path, "Assimp could not read it: " + error);
    }
    MotionClip clip = SceneConverter(path, *scene, mFormat).convert();
    clip.info.format = name();
    return clip;
}

} // namespace gm::motion

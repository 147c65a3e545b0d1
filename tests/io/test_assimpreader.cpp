// The Assimp-based FBX / glTF / COLLADA reader on every FBX and glTF file in the shared data, on
// small files written here, and on broken input. Assimp itself is the oracle for joint positions:
// the test evaluates the animation on Assimp's node tree with its own matrix and quaternion types.

#include "common/gmtest.h"
#include "io/assimpreader.h"
#include "motion/units.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <assimp/Importer.hpp>
#include <assimp/config.h>
#include <assimp/scene.h>

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace gm::motion;
using Format = AssimpReader::Format;

namespace {

Format formatOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".fbx"), Qt::CaseInsensitive))
        return Format::Fbx;
    if (path.endsWith(QLatin1String(".dae"), Qt::CaseInsensitive))
        return Format::Collada;
    return Format::Gltf;
}

MotionClip readClip(const QString &path)
{
    return AssimpReader(formatOf(path)).read(path.toStdString());
}

QString errorOf(const QString &path, Format format)
{
    try {
        AssimpReader(format).read(path.toStdString());
    } catch (const MotionFileError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

bool hasWarning(const MotionClip &clip, const char *text)
{
    return std::any_of(clip.info.warnings.begin(), clip.info.warnings.end(),
                       [&](const std::string &w) { return w.find(text) != std::string::npos; });
}

QString joined(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &n : names)
        list << QString::fromStdString(n);
    return list.join(QLatin1Char(' '));
}

// ---------------------------------------------------------------------------------------------
// The oracle: Assimp's scene, evaluated independently of the reader (linear keys, Assimp's own
// quaternion interpolation, aiMatrix4x4 products down the node tree).

class AssimpOracle
{
public:
    explicit AssimpOracle(const QString &path)
    {
        mImporter.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
        mScene = mImporter.ReadFile(path.toStdString(), 0);
    }

    const aiScene *scene() const { return mScene; }

    /// Uses every animation's channels (fragments of one take) or only the longest one.
    void useAnimations(bool onlyLongest)
    {
        mChannels.clear();
        const aiAnimation *longest = nullptr;
        for (unsigned a = 0; a < mScene->mNumAnimations; ++a) {
            const aiAnimation *anim = mScene->mAnimations[a];
            if (!longest || anim->mDuration / anim->mTicksPerSecond > longest->mDuration / longest->mTicksPerSecond)
                longest = anim;
        }
        for (unsigned a = 0; a < mScene->mNumAnimations; ++a) {
            const aiAnimation *anim = mScene->mAnimations[a];
            if (onlyLongest && anim != longest)
                continue;
            mTicksPerSecond = anim->mTicksPerSecond;
            for (unsigned c = 0; c < anim->mNumChannels; ++c)
                mChannels[anim->mChannels[c]->mNodeName.C_Str()] = anim->mChannels[c];
        }
    }

    double ticksPerSecond() const { return mTicksPerSecond; }
    bool isAnimated(const std::string &node) const { return mChannels.count(node) != 0; }

    /// Global transforms of every node at `ticks` (negative: the rest pose, no animation).
    std::map<std::string, aiMatrix4x4> globals(double ticks) const
    {
        std::map<std::string, aiMatrix4x4> result;
        walk(mScene->mRootNode, aiMatrix4x4(), ticks, result);
        return result;
    }

private:
    template<typename Key, typename Value, typename Lerp>
    static Value sample(const Key *keys, unsigned count, double t, Value fallback, Lerp lerp)
    {
        if (count == 0)
            return fallback;
        if (count == 1 || t <= keys[0].mTime)
            return keys[0].mValue;
        if (t >= keys[count - 1].mTime)
            return keys[count - 1].mValue;
        unsigned i = 0;
        while (keys[i + 1].mTime <= t)
            ++i;
        const double a = (t - keys[i].mTime) / (keys[i + 1].mTime - keys[i].mTime);
        return lerp(keys[i].mValue, keys[i + 1].mValue, float(a));
    }

    void walk(const aiNode *node, const aiMatrix4x4 &parent, double ticks,
              std::map<std::string, aiMatrix4x4> &result) const
    {
        aiMatrix4x4 local = node->mTransformation;
        const auto it = mChannels.find(node->mName.C_Str());
        if (ticks >= 0.0 && it != mChannels.end()) {
            const aiNodeAnim *c = it->second;
            aiVector3D restScale, restPosition;
            aiQuaternion restRotation;
            node->mTransformation.Decompose(restScale, restRotation, restPosition);
            const auto lerpVector = [](const aiVector3D &a, const aiVector3D &b, float t) { return a + (b - a) * t; };
            const auto slerp = [](const aiQuaternion &a, const aiQuaternion &b, float t) {
                aiQuaternion q;
                aiQuaternion::Interpolate(q, a, b, t);
                return q.Normalize();
            };
            const aiVector3D s = sample(c->mScalingKeys, c->mNumScalingKeys, ticks, restScale, lerpVector);
            const aiVector3D p = sample(c->mPositionKeys, c->mNumPositionKeys, ticks, restPosition, lerpVector);
            aiQuaternion r = sample(c->mRotationKeys, c->mNumRotationKeys, ticks, restRotation, slerp);
            local = aiMatrix4x4(s, r.Normalize(), p);
        }
        const aiMatrix4x4 global = parent * local;
        result.emplace(node->mName.C_Str(), global);
        for (unsigned i = 0; i < node->mNumChildren; ++i)
            walk(node->mChildren[i], global, ticks, result);
    }

    Assimp::Importer mImporter;
    const aiScene *mScene = nullptr;
    std::map<std::string, const aiNodeAnim *> mChannels;
    double mTicksPerSecond = 0.0;
};

glm::vec3 positionOf(const aiMatrix4x4 &m)
{
    return {m.a4, m.b4, m.c4};
}

/// Largest distance between a clip's global positions and Assimp's at `frame`, relative to the
/// size of the figure (the diagonal of Assimp's joint positions' bounding box).
struct Comparison
{
    double positionError = 0.0; ///< relative
    double rotationError = 0.0; ///< 1 - |dot|, for joints whose global scale is uniform
    QString worstJoint;
};

Comparison compareWithAssimp(const MotionClip &clip, const AssimpOracle &oracle, int frame)
{
    const double ticks = double(frame) * oracle.ticksPerSecond() / clip.fps();
    const auto globals = oracle.globals(ticks);
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (int j = 0; j < clip.jointCount(); ++j) {
        const glm::vec3 p = positionOf(globals.at(clip.skeleton().joint(j).name));
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const double size = std::max(1e-6, double(glm::length(hi - lo)));
    Comparison result;
    for (int j = 0; j < clip.jointCount(); ++j) {
        const aiMatrix4x4 &global = globals.at(clip.skeleton().joint(j).name);
        const double error = glm::length(clip.globalPosition(frame, j) - positionOf(global)) / size;
        if (error > result.positionError) {
            result.positionError = error;
            result.worstJoint = QString::fromStdString(clip.skeleton().joint(j).name);
        }
        aiVector3D scale, position;
        aiQuaternion rotation;
        global.Decompose(scale, rotation, position);
        const float uniform = std::max({std::abs(scale.x - scale.y), std::abs(scale.y - scale.z)}) / std::abs(scale.x);
        if (uniform < 1e-3f && scale.x > 0 && scale.y > 0 && scale.z > 0) {
            const glm::quat expected = glm::normalize(glm::quat(rotation.w, rotation.x, rotation.y, rotation.z));
            const double dot = std::abs(double(glm::dot(expected, clip.globalOrientation(frame, j))));
            result.rotationError = std::max(result.rotationError, 1.0 - dot);
        }
    }
    return result;
}

/// The figure's tallest extent along the up axis over nine frames, joints and end sites.
double figureHeight(const MotionClip &clip)
{
    const int axis = clip.info.upAxis == UpAxis::Z ? 2 : 1;
    double best = 0.0;
    for (int s = 0; s < 9; ++s) {
        const int f = (clip.frameCount() - 1) * s / 8;
        float lo = 1e30f, hi = -1e30f;
        for (int j = 0; j < clip.jointCount(); ++j) {
            glm::vec3 p = clip.globalPosition(f, j);
            lo = std::min(lo, p[axis]);
            hi = std::max(hi, p[axis]);
            if (clip.skeleton().joint(j).hasEndSite) {
                p += clip.globalOrientation(f, j) * clip.skeleton().joint(j).endSite;
                lo = std::min(lo, p[axis]);
                hi = std::max(hi, p[axis]);
            }
        }
        best = std::max(best, double(hi - lo));
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Small glTF files written by the tests: "hips" → "chest" → "head", rotation animations.

struct GltfAnimation
{
    QString name;
    int node = 0;
    std::vector<float> times;
    std::vector<glm::quat> rotations;
};

QByteArray minimalGltf(const std::vector<GltfAnimation> &animations, const glm::vec3 &chestScale = glm::vec3(1.0f))
{
    QByteArray bin;
    QJsonArray views, accessors, anims;
    const auto addAccessor = [&](const QByteArray &bytes, int count, const char *type, QJsonObject extra) {
        views.append(QJsonObject{{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", bytes.size()}});
        bin += bytes;
        extra.insert("bufferView", views.size() - 1);
        extra.insert("componentType", 5126); // FLOAT
        extra.insert("count", count);
        extra.insert("type", type);
        accessors.append(extra);
        return accessors.size() - 1;
    };
    for (const GltfAnimation &a : animations) {
        const QByteArray times(reinterpret_cast<const char *>(a.times.data()), int(a.times.size() * sizeof(float)));
        const int input = addAccessor(times, int(a.times.size()), "SCALAR",
                                      {{"min", QJsonArray{a.times.front()}}, {"max", QJsonArray{a.times.back()}}});
        QByteArray values;
        for (const glm::quat &q : a.rotations) {
            const float xyzw[4] = {q.x, q.y, q.z, q.w};
            values.append(reinterpret_cast<const char *>(xyzw), sizeof xyzw);
        }
        const int output = addAccessor(values, int(a.rotations.size()), "VEC4", {});
        QJsonObject animation{
            {"samplers", QJsonArray{QJsonObject{{"input", input}, {"output", output}, {"interpolation", "LINEAR"}}}},
            {"channels",
             QJsonArray{QJsonObject{{"sampler", 0}, {"target", QJsonObject{{"node", a.node}, {"path", "rotation"}}}}}}};
        if (!a.name.isEmpty())
            animation.insert("name", a.name);
        anims.append(animation);
    }
    QJsonObject root{
        {"asset", QJsonObject{{"version", "2.0"}}},
        {"scene", 0},
        {"scenes", QJsonArray{QJsonObject{{"nodes", QJsonArray{0}}}}},
        {"nodes",
         QJsonArray{QJsonObject{{"name", "hips"}, {"translation", QJsonArray{0, 1, 0}}, {"children", QJsonArray{1}}},
                    QJsonObject{{"name", "chest"},
                                {"translation", QJsonArray{0, 0.5, 0}},
                                {"scale", QJsonArray{chestScale.x, chestScale.y, chestScale.z}},
                                {"children", QJsonArray{2}}},
                    QJsonObject{{"name", "head"}, {"translation", QJsonArray{0, 0.3, 0}}}}}};
    if (!animations.empty()) {
        root.insert("buffers",
                    QJsonArray{QJsonObject{
                        {"byteLength", bin.size()},
                        {"uri", QString::fromLatin1("data:application/octet-stream;base64," + bin.toBase64())}}});
        root.insert("bufferViews", views);
        root.insert("accessors", accessors);
        root.insert("animations", anims);
    }
    return QJsonDocument(root).toJson();
}

glm::quat aroundX(float degrees)
{
    return glm::angleAxis(glm::radians(degrees), glm::vec3(1, 0, 0));
}

glm::quat aroundZ(float degrees)
{
    return glm::angleAxis(glm::radians(degrees), glm::vec3(0, 0, 1));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// CMU's 31 joints, in the depth-first order of the FBX (and of bvh/cmu/*.bvh).
const char *const kCmuJoints
    = "Hips LHipJoint LeftUpLeg LeftLeg LeftFoot LeftToeBase RHipJoint RightUpLeg RightLeg RightFoot RightToeBase "
      "LowerBack Spine Spine1 Neck Neck1 Head LeftShoulder LeftArm LeftForeArm LeftHand LeftFingerBase "
      "LeftHandIndex1 LThumb RightShoulder RightArm RightForeArm RightHand RightFingerBase RightHandIndex1 RThumb";

/// What each shared-data file must give, and where the number comes from.
struct Expected
{
    int joints;
    int frames;
    double fps;
    double lastFrameSeconds; ///< time of the last frame: the animation's length
    double metresPerUnit;
    const char *source;
};

const std::map<QString, Expected> &expectations()
{
    // CMU: 1 file unit = 1/100 of a CMU unit (0.0254 / 0.45 m): Blender imported the cgspeed BVH
    // taking one BVH unit as a metre and exported centimetres (UnitScaleFactor 1) under an armature
    // scaled by 100. The reader declares the unit wrong and corrects it (see the warning test).
    constexpr double kCmuFbxUnit = 0.01 * 0.0254 / 0.45;
    static const std::map<QString, Expected> table{
        // SOURCES.md: 31 joints, 120 fps; frames = Assimp's duration in ticks (120 per second) + 1.
        // Joints: the 31 CMU joints; the armature object "01_01" has a constant channel, so it is
        // folded into the root, and the "_end" leaves become end sites.
        {"fbx/cmu/01_01_cmu.fbx", {31, 2752, 120, 2751 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        {"fbx/cmu/07_01_cmu.fbx", {31, 317, 120, 316 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        {"fbx/cmu/08_02_cmu.fbx", {31, 310, 120, 309 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        {"fbx/cmu/09_11_cmu.fbx", {31, 166, 120, 165 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        {"fbx/cmu/49_08_cmu.fbx", {31, 576, 120, 575 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        {"fbx/cmu/55_01_cmu.fbx", {31, 1807, 120, 1806 / 120.0, kCmuFbxUnit, "SOURCES.md"}},
        // Assimp: 14 mesh bones in two chains (Bone…Bone.006, Bone.007…Bone.013) under the
        // "Armature" node, their common ancestor, so 15 joints (SOURCES.md says 13 bones; Assimp's
        // mesh lists 14). Animation "Armature|ArmatureAction": duration 20 ticks at 24 per second.
        {"fbx/assimp/animation_with_skeleton.fbx", {15, 21, 24, 20 / 24.0, 0.01, "Assimp 5.2"}},
        // SOURCES.md: 9 bones, all under "Bone"; Assimp: duration 39 ticks at 25 per second.
        {"fbx/assimp/huesitos.fbx", {9, 40, 25, 39 / 25.0, 0.01, "SOURCES.md + Assimp 5.2"}},
        // SOURCES.md: 19 joints, 48 keys, 2 s. Keys every 1/24 s from 1/24 s to 2 s, so 24 fps,
        // frames at 0 … 2 s (frame 0 holds the first key, as glTF clamps before it).
        {"gltf/CesiumMan.glb", {19, 49, 24, 2.0, 1.0, "SOURCES.md + Assimp 5.2 key times"}},
        // SOURCES.md: 19-joint skin. Assimp: 19 one-channel animations (fragments of one take,
        // merged), keys at 0 and 1.25 s: on a 24 fps grid.
        {"gltf/RiggedFigure/RiggedFigure.gltf", {19, 31, 24, 1.25, 1.0, "SOURCES.md + Assimp 5.2 key times"}},
        // SOURCES.md: 2 joints; Assimp: two one-channel animations, 3 keys from 1/24 s to 2.0833 s.
        {"gltf/RiggedSimple/RiggedSimple.gltf", {2, 51, 24, 50 / 24.0, 1.0, "SOURCES.md + Assimp 5.2 key times"}},
        // SOURCES.md: 2 joints, 1 animation; Assimp: rotation keys every 0.5 s up to 5.5 s.
        {"gltf/assimp-simple_skin/simple_skin.gltf", {2, 133, 24, 5.5, 1.0, "SOURCES.md + Assimp 5.2 key times"}},
    };
    return table;
}

// Centimetres and Z up, "Hips" (translation animated) → "Chest" (rotation about X animated), 30 fps.
// (No raw string: moc loses its way in them.)
const char *const kColladaTake
    = "<?xml version='1.0' encoding='utf-8'?>\n"
      "<COLLADA xmlns='http://www.collada.org/2005/11/COLLADASchema' version='1.4.1'>\n"
      "  <asset><unit name='centimeter' meter='0.01'/><up_axis>Z_UP</up_axis></asset>\n"
      "  <library_animations>\n"
      "    <animation id='hips'>\n"
      "      <source id='t'><float_array id='ta' count='3'>0 0.0333333 0.0666667</float_array>\n"
      "        <technique_common><accessor source='#ta' count='3' stride='1'><param name='TIME' "
      "type='float'/></accessor></technique_common></source>\n"
      "      <source id='v'><float_array id='va' count='9'>0 0 100 10 0 100 20 0 100</float_array>\n"
      "        <technique_common><accessor source='#va' count='3' stride='3'><param name='X' type='float'/><param "
      "name='Y' type='float'/><param name='Z' type='float'/></accessor></technique_common></source>\n"
      "      <sampler id='s'><input semantic='INPUT' source='#t'/><input semantic='OUTPUT' source='#v'/></sampler>\n"
      "      <channel source='#s' target='Hips/location'/>\n"
      "    </animation>\n"
      "    <animation id='chest'>\n"
      "      <source id='ct'><float_array id='cta' count='3'>0 0.0333333 0.0666667</float_array>\n"
      "        <technique_common><accessor source='#cta' count='3' stride='1'><param name='TIME' "
      "type='float'/></accessor></technique_common></source>\n"
      "      <source id='cv'><float_array id='cva' count='3'>0 45 90</float_array>\n"
      "        <technique_common><accessor source='#cva' count='3' stride='1'><param name='ANGLE' "
      "type='float'/></accessor></technique_common></source>\n"
      "      <sampler id='cs'><input semantic='INPUT' source='#ct'/><input semantic='OUTPUT' source='#cv'/></sampler>\n"
      "      <channel source='#cs' target='Chest/rotationX.ANGLE'/>\n"
      "    </animation>\n"
      "  </library_animations>\n"
      "  <library_visual_scenes>\n"
      "    <visual_scene id='Scene' name='Scene'>\n"
      "      <node id='Hips' name='Hips' sid='Hips' type='JOINT'><translate sid='location'>0 0 100</translate>\n"
      "        <node id='Chest' name='Chest' sid='Chest' type='JOINT'><translate sid='location'>0 0 "
      "50</translate><rotate sid='rotationX'>1 0 0 0</rotate></node>\n"
      "      </node>\n"
      "    </visual_scene>\n"
      "  </library_visual_scenes>\n"
      "  <scene><instance_visual_scene url='#Scene'/></scene>\n"
      "</COLLADA>\n";

// The marker of Assimp's FBX pivot helper nodes (kept out of the test class: moc trips on '$').
const std::string kAssimpHelperMarker = std::string(1, '$') + "AssimpFbx" + '$';

QString relativeToData(const QString &path)
{
    return QDir(gm::test::dataDir()).relativeFilePath(path);
}

} // namespace

class TestAssimpReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats()
    {
        const AssimpReader fbx(Format::Fbx), gltf(Format::Gltf), collada(Format::Collada);
        QCOMPARE(fbx.name(), std::string("FBX"));
        QCOMPARE(fbx.description(), std::string("Autodesk FBX"));
        QCOMPARE(fbx.extensions(), std::vector<std::string>{"fbx"});
        QCOMPARE(gltf.name(), std::string("glTF"));
        QCOMPARE(gltf.description(), std::string("glTF 2.0"));
        QCOMPARE(gltf.extensions(), (std::vector<std::string>{"gltf", "glb"}));
        QCOMPARE(collada.name(), std::string("COLLADA"));
        QCOMPARE(collada.extensions(), std::vector<std::string>{"dae"});
        QCOMPARE(fbx.format(), Format::Fbx);
    }

    void everyFileReads_data()
    {
        QTest::addColumn<QString>("path");
        QVERIFY2(!gm::test::dataDir().isEmpty(), "no shared data folder");
        int rows = 0;
        for (const char *folder : {"fbx", "gltf"}) {
            const QString root = gm::test::dataPath(QString::fromLatin1(folder));
            QVERIFY2(!root.isEmpty(), qPrintable(gm::test::missingDataMessage(QString::fromLatin1(folder))));
            QDirIterator it(root, {"*.fbx", "*.gltf", "*.glb"}, QDir::Files, QDirIterator::Subdirectories);
            QStringList paths;
            while (it.hasNext())
                paths << it.next();
            paths.sort();
            for (const QString &path : paths) {
                QTest::newRow(qPrintable(relativeToData(path))) << path;
                ++rows;
            }
        }
        QVERIFY(rows >= int(expectations().size()));
    }

    void everyFileReads()
    {
        QFETCH(QString, path);
        const auto found = expectations().find(relativeToData(path));
        QVERIFY2(found != expectations().end(),
                 qPrintable(relativeToData(path) + QStringLiteral(": a new file; add its expectations to the table")));
        const Expected &expected = found->second;

        const MotionClip clip = readClip(path);
        QCOMPARE(clip.jointCount(), expected.joints);
        QCOMPARE(clip.frameCount(), expected.frames);
        QCOMPARE(clip.fps(), expected.fps);
        QVERIFY(std::abs(clip.frameTime(clip.frameCount() - 1) - expected.lastFrameSeconds) < 1e-6);
        QVERIFY(std::abs(clip.duration() - expected.frames / expected.fps) < 1e-9);
        QVERIFY2(std::abs(clip.info.metresPerUnit / expected.metresPerUnit - 1.0) < 1e-9,
                 qPrintable(QString::number(clip.info.metresPerUnit)));
        QCOMPARE(clip.info.upAxis, UpAxis::Y); // every file here declares (or, glTF, is) Y up
        QCOMPARE(clip.info.format, AssimpReader(formatOf(path)).name());
        QCOMPARE(clip.info.sourcePath, path.toStdString());
        for (const Joint &joint : clip.skeleton().joints())
            QVERIFY2(joint.name.find(kAssimpHelperMarker) == std::string::npos, joint.name.c_str());
        QVERIFY(clip.hasRotations());

        AssimpOracle oracle(path);
        QVERIFY(oracle.scene());
        oracle.useAnimations(hasWarning(clip, "animations; read the longest"));

        // Every bone of a mesh and every node with a moving channel is a joint; names are Assimp's.
        std::set<std::string> names;
        for (const std::string &name : clip.skeleton().names())
            names.insert(name);
        const aiScene *scene = oracle.scene();
        for (unsigned m = 0; m < scene->mNumMeshes; ++m)
            for (unsigned b = 0; b < scene->mMeshes[m]->mNumBones; ++b)
                QVERIFY2(names.count(scene->mMeshes[m]->mBones[b]->mName.C_Str()),
                         scene->mMeshes[m]->mBones[b]->mName.C_Str());
        for (int j = 0; j < clip.jointCount(); ++j)
            QVERIFY2(scene->mRootNode->FindNode(clip.skeleton().joint(j).name.c_str()),
                     clip.skeleton().joint(j).name.c_str());
        if (relativeToData(path).startsWith(QLatin1String("fbx/cmu/"))) {
            QCOMPARE(joined(clip.skeleton().names()), QString::fromLatin1(kCmuJoints));
            int endSites = 0;
            for (const Joint &joint : clip.skeleton().joints())
                endSites += joint.hasEndSite ? 1 : 0;
            QCOMPARE(endSites, 7); // Head, two toes, two index fingers, two thumbs ("…_end" leaves)
        }

        // Global positions (and orientations, where the scale is uniform) equal Assimp's.
        const int n = clip.frameCount();
        for (int frame : {0, 1, n / 3, n / 2, (2 * n) / 3, n - 2, n - 1}) {
            const Comparison c = compareWithAssimp(clip, oracle, std::clamp(frame, 0, n - 1));
            QVERIFY2(c.positionError < 1e-4, qPrintable(QStringLiteral("frame %1: %2 off by %3 of the figure")
                                                            .arg(frame)
                                                            .arg(c.worstJoint)
                                                            .arg(c.positionError)));
            QVERIFY2(c.rotationError < 1e-5, qPrintable(QString::number(c.rotationError)));
        }
    }

    void cmuFiguresAreHumanSized_data()
    {
        QTest::addColumn<QString>("relative");
        for (const auto &entry : expectations())
            if (entry.first.startsWith(QLatin1String("fbx/cmu/")))
                QTest::newRow(qPrintable(entry.first)) << entry.first;
    }

    void cmuFiguresAreHumanSized()
    {
        QFETCH(QString, relative);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        const MotionClip clip = readClip(path);
        // The declared centimetres would make a 24–30 m giant: the reader says so and corrects it.
        QVERIFY(hasWarning(clip, "declared unit (cm"));
        const double height = figureHeight(clip) * clip.info.metresPerUnit;
        QVERIFY2(height >= 1.4 && height <= 2.0, qPrintable(QString::number(height)));
    }

    void otherFilesKeepTheirDeclaredUnits()
    {
        // Not body-sized skeletons (under 15 joints): the declared unit stays, without a warning.
        GM_REQUIRE_DATA(path, "fbx/assimp/huesitos.fbx");
        const MotionClip clip = readClip(path);
        QCOMPARE(clip.info.metresPerUnit, 0.01);
        QVERIFY(clip.info.warnings.empty());
    }

    void glbAndGltfAgreeWithTheirHeaders()
    {
        GM_REQUIRE_DATA(path, "gltf/CesiumMan.glb");
        const MotionClip clip = readClip(path);
        QCOMPARE(QString::fromStdString(clip.skeleton().joint(0).name), QStringLiteral("Skeleton_torso_joint_1"));
        QVERIFY(clip.info.warnings.empty());
        // The root's parents ("Z_UP", "Armature") rotate the figure upright: folded into the root.
        const MotionBounds b = clip.bounds();
        QVERIFY2(b.max.y - b.min.y > 1.0f, qPrintable(QString::number(b.max.y - b.min.y)));
    }

    void fragmentsOfOneTakeAreMerged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("fragments.gltf"));
        QVERIFY(writeFile(path, minimalGltf({{{}, 0, {0.0f, 0.5f, 1.0f}, {aroundZ(0), aroundZ(30), aroundZ(60)}},
                                             {{}, 1, {0.0f, 1.0f}, {aroundX(0), aroundX(90)}}})));
        const MotionClip clip = readClip(path);
        QCOMPARE(joined(clip.skeleton().names()), QStringLiteral("hips chest"));
        QCOMPARE(clip.fps(), 24.0);
        QCOMPARE(clip.frameCount(), 25);
        QVERIFY(clip.info.warnings.empty());
        QVERIFY(clip.skeleton().joint(1).hasEndSite); // "head", a leaf without a channel
        QVERIFY(glm::length(clip.skeleton().joint(1).endSite - glm::vec3(0, 0.3f, 0)) < 1e-6f);
        // Half way: hips 30° about Z, chest 45° about X.
        const glm::quat expected = aroundZ(30) * aroundX(45);
        QVERIFY(std::abs(glm::dot(clip.globalOrientation(12, 1), expected)) > 1 - 1e-6f);
        AssimpOracle oracle(path);
        oracle.useAnimations(false);
        for (int f = 0; f < clip.frameCount(); ++f)
            QVERIFY(compareWithAssimp(clip, oracle, f).positionError < 1e-5);
    }

    void longestOfSeveralAnimations()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("takes.gltf"));
        QVERIFY(
            writeFile(path, minimalGltf({{"short", 0, {0.0f, 1.0f}, {aroundZ(0), aroundZ(10)}},
                                         {"long", 0, {0.0f, 1.0f, 2.0f}, {aroundZ(0), aroundZ(20), aroundZ(40)}}})));
        const MotionClip clip = readClip(path);
        QCOMPARE(clip.frameCount(), 49);
        QVERIFY(hasWarning(clip, "2 animations; read the longest, 'long'"));
        QVERIFY(std::abs(glm::dot(clip.localRotation(48, 0), aroundZ(40))) > 1 - 1e-6f);
    }

    void scaledJointsKeepExactPositions()
    {
        // A non-uniform scale on "chest": every joint gets a translation that places it exactly.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scaled.gltf"));
        QVERIFY(writeFile(path, minimalGltf({{"take", 0, {0.0f, 1.0f}, {aroundZ(0), aroundZ(90)}},
                                             {"take", 1, {0.0f, 1.0f}, {aroundX(0), aroundX(90)}}},
                                            glm::vec3(1.0f, 2.0f, 3.0f))));
        const MotionClip clip = readClip(path);
        QCOMPARE(int(clip.translatedJoints().size()), clip.jointCount());
        AssimpOracle oracle(path);
        oracle.useAnimations(false);
        for (int f = 0; f < clip.frameCount(); ++f)
            QVERIFY(compareWithAssimp(clip, oracle, f).positionError < 1e-5);
        // The end site is below a scaled joint: 0.3 along Y scaled by 2 at rest.
        QVERIFY(glm::length(clip.skeleton().joint(1).endSite - glm::vec3(0, 0.6f, 0)) < 1e-5f);
    }

    void collada()
    {
        // Centimetres and Z up: Assimp applies both to its root node, so the clip is in metres, Y up.
        const QByteArray dae(kColladaTake);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("take.dae"));
        QVERIFY(writeFile(path, dae));
        QVERIFY(AssimpReader(Format::Collada).canRead(dae.left(4096).toStdString()));
        const MotionClip clip = readClip(path);
        QCOMPARE(joined(clip.skeleton().names()), QStringLiteral("Hips Chest"));
        QCOMPARE(clip.fps(), 30.0);
        QCOMPARE(clip.frameCount(), 3);
        QCOMPARE(clip.info.metresPerUnit, 1.0);
        QCOMPARE(clip.info.upAxis, UpAxis::Y);
        QVERIFY(glm::length(clip.globalPosition(0, 1) - glm::vec3(0, 1.5f, 0)) < 1e-5f);
        QVERIFY(glm::length(clip.globalPosition(2, 0) - glm::vec3(0.2f, 1.0f, 0)) < 1e-5f);
        AssimpOracle oracle(path);
        oracle.useAnimations(false);
        for (int f = 0; f < clip.frameCount(); ++f)
            QVERIFY(compareWithAssimp(clip, oracle, f).positionError < 1e-5);
    }

    void canRead_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("fbx");
        QTest::addColumn<bool>("gltf");
        QTest::addColumn<bool>("collada");
        QTest::newRow("binary FBX") << "fbx/cmu/01_01_cmu.fbx" << true << false << false;
        QTest::newRow("GLB") << "gltf/CesiumMan.glb" << false << true << false;
        QTest::newRow("glTF JSON") << "gltf/RiggedSimple/RiggedSimple.gltf" << false << true << false;
        QTest::newRow("BVH") << "bvh/cmu/01_01.bvh" << false << false << false;
    }

    void canRead()
    {
        QFETCH(QString, relative);
        QFETCH(bool, fbx);
        QFETCH(bool, gltf);
        QFETCH(bool, collada);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string head = file.read(4096).toStdString();
        QCOMPARE(AssimpReader(Format::Fbx).canRead(head), fbx);
        QCOMPARE(AssimpReader(Format::Gltf).canRead(head), gltf);
        QCOMPARE(AssimpReader(Format::Collada).canRead(head), collada);
    }

    void canReadTextHeads()
    {
        QVERIFY(AssimpReader(Format::Fbx).canRead("; FBX 7.4.0 project file\n; ----\nFBXHeaderExtension:  {\n"));
        QVERIFY(AssimpReader(Format::Fbx).canRead("FBXHeaderExtension:  {\n\tFBXHeaderVersion: 1003\n"));
        QVERIFY(AssimpReader(Format::Gltf).canRead("\xEF\xBB\xBF  {\n  \"asset\": {\"version\": \"2.0\"}}"));
        QVERIFY(!AssimpReader(Format::Gltf).canRead("{\"name\": \"not a glTF\"}"));
        QVERIFY(AssimpReader(Format::Collada).canRead("<?xml version=\"1.0\"?>\n<COLLADA version=\"1.4.1\">"));
        QVERIFY(!AssimpReader(Format::Fbx).canRead(""));
        QVERIFY(!AssimpReader(Format::Gltf).canRead(""));
        QVERIFY(!AssimpReader(Format::Collada).canRead("HIERARCHY\nROOT Hips\n"));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QByteArray random(100000, '\0');
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("empty") << "empty.fbx" << QByteArray() << "empty file";
        QTest::newRow("random bytes") << "random.fbx" << random << "Assimp could not read it";
        QTest::newRow("random glb") << "random.glb" << random << "Assimp could not read it";
        QTest::newRow("text") << "notes.fbx" << QByteArray("just some notes\n") << "Assimp could not read it";
        QTest::newRow("no animation") << "still.gltf" << minimalGltf({})
                                      << "no animation: the file has no skeleton or animated nodes";
        QTest::newRow("glTF without buffer")
            << "nobuffer.gltf"
            << QByteArray(
                   R"({"asset":{"version":"2.0"},"accessors":[{"bufferView":0,"componentType":5126,"count":2,)"
                   R"("type":"SCALAR"}],"nodes":[{"name":"a"}],"animations":[{"samplers":[{"input":0,"output":0}],)"
                   R"("channels":[{"sampler":0,"target":{"node":0,"path":"rotation"}}]}]})")
            << "Assimp could not read it";
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, bytes));
        const QString error = errorOf(path, formatOf(path));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void rejectsTruncatedCopies_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<double>("keep"); // fraction of the file kept, or bytes when > 1
        QTest::newRow("FBX, 10 bytes") << "fbx/cmu/01_01_cmu.fbx" << 10.0;
        QTest::newRow("FBX, header only") << "fbx/cmu/01_01_cmu.fbx" << 27.0;
        QTest::newRow("FBX, 1000 bytes") << "fbx/cmu/01_01_cmu.fbx" << 1000.0;
        QTest::newRow("FBX, half") << "fbx/cmu/01_01_cmu.fbx" << 0.5;
        QTest::newRow("FBX, 90 %") << "fbx/cmu/01_01_cmu.fbx" << 0.9;
        QTest::newRow("GLB, half") << "gltf/CesiumMan.glb" << 0.5;
        QTest::newRow("glTF JSON, half") << "gltf/RiggedFigure/RiggedFigure.gltf" << 0.5;
    }

    void rejectsTruncatedCopies()
    {
        QFETCH(QString, relative);
        QFETCH(double, keep);
        const QString source = gm::test::dataPath(relative);
        QVERIFY2(!source.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const int size = keep > 1.0 ? int(keep) : int(bytes.size() * keep);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QFileInfo(source).fileName());
        QVERIFY(writeFile(path, bytes.left(size)));
        const QString error = errorOf(path, formatOf(path));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Assimp could not read it")), qPrintable(error));
    }

    void footerlessFbxStillReads()
    {
        // A binary FBX's last ~160 bytes are a footer (padding, version, magic); without them every
        // record is still there, and Assimp (like the FBX SDK) reads the take.
        GM_REQUIRE_DATA(source, "fbx/cmu/07_01_cmu.fbx");
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("footerless.fbx"));
        QVERIFY(writeFile(path, bytes.left(bytes.size() - 100)));
        QCOMPARE(readClip(path).frameCount(), 317);
    }

    void rejectsMissingAndHugeFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.fbx"));
        QVERIFY2(errorOf(missing, Format::Fbx).contains(QLatin1String("no such file")),
                 qPrintable(errorOf(missing, Format::Fbx)));
        QVERIFY2(errorOf(dir.path(), Format::Fbx).contains(QLatin1String("not a regular file")),
                 qPrintable(errorOf(dir.path(), Format::Fbx)));
        // A sparse file just over the limit: refused from its size, before Assimp reads a byte.
        const QString huge = dir.filePath(QStringLiteral("huge.fbx"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(qint64(AssimpReader::kMaxFileBytes) + 1))
            QSKIP("the temporary folder cannot hold a sparse 2 GiB file");
        file.close();
        const QString error = errorOf(huge, Format::Fbx);
        QVERIFY2(error.contains(QLatin1String("over 2 GiB are refused")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAssimpReader)
#include "test_assimpreader.moc"

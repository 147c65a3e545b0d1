// The same take in two formats: CMU 01_01 as the cgspeed BVH (bvh/cmu/01_01.bvh) and as the
// IsaacGymEnvs FBX (fbx/cmu/01_01_cmu.fbx). Read by our two readers and scaled to metres with each
// clip's own metresPerUnit, their global joint positions must agree.
//
// What was found aligning them (see also test_assimpreader):
// - Axes and origin: none to convert. Both files are Y up with the same horizontal axes; the FBX's
//   armature node (-90° about X, scale 100) undoes Blender's Z up, and the root starts at the same
//   place (frame 0: (9.3722, 17.8693, -17.3198) BVH units in both).
// - Units: the BVH unit is CMU's (0.0254 / 0.45 m, detected by the BVH reader). The FBX declares
//   centimetres but its numbers are 1/100 CMU units; the FBX reader corrects the unit (warning).
// - Names: identical except the index fingers, "LFingers"/"RFingers" in the BVH and
//   "LeftHandIndex1"/"RightHandIndex1" in the FBX.
// - Frame 0 is a reference pose in both files, and not the same one: the BVH's is cgspeed's
//   calibration pose (root copied from frame 1, every rotation zero but ±17° about Z at the upper
//   legs and ±5° at the upper arms); the FBX's is its rig's rest pose. They differ by up to 6.1 cm in the
//   limbs. From frame 1 on, every joint agrees within 5.6 mm (the FBX's root trajectory is slightly
//   smoothed relative to the BVH's).

#include "common/gmtest.h"
#include "io/assimpreader.h"
#include "io/bvhreader.h"

#include <assimp/Importer.hpp>
#include <assimp/config.h>
#include <assimp/scene.h>

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <map>

using namespace gm::motion;

namespace {

std::string fbxName(const std::string &bvhName)
{
    if (bvhName == "LFingers")
        return "LeftHandIndex1";
    if (bvhName == "RFingers")
        return "RightHandIndex1";
    return bvhName;
}

void collectRestPositions(const aiNode *node, const aiMatrix4x4 &parent, std::map<std::string, glm::dvec3> &out)
{
    const aiMatrix4x4 global = parent * node->mTransformation;
    out[node->mName.C_Str()] = glm::dvec3(global.a4, global.b4, global.c4);
    for (unsigned i = 0; i < node->mNumChildren; ++i)
        collectRestPositions(node->mChildren[i], global, out);
}

} // namespace

class TestCrossFormat : public QObject
{
    Q_OBJECT

private:
    MotionClip mBvh;
    MotionClip mFbx;
    std::vector<int> mFbxJoint; // BVH joint → FBX joint

    glm::dvec3 bvhPosition(int frame, int joint) const
    {
        return glm::dvec3(mBvh.globalPosition(frame, joint)) * mBvh.info.metresPerUnit;
    }
    glm::dvec3 fbxPosition(int frame, int bvhJoint) const
    {
        return glm::dvec3(mFbx.globalPosition(frame, mFbxJoint[std::size_t(bvhJoint)])) * mFbx.info.metresPerUnit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_DATA(bvhPath, "bvh/cmu/01_01.bvh");
        GM_REQUIRE_DATA(fbxPath, "fbx/cmu/01_01_cmu.fbx");
        mBvh = BvhReader().read(bvhPath.toStdString());
        mFbx = AssimpReader(AssimpReader::Format::Fbx).read(fbxPath.toStdString());
        for (int j = 0; j < mBvh.jointCount(); ++j) {
            const std::string name = fbxName(mBvh.skeleton().joint(j).name);
            const int k = mFbx.skeleton().indexOf(name);
            QVERIFY2(k >= 0, ("the FBX has no joint " + name).c_str());
            mFbxJoint.push_back(k);
        }
    }

    void sameTake()
    {
        QCOMPARE(mBvh.frameCount(), 2752);
        QCOMPARE(mFbx.frameCount(), mBvh.frameCount());
        // 120 fps; the BVH's "Frame Time: .0083333" makes it 120.0005.
        QCOMPARE(mFbx.fps(), 120.0);
        QVERIFY(std::abs(mBvh.fps() - 120.0) < 1e-3);
        QCOMPARE(mFbx.info.upAxis, mBvh.info.upAxis);
        // Both in CMU units once the FBX's factor 100 is accounted for.
        QVERIFY(std::abs(mBvh.info.metresPerUnit - 0.0254 / 0.45) < 1e-9);
        QVERIFY(std::abs(mFbx.info.metresPerUnit * 100.0 / mBvh.info.metresPerUnit - 1.0) < 1e-9);
    }

    void jointsCorrespondByName()
    {
        // Same joints, same hierarchy (the mapping is built in initTestCase()).
        QCOMPARE(mFbx.jointCount(), mBvh.jointCount());
        for (int j = 0; j < mBvh.jointCount(); ++j) {
            const int p = mBvh.skeleton().parent(j);
            QCOMPARE(mFbx.skeleton().parent(mFbxJoint[std::size_t(j)]), p < 0 ? -1 : mFbxJoint[std::size_t(p)]);
        }
    }

    void everyFrameAgreesWithinOneCentimetre()
    {
        double worst = 0.0;
        int worstFrame = 0, worstJoint = 0;
        for (int f = 1; f < mBvh.frameCount(); ++f)
            for (int j = 0; j < mBvh.jointCount(); ++j) {
                const double error = glm::length(bvhPosition(f, j) - fbxPosition(f, j));
                if (error > worst) {
                    worst = error;
                    worstFrame = f;
                    worstJoint = j;
                }
            }
        qInfo("frames 1-%d: largest difference %.2f mm (%s, frame %d)", mBvh.frameCount() - 1, worst * 1000.0,
              mBvh.skeleton().joint(worstJoint).name.c_str(), worstFrame);
        QVERIFY2(worst < 0.01, qPrintable(QStringLiteral("%1 m at frame %2, %3")
                                              .arg(worst)
                                              .arg(worstFrame)
                                              .arg(QString::fromStdString(mBvh.skeleton().joint(worstJoint).name))));
    }

    void frameZeroIsAReferencePoseInBoth()
    {
        // BVH: cgspeed's calibration pose: the root of frame 1, almost every rotation zero.
        QVERIFY(glm::length(bvhPosition(0, 0) - bvhPosition(1, 0)) < 1e-9);
        int rotated = 0;
        for (int j = 0; j < mBvh.jointCount(); ++j)
            rotated += std::abs(mBvh.localRotation(0, j).w) < 1.0f - 1e-6f ? 1 : 0;
        QVERIFY2(rotated <= 4, qPrintable(QString::number(rotated)));

        // FBX: its rest pose, i.e. Assimp's node transforms without the animation.
        GM_REQUIRE_DATA(fbxPath, "fbx/cmu/01_01_cmu.fbx");
        Assimp::Importer importer;
        importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
        const aiScene *scene = importer.ReadFile(fbxPath.toStdString(), 0);
        QVERIFY(scene);
        std::map<std::string, glm::dvec3> rest;
        collectRestPositions(scene->mRootNode, aiMatrix4x4(), rest);
        for (int k = 0; k < mFbx.jointCount(); ++k) {
            const glm::dvec3 expected = rest.at(mFbx.skeleton().joint(k).name);
            QVERIFY(glm::length(glm::dvec3(mFbx.globalPosition(0, k)) - expected) < 1e-4 * 2500.0);
        }

        // The two reference poses share the root and trunk; the limbs differ.
        double trunk = 0.0, limbs = 0.0;
        for (int j = 0; j < mBvh.jointCount(); ++j) {
            const std::string &name = mBvh.skeleton().joint(j).name;
            const double error = glm::length(bvhPosition(0, j) - fbxPosition(0, j));
            if (name == "Hips" || name == "LowerBack" || name == "Spine" || name == "Spine1" || name == "Neck")
                trunk = std::max(trunk, error);
            else
                limbs = std::max(limbs, error);
        }
        qInfo("frame 0: trunk %.2f mm, limbs %.1f mm", trunk * 1000.0, limbs * 1000.0);
        QVERIFY2(trunk < 0.01, qPrintable(QString::number(trunk)));
    }
};

QTEST_GUILESS_MAIN(TestCrossFormat)
#include "test_crossformat.moc"

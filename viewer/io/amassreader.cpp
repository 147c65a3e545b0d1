#include "io/amassreader.h"

#include <cmath>
#include <cstring>

namespace gm::motion {

namespace {

const NpyArray *findArray(const std::map<std::string, NpyArray> &arrays, const std::string &key)
{
    const auto it = arrays.find(key);
    return it == arrays.end() ? nullptr : &it->second;
}

bool isFloat(const NpyArray &a)
{
    return a.type == NpyType::Float32 || a.type == NpyType::Float64;
}

bool isNumeric(const NpyArray &a)
{
    return a.type != NpyType::Bytes && a.type != NpyType::Unicode;
}

// Element i of a float32/float64 array (checked by the caller), without converting the whole array.
double valueAt(const NpyArray &a, std::size_t i)
{
    if (a.type == NpyType::Float32) {
        float v;
        std::memcpy(&v, a.data.data() + 4 * i, 4);
        return v;
    }
    double v;
    std::memcpy(&v, a.data.data() + 8 * i, 8);
    return v;
}

// The first row of `values` (rows of `width`) holding a NaN or infinity, or -1.
long long firstNonFiniteRow(const std::vector<double> &values, std::size_t width)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            return (long long)(i / width);
    return -1;
}

const char *const kFloat = "float32 or float64";

} // namespace

bool AmassReader::canRead(std::string_view head) const
{
    if (head.size() < 4 || head.substr(0, 4) != std::string_view("PK\x03\x04", 4))
        return false;
    // Local file header: the name length is at offset 26, the name at 30.
    if (head.size() < 30)
        return true;
    const std::size_t nameLength
        = std::size_t(static_cast<unsigned char>(head[26])) | std::size_t(static_cast<unsigned char>(head[27])) << 8;
    if (head.size() < 30 + nameLength)
        return true;
    const std::string_view name = head.substr(30, nameLength);
    return name.size() >= 4 && name.substr(name.size() - 4) == ".npy";
}

MotionClip AmassReader::read(const std::string &path, const ReadOptions &options) const
{
    const auto arrays = readNpz(path, {"poses", "trans", "mocap_framerate", "mocap_frame_rate", "betas", "gender"});
    return fromArrays(arrays, path, options);
}

MotionClip AmassReader::fromArrays(const std::map<std::string, NpyArray> &arrays, const std::string &path,
                                   const ReadOptions &options)
{
    // poses [T, 72 | 156 | 165]
    const std::string posesExpected
        = std::string(kFloat) + " [T, 156] (SMPL-H; also [T, 72] SMPL or [T, 165] SMPL-X) axis-angle poses";
    const NpyArray *poses = findArray(arrays, "poses");
    if (!poses)
        throw MotionFileError(path, "missing key 'poses': expected " + posesExpected);
    if (!isFloat(*poses) || poses->shape.size() != 2
        || (poses->shape[1] != 72 && poses->shape[1] != 156 && poses->shape[1] != 165))
        throw MotionFileError(path, "poses: expected " + posesExpected + ", got " + poses->describe());
    const std::size_t frames = poses->shape[0];
    const std::size_t width = poses->shape[1];
    if (frames == 0)
        throw MotionFileError(path, "poses: expected at least one frame, got " + poses->describe());

    // trans [T, 3]
    const std::string transExpected
        = std::string(kFloat) + " [" + std::to_string(frames) + ", 3] (one root translation per frame of poses)";
    const NpyArray *trans = findArray(arrays, "trans");
    if (!trans)
        throw MotionFileError(path, "missing key 'trans': expected " + transExpected);
    if (!isFloat(*trans) || trans->shape != std::vector<std::size_t>{frames, 3})
        throw MotionFileError(path, "trans: expected " + transExpected + ", got " + trans->describe());

    // mocap_framerate (SMPL-H) or mocap_frame_rate (SMPL-X): a positive scalar
    std::string fpsKey = "mocap_framerate";
    const NpyArray *fpsArray = findArray(arrays, fpsKey);
    if (!fpsArray) {
        fpsKey = "mocap_frame_rate";
        fpsArray = findArray(arrays, fpsKey);
    }
    if (!fpsArray)
        throw MotionFileError(path, "missing key 'mocap_framerate' (or 'mocap_frame_rate'): expected the frame rate "
                                    "as a float64 scalar");
    if (!isNumeric(*fpsArray) || fpsArray->elementCount() != 1 || fpsArray->shape.size() > 1)
        throw MotionFileError(path, fpsKey + ": expected a float64 scalar frame rate, got " + fpsArray->describe());
    const double fps = fpsArray->toFloat64().front();
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw MotionFileError(path, fpsKey + ": expected a positive frame rate, got " + std::to_string(fps));

    // betas [B] (optional: only a body model's shape blend uses them)
    std::vector<double> betas;
    if (const NpyArray *b = findArray(arrays, "betas")) {
        const bool shapeOk = b->shape.size() == 1 || (b->shape.size() == 2 && b->shape[0] == 1);
        if (!isFloat(*b) || !shapeOk)
            throw MotionFileError(path, std::string("betas: expected ") + kFloat + " [B] shape coefficients, got "
                                            + b->describe());
        betas = b->toFloat64();
        if (firstNonFiniteRow(betas, 1) >= 0)
            throw MotionFileError(path, "betas: element " + std::to_string(firstNonFiniteRow(betas, 1))
                                            + " is not a finite number");
    }
    // gender (optional; checked so that a broken file is reported, not used otherwise)
    if (const NpyArray *g = findArray(arrays, "gender")) {
        if ((g->type != NpyType::Bytes && g->type != NpyType::Unicode) || g->elementCount() != 1)
            throw MotionFileError(path, "gender: expected a bytes or unicode string scalar, got " + g->describe());
    }

    const std::vector<double> p = poses->toFloat64();
    const std::vector<double> t = trans->toFloat64();
    if (const long long row = firstNonFiniteRow(p, width); row >= 0)
        throw MotionFileError(path, "poses: frame " + std::to_string(row) + " holds a value that is not finite");
    if (const long long row = firstNonFiniteRow(t, 3); row >= 0)
        throw MotionFileError(path, "trans: frame " + std::to_string(row) + " holds a value that is not finite");

    const RestJoints rest
        = options.bodyModelPath.empty() ? defaultRestJoints() : bodyModelRestJoints(options.bodyModelPath, betas);

    const std::size_t joints = std::size_t(kJointCount);
    std::vector<glm::quat> rotations(frames * joints);
    std::vector<glm::vec3> translations(frames);
    for (std::size_t f = 0; f < frames; ++f) {
        const double *row = p.data() + f * width;
        for (std::size_t j = 0; j < joints; ++j)
            rotations[f * joints + j] = axisAngleToQuat({row[3 * j], row[3 * j + 1], row[3 * j + 2]});
        translations[f] = glm::vec3(glm::dvec3(t[3 * f], t[3 * f + 1], t[3 * f + 2]) + glm::dvec3(rest[0]));
    }

    MotionClip clip
        = MotionClip::fromRotations(skeleton(rest), fps, std::move(rotations), {0}, std::move(translations));
    clip.info.sourcePath = path;
    clip.info.format = "AMASS";
    clip.info.upAxis = UpAxis::Z;
    clip.info.metresPerUnit = 1.0;
    if (!options.bodyModelPath.empty() && !findArray(arrays, "betas"))
        clip.info.warnings.push_back("no 'betas' in the file: the body model's mean shape is used");
    return clip;
}

AmassReader::RestJoints AmassReader::defaultRestJoints()
{
    // See the header for where these come from. Unit directions on frame 0 of HumanML3D
    // new_joints/012314.npy, computed with numpy: (v_left + mirrored v_right) / 2, the component out
    // of the bone's plane set to 0, normalised.
    const glm::vec3 hipDirection = glm::normalize(glm::vec3(0.5569f, -0.8306f, 0.0f));
    const glm::vec3 collarDirection = glm::normalize(glm::vec3(0.5218f, 0.8531f, 0.0f));
    const glm::vec3 footDirection = glm::normalize(glm::vec3(0.0f, -0.3896f, 0.9210f));

    const auto &length = t2m::kBoneLengths;
    const auto pair
        = [&](int left, int right) { return 0.5f * (length[std::size_t(left)] + length[std::size_t(right)]); };
    const auto mirrored = [](glm::vec3 v) { return glm::vec3(-v.x, v.y, v.z); };
    const glm::vec3 up(0.0f, 1.0f, 0.0f);
    const glm::vec3 left(1.0f, 0.0f, 0.0f);

    std::array<glm::vec3, kJointCount> offset{};
    using namespace t2m;
    offset[LeftHip] = pair(LeftHip, RightHip) * hipDirection;
    offset[RightHip] = mirrored(offset[LeftHip]);
    offset[Spine1] = length[Spine1] * up;
    offset[LeftKnee] = offset[RightKnee] = -pair(LeftKnee, RightKnee) * up;
    offset[Spine2] = length[Spine2] * up;
    offset[LeftAnkle] = offset[RightAnkle] = -pair(LeftAnkle, RightAnkle) * up;
    offset[Spine3] = length[Spine3] * up;
    offset[LeftFoot] = offset[RightFoot] = pair(LeftFoot, RightFoot) * footDirection;
    offset[Neck] = length[Neck] * up;
    offset[LeftCollar] = pair(LeftCollar, RightCollar) * collarDirection;
    offset[RightCollar] = mirrored(offset[LeftCollar]);
    offset[Head] = length[Head] * up;
    offset[LeftShoulder] = pair(LeftShoulder, RightShoulder) * left;
    offset[RightShoulder] = mirrored(offset[LeftShoulder]);
    offset[LeftElbow] = pair(LeftElbow, RightElbow) * left;
    offset[RightElbow] = mirrored(offset[LeftElbow]);
    offset[LeftWrist] = pair(LeftWrist, RightWrist) * left;
    offset[RightWrist] = mirrored(offset[LeftWrist]);

    // The pelvis at the height that puts the lowest joints, the feet, on y = 0.
    const float footY = offset[LeftHip].y + offset[LeftKnee].y + offset[LeftAnkle].y + offset[LeftFoot].y;
    offset[Pelvis] = glm::vec3(0.0f, -footY, 0.0f);

    RestJoints rest{};
    for (std::size_t j = 0; j < rest.size(); ++j) {
        const int parent = kParents[j];
        rest[j] = parent < 0 ? offset[j] : rest[std::size_t(parent)] + offset[j];
    }
    return rest;
}

AmassReader::RestJoints AmassReader::bodyModelRestJoints(const std::string &bodyModelPath,
                                                         const std::vector<double> &betas)
{
    const auto arrays = readNpz(bodyModelPath, {"J", "J_regressor", "v_template", "shapedirs"});
    const NpyArray *regressor = findArray(arrays, "J_regressor");
    const NpyArray *vTemplate = findArray(arrays, "v_template");
    const NpyArray *shapedirs = findArray(arrays, "shapedirs");
    const NpyArray *meanJoints = findArray(arrays, "J");
    const std::size_t joints = std::size_t(kJointCount);

    std::vector<glm::dvec3> result(joints);
    if (regressor && vTemplate && shapedirs) {
        if (!isFloat(*regressor) || regressor->shape.size() != 2 || regressor->shape[0] < joints
            || regressor->shape[1] == 0)
            throw MotionFileError(bodyModelPath, std::string("J_regressor: expected ") + kFloat
                                                     + " [N >= 22, V] (joints × vertices), got "
                                                     + regressor->describe());
        const std::size_t vertices = regressor->shape[1];
        if (!isFloat(*vTemplate) || vTemplate->shape != std::vector<std::size_t>{vertices, 3})
            throw MotionFileError(bodyModelPath, std::string("v_template: expected ") + kFloat + " ["
                                                     + std::to_string(vertices)
                                                     + ", 3] (as many vertices as J_regressor has columns), got "
                                                     + vTemplate->describe());
        if (!isFloat(*shapedirs) || shapedirs->shape.size() != 3 || shapedirs->shape[0] != vertices
            || shapedirs->shape[1] != 3)
            throw MotionFileError(bodyModelPath, std::string("shapedirs: expected ") + kFloat + " ["
                                                     + std::to_string(vertices) + ", 3, B], got "
                                                     + shapedirs->describe());
        const std::size_t blendShapes = std::min(shapedirs->shape[2], betas.size());
        const std::size_t stride = shapedirs->shape[2];
        // The shaped vertices v_template + shapedirs · betas, then the regressed joints.
        std::vector<double> shaped(vertices * 3);
        for (std::size_t i = 0; i < vertices * 3; ++i) {
            double v = valueAt(*vTemplate, i);
            for (std::size_t b = 0; b < blendShapes; ++b)
                v += valueAt(*shapedirs, i * stride + b) * betas[b];
            shaped[i] = v;
        }
        for (std::size_t j = 0; j < joints; ++j) {
            glm::dvec3 sum(0.0);
            for (std::size_t v = 0; v < vertices; ++v) {
                const double w = valueAt(*regressor, j * vertices + v);
                if (w != 0.0)
                    sum += w * glm::dvec3(shaped[3 * v], shaped[3 * v + 1], shaped[3 * v + 2]);
            }
            result[j] = sum;
        }
    } else if (meanJoints) {
        if (!isFloat(*meanJoints) || meanJoints->shape.size() != 2 || meanJoints->shape[0] < joints
            || meanJoints->shape[1] != 3)
            throw MotionFileError(bodyModelPath, std::string("J: expected ") + kFloat
                                                     + " [N >= 22, 3] rest joints, got " + meanJoints->describe());
        for (std::size_t j = 0; j < joints; ++j)
            result[j] = {valueAt(*meanJoints, 3 * j), valueAt(*meanJoints, 3 * j + 1), valueAt(*meanJoints, 3 * j + 2)};
    } else {
        std::string missing;
        for (const auto &[key, array] : {std::pair{"J_regressor", regressor}, std::pair{"v_template", vTemplate},
                                         std::pair{"shapedirs", shapedirs}})
            if (!array)
                missing += std::string(missing.empty() ? "" : ", ") + "'" + key + "'";
        throw MotionFileError(bodyModelPath, "not a body model: expected 'J' [N >= 22, 3], or 'J_regressor', "
                                             "'v_template' and 'shapedirs'; missing 'J' and "
                                                 + missing);
    }

    RestJoints rest{};
    for (std::size_t j = 0; j < joints; ++j) {
        if (!std::isfinite(result[j].x) || !std::isfinite(result[j].y) || !std::isfinite(result[j].z))
            throw MotionFileError(bodyModelPath, "rest joint " + std::to_string(j) + " (" + t2m::kJointNames[j]
                                                     + ") is not finite: the body model holds NaN or infinity");
        rest[j] = glm::vec3(result[j]);
    }
    return rest;
}

Skeleton AmassReader::skeleton(const RestJoints &restJoints)
{
    std::vector<Joint> joints(static_cast<std::size_t>(kJointCount));
    for (std::size_t j = 0; j < joints.size(); ++j) {
        joints[j].name = t2m::kJointNames[j];
        joints[j].parent = t2m::kParents[j];
        joints[j].offset
            = joints[j].parent < 0 ? restJoints[j] : restJoints[j] - restJoints[std::size_t(joints[j].parent)];
    }
    return Skeleton(std::move(joints));
}

glm::quat AmassReader::axisAngleToQuat(const glm::dvec3 &v)
{
    const double angle = glm::length(v);
    // sin(angle / 2) / angle, with its Taylor series near 0 so that tiny rotations stay exact.
    const double s = angle > 1e-6 ? std::sin(0.5 * angle) / angle : 0.5 - angle * angle / 48.0;
    return glm::normalize(glm::quat(float(std::cos(0.5 * angle)), float(v.x * s), float(v.y * s), float(v.z * s)));
}

} // namespace gm::motion

#include "io/humanml3dreader.h"

#include "io/fileutil.h"
#include "io/npy.h"
#include "motion/humanml3d.h"
#include "motion/t2m.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gm::motion {

namespace fs = std::filesystem;

namespace {

struct Layout
{
    bool kit = false;
    bool features = false;
};

std::string shapeText(const std::vector<std::size_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + ']';
}

Layout layoutOf(const NpyArray &array, const std::string &path)
{
    const auto &s = array.shape;
    if (s.size() == 3 && s[2] == 3 && s[1] == std::size_t(t2m::kJointCount))
        return {false, false};
    if (s.size() == 3 && s[2] == 3 && s[1] == std::size_t(kit::kJointCount))
        return {true, false};
    if (s.size() == 2 && s[1] == std::size_t(t2m::kFeatureDim))
        return {false, true};
    if (s.size() == 2 && s[1] == std::size_t(kit::kFeatureDim))
        return {true, true};
    throw MotionFileError(path, "expected HumanML3D joints [T, 22, 3] or features [T, 263] (KIT-ML: [T, 21, 3] or "
                                "[T, 251]), got "
                                    + array.describe());
}

double parseSeconds(const std::string &field, bool &ok)
{
    double value = 0.0;
    const char *begin = field.data();
    const char *end = begin + field.size();
    const auto result = std::from_chars(begin, end, value);
    ok = result.ec == std::errc() && result.ptr == end && value >= 0.0;
    return value;
}

} // namespace

bool HumanMl3dReader::canRead(std::string_view head) const
{
    return head.size() >= 6 && std::memcmp(head.data(), "\x93NUMPY", 6) == 0;
}

std::vector<std::string> readHumanMl3dSplit(const std::string &path)
{
    std::vector<std::string> ids;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const std::size_t b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
        if (b != std::string::npos)
            ids.push_back(line.substr(b, e - b + 1));
    }
    return ids;
}

std::vector<Caption> parseHumanMl3dTexts(const std::string &text, std::vector<std::string> &warnings)
{
    std::vector<Caption> captions;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (;;) {
            const std::size_t hash = line.find('#', start);
            fields.push_back(line.substr(start, hash == std::string::npos ? std::string::npos : hash - start));
            if (hash == std::string::npos)
                break;
            start = hash + 1;
        }
        if (fields.size() != 4 || fields[0].empty()) {
            warnings.push_back("texts line " + std::to_string(number) + ": expected caption#tokens#start#end, got "
                               + std::to_string(fields.size()) + " field(s); skipped");
            continue;
        }
        bool okStart = false, okEnd = false;
        Caption c;
        c.text = fields[0];
        c.tokens = fields[1];
        c.startSeconds = parseSeconds(fields[2], okStart);
        c.endSeconds = parseSeconds(fields[3], okEnd);
        if (!okStart || !okEnd) {
            warnings.push_back("texts line " + std::to_string(number) + ": start/end '" + fields[2] + "', '" + fields[3]
                               + "' are not times in seconds; skipped");
            continue;
        }
        captions.push_back(std::move(c));
    }
    return captions;
}

MotionClip HumanMl3dReader::read(const std::string &path, const ReadOptions &) const
{
    const NpyArray array = readNpy(path);
    if (array.type != NpyType::Float32 && array.type != NpyType::Float64)
        throw MotionFileError(path, "expected float32 or float64 data, got " + array.describe());
    const Layout layout = layoutOf(array, path);
    const std::size_t frames = array.shape[0];
    if (frames == 0)
        throw MotionFileError(path, "the array has no frames: " + shapeText(array.shape));
    const int joints = layout.kit ? kit::kJointCount : t2m::kJointCount;
    const std::vector<float> values = array.toFloat32();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            throw MotionFileError(path, "element " + std::to_string(i) + " (frame "
                                            + std::to_string(i / (values.size() / frames))
                                            + ") is not a finite number");

    std::vector<glm::vec3> positions;
    if (layout.features) {
        positions = recoverFromRic(values.data(), int(frames), int(array.shape[1]), joints);
    } else {
        positions.resize(values.size() / 3);
        std::memcpy(positions.data(), values.data(), values.size() * sizeof(float));
    }
    Skeleton skeleton = layout.kit ? kit::skeleton() : t2m::skeleton();
    MotionClip clip = MotionClip::fromPositions(std::move(skeleton), layout.kit ? kit::kFps : t2m::kFps, positions);
    clip.info.sourcePath = path;
    clip.info.format = layout.kit ? (layout.features ? "KIT-ML features" : "KIT-ML joints")
                                  : (layout.features ? "HumanML3D features" : "HumanML3D joints");
    clip.info.upAxis = UpAxis::Y;
    // HumanML3D is in metres; KIT-ML's processed joints are in millimetres.
    clip.info.metresPerUnit = layout.kit ? 0.001 : 1.0;

    // Dataset layout: <root>/new_joints/ID.npy → <root>/texts/ID.txt
    const fs::path p(path);
    const std::string folder = p.parent_path().filename().string();
    if (folder == "new_joints" || folder == "new_joint_vecs") {
        const fs::path texts = p.parent_path().parent_path() / "texts" / (p.stem().string() + ".txt");
        std::error_code ec;
        if (fs::is_regular_file(texts, ec)) {
            std::vector<std::string> warnings;
            clip.info.captions = parseHumanMl3dTexts(readFile(texts.string(), 16 << 20), warnings);
            for (const std::string &w : warnings)
                clip.info.warnings.push_back(texts.string() + ": " + w);
        }
    }
    return clip;
}

void writeHumanMl3dJoints(const MotionClip &clip, const std::string &path)
{
    const int joints = clip.jointCount();
    if (!clip.isPositionsOnly() || (joints != t2m::kJointCount && joints != kit::kJointCount))
        throw MotionFileError(path, "HumanML3D joints need a clip on the 22-joint t2m (or 21-joint KIT) skeleton; "
                                    "retarget it first (this one has "
                                        + std::to_string(joints) + " joints)");
    std::vector<float> values(clip.globalPositions().size() * 3);
    std::memcpy(values.data(), clip.globalPositions().data(), values.size() * sizeof(float));
    writeNpy(path, NpyArray::fromFloat32({std::size_t(clip.frameCount()), std::size_t(joints), 3}, values));
}

} // namespace gm::motion

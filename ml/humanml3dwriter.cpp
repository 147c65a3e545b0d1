#include "ml/humanml3dwriter.h"

#include "io/fileutil.h"
#include "io/npy.h"
#include "motion/humanml3d.h"
#include "motion/t2m.h"

#include <cctype>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

bool plainFileName(const std::string &id)
{
    if (id.empty() || id.front() == '.' || id.size() > 200)
        return false;
    for (char c : id)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.')
            return false;
    return true;
}

std::string number(double seconds)
{
    std::ostringstream s;
    s.precision(3);
    s << std::fixed << seconds;
    std::string text = s.str();
    while (text.size() > 3 && text.back() == '0' && text[text.size() - 2] != '.')
        text.pop_back();
    return text;
}

} // namespace

std::string humanMl3dTextLine(const CaptionLine &line)
{
    std::string caption = line.caption;
    for (char &c : caption)
        if (c == '#' || c == '\n' || c == '\r')
            c = ' '; // the field separator and line breaks cannot appear in a caption
    std::string tokens, word;
    auto flush = [&] {
        if (!word.empty())
            tokens += (tokens.empty() ? "" : " ") + word + "/X";
        word.clear();
    };
    for (char c : caption) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'')
            word += char(std::tolower(static_cast<unsigned char>(c)));
        else if (std::isspace(static_cast<unsigned char>(c)))
            flush();
    }
    flush();
    return caption + "#" + tokens + "#" + number(line.start) + "#" + number(line.end);
}

HumanMl3dWriter::HumanMl3dWriter(std::string folder, bool overwrite)
    : mFolder(std::move(folder))
{
    std::error_code ec;
    if (fs::exists(mFolder, ec) && !fs::is_empty(mFolder, ec) && !overwrite)
        throw std::runtime_error(mFolder + ": exists and is not empty (overwrite to write into it)");
    for (const char *sub : {"new_joints", "new_joint_vecs", "texts"})
        fs::create_directories(fs::path(mFolder) / sub);
}

int HumanMl3dWriter::add(const std::string &id, const std::vector<glm::vec3> &joints, int frames,
                         const std::vector<CaptionLine> &captions)
{
    if (!plainFileName(id))
        throw std::invalid_argument("'" + id + "' is not a plain file name to use as a clip id");
    if (mStatistics.count(id))
        throw std::invalid_argument("clip id '" + id + "' added twice");
    const std::vector<float> features = computeFeatures(joints, frames);
    const int rows = frames - 1, dim = motion::t2m::kFeatureDim, J = motion::t2m::kJointCount;
    const std::vector<glm::vec3> recovered = motion::recoverFromRic(features.data(), rows, dim, J);
    std::vector<float> flat;
    flat.reserve(recovered.size() * 3);
    for (const glm::vec3 &p : recovered)
        flat.insert(flat.end(), {p.x, p.y, p.z});
    const fs::path root(mFolder);
    motion::writeNpy((root / "new_joints" / (id + ".npy")).string(),
                     motion::NpyArray::fromFloat32({std::size_t(rows), std::size_t(J), 3}, flat));
    motion::writeNpy((root / "new_joint_vecs" / (id + ".npy")).string(),
                     motion::NpyArray::fromFloat32({std::size_t(rows), std::size_t(dim)}, features));
    std::string text;
    for (const CaptionLine &line : captions)
        text += humanMl3dTextLine(line) + "\n";
    motion::writeFileAtomically((root / "texts" / (id + ".txt")).string(), text);
    FeatureStatistics statistics(dim);
    statistics.add(features.data(), rows);
    mStatistics.emplace(id, std::move(statistics));
    return rows;
}

void HumanMl3dWriter::finish(const std::map<std::string, std::vector<std::string>> &splits)
{
    const fs::path root(mFolder);
    FeatureStatistics statistics(motion::t2m::kFeatureDim);
    const auto train = splits.find("train");
    for (const auto &[name, ids] : splits) {
        if (!plainFileName(name))
            throw std::invalid_argument("'" + name + "' is not a plain split name");
        std::string list;
        for (const std::string &id : ids) {
            const auto it = mStatistics.find(id);
            if (it == mStatistics.end())
                throw std::invalid_argument("split '" + name + "' lists '" + id + "', which was not added");
            list += id + "\n";
            if (name == "train")
                statistics.add(it->second);
        }
        motion::writeFileAtomically((root / (name + ".txt")).string(), list);
    }
    std::string all;
    for (const auto &[id, s] : mStatistics) {
        all += id + "\n";
        if (train == splits.end())
            statistics.add(s);
    }
    motion::writeFileAtomically((root / "all.txt").string(), all);
    std::vector<float> mean, std;
    statistics.finish(mean, std);
    const std::size_t dim = mean.size();
    motion::writeNpy((root / "Mean.npy").string(), motion::NpyArray::fromFloat32({dim}, mean));
    motion::writeNpy((root / "Std.npy").string(), motion::NpyArray::fromFloat32({dim}, std));
}

} // namespace gm::ml

#include "cli/commands.h"

#include "io/bvhwriter.h"
#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/motionreader.h"
#include "ml/runtime.h"
#include "motion/retarget.h"

#include <gm/version.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace gm::cli {

namespace {

std::string versionText()
{
    std::string text = "geomotion";
    const auto versions = ml::componentVersions();
    text += ' ' + versions.front().second + " (";
    for (std::size_t i = 1; i < versions.size(); ++i)
        text += (i > 1 ? ", " : "") + versions[i].first + ' ' + versions[i].second;
    return text + ')';
}

int runEnv(const ParsedArgs &args, Io &io)
{
    const ml::RuntimeInfo info = ml::runtimeInfo();
    if (args.has("json")) {
        nlohmann::json j;
        for (const auto &[name, version] : ml::componentVersions())
            j["versions"][name] = version;
        j["torch"] = {{"intra_op_threads", info.intraOpThreads},
                      {"inter_op_threads", info.interOpThreads},
                      {"cuda_available", info.cudaAvailable},
                      {"cuda_device_count", info.cudaDeviceCount}};
        io.out << j.dump(2) << '\n';
        return ExitOk;
    }
    for (const auto &[name, version] : ml::componentVersions())
        io.out << name << ' ' << version << '\n';
    io.out << "LibTorch intra-op threads: " << info.intraOpThreads << '\n'
           << "LibTorch inter-op threads: " << info.interOpThreads << '\n'
           << "CUDA: "
           << (info.cudaAvailable ? std::to_string(info.cudaDeviceCount) + " device(s)" : std::string("not available"))
           << '\n';
    if (args.has("verbose"))
        io.out << '\n' << info.parallelInfo;
    return ExitOk;
}

motion::MotionClip readMotion(const ParsedArgs &args, const std::string &path)
{
    motion::ReadOptions options;
    options.bodyModelPath = args.value("body-model");
    return motion::FormatRegistry::builtin().read(path, options);
}

std::string formatNumber(double value, int decimals)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(decimals) << value;
    return s.str();
}

int runInfo(const ParsedArgs &args, Io &io)
{
    const std::string path = args.positionals().front();
    const motion::MotionClip clip = readMotion(args, path);
    const motion::MotionBounds b = clip.bounds();
    const double m = clip.info.metresPerUnit;
    const char *up = clip.info.upAxis == motion::UpAxis::Z ? "Z" : "Y";
    if (args.has("json")) {
        nlohmann::json j;
        j["file"] = path;
        j["format"] = clip.info.format;
        j["joints"] = clip.jointCount();
        j["joint_names"] = clip.skeleton().names();
        std::vector<int> parents;
        for (const motion::Joint &joint : clip.skeleton().joints())
            parents.push_back(joint.parent);
        j["parents"] = parents;
        j["frames"] = clip.frameCount();
        j["fps"] = clip.fps();
        j["duration_s"] = clip.duration();
        j["positions_only"] = clip.isPositionsOnly();
        j["metres_per_unit"] = m;
        j["up_axis"] = up;
        j["bounds_min"] = {b.min.x, b.min.y, b.min.z}; // file units: times metres_per_unit for metres
        j["bounds_max"] = {b.max.x, b.max.y, b.max.z};
        j["warnings"] = clip.info.warnings;
        nlohmann::json captions = nlohmann::json::array();
        for (const motion::Caption &c : clip.info.captions)
            captions.push_back({{"text", c.text}, {"start_s", c.startSeconds}, {"end_s", c.endSeconds}});
        j["captions"] = captions;
        io.out << j.dump(2) << '\n';
        return ExitOk;
    }
    io.out << "file:      " << path << '\n'
           << "format:    " << clip.info.format << (clip.isPositionsOnly() ? " (joint positions only)" : "") << '\n'
           << "joints:    " << clip.jointCount() << '\n'
           << "frames:    " << clip.frameCount() << " at " << formatNumber(clip.fps(), 3) << " fps ("
           << formatNumber(clip.duration(), 3) << " s)\n"
           << "units:     " << formatNumber(m, 6) << " m per unit, " << up << " up\n"
           << "bounds:    (" << formatNumber(b.min.x * m, 3) << ", " << formatNumber(b.min.y * m, 3) << ", "
           << formatNumber(b.min.z * m, 3) << ") to (" << formatNumber(b.max.x * m, 3) << ", "
           << formatNumber(b.max.y * m, 3) << ", " << formatNumber(b.max.z * m, 3) << ") m, "
           << formatNumber((b.max.x - b.min.x) * m, 2) << " x " << formatNumber((b.max.y - b.min.y) * m, 2) << " x "
           << formatNumber((b.max.z - b.min.z) * m, 2) << " m\n";
    io.out << "skeleton:\n";
    for (int i = 0; i < clip.jointCount(); ++i) {
        int depth = 0;
        for (int p = clip.skeleton().parent(i); p >= 0; p = clip.skeleton().parent(p))
            ++depth;
        io.out << "  " << std::string(std::size_t(depth) * 2, ' ') << clip.skeleton().joint(i).name << '\n';
    }
    for (const motion::Caption &c : clip.info.captions)
        io.out << "caption:   " << c.text << '\n';
    for (const std::string &w : clip.info.warnings)
        io.out << "warning:   " << w << '\n';
    return ExitOk;
}

int runConvert(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals()[0];
    const std::string out = args.positionals()[1];
    const std::string ext = motion::fileExtension(out);
    if (ext != "bvh" && ext != "npy")
        throw UsageError(out + ": unknown output format '." + ext + "' (write .bvh or HumanML3D joints .npy)");
    const std::string retarget = args.value("retarget");
    if (!retarget.empty() && retarget != "t2m")
        throw UsageError("--retarget: unknown skeleton '" + retarget + "' (known: t2m)");
    double fps = 0.0;
    if (args.has("fps")) {
        const std::string text = args.value("fps");
        char *end = nullptr;
        fps = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !(fps > 0.0) || fps > 10000.0)
            throw UsageError("--fps: expected a frame rate between 0 and 10000, got '" + text + "'");
    }
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && !args.has("force"))
        throw std::runtime_error(out + ": already exists (add --force to overwrite)");

    motion::MotionClip clip = readMotion(args, in);
    if (retarget == "t2m")
        clip = motion::retargetToT2m(clip, fps > 0.0 ? fps : motion::t2m::kFps);
    else if (fps > 0.0)
        clip = clip.resampled(fps);
    if (ext == "bvh")
        motion::writeBvh(clip, out);
    else
        motion::writeHumanMl3dJoints(clip, out);
    io.out << "wrote " << out << ": " << clip.jointCount() << " joints, " << clip.frameCount() << " frames at "
           << formatNumber(clip.fps(), 3) << " fps\n";
    return ExitOk;
}

} // namespace

CommandLine geomotionCommandLine()
{
    std::vector<CommandSpec> commands;
    commands.push_back({"env",
                        "Show library versions, compute devices and thread settings",
                        "",
                        "Prints what inference would run on: the LibTorch build, whether CUDA is usable and\n"
                        "how many threads LibTorch uses. Attach its output to bug reports.",
                        {{"json", 0, "", "Print machine-readable JSON", ""},
                         {"verbose", 'v', "", "Also print LibTorch's parallel-backend report", ""}},
                        0,
                        0,
                        runEnv});
    const OptionSpec bodyModel{
        "body-model", 0, "FILE",
        "AMASS: SMPL/SMPL-H body-model .npz whose rest joints replace the built-in mean skeleton", ""};
    commands.push_back({"info",
                        "Show what a motion file holds: format, skeleton, frames, units, captions",
                        "FILE",
                        "Reads BVH, FBX, glTF/GLB, COLLADA, HumanML3D/KIT-ML .npy and AMASS .npz files.",
                        {{"json", 0, "", "Print machine-readable JSON", ""}, bodyModel},
                        1,
                        1,
                        runInfo});
    commands.push_back(
        {"convert",
         "Convert a motion file to BVH or HumanML3D joints (.npy), optionally retargeted",
         "IN OUT",
         "The output format follows OUT's extension: .bvh, or .npy for HumanML3D joints [T, 22, 3]\n"
         "(which needs --retarget t2m unless the input already is on the t2m skeleton).\n"
         "Existing files are kept unless --force is given; output is written atomically.",
         {{"retarget", 0, "SKELETON", "Retarget to a skeleton: t2m (22-joint SMPL, metres, Y up, 20 fps)", ""},
          {"fps", 0, "N", "Resample to N frames per second", ""},
          {"force", 'f', "", "Overwrite OUT if it exists", ""},
          bodyModel},
         2,
         2,
         runConvert});
    return CommandLine("geomotion",
                       "GeoMotion command-line tools: inspect, tokenize and caption human motion without the studio.",
                       std::move(commands), versionText);
}

int runGeomotion(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    Io io{out, err};
    return geomotionCommandLine().run(args, io);
}

} // namespace gm::cli

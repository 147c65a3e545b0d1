#include "cli/commands.h"

#include "io/bvhwriter.h"
#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/features.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "motion/humanml3d.h"
#include "motion/retarget.h"
#include "motion/t2m.h"

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

// --- model commands ---------------------------------------------------------------------------

void refuseOverwrite(const ParsedArgs &args, const std::string &path)
{
    std::error_code ec;
    if (!path.empty() && std::filesystem::exists(path, ec) && !args.has("force"))
        throw std::runtime_error(path + ": already exists (add --force to overwrite)");
}

int threadsOption(const ParsedArgs &args)
{
    const std::string text = args.value("threads");
    char *end = nullptr;
    const long n = std::strtol(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || n < 0 || n > 1024)
        throw UsageError("--threads: expected a thread count (0 = LibTorch's default), got '" + text + "'");
    return int(n);
}

std::unique_ptr<ml::MotionTokenizer> loadTokenizer(const ParsedArgs &args)
{
    const std::string model = args.value("model");
    if (model.empty())
        throw UsageError(
            "--model DIR is required (a model directory: config.json, model.safetensors, mean.npy, std.npy)");
    ml::configureThreads(threadsOption(args));
    return ml::MotionTokenizer::load(model, {args.value("device"), args.has("allow-pickle")});
}

/// HumanML3D features [T × 263] of any readable motion file: retargeted to t2m at 20 fps, then
/// spec §1.5. Returns the row count in `frames`.
std::vector<float> featuresOfMotion(const ParsedArgs &args, const std::string &path, int &frames)
{
    motion::MotionClip clip = motion::retargetToT2m(readMotion(args, path), motion::t2m::kFps);
    if (clip.frameCount() < 2)
        throw std::runtime_error(path + ": " + std::to_string(clip.frameCount())
                                 + " frame(s) at 20 fps; features need at least 2");
    frames = clip.frameCount() - 1;
    return ml::computeFeatures(clip.globalPositions(), clip.frameCount());
}

/// A features .npy [T × dim] as it is, or features computed from a motion file.
std::vector<float> featuresOfInput(const ParsedArgs &args, const std::string &path, int dim, int &frames)
{
    if (motion::fileExtension(path) == "npy") {
        const motion::NpyArray a = motion::readNpy(path);
        if (a.shape.size() == 2 && a.shape[1] == std::size_t(dim)) {
            frames = int(a.shape[0]);
            return a.toFloat32();
        }
    }
    return featuresOfMotion(args, path, frames);
}

int runFeatures(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals().front();
    const std::string out = args.value("output");
    if (out.empty())
        throw UsageError("-o/--output F.npy is required");
    refuseOverwrite(args, out);
    int frames = 0;
    const std::vector<float> features = featuresOfMotion(args, in, frames);
    motion::writeNpy(out, motion::NpyArray::fromFloat32({std::size_t(frames), 263}, features));
    io.out << "wrote " << out << ": " << frames << " x 263 HumanML3D features (20 fps)\n";
    return ExitOk;
}

int runTokenize(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals().front();
    const std::string out = args.value("output");
    const std::string logitsOut = args.value("logits");
    refuseOverwrite(args, out);
    refuseOverwrite(args, logitsOut);
    const auto tokenizer = loadTokenizer(args);
    const ml::TokenizerInfo &info = tokenizer->info();
    int frames = 0;
    const std::vector<float> features = featuresOfInput(args, in, info.featureDim, frames);
    const ml::Tokens tokens = tokenizer->encode(features, frames);
    if (!out.empty())
        motion::writeNpy(out, motion::NpyArray::fromInt64({tokens.ids.size()}, tokens.ids));
    if (!logitsOut.empty())
        motion::writeNpy(logitsOut,
                         motion::NpyArray::fromFloat32({tokens.ids.size(), std::size_t(info.codes)}, tokens.logits));
    if (args.has("json")) {
        nlohmann::json j;
        j["file"] = in;
        j["frames"] = frames;
        j["tokens"] = tokens.ids;
        std::vector<double> confidence;
        for (std::size_t t = 0; t < tokens.ids.size(); ++t)
            confidence.push_back(tokens.probabilities[t * std::size_t(info.codes) + std::size_t(tokens.ids[t])]);
        j["probabilities"] = confidence;
        j["model"] = {{"source", info.source}, {"codes", info.codes}, {"device", info.device}};
        io.out << j.dump(2) << '\n';
    } else if (out.empty()) {
        for (std::size_t t = 0; t < tokens.ids.size(); ++t)
            io.out << (t ? " " : "") << tokens.ids[t];
        io.out << '\n';
    } else {
        io.out << "wrote " << out << ": " << tokens.ids.size() << " tokens from " << frames << " frames\n";
    }
    return ExitOk;
}

int runDecode(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals().front();
    const std::string out = args.value("output");
    const std::string jointsOut = args.value("joints");
    if (out.empty() && jointsOut.empty())
        throw UsageError("-o/--output F.npy (features) or --joints J.npy is required");
    refuseOverwrite(args, out);
    refuseOverwrite(args, jointsOut);
    const motion::NpyArray a = motion::readNpy(in);
    if (a.shape.size() != 1 || (a.type != motion::NpyType::Int64 && a.type != motion::NpyType::Int32))
        throw std::runtime_error(in + ": expected token ids, int64 [T'], got " + a.describe());
    const auto tokenizer = loadTokenizer(args);
    const std::vector<float> features = tokenizer->decode(a.toInt64());
    const int dim = tokenizer->info().featureDim;
    const std::size_t frames = features.size() / std::size_t(dim);
    if (!out.empty())
        motion::writeNpy(out, motion::NpyArray::fromFloat32({frames, std::size_t(dim)}, features));
    if (!jointsOut.empty()) {
        const int joints = (dim + 1) / 12;
        const std::vector<glm::vec3> positions = motion::recoverFromRic(features.data(), int(frames), dim, joints);
        std::vector<float> flat;
        for (const glm::vec3 &p : positions)
            flat.insert(flat.end(), {p.x, p.y, p.z});
        motion::writeNpy(jointsOut, motion::NpyArray::fromFloat32({frames, std::size_t(joints), 3}, flat));
    }
    io.out << "decoded " << a.elementCount() << " tokens into " << frames << " frames\n";
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
    const std::vector<OptionSpec> modelOptions{
        {"model", 'm', "DIR", "Model directory (config.json, model.safetensors, mean.npy, std.npy) or a .pt file", ""},
        {"device", 0, "DEVICE", "auto, cpu or cuda", "auto"},
        {"threads", 0, "N", "LibTorch intra-op threads (0 = LibTorch's default)", "1"},
        {"allow-pickle", 0, "", "Allow loading a .pt pickle (it can run code: only files you trust)", ""}};
    auto withModel = [&](std::vector<OptionSpec> options) {
        options.insert(options.end(), modelOptions.begin(), modelOptions.end());
        return options;
    };
    const OptionSpec force{"force", 'f', "", "Overwrite outputs that exist", ""};
    commands.push_back({"features",
                        "Compute HumanML3D features [T, 263] of a motion file",
                        "MOTION",
                        "Any readable motion file, retargeted to the 22-joint t2m skeleton and resampled to 20 fps,\n"
                        "then HumanML3D's feature pipeline (spec 1.5). The output has one row per frame pair.",
                        {{"output", 'o', "F.npy", "Where to write the features", ""}, force, bodyModel},
                        1,
                        1,
                        runFeatures});
    commands.push_back({"tokenize", "Turn a motion (or its features) into motion tokens with a DVQ model",
                        "MOTION|F.npy",
                        "Features are un-normalised (as in new_joint_vecs); the model's mean/std normalise them.\n"
                        "One token per 8 frames. Without -o the ids are printed.",
                        withModel({{"output", 'o', "TOKENS.npy", "Write the token ids (int64 [T'])", ""},
                                   {"logits", 0, "L.npy", "Write the logits (float32 [T', K])", ""},
                                   {"json", 0, "", "Print tokens and their probabilities as JSON", ""},
                                   force,
                                   bodyModel}),
                        1, 1, runTokenize});
    commands.push_back({"decode", "Turn motion tokens back into features (and joints) with a DVQ model", "TOKENS.npy",
                        "Writes de-normalised features [8T', 263] and, with --joints, joint positions [8T', 22, 3]\n"
                        "through recover_from_ric.",
                        withModel({{"output", 'o', "F.npy", "Write the features", ""},
                                   {"joints", 0, "J.npy", "Write the joint positions", ""},
                                   force}),
                        1, 1, runDecode});
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

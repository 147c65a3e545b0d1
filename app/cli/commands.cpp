#include "cli/commands.h"

#include "cli/modelcommands.h"

#include "io/bvhwriter.h"
#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/bpe.h"
#include "ml/captioner.h"
#include "ml/captionertrainer.h"
#include "ml/dataset.h"
#include "ml/evaluation.h"
#include "ml/features.h"
#include "ml/humanml3dwriter.h"
#include "ml/metrics.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "ml/tokenizertrainer.h"
#include "motion/humanml3d.h"
#include "motion/retarget.h"
#include "motion/synthesis.h"
#include "motion/t2m.h"
#include "project/exporter.h"
#include "project/projectfile.h"

#include <gm/version.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <ostream>
#include <random>
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

int intOption(const ParsedArgs &args, const std::string &name, int lo, int hi)
{
    const std::string text = args.value(name);
    char *end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || v < lo || v > hi)
        throw UsageError("--" + name + ": expected a whole number in " + std::to_string(lo) + ".." + std::to_string(hi)
                         + ", got '" + text + "'");
    return int(v);
}

double doubleOption(const ParsedArgs &args, const std::string &name, double lo, double hi)
{
    const std::string text = args.value(name);
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !(v >= lo && v <= hi))
        throw UsageError("--" + name + ": expected a number in [" + std::to_string(lo) + ", " + std::to_string(hi)
                         + "], got '" + text + "'");
    return v;
}

/// The index of the option's value among `allowed`.
int choiceOption(const ParsedArgs &args, const std::string &name, const std::vector<std::string> &allowed)
{
    const std::string v = args.value(name);
    const auto it = std::find(allowed.begin(), allowed.end(), v);
    if (it != allowed.end())
        return int(it - allowed.begin());
    std::string list;
    for (const std::string &a : allowed)
        list += (list.empty() ? "" : a == allowed.back() ? " or " : ", ") + a;
    throw UsageError("--" + name + ": expected " + list + ", got '" + v + "'");
}

int threadsOption(const ParsedArgs &args)
{
    return intOption(args, "threads", 0, 1024); // 0: LibTorch's default
}

std::unique_ptr<ml::MotionTokenizer> loadTokenizer(const ParsedArgs &args, Io &io)
{
    const std::string model = resolveModelArgument(args.value("model"));
    if (model.empty())
        throw UsageError(
            "--model DIR is required (a model directory: config.json, model.safetensors, mean.npy, std.npy)");
    ml::configureThreads(threadsOption(args));
    if (args.has("allow-pickle") && motion::fileExtension(model) == "pt")
        io.err << "warning: " << model
               << " is a Python pickle: loading it can run code. Load only files you trust, and convert them to "
                  "safetensors (the model-directory layout) to stop needing --allow-pickle.\n";
    return ml::MotionTokenizer::load(model, {args.value("device"), args.has("allow-pickle")});
}

/// HumanML3D features [T × 263] of any readable motion file: retargeted to t2m at 20 fps, then
/// spec §1.5. Returns the row count in `frames`.
std::vector<float> featuresOfMotion(const ParsedArgs &args, const std::string &path, int &frames)
{
    std::vector<float> features = ml::clipFeatures(readMotion(args, path), frames);
    if (frames == 0)
        throw std::runtime_error(path + ": under 2 frames at 20 fps; features need at least 2");
    return features;
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

/// "I/N" with 0 ≤ I < N.
std::pair<int, int> shardOption(const ParsedArgs &args)
{
    const std::string text = args.value("shard");
    if (text.empty())
        return {0, 1};
    const std::size_t slash = text.find('/');
    char *end1 = nullptr, *end2 = nullptr;
    const long i = slash == std::string::npos ? -1 : std::strtol(text.c_str(), &end1, 10);
    const long n = slash == std::string::npos ? -1 : std::strtol(text.c_str() + slash + 1, &end2, 10);
    if (slash == std::string::npos || end1 != text.c_str() + slash || *end2 != '\0' || n < 1 || n > 100000 || i < 0
        || i >= n)
        throw UsageError("--shard: expected I/N with 0 <= I < N (e.g. 0/4), got '" + text + "'");
    return {int(i), int(n)};
}

/// What one item of a dataset run makes from its features: writes `output` (atomically).
using DatasetStep = std::function<void(const ml::DatasetItem &item, const std::vector<float> &features, int rows,
                                       const std::string &output)>;

/// One clip read and waiting for its model step.
struct DatasetJob
{
    const ml::DatasetItem *item = nullptr;
    std::string output;
    std::vector<float> features;
    int rows = 0;
};
/// Several jobs at once (batched inference); sets errors[i] for the jobs that failed.
using DatasetBatchStep = std::function<void(const std::vector<DatasetJob> &jobs, std::vector<std::string> &errors)>;

/// features / tokenize / caption over a dataset folder (ml/dataset.h: the HumanML3D layout or
/// any motion files): one output per item under --out, named by the item's id; with --resume
/// items whose output exists are counted as done and skipped (outputs are written atomically,
/// so an existing one is complete); --shard I/N takes the items with index mod N = I. A bad item
/// is reported and skipped, never the end of the run. Writes summary[.shard-I-of-N].json (counts,
/// failures with reasons, throughput) and returns 1 when an item failed.
int runOverDataset(const ParsedArgs &args, Io &io, const std::string &command, const std::string &extension,
                   const DatasetStep &step, const DatasetBatchStep &batchStep = {})
{
    const int batch = args.has("batch") ? intOption(args, "batch", 1, 4096) : 1;
    if (batch > 1 && !batchStep)
        throw UsageError("--batch: only caption batches its clips (" + command + " runs one clip at a time)");
    const std::string in = args.positionals().front();
    const std::string out = args.value("out");
    if (out.empty())
        throw UsageError("--out DIR is required when the input is a folder (one output per clip goes there)");
    const auto [shard, shards] = shardOption(args);
    const bool resume = args.has("resume"), force = args.has("force");
    const std::vector<ml::DatasetItem> items = ml::listDataset(in);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        throw std::runtime_error(out + ": cannot make the folder: " + ec.message());

    std::map<std::string, int> seen;
    std::vector<std::pair<const ml::DatasetItem *, std::string>> mine;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string id = project::safeFileName(items[i].id);
        if (const int n = seen[id]++; n > 0)
            id += "_" + std::to_string(n);
        if (int(i % std::size_t(shards)) == shard)
            mine.emplace_back(&items[i], (std::filesystem::path(out) / (id + extension)).string());
    }
    nlohmann::ordered_json failures = nlohmann::ordered_json::array();
    int done = 0, skipped = 0, made = 0;
    const auto started = std::chrono::steady_clock::now();
    auto report = [&] {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double left = elapsed / done * double(mine.size() - std::size_t(done));
        io.err << "\r" << done << "/" << mine.size() << " clips  " << failures.size() << " failed  ETA "
               << int(left / 60) << " min " << int(std::fmod(left, 60.0)) << " s   " << std::flush;
    };
    std::vector<DatasetJob> pending;
    auto flush = [&] {
        if (pending.empty())
            return;
        std::vector<std::string> errors(pending.size());
        try {
            batchStep(pending, errors);
        } catch (const std::exception &e) {
            for (std::string &error : errors)
                error = e.what();
        }
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (errors[i].empty())
                ++made;
            else
                failures.push_back({{"item", pending[i].item->path}, {"reason", errors[i]}});
            ++done;
        }
        pending.clear();
        report();
    };
    for (const auto &[item, output] : mine) {
        bool queued = false;
        try {
            if (std::filesystem::exists(output, ec) && !force) {
                if (!resume)
                    throw std::runtime_error(output + " exists (--resume skips finished clips, --force redoes them)");
                ++skipped;
            } else {
                int rows = 0;
                std::vector<float> features = ml::datasetFeatures(*item, motion::t2m::kFeatureDim, rows);
                if (rows < 1)
                    throw std::runtime_error("shorter than two frames at 20 fps");
                if (batchStep && batch > 1) {
                    pending.push_back({item, output, std::move(features), rows});
                    queued = true;
                } else {
                    step(*item, features, rows, output);
                    ++made;
                }
            }
        } catch (const std::exception &e) {
            failures.push_back({{"item", item->path}, {"reason", e.what()}});
        }
        if (queued) {
            if (int(pending.size()) >= batch)
                flush();
            continue;
        }
        ++done;
        report();
    }
    flush();
    io.err << '\n';
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    nlohmann::ordered_json summary;
    summary["command"] = command;
    summary["input"] = in;
    summary["output"] = out;
    summary["shard"] = std::to_string(shard) + "/" + std::to_string(shards);
    summary["items"] = mine.size();
    summary["written"] = made;
    summary["already_done"] = skipped;
    summary["failed"] = failures.size();
    summary["failures"] = failures;
    summary["batch"] = batch;
    summary["seconds"] = seconds;
    summary["items_per_second"] = seconds > 0.0 ? made / seconds : 0.0;
    const std::string name = shards > 1
                                 ? "summary.shard-" + std::to_string(shard) + "-of-" + std::to_string(shards) + ".json"
                                 : "summary.json";
    motion::writeFileAtomically((std::filesystem::path(out) / name).string(), summary.dump(2) + "\n");
    for (const auto &f : failures)
        io.err << "skipped " << f["item"].get<std::string>() << ": " << f["reason"].get<std::string>() << '\n';
    io.out << command << ": " << made << " written, " << skipped << " already done, " << failures.size()
           << " failed of " << mine.size() << " clips in " << formatNumber(seconds, 1) << " s; summary in "
           << (std::filesystem::path(out) / name).string() << '\n';
    return failures.empty() ? ExitOk : ExitFailure;
}

/// The tokens of a batch of jobs in one masked DVQ forward; a clip too short for a token fails
/// alone (errors[i]). Returns the tokens and which job each belongs to.
std::pair<std::vector<ml::Tokens>, std::vector<std::size_t>>
encodeJobs(const ml::MotionTokenizer &tokenizer, const std::vector<DatasetJob> &jobs, std::vector<std::string> &errors)
{
    std::vector<std::vector<float>> features;
    std::vector<int> frames;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (jobs[i].rows < tokenizer.info().downsampling) {
            errors[i] = "too short to tokenize (" + std::to_string(jobs[i].rows) + " frames at 20 fps, at least "
                        + std::to_string(tokenizer.info().downsampling) + ")";
            continue;
        }
        features.push_back(jobs[i].features);
        frames.push_back(jobs[i].rows);
        index.push_back(i);
    }
    return {tokenizer.encodeBatch(features, frames), index};
}

/// geomotion merge-summaries DIR: the shards' summary.shard-I-of-N.json into summary.json, as an
/// unsharded run would have written it (counts summed, failures joined; the seconds are the
/// longest shard's, the shards having run side by side).
int runMergeSummaries(const ParsedArgs &args, Io &io)
{
    const std::filesystem::path dir(args.positionals().front());
    std::map<int, nlohmann::ordered_json> shards;
    int expected = 0;
    std::error_code ec;
    for (const auto &e : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        int i = 0, n = 0;
        if (std::sscanf(name.c_str(), "summary.shard-%d-of-%d.json", &i, &n) != 2 || n < 1 || i < 0 || i >= n)
            continue;
        if (expected && n != expected)
            throw std::runtime_error(dir.string() + ": summaries of " + std::to_string(expected) + " and "
                                     + std::to_string(n) + " shards are mixed");
        expected = n;
        std::ifstream in(e.path());
        try {
            shards[i] = nlohmann::ordered_json::parse(in);
        } catch (const std::exception &error) {
            throw std::runtime_error(e.path().string() + ": not a summary: " + error.what());
        }
    }
    if (ec)
        throw std::runtime_error(dir.string() + ": " + ec.message());
    if (shards.empty())
        throw std::runtime_error(dir.string() + ": no summary.shard-I-of-N.json to merge");
    for (int i = 0; i < expected; ++i)
        if (!shards.count(i))
            throw std::runtime_error(dir.string() + ": shard " + std::to_string(i) + " of " + std::to_string(expected)
                                     + " has no summary yet (still running, or failed before it wrote one)");
    nlohmann::ordered_json merged = shards.begin()->second;
    merged["shard"] = "0/1";
    merged["shards_merged"] = expected;
    long long items = 0, written = 0, done = 0;
    double seconds = 0.0;
    nlohmann::ordered_json failures = nlohmann::ordered_json::array();
    for (const auto &[i, s] : shards) {
        items += s.value("items", 0LL);
        written += s.value("written", 0LL);
        done += s.value("already_done", 0LL);
        seconds = std::max(seconds, s.value("seconds", 0.0));
        for (const auto &f : s.value("failures", nlohmann::ordered_json::array()))
            failures.push_back(f);
    }
    merged["items"] = items;
    merged["written"] = written;
    merged["already_done"] = done;
    merged["failed"] = failures.size();
    merged["failures"] = failures;
    merged["seconds"] = seconds;
    merged["items_per_second"] = seconds > 0.0 ? double(written) / seconds : 0.0;
    motion::writeFileAtomically((dir / "summary.json").string(), merged.dump(2) + "\n");
    io.out << "merged " << expected << " shard summaries: " << written << " written, " << done << " already done, "
           << failures.size() << " failed of " << items << " clips; " << (dir / "summary.json").string() << '\n';
    return failures.empty() ? ExitOk : ExitFailure;
}

bool isFolder(const std::string &path)
{
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

int runFeatures(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals().front();
    if (isFolder(in))
        return runOverDataset(
            args, io, "features", ".npy",
            [](const ml::DatasetItem &, const std::vector<float> &features, int rows, const std::string &output) {
                motion::writeNpy(output, motion::NpyArray::fromFloat32(
                                             {std::size_t(rows), std::size_t(motion::t2m::kFeatureDim)}, features));
            });
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
    if (isFolder(in)) {
        const auto tokenizer = loadTokenizer(args, io);
        return runOverDataset(
            args, io, "tokenize", ".npy",
            [&](const ml::DatasetItem &, const std::vector<float> &features, int rows, const std::string &output) {
                const std::vector<std::int64_t> ids = tokenizer->encode(features, rows).ids;
                motion::writeNpy(output, motion::NpyArray::fromInt64({ids.size()}, ids));
            },
            [&](const std::vector<DatasetJob> &jobs, std::vector<std::string> &errors) {
                const auto [tokens, index] = encodeJobs(*tokenizer, jobs, errors);
                for (std::size_t k = 0; k < tokens.size(); ++k)
                    motion::writeNpy(jobs[index[k]].output,
                                     motion::NpyArray::fromInt64({tokens[k].ids.size()}, tokens[k].ids));
            });
    }
    const std::string out = args.value("output");
    const std::string logitsOut = args.value("logits");
    refuseOverwrite(args, out);
    refuseOverwrite(args, logitsOut);
    const auto tokenizer = loadTokenizer(args, io);
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
    const auto tokenizer = loadTokenizer(args, io);
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

std::unique_ptr<ml::Captioner> loadCaptioner(const ParsedArgs &args)
{
    const std::string model = resolveModelArgument(args.value("model"));
    if (model.empty())
        throw UsageError("--model DIR is required");
    ml::configureThreads(threadsOption(args));
    ml::CaptionerLoadOptions options;
    options.device = args.value("device");
    options.tokenizerDirectory = args.value("tokenizer");
    return ml::Captioner::load(model, options);
}

/// The decoding options of `caption` and `evaluate`.
ml::CaptionOptions captionOptions(const ParsedArgs &args)
{
    ml::CaptionOptions options;
    options.decoding = ml::CaptionOptions::Decoding(choiceOption(args, "decoding", {"greedy", "sample", "beam"}));
    options.maxNewTokens = intOption(args, "max-new-tokens", 1, 1000);
    options.seed = std::uint64_t(intOption(args, "seed", 0, 2147483647));
    options.temperature = doubleOption(args, "temperature", 1e-3, 100.0);
    options.topK = intOption(args, "top-k", 0, 1000000);
    options.topP = doubleOption(args, "top-p", 1e-6, 1.0);
    options.beams = intOption(args, "beams", 1, 64);
    options.forbidMotionIds = args.has("no-motion-ids");
    return options;
}

int runCaption(const ParsedArgs &args, Io &io)
{
    const std::string in = args.positionals().front();
    const ml::CaptionOptions options = captionOptions(args);
    if (isFolder(in)) {
        const auto tokenizer = loadTokenizer(args, io);
        const auto captioner = loadCaptioner(args);
        if (args.has("batch") && options.decoding != ml::CaptionOptions::Decoding::Greedy)
            throw UsageError("--batch: only greedy decoding is batched");
        return runOverDataset(
            args, io, "caption", ".txt",
            [&](const ml::DatasetItem &, const std::vector<float> &features, int rows, const std::string &output) {
                const ml::Caption c = captioner->caption(tokenizer->encode(features, rows).ids, options);
                motion::writeFileAtomically(output, c.text + "\n");
            },
            [&](const std::vector<DatasetJob> &jobs, std::vector<std::string> &errors) {
                const auto [tokens, index] = encodeJobs(*tokenizer, jobs, errors);
                std::vector<std::vector<std::int64_t>> codes;
                for (const ml::Tokens &t : tokens)
                    codes.push_back(t.ids);
                const std::vector<ml::Caption> captions = captioner->captionBatch(codes, options);
                for (std::size_t k = 0; k < captions.size(); ++k)
                    motion::writeFileAtomically(jobs[index[k]].output, captions[k].text + "\n");
            });
    }
    const std::string decoding = args.value("decoding");

    // Token ids straight in, else features or a motion file through the model's DVQ.
    std::vector<std::int64_t> codes;
    bool haveCodes = false;
    if (motion::fileExtension(in) == "npy") {
        const motion::NpyArray a = motion::readNpy(in);
        if (a.shape.size() == 1 && (a.type == motion::NpyType::Int64 || a.type == motion::NpyType::Int32)) {
            codes = a.toInt64();
            haveCodes = true;
        }
    }
    if (!haveCodes) {
        const auto tokenizer = loadTokenizer(args, io);
        int frames = 0;
        const std::vector<float> features = featuresOfInput(args, in, tokenizer->info().featureDim, frames);
        codes = tokenizer->encode(features, frames).ids;
    }
    const auto captioner = loadCaptioner(args);
    const ml::Caption caption = captioner->caption(codes, options);
    if (caption.motionCodes < int(codes.size()))
        io.err << "note: the model reads at most " << caption.motionCodes << " motion codes with "
               << options.maxNewTokens << " new tokens; captioned the first " << caption.motionCodes << " of "
               << codes.size() << '\n';
    if (args.has("json")) {
        nlohmann::json j;
        j["file"] = in;
        j["caption"] = caption.text;
        j["raw"] = caption.raw;
        j["tokens"] = codes;
        j["motion_codes_read"] = caption.motionCodes;
        j["ids"] = caption.ids;
        j["log_probabilities"] = caption.logProbabilities;
        j["decoding"] = decoding;
        io.out << j.dump(2) << '\n';
    } else {
        io.out << caption.text << '\n';
    }
    return ExitOk;
}

/// "1,2,3" → {1, 2, 3}; `what` names the option in the usage error.
std::vector<int> parseIds(const std::string &text, const std::string &what)
{
    std::vector<int> ids;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ',');) {
        char *end = nullptr;
        const long v = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || v < 0 || v > 2147483647)
            throw UsageError(what + ": expected comma-separated token ids, got '" + item + "'");
        ids.push_back(int(v));
    }
    return ids;
}

int runLmLogits(const ParsedArgs &args, Io &io)
{
    const std::string out = args.value("output");
    if (out.empty())
        throw UsageError("-o/--output L.npy is required");
    refuseOverwrite(args, out);
    const std::vector<int> ids = parseIds(args.value("ids"), "--ids");
    if (ids.empty())
        throw UsageError("--ids 1,2,3 is required");
    const auto captioner = loadCaptioner(args);
    const std::vector<float> logits = captioner->logits(ids);
    motion::writeNpy(out,
                     motion::NpyArray::fromFloat32({ids.size(), std::size_t(captioner->vocabularySize())}, logits));
    io.out << "wrote " << out << ": logits [" << ids.size() << ", " << captioner->vocabularySize() << "]\n";
    return ExitOk;
}

int runBpe(const ParsedArgs &args, Io &io)
{
    const std::string action = args.positionals()[0];
    const std::string text = args.positionals()[1];
    const std::string dir
        = args.value("tokenizer").empty() ? resolveModelArgument(args.value("model")) : args.value("tokenizer");
    if (dir.empty())
        throw UsageError("--model DIR or --tokenizer DIR (the GPT-2 vocab and merges) is required");
    auto bpe = ml::BpeTokenizer::fromDirectory(dir);
    bpe->addMotionTokens(intOption(args, "motion-codes", 0, 65536));
    if (action == "encode") {
        const std::vector<int> ids = bpe->encode(text);
        for (std::size_t i = 0; i < ids.size(); ++i)
            io.out << (i ? "," : "") << ids[i];
        io.out << '\n';
    } else if (action == "decode") {
        const std::vector<int> ids = parseIds(text, "bpe decode");
        io.out << bpe->decode(ids) << '\n';
    } else {
        throw UsageError("bpe: expected encode or decode, got '" + action + "'");
    }
    return ExitOk;
}

void printCaptionMetrics(Io &io, const std::vector<std::pair<std::string, double>> &metrics, std::size_t count,
                         bool json)
{
    if (json) {
        nlohmann::ordered_json j;
        j["count"] = count;
        for (const auto &[name, value] : metrics)
            j[name] = value;
        io.out << j.dump(2) << '\n';
        return;
    }
    static const std::map<std::string, std::string> kLabels{{"Bleu_1", "BLEU-1"},
                                                            {"Bleu_2", "BLEU-2"},
                                                            {"Bleu_3", "BLEU-3"},
                                                            {"Bleu_4", "BLEU-4"},
                                                            {"ROUGE_L", "ROUGE-L"},
                                                            {"CIDEr", "CIDEr-D"},
                                                            {"nltk_bleu_4", "NLTK BLEU-4"},
                                                            {"bleu_1", "paper BLEU-1 (nmt)"},
                                                            {"bleu_4", "paper BLEU-4 (nmt)"}};
    io.out << "captions:           " << count << '\n';
    for (const auto &[name, value] : metrics) {
        const std::string label = kLabels.at(name) + ":";
        io.out << label << std::string(20 - std::min<std::size_t>(label.size(), 19), ' ') << formatNumber(value, 6)
               << '\n';
    }
}

int runEval(const ParsedArgs &args, Io &io)
{
    const std::string predictions = args.value("predictions");
    const std::string referencesPath = args.value("references");
    if (predictions.empty() || referencesPath.empty())
        throw UsageError("--predictions P.txt and --references R.json are required");
    std::vector<std::string> lines;
    {
        std::istringstream in(motion::readFile(predictions, 1u << 30));
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            lines.push_back(line);
        }
    }
    nlohmann::json refs;
    try {
        refs = nlohmann::json::parse(motion::readFile(referencesPath, 1u << 30));
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(referencesPath + ": not valid JSON: " + e.what());
    }
    if (!refs.is_array())
        throw std::runtime_error(referencesPath
                                 + ": expected an array with one array of reference captions per prediction");
    std::vector<std::vector<std::string>> references;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (!refs[i].is_array() || refs[i].empty())
            throw std::runtime_error(referencesPath + ": entry " + std::to_string(i)
                                     + ": expected a non-empty array of strings");
        references.emplace_back();
        for (const auto &r : refs[i]) {
            if (!r.is_string())
                throw std::runtime_error(referencesPath + ": entry " + std::to_string(i) + ": expected strings");
            references.back().push_back(r.get<std::string>());
        }
    }
    if (references.size() != lines.size())
        throw std::runtime_error(predictions + ": " + std::to_string(lines.size()) + " predictions, but "
                                 + referencesPath + " has " + std::to_string(references.size()) + " reference sets");
    printCaptionMetrics(io, ml::captionMetrics(lines, references), lines.size(), args.has("json"));
    return ExitOk;
}

int runEvaluate(const ParsedArgs &args, Io &io)
{
    ml::EvaluationOptions o;
    o.model = resolveModelArgument(args.value("model"));
    o.data = args.value("data");
    if (o.model.empty() || o.data.empty())
        throw UsageError("--model DIR and --data DIR (a HumanML3D-layout folder) are required");
    o.split = args.value("split");
    o.device = args.value("device");
    o.tokenizerFiles = args.value("tokenizer");
    o.caption = captionOptions(args);
    o.limit = intOption(args, "limit", 0, 100000000);
    const std::string out = args.value("out");
    if (!out.empty())
        for (const char *name : {"predictions.txt", "references.json", "clips.json", "metrics.json"})
            refuseOverwrite(args, (std::filesystem::path(out) / name).string());
    ml::configureThreads(threadsOption(args));
    const auto started = std::chrono::steady_clock::now();
    const ml::EvaluationResult r = ml::evaluateModel(o, [&](int done, int total) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double left = elapsed / done * (total - done);
        io.err << "\r" << done << "/" << total << " clips  ETA " << int(left / 60) << " min "
               << int(std::fmod(left, 60.0)) << " s   " << std::flush;
    });
    io.err << '\n';
    if (r.clips.empty())
        throw std::runtime_error(o.data + ": no clip of split '" + o.split + "' could be evaluated"
                                 + (r.skipped.empty() ? std::string() : " (first problem: " + r.skipped.front() + ")"));
    nlohmann::ordered_json metrics;
    metrics["model"] = o.model;
    metrics["data"] = o.data;
    metrics["split"] = o.split;
    metrics["clips"] = r.clips.size();
    metrics["skipped"] = r.skipped;
    for (const auto &[name, value] : r.captionMetrics)
        metrics[name] = value;
    metrics["mpjpe_m"] = r.mpjpe;
    metrics["global_mpjpe_m"] = r.globalMpjpe;
    metrics["codebook_size"] = r.codes;
    metrics["codebook_perplexity"] = r.perplexity;
    metrics["action_clips"] = r.actionClips;
    metrics["action_accuracy"] = r.actionClips > 0 ? double(r.actionCorrect) / r.actionClips : 0.0;
    if (!out.empty()) {
        std::filesystem::create_directories(out);
        std::string predictions;
        nlohmann::json references = nlohmann::json::array(), clips = nlohmann::json::array();
        for (const ml::ClipEvaluation &c : r.clips) {
            predictions += c.caption + "\n";
            references.push_back(c.references);
            clips.push_back({{"id", c.id},
                             {"frames", c.frames},
                             {"tokens", c.tokens},
                             {"caption", c.caption},
                             {"references", c.references},
                             {"mpjpe_m", c.mpjpe},
                             {"global_mpjpe_m", c.globalMpjpe}});
        }
        const std::filesystem::path dir(out);
        motion::writeFileAtomically((dir / "predictions.txt").string(), predictions);
        motion::writeFileAtomically((dir / "references.json").string(), references.dump(1) + "\n");
        motion::writeFileAtomically((dir / "clips.json").string(), clips.dump(1) + "\n");
        motion::writeFileAtomically((dir / "metrics.json").string(), metrics.dump(2) + "\n");
    }
    if (args.has("json")) {
        io.out << metrics.dump(2) << '\n';
        return ExitOk;
    }
    if (r.captioned)
        printCaptionMetrics(io, r.captionMetrics, r.clips.size(), false);
    else
        io.out << "clips:              " << r.clips.size() << " (a tokenizer-only model: no captions)\n";
    io.out << "MPJPE:              " << formatNumber(r.mpjpe * 100.0, 3) << " cm (pelvis-aligned), "
           << formatNumber(r.globalMpjpe * 100.0, 3) << " cm (global)\n"
           << "codebook perplexity: " << formatNumber(r.perplexity, 2) << " of " << r.codes << " codes\n";
    if (r.actionClips > 0)
        io.out << "action accuracy:    " << formatNumber(100.0 * r.actionCorrect / r.actionClips, 2) << " % of "
               << r.actionClips << " clips\n";
    if (!r.skipped.empty())
        io.out << "skipped:            " << r.skipped.size() << " (first: " << r.skipped.front() << ")\n";
    return ExitOk;
}

/// One line of a --real list: `path<TAB>start s<TAB>end s<TAB>caption|caption|…` (end 0: to the end).
struct RealClipLine
{
    std::string path;
    double start = 0.0, end = 0.0;
    std::vector<std::string> captions;
};

std::vector<RealClipLine> readRealClipList(const std::string &listPath, const std::string &root)
{
    std::vector<RealClipLine> lines;
    std::istringstream in(motion::readFile(listPath, 1u << 24));
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string> fields;
        std::stringstream split(line);
        for (std::string field; std::getline(split, field, '\t');)
            fields.push_back(field);
        RealClipLine r;
        char *end1 = nullptr, *end2 = nullptr;
        if (fields.size() == 4) {
            r.start = std::strtod(fields[1].c_str(), &end1);
            r.end = std::strtod(fields[2].c_str(), &end2);
        }
        if (fields.size() != 4 || *end1 != '\0' || *end2 != '\0' || r.start < 0 || (r.end != 0 && r.end <= r.start))
            throw std::runtime_error(listPath + ":" + std::to_string(number)
                                     + ": expected path, start and end seconds and captions separated by tabs");
        r.path = (std::filesystem::path(root) / fields[0]).string();
        std::stringstream captions(fields[3]);
        for (std::string c; std::getline(captions, c, '|');)
            if (!c.empty())
                r.captions.push_back(c);
        if (r.captions.empty())
            throw std::runtime_error(listPath + ":" + std::to_string(number) + ": no caption");
        lines.push_back(std::move(r));
    }
    return lines;
}

int runSynth(const ParsedArgs &args, Io &io)
{
    const std::string out = args.value("out");
    if (out.empty())
        throw UsageError("--out DIR (the corpus folder to write) is required");
    const int clips = intOption(args, "clips", 1, 10000000);
    const auto seed = std::uint64_t(intOption(args, "seed", 0, 2147483647));
    const double valFraction = doubleOption(args, "val", 0.0, 0.5), testFraction = doubleOption(args, "test", 0.0, 0.5);
    const double shortFraction = doubleOption(args, "short", 0.0, 1.0);
    std::vector<RealClipLine> real;
    if (const std::string list = args.value("real"); !list.empty()) {
        const std::string root = args.value("real-root").empty() ? std::filesystem::path(list).parent_path().string()
                                                                 : args.value("real-root");
        real = readRealClipList(list, root);
    }
    ml::HumanMl3dWriter writer(out, args.has("force"));
    std::map<std::string, std::vector<std::string>> splits;
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < clips; ++i) {
        // Each clip from its own seed: the same --seed gives the same corpus, clip by clip. With
        // --short F, a fraction F of them (chosen by a second hash) are short steady gaits.
        const std::uint64_t clipSeed = seed * 100000007ULL + std::uint64_t(i);
        const double v = double(((std::uint64_t(i) + 1) * 0xBF58476D1CE4E5B9ULL) >> 11) / 9007199254740992.0;
        const motion::SynthClip clip
            = v < shortFraction ? motion::shortGaitClip(clipSeed) : motion::randomClip(clipSeed);
        char id[32];
        std::snprintf(id, sizeof id, "S%07d", i);
        std::vector<ml::CaptionLine> lines;
        for (const std::string &c : clip.captions)
            lines.push_back({c, 0.0, 0.0});
        writer.add(id, clip.joints, clip.frames, lines);
        // Splits by a hash of the index, so that growing --clips keeps every clip's split.
        const double u = double((std::uint64_t(i) * 0x9E3779B97F4A7C15ULL) >> 11) / 9007199254740992.0;
        splits[u < testFraction ? "test" : u < testFraction + valFraction ? "val" : "train"].push_back(id);
        if ((i + 1) % 50 == 0 || i + 1 == clips) {
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const double left = elapsed / (i + 1) * (clips - i - 1);
            io.err << "\r" << i + 1 << "/" << clips << " clips  ETA " << int(left / 60) << " min "
                   << int(std::fmod(left, 60.0)) << " s   " << std::flush;
        }
    }
    // Each real clip as it is and, with --real-variants N, N − 1 variants: every other one mirrored
    // (captions' left and right swapped), each at a speed of 0.85–1.2× and, when its captions
    // describe one action, cropped to 60–100 % of its length. Few real clips exist under
    // permissive terms; the variants give them weight beside the synthetic corpus.
    const int variants = intOption(args, "real-variants", 1, 1000);
    int realClips = 0;
    for (std::size_t n = 0; n < real.size(); ++n) {
        const RealClipLine &r = real[n];
        const motion::MotionClip t2m = motion::retargetToT2m(readMotion(args, r.path), motion::t2m::kFps);
        const int first = t2m.frameAt(r.start);
        const int last = r.end > 0 ? std::min(t2m.frameAt(r.end), t2m.frameCount() - 1) : t2m.frameCount() - 1;
        const motion::MotionClip piece = t2m.trimmed(first, last);
        bool composite = false;
        for (const std::string &c : r.captions)
            composite = composite || c.find("then") != std::string::npos || c.find(" and ") != std::string::npos;
        std::mt19937_64 random(seed * 1000003ULL + n);
        for (int v = 0; v < variants; ++v) {
            std::vector<glm::vec3> joints = piece.globalPositions();
            int frames = piece.frameCount();
            const bool mirror = v % 2 == 1;
            if (v > 0) {
                const double speed = std::uniform_real_distribution<double>(0.85, 1.2)(random);
                const motion::MotionClip faster = piece.resampled(motion::t2m::kFps / speed);
                joints = faster.globalPositions();
                frames = faster.frameCount();
                if (!composite && frames > 40) {
                    const int length
                        = std::max(40, int(frames * std::uniform_real_distribution<double>(0.6, 1.0)(random)));
                    const int start = std::uniform_int_distribution<int>(0, frames - length)(random);
                    joints = std::vector<glm::vec3>(joints.begin() + std::ptrdiff_t(start) * motion::t2m::kJointCount,
                                                    joints.begin()
                                                        + std::ptrdiff_t(start + length) * motion::t2m::kJointCount);
                    frames = length;
                }
                if (mirror)
                    joints = motion::t2m::mirrored(joints);
            }
            std::vector<ml::CaptionLine> lines;
            for (const std::string &c : r.captions)
                lines.push_back({mirror ? motion::mirroredCaption(c) : c, 0.0, 0.0});
            char id[32];
            std::snprintf(id, sizeof id, "R%04d", realClips++);
            writer.add(id, joints, frames, lines);
            splits["train"].push_back(id); // real clips train; held-out real clips are evaluated on their own
        }
    }
    writer.finish(splits);
    io.err << '\n';
    io.out << "wrote " << clips << " synthetic";
    if (realClips > 0)
        io.out << " and " << realClips << " real";
    io.out << " clips to " << out << " (train " << splits["train"].size() << ", val " << splits["val"].size()
           << ", test " << splits["test"].size() << ")\n";
    return ExitOk;
}

// --- export -----------------------------------------------------------------------------------

int runExport(const ParsedArgs &args, Io &io)
{
    project::ExportOptions o;
    o.output = args.value("out");
    if (o.output.empty())
        throw UsageError("--out DIR (where to export) is required");
    std::stringstream formats(args.value("format"));
    for (std::string f; std::getline(formats, f, ',');)
        if (!f.empty()) {
            try {
                o.formats.push_back(project::exportFormat(f));
            } catch (const std::invalid_argument &e) {
                throw UsageError(std::string("--format: ") + e.what());
            }
        }
    std::tie(o.shard, o.shards) = shardOption(args);
    o.overwrite = args.has("force");
    o.wholeClips = args.has("whole-clips");
    o.model = resolveModelArgument(args.value("model"));
    o.device = args.value("device");
    ml::configureThreads(threadsOption(args));
    const std::unique_ptr<project::ProjectFile> file = project::ProjectFile::open(args.positionals()[0]);
    const auto started = std::chrono::steady_clock::now();
    const project::ExportResult r = project::exportProject(*file, o, [&](int done, int total) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double left = elapsed / done * (total - done);
        io.err << "\r" << done << "/" << total << " items  ETA " << int(left / 60) << " min "
               << int(std::fmod(left, 60.0)) << " s   " << std::flush;
    });
    io.err << '\n';
    for (const std::string &f : r.failures)
        io.err << "skipped " << f << '\n';
    io.out << "exported " << r.items << " item(s), " << r.files << " file(s) to " << o.output;
    if (o.shards > 1)
        io.out << " (shard " << o.shard << "/" << o.shards << ")";
    if (!r.failures.empty())
        io.out << "; " << r.failures.size() << " skipped";
    io.out << '\n';
    return r.failures.empty() ? ExitOk : ExitFailure;
}

/// A trainer's progress on stderr: the step line with an ETA, overwritten in place, and a line
/// per epoch (when `validation` is not NaN) with its validation loss.
void printTrainingProgress(Io &io, int epoch, int epochs, long long step, long long steps, double loss,
                           const std::string &detail, double validation, double best, double secondsLeft)
{
    if (!std::isnan(validation)) {
        io.err << "\repoch " << epoch + 1 << "/" << epochs << ": loss " << formatNumber(loss, 4) << " (" << detail
               << "), validation " << formatNumber(validation, 4) << ", best " << formatNumber(best, 4)
               << "          \n";
        return;
    }
    io.err << "\rstep " << step << "/" << steps << "  loss " << formatNumber(loss, 4) << "  ETA "
           << int(secondsLeft / 60) << " min " << int(std::fmod(secondsLeft, 60.0)) << " s   " << std::flush;
}

/// "A,B" with 0 ≤ A ≤ B ≤ 1: a span of a training run.
std::array<double, 2> fractionPair(const ParsedArgs &args, const std::string &name)
{
    const std::string text = args.value(name);
    const std::size_t comma = text.find(',');
    char *end1 = nullptr, *end2 = nullptr;
    const std::string first = text.substr(0, comma), second = comma == std::string::npos ? "" : text.substr(comma + 1);
    const double a = std::strtod(first.c_str(), &end1), b = std::strtod(second.c_str(), &end2);
    if (comma == std::string::npos || first.empty() || second.empty() || *end1 != '\0' || *end2 != '\0'
        || !(0.0 <= a && a <= b && b <= 1.0))
        throw UsageError("--" + name + ": expected two fractions of the run A,B with 0 <= A <= B <= 1, got '" + text
                         + "'");
    return {a, b};
}

int runTrainTokenizer(const ParsedArgs &args, Io &io)
{
    ml::TokenizerTrainingOptions o;
    o.data = args.positionals().front();
    o.output = args.value("out");
    if (o.output.empty())
        throw UsageError("--out DIR (the model directory to write) is required");
    o.codes = intOption(args, "codes", 2, 65536);
    o.width = intOption(args, "width", 4, 8192);
    o.depth = intOption(args, "depth", 1, 32);
    o.downT = intOption(args, "down-t", 1, 8);
    o.epochs = intOption(args, "epochs", 1, 100000);
    o.batchSize = intOption(args, "batch", 1, 65536);
    o.window = intOption(args, "window", 8, 4096);
    o.learningRate = doubleOption(args, "lr", 1e-8, 1.0);
    o.seed = std::uint64_t(intOption(args, "seed", 0, 2147483647));
    o.device = args.value("device");
    o.resume = args.has("resume");
    o.tauDecay = fractionPair(args, "tau-decay");
    o.hardRamp = fractionPair(args, "hard-ramp");
    o.sampledCodes = !args.has("argmax-codes");
    o.codebookSigma = doubleOption(args, "codebook-sigma", 0.0, 100.0);
    ml::configureThreads(threadsOption(args));
    const ml::TrainingResult r = ml::trainTokenizer(o, [&](const ml::TrainingProgress &p) {
        printTrainingProgress(io, p.epoch, p.epochs, p.step, p.steps, p.loss,
                              "mse " + formatNumber(p.mse, 4) + ", perplexity " + formatNumber(p.perplexity, 1),
                              p.validation, p.bestValidation, p.secondsLeft);
    });
    io.out << (r.cancelled ? "cancelled" : "trained") << ": " << r.epochsRun << " epoch(s) on " << r.trainClips
           << " clips (validation " << r.validationClips << "), best validation loss "
           << formatNumber(r.bestValidation, 5) << "; model in " << o.output << '\n';
    return ExitOk;
}

int runTrainCaptioner(const ParsedArgs &args, Io &io)
{
    ml::CaptionerTrainingOptions o;
    o.data = args.positionals().front();
    o.output = args.value("out");
    o.dvq = args.value("dvq");
    if (o.output.empty() || o.dvq.empty())
        throw UsageError("--dvq DIR (the trained motion tokenizer) and --out DIR (the model to write) are required");
    o.base = args.value("base");
    o.tokenizerFiles = args.value("tokenizer");
    o.layers = intOption(args, "layers", 1, 96);
    o.heads = intOption(args, "heads", 1, 128);
    o.embedding = intOption(args, "embedding", 2, 16384);
    o.positions = intOption(args, "positions", 16, 8192);
    o.epochs = intOption(args, "epochs", 1, 100000);
    o.batchSize = intOption(args, "batch", 1, 65536);
    o.learningRate = doubleOption(args, "lr", 1e-8, 1.0);
    o.dropout = doubleOption(args, "dropout", 0.0, 0.9);
    o.geometryWeight = doubleOption(args, "geometry-weight", 0.0, 100.0);
    o.inferenceFormProbability = doubleOption(args, "inference-form", 0.0, 1.0);
    o.motionTokenNoise = doubleOption(args, "motion-noise", 0.0, 1.0);
    o.seed = std::uint64_t(intOption(args, "seed", 0, 2147483647));
    o.device = args.value("device");
    o.resume = args.has("resume");
    o.half = args.has("half");
    using Options = ml::CaptionerTrainingOptions;
    o.geometryRows = Options::GeometryRows(choiceOption(args, "geometry-rows", {"motion", "release"}));
    o.freezeText = Options::FreezeText(choiceOption(args, "freeze-text", {"auto", "yes", "no"}));
    o.lossOn = Options::LossOn(choiceOption(args, "loss-on", {"all", "caption"}));
    ml::configureThreads(threadsOption(args));
    const ml::TrainingResult r = ml::trainCaptioner(o, [&](const ml::CaptionerTrainingProgress &p) {
        printTrainingProgress(io, p.epoch, p.epochs, p.step, p.steps, p.loss, "geometry " + formatNumber(p.geometry, 5),
                              p.validation, p.bestValidation, p.secondsLeft);
    });
    io.out << (r.cancelled ? "cancelled" : "trained") << ": " << r.epochsRun << " epoch(s) on " << r.trainClips
           << " clips (validation " << r.validationClips << "), best validation cross-entropy "
           << formatNumber(r.bestValidation, 5) << "; model in " << o.output << '\n';
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
        {"model", 'm', "DIR",
         "Model directory (config.json, model.safetensors, mean.npy, std.npy), an installed model's name or a .pt file",
         ""},
        {"device", 0, "DEVICE", "auto, cpu or cuda", "auto"},
        {"threads", 0, "N", "LibTorch intra-op threads (0 = LibTorch's default)", "1"},
        {"allow-pickle", 0, "", "Allow loading a .pt pickle (it can run code: only files you trust)", ""}};
    auto withModel = [&](std::vector<OptionSpec> options) {
        options.insert(options.end(), modelOptions.begin(), modelOptions.end());
        return options;
    };
    const OptionSpec force{"force", 'f', "", "Overwrite outputs that exist", ""};
    // A folder instead of one file: the whole dataset, one output per clip under --out.
    const std::vector<OptionSpec> datasetOptions{
        {"out", 0, "DIR", "With a folder as input: where its outputs go (one per clip, and summary.json)", ""},
        {"shard", 0, "I/N", "With a folder: only the clips with index mod N = I (0 <= I < N)", ""},
        {"resume", 0, "", "With a folder: skip clips whose output exists (a finished earlier run)", ""},
        {"batch", 0, "B", "With a folder: tokenize / caption B clips per forward (the same outputs as one by one)",
         ""}};
    auto withDataset = [&](std::vector<OptionSpec> options) {
        options.insert(options.end(), datasetOptions.begin(), datasetOptions.end());
        return options;
    };
    const std::string datasetHelp
        = "\nWith a folder (the HumanML3D/KIT-ML layout, or any motion files below it) every clip is done:\n"
          "one output per clip in --out, a progress line with ETA, and summary.json with the counts, each\n"
          "failure and its reason, and the throughput. A bad file is reported and skipped; the exit status\n"
          "is then 1. --shard I/N splits a dataset over N jobs; --resume continues an interrupted run.";
    commands.push_back({"features",
                        "Compute HumanML3D features [T, 263] of a motion file (or of every clip in a folder)",
                        "MOTION|DIR",
                        "Any readable motion file, retargeted to the 22-joint t2m skeleton and resampled to 20 fps,\n"
                        "then HumanML3D's feature pipeline (spec 1.5). The output has one row per frame pair."
                            + datasetHelp,
                        withDataset({{"output", 'o', "F.npy", "Where to write the features", ""}, force, bodyModel}), 1,
                        1, runFeatures});
    commands.push_back({"tokenize",
                        "Turn a motion (or its features, or a dataset folder) into motion tokens with a DVQ model",
                        "MOTION|F.npy|DIR",
                        "Features are un-normalised (as in new_joint_vecs); the model's mean/std normalise them.\n"
                        "One token per 2^down_t frames of the model (the release: 8, the bundled default model: 4).\n"
                        "Without -o the ids are printed."
                            + datasetHelp,
                        withDataset(withModel({{"output", 'o', "TOKENS.npy", "Write the token ids (int64 [T'])", ""},
                                               {"logits", 0, "L.npy", "Write the logits (float32 [T', K])", ""},
                                               {"json", 0, "", "Print tokens and their probabilities as JSON", ""},
                                               force,
                                               bodyModel})),
                        1, 1, runTokenize});
    commands.push_back({"decode", "Turn motion tokens back into features (and joints) with a DVQ model", "TOKENS.npy",
                        "Writes de-normalised features [F, 263] and, with --joints, joint positions [F, 22, 3]\n"
                        "through recover_from_ric; F = 2^down_t frames a token (the release: 8, the bundled model: 4).",
                        withModel({{"output", 'o', "F.npy", "Write the features", ""},
                                   {"joints", 0, "J.npy", "Write the joint positions", ""},
                                   force}),
                        1, 1, runDecode});
    auto withDecoding = [](std::vector<OptionSpec> options) {
        const std::vector<OptionSpec> decoding{{"max-new-tokens", 0, "N", "At most N new tokens", "40"},
                                               {"decoding", 0, "MODE", "greedy, sample or beam", "greedy"},
                                               {"seed", 0, "S", "Sampling seed", "0"},
                                               {"temperature", 0, "T", "Sampling temperature", "1"},
                                               {"top-k", 0, "K", "Sample among the K most likely ids (0: all)", "0"},
                                               {"top-p", 0, "P", "Sample within probability mass P", "1"},
                                               {"beams", 0, "B", "Beam width", "4"},
                                               {"no-motion-ids", 0, "", "Never emit motion ids in the caption", ""}};
        options.insert(options.end(), decoding.begin(), decoding.end());
        return options;
    };
    const OptionSpec tokenizerDir{
        "tokenizer", 0, "DIR",
        "GPT-2 tokenizer files (vocab.json + merges.txt or encoder.json + vocab.bpe) when the model directory has none",
        ""};
    commands.push_back(
        {"caption",
         "Caption a motion (file, features, token ids or a dataset folder) with the GeoMotionGPT language model",
         "MOTION|F.npy|TOKENS.npy|DIR",
         "Token ids (int64 [T']) are captioned as they are; features and motion files go through the model's\n"
         "DVQ first. The default is the released behaviour: greedy, at most 40 new tokens."
             + datasetHelp,
         withDataset(withModel(withDecoding({{"json", 0, "", "Print caption, ids and log-probabilities as JSON", ""},
                                             force,
                                             tokenizerDir,
                                             bodyModel}))),
         1, 1, runCaption});
    commands.push_back({"lm-logits", "Write the language model's logits [L, V] for token ids (parity checks)", "",
                        "Every position's logits of one forward over the ids, no cache.",
                        withModel({{"ids", 0, "1,2,3", "The token ids", ""},
                                   {"output", 'o', "L.npy", "Where to write the logits", ""},
                                   force,
                                   tokenizerDir}),
                        0, 0, runLmLogits});
    commands.push_back({"bpe",
                        "Encode text to GPT-2 token ids or decode ids (with the motion tokens added)",
                        "encode|decode TEXT|IDS",
                        "IDS are comma-separated. <motion_id_N> and <|endoftext|> are split out as single ids.",
                        {{"model", 'm', "DIR", "A directory with the tokenizer files", ""},
                         tokenizerDir,
                         {"motion-codes", 0, "K", "Motion codes whose <motion_id_N> tokens to add (K + 3 ids)", "512"}},
                        2,
                        2,
                        runBpe});
    commands.push_back({"eval",
                        "Score captions: BLEU (pycocoevalcap, NLTK and the paper's tensorflow/nmt), ROUGE-L, CIDEr-D",
                        "",
                        "P.txt holds one caption per line; R.json an array with one array of reference captions per\n"
                        "line. Words are split on whitespace, case and punctuation kept (nlg-eval's convention).",
                        {{"predictions", 'p', "P.txt", "The captions to score", ""},
                         {"references", 'r', "R.json", "Their references", ""},
                         {"json", 0, "", "Print JSON", ""}},
                        0,
                        0,
                        runEval});
    commands.push_back(
        {"evaluate",
         "Evaluate a model on a dataset split: captions (BLEU, ROUGE-L, CIDEr), reconstruction and codebook use", "",
         "The paper's motion-to-text protocol (spec 7.1) over <DATA>/<split>.txt: clips of 20 to 195 frames,\n"
         "the first three captions as references. Also the DVQ's reconstruction error (MPJPE, pelvis-aligned\n"
         "as MoMask's, and global), the codebook perplexity, and how often the caption names the\n"
         "reference's first action. --out receives predictions.txt, references.json, clips.json and\n"
         "metrics.json.",
         withModel(withDecoding({{"data", 0, "DIR", "A HumanML3D-layout folder", ""},
                                 {"split", 0, "NAME", "The split list to evaluate (<DATA>/<NAME>.txt)", "test"},
                                 {"out", 'o', "DIR", "Where to write predictions and metrics", ""},
                                 {"limit", 0, "N", "Evaluate at most N clips (0: all)", "0"},
                                 {"json", 0, "", "Print the metrics as JSON", ""},
                                 force,
                                 tokenizerDir})),
         0, 0, runEvaluate});
    commands.push_back({"merge-summaries",
                        "Merge the summaries of a sharded dataset run (--shard I/N) into summary.json",
                        "DIR",
                        "Reads DIR/summary.shard-I-of-N.json of every shard (all N must be there) and writes\n"
                        "DIR/summary.json: counts summed, failures joined, the longest shard's seconds. The\n"
                        "outputs themselves need no merging (one file per clip). Exit 1 when a clip failed.",
                        {},
                        1,
                        1,
                        runMergeSummaries});
    commands.push_back(
        {"export", "Export a project's annotated segments: HumanML3D layout, BABEL JSON, CSV, BVH, token ids",
         "PROJECT",
         "Every segment of the studio project (or, with --whole-clips, every annotated clip) in each\n"
         "--format (comma-separated): humanml3d (new_joints, new_joint_vecs, texts with word/X tokens,\n"
         "motion_tokens with --model, all.txt, Mean/Std), babel (babel.json), csv (segments.csv), bvh\n"
         "(the segment on its own skeleton), tokens (int64 .npy, needs --model). --shard I/N exports\n"
         "the items i with i mod N = I, so N jobs cover a project. Files are written atomically and\n"
         "existing ones are kept unless --force; names are sanitised. Items that fail are listed and\n"
         "skipped (exit 1).",
         withModel({{"out", 'o', "DIR", "The folder to export into", ""},
                    {"format", 0, "LIST", "humanml3d,babel,csv,bvh,tokens (comma-separated)", "humanml3d,csv"},
                    {"shard", 0, "I/N", "Export only shard I of N (0 <= I < N)", ""},
                    {"whole-clips", 0, "", "One item per annotated clip instead of per segment", ""},
                    force}),
         1, 1, runExport});
    commands.push_back(
        {"synth",
         "Write a procedural motion corpus with captions in the HumanML3D layout",
         "",
         "Walks, jogs and runs (forward, backward, sideways, curving; several speeds), turns, jumps, squats,\n"
         "sitting down and standing up, waves, raised arms, kicks, punches, claps, spins and idling on the\n"
         "22-joint t2m skeleton at 20 fps, composed into 2 to 9.8 s sequences, each with three captions.\n"
         "The same --seed gives the same corpus. --real adds real clips from a tab-separated list\n"
         "(path, start s, end s, captions separated by '|'; end 0 = to the end) to the train split.",
         {{"out", 'o', "DIR", "The corpus folder to write", ""},
          {"clips", 0, "N", "Synthetic clips", "2000"},
          {"seed", 0, "S", "Seed", "1"},
          {"val", 0, "F", "Fraction of clips in the val split", "0.05"},
          {"test", 0, "F", "Fraction of clips in the test split", "0.05"},
          {"short", 0, "F", "Fraction of clips that are short (0.8-2 s) steady walks, jogs or runs", "0"},
          {"real", 0, "LIST.tsv", "Real clips to add, with their captions", ""},
          {"real-root", 0, "DIR", "Folder the --real paths are relative to (default: the list's)", ""},
          {"real-variants", 0, "N", "Each real clip N times: as is, then mirrored / faster or slower / cropped", "1"},
          {"force", 'f', "", "Write into a folder that is not empty", ""},
          bodyModel},
         0,
         0,
         runSynth});
    commands.push_back(
        {"train-tokenizer",
         "Train a DVQ motion tokenizer (spec 2.9-2.11) on a HumanML3D-layout folder or any motion files",
         "DATA",
         "Writes the best-on-validation model to --out in the official model-directory layout, and the\n"
         "trainer state after every epoch (--resume continues from it exactly). The release's schedules\n"
         "(500 epochs) are applied as fractions of --epochs. Defaults are the release's sizes and recipe.",
         {{"out", 'o', "DIR", "The model directory to write", ""},
          {"codes", 0, "K", "Codebook size", "512"},
          {"width", 0, "W", "Channels", "512"},
          {"depth", 0, "D", "Residual blocks per stage", "3"},
          {"down-t", 0, "N", "Stride-2 stages: one token per 2^N frames", "3"},
          {"epochs", 0, "N", "Epochs", "500"},
          {"batch", 0, "B", "Batch size", "512"},
          {"window", 0, "F", "Frames per training crop", "32"},
          {"lr", 0, "LR", "Learning rate (the codebook gets half)", "0.0002"},
          {"tau-decay", 0, "A,B", "Part of the run over which the Gumbel temperature decays 0.4 -> 0.01", "0.6,0.8"},
          {"hard-ramp", 0, "A,B", "Part of the run over which the hard-perplexity rate ramps 0 -> 1", "0.3,0.4"},
          {"argmax-codes", 0, "", "Decode the argmax code, not a Gumbel sample (learns in far fewer steps)", ""},
          {"codebook-sigma", 0, "S", "Start the codebook Normal(0, S) (0: Uniform(-1/K, 1/K), the first commit)", "0"},
          {"seed", 0, "S", "Seed", "0"},
          {"resume", 0, "", "Continue from the trainer state in --out", ""},
          {"device", 0, "DEVICE", "auto, cpu or cuda", "auto"},
          {"threads", 0, "N", "LibTorch intra-op threads (0 = LibTorch's default)", "1"}},
         1,
         1,
         runTrainTokenizer});
    commands.push_back(
        {"train-captioner",
         "Fine-tune a GPT-2 motion captioner (spec 3.1, 4.2, 5.4-5.6) on a HumanML3D-layout folder",
         "DATA",
         "DATA holds texts/ and motion_tokens/ or new_joint_vecs/ (tokenized with --dvq). The motion rows start\n"
         "from the DVQ codebook through the sparse projection; the text rows are frozen when fine-tuning\n"
         "--base. Without --base a fresh GPT-2 of the given sizes is trained. --out receives a complete\n"
         "model directory (DVQ and captioner) holding the best-on-validation weights; the test split is\n"
         "never used. Defaults are the release's recipe.",
         {{"out", 'o', "DIR", "The model directory to write", ""},
          {"dvq", 0, "DIR", "The motion tokenizer (a train-tokenizer output or the official model)", ""},
          {"base", 0, "DIR", "A plain GPT-2 to fine-tune (config.json, model.safetensors)", ""},
          tokenizerDir,
          {"layers", 0, "N", "Fresh model: layers", "4"},
          {"heads", 0, "N", "Fresh model: attention heads", "4"},
          {"embedding", 0, "C", "Fresh model: embedding width", "128"},
          {"positions", 0, "P", "Fresh model: positions", "256"},
          {"epochs", 0, "N", "Epochs", "100"},
          {"batch", 0, "B", "Batch size", "20"},
          {"lr", 0, "LR", "Learning rate (cosine over twice the epochs, as the release)", "0.0001"},
          {"dropout", 0, "P", "Dropout on embeddings, attention and residuals", "0.1"},
          {"geometry-weight", 0, "L", "Stage-2 orthogonality weight", "0.01"},
          {"inference-form", 0, "P", "Share of sequences tokenised as generation sees them (the release: 0)", "0"},
          {"motion-noise", 0, "P",
           "Replace each training motion code by a random one with probability P (the release: 0)", "0"},
          {"geometry-rows", 0, "ROWS", "motion (rows of the motion codes) or release (text rows 0..K-1)", "motion"},
          {"freeze-text", 0, "WHEN", "auto (when fine-tuning --base), yes or no", "auto"},
          {"loss-on", 0, "PART", "all (the release) or caption", "all"},
          {"half", 0, "", "Store the model in float16", ""},
          {"seed", 0, "S", "Seed", "1234"},
          {"resume", 0, "", "Continue from the trainer state in --out", ""},
          {"device", 0, "DEVICE", "auto, cpu or cuda", "auto"},
          {"threads", 0, "N", "LibTorch intra-op threads (0 = LibTorch's default)", "1"}},
         1,
         1,
         runTrainCaptioner});
    addModelCommands(commands);
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

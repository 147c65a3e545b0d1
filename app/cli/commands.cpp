#include "cli/commands.h"

#include "ml/runtime.h"

#include <gm/version.h>

#include <nlohmann/json.hpp>

#include <ostream>

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

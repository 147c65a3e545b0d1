#include "cli/modelcommands.h"

#include "models/installer.h"
#include "models/store.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>

namespace fs = std::filesystem;

namespace gm::cli {

namespace {

std::atomic<bool> gInterrupted{false};

extern "C" void onInterrupt(int)
{
    gInterrupted.store(true);
}

/// SIGINT (Ctrl+C) cancels the install instead of killing it, for the time this object lives.
class InterruptCancels
{
public:
    InterruptCancels()
    {
        gInterrupted.store(false);
        mPrevious = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptCancels() { std::signal(SIGINT, mPrevious); }
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    void (*mPrevious)(int) = SIG_DFL;
};

std::string megabytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", double(bytes) / 1e6);
    return text;
}

std::string duration(double seconds)
{
    if (seconds < 0)
        return "?";
    const long s = long(std::lround(seconds));
    return s >= 60 ? std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s" : std::to_string(s) + " s";
}

fs::path modelsRoot(const ParsedArgs &args)
{
    const std::string dir = args.value("models-dir");
    return dir.empty() ? models::userModelsDirectory() : fs::path(dir);
}

void printModel(Io &io, const models::InstalledModel &m)
{
    io.out << m.name << '\n' << "  folder     " << m.directory.string() << '\n';
    if (!m.title.empty())
        io.out << "  title      " << m.title << '\n';
    io.out << "  size       " << megabytes(m.bytes) << '\n';
    if (!m.hasReceipt) {
        io.out << "  (no install receipt: put there by hand)\n";
        return;
    }
    io.out << "  source     " << m.source << '\n' << "  installed  " << m.installedAt << '\n';
    if (!m.homepage.empty())
        io.out << "  homepage   " << m.homepage << '\n';
    if (!m.licence.empty())
        io.out << "  licence    " << m.licence << '\n';
    if (!m.citation.empty())
        io.out << "  citation   " << m.citation << '\n';
    io.out << "  files\n";
    for (const models::InstalledFile &f : m.files)
        io.out << "    " << f.path << "  " << f.size << " bytes  sha256 " << f.sha256 << "\n      from " << f.origin
               << '\n';
}

nlohmann::json modelJson(const models::InstalledModel &m)
{
    nlohmann::json j{{"name", m.name},
                     {"directory", m.directory.string()},
                     {"bytes", m.bytes},
                     {"has_receipt", m.hasReceipt},
                     {"source", m.source},
                     {"title", m.title},
                     {"licence", m.licence},
                     {"citation", m.citation},
                     {"homepage", m.homepage},
                     {"installed_at", m.installedAt},
                     {"files", nlohmann::json::array()}};
    for (const models::InstalledFile &f : m.files)
        j["files"].push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}, {"origin", f.origin}});
    return j;
}

int runInstall(const ParsedArgs &args, Io &io, const std::string &source)
{
    models::InstallOptions options;
    options.name = args.value("name");
    options.root = modelsRoot(args);
    options.entry = args.value("entry");
    options.manifest = args.value("manifest");
    options.force = args.has("force");
    options.resume = !args.has("fresh");
    if (!options.name.empty() && !models::isValidModelName(options.name))
        throw UsageError("--name: \"" + options.name + "\" is not a model name (1-64 letters, digits, '.', '_', '-')");
    InterruptCancels interrupt;
    models::InstallProgress::Stage lastStage = models::InstallProgress::Stage::Resolving;
    const auto onProgress = [&](const models::InstallProgress &p) {
        if (p.stage != lastStage && lastStage == models::InstallProgress::Stage::Fetching)
            io.err << '\n';
        lastStage = p.stage;
        io.err << '\r' << models::stageName(p.stage);
        if (!p.file.empty())
            io.err << ' ' << p.file;
        if (p.stage == models::InstallProgress::Stage::Fetching
            || p.stage == models::InstallProgress::Stage::Verifying) {
            io.err << " (" << p.fileIndex + 1 << "/" << p.fileCount << ")  " << megabytes(p.bytes);
            if (p.totalBytes > 0)
                io.err << " of " << megabytes(p.totalBytes);
            if (p.stage == models::InstallProgress::Stage::Fetching && p.bytesPerSecond > 0)
                io.err << "  " << megabytes(std::uint64_t(p.bytesPerSecond)) << "/s  ETA " << duration(p.secondsLeft);
        }
        io.err << "        " << std::flush;
    };
    models::InstallResult r;
    try {
        r = models::installModel(source, options, onProgress, &gInterrupted);
    } catch (const models::InstallError &) {
        io.err << '\n'; // end the progress line before the error
        throw;
    }
    io.err << '\n';
    for (const std::string &w : r.warnings)
        io.err << "warning: " << w << '\n';
    if (r.cancelled) {
        io.err << "cancelled: nothing was installed; what arrived is kept in " << r.partialDirectory.string()
               << " and the same install resumes it (--fresh starts over; model remove "
               << r.partialDirectory.filename().string() << " discards it)\n";
        return ExitFailure;
    }
    io.out << "installed " << r.model.name << " in " << r.model.directory.string() << " (" << megabytes(r.model.bytes)
           << "; " << megabytes(r.downloadedBytes) << " transferred";
    if (r.resumedBytes > 0)
        io.out << ", " << megabytes(r.resumedBytes) << " resumed";
    io.out << ")\n";
    for (const std::string &a : r.added)
        io.out << "  added " << a << " (shipped with GeoMotion)\n";
    io.out << "use it with --model " << r.model.name << ", or in the studio: Model > Manage Models\n";
    return ExitOk;
}

int runModel(const ParsedArgs &args, Io &io)
{
    const std::vector<std::string> &p = args.positionals();
    const std::string action = p.front();
    const fs::path root = modelsRoot(args);
    auto needs = [&](std::size_t count, const char *synopsis) {
        if (p.size() != count)
            throw UsageError(std::string("model ") + action + ": usage: geomotion model " + synopsis);
    };
    if (action == "install") {
        needs(2, "install URL|DIR|MANIFEST|NAME [--name NAME]");
        return runInstall(args, io, p[1]);
    }
    if (action == "list") {
        needs(1, "list");
        const auto installed = models::listInstalledModels(root);
        const auto partial = models::listPartialDownloads(root);
        if (args.has("json")) {
            nlohmann::json j{{"directory", root.string()},
                             {"models", nlohmann::json::array()},
                             {"partial", nlohmann::json::array()}};
            for (const auto &m : installed)
                j["models"].push_back(modelJson(m));
            for (const auto &d : partial)
                j["partial"].push_back({{"name", d.name}, {"bytes", d.bytes}, {"directory", d.directory.string()}});
            io.out << j.dump(2) << '\n';
            return ExitOk;
        }
        io.out << "models in " << root.string() << ":\n";
        if (installed.empty())
            io.out << "  (none: geomotion model install geomotiongpt fetches the paper's release)\n";
        for (const auto &m : installed)
            io.out << "  " << m.name << "  " << megabytes(m.bytes) << "  "
                   << (m.hasReceipt ? m.installedAt + "  " + m.source : std::string("(put there by hand)")) << '\n';
        for (const auto &d : partial)
            io.out << "  partial download: " << d.name << "  " << megabytes(d.bytes)
                   << " (install it again to resume, or model remove " << d.name << ")\n";
        return ExitOk;
    }
    if (action == "info") {
        needs(2, "info NAME");
        const auto m = models::findInstalledModel(root, p[1]);
        if (!m) {
            io.err << "geomotion: model \"" << p[1] << "\" is not installed in " << root.string()
                   << " (geomotion model list shows what is)\n";
            return ExitFailure;
        }
        if (args.has("json"))
            io.out << modelJson(*m).dump(2) << '\n';
        else
            printModel(io, *m);
        return ExitOk;
    }
    if (action == "remove") {
        needs(2, "remove NAME");
        if (!models::isValidModelName(p[1]))
            throw UsageError("model remove: \"" + p[1] + "\" is not a model name");
        if (!models::removeInstalledModel(root, p[1])) {
            io.err << "geomotion: model \"" << p[1] << "\" is not installed in " << root.string() << '\n';
            return ExitFailure;
        }
        io.out << "removed " << p[1] << '\n';
        return ExitOk;
    }
    throw UsageError("model: unknown action '" + action + "' (install, list, info or remove)");
}

} // namespace

std::string resolveModelArgument(const std::string &value)
{
    std::error_code ec;
    if (value.empty() || fs::exists(value, ec) || !models::isValidModelName(value))
        return value;
    if (const auto m = models::findInstalledModel(models::userModelsDirectory(), value))
        return m->directory.string();
    return value;
}

void addModelCommands(std::vector<CommandSpec> &commands)
{
    commands.push_back(
        {"model",
         "Install, list, inspect and remove model directories (the official release in one step)",
         "install|list|info|remove [SOURCE|NAME]",
         "install SOURCE fetches a model directory into the user's models folder (the studio's too):\n"
         "  SOURCE is a name from the shipped manifest (geomotiongpt: the paper's release from Hugging Face),\n"
         "  a manifest (.json file or URL), a Hugging Face repository URL, any http(s) folder URL holding\n"
         "  config.json and model.safetensors, or a local folder. Downloads resume where an interrupted or\n"
         "  cancelled one stopped (Ctrl+C cancels); sizes and SHA-256 are checked where the manifest gives\n"
         "  them; the GPT-2 tokenizer files and HumanML3D's Mean/Std the project ships are added when the\n"
         "  source lacks them; the result is loaded (every tensor name and shape checked) before it is\n"
         "  installed. The proxy of http_proxy / https_proxy / ALL_PROXY (NO_PROXY) is used.\n"
         "list shows the installed models and partial downloads; info NAME its files, hashes, licence and\n"
         "citation; remove NAME deletes it (and any partial download). An installed model's name works\n"
         "wherever --model takes a folder.",
         {{"name", 0, "NAME", "install: the installed model's name (default: the manifest's or the source's)", ""},
          {"entry", 0, "ENTRY", "install: which model of a manifest that lists several", ""},
          {"manifest", 0, "FILE|URL", "install: where a SOURCE given by name is looked up (default: shipped)", ""},
          {"force", 'f', "", "install: replace an installed model of that name", ""},
          {"fresh", 0, "", "install: discard a partial download and start over", ""},
          {"models-dir", 0, "DIR", "The models folder (default: $GEOMOTION_MODELS_DIR or the user's data folder)", ""},
          {"json", 0, "", "list, info: print JSON", ""}},
         1,
         2,
         runModel});
}

} // namespace gm::cli

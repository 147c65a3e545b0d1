#include "models/store.h"

#include "models/manifest.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace gm::models {

namespace {

std::string environment(const char *name)
{
    const char *v = std::getenv(name);
    return v ? v : "";
}

std::uint64_t folderBytes(const fs::path &dir)
{
    std::uint64_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            total += it->file_size(ec);
    return total;
}

fs::path executableDirectory()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

InstalledModel readModel(const fs::path &dir)
{
    InstalledModel m;
    m.name = dir.filename().string();
    m.directory = dir;
    m.bytes = folderBytes(dir);
    std::ifstream in(dir / kReceiptName);
    if (!in)
        return m;
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        auto text
            = [&](const char *key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; };
        m.source = text("source");
        m.title = text("title");
        m.licence = text("licence");
        m.citation = text("citation");
        m.homepage = text("homepage");
        m.installedAt = text("installed_at");
        if (j.contains("files") && j["files"].is_array())
            for (const auto &f : j["files"]) {
                if (!f.is_object())
                    continue;
                InstalledFile file;
                file.path = f.value("path", "");
                file.size = f.value("size", std::uint64_t(0));
                file.sha256 = f.value("sha256", "");
                file.origin = f.value("origin", "");
                m.files.push_back(std::move(file));
            }
        m.hasReceipt = true;
    } catch (const nlohmann::json::exception &) {
        // a damaged receipt: list the folder as one put there by hand
    }
    return m;
}

} // namespace

fs::path userModelsDirectory()
{
    if (const std::string dir = environment("GEOMOTION_MODELS_DIR"); !dir.empty())
        return fs::path(dir);
    fs::path data;
    // As QStandardPaths: XDG_DATA_HOME when it is an absolute path, else ~/.local/share.
    if (const std::string xdg = environment("XDG_DATA_HOME"); !xdg.empty() && xdg.front() == '/')
        data = xdg;
    else
        data = fs::path(environment("HOME")) / ".local" / "share";
    return data / "GeoMotion" / "GeoMotion Studio" / "models";
}

fs::path shippedResource(const std::string &relative)
{
    std::vector<fs::path> roots;
    if (const std::string dir = environment("GEOMOTION_DATA_DIR"); !dir.empty())
        roots.emplace_back(dir);
    if (const fs::path exe = executableDirectory(); !exe.empty())
        roots.push_back(exe / ".." / "share" / "geomotion");
    roots.emplace_back(GM_BUILD_RESOURCES_DIR);
    roots.emplace_back(GM_SOURCE_RESOURCES_DIR);
    std::error_code ec;
    for (const fs::path &root : roots) {
        const fs::path candidate = root / relative;
        if (fs::exists(candidate, ec))
            return fs::weakly_canonical(candidate, ec);
    }
    return {};
}

fs::path partialDirectory(const fs::path &root, const std::string &name)
{
    return root / ".partial" / name;
}

std::vector<InstalledModel> listInstalledModels(const fs::path &root)
{
    std::vector<InstalledModel> models;
    std::error_code ec;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!isValidModelName(name) || !it->is_directory(ec) || !fs::is_regular_file(it->path() / "config.json", ec))
            continue;
        models.push_back(readModel(it->path()));
    }
    std::sort(models.begin(), models.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return models;
}

std::optional<InstalledModel> findInstalledModel(const fs::path &root, const std::string &name)
{
    if (!isValidModelName(name))
        return std::nullopt;
    std::error_code ec;
    const fs::path dir = root / name;
    if (!fs::is_directory(dir, ec) || !fs::is_regular_file(dir / "config.json", ec))
        return std::nullopt;
    return readModel(dir);
}

std::vector<PartialDownload> listPartialDownloads(const fs::path &root)
{
    std::vector<PartialDownload> partial;
    std::error_code ec;
    for (fs::directory_iterator it(root / ".partial", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!isValidModelName(name) || !it->is_directory(ec))
            continue;
        partial.push_back({name, it->path(), folderBytes(it->path())});
    }
    std::sort(partial.begin(), partial.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return partial;
}

bool removeInstalledModel(const fs::path &root, const std::string &name)
{
    if (!isValidModelName(name))
        throw std::runtime_error("\"" + name + "\" is not a model name");
    bool removed = false;
    for (const fs::path &dir : {root / name, partialDirectory(root, name)}) {
        std::error_code ec;
        if (!fs::exists(dir, ec))
            continue;
        // Rename first so that a folder half removed is never listed as a model.
        const fs::path doomed = root / ".partial" / (".removing-" + name + "-" + std::to_string(::getpid()));
        fs::create_directories(doomed.parent_path(), ec);
        fs::rename(dir, doomed, ec);
        const fs::path target = ec ? dir : doomed;
        fs::remove_all(target, ec);
        if (ec)
            throw std::runtime_error(target.string() + ": cannot be removed (" + ec.message() + ")");
        removed = true;
    }
    return removed;
}

} // namespace gm::models

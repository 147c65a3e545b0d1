#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gm::models {

/// Where installed models live: $GEOMOTION_MODELS_DIR, else the studio's data folder
/// (QStandardPaths::AppDataLocation: $XDG_DATA_HOME or ~/.local/share, then
/// "GeoMotion/GeoMotion Studio") + "/models". The CLI and the studio agree on it.
std::filesystem::path userModelsDirectory();

/// A file the project ships (the GPT-2 tokenizer, HumanML3D's statistics, the manifest), looked
/// up as the studio does: $GEOMOTION_DATA_DIR, <executable>/../share/geomotion, the build tree's
/// share/geomotion, the source tree's resources/. Empty when it is nowhere.
std::filesystem::path shippedResource(const std::string &relative);

/// The install receipt written beside the model's files.
inline constexpr const char *kReceiptName = "geomotion-install.json";

struct InstalledFile
{
    std::string path;
    std::uint64_t size = 0;
    std::string sha256;
    std::string origin; ///< the URL or path it came from, or "shipped: <resource>"
};

/// One installed model: its folder and what the receipt says.
struct InstalledModel
{
    std::string name;
    std::filesystem::path directory;
    std::string source; ///< what was given to `model install`
    std::string title;
    std::string licence;
    std::string citation;
    std::string homepage;
    std::string installedAt; ///< UTC, ISO 8601
    std::vector<InstalledFile> files;
    std::uint64_t bytes = 0; ///< on disk
    bool hasReceipt = false; ///< false for a folder put there by hand
};

/// A download that has not finished (cancelled, interrupted or failed): resumable.
struct PartialDownload
{
    std::string name;
    std::filesystem::path directory;
    std::uint64_t bytes = 0;
};

/// The installed models under `root`, by name. Folders without config.json are skipped.
std::vector<InstalledModel> listInstalledModels(const std::filesystem::path &root);
std::optional<InstalledModel> findInstalledModel(const std::filesystem::path &root, const std::string &name);
std::vector<PartialDownload> listPartialDownloads(const std::filesystem::path &root);
/// The folder a partial download of `name` collects in (root/.partial/name).
std::filesystem::path partialDirectory(const std::filesystem::path &root, const std::string &name);

/// Removes an installed model and any partial download of that name. Returns what was removed
/// (false when there was nothing). Throws std::runtime_error for a bad name or when the folder
/// cannot be removed.
bool removeInstalledModel(const std::filesystem::path &root, const std::string &name);

} // namespace gm::models

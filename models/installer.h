#pragma once

#include "models/manifest.h"
#include "models/store.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gm::models {

/// An install that failed; the message names the file, the URL and the problem. Nothing is
/// installed when it is thrown.
class InstallError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct InstallOptions
{
    /// The installed model's name (the folder under root). Empty: the manifest entry's name, or
    /// the source's last path component.
    std::string name;
    std::filesystem::path root; ///< empty: userModelsDirectory()
    /// Which model of a manifest with several (empty: the only one, or `name`).
    std::string entry;
    /// Where a source given by name is looked up (a path or URL). Empty: the shipped manifest.
    std::string manifest;
    bool force = false;   ///< replace an installed model of that name
    bool resume = true;   ///< false: discard a partial download of that name and start over
    bool validate = true; ///< load the result (every tensor name and shape) before installing it
};

/// Where an install is, for a progress bar: byte counts over all files to fetch.
struct InstallProgress
{
    enum class Stage { Resolving, Fetching, Verifying, Completing, Validating, Installing };
    Stage stage = Stage::Resolving;
    std::string file;  ///< the file being fetched or verified
    int fileIndex = 0; ///< 0-based, of fileCount
    int fileCount = 0;
    std::uint64_t bytes = 0;      ///< over all files, resumed bytes included
    std::uint64_t totalBytes = 0; ///< 0 while unknown
    double bytesPerSecond = 0;    ///< over the last seconds
    double secondsLeft = -1;      ///< −1 while unknown
};

/// What a stage is, in words ("fetching", "verifying").
const char *stageName(InstallProgress::Stage stage);

struct InstallResult
{
    InstalledModel model;                   ///< empty when cancelled
    bool cancelled = false;                 ///< the partial download is kept: installing again resumes it
    std::filesystem::path partialDirectory; ///< where the partial download is (when cancelled)
    std::uint64_t downloadedBytes = 0;      ///< fetched (or copied from a folder) by this run
    std::uint64_t resumedBytes = 0;         ///< kept from an earlier, interrupted run
    std::vector<std::string> added;         ///< files the project supplied (tokenizer, statistics)
    std::vector<std::string> warnings;      ///< e.g. a file without a hash to check
};

/// What a source resolves to: the entry to install (files with URLs or local paths).
struct ResolvedSource
{
    ManifestEntry entry;
    std::string kind; ///< "manifest", "directory", "url"
};

/// Turns `source` into the files to fetch:
///   - a local folder: its files;
///   - a manifest (a .json file or URL with "geomotion_manifest"): its entry (options.entry);
///   - a Hugging Face repository URL (https://huggingface.co/OWNER/REPO[/tree/REV]) or any other
///     http(s) folder URL: config.json and model.safetensors there, plus the optional statistics
///     and tokenizer files when the server has them;
///   - a name: that entry of options.manifest (or the shipped manifest).
/// Throws InstallError.
ResolvedSource resolveSource(const std::string &source, const InstallOptions &options,
                             const std::atomic<bool> *cancel = nullptr);

/// Installs a model directory (see resolveSource for what `source` may be): fetches each file into
/// root/.partial/NAME (resuming what an earlier run left), checks sizes and SHA-256 where the
/// manifest gives them, adds the GPT-2 tokenizer files and HumanML3D statistics the project ships
/// when the source lacks them, loads the result (every tensor name and shape checked), writes the
/// receipt and only then renames the folder to root/NAME. `onProgress` runs on the calling
/// thread; `cancel` stops between chunks (the result says cancelled, the partial download stays).
/// Throws InstallError (nothing installed; a partial download that can resume stays).
InstallResult installModel(const std::string &source, const InstallOptions &options = {},
                           const std::function<void(const InstallProgress &)> &onProgress = {},
                           const std::atomic<bool> *cancel = nullptr);

} // namespace gm::models

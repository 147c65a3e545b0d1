#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gm::models {

/// A manifest that cannot be read: names where it came from and what is wrong.
class ManifestError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One file of a model directory and where to get it.
struct ManifestFile
{
    std::string path;                  ///< the file's name in the model directory ("model.safetensors")
    std::string url;                   ///< absolute: http(s) URL or local path
    std::optional<std::uint64_t> size; ///< checked when given
    std::string sha256;                ///< lower-case hex; checked when given
    bool optional = false;             ///< a 404 is not an error (the installer fills the gap if it can)
};

/// One installable model.
struct ManifestEntry
{
    std::string name; ///< the default install name: [A-Za-z0-9._-], not starting with '.'
    std::string title;
    std::string description;
    std::string licence;
    std::string citation;
    std::string homepage;
    std::vector<ManifestFile> files;

    /// Σ sizes when every file gives one.
    std::optional<std::uint64_t> totalSize() const;
};

/// A model manifest (JSON):
///
///     {"geomotion_manifest": 1,
///      "models": [{"name": "...", "title": "...", "description": "...", "licence": "...",
///                  "citation": "...", "homepage": "...",
///                  "files": [{"path": "model.safetensors", "url": "https://...",
///                             "size": 123, "sha256": "...", "optional": false}]}]}
///
/// A relative "url" is relative to the manifest's own location (a URL or a file); an entry may
/// give "base_url" instead, and each file's URL is then base_url + path.
struct Manifest
{
    std::vector<ManifestEntry> models;
    const ManifestEntry *find(const std::string &name) const;
};

/// Parses a manifest. `origin` (its URL or path) resolves relative URLs and prefixes errors.
/// Throws ManifestError naming the entry and the field.
Manifest parseManifest(std::string_view text, const std::string &origin);
/// Reads a manifest file. Throws ManifestError.
Manifest readManifestFile(const std::string &path);

/// `reference` resolved against `base` (a URL or a file path): absolute references are kept.
std::string resolveReference(const std::string &base, const std::string &reference);

/// A name the model store accepts: 1–64 of [A-Za-z0-9._-], not starting with '.'.
bool isValidModelName(std::string_view name);
/// A file name a model directory may hold: no folders, no '..', not hidden.
bool isValidModelFileName(std::string_view name);

} // namespace gm::models

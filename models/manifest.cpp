#include "models/manifest.h"

#include "models/http.h"
#include "models/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace gm::models {

namespace {

std::string stringField(const nlohmann::json &object, const char *key, const std::string &where, bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            throw ManifestError(where + ": \"" + key + "\" is missing");
        return {};
    }
    if (!it->is_string())
        throw ManifestError(where + ": \"" + key + "\" must be a string");
    return it->get<std::string>();
}

} // namespace

std::optional<std::uint64_t> ManifestEntry::totalSize() const
{
    std::uint64_t total = 0;
    for (const ManifestFile &f : files) {
        if (!f.size)
            return std::nullopt;
        total += *f.size;
    }
    return total;
}

const ManifestEntry *Manifest::find(const std::string &name) const
{
    for (const ManifestEntry &e : models)
        if (e.name == name)
            return &e;
    return nullptr;
}

bool isValidModelName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || name.front() == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    });
}

bool isValidModelFileName(std::string_view name)
{
    return !name.empty() && name.size() <= 255 && name.front() != '.' && name.find('/') == std::string_view::npos
           && name.find('\\') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

std::string resolveReference(const std::string &base, const std::string &reference)
{
    if (!urlScheme(reference).empty() || (!reference.empty() && reference.front() == '/'))
        return reference;
    if (!urlScheme(base).empty()) {
        const auto scheme = base.find("://");
        std::string trimmed = base.substr(0, base.find_first_of("?#", scheme + 3));
        const auto slash = trimmed.rfind('/');
        if (slash == std::string::npos || slash < scheme + 3)
            return trimmed + "/" + reference;
        return trimmed.substr(0, slash + 1) + reference;
    }
    return (std::filesystem::path(base).parent_path() / reference).lexically_normal().string();
}

Manifest parseManifest(std::string_view text, const std::string &origin)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        throw ManifestError(origin + ": not JSON (" + e.what() + ")");
    }
    if (!json.is_object())
        throw ManifestError(origin + ": a manifest is a JSON object");
    const auto version = json.find("geomotion_manifest");
    if (version == json.end() || !version->is_number_integer())
        throw ManifestError(origin + ": not a GeoMotion model manifest (no \"geomotion_manifest\": 1)");
    if (version->get<long long>() != 1)
        throw ManifestError(origin + ": manifest format " + version->dump() + " is newer than this program (1)");
    const auto models = json.find("models");
    if (models == json.end() || !models->is_array() || models->empty())
        throw ManifestError(origin + ": \"models\" must be a non-empty array");
    Manifest manifest;
    std::set<std::string> names;
    for (std::size_t i = 0; i < models->size(); ++i) {
        const nlohmann::json &m = (*models)[i];
        const std::string where = origin + ": models[" + std::to_string(i) + "]";
        if (!m.is_object())
            throw ManifestError(where + " must be an object");
        ManifestEntry e;
        e.name = stringField(m, "name", where, true);
        if (!isValidModelName(e.name))
            throw ManifestError(where + ": name \"" + e.name
                                + "\" must be 1-64 letters, digits, '.', '_' or '-' (not starting with '.')");
        if (!names.insert(e.name).second)
            throw ManifestError(where + ": name \"" + e.name + "\" appears twice");
        const std::string at = origin + ": model \"" + e.name + "\"";
        e.title = stringField(m, "title", at, false);
        e.description = stringField(m, "description", at, false);
        e.licence = stringField(m, "licence", at, false);
        e.citation = stringField(m, "citation", at, false);
        e.homepage = stringField(m, "homepage", at, false);
        const std::string baseUrl = stringField(m, "base_url", at, false);
        const auto files = m.find("files");
        if (files == m.end() || !files->is_array() || files->empty())
            throw ManifestError(at + ": \"files\" must be a non-empty array");
        std::set<std::string> paths;
        for (std::size_t j = 0; j < files->size(); ++j) {
            const nlohmann::json &f = (*files)[j];
            const std::string fw = at + ": files[" + std::to_string(j) + "]";
            if (!f.is_object())
                throw ManifestError(fw + " must be an object");
            ManifestFile file;
            file.path = stringField(f, "path", fw, true);
            if (!isValidModelFileName(file.path))
                throw ManifestError(fw + ": path \"" + file.path + "\" must be a plain file name (no folders)");
            if (!paths.insert(file.path).second)
                throw ManifestError(fw + ": \"" + file.path + "\" appears twice");
            std::string url = stringField(f, "url", fw, baseUrl.empty());
            if (url.empty())
                url = baseUrl + (baseUrl.empty() || baseUrl.back() == '/' ? "" : "/") + file.path;
            file.url = resolveReference(origin, url);
            if (const auto size = f.find("size"); size != f.end() && !size->is_null()) {
                if (!size->is_number_unsigned())
                    throw ManifestError(fw + ": \"size\" must be a whole number of bytes");
                file.size = size->get<std::uint64_t>();
            }
            file.sha256 = stringField(f, "sha256", fw, false);
            if (!file.sha256.empty() && !isSha256Hex(file.sha256))
                throw ManifestError(fw + ": \"sha256\" must be 64 hex digits");
            std::transform(file.sha256.begin(), file.sha256.end(), file.sha256.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            if (const auto opt = f.find("optional"); opt != f.end()) {
                if (!opt->is_boolean())
                    throw ManifestError(fw + ": \"optional\" must be true or false");
                file.optional = opt->get<bool>();
            }
            e.files.push_back(std::move(file));
        }
        manifest.models.push_back(std::move(e));
    }
    return manifest;
}

Manifest readManifestFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ManifestError(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > (std::size_t(4) << 20))
        throw ManifestError(path + ": larger than 4 MiB: not a manifest");
    return parseManifest(text.str(), path);
}

} // namespace gm::models

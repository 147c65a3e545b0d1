#pragma once

// Internal to gm_ml: reading a model directory's config.json.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace gm::ml {

/// The parsed file. Throws ModelError when it cannot be read or is not JSON.
nlohmann::json readConfigJson(const std::filesystem::path &file);

/// The whole number `key` in [1, max], or `fallback` when the key is absent (and, with
/// nullIsAbsent, when it is null, as Hugging Face writes "n_inner": null). Throws ModelError
/// naming the key and what it holds otherwise.
int configInt(const nlohmann::json &config, const char *key, int fallback, const std::string &path, long long max,
              bool nullIsAbsent = false);

} // namespace gm::ml

#include "ml/modelconfig.h"

#include "ml/modelerror.h"

#include <fstream>

namespace gm::ml {

nlohmann::json readConfigJson(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw ModelError(file.string(), "cannot be read");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw ModelError(file.string(), std::string("not valid JSON: ") + e.what());
    }
}

int configInt(const nlohmann::json &config, const char *key, int fallback, const std::string &path, long long max,
              bool nullIsAbsent)
{
    if (!config.contains(key) || (nullIsAbsent && config[key].is_null()))
        return fallback;
    const nlohmann::json &v = config[key];
    if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > max)
        throw ModelError(path, std::string(key) + ": expected a positive whole number, got " + v.dump());
    return v.get<int>();
}

} // namespace gm::ml

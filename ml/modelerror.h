#pragma once

#include <stdexcept>
#include <string>

namespace gm::ml {

/// Every error about a model file or directory: what() is "<path>: <detail>", where the detail
/// names the tensor, key or field and what was expected, e.g.
/// "model.safetensors: tensor 'motion_tokenizer.encoder.model.0.weight': shape [512, 251, 3], expected [512, 263, 3]".
class ModelError : public std::runtime_error
{
public:
    ModelError(const std::string &path, const std::string &detail)
        : std::runtime_error(path + ": " + detail)
        , mPath(path)
    {}
    const std::string &path() const { return mPath; }

private:
    std::string mPath;
};

} // namespace gm::ml

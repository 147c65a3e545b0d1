#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gm::ml {

struct TokenizerLoadOptions
{
    /// "auto" (CUDA when LibTorch has it and a device is present), "cpu" or "cuda".
    std::string device = "auto";
    /// Allow a flat PyTorch `.pt` dict (keys "vqvae.*"). It is a pickle: only for files you trust.
    bool allowPickle = false;
};

/// Sizes of the loaded tokenizer.
struct TokenizerInfo
{
    int featureDim = 0;   ///< 263 (HumanML3D) or 251 (KIT)
    int codes = 0;        ///< K
    int downsampling = 0; ///< frames per token (8)
    int width = 0;
    int codeDim = 0; ///< the codebook's row width
    std::int64_t parameters = 0;
    std::string device; ///< "cpu" or "cuda:0"
    std::string source; ///< the weights file
};

/// What encode() returns.
struct Tokens
{
    std::vector<std::int64_t> ids; ///< [T'] code ids, T' = ⌊T / 8⌋
    std::vector<float> logits;     ///< [T' × K] row-major
    /// softmax of each logits row [T' × K] (what the code's probability and its alternatives are).
    std::vector<float> probabilities;
};

/// The GeoMotionGPT motion tokenizer (the DVQ of spec §2) behind plain types: loads a model
/// directory, turns HumanML3D features into code ids and code ids back into features.
///
/// A model directory is the official release's layout: `config.json` (motion_* sizes),
/// `model.safetensors` (tensors `motion_tokenizer.*`; F32/F16/BF16), and the dataset statistics
/// `mean.npy` / `std.npy` (or `Mean.npy` / `Std.npy`) beside them. A `.pt` file (a flat dict with
/// `vqvae.*` keys) loads only with allowPickle; its statistics are looked for beside it.
/// Every tensor's name and shape is checked against the architecture that config.json describes.
/// Thread-compatible: one thread at a time (the studio's ML worker owns it).
class MotionTokenizer
{
public:
    /// Throws ModelError naming the file and the tensor or key, got vs expected.
    static std::unique_ptr<MotionTokenizer> load(const std::string &path, const TokenizerLoadOptions &options = {});
    ~MotionTokenizer();

    const TokenizerInfo &info() const;
    /// Dataset mean and standard deviation [featureDim].
    const std::vector<float> &mean() const;
    const std::vector<float> &std() const;

    /// The codebook [codes × codeDim] row-major (what the geometry views plot).
    std::vector<float> codebook() const;

    /// Features [frames × featureDim] row-major, not normalised (as in new_joint_vecs): they are
    /// normalised with the model's statistics here. Needs frames ≥ 8. Throws std::invalid_argument.
    Tokens encode(const std::vector<float> &features, int frames) const;
    /// Several clips in one forward, padded to the longest and masked layer by layer: the same
    /// tokens as encode() one at a time (logits equal to rounding). Throws as encode().
    std::vector<Tokens> encodeBatch(const std::vector<std::vector<float>> &features,
                                    const std::vector<int> &frames) const;
    /// Code ids → de-normalised features [(ids × 8) × featureDim] row-major. Throws
    /// std::invalid_argument for an id outside [0, K).
    std::vector<float> decode(const std::vector<std::int64_t> &ids) const;

private:
    MotionTokenizer();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gm::ml

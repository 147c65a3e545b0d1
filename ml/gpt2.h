#pragma once

// Internal to gm_ml (LibTorch types): GPT-2 (spec §5.1) as plain tensors whose member names are
// the Hugging Face keys (`transformer.h.{i}.attn.c_attn.weight`, …; Conv1D weights stay [in, out]
// and are used as x·W + b), an explicit KV cache, and the tied lm_head (logits = h · wteᵀ: the
// embedding matrix is held once).

#include <ATen/ATen.h>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace gm::ml {

class SafetensorsFile;

/// GPT-2 sizes, named after the HF config.json keys.
struct Gpt2Config
{
    int vocab_size = 50772;
    int n_positions = 1024;
    int n_embd = 768;
    int n_layer = 12;
    int n_head = 12;
    int n_inner = 0; ///< 0: 4 · n_embd
    double layer_norm_epsilon = 1e-5;

    int inner() const { return n_inner > 0 ? n_inner : 4 * n_embd; }

    /// The sizes in a config.json (absent keys keep these defaults; vocab_size defaults to
    /// `vocabulary`). Throws ModelError naming the key, and when n_embd is not a multiple of n_head.
    static Gpt2Config fromJson(const nlohmann::json &config, const std::string &path, int vocabulary);
};

struct Gpt2Block
{
    at::Tensor ln_1_weight, ln_1_bias;               // [C]
    at::Tensor attn_c_attn_weight, attn_c_attn_bias; // [C, 3C], [3C]
    at::Tensor attn_c_proj_weight, attn_c_proj_bias; // [C, C], [C]
    at::Tensor ln_2_weight, ln_2_bias;               // [C]
    at::Tensor mlp_c_fc_weight, mlp_c_fc_bias;       // [C, 4C], [4C]
    at::Tensor mlp_c_proj_weight, mlp_c_proj_bias;   // [4C, C], [C]
};

/// Keys and values of every layer for the positions seen so far: [B, heads, length, head dim].
struct KvCache
{
    std::vector<at::Tensor> keys;
    std::vector<at::Tensor> values;
    std::int64_t length = 0;

    void clear()
    {
        keys.clear();
        values.clear();
        length = 0;
    }
};

struct Gpt2
{
    Gpt2Config config;
    at::Tensor wte; // [V, C], also the lm_head
    at::Tensor wpe; // [P, C]
    std::vector<Gpt2Block> h;
    at::Tensor ln_f_weight, ln_f_bias;

    /// Loads `<prefix>transformer.*` (and checks `<prefix>lm_head.weight`, when present, equals
    /// wte) from the file, every name and shape checked against `config`. Throws ModelError.
    static Gpt2 load(const SafetensorsFile &file, const std::string &prefix, const Gpt2Config &config);

    /// Logits [B, L, V] for ids [B, L] at positions offset … offset + L − 1. With a cache, the
    /// ids continue what it holds (offset = cache->length) and their keys and values are
    /// appended; without, attention covers these ids only.
    at::Tensor forward(const at::Tensor &ids, KvCache *cache = nullptr) const;
    /// The final hidden states [B, L, C] (after ln_f) that forward() multiplies by wteᵀ. With
    /// dropout > 0 this is a training forward: dropout on the embeddings, the attention
    /// probabilities and both residual branches (the release: 0.1 each).
    at::Tensor hidden(const at::Tensor &ids, KvCache *cache = nullptr, double dropout = 0.0) const;
    /// Rows of different lengths, left-padded (spec §5.7): `positions` [B, L] are each row's own
    /// positions and `keyPadding` [B, offset + L] (bool) marks the padded keys so far, which no
    /// query attends to. Real rows get what they would get alone (up to summation order).
    at::Tensor hidden(const at::Tensor &ids, const at::Tensor &positions, const at::Tensor &keyPadding,
                      KvCache *cache) const;

    /// A fresh model as Hugging Face's GPT-2 initialises one: weights and embeddings normal
    /// (σ = 0.02), the residual projections (c_proj) σ/√(2·n_layer), biases zero, LayerNorms one.
    static Gpt2 initialised(const Gpt2Config &config, std::uint64_t seed);

    /// Every tensor under its Hugging Face name ("transformer.h.0.attn.c_attn.weight", …),
    /// wte first: what an optimiser updates and a checkpoint holds.
    std::vector<std::pair<std::string, at::Tensor *>> namedTensors();
    std::int64_t parameterCount() const;
    void to(const at::Device &device);

private:
    at::Tensor run(const at::Tensor &ids, const at::Tensor &positions, const at::Tensor &keyPadding, KvCache *cache,
                   double dropout) const;
};

} // namespace gm::ml

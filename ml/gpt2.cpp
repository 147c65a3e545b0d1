#include "ml/gpt2.h"

#include "ml/modelconfig.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <cmath>
#include <functional>

namespace gm::ml {

namespace {

std::string shapeText(at::IntArrayRef shape)
{
    return ml::shapeText(shape.vec());
}

at::Tensor readTensor(const SafetensorsFile &file, const std::string &name, std::vector<std::int64_t> shape)
{
    const TensorInfo *info = file.find(name);
    if (!info)
        throw ModelError(file.path(), "missing tensor '" + name + "' (expected " + shapeText(shape) + ")");
    if (info->shape != shape)
        throw ModelError(file.path(),
                         "tensor '" + name + "': shape " + info->shapeString() + ", expected " + shapeText(shape));
    at::Tensor t = at::empty(shape, at::kFloat);
    file.readFloat32(*info, t.data_ptr<float>());
    return t;
}

// gelu_new: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
at::Tensor geluNew(const at::Tensor &x)
{
    const double k = std::sqrt(2.0 / M_PI);
    return 0.5 * x * (1.0 + at::tanh(k * (x + 0.044715 * x * x * x)));
}

} // namespace

Gpt2Config Gpt2Config::fromJson(const nlohmann::json &j, const std::string &path, int vocabulary)
{
    auto readInt = [&](const char *key, int fallback) { return configInt(j, key, fallback, path, 10'000'000, true); };
    Gpt2Config c;
    c.n_embd = readInt("n_embd", c.n_embd);
    c.n_layer = readInt("n_layer", c.n_layer);
    c.n_head = readInt("n_head", c.n_head);
    c.n_positions = readInt("n_positions", c.n_positions);
    c.n_inner = readInt("n_inner", 0);
    c.vocab_size = readInt("vocab_size", vocabulary);
    if (c.n_embd % c.n_head != 0)
        throw ModelError(path, "n_embd " + std::to_string(c.n_embd) + " is not a multiple of n_head "
                                   + std::to_string(c.n_head));
    return c;
}

Gpt2 Gpt2::load(const SafetensorsFile &file, const std::string &prefix, const Gpt2Config &c)
{
    Gpt2 m;
    m.config = c;
    const std::int64_t C = c.n_embd, I = c.inner();
    const std::string t = prefix + "transformer.";
    m.wte = readTensor(file, t + "wte.weight", {c.vocab_size, C});
    m.wpe = readTensor(file, t + "wpe.weight", {c.n_positions, C});
    for (int i = 0; i < c.n_layer; ++i) {
        const std::string b = t + "h." + std::to_string(i) + ".";
        Gpt2Block block;
        block.ln_1_weight = readTensor(file, b + "ln_1.weight", {C});
        block.ln_1_bias = readTensor(file, b + "ln_1.bias", {C});
        block.attn_c_attn_weight = readTensor(file, b + "attn.c_attn.weight", {C, 3 * C});
        block.attn_c_attn_bias = readTensor(file, b + "attn.c_attn.bias", {3 * C});
        block.attn_c_proj_weight = readTensor(file, b + "attn.c_proj.weight", {C, C});
        block.attn_c_proj_bias = readTensor(file, b + "attn.c_proj.bias", {C});
        block.ln_2_weight = readTensor(file, b + "ln_2.weight", {C});
        block.ln_2_bias = readTensor(file, b + "ln_2.bias", {C});
        block.mlp_c_fc_weight = readTensor(file, b + "mlp.c_fc.weight", {C, I});
        block.mlp_c_fc_bias = readTensor(file, b + "mlp.c_fc.bias", {I});
        block.mlp_c_proj_weight = readTensor(file, b + "mlp.c_proj.weight", {I, C});
        block.mlp_c_proj_bias = readTensor(file, b + "mlp.c_proj.bias", {C});
        m.h.push_back(std::move(block));
    }
    m.ln_f_weight = readTensor(file, t + "ln_f.weight", {C});
    m.ln_f_bias = readTensor(file, t + "ln_f.bias", {C});
    // The HF export stores lm_head as a separate copy of wte: check it, hold wte only.
    if (file.find(prefix + "lm_head.weight")) {
        const at::Tensor head = readTensor(file, prefix + "lm_head.weight", {c.vocab_size, C});
        if (!at::allclose(head, m.wte, 0.0, 0.0))
            throw ModelError(file.path(), "tensor '" + prefix + "lm_head.weight' differs from the tied '" + t
                                              + "wte.weight' (an untied head is not GPT-2's layout)");
    }
    return m;
}

at::Tensor Gpt2::forward(const at::Tensor &ids, KvCache *cache) const
{
    return at::matmul(hidden(ids, cache), wte.t()); // tied lm_head: [B, L, V]
}

at::Tensor Gpt2::hidden(const at::Tensor &ids, KvCache *cache, double dropout) const
{
    const std::int64_t L = ids.size(1), offset = cache ? cache->length : 0;
    const at::Tensor positions
        = at::arange(offset, offset + L, at::TensorOptions().dtype(at::kLong).device(ids.device())).unsqueeze(0);
    return run(ids, positions, at::Tensor(), cache, dropout);
}

at::Tensor Gpt2::hidden(const at::Tensor &ids, const at::Tensor &positions, const at::Tensor &keyPadding,
                        KvCache *cache) const
{
    return run(ids, positions, keyPadding, cache, 0.0);
}

at::Tensor Gpt2::run(const at::Tensor &ids, const at::Tensor &positions, const at::Tensor &keyPadding, KvCache *cache,
                     double dropout) const
{
    const bool train = dropout > 0.0;
    auto drop = [&](const at::Tensor &t) { return train ? at::dropout(t, dropout, true) : t; };
    const std::int64_t B = ids.size(0), L = ids.size(1);
    const std::int64_t offset = cache ? cache->length : 0;
    const std::int64_t C = config.n_embd, H = config.n_head, D = C / H;
    if (offset + L > config.n_positions
        || (keyPadding.defined() && positions.max().item<std::int64_t>() >= config.n_positions))
        throw std::invalid_argument("GPT-2: " + std::to_string(offset + L) + " positions, the model has "
                                    + std::to_string(config.n_positions));
    at::Tensor x = drop(at::embedding(wte, ids) + at::embedding(wpe, positions)); // [B, L, C]
    // Causal mask over the new queries (rows) and every key so far (columns); padded keys get a
    // large finite penalty rather than −∞, so that a padded query row (all keys masked) stays
    // finite and cannot spread NaN through the values.
    at::Tensor mask = at::full({L, offset + L}, -INFINITY, x.options()).triu(offset + 1);
    if (keyPadding.defined())
        mask = mask.unsqueeze(0).unsqueeze(0)
               + keyPadding.to(x.scalar_type()).mul(-1e30).view({B, 1, 1, offset + L}); // [B, 1, L, offset + L]
    if (cache && cache->keys.empty()) {
        cache->keys.resize(h.size());
        cache->values.resize(h.size());
    }
    const double eps = config.layer_norm_epsilon;
    for (std::size_t i = 0; i < h.size(); ++i) {
        const Gpt2Block &b = h[i];
        const at::Tensor a = at::layer_norm(x, {C}, b.ln_1_weight, b.ln_1_bias, eps);
        const at::Tensor qkv
            = at::addmm(b.attn_c_attn_bias, a.reshape({B * L, C}), b.attn_c_attn_weight).view({B, L, 3 * C});
        const auto parts = qkv.split(C, 2);
        auto heads = [&](const at::Tensor &t) { return t.view({B, L, H, D}).transpose(1, 2); }; // [B, H, L, D]
        const at::Tensor q = heads(parts[0]);
        at::Tensor k = heads(parts[1]);
        at::Tensor v = heads(parts[2]);
        if (cache) {
            if (cache->keys[i].defined()) {
                k = at::cat({cache->keys[i], k}, 2);
                v = at::cat({cache->values[i], v}, 2);
            }
            cache->keys[i] = k;
            cache->values[i] = v;
        }
        const at::Tensor scores = at::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(D)) + mask;
        const at::Tensor y = at::matmul(drop(at::softmax(scores, -1)), v).transpose(1, 2).reshape({B * L, C});
        x = x + drop(at::addmm(b.attn_c_proj_bias, y, b.attn_c_proj_weight).view({B, L, C}));
        const at::Tensor m = at::layer_norm(x, {C}, b.ln_2_weight, b.ln_2_bias, eps).reshape({B * L, C});
        const at::Tensor f = geluNew(at::addmm(b.mlp_c_fc_bias, m, b.mlp_c_fc_weight));
        x = x + drop(at::addmm(b.mlp_c_proj_bias, f, b.mlp_c_proj_weight).view({B, L, C}));
    }
    if (cache)
        cache->length += L;
    return at::layer_norm(x, {C}, ln_f_weight, ln_f_bias, eps);
}

Gpt2 Gpt2::initialised(const Gpt2Config &c, std::uint64_t seed)
{
    at::manual_seed(seed);
    const std::int64_t C = c.n_embd, I = c.inner();
    auto normal = [](std::vector<std::int64_t> shape, double sigma) { return at::randn(shape) * sigma; };
    const double sigma = 0.02, residual = 0.02 / std::sqrt(2.0 * c.n_layer);
    Gpt2 m;
    m.config = c;
    m.wte = normal({c.vocab_size, C}, sigma);
    m.wpe = normal({c.n_positions, C}, sigma);
    for (int i = 0; i < c.n_layer; ++i) {
        Gpt2Block b;
        b.ln_1_weight = at::ones({C});
        b.ln_1_bias = at::zeros({C});
        b.attn_c_attn_weight = normal({C, 3 * C}, sigma);
        b.attn_c_attn_bias = at::zeros({3 * C});
        b.attn_c_proj_weight = normal({C, C}, residual);
        b.attn_c_proj_bias = at::zeros({C});
        b.ln_2_weight = at::ones({C});
        b.ln_2_bias = at::zeros({C});
        b.mlp_c_fc_weight = normal({C, I}, sigma);
        b.mlp_c_fc_bias = at::zeros({I});
        b.mlp_c_proj_weight = normal({I, C}, residual);
        b.mlp_c_proj_bias = at::zeros({C});
        m.h.push_back(std::move(b));
    }
    m.ln_f_weight = at::ones({C});
    m.ln_f_bias = at::zeros({C});
    return m;
}

std::vector<std::pair<std::string, at::Tensor *>> Gpt2::namedTensors()
{
    std::vector<std::pair<std::string, at::Tensor *>> all{{"transformer.wte.weight", &wte},
                                                          {"transformer.wpe.weight", &wpe}};
    for (std::size_t i = 0; i < h.size(); ++i) {
        Gpt2Block &b = h[i];
        const std::string p = "transformer.h." + std::to_string(i) + ".";
        for (auto [name, t] : {std::pair<const char *, at::Tensor *>{"ln_1.weight", &b.ln_1_weight},
                               {"ln_1.bias", &b.ln_1_bias},
                               {"attn.c_attn.weight", &b.attn_c_attn_weight},
                               {"attn.c_attn.bias", &b.attn_c_attn_bias},
                               {"attn.c_proj.weight", &b.attn_c_proj_weight},
                               {"attn.c_proj.bias", &b.attn_c_proj_bias},
                               {"ln_2.weight", &b.ln_2_weight},
                               {"ln_2.bias", &b.ln_2_bias},
                               {"mlp.c_fc.weight", &b.mlp_c_fc_weight},
                               {"mlp.c_fc.bias", &b.mlp_c_fc_bias},
                               {"mlp.c_proj.weight", &b.mlp_c_proj_weight},
                               {"mlp.c_proj.bias", &b.mlp_c_proj_bias}})
            all.emplace_back(p + name, t);
    }
    all.emplace_back("transformer.ln_f.weight", &ln_f_weight);
    all.emplace_back("transformer.ln_f.bias", &ln_f_bias);
    return all;
}

std::int64_t Gpt2::parameterCount() const
{
    std::int64_t n = 0;
    Gpt2 handles = *this; // shares the tensors: only the list of them is built
    for (const auto &[name, t] : handles.namedTensors())
        n += t->numel();
    return n;
}

void Gpt2::to(const at::Device &device)
{
    for (auto &[name, t] : namedTensors())
        *t = t->to(device);
}

} // namespace gm::ml

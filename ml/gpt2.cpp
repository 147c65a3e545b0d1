#include "ml/gpt2.h"

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
    const std::int64_t B = ids.size(0), L = ids.size(1);
    const std::int64_t offset = cache ? cache->length : 0;
    const std::int64_t C = config.n_embd, H = config.n_head, D = C / H;
    if (offset + L > config.n_positions)
        throw std::invalid_argument("GPT-2: " + std::to_string(offset + L) + " positions, the model has "
                                    + std::to_string(config.n_positions));
    const at::Tensor positions
        = at::arange(offset, offset + L, at::TensorOptions().dtype(at::kLong).device(ids.device()));
    at::Tensor x = at::embedding(wte, ids) + at::embedding(wpe, positions).unsqueeze(0); // [B, L, C]
    // Causal mask over the new queries (rows) and every key so far (columns).
    const at::Tensor mask = at::full({L, offset + L}, -INFINITY, x.options()).triu(offset + 1);
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
        const at::Tensor y = at::matmul(at::softmax(scores, -1), v).transpose(1, 2).reshape({B * L, C});
        x = x + at::addmm(b.attn_c_proj_bias, y, b.attn_c_proj_weight).view({B, L, C});
        const at::Tensor m = at::layer_norm(x, {C}, b.ln_2_weight, b.ln_2_bias, eps).reshape({B * L, C});
        const at::Tensor f = geluNew(at::addmm(b.mlp_c_fc_bias, m, b.mlp_c_fc_weight));
        x = x + at::addmm(b.mlp_c_proj_bias, f, b.mlp_c_proj_weight).view({B, L, C});
    }
    if (cache)
        cache->length += L;
    x = at::layer_norm(x, {C}, ln_f_weight, ln_f_bias, eps);
    return at::matmul(x, wte.t()); // tied lm_head: [B, L, V]
}

std::int64_t Gpt2::parameterCount() const
{
    std::int64_t n = wte.numel() + wpe.numel() + ln_f_weight.numel() + ln_f_bias.numel();
    for (const Gpt2Block &b : h)
        for (const at::Tensor *t : {&b.ln_1_weight, &b.ln_1_bias, &b.attn_c_attn_weight, &b.attn_c_attn_bias,
                                    &b.attn_c_proj_weight, &b.attn_c_proj_bias, &b.ln_2_weight, &b.ln_2_bias,
                                    &b.mlp_c_fc_weight, &b.mlp_c_fc_bias, &b.mlp_c_proj_weight, &b.mlp_c_proj_bias})
            n += t->numel();
    return n;
}

void Gpt2::to(const at::Device &device)
{
    auto move = [&](at::Tensor &t) { t = t.to(device); };
    move(wte);
    move(wpe);
    move(ln_f_weight);
    move(ln_f_bias);
    for (Gpt2Block &b : h)
        for (at::Tensor *t : {&b.ln_1_weight, &b.ln_1_bias, &b.attn_c_attn_weight, &b.attn_c_attn_bias,
                              &b.attn_c_proj_weight, &b.attn_c_proj_bias, &b.ln_2_weight, &b.ln_2_bias,
                              &b.mlp_c_fc_weight, &b.mlp_c_fc_bias, &b.mlp_c_proj_weight, &b.mlp_c_proj_bias})
            move(*t);
}

} // namespace gm::ml

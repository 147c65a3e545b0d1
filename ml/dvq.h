#pragma once

// Internal to gm_ml (LibTorch types): the DVQ tokenizer of spec §2 as torch::nn modules whose
// parameter names are the official state-dict keys (without the "motion_tokenizer." / "vqvae."
// prefix), so that loading is a loop over named_parameters().

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>

#include <cstdint>

namespace gm::ml {

/// Sizes of a DVQ, named after the HF config.json keys (spec §6.1).
struct DvqConfig
{
    int motion_input_dim = 263;          ///< feature dimension (251 for KIT)
    int motion_vocab_size = 512;         ///< K, the number of codes
    int motion_hidden_dim = 512;         ///< width = output_emb_width = code_dim
    int motion_down_t = 3;               ///< stride-2 stages: T' = T / 2^down_t
    int motion_depth = 3;                ///< residual blocks per stage
    int motion_dilation_growth_rate = 3; ///< block dilations growth^d, reversed

    int downsampling() const { return 1 << motion_down_t; }
    /// The number of parameters of this architecture (27,832,583 at the official sizes).
    std::int64_t parameterCount() const;
};

/// A Sequential with a plain forward, so that it can sit inside another Sequential (the stages
/// "model.2" … of the encoder and decoder, children "0", "1", …).
class StageImpl : public torch::nn::SequentialImpl
{
public:
    using SequentialImpl::SequentialImpl;
    torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(Stage);

/// Pre-activation residual block: x + conv2(relu(conv1(relu(x)))) (spec §2.4).
class ResConv1DBlockImpl : public torch::nn::Module
{
public:
    ResConv1DBlockImpl(int width, int dilation);
    torch::Tensor forward(const torch::Tensor &x);

    torch::nn::Conv1d conv1{nullptr}; // [w, w, 3], padding = dilation = d
    torch::nn::Conv1d conv2{nullptr}; // [w, w, 1]
};
TORCH_MODULE(ResConv1DBlock);

/// `depth` blocks with dilations growth^(depth−1) … growth^0 (reverse_dilation=True).
class Resnet1DImpl : public torch::nn::Module
{
public:
    Resnet1DImpl(int width, int depth, int growth);
    torch::Tensor forward(const torch::Tensor &x) { return model->forward(x); }

    torch::nn::Sequential model{nullptr};
};
TORCH_MODULE(Resnet1D);

/// Features [B, D, T] → logits [B, K, T / 2^down_t] (spec §2.3).
class DvqEncoderImpl : public torch::nn::Module
{
public:
    explicit DvqEncoderImpl(const DvqConfig &c);
    torch::Tensor forward(const torch::Tensor &x) { return model->forward(x); }

    torch::nn::Sequential model{nullptr};
};
TORCH_MODULE(DvqEncoder);

/// Code vectors [B, code_dim, T'] → features [B, D, T' · 2^down_t] (spec §2.5).
class DvqDecoderImpl : public torch::nn::Module
{
public:
    explicit DvqDecoderImpl(const DvqConfig &c);
    torch::Tensor forward(const torch::Tensor &x) { return model->forward(x); }

    torch::nn::Sequential model{nullptr};
};
TORCH_MODULE(DvqDecoder);

/// The Gumbel-Softmax quantizer (spec §2.7–§2.8): only the codebook is a parameter.
class SoftGumbelQuantizerImpl : public torch::nn::Module
{
public:
    explicit SoftGumbelQuantizerImpl(const DvqConfig &c);

    /// Inference: argmax over K of logits [B, K, T'] → code ids [B, T'] (int64).
    torch::Tensor encode(const torch::Tensor &logits) const;
    /// Code ids [B, T'] → code vectors [B, code_dim, T'].
    torch::Tensor dequantize(const torch::Tensor &codes);

    /// Training forward: straight-through Gumbel-Softmax codes and the utilisation loss.
    struct TrainingOutput
    {
        torch::Tensor quantized;   ///< [B, code_dim, T']
        torch::Tensor utilisation; ///< L_util (scalar)
        torch::Tensor entropy;     ///< L_ent (scalar)
        torch::Tensor perplexity;  ///< P (scalar, no gradient needed)
    };
    /// sampled: the decoder gets the code of argmax(z + Gumbel noise), as the release; otherwise
    /// the code of argmax z (the same straight-through gradient, without the sampling noise).
    TrainingOutput forwardTraining(const torch::Tensor &logits, double tau, double hardRate, double ratio = 4.0,
                                   double entropyCoefficient = 0.0, bool sampled = true);

    torch::nn::Embedding codebook{nullptr}; // [K, code_dim]
};
TORCH_MODULE(SoftGumbelQuantizer);

/// VQVAE_148: encoder, decoder, quantizer.
class DvqImpl : public torch::nn::Module
{
public:
    explicit DvqImpl(const DvqConfig &c);

    /// Normalised features [B, T, D] → logits [B, K, T'] (T' = ⌊T / 2^down_t⌋).
    torch::Tensor logits(const torch::Tensor &features);
    /// The same for rows of different lengths padded to one [B, T, D] (the padding zeros in the
    /// normalised space): every layer's output beyond a row's own length is re-zeroed, so each
    /// row sees the zero padding its solo run would. `lengths` [B] in frames in, token counts out.
    torch::Tensor logits(const torch::Tensor &features, std::vector<std::int64_t> &lengths);
    /// Code ids [B, T'] → normalised features [B, T' · 2^down_t, D].
    torch::Tensor decode(const torch::Tensor &codes);

    DvqConfig config;
    DvqEncoder encoder{nullptr};
    DvqDecoder decoder{nullptr};
    SoftGumbelQuantizer quantizer{nullptr};
};
TORCH_MODULE(Dvq);

} // namespace gm::ml

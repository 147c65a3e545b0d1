#include "ml/dvq.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/upsampling.h>

#include <ATen/ATen.h>

namespace gm::ml {

namespace {

/// The encoder's down-sampling convolution (spec §2.3): kernel 4, stride 2, padding 1.
constexpr int kDownKernel = 4, kDownStride = 2, kDownPadding = 1;

torch::nn::Conv1d conv(int in, int out, int kernel, int stride = 1, int padding = 0, int dilation = 1)
{
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).stride(stride).padding(padding).dilation(dilation));
}

// exp(−Σ p̄ log(p̄ + 1e−7)) of the mean row of an assignment matrix [N, K].
torch::Tensor perplexity(const torch::Tensor &assignments)
{
    const torch::Tensor mean = assignments.mean(0);
    return torch::exp(-(mean * torch::log(mean + 1e-7)).sum());
}

torch::Tensor gumbelNoise(const torch::Tensor &like)
{
    // −log(−log U), U ~ Uniform(0, 1), kept away from 0 and 1.
    const torch::Tensor u = torch::rand_like(like).clamp(1e-10, 1.0 - 1e-7);
    return -torch::log(-torch::log(u));
}

// One-hot of the row argmax, with the gradient of `soft` (straight through).
torch::Tensor straightThrough(const torch::Tensor &scores, const torch::Tensor &soft)
{
    const torch::Tensor index = scores.argmax(1, true);
    const torch::Tensor hard = torch::zeros_like(soft).scatter_(1, index, 1.0);
    return hard - soft.detach() + soft;
}

} // namespace

std::int64_t DvqConfig::parameterCount() const
{
    const std::int64_t w = motion_hidden_dim, d = motion_input_dim, k = motion_vocab_size;
    const std::int64_t block = (w * w * 3 + w) + (w * w + w);
    const std::int64_t encoder
        = (d * w * 3 + w) + motion_down_t * ((w * w * 4 + w) + motion_depth * block) + (w * k * 3 + k);
    const std::int64_t decoder = (w * w * 3 + w) + motion_down_t * (motion_depth * block + (w * w * 3 + w))
                                 + (w * w * 3 + w) + (w * d * 3 + d);
    return encoder + decoder + k * w;
}

ResConv1DBlockImpl::ResConv1DBlockImpl(int width, int dilation)
{
    conv1 = register_module("conv1", conv(width, width, 3, 1, dilation, dilation));
    conv2 = register_module("conv2", conv(width, width, 1));
}

torch::Tensor ResConv1DBlockImpl::forward(const torch::Tensor &x)
{
    return x + conv2->forward(torch::relu(conv1->forward(torch::relu(x))));
}

Resnet1DImpl::Resnet1DImpl(int width, int depth, int growth)
{
    model = torch::nn::Sequential();
    int dilation = 1;
    for (int i = 1; i < depth; ++i)
        dilation *= growth;
    // Created with dilations growth^0 … growth^(depth−1), then reversed: model.0 has the largest.
    for (int i = 0; i < depth; ++i, dilation /= std::max(growth, 1))
        model->push_back(ResConv1DBlock(width, dilation));
    register_module("model", model);
}

DvqEncoderImpl::DvqEncoderImpl(const DvqConfig &c)
{
    const int w = c.motion_hidden_dim;
    model = torch::nn::Sequential();
    model->push_back(conv(c.motion_input_dim, w, 3, 1, 1)); // model.0: [w, D, 3]
    model->push_back(torch::nn::ReLU());                    // model.1
    for (int i = 0; i < c.motion_down_t; ++i)               // model.2 …: stride-2 conv + residual stack
        model->push_back(Stage(conv(w, w, kDownKernel, kDownStride, kDownPadding),
                               Resnet1D(w, c.motion_depth, c.motion_dilation_growth_rate)));
    model->push_back(conv(w, c.motion_vocab_size, 3, 1, 1)); // the logits: [K, w, 3]
    register_module("model", model);
}

DvqDecoderImpl::DvqDecoderImpl(const DvqConfig &c)
{
    const int w = c.motion_hidden_dim;
    model = torch::nn::Sequential();
    model->push_back(conv(w, w, 3, 1, 1)); // model.0
    model->push_back(torch::nn::ReLU());   // model.1
    for (int i = 0; i < c.motion_down_t; ++i)
        model->push_back(
            Stage(Resnet1D(w, c.motion_depth, c.motion_dilation_growth_rate),
                  torch::nn::Upsample(
                      torch::nn::UpsampleOptions().scale_factor(std::vector<double>{2.0}).mode(torch::kNearest)),
                  conv(w, w, 3, 1, 1)));
    model->push_back(conv(w, w, 3, 1, 1)); // model.(2 + down_t)
    model->push_back(torch::nn::ReLU());
    model->push_back(conv(w, c.motion_input_dim, 3, 1, 1)); // [D, w, 3]
    register_module("model", model);
}

SoftGumbelQuantizerImpl::SoftGumbelQuantizerImpl(const DvqConfig &c)
{
    codebook = register_module("codebook", torch::nn::Embedding(c.motion_vocab_size, c.motion_hidden_dim));
    // The first commit's init (the one the released tokenizer most likely came from, spec §2.11).
    torch::NoGradGuard noGrad;
    const double bound = 1.0 / double(c.motion_vocab_size);
    codebook->weight.uniform_(-bound, bound);
}

torch::Tensor SoftGumbelQuantizerImpl::encode(const torch::Tensor &logits) const
{
    return logits.argmax(1); // [B, K, T'] → [B, T']; τ does not matter for the argmax
}

torch::Tensor SoftGumbelQuantizerImpl::dequantize(const torch::Tensor &codes)
{
    return codebook->forward(codes).permute({0, 2, 1}); // [B, T', C] → [B, C, T']
}

SoftGumbelQuantizerImpl::TrainingOutput
SoftGumbelQuantizerImpl::forwardTraining(const torch::Tensor &logits, double tau, double hardRate, double ratio,
                                         double entropyCoefficient, bool sampled)
{
    const auto B = logits.size(0), K = logits.size(1), T = logits.size(2);
    const torch::Tensor z = logits.permute({0, 2, 1}).reshape({B * T, K});
    const torch::Tensor ySoft = torch::softmax((z + gumbelNoise(z)) / tau, 1);
    const torch::Tensor yClear = straightThrough(z, torch::softmax(z / tau, 1));
    const torch::Tensor noisy = sampled ? z + gumbelNoise(z) : z; // fresh noise
    const torch::Tensor yHard = sampled ? straightThrough(noisy, torch::softmax(noisy / tau, 1)) : yClear;

    TrainingOutput out;
    out.quantized = torch::matmul(yHard, codebook->weight).reshape({B, T, -1}).permute({0, 2, 1});
    out.perplexity = (1.0 - hardRate) * perplexity(yHard) + hardRate * perplexity(yClear);
    out.utilisation = (1.0 - out.perplexity / double(K)) * (1.0 - 0.85 * hardRate) * ratio;
    out.entropy = entropyCoefficient * (-(ySoft * torch::log(ySoft + 1e-10)).sum(1)).mean();
    return out;
}

DvqImpl::DvqImpl(const DvqConfig &c)
    : config(c)
{
    encoder = register_module("encoder", DvqEncoder(c));
    decoder = register_module("decoder", DvqDecoder(c));
    quantizer = register_module("quantizer", SoftGumbelQuantizer(c));
}

torch::Tensor DvqImpl::logits(const torch::Tensor &features)
{
    return encoder->forward(features.permute({0, 2, 1}));
}

torch::Tensor DvqImpl::logits(const torch::Tensor &features, std::vector<std::int64_t> &lengths)
{
    const std::int64_t B = features.size(0);
    auto mask = [&](const torch::Tensor &x) {
        const torch::Tensor valid = torch::tensor(lengths, torch::TensorOptions().dtype(torch::kLong)).to(x.device());
        const torch::Tensor keep
            = torch::arange(x.size(2), torch::TensorOptions().dtype(torch::kLong).device(x.device())).unsqueeze(0)
              < valid.view({B, 1});
        return x * keep.unsqueeze(1).to(x.scalar_type()); // [B, C, T]
    };
    auto asConv = [](const std::shared_ptr<torch::nn::Module> &m) {
        return std::dynamic_pointer_cast<torch::nn::Conv1dImpl>(m);
    };
    torch::Tensor x = mask(features.permute({0, 2, 1}));
    for (const auto &child : *encoder->model) {
        const std::shared_ptr<torch::nn::Module> m = child.ptr();
        if (const auto c = asConv(m)) {
            x = mask(c->forward(x));
        } else if (std::dynamic_pointer_cast<torch::nn::ReLUImpl>(m)) {
            x = torch::relu(x);
        } else if (const auto stage = std::dynamic_pointer_cast<StageImpl>(m)) {
            for (const auto &part : *stage) {
                if (const auto down = asConv(part.ptr())) {
                    // Output length of the stride-2 conv: ⌊(L + 2p − k) / s⌋ + 1.
                    for (std::int64_t &L : lengths)
                        L = (L + 2 * kDownPadding - kDownKernel) / kDownStride + 1;
                    x = mask(down->forward(x));
                } else if (const auto res = std::dynamic_pointer_cast<Resnet1DImpl>(part.ptr())) {
                    for (const auto &block : *res->model) {
                        const auto b = std::dynamic_pointer_cast<ResConv1DBlockImpl>(block.ptr());
                        const torch::Tensor y = mask(b->conv1->forward(torch::relu(x)));
                        x = x + mask(b->conv2->forward(torch::relu(y)));
                    }
                } else {
                    throw std::logic_error("DVQ encoder: an unexpected module in a stage");
                }
            }
        } else {
            throw std::logic_error("DVQ encoder: an unexpected module");
        }
    }
    return x;
}

torch::Tensor DvqImpl::decode(const torch::Tensor &codes)
{
    return decoder->forward(quantizer->dequantize(codes)).permute({0, 2, 1});
}

} // namespace gm::ml

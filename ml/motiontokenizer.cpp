#include "ml/motiontokenizer.h"

#include "io/fileutil.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/device.h"
#include "ml/dvq.h"
#include "ml/modelconfig.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <ATen/ATen.h>
#include <torch/cuda.h>
#include <torch/serialize.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

/// A TorchScript archive (torch.jit.save): a zip like torch.save's, but with the module's code
/// (`<name>/code/__torch__/…`) and `<name>/constants.pkl`. Its file names are stored as they are
/// in the zip's headers, so finding them in the bytes is enough.
bool isTorchScriptArchive(const std::vector<char> &bytes)
{
    if (bytes.size() < 4 || std::string_view(bytes.data(), 4) != std::string_view("PK\x03\x04", 4))
        return false;
    const std::string_view all(bytes.data(), bytes.size());
    return all.find("/code/__torch__") != std::string_view::npos
           || all.find("/constants.pkl") != std::string_view::npos;
}

std::string shapeText(at::IntArrayRef shape)
{
    return ml::shapeText(shape.vec());
}

// config.json → sizes; keys that are absent keep the official values.
DvqConfig readConfig(const fs::path &file)
{
    DvqConfig c;
    const nlohmann::json j = readConfigJson(file);
    for (const auto &[key, value] : {std::pair<const char *, int *>{"motion_input_dim", &c.motion_input_dim},
                                     {"motion_vocab_size", &c.motion_vocab_size},
                                     {"motion_hidden_dim", &c.motion_hidden_dim},
                                     {"motion_down_t", &c.motion_down_t},
                                     {"motion_depth", &c.motion_depth},
                                     {"motion_dilation_growth_rate", &c.motion_dilation_growth_rate}})
        *value = configInt(j, key, *value, file.string(), 65536);
    if (c.motion_down_t > 8 || c.motion_depth > 32)
        throw ModelError(file.string(), "motion_down_t / motion_depth are implausibly large");
    return c;
}

std::vector<float> readStatistics(const fs::path &folder, const char *lower, const char *upper, int dim)
{
    fs::path file = folder / lower;
    if (!fs::exists(file))
        file = folder / upper;
    if (!fs::exists(file))
        throw ModelError(folder.string(), std::string("no ") + lower + " (or " + upper
                                              + "): the dataset statistics "
                                                "that normalise features");
    motion::NpyArray a;
    try {
        a = motion::readNpy(file.string());
    } catch (const motion::MotionFileError &e) {
        throw ModelError(file.string(), e.detail());
    }
    if (a.elementCount() != std::size_t(dim) || a.shape.size() != 1)
        throw ModelError(file.string(), "expected [" + std::to_string(dim) + "], got " + a.describe());
    std::vector<float> v = a.toFloat32();
    for (std::size_t i = 0; i < v.size(); ++i)
        if (!std::isfinite(v[i]))
            throw ModelError(file.string(), "element " + std::to_string(i) + " is not finite");
    return v;
}

// Copies `source` tensors (by name, with `prefix`) into every parameter of `model`, checking
// names and shapes; strict: a tensor under the prefix that is no parameter is an error too.
template<typename Lookup>
void loadParameters(torch::nn::Module &model, const std::string &path, const std::string &prefix,
                    const std::vector<std::string> &available, Lookup &&copy)
{
    torch::NoGradGuard noGrad;
    std::vector<std::string> missing;
    std::map<std::string, bool> used;
    for (const std::string &name : available)
        if (name.rfind(prefix, 0) == 0)
            used[name] = false;
    for (auto &item : model.named_parameters()) {
        const std::string key = prefix + item.key();
        if (!used.count(key)) {
            missing.push_back(key);
            continue;
        }
        used[key] = true;
        copy(key, item.value());
    }
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 6; ++i)
            list += (i ? ", " : "") + missing[i];
        throw ModelError(path, "missing " + std::to_string(missing.size()) + " tensor(s): " + list
                                   + (missing.size() > 6 ? ", …" : ""));
    }
    for (const auto &[name, wasUsed] : used)
        if (!wasUsed)
            throw ModelError(path,
                             "unexpected tensor '" + name + "': the architecture in config.json has no such parameter");
}

void checkShape(const std::string &path, const std::string &key, at::IntArrayRef got, const at::Tensor &parameter)
{
    if (got != parameter.sizes())
        throw ModelError(path, "tensor '" + key + "': shape " + shapeText(got) + ", expected "
                                   + shapeText(parameter.sizes()));
}

} // namespace

struct MotionTokenizer::Private
{
    Dvq model{nullptr};
    TokenizerInfo info;
    std::vector<float> mean;
    std::vector<float> std;
    torch::Device device = torch::kCPU;
};

MotionTokenizer::MotionTokenizer()
    : d(std::make_unique<Private>())
{}

MotionTokenizer::~MotionTokenizer() = default;

std::unique_ptr<MotionTokenizer> MotionTokenizer::load(const std::string &pathText, const TokenizerLoadOptions &options)
{
    const fs::path path(pathText);
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw ModelError(pathText, "no such file or directory");
    const bool pickle = fs::is_regular_file(path) && path.extension() == ".pt";
    const fs::path folder = fs::is_directory(path) ? path : path.parent_path();
    if (pickle && !options.allowPickle)
        throw ModelError(pathText, "a .pt file is a Python pickle, which can run code when loaded; convert it to "
                                   "safetensors, or allow pickles explicitly if you trust the file");
    const fs::path weights = fs::is_directory(path) ? folder / "model.safetensors" : path;
    const fs::path configFile = folder / "config.json";
    if (!pickle && !fs::exists(configFile))
        throw ModelError(folder.string(), "no config.json: expected the model directory layout (config.json, "
                                          "model.safetensors, mean.npy, std.npy)");
    const DvqConfig config = fs::exists(configFile) ? readConfig(configFile) : DvqConfig();

    std::unique_ptr<MotionTokenizer> t(new MotionTokenizer);
    t->d->model = Dvq(config);
    torch::nn::Module &model = *t->d->model;
    if (!pickle) {
        const SafetensorsFile file(weights.string());
        std::vector<std::string> names;
        for (const TensorInfo &info : file.tensors())
            names.push_back(info.name);
        loadParameters(model, weights.string(), "motion_tokenizer.", names, [&](const std::string &key, at::Tensor &p) {
            const TensorInfo &info = *file.find(key);
            checkShape(weights.string(), key, info.shape, p);
            file.readFloat32(info, p.data_ptr<float>());
        });
    } else {
        std::ifstream in(weights, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (isTorchScriptArchive(bytes))
            throw ModelError(weights.string(), "a TorchScript archive: it holds code, and GeoMotion never loads "
                                               "TorchScript; export the weights as safetensors");
        c10::IValue value;
        try {
            value = torch::pickle_load(bytes);
        } catch (const std::exception &e) {
            throw ModelError(weights.string(), std::string("not a readable PyTorch file: ") + e.what());
        }
        if (!value.isGenericDict())
            throw ModelError(weights.string(), "expected a flat dict of tensors (keys vqvae.*)");
        std::map<std::string, at::Tensor> tensors;
        for (const auto &entry : value.toGenericDict())
            if (entry.key().isString() && entry.value().isTensor())
                tensors[entry.key().toStringRef()] = entry.value().toTensor();
        std::vector<std::string> names;
        for (const auto &item : tensors)
            names.push_back(item.first);
        loadParameters(model, weights.string(), "vqvae.", names, [&](const std::string &key, at::Tensor &p) {
            const at::Tensor &source = tensors.at(key);
            checkShape(weights.string(), key, source.sizes(), p);
            p.copy_(source.to(at::kFloat));
        });
    }

    t->d->mean = readStatistics(folder, "mean.npy", "Mean.npy", config.motion_input_dim);
    t->d->std = readStatistics(folder, "std.npy", "Std.npy", config.motion_input_dim);
    for (std::size_t i = 0; i < t->d->std.size(); ++i)
        if (!(t->d->std[i] > 0.0f))
            throw ModelError(folder.string(), "std: element " + std::to_string(i) + " is not positive");

    t->d->device = chooseDevice(options.device);
    t->d->model->to(t->d->device);
    t->d->model->eval();
    TokenizerInfo &info = t->d->info;
    info.featureDim = config.motion_input_dim;
    info.codes = config.motion_vocab_size;
    info.downsampling = config.downsampling();
    info.width = config.motion_hidden_dim;
    info.codeDim = int(t->d->model->quantizer->codebook->weight.size(1));
    info.parameters = 0;
    for (const at::Tensor &p : model.parameters())
        info.parameters += p.numel();
    info.device = t->d->device.str();
    info.source = weights.string();
    return t;
}

const TokenizerInfo &MotionTokenizer::info() const
{
    return d->info;
}

const std::vector<float> &MotionTokenizer::mean() const
{
    return d->mean;
}

const std::vector<float> &MotionTokenizer::std() const
{
    return d->std;
}

std::vector<float> MotionTokenizer::codebook() const
{
    c10::InferenceMode inference;
    const at::Tensor w = d->model->quantizer->codebook->weight.to(at::kCPU).to(at::kFloat).contiguous();
    return {w.data_ptr<float>(), w.data_ptr<float>() + w.numel()};
}

Tokens MotionTokenizer::encode(const std::vector<float> &features, int frames) const
{
    const int dim = d->info.featureDim;
    if (frames < d->info.downsampling)
        throw std::invalid_argument("encode: need at least " + std::to_string(d->info.downsampling)
                                    + " frames (one token), got " + std::to_string(frames));
    if (features.size() != std::size_t(frames) * std::size_t(dim))
        throw std::invalid_argument("encode: expected " + std::to_string(frames) + " × " + std::to_string(dim)
                                    + " features, got " + std::to_string(features.size()) + " values");
    c10::InferenceMode inference;
    at::Tensor x = at::from_blob(const_cast<float *>(features.data()), {1, frames, dim}, at::kFloat);
    const at::Tensor mean = at::from_blob(d->mean.data(), {dim}, at::kFloat);
    const at::Tensor std = at::from_blob(d->std.data(), {dim}, at::kFloat);
    x = ((x - mean) / std).to(d->device);
    const at::Tensor logits = d->model->logits(x)[0].transpose(0, 1).contiguous().to(at::kCPU); // [T', K]
    const at::Tensor ids = logits.argmax(1).contiguous();
    const at::Tensor probabilities = at::softmax(logits, 1).contiguous();
    Tokens out;
    out.ids.assign(ids.data_ptr<std::int64_t>(), ids.data_ptr<std::int64_t>() + ids.numel());
    out.logits.assign(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
    out.probabilities.assign(probabilities.data_ptr<float>(), probabilities.data_ptr<float>() + probabilities.numel());
    return out;
}

std::vector<Tokens> MotionTokenizer::encodeBatch(const std::vector<std::vector<float>> &features,
                                                 const std::vector<int> &frames) const
{
    const int dim = d->info.featureDim, K = d->info.codes;
    if (features.size() != frames.size())
        throw std::invalid_argument("encode: " + std::to_string(features.size()) + " clips but "
                                    + std::to_string(frames.size()) + " frame counts");
    std::vector<Tokens> out(features.size());
    if (features.empty())
        return out;
    int longest = 0;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (frames[i] < d->info.downsampling)
            throw std::invalid_argument("encode: clip " + std::to_string(i) + " has " + std::to_string(frames[i])
                                        + " frames, at least " + std::to_string(d->info.downsampling) + " needed");
        if (features[i].size() != std::size_t(frames[i]) * std::size_t(dim))
            throw std::invalid_argument("encode: clip " + std::to_string(i) + ": expected " + std::to_string(frames[i])
                                        + " × " + std::to_string(dim) + " features, got "
                                        + std::to_string(features[i].size()) + " values");
        longest = std::max(longest, frames[i]);
    }
    c10::InferenceMode inference;
    const std::int64_t B = std::int64_t(features.size());
    // Normalised, then zero-padded: the zeros are what each clip's own run pads with.
    at::Tensor x = at::zeros({B, longest, dim}, at::kFloat);
    const at::Tensor mean = at::from_blob(d->mean.data(), {dim}, at::kFloat);
    const at::Tensor std = at::from_blob(d->std.data(), {dim}, at::kFloat);
    std::vector<std::int64_t> lengths;
    for (std::int64_t b = 0; b < B; ++b) {
        const at::Tensor clip = at::from_blob(const_cast<float *>(features[std::size_t(b)].data()),
                                              {frames[std::size_t(b)], dim}, at::kFloat);
        x[b].narrow(0, 0, frames[std::size_t(b)]).copy_((clip - mean) / std);
        lengths.push_back(frames[std::size_t(b)]);
    }
    const at::Tensor logits = d->model->logits(x.to(d->device), lengths).transpose(1, 2).contiguous().to(at::kCPU);
    for (std::int64_t b = 0; b < B; ++b) {
        const at::Tensor row = logits[b].narrow(0, 0, lengths[std::size_t(b)]).contiguous(); // [T', K]
        const at::Tensor ids = row.argmax(1).contiguous();
        const at::Tensor probabilities = at::softmax(row, 1).contiguous();
        Tokens &t = out[std::size_t(b)];
        t.ids.assign(ids.data_ptr<std::int64_t>(), ids.data_ptr<std::int64_t>() + ids.numel());
        t.logits.assign(row.data_ptr<float>(), row.data_ptr<float>() + row.numel());
        t.probabilities.assign(probabilities.data_ptr<float>(),
                               probabilities.data_ptr<float>() + probabilities.numel());
        (void)K;
    }
    return out;
}

std::vector<float> MotionTokenizer::decode(const std::vector<std::int64_t> &ids) const
{
    if (ids.empty())
        return {};
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] < 0 || ids[i] >= d->info.codes)
            throw std::invalid_argument("decode: token " + std::to_string(i) + " is " + std::to_string(ids[i])
                                        + ", expected a code id in [0, " + std::to_string(d->info.codes) + ")");
    c10::InferenceMode inference;
    const int dim = d->info.featureDim;
    const at::Tensor codes
        = at::from_blob(const_cast<std::int64_t *>(ids.data()), {1, std::int64_t(ids.size())}, at::kLong).to(d->device);
    at::Tensor x = d->model->decode(codes)[0].to(at::kCPU); // [8T', D]
    const at::Tensor mean = at::from_blob(d->mean.data(), {dim}, at::kFloat);
    const at::Tensor std = at::from_blob(d->std.data(), {dim}, at::kFloat);
    x = (x * std + mean).contiguous();
    return std::vector<float>(x.data_ptr<float>(), x.data_ptr<float>() + x.numel());
}

} // namespace gm::ml

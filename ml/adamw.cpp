#include "ml/adamw.h"

#include "io/fileutil.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <torch/autograd.h>
#include <torch/utils.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace gm::ml {

void AdamW::add(const std::string &name, at::Tensor &parameter, double weightDecay, double lrScale)
{
    parameter.requires_grad_(true);
    entries.push_back({name, parameter, at::zeros_like(parameter), at::zeros_like(parameter), lrScale, weightDecay});
}

void AdamW::zeroGrad()
{
    for (Entry &e : entries)
        e.parameter.mutable_grad() = at::Tensor();
}

void AdamW::update(double lr)
{
    ++step;
    const double c1 = 1.0 - std::pow(beta1, double(step)), c2 = 1.0 - std::pow(beta2, double(step));
    torch::NoGradGuard noGrad;
    for (Entry &e : entries) {
        const at::Tensor g = e.parameter.grad();
        if (!g.defined())
            continue;
        const double rate = lr * e.lrScale;
        e.parameter.mul_(1.0 - rate * e.weightDecay);
        e.m.mul_(beta1).add_(g, 1.0 - beta1);
        e.v.mul_(beta2).addcmul_(g, g, 1.0 - beta2);
        const at::Tensor denominator = (e.v.sqrt() / std::sqrt(c2)).add_(eps);
        e.parameter.addcdiv_(e.m, denominator, -rate / c1);
    }
}

void AdamW::save(const std::string &path) const
{
    std::vector<NamedTensor> tensors;
    for (const Entry &e : entries) {
        tensors.push_back({"param." + e.name, e.parameter.sizes().vec(), tensorValues(e.parameter)});
        tensors.push_back({"m." + e.name, e.m.sizes().vec(), tensorValues(e.m)});
        tensors.push_back({"v." + e.name, e.v.sizes().vec(), tensorValues(e.v)});
    }
    writeSafetensors(path, tensors);
}

void AdamW::restore(const std::string &path)
{
    const SafetensorsFile file(path);
    torch::NoGradGuard noGrad;
    for (Entry &e : entries)
        for (auto [prefix, tensor] :
             {std::pair<const char *, at::Tensor *>{"param.", &e.parameter}, {"m.", &e.m}, {"v.", &e.v}}) {
            const TensorInfo *info = file.find(prefix + e.name);
            if (!info || info->shape != tensor->sizes().vec())
                throw ModelError(path, "no '" + std::string(prefix) + e.name + "' of shape "
                                           + shapeText(tensor->sizes().vec()) + ": a state of another model");
            std::vector<float> values = file.toFloat32(*info);
            tensor->copy_(at::from_blob(values.data(), tensor->sizes(), at::kFloat).to(tensor->device()));
        }
}

void AdamW::checkpoint(const std::string &folder, int nextEpoch, double best) const
{
    const std::filesystem::path dir(folder);
    save((dir / "trainer_state.safetensors").string());
    const nlohmann::json j = {
        {"epoch", nextEpoch}, {"step", step}, {"best", std::isfinite(best) ? nlohmann::json(best) : nlohmann::json()}};
    motion::writeFileAtomically((dir / "trainer_state.json").string(), j.dump(2) + "\n");
}

bool AdamW::resume(const std::string &folder, int &nextEpoch, double &best)
{
    const std::filesystem::path dir(folder), tensors = dir / "trainer_state.safetensors",
                                             json = dir / "trainer_state.json";
    std::error_code ec;
    if (!std::filesystem::exists(tensors, ec) || !std::filesystem::exists(json, ec))
        return false;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(motion::readFile(json.string(), 1u << 20));
        nextEpoch = j.at("epoch").get<int>();
        step = j.at("step").get<long long>();
        best = j.at("best").is_null() ? INFINITY : j.at("best").get<double>();
    } catch (const nlohmann::json::exception &e) {
        throw ModelError(json.string(), std::string("not a trainer state: ") + e.what());
    }
    restore(tensors.string());
    return true;
}

std::vector<float> tensorValues(const at::Tensor &t)
{
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace gm::ml

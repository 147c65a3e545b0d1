#pragma once

// The official DVQ tensor names and shapes, written from spec §2.6 (not from the C++ modules),
// and random weights for them: for the tokenizer test and the DVQ benchmark. Header-only, Qt-free.

#include "ml/safetensors.h"

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace gm::test {

using TensorSpec = std::pair<std::string, std::vector<std::int64_t>>;

inline std::vector<TensorSpec> officialDvqTensors(std::int64_t inputDim = 263, std::int64_t codes = 512)
{
    const std::int64_t w = 512;
    std::vector<TensorSpec> t;
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape) {
        t.emplace_back("motion_tokenizer." + name, std::move(shape));
    };
    auto block = [&](const std::string &prefix) {
        add(prefix + ".conv1.weight", {w, w, 3});
        add(prefix + ".conv1.bias", {w});
        add(prefix + ".conv2.weight", {w, w, 1});
        add(prefix + ".conv2.bias", {w});
    };
    add("encoder.model.0.weight", {w, inputDim, 3});
    add("encoder.model.0.bias", {w});
    for (int s : {2, 3, 4}) {
        const std::string stage = "encoder.model." + std::to_string(s);
        add(stage + ".0.weight", {w, w, 4});
        add(stage + ".0.bias", {w});
        for (int b : {0, 1, 2})
            block(stage + ".1.model." + std::to_string(b));
    }
    add("encoder.model.5.weight", {codes, w, 3});
    add("encoder.model.5.bias", {codes});
    add("decoder.model.0.weight", {w, w, 3});
    add("decoder.model.0.bias", {w});
    for (int s : {2, 3, 4}) {
        const std::string stage = "decoder.model." + std::to_string(s);
        for (int b : {0, 1, 2})
            block(stage + ".0.model." + std::to_string(b));
        add(stage + ".2.weight", {w, w, 3});
        add(stage + ".2.bias", {w});
    }
    add("decoder.model.5.weight", {w, w, 3});
    add("decoder.model.5.bias", {w});
    add("decoder.model.7.weight", {inputDim, w, 3});
    add("decoder.model.7.bias", {inputDim});
    add("quantizer.codebook.weight", {codes, w});
    return t;
}

/// Uniform(−0.02, 0.02) weights for the specs, from a fixed seed.
inline std::vector<ml::NamedTensor> randomTensors(const std::vector<TensorSpec> &specs, unsigned seed = 1)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<float> uniform(-0.02f, 0.02f);
    std::vector<ml::NamedTensor> tensors;
    for (const auto &[name, shape] : specs) {
        std::int64_t n = 1;
        for (std::int64_t s : shape)
            n *= s;
        ml::NamedTensor t{name, shape, std::vector<float>(std::size_t(n))};
        for (float &v : t.data)
            v = uniform(random);
        tensors.push_back(std::move(t));
    }
    return tensors;
}

} // namespace gm::test

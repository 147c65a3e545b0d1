#pragma once

// Internal to gm_ml: the LibTorch device a model runs on.

#include <c10/core/Device.h>

#include <string>

namespace gm::ml {

/// "auto" (CUDA when this LibTorch has a device, else the CPU), "cpu" or "cuda". Throws
/// std::invalid_argument for another name or for "cuda" without CUDA.
c10::Device chooseDevice(const std::string &name);

} // namespace gm::ml

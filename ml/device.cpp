#include "ml/device.h"

#include <torch/cuda.h>

#include <stdexcept>

namespace gm::ml {

c10::Device chooseDevice(const std::string &name)
{
    if (name == "cpu")
        return c10::Device(c10::kCPU);
    const bool cuda = torch::cuda::is_available();
    if (name == "cuda") {
        if (!cuda)
            throw std::invalid_argument("device 'cuda' asked for, but this LibTorch has no CUDA device");
        return c10::Device(c10::kCUDA, 0);
    }
    if (name != "auto")
        throw std::invalid_argument("unknown device '" + name + "' (expected auto, cpu or cuda)");
    return cuda ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
}

} // namespace gm::ml

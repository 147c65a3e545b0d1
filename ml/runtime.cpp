#include "ml/runtime.h"

#include "motion/libraryinfo.h"

#include <gm/version.h>

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <mutex>

namespace gm::ml {

std::vector<ComponentVersion> componentVersions()
{
    return {{"GeoMotion", kVersion}, {"LibTorch", TORCH_VERSION}, {"Assimp", motion::assimpVersion()}};
}

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.torchVersion = TORCH_VERSION;
    info.intraOpThreads = at::get_num_threads();
    info.interOpThreads = at::get_num_interop_threads();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    info.parallelInfo = at::get_parallel_info();
    return info;
}

void configureThreads(int intraOpThreads)
{
    // The thread count is process-wide and applies to worker threads started later: set it once.
    static std::once_flag once;
    std::call_once(once, [intraOpThreads] {
        if (intraOpThreads > 0)
            at::set_num_threads(intraOpThreads);
    });
}

} // namespace gm::ml

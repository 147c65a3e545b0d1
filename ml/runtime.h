#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gm::ml {

/// One named component and its version, e.g. {"LibTorch", "1.13.0"}.
using ComponentVersion = std::pair<std::string, std::string>;

/// GeoMotion itself, LibTorch and Assimp, in that order: what `geomotion --version` prints and
/// what the studio's About box extends with Qt.
std::vector<ComponentVersion> componentVersions();

/// What inference will run on here.
struct RuntimeInfo
{
    std::string torchVersion;
    int intraOpThreads = 0;
    int interOpThreads = 0;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    std::string parallelInfo; ///< LibTorch's own report (OpenMP/MKL/BLAS), multi-line
};

RuntimeInfo runtimeInfo();

/// Sets LibTorch's intra-op thread count once per process (0 = leave LibTorch's default).
/// Call before any inference. On CPU builds backed by a threaded OpenBLAS, one intra-op thread
/// is fastest: OpenBLAS threads itself and more torch threads oversubscribe the cores.
void configureThreads(int intraOpThreads);

} // namespace gm::ml

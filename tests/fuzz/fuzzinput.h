#pragma once

// Shared by the fuzz targets: the readers under test take paths, so each input is written to one
// scratch file per process (reused by every run) before it is read.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

// libFuzzer's entry points (declared here for -Wmissing-declarations).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace gm::fuzz {

/// Writes the input to this process's scratch file with `suffix` and returns its path.
inline std::string writeInput(const std::uint8_t *data, std::size_t size, const std::string &suffix)
{
    const char *dir = std::getenv("TMPDIR");
    const std::string path = std::string(dir && *dir ? dir : "/tmp") + "/gm-fuzz-" + std::to_string(getpid()) + suffix;
    if (std::FILE *f = std::fopen(path.c_str(), "wb")) {
        if (size > 0)
            std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

} // namespace gm::fuzz

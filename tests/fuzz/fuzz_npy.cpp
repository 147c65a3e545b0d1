// NPY and NPZ: parseNpy on the bytes, and readNpz when they look like a zip archive.
#include "fuzzinput.h"
#include "io/npy.h"

#include <exception>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const gm::motion::NpyArray a
            = gm::motion::parseNpy(std::string_view(reinterpret_cast<const char *>(data), size), "fuzz.npy");
        (void)a.elementCount();
    } catch (const std::exception &) {
    }
    if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
        const std::string path = gm::fuzz::writeInput(data, size, ".npz");
        try {
            const auto arrays = gm::motion::readNpz(path);
            (void)arrays.size();
        } catch (const std::exception &) {
        }
    }
    return 0;
}

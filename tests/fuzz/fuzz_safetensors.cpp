// safetensors: the header (its length, JSON, dtypes, shapes and offsets) is checked against the
// file before anything is read; then every tensor it lists is read as float32.
#include "fuzzinput.h"
#include "ml/safetensors.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = gm::fuzz::writeInput(data, size, ".safetensors");
    try {
        const gm::ml::SafetensorsFile file(path);
        for (const gm::ml::TensorInfo &t : file.tensors()) {
            try {
                (void)file.toFloat32(t);
            } catch (const std::exception &) {
            }
        }
    } catch (const std::exception &) {
    }
    return 0;
}

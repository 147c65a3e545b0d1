// BVH: the reader must answer any input with a clip or a MotionFileError, never a crash, a hang
// or an allocation beyond what the file can hold.
#include "fuzzinput.h"
#include "io/bvhreader.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = gm::fuzz::writeInput(data, size, ".bvh");
    try {
        const gm::motion::MotionClip clip = gm::motion::BvhReader().read(path);
        (void)clip.duration();
    } catch (const std::exception &) {
        // a clear error is the right answer to a bad file
    }
    return 0;
}

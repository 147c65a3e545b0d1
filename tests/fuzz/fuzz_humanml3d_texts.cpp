// HumanML3D texts (`caption#tokens#start#end` lines): the parser the dataset reader, the trainer
// and the studio's import share.
#include "fuzzinput.h"
#include "io/humanml3dreader.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> warnings;
    try {
        const auto captions
            = gm::motion::parseHumanMl3dTexts(std::string(reinterpret_cast<const char *>(data), size), warnings);
        (void)captions.size();
    } catch (const std::exception &) {
    }
    return 0;
}

// config.json: parsed, then every key the model loaders read, as they read it.
#include "fuzzinput.h"
#include "ml/modelconfig.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = gm::fuzz::writeInput(data, size, ".json");
    try {
        const nlohmann::json config = gm::ml::readConfigJson(path);
        for (const char *key : {"motion_vocab_size", "motion_input_dim", "motion_hidden_dim", "motion_down_t",
                                "motion_depth", "motion_dilation_growth_rate", "n_layer", "n_head", "n_embd",
                                "n_positions", "vocab_size", "motion_codebook_dim"}) {
            try {
                (void)gm::ml::configInt(config, key, 1, path, 1 << 20);
            } catch (const std::exception &) {
            }
        }
    } catch (const std::exception &) {
    }
    return 0;
}

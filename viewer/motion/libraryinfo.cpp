#include "motion/libraryinfo.h"

#include <assimp/version.h>

namespace gm::motion {

std::string assimpVersion()
{
    return std::to_string(aiGetVersionMajor()) + '.' + std::to_string(aiGetVersionMinor()) + '.'
           + std::to_string(aiGetVersionPatch());
}

} // namespace gm::motion

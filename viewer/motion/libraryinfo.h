#pragma once

#include <string>

namespace gm::motion {

/// Version of the Assimp library the motion readers were built against ("5.2.5").
/// Assimp itself stays private to gm_motion; this is how the rest of the program names it.
std::string assimpVersion();

} // namespace gm::motion

#pragma once

#include <QString>

namespace gm::app {

/// The bundled demo clip (CMU 01_01, see resources/ATTRIBUTION.md): next to an installed
/// executable (<prefix>/share/geomotion/demo), in $GEOMOTION_DATA_DIR/demo, or in the source
/// tree the program was built from. Empty when none of them has it.
QString demoClipPath();

} // namespace gm::app

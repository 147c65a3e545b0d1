#pragma once

#include <QString>

namespace gm::app {

/// A file or folder the studio ships, by its path under the resources root: looked for in
/// $GEOMOTION_DATA_DIR, next to an installed executable (<prefix>/share/geomotion), in the build
/// tree's share/geomotion (built files: translations) and in the source tree's resources/ the
/// program was built from, in that order (models::shippedResource, which the command line uses
/// too). Empty when none of them has it.
QString resourcePath(const QString &relative);

/// The bundled demo clip (CMU 01_01, see resources/ATTRIBUTION.md), or empty.
QString demoClipPath();

/// The bundled default model directory (`model/`: DVQ + captioner, see its README), or empty.
QString defaultModelPath();

} // namespace gm::app

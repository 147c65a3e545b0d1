#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace gm::app {

/// GeoMotion, LibTorch, Assimp (from gm_ml) and Qt (compiled against / running with).
QList<QPair<QString, QString>> componentVersions();

} // namespace gm::app

#include "core/versioninfo.h"

#include "ml/runtime.h"

#include <QtGlobal>

namespace gm::app {

QList<QPair<QString, QString>> componentVersions()
{
    QList<QPair<QString, QString>> result;
    for (const auto &[name, version] : ml::componentVersions())
        result.append({QString::fromStdString(name), QString::fromStdString(version)});
    const QString runtime = QString::fromLatin1(qVersion());
    const QString compiled = QStringLiteral(QT_VERSION_STR);
    result.append({QStringLiteral("Qt"),
                   runtime == compiled ? runtime : QStringLiteral("%1 (built with %2)").arg(runtime, compiled)});
    return result;
}

} // namespace gm::app

#include "core/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gm::app {

QString demoClipPath()
{
    const QString name = QStringLiteral("demo/cmu_01_01.bvh");
    QStringList roots;
    if (!qEnvironmentVariableIsEmpty("GEOMOTION_DATA_DIR"))
        roots << qEnvironmentVariable("GEOMOTION_DATA_DIR");
    roots << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/geomotion")
          << QStringLiteral(GM_SOURCE_RESOURCES_DIR);
    for (const QString &root : roots) {
        const QFileInfo file(QDir(root).filePath(name));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

} // namespace gm::app

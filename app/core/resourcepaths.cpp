#include "core/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gm::app {

QString resourcePath(const QString &relative)
{
    QStringList roots;
    if (!qEnvironmentVariableIsEmpty("GEOMOTION_DATA_DIR"))
        roots << qEnvironmentVariable("GEOMOTION_DATA_DIR");
    roots << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/geomotion")
          << QStringLiteral(GM_BUILD_RESOURCES_DIR) << QStringLiteral(GM_SOURCE_RESOURCES_DIR);
    for (const QString &root : roots) {
        const QFileInfo file(QDir(root).filePath(relative));
        if (file.exists())
            return file.canonicalFilePath();
    }
    return {};
}

QString demoClipPath()
{
    const QString path = resourcePath(QStringLiteral("demo/cmu_01_01.bvh"));
    return QFileInfo(path).isFile() ? path : QString();
}

QString defaultModelPath()
{
    const QString path = resourcePath(QStringLiteral("model"));
    return QFileInfo(QDir(path).filePath(QStringLiteral("config.json"))).isFile() ? path : QString();
}

} // namespace gm::app

#include "core/resourcepaths.h"

#include "models/store.h"

#include <QDir>
#include <QFileInfo>

namespace gm::app {

QString resourcePath(const QString &relative)
{
    // One lookup for the studio and the Qt-free command line (models/store.h).
    const std::filesystem::path found = models::shippedResource(relative.toStdString());
    return found.empty() ? QString() : QFileInfo(QString::fromStdString(found.string())).canonicalFilePath();
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

#include "common/gmtest.h"

#include <QDir>
#include <QFileInfo>

namespace gm::test {

QString dataDir()
{
    return QDir::cleanPath(QStringLiteral(GM_TEST_DATA_DIR));
}

QString dataPath(const QString &relative)
{
    const QString path = QDir(dataDir()).filePath(relative);
    return QFileInfo::exists(path) ? QFileInfo(path).absoluteFilePath() : QString();
}

QString missingDataMessage(const QString &relative)
{
    return QStringLiteral("Test data missing: %1 not found in %2. The tests read the shared data folder that sits "
                          "beside the checkout (../shared/data); configure with -DGM_SHARED_DATA_DIR=<path> if it is "
                          "elsewhere.")
        .arg(relative, dataDir());
}

} // namespace gm::test

#include "core/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace gm::app {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QSettings &settings)
    : mSettings(settings)
{}

QStringList RecentFiles::files() const
{
    return mSettings.value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles)
        list.removeLast();
    write(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    write(list);
}

void RecentFiles::clear()
{
    write({});
}

void RecentFiles::write(const QStringList &files)
{
    mSettings.setValue(kKey, files);
}

} // namespace gm::app

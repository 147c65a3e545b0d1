#pragma once

#include <QStringList>

class QSettings;

namespace gm::app {

/// The most recently opened files, newest first, kept in QSettings under "recentFiles".
class RecentFiles
{
public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QSettings &settings);

    QStringList files() const;
    /// Moves (or adds) `path` to the front, as an absolute path.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void write(const QStringList &files);

    QSettings &mSettings;
};

} // namespace gm::app

#pragma once

// What a long-session test or benchmark samples of its own process (Linux /proc).

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace gm::test {

/// Resident memory in MiB (/proc/self/statm).
inline double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0.0;
}

/// The process's threads (/proc/self/task).
inline int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace gm::test

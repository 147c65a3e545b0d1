#pragma once

// Shared test helpers: locating the shared test data (QtCore only; GL helpers are in gltest.h).

#include <QString>
#include <QTest>

namespace gm::test {

/// The shared data folder (GM_TEST_DATA_DIR, set by CMake from GM_SHARED_DATA_DIR).
QString dataDir();
/// Absolute path of `relative` inside the data folder, or an empty string when it is missing.
QString dataPath(const QString &relative);
/// The message a test fails with when its data is missing: names the file and how to fix it.
QString missingDataMessage(const QString &relative);

} // namespace gm::test

/// Declares `var` as the absolute path of a shared-data file; fails the test when it is missing.
#define GM_REQUIRE_DATA(var, relative)                                                                                 \
    const QString var = ::gm::test::dataPath(QStringLiteral(relative));                                                \
    if (var.isEmpty())                                                                                                 \
    QFAIL(qPrintable(::gm::test::missingDataMessage(QStringLiteral(relative))))

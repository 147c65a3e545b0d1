#pragma once

// Helpers for tests that need OpenGL (link Qt6::Gui). OpenGL needs a display: CI runs the suite
// under `xvfb-run -a -s '-screen 0 1280x800x24'` (Mesa llvmpipe). Qt's "offscreen" platform cannot
// create a QOpenGLWidget and crashes when one is shown, so such tests must check first.

#include <QGuiApplication>
#include <QTest>

namespace gm::test {

/// Before the application object exists: with no display at all, fall back to the offscreen
/// platform so that the process starts; the GL test functions then skip (or fail under CI).
inline void prepareGlPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// True when the platform can create OpenGL contexts for windows.
inline bool glPlatformAvailable()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

/// Under CI=true a missing GL platform is a failure, not a skip.
inline bool glRequiredByEnvironment()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace gm::test

/// Skips (or, under CI, fails) a test that needs OpenGL when the platform has none.
#define GM_REQUIRE_GL()                                                                                                \
    do {                                                                                                               \
        if (!::gm::test::glPlatformAvailable()) {                                                                      \
            if (::gm::test::glRequiredByEnvironment())                                                                 \
                QFAIL("CI=true but no OpenGL platform: run the tests under xvfb-run");                                 \
            QSKIP("No display with OpenGL: run under xvfb-run -a -s '-screen 0 1280x800x24'");                         \
        }                                                                                                              \
    } while (false)

/// QTEST_MAIN for tests that use OpenGL; AppClass is QGuiApplication or QApplication.
#define GM_TEST_MAIN_GL(TestObject, AppClass)                                                                          \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        ::gm::test::prepareGlPlatform();                                                                               \
        AppClass app(argc, argv);                                                                                      \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

#include "ui/mainwindow.h"
#include "ui/viewportwidget.h"

#include <gm/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSurfaceFormat>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    // Our catalogues are embedded by qt_add_translations under :/i18n; Qt's own come from the system.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("geomotion"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    // The GL format must be the default before the first QOpenGLWidget exists.
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setSamples(4);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GeoMotion"));
    QApplication::setApplicationName(QStringLiteral("GeoMotion Studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(gm::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("geomotion-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/geomotion-studio.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "See, tokenize, caption and annotate human motion."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once it is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Motion files to open; they start playing."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    gm::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments(), true);

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give the window a few event-loop turns to lay out and paint the GL view.
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            if (!ok)
                std::fprintf(stderr, "geomotion-studio: could not write the screenshot %s\n", qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}

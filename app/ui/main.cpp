#include "core/cliplibrary.h"
#include "core/language.h"
#include "core/mlcontroller.h"
#include "core/preferences.h"
#include "core/resourcepaths.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/viewportwidget.h"

#include <gm/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>

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
    // The language and the theme of the preferences (by default, the system's).
    gm::app::applyLanguage(gm::app::Preferences::instance().language());
    gm::ui::applyTheme(gm::app::Preferences::instance().theme());

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
    const QCommandLineOption resources(
        QStringLiteral("resources"),
        QApplication::translate("main", "Print where the bundled model and demo clip were found, then quit."));
    parser.addOption(resources);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Motion files to open; they start playing."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(resources)) {
        QStringList languages;
        for (const gm::app::Language &l : gm::app::availableLanguages())
            languages << l.code;
        std::printf("model: %s\ndemo: %s\ntranslations: %s\nlanguages: %s\nlanguage: %s\n",
                    qPrintable(gm::app::defaultModelPath()), qPrintable(gm::app::demoClipPath()),
                    qPrintable(gm::app::translationsPath()), qPrintable(languages.join(QLatin1Char(' '))),
                    qPrintable(gm::app::currentLanguage()));
        return gm::app::defaultModelPath().isEmpty() || gm::app::demoClipPath().isEmpty() ? 1 : 0;
    }

    gm::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments(), true);

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Once the files and the model are in and the active clip is tokenized (at most a
        // minute), give the window a few event-loop turns to lay out and paint the GL view.
        auto *poll = new QTimer(&window);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, waited] {
            const gm::app::OpenClip *active = window.library().active();
            const bool busy = window.library().pendingLoads() > 0 || window.ml().modelLoading()
                              || (active && window.ml().analysing(active->id));
            if (busy && waited.elapsed() < 60000)
                return;
            poll->stop();
            QTimer::singleShot(1000, &window, [&window, path] {
                const bool ok = window.grab().save(path);
                if (!ok)
                    std::fprintf(stderr, "geomotion-studio: could not write the screenshot %s\n", qPrintable(path));
                QApplication::exit(ok ? 0 : 1);
            });
        });
        poll->start(200);
    }
    return QApplication::exec();
}

#include "core/language.h"

#include "core/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace gm::app {

namespace {

QPointer<QTranslator> gOurs;
QPointer<QTranslator> gQt;
QString gCurrent = QStringLiteral("en");

void removeTranslators()
{
    for (QPointer<QTranslator> *t : {&gOurs, &gQt})
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
}

} // namespace

QString translationsPath()
{
    return resourcePath(QStringLiteral("translations"));
}

QList<Language> availableLanguages()
{
    QList<Language> out{{QStringLiteral("en"), QStringLiteral("English")}};
    const QString dir = translationsPath();
    if (dir.isEmpty())
        return out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("geomotion_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString code = f.mid(10, f.size() - 13); // geomotion_<code>.qm
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code.contains(QLatin1Char('_')) && locale.territory() != QLocale::AnyTerritory)
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        out.append({code, name.isEmpty() ? code : name});
    }
    return out;
}

QString applyLanguage(const QString &code)
{
    removeTranslators();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    gCurrent = QStringLiteral("en");
    const QString dir = translationsPath();
    auto *ours = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, …) tries the locale's UI languages in order (de_AT → de), so a
    // system locale finds its nearest catalogue; "en" has none and shows the source texts.
    // Installing (and removing, above) sends the application a LanguageChange event, which
    // reaches every widget.
    if (code != QLatin1String("en") && !dir.isEmpty()
        && ours->load(locale, QStringLiteral("geomotion"), QStringLiteral("_"), dir)) {
        gCurrent = QFileInfo(ours->filePath()).completeBaseName().mid(10); // geomotion_<code>
        QCoreApplication::installTranslator(ours);
        gOurs = ours;
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            gQt = qt;
        } else {
            delete qt;
        }
    } else {
        delete ours;
    }
    // Numbers and dates follow the chosen language, or the system when following it.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    return gCurrent;
}

QString currentLanguage()
{
    return gCurrent;
}

} // namespace gm::app

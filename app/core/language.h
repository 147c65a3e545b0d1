#pragma once

#include <QList>
#include <QString>

namespace gm::app {

/// A language the studio speaks: English (its source texts) or one with a catalogue.
struct Language
{
    QString code;       ///< "en", "de", "zh_CN", …
    QString nativeName; ///< "English", "Deutsch", "简体中文", …
};

/// The folder with the .qm catalogues (installed share/geomotion/translations, or the build
/// tree's), or empty.
QString translationsPath();

/// English first, then every language with a catalogue in translationsPath(), by code.
QList<Language> availableLanguages();

/// Installs the catalogues of `code` (ours and Qt's own) in place of the earlier ones, which
/// sends every widget a LanguageChange event; "" follows the system's UI languages, "en" (or a
/// language without a catalogue) shows the source texts. Also makes it QLocale's default.
/// Returns the code in effect ("en" when nothing matched).
QString applyLanguage(const QString &code);

/// The code applyLanguage() last put in effect ("en" before the first call).
QString currentLanguage();

} // namespace gm::app

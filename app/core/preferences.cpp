#include "core/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace gm::app {

namespace {

QVariant read(const char *key, const QVariant &fallback)
{
    return QSettings().value(QLatin1String(key), fallback);
}

const char *const kUnits[] = {"cm", "m"};
const char *const kUpAxis[] = {"detect", "y", "z"};
const char *const kTheme[] = {"system", "light", "dark"};
const char *const kStartModel[] = {"last", "bundled", "directory"};

// An enumeration stored by name (names[i] is E(i)); anything else reads as `fallback`.
template<class E, std::size_t N>
E enumAt(const char *key, const char *const (&names)[N], E fallback)
{
    const QString v = read(key, QString()).toString();
    for (std::size_t i = 0; i < N; ++i)
        if (v == QLatin1String(names[i]))
            return E(i);
    return fallback;
}

} // namespace

Preferences &Preferences::instance()
{
    static Preferences *p = new Preferences(QCoreApplication::instance());
    return *p;
}

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{}

void Preferences::store(const char *key, const QVariant &value, Key what)
{
    QSettings settings;
    if (settings.value(QLatin1String(key)) == value)
        return;
    settings.setValue(QLatin1String(key), value);
    Q_EMIT changed(what);
}

QString Preferences::language() const
{
    return read("preferences/language", QString()).toString();
}

void Preferences::setLanguage(const QString &code)
{
    store("preferences/language", code, Key::Language);
}

LengthUnits Preferences::lengthUnits() const
{
    return enumAt("preferences/units", kUnits, LengthUnits::Centimetres);
}

void Preferences::setLengthUnits(LengthUnits units)
{
    store("preferences/units", QLatin1String(kUnits[int(units)]), Key::Units);
}

UpAxisMode Preferences::upAxis() const
{
    return enumAt("preferences/upAxis", kUpAxis, UpAxisMode::Detect);
}

void Preferences::setUpAxis(UpAxisMode mode)
{
    store("preferences/upAxis", QLatin1String(kUpAxis[int(mode)]), Key::UpAxis);
}

Theme Preferences::theme() const
{
    return enumAt("preferences/theme", kTheme, Theme::System);
}

void Preferences::setTheme(Theme theme)
{
    store("preferences/theme", QLatin1String(kTheme[int(theme)]), Key::Theme);
}

StartModel Preferences::startModel() const
{
    return enumAt("preferences/startModel", kStartModel, StartModel::LastUsed);
}

void Preferences::setStartModel(StartModel model)
{
    store("preferences/startModel", QLatin1String(kStartModel[int(model)]), Key::Model);
}

QString Preferences::modelDirectory() const
{
    return read("preferences/modelDirectory", QString()).toString();
}

void Preferences::setModelDirectory(const QString &directory)
{
    store("preferences/modelDirectory", directory, Key::Model);
}

QString Preferences::device() const
{
    const QString d = read("model/device", QStringLiteral("auto")).toString();
    return d == QLatin1String("cpu") || d == QLatin1String("cuda") ? d : QStringLiteral("auto");
}

void Preferences::setDevice(const QString &device)
{
    store("model/device", device, Key::Device);
}

double Preferences::playbackSpeed() const
{
    return std::clamp(read("playback/speed", 1.0).toDouble(), 0.05, 16.0);
}

void Preferences::setPlaybackSpeed(double speed)
{
    store("playback/speed", std::clamp(speed, 0.05, 16.0), Key::Playback);
}

bool Preferences::loopPlayback() const
{
    return read("playback/loop", true).toBool();
}

void Preferences::setLoopPlayback(bool loop)
{
    store("playback/loop", loop, Key::Playback);
}

bool Preferences::playOnOpen() const
{
    return read("preferences/playOnOpen", false).toBool();
}

void Preferences::setPlayOnOpen(bool play)
{
    store("preferences/playOnOpen", play, Key::Playback);
}

QString Preferences::projectFolder() const
{
    const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("GeoMotion"));
    return read("preferences/projectFolder", fallback).toString();
}

void Preferences::setProjectFolder(const QString &folder)
{
    store("preferences/projectFolder", folder, Key::ProjectFolder);
}

double Preferences::toDisplayLength(double metres) const
{
    return lengthUnits() == LengthUnits::Metres ? metres : metres * 100.0;
}

QString Preferences::lengthSymbol() const
{
    return lengthUnits() == LengthUnits::Metres ? tr("m", "metres") : tr("cm", "centimetres");
}

QString Preferences::formatLength(double metres, int centimetreDecimals) const
{
    const int decimals = lengthUnits() == LengthUnits::Metres ? centimetreDecimals + 2 : centimetreDecimals;
    return tr("%1 %2", "a length and its unit").arg(toDisplayLength(metres), 0, 'f', decimals).arg(lengthSymbol());
}

void Preferences::reset()
{
    setLanguage(QString());
    setLengthUnits(LengthUnits::Centimetres);
    setUpAxis(UpAxisMode::Detect);
    setTheme(Theme::System);
    setStartModel(StartModel::LastUsed);
    setModelDirectory(QString());
    setDevice(QStringLiteral("auto"));
    setPlaybackSpeed(1.0);
    setLoopPlayback(true);
    setPlayOnOpen(false);
    if (QSettings().contains(QStringLiteral("preferences/projectFolder"))) {
        QSettings().remove(QStringLiteral("preferences/projectFolder"));
        Q_EMIT changed(Key::ProjectFolder);
    }
}

} // namespace gm::app

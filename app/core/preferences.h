#pragma once

#include <QObject>
#include <QString>

namespace gm::app {

/// Lengths shown to the user (reconstruction errors, figure heights) in metres or centimetres.
enum class LengthUnits { Centimetres, Metres };
/// Which axis is up in motion files: as detected or declared by the file, or forced.
enum class UpAxisMode { Detect, Y, Z };
/// The widget palette: the desktop's, or a fixed light or dark one.
enum class Theme { System, Light, Dark };
/// The model loaded at start.
enum class StartModel { LastUsed, Bundled, Directory };

/// The studio's preferences, stored with QSettings under "preferences/" (and the model device
/// under "model/device", which the Model menu shares). Every setter stores at once and emits
/// changed() with what changed, so that open windows apply it live.
class Preferences : public QObject
{
    Q_OBJECT

public:
    /// The application's one instance (created on first use, parented to the application).
    static Preferences &instance();

    /// "" follows the system; otherwise a catalogue's code ("de", "zh_CN") or "en".
    QString language() const;
    void setLanguage(const QString &code);
    LengthUnits lengthUnits() const;
    void setLengthUnits(LengthUnits units);
    UpAxisMode upAxis() const;
    void setUpAxis(UpAxisMode mode);
    Theme theme() const;
    void setTheme(Theme theme);
    StartModel startModel() const;
    void setStartModel(StartModel model);
    /// The directory loaded at start when startModel() is Directory.
    QString modelDirectory() const;
    void setModelDirectory(const QString &directory);
    /// "auto", "cpu" or "cuda".
    QString device() const;
    void setDevice(const QString &device);
    /// Playback defaults, applied when the studio starts and when they change.
    double playbackSpeed() const;
    void setPlaybackSpeed(double speed);
    bool loopPlayback() const;
    void setLoopPlayback(bool loop);
    /// Start playing a clip opened from the File menu or by dropping it.
    bool playOnOpen() const;
    void setPlayOnOpen(bool play);
    /// Where New Project and Open Project start (default: Documents/GeoMotion).
    QString projectFolder() const;
    void setProjectFolder(const QString &folder);

    /// A length in the chosen units, with its unit ("3.2 cm", "0.032 m").
    QString formatLength(double metres, int centimetreDecimals = 1) const;
    /// The chosen unit's symbol ("cm" or "m") and a length in it.
    QString lengthSymbol() const;
    double toDisplayLength(double metres) const;

    /// Puts every preference back to its default (emits changed for each).
    void reset();

    enum class Key { Language, Units, UpAxis, Theme, Model, Device, Playback, ProjectFolder };
    Q_ENUM(Key)

Q_SIGNALS:
    void changed(gm::app::Preferences::Key key);

private:
    explicit Preferences(QObject *parent);
    void store(const char *key, const QVariant &value, Key what);
};

} // namespace gm::app

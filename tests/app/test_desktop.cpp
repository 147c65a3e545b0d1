// The studio on the desktop (issue 12): the translation catalogues are complete and current, the
// language switches at run time in every panel and back, the preferences apply live and persist,
// the light and dark themes have readable contrast, every control has an accessible name, and the
// 3-D view renders at the device pixel ratio.

#include "common/gltest.h"
#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/language.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/preferences.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/theme.h"
#include "ui/timelinelane.h"
#include "ui/viewportwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>
#include <set>

using gm::app::Preferences;
using gm::ui::MainWindow;

namespace {

const QStringList kLanguages{"de", "es", "fr", "ja", "zh_CN"};

struct Message
{
    QString context;
    QString source;
    QString type;             ///< the translation's type attribute ("" when finished)
    QStringList translations; ///< one, or the numerus forms
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText(); // numerusform
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

std::set<QString> placeholders(const QString &text)
{
    std::set<QString> out;
    static const QRegularExpression re(QStringLiteral("%(L?[1-9n])"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

// Keyboard accelerators: "&x" that is neither "&&" nor an HTML entity ("&nbsp;").
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#)\\S"));
    int n = 0;
    for (auto it = re.globalMatch(QString(text).replace(QStringLiteral("&&"), QString())); it.hasNext(); it.next())
        ++n;
    return n;
}

QString cataloguePath(const QString &lang)
{
    return QStringLiteral(GM_TRANSLATIONS_SOURCE_DIR "/geomotion_%1.ts").arg(lang);
}

// Every user-visible text of the window and its children, by object and property.
std::map<std::pair<const QObject *, QString>, QString> visibleTexts(const QWidget &root)
{
    std::map<std::pair<const QObject *, QString>, QString> out;
    auto put = [&](const QObject *o, const QString &what, const QString &text) {
        if (!text.isEmpty())
            out[{o, what}] = text;
    };
    put(&root, QStringLiteral("windowTitle"), root.windowTitle());
    QList<QObject *> objects;
    for (QObject *o : root.findChildren<QObject *>())
        objects << o;
    for (QObject *o : objects) {
        if (auto *a = qobject_cast<QAction *>(o)) {
            put(a, QStringLiteral("text"), a->text());
            put(a, QStringLiteral("statusTip"), a->statusTip());
        } else if (auto *m = qobject_cast<QMenu *>(o)) {
            put(m, QStringLiteral("title"), m->title());
        } else if (auto *d = qobject_cast<QDockWidget *>(o)) {
            put(d, QStringLiteral("windowTitle"), d->windowTitle());
        } else if (auto *l = qobject_cast<QLabel *>(o)) {
            put(l, QStringLiteral("text"), l->text());
        } else if (auto *b = qobject_cast<QAbstractButton *>(o)) {
            put(b, QStringLiteral("text"), b->text());
        } else if (auto *g = qobject_cast<QGroupBox *>(o)) {
            put(g, QStringLiteral("title"), g->title());
        } else if (auto *c = qobject_cast<QComboBox *>(o)) {
            for (int i = 0; i < c->count(); ++i)
                put(c, QStringLiteral("item%1").arg(i), c->itemText(i));
        } else if (auto *e = qobject_cast<QLineEdit *>(o)) {
            put(e, QStringLiteral("placeholder"), e->placeholderText());
        }
        if (auto *w = qobject_cast<QWidget *>(o)) {
            put(w, QStringLiteral("toolTip"), w->toolTip());
            put(w, QStringLiteral("accessibleName"), w->accessibleName());
        }
    }
    return out;
}

// With GM_SCREENSHOT_DIR set, the widget is saved there as PNG (to look at; README).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void settle()
{
    // LanguageChange reaches the widgets as posted events.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        Preferences::instance().reset();
        gm::app::applyLanguage(QStringLiteral("en"));
    }

    // Every message of every catalogue is translated, keeps the source's placeholders and its
    // keyboard accelerator, and none is left over from removed source texts.
    void cataloguesAreComplete()
    {
        for (const QString &lang : kLanguages) {
            QString error;
            const QList<Message> messages = readCatalogue(cataloguePath(lang), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(messages.size() > 300, qPrintable(lang));
            QStringList problems;
            for (const Message &m : messages) {
                const QString where = QStringLiteral("%1 [%2] \"%3\"").arg(lang, m.context, m.source);
                if (!m.type.isEmpty()) {
                    problems << where + QStringLiteral(": ") + m.type;
                    continue;
                }
                if (m.translations.isEmpty())
                    problems << where + QStringLiteral(": no translation");
                for (const QString &t : m.translations) {
                    if (t.trimmed().isEmpty())
                        problems << where + QStringLiteral(": empty translation");
                    if (placeholders(t) != placeholders(m.source))
                        problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(t);
                    if ((accelerators(m.source) > 0) != (accelerators(t) == 1))
                        problems << where + QStringLiteral(": accelerator differs in \"%1\"").arg(t);
                }
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
        }
    }

    // The catalogues hold exactly the texts of today's sources: lupdate run again on a copy adds
    // nothing and removes nothing.
    void cataloguesAreCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("geomotion_de.ts"));
        QVERIFY(QFile::copy(cataloguePath(QStringLiteral("de")), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString app = QStringLiteral(GM_APP_SOURCE_DIR);
        lupdate.start(QStringLiteral(GM_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"), app,
                       QStringLiteral("-I"), app + QStringLiteral("/ui"), app + QStringLiteral("/ui"),
                       app + QStringLiteral("/core"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        auto keys = [&](const QString &path) {
            std::set<std::pair<QString, QString>> out;
            for (const Message &m : readCatalogue(path, &error))
                out.insert({m.context, m.source});
            return out;
        };
        const auto before = keys(cataloguePath(QStringLiteral("de")));
        const auto after = keys(copy);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList changed;
        for (const auto &k : after)
            if (!before.count(k))
                changed << QStringLiteral("new: [%1] %2").arg(k.first, k.second);
        for (const auto &k : before)
            if (!after.count(k))
                changed << QStringLiteral("gone: [%1] %2").arg(k.first, k.second);
        QVERIFY2(changed.isEmpty(), qPrintable(QStringLiteral("run the update_translations target:\n")
                                               + changed.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void languagesAreFoundAndNamed()
    {
        const QList<gm::app::Language> languages = gm::app::availableLanguages();
        QStringList codes;
        for (const gm::app::Language &l : languages)
            codes << l.code;
        QCOMPARE(codes, QStringList({"en", "de", "es", "fr", "ja", "zh_CN"}));
        QCOMPARE(languages[1].nativeName, QStringLiteral("Deutsch"));
        QCOMPARE(languages[4].nativeName, QStringLiteral("日本語"));
        QCOMPARE(gm::app::applyLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(gm::app::applyLanguage(QStringLiteral("pt")), QStringLiteral("en")); // no catalogue
        QCOMPARE(gm::app::applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }

    // Switching the language in Preferences retranslates every menu, action, dock, label, button
    // and list item that shows a catalogue text, with the Preferences dialog open; switching back
    // restores every text exactly.
    void languageSwitchesAtRunTime()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.ml().hasModel(), 30000); // its label settles
        window.showPreferences();
        settle();
        const auto english = visibleTexts(window);

        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("ja")}) {
            QString error;
            // A source can have several translations (in other contexts, or told apart by a
            // comment): any of them will do.
            std::map<QString, std::set<QString>> translation;
            for (const Message &m : readCatalogue(cataloguePath(lang), &error))
                if (!m.numerus && m.type.isEmpty() && !m.translations.isEmpty() && m.translations.first() != m.source)
                    translation[m.source].insert(m.translations.first());
            QVERIFY(error.isEmpty());

            Preferences::instance().setLanguage(lang);
            settle();
            QCOMPARE(gm::app::currentLanguage(), lang);
            const auto translated = visibleTexts(window);
            int checked = 0;
            QStringList stale;
            for (const auto &[key, text] : english) {
                const auto t = translation.find(text);
                if (t == translation.end())
                    continue;
                ++checked;
                const auto now = translated.find(key);
                if (now == translated.end() || !t->second.count(now->second))
                    stale << QStringLiteral("%1 %2 of %3: \"%4\"")
                                 .arg(key.first->metaObject()->className(), key.second, key.first->objectName(), text);
            }
            QVERIFY2(stale.isEmpty(), qPrintable(lang + QStringLiteral(" not retranslated:\n")
                                                 + stale.mid(0, 30).join(QLatin1Char('\n'))));
            QVERIFY2(checked > 150, qPrintable(QStringLiteral("only %1 texts checked").arg(checked)));
            QVERIFY(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
            saveShot(&window, QStringLiteral("window-%1.png").arg(lang));
            saveShot(window.findChild<gm::ui::PreferencesDialog *>(), QStringLiteral("preferences-%1.png").arg(lang));
        }

        Preferences::instance().setLanguage(QStringLiteral("en"));
        settle();
        const auto back = visibleTexts(window);
        QStringList differ;
        for (const auto &[key, text] : english) {
            const auto now = back.find(key);
            if (now == back.end() || now->second != text)
                differ << QStringLiteral("%1 %2: \"%3\" → \"%4\"")
                              .arg(key.first->metaObject()->className(), key.second, text,
                                   now == back.end() ? QString() : now->second);
        }
        QVERIFY2(differ.isEmpty(), qPrintable(differ.mid(0, 30).join(QLatin1Char('\n'))));
    }

    // Each preference reaches the running window at once and is there after a restart.
    void preferencesApplyLiveAndPersist()
    {
        GM_REQUIRE_GL();
        GM_REQUIRE_DATA(path, "bvh/cmu/01_01.bvh");
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy loaded(&window.library(), &gm::app::ClipLibrary::loaded);
            window.openFiles({path});
            QVERIFY(loaded.wait(20000));
            window.showPreferences();
            auto *dialog = window.findChild<gm::ui::PreferencesDialog *>();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));

            // Units: the reconstruction-error lane speaks metres.
            dialog->findChild<QComboBox *>(QStringLiteral("UnitsCombo"))->setCurrentIndex(1);
            QCOMPARE(Preferences::instance().lengthUnits(), gm::app::LengthUnits::Metres);
            QCOMPARE(Preferences::instance().formatLength(0.0325), QStringLiteral("0.033 m"));

            // Up axis: the open clip (Y up as detected) stands on Z, and its analysis is redone.
            QCOMPARE(window.library().active()->clip->info.upAxis, gm::motion::UpAxis::Y);
            QSignalSpy replaced(&window.library(), &gm::app::ClipLibrary::clipReplaced);
            dialog->findChild<QComboBox *>(QStringLiteral("UpAxisCombo"))->setCurrentIndex(2);
            QCOMPARE(replaced.count(), 1);
            QCOMPARE(window.library().active()->clip->info.upAxis, gm::motion::UpAxis::Z);
            dialog->findChild<QComboBox *>(QStringLiteral("UpAxisCombo"))->setCurrentIndex(0);
            QCOMPARE(window.library().active()->clip->info.upAxis, gm::motion::UpAxis::Y);

            // Playback defaults reach the play head and the Loop action.
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("SpeedSpin"))->setValue(0.5);
            QCOMPARE(window.playback().speed(), 0.5);
            dialog->findChild<QCheckBox *>(QStringLiteral("LoopCheck"))->setChecked(false);
            QVERIFY(!window.playback().loops());

            // Theme: dark, then back to the system's palette.
            const QColor systemWindow = QApplication::palette().color(QPalette::Window);
            dialog->findChild<QComboBox *>(QStringLiteral("ThemeCombo"))->setCurrentIndex(2);
            settle();
            QCOMPARE(QApplication::palette().color(QPalette::Window), gm::ui::darkPalette().color(QPalette::Window));
            QCOMPARE(window.palette().color(QPalette::Base), gm::ui::darkPalette().color(QPalette::Base));
            window.library().setActive(0);
            QTest::qWait(300);
            saveShot(&window, QStringLiteral("window-dark.png"));
            saveShot(dialog, QStringLiteral("preferences-dark.png"));

            // The device: the Model menu shows the choice.
            dialog->findChild<QComboBox *>(QStringLiteral("DeviceCombo"))->setCurrentIndex(1);
            QCOMPARE(Preferences::instance().device(), QStringLiteral("cpu"));
            QAction *cpu = nullptr;
            for (QAction *a : window.findChildren<QAction *>())
                if (a->data().toString() == QLatin1String("cpu"))
                    cpu = a;
            QVERIFY(cpu && cpu->isChecked());

            // The projects folder.
            QTemporaryDir projects;
            auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("ProjectFolderEdit"));
            folder->setText(projects.path());
            Q_EMIT folder->editingFinished();
            QCOMPARE(Preferences::instance().projectFolder(), projects.path());

            dialog->findChild<QComboBox *>(QStringLiteral("ThemeCombo"))->setCurrentIndex(0);
            QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
            window.close();
        }
        // A new window (a restart) starts with them.
        MainWindow again;
        QCOMPARE(again.playback().speed(), 0.5);
        QVERIFY(!again.playback().loops());
        QCOMPARE(Preferences::instance().lengthUnits(), gm::app::LengthUnits::Metres);

        // Restore Defaults puts everything back.
        again.showPreferences();
        auto *dialog = again.findChild<gm::ui::PreferencesDialog *>();
        dialog->findChild<QAbstractButton *>(QStringLiteral("RestoreDefaultsButton"))->click();
        QCOMPARE(Preferences::instance().lengthUnits(), gm::app::LengthUnits::Centimetres);
        QCOMPARE(again.playback().speed(), 1.0);
        QVERIFY(again.playback().loops());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("UnitsCombo"))->currentIndex(), 0);
    }

    // WCAG AA (4.5:1) for text on its background in both fixed themes.
    void themesHaveReadableContrast()
    {
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[]
            = {{QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
               {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
               {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
               {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base}};
        for (const QPalette &p : {gm::ui::lightPalette(), gm::ui::darkPalette()})
            for (const auto &[fg, bg] : pairs) {
                const double ratio
                    = gm::ui::contrastRatio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(fg).arg(bg).arg(ratio)));
            }
        QCOMPARE(gm::ui::contrastRatio(Qt::black, Qt::white), 21.0);
    }

    // Screen readers get a name for every control of the window and the Preferences dialog.
    void controlsHaveAccessibleNames()
    {
        GM_REQUIRE_GL();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPreferences();
        settle();
        QStringList unnamed;
        int controls = 0;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                 || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w)
                                 || qobject_cast<gm::ui::TimelineLane *>(w)
                                 || qobject_cast<gm::ui::ViewportWidget *>(w);
            if (!control || !w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box's own line edit
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue; // headers and scroll bars of a list: its parts
            if (qobject_cast<QAbstractSlider *>(w) && w->parentWidget()
                && w->parentWidget()->objectName().startsWith(QLatin1String("qt_scrollarea")))
                continue;
            ++controls;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(w->metaObject()->className(), w->objectName(),
                                    w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
        QVERIFY2(controls > 30, qPrintable(QString::number(controls)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // HiDPI: with QT_SCALE_FACTOR=2 (ctest test_desktop_hidpi) the 3-D view renders at twice the
    // widget's size in device pixels, and the window's grab is twice as large too.
    void viewRendersAtDevicePixelRatio()
    {
        GM_REQUIRE_GL();
        const double expected = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
        MainWindow window;
        window.resize(800, 560);
        QSignalSpy ready(window.viewport(), &gm::ui::ViewportWidget::rendererReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QCOMPARE(window.devicePixelRatioF(), expected);
        const QImage frame = window.viewport()->grabFramebuffer();
        QCOMPARE(frame.width(), qRound(window.viewport()->width() * expected));
        QCOMPARE(frame.height(), qRound(window.viewport()->height() * expected));
        const QPixmap grab = window.grab();
        QCOMPARE(grab.width(), qRound(window.width() * expected));
    }
};

GM_TEST_MAIN_GL(TestDesktop, QApplication)

#include "test_desktop.moc"

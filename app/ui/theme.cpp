#include "ui/theme.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace gm::ui {

namespace {

struct Startup
{
    QString style;
    QPalette palette;
};

const Startup &startup()
{
    // What the application looked like before the first theme was applied.
    static const Startup s{QApplication::style()->name(), QApplication::palette()};
    return s;
}

void setColours(QPalette &p, QPalette::ColorGroup group, const QColor &window, const QColor &windowText,
                const QColor &base, const QColor &alternate, const QColor &text, const QColor &button,
                const QColor &highlight, const QColor &highlightedText, const QColor &placeholder, const QColor &link)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, windowText);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::AlternateBase, alternate);
    p.setColor(group, QPalette::ToolTipBase, base);
    p.setColor(group, QPalette::ToolTipText, text);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, windowText);
    p.setColor(group, QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(group, QPalette::Highlight, highlight);
    p.setColor(group, QPalette::HighlightedText, highlightedText);
    p.setColor(group, QPalette::PlaceholderText, placeholder);
    p.setColor(group, QPalette::Link, link);
    p.setColor(group, QPalette::LinkVisited, link);
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive})
        setColours(p, g, QColor(239, 240, 241), QColor(25, 27, 30), QColor(252, 252, 252), QColor(238, 240, 243),
                   QColor(25, 27, 30), QColor(232, 233, 235), QColor(38, 98, 178), Qt::white, QColor(96, 100, 108),
                   QColor(26, 84, 168));
    setColours(p, QPalette::Disabled, QColor(239, 240, 241), QColor(108, 112, 120), QColor(244, 244, 245),
               QColor(238, 240, 243), QColor(108, 112, 120), QColor(232, 233, 235), QColor(150, 160, 175), Qt::white,
               QColor(130, 134, 142), QColor(108, 112, 120));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(226, 228, 231));
    p.setColor(QPalette::Mid, QColor(160, 164, 170));
    p.setColor(QPalette::Dark, QColor(120, 124, 130));
    p.setColor(QPalette::Shadow, QColor(60, 62, 66));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive})
        setColours(p, g, QColor(42, 44, 48), QColor(232, 234, 237), QColor(30, 31, 34), QColor(38, 40, 44),
                   QColor(232, 234, 237), QColor(52, 55, 60), QColor(45, 100, 180), Qt::white, QColor(160, 164, 172),
                   QColor(120, 176, 255));
    setColours(p, QPalette::Disabled, QColor(42, 44, 48), QColor(140, 144, 152), QColor(36, 37, 40), QColor(38, 40, 44),
               QColor(140, 144, 152), QColor(48, 50, 54), QColor(70, 80, 96), QColor(170, 174, 180),
               QColor(112, 116, 124), QColor(140, 144, 152));
    p.setColor(QPalette::Light, QColor(74, 77, 84));
    p.setColor(QPalette::Midlight, QColor(60, 63, 68));
    p.setColor(QPalette::Mid, QColor(96, 100, 108));
    p.setColor(QPalette::Dark, QColor(24, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 12));
    return p;
}

void applyTheme(app::Theme theme)
{
    const Startup &s = startup();
    if (theme == app::Theme::System) {
        if (QApplication::style()->name() != s.style)
            QApplication::setStyle(QStyleFactory::create(s.style));
        QApplication::setPalette(s.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == app::Theme::Dark ? darkPalette() : lightPalette());
}

} // namespace gm::ui

#pragma once

#include "core/preferences.h"

#include <QColor>
#include <QPalette>

namespace gm::ui {

/// Applies a theme to the whole application: System restores the style and palette the
/// application started with (the desktop's); Light and Dark use the Fusion style with palettes
/// whose text meets WCAG AA contrast (4.5:1) on every background it is drawn on.
void applyTheme(app::Theme theme);

/// The palettes Light and Dark use.
QPalette lightPalette();
QPalette darkPalette();

/// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace gm::ui

#pragma once

#include <QColor>

namespace gm::render {

/// A stable colour per codebook id, the same in every plot and every run: the hue walks the
/// golden ratio around the colour wheel (hue = frac(code × 0.618…)), saturation and value alternate
/// with code % 3 so that neighbouring ids differ. A negative id (no code) is a neutral grey.
QColor codeColor(int code);

/// Black or white, whichever reads better on `background` (by relative luminance).
QColor textColorOn(const QColor &background);

} // namespace gm::render

#include "render/codepalette.h"

#include <cmath>

namespace gm::render {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QColor codeColor(int code)
{
    if (code < 0)
        return QColor(150, 150, 150);
    constexpr double kGolden = 0.61803398875;
    constexpr float kSaturation[3] = {0.75f, 0.55f, 0.65f};
    constexpr float kValue[3] = {0.80f, 0.95f, 0.875f};
    const double hue = std::fmod(double(code) * kGolden, 1.0);
    return QColor::fromHsvF(float(hue), kSaturation[code % 3], kValue[code % 3]);
}

QColor textColorOn(const QColor &background)
{
    const QColor c = background.toRgb();
    const double luminance = 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    // 0.179 is where black and white text have the same contrast ratio (WCAG).
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace gm::render

#include "plots/plotwidget.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace gm::ui::plots {

namespace {

constexpr double kPad = 8.0;  // outer padding and the gap around title and footer
constexpr double kTick = 4.0; // tick length outside the frame
constexpr double kGap = 3.0;  // between a tick and its label
constexpr int kMaxExportSide = 16384;

QString withMinusSign(QString text)
{
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

} // namespace

PlotWidget::PlotWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

PlotWidget::~PlotWidget() = default;

void PlotWidget::setTitle(const QString &title)
{
    if (title == mTitle)
        return;
    mTitle = title;
    setAccessibleName(title);
    update();
}

void PlotWidget::setFooter(const QString &footer)
{
    if (footer == mFooter)
        return;
    mFooter = footer;
    setAccessibleDescription(footer);
    update();
}

// ---- layout -------------------------------------------------------------------------------------

QFontMetricsF PlotWidget::metrics() const
{
    return QFontMetricsF(font(), this);
}

QFont PlotWidget::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.15);
    else
        f.setPixelSize(qRound(f.pixelSize() * 1.15));
    return f;
}

double PlotWidget::titleHeight() const
{
    if (mTitle.isEmpty())
        return kPad;
    return kPad + QFontMetricsF(titleFont(), this).height() + kPad;
}

double PlotWidget::footerHeight() const
{
    if (mFooter.isEmpty())
        return kPad;
    return kPad + metrics().height() + kPad;
}

QRectF PlotWidget::plotArea(const QRectF &area) const
{
    QRectF r = area.adjusted(kPad, titleHeight(), -kPad, -footerHeight());
    if (r.width() < 1.0)
        r.setWidth(1.0);
    if (r.height() < 1.0)
        r.setHeight(1.0);
    return r;
}

std::vector<double> PlotWidget::ticksFor(const Axis &axis, double pixels, bool horizontal) const
{
    const QFontMetricsF fm = metrics();
    double spacing = fm.height() * 2.5;
    if (horizontal) {
        const double widest = std::max(std::abs(axis.min), std::abs(axis.max));
        spacing = fm.horizontalAdvance(QString::number(widest, 'g', 4)) + 3.0 * fm.height();
    }
    const int target = std::clamp(int(pixels / spacing), 2, 10);
    return niceTicks(axis.min, axis.max, target, axis.integerTicks);
}

QRectF PlotWidget::axesRect(const QRectF &area, const Axis &x, const Axis &y) const
{
    const QFontMetricsF fm = metrics();
    const double h = fm.height();
    const double top = h / 2.0;
    const double bottom = kTick + kGap + h + (x.label.isEmpty() ? 0.0 : kGap + h);
    const double plotHeight = std::max(1.0, area.height() - top - bottom);

    const std::vector<double> yTicks = ticksFor(y, plotHeight, false);
    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1.0;
    double widest = 0.0;
    for (double t : yTicks)
        widest = std::max(widest, fm.horizontalAdvance(formatTick(t, yStep)));
    const double left = (y.label.isEmpty() ? 0.0 : h + kGap) + widest + kGap + kTick;
    const double right = fm.horizontalAdvance(formatTick(x.max, 1.0)) / 2.0 + 2.0;
    return QRectF(area.left() + left, area.top() + top, std::max(1.0, area.width() - left - right), plotHeight);
}

void PlotWidget::drawAxes(QPainter &painter, const QRectF &plot, const Axis &x, const Axis &y) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm = metrics();
    const double h = fm.height();
    const std::vector<double> xTicks = ticksFor(x, plot.width(), true);
    const std::vector<double> yTicks = ticksFor(y, plot.height(), false);
    const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : 1.0;
    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1.0;

    QPen grid(gridColor(), 0);
    QPen axis(foreground(), 0);
    painter.setPen(grid);
    if (x.grid)
        for (double t : xTicks) {
            const double px = toPixelX(t, x, plot);
            painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        }
    if (y.grid)
        for (double t : yTicks) {
            const double py = toPixelY(t, y, plot);
            painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        }

    painter.setPen(axis);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);

    // x: ticks and labels below the frame; labels that would overlap the previous one are skipped.
    double lastRight = -1e9;
    for (double t : xTicks) {
        const double px = toPixelX(t, x, plot);
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + kTick));
        const QString text = formatTick(t, xStep);
        const double w = fm.horizontalAdvance(text);
        const QRectF box(px - w / 2.0 - 1.0, plot.bottom() + kTick + kGap, w + 2.0, h);
        if (box.left() < lastRight + kGap)
            continue;
        painter.drawText(box, Qt::AlignCenter, text);
        lastRight = box.right();
    }
    double widest = 0.0;
    for (double t : yTicks) {
        const double py = toPixelY(t, y, plot);
        painter.drawLine(QPointF(plot.left() - kTick, py), QPointF(plot.left(), py));
        const QString text = formatTick(t, yStep);
        const double w = fm.horizontalAdvance(text);
        widest = std::max(widest, w);
        painter.drawText(QRectF(plot.left() - kTick - kGap - w - 1.0, py - h / 2.0, w + 1.0, h),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    if (!x.label.isEmpty()) {
        const QRectF box(plot.left(), plot.bottom() + kTick + kGap + h + kGap, plot.width(), h);
        painter.drawText(box, Qt::AlignCenter, fm.elidedText(x.label, Qt::ElideRight, plot.width()));
    }
    if (!y.label.isEmpty()) {
        const double cx = plot.left() - kTick - kGap - widest - kGap - h / 2.0;
        painter.translate(cx, plot.center().y());
        painter.rotate(-90.0);
        const QRectF box(-plot.height() / 2.0, -h / 2.0, plot.height(), h);
        painter.drawText(box, Qt::AlignCenter, fm.elidedText(y.label, Qt::ElideRight, plot.height()));
    }
    painter.restore();
}

double PlotWidget::toPixelX(double value, const Axis &x, const QRectF &plot)
{
    const double span = x.max - x.min;
    return plot.left() + (span != 0.0 ? (value - x.min) / span : 0.5) * plot.width();
}

double PlotWidget::fromPixelX(double pixel, const Axis &x, const QRectF &plot)
{
    return x.min + (pixel - plot.left()) / plot.width() * (x.max - x.min);
}

double PlotWidget::toPixelY(double value, const Axis &y, const QRectF &plot)
{
    const double span = y.max - y.min;
    const double t = span != 0.0 ? (value - y.min) / span : 0.5;
    return y.reversed ? plot.top() + t * plot.height() : plot.bottom() - t * plot.height();
}

double PlotWidget::fromPixelY(double pixel, const Axis &y, const QRectF &plot)
{
    const double t = y.reversed ? (pixel - plot.top()) / plot.height() : (plot.bottom() - pixel) / plot.height();
    return y.min + t * (y.max - y.min);
}

std::vector<double> PlotWidget::niceTicks(double min, double max, int target, bool integerOnly)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return {};
    if (!(max > min))
        return {min};
    const double raw = (max - min) / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    double step = (norm < 1.5 ? 1.0 : norm < 2.25 ? 2.0 : norm < 3.5 ? 2.5 : norm < 7.5 ? 5.0 : 10.0) * magnitude;
    if (integerOnly)
        step = std::max(1.0, std::floor(step));
    std::vector<double> ticks;
    const double first = std::ceil(min / step - 1e-9) * step;
    for (int i = 0; i < 1000; ++i) {
        double v = first + i * step;
        if (v > max + step * 1e-9)
            break;
        if (std::abs(v) < step * 1e-9)
            v = 0.0;
        ticks.push_back(v);
    }
    return ticks;
}

QString PlotWidget::formatTick(double value, double step)
{
    int decimals = 0;
    step = std::abs(step);
    while (decimals < 6 && step > 0.0) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    if (std::abs(value) < step * 1e-6)
        value = 0.0;
    return withMinusSign(QString::number(value, 'f', decimals));
}

QString PlotWidget::formatNumber(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    return withMinusSign(QString::number(value, 'f', decimals));
}

QColor PlotWidget::foreground() const
{
    return palette().color(QPalette::Text);
}

QColor PlotWidget::gridColor() const
{
    QColor c = palette().color(QPalette::Text);
    c.setAlphaF(0.12f);
    return c;
}

// ---- painting -----------------------------------------------------------------------------------

void PlotWidget::renderPlot(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.fillRect(area, palette().base());
    painter.setPen(foreground());
    if (!mTitle.isEmpty()) {
        const QFont f = titleFont();
        painter.setFont(f);
        const QFontMetricsF fm(f, this);
        const QRectF box(area.left() + kPad, area.top() + kPad, area.width() - 2.0 * kPad, fm.height());
        painter.drawText(box, Qt::AlignCenter, fm.elidedText(mTitle, Qt::ElideRight, box.width()));
    }
    painter.setFont(font());
    if (!mFooter.isEmpty()) {
        const QFontMetricsF fm = metrics();
        const QRectF box(area.left() + kPad, area.bottom() - kPad - fm.height(), area.width() - 2.0 * kPad,
                         fm.height());
        painter.drawText(box, Qt::AlignCenter, fm.elidedText(mFooter, Qt::ElideRight, box.width()));
    }
    paintPlot(painter, plotArea(area));
    painter.restore();
}

void PlotWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    renderPlot(painter, QRectF(rect()));
}

void PlotWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange: update(); break;
    default: break;
    }
}

// ---- export -------------------------------------------------------------------------------------

bool PlotWidget::exportSizeAllowed(QSize size)
{
    return !size.isEmpty() && size.width() <= kMaxExportSide && size.height() <= kMaxExportSide;
}

QString PlotWidget::exportSizeError(const QString &name, QSize size)
{
    return tr("Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(kMaxExportSide);
}

bool PlotWidget::exportPng(const QString &path, QSize size, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!exportSizeAllowed(size))
        return fail(exportSizeError(name, size));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(tr("Could not export %1: not enough memory for a %2 × %3 image.")
                        .arg(name)
                        .arg(size.width())
                        .arg(size.height()));
    image.setDevicePixelRatio(1.0);
    // The image gets the widget's resolution so that text has the size it has on screen.
    image.setDotsPerMeterX(qRound(logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(logicalDpiY() / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderPlot(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(name, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(tr("Could not write %1: the PNG encoder failed.").arg(name));
    }
    if (!file.commit())
        return fail(tr("Could not write %1: %2").arg(name, file.errorString()));
    return true;
}

bool PlotWidget::exportSvg(const QString &path, QSize size, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!exportSizeAllowed(size))
        return fail(exportSizeError(name, size));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(name, file.errorString()));

    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(logicalDpiX());
    generator.setTitle(mTitle);
    generator.setDescription(mFooter.isEmpty() ? tr("A GeoMotion Studio plot") : mFooter);
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return fail(tr("Could not write %1: the SVG generator did not start.").arg(name));
        }
        renderPlot(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!file.commit())
        return fail(tr("Could not write %1: %2").arg(name, file.errorString()));
    return true;
}

void PlotWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export PNG…"));
    QAction *svg = menu.addAction(tr("Export SVG…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == png)
        exportInteractively(false);
    else if (chosen == svg)
        exportInteractively(true);
}

void PlotWidget::exportInteractively(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    QString stem = mTitle.isEmpty() ? tr("plot") : mTitle;
    stem.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export SVG") : tr("Export PNG"),
                                                stem + QLatin1Char('.') + suffix,
                                                svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = svg ? exportSvg(path, size(), &error) : exportPng(path, size(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), error);
}

} // namespace gm::ui::plots

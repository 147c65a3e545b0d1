#include "plots/heatmapplot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gm::ui::plots {

namespace {

constexpr double kBarGap = 14.0;   // between the map and the colour bar
constexpr double kBarWidth = 14.0; // the colour bar itself
constexpr double kDragThreshold = 3.0;

struct Stop
{
    float at;
    int r, g, b;
};

// ColorBrewer's RdBu (5 classes), reversed so that negative is blue.
constexpr std::array<Stop, 5> kStops{
    {{-1.0f, 5, 113, 176}, {-0.5f, 146, 197, 222}, {0.0f, 247, 247, 247}, {0.5f, 244, 165, 130}, {1.0f, 202, 0, 32}}};

// The colour map sampled finely enough that neighbouring entries are indistinguishable.
constexpr int kLutSize = 1024;

const std::array<QRgb, kLutSize + 1> &colourTable()
{
    static const std::array<QRgb, kLutSize + 1> table = [] {
        std::array<QRgb, kLutSize + 1> t{};
        for (int i = 0; i <= kLutSize; ++i)
            t[size_t(i)] = HeatmapPlot::valueColor(-1.0f + 2.0f * float(i) / kLutSize).rgb();
        return t;
    }();
    return table;
}

QRgb lookUp(float value)
{
    if (std::isnan(value))
        return qRgb(150, 150, 150);
    const float t = (std::clamp(value, -1.0f, 1.0f) + 1.0f) * 0.5f;
    return colourTable()[size_t(std::lround(t * kLutSize))];
}

} // namespace

HeatmapPlot::HeatmapPlot(QWidget *parent)
    : PlotWidget(parent)
{}

HeatmapPlot::~HeatmapPlot() = default;

QColor HeatmapPlot::valueColor(float value)
{
    if (std::isnan(value))
        return QColor(150, 150, 150);
    const float v = std::clamp(value, -1.0f, 1.0f);
    size_t i = 1;
    while (i + 1 < kStops.size() && v > kStops[i].at)
        ++i;
    const Stop &a = kStops[i - 1];
    const Stop &b = kStops[i];
    const float t = (v - a.at) / (b.at - a.at);
    auto mix = [t](int x, int y) { return int(std::lround(float(x) + (float(y) - float(x)) * t)); };
    return QColor(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
}

void HeatmapPlot::setMatrix(int n, std::vector<float> values)
{
    if (n < 0)
        throw std::invalid_argument("HeatmapPlot::setMatrix: the side n is " + std::to_string(n)
                                    + ", expected 0 or more");
    const size_t expected = size_t(n) * size_t(n);
    if (values.size() != expected)
        throw std::invalid_argument("HeatmapPlot::setMatrix: got " + std::to_string(values.size()) + " values for a "
                                    + std::to_string(n) + " x " + std::to_string(n) + " matrix, expected "
                                    + std::to_string(expected));
    mN = n;
    mValues = std::move(values);
    mImage = QImage();
    if (n > 0) {
        mImage = QImage(n, n, QImage::Format_RGB32);
        for (int row = 0; row < n; ++row) {
            auto *line = reinterpret_cast<QRgb *>(mImage.scanLine(row));
            const float *source = mValues.data() + size_t(row) * size_t(n);
            for (int column = 0; column < n; ++column)
                line[column] = lookUp(source[column]);
        }
    }
    if (mHighlight >= n)
        mHighlight = -1;
    mHoverRow = mHoverColumn = -1;
    mView = QRectF(0, 0, n, n);
    Q_EMIT viewChanged();
    update();
}

float HeatmapPlot::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= mN || column >= mN)
        return std::nanf("");
    return mValues[size_t(row) * size_t(mN) + size_t(column)];
}

void HeatmapPlot::setHighlight(int code)
{
    if (code < 0 || code >= mN)
        code = -1;
    if (code == mHighlight)
        return;
    mHighlight = code;
    update();
}

// ---- view ---------------------------------------------------------------------------------------

double HeatmapPlot::zoom() const
{
    return mN > 0 && mView.width() > 0.0 ? mN / mView.width() : 1.0;
}

void HeatmapPlot::resetZoom()
{
    applyView(QRectF(0, 0, mN, mN));
}

void HeatmapPlot::setView(const QRectF &cellsVisible)
{
    const QRectF r = cellsVisible.normalized();
    const double side = std::max(r.width(), r.height());
    applyView(QRectF(r.center().x() - side / 2.0, r.center().y() - side / 2.0, side, side));
}

void HeatmapPlot::applyView(QRectF view)
{
    if (mN == 0)
        return;
    const double n = mN;
    const double side = std::clamp(view.width(), n / kMaxZoom, n);
    const double left = std::clamp(view.left(), 0.0, n - side);
    const double top = std::clamp(view.top(), 0.0, n - side);
    const QRectF clamped(left, top, side, side);
    if (clamped == mView)
        return;
    mView = clamped;
    Q_EMIT viewChanged();
    update();
}

void HeatmapPlot::zoomAround(QPointF widgetPos, double newZoom)
{
    if (mN == 0)
        return;
    const QRectF map = mapRect();
    if (!map.contains(widgetPos))
        widgetPos = map.center();
    newZoom = std::clamp(newZoom, 1.0, kMaxZoom);
    const QPointF offset = widgetPos - map.topLeft();
    const QPointF anchor = mView.topLeft() + offset * (mView.width() / map.width());
    const double side = mN / newZoom;
    const QPointF topLeft = anchor - offset * (side / map.width());
    applyView(QRectF(topLeft, QSizeF(side, side)));
}

// ---- layout and hit tests -----------------------------------------------------------------------

HeatmapPlot::Layout HeatmapPlot::layout(const QRectF &area) const
{
    const QFontMetricsF fm = metrics();
    const double labels = 4.0 + 3.0 + fm.horizontalAdvance(formatTick(-0.5, 0.5)) + 2.0;
    const QRectF axesArea = area.adjusted(0, 0, -(kBarGap + kBarWidth + labels), 0);
    // Sized for the whole matrix's tick labels, so zooming never moves the map.
    Axis x{-0.5, std::max(0.5, mN - 0.5), tr("code j"), true, false, false};
    Axis y{-0.5, std::max(0.5, mN - 0.5), tr("code i"), true, true, false};
    const QRectF r = axesRect(axesArea, x, y);
    const double side = std::max(1.0, std::floor(std::min(r.width(), r.height())));
    // Centre the map and its colour bar in what is left.
    const double spare = std::max(0.0, r.width() - side) / 2.0;
    const double vspare = std::max(0.0, r.height() - side) / 2.0;
    Layout l;
    l.map = QRectF(std::round(r.left() + spare), std::round(r.top() + vspare), side, side);
    l.bar = QRectF(l.map.right() + kBarGap, l.map.top(), kBarWidth, side);
    return l;
}

QRectF HeatmapPlot::mapRect() const
{
    return layout(plotArea()).map;
}

int HeatmapPlot::cellAt(QPointF widgetPos, int *column) const
{
    if (column)
        *column = -1;
    if (mN == 0)
        return -1;
    const QRectF map = mapRect();
    if (widgetPos.x() < map.left() || widgetPos.y() < map.top() || widgetPos.x() >= map.right()
        || widgetPos.y() >= map.bottom())
        return -1;
    const double cellsPerPixel = mView.width() / map.width();
    const int c = std::clamp(int(std::floor(mView.left() + (widgetPos.x() - map.left()) * cellsPerPixel)), 0, mN - 1);
    const int r = std::clamp(int(std::floor(mView.top() + (widgetPos.y() - map.top()) * cellsPerPixel)), 0, mN - 1);
    if (column)
        *column = c;
    return r;
}

// ---- painting -----------------------------------------------------------------------------------

void HeatmapPlot::paintPlot(QPainter &painter, const QRectF &area) const
{
    if (mN == 0) {
        painter.setPen(foreground());
        painter.drawText(area, Qt::AlignCenter, tr("No matrix"));
        return;
    }
    const Layout l = layout(area);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setClipRect(l.map);
    painter.drawImage(l.map, mImage, mView);

    if (mHighlight >= 0) {
        const double scale = l.map.width() / mView.width();
        // At least 3 px wide so that the band shows at 1024 codes.
        const double thick = std::max(3.0, scale);
        const double x = l.map.left() + (mHighlight - mView.left()) * scale + scale / 2.0 - thick / 2.0;
        const double y = l.map.top() + (mHighlight - mView.top()) * scale + scale / 2.0 - thick / 2.0;
        const QRectF rowBand(l.map.left() - 1.0, y, l.map.width() + 2.0, thick);
        const QRectF columnBand(x, l.map.top() - 1.0, thick, l.map.height() + 2.0);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0));
        painter.drawRect(rowBand);
        painter.drawRect(columnBand);
        painter.setPen(QPen(QColor(20, 20, 20), 1.5));
        painter.drawRect(rowBand);
        painter.drawRect(columnBand);
    }
    painter.setClipping(false);

    Axis x{mView.left() - 0.5, mView.right() - 0.5, tr("code j"), true, false, false};
    Axis y{mView.top() - 0.5, mView.bottom() - 0.5, tr("code i"), true, true, false};
    drawAxes(painter, l.map, x, y);

    // The colour bar: the same colour map, +1 at the top.
    QImage bar(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i)
        bar.setPixel(0, i, lookUp(1.0f - 2.0f * float(i) / 255.0f));
    painter.drawImage(l.bar, bar);
    Axis range{-1.0, 1.0, QString(), false, false, false};
    const QFontMetricsF fm = metrics();
    painter.setPen(QPen(foreground(), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.bar);
    for (double t : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const double py = toPixelY(t, range, l.bar);
        painter.drawLine(QPointF(l.bar.right(), py), QPointF(l.bar.right() + 4.0, py));
        painter.drawText(QRectF(l.bar.right() + 7.0, py - fm.height() / 2.0, 200.0, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, formatTick(t, 0.5));
    }
    painter.restore();
}

// ---- interaction --------------------------------------------------------------------------------

void HeatmapPlot::hover(QPointF widgetPos, QPointF globalPos)
{
    int column = -1;
    const int row = cellAt(widgetPos, &column);
    if (row == mHoverRow && column == mHoverColumn)
        return;
    mHoverRow = row;
    mHoverColumn = column;
    if (row >= 0)
        QToolTip::showText(
            globalPos.toPoint(),
            tr("codes %1 and %2: cosine %3").arg(row).arg(column).arg(formatNumber(value(row, column), 3)), this);
    else
        QToolTip::hideText();
    Q_EMIT cellHovered(row, column);
}

void HeatmapPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        PlotWidget::mousePressEvent(event);
        return;
    }
    mPressed = true;
    mDragging = false;
    mPressPos = event->position();
    mPressView = mView;
    event->accept();
}

void HeatmapPlot::mouseMoveEvent(QMouseEvent *event)
{
    if (mPressed && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - mPressPos;
        if (!mDragging && std::abs(delta.x()) + std::abs(delta.y()) > kDragThreshold) {
            mDragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (mDragging) {
            const double cellsPerPixel = mPressView.width() / mapRect().width();
            applyView(mPressView.translated(-delta * cellsPerPixel));
        }
    }
    hover(event->position(), event->globalPosition());
    event->accept();
}

void HeatmapPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressed) {
        PlotWidget::mouseReleaseEvent(event);
        return;
    }
    mPressed = false;
    if (mDragging) {
        mDragging = false;
        unsetCursor();
    } else {
        int column = -1;
        const int row = cellAt(event->position(), &column);
        if (row >= 0)
            Q_EMIT cellClicked(row, column);
    }
    event->accept();
}

void HeatmapPlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        resetZoom();
        event->accept();
        return;
    }
    PlotWidget::mouseDoubleClickEvent(event);
}

void HeatmapPlot::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || mN == 0) {
        event->ignore();
        return;
    }
    zoomAround(event->position(), zoom() * std::pow(1.25, delta / 120.0));
    hover(event->position(), event->globalPosition());
    event->accept();
}

void HeatmapPlot::leaveEvent(QEvent *event)
{
    PlotWidget::leaveEvent(event);
    QToolTip::hideText();
    if (mHoverRow >= 0 || mHoverColumn >= 0) {
        mHoverRow = mHoverColumn = -1;
        Q_EMIT cellHovered(-1, -1);
    }
}

} // namespace gm::ui::plots

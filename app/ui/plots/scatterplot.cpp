#include "plots/scatterplot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gm::ui::plots {

namespace {

constexpr double kPickRadius = 6.0;
constexpr double kRadius = 3.0;
constexpr double kEmphasisedRadius = 4.5;
constexpr double kFadedRadius = 2.5;
constexpr double kHighlightRadius = 6.0;
constexpr int kFadedAlpha = 60;
constexpr double kSwatch = 4.0;       // legend marker radius
constexpr double kLegendSpacing = 18; // between legend entries

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

ScatterPlot::ScatterPlot(QWidget *parent)
    : PlotWidget(parent)
{}

ScatterPlot::~ScatterPlot() = default;

void ScatterPlot::setSeries(std::vector<Series> series)
{
    mSeries = std::move(series);
    mHoverIndex = mHoverSeries = -1;
    updateBounds();
    update();
}

void ScatterPlot::setAxisLabels(const QString &x, const QString &y)
{
    mXLabel = x;
    mYLabel = y;
    update();
}

void ScatterPlot::setLinked(bool linked)
{
    if (linked == mLinked)
        return;
    mLinked = linked;
    update();
}

void ScatterPlot::setHighlighted(int index)
{
    if (index < 0)
        index = -1;
    if (index == mHighlighted)
        return;
    mHighlighted = index;
    update();
}

void ScatterPlot::setEmphasised(std::vector<bool> emphasised)
{
    mEmphasised = std::move(emphasised);
    update();
}

bool ScatterPlot::isEmphasised(int index) const
{
    return index >= 0 && size_t(index) < mEmphasised.size() && mEmphasised[size_t(index)];
}

void ScatterPlot::updateBounds()
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const Series &s : mSeries)
        for (QPointF p : s.points) {
            if (!finite(p))
                continue;
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    if (!(x1 >= x0)) {
        mBounds = QRectF(-1, -1, 2, 2);
        return;
    }
    auto widen = [](double &lo, double &hi) {
        if (hi - lo <= 0.0) {
            const double half = std::max(0.5, std::abs(lo) * 0.1);
            lo -= half;
            hi += half;
            return;
        }
        const double margin = 0.05 * (hi - lo);
        lo -= margin;
        hi += margin;
    };
    widen(x0, x1);
    widen(y0, y1);
    mBounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// ---- layout -------------------------------------------------------------------------------------

ScatterPlot::Layout ScatterPlot::layout(const QRectF &area) const
{
    Layout l;
    const QFontMetricsF fm = metrics();
    const double legendHeight = mSeries.empty() ? 0.0 : fm.height() + 8.0;
    l.legend = QRectF(area.left(), area.top(), area.width(), fm.height());
    l.x = Axis{mBounds.left(), mBounds.right(), mXLabel, false, false, true};
    l.y = Axis{mBounds.top(), mBounds.bottom(), mYLabel, false, false, true};
    l.plot = axesRect(area.adjusted(0, legendHeight, 0, 0), l.x, l.y);
    return l;
}

QPointF ScatterPlot::map(const Layout &l, QPointF point) const
{
    return {toPixelX(point.x(), l.x, l.plot), toPixelY(point.y(), l.y, l.plot)};
}

QPointF ScatterPlot::toWidget(int series, int index) const
{
    if (series < 0 || size_t(series) >= mSeries.size() || index < 0
        || size_t(index) >= mSeries[size_t(series)].points.size())
        return {-1.0, -1.0};
    return map(layout(plotArea()), mSeries[size_t(series)].points[size_t(index)]);
}

int ScatterPlot::pointAt(QPointF widgetPos, int *series) const
{
    if (series)
        *series = -1;
    const Layout l = layout(plotArea());
    double best = kPickRadius * kPickRadius;
    int bestIndex = -1;
    int bestSeries = -1;
    // Later series are drawn on top, so they win ties.
    for (size_t s = 0; s < mSeries.size(); ++s) {
        const std::vector<QPointF> &points = mSeries[s].points;
        for (size_t i = 0; i < points.size(); ++i) {
            if (!finite(points[i]))
                continue;
            const QPointF d = map(l, points[i]) - widgetPos;
            const double d2 = d.x() * d.x() + d.y() * d.y();
            if (d2 <= best) {
                best = d2;
                bestIndex = int(i);
                bestSeries = int(s);
            }
        }
    }
    if (series)
        *series = bestSeries;
    return bestIndex;
}

// ---- painting -----------------------------------------------------------------------------------

void ScatterPlot::paintPlot(QPainter &painter, const QRectF &area) const
{
    const Layout l = layout(area);
    const QFontMetricsF fm = metrics();
    painter.save();
    drawAxes(painter, l.plot, l.x, l.y);
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Legend: centred entries above the plot.
    if (!mSeries.empty()) {
        const QString linkText = tr("same code");
        double total = 0.0;
        for (const Series &s : mSeries)
            total += 2.0 * kSwatch + 5.0 + fm.horizontalAdvance(s.name) + kLegendSpacing;
        if (mLinked && mSeries.size() >= 2)
            total += 16.0 + 5.0 + fm.horizontalAdvance(linkText) + kLegendSpacing;
        total -= kLegendSpacing;
        double x = std::max(l.legend.left(), l.legend.center().x() - total / 2.0);
        const double cy = l.legend.center().y();
        for (const Series &s : mSeries) {
            painter.setPen(QPen(s.color.darker(130), 1.0));
            painter.setBrush(s.color);
            painter.drawEllipse(QPointF(x + kSwatch, cy), kSwatch, kSwatch);
            x += 2.0 * kSwatch + 5.0;
            painter.setPen(foreground());
            const double w = fm.horizontalAdvance(s.name);
            painter.drawText(QRectF(x, l.legend.top(), w + 1.0, l.legend.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             s.name);
            x += w + kLegendSpacing;
        }
        if (mLinked && mSeries.size() >= 2) {
            painter.setPen(QPen(QColor(128, 128, 128), 1.0));
            painter.drawLine(QPointF(x, cy), QPointF(x + 16.0, cy));
            x += 16.0 + 5.0;
            painter.setPen(foreground());
            painter.drawText(QRectF(x, l.legend.top(), fm.horizontalAdvance(linkText) + 1.0, l.legend.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, linkText);
        }
    }

    painter.setClipRect(l.plot.adjusted(1, 1, -1, -1));
    const bool emphasis = !mEmphasised.empty();

    if (mLinked && mSeries.size() >= 2) {
        const std::vector<QPointF> &a = mSeries[0].points;
        const std::vector<QPointF> &b = mSeries[1].points;
        const size_t count = std::min(a.size(), b.size());
        for (size_t i = 0; i < count; ++i) {
            if (!finite(a[i]) || !finite(b[i]))
                continue;
            const int alpha = !emphasis || isEmphasised(int(i)) ? 150 : 40;
            painter.setPen(QPen(QColor(128, 128, 128, alpha), 1.0));
            painter.drawLine(map(l, a[i]), map(l, b[i]));
        }
    }

    // Faded points first, then normal or emphasised ones, then the highlight on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Series &s : mSeries) {
            for (size_t i = 0; i < s.points.size(); ++i) {
                if (!finite(s.points[i]))
                    continue;
                const bool faded = emphasis && !isEmphasised(int(i));
                if (faded != (pass == 0))
                    continue;
                const QPointF p = map(l, s.points[i]);
                if (faded) {
                    QColor c = s.color;
                    c.setAlpha(kFadedAlpha);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(c);
                    painter.drawEllipse(p, kFadedRadius, kFadedRadius);
                } else {
                    const double r = emphasis ? kEmphasisedRadius : kRadius;
                    painter.setPen(QPen(s.color.darker(140), 0.8));
                    painter.setBrush(s.color);
                    painter.drawEllipse(p, r, r);
                }
            }
        }
    }

    if (mHighlighted >= 0) {
        for (const Series &s : mSeries) {
            if (size_t(mHighlighted) >= s.points.size() || !finite(s.points[size_t(mHighlighted)]))
                continue;
            const QPointF p = map(l, s.points[size_t(mHighlighted)]);
            painter.setPen(QPen(s.color.darker(150), 1.0));
            painter.setBrush(s.color);
            painter.drawEllipse(p, kHighlightRadius, kHighlightRadius);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Base), 3.0));
            painter.drawEllipse(p, kHighlightRadius + 3.0, kHighlightRadius + 3.0);
            painter.setPen(QPen(foreground(), 1.5));
            painter.drawEllipse(p, kHighlightRadius + 3.0, kHighlightRadius + 3.0);
        }
    }
    painter.restore();
}

// ---- interaction --------------------------------------------------------------------------------

void ScatterPlot::mouseMoveEvent(QMouseEvent *event)
{
    int series = -1;
    const int index = pointAt(event->position(), &series);
    if (index != mHoverIndex || series != mHoverSeries) {
        if (index >= 0) {
            const Series &s = mSeries[size_t(series)];
            const QPointF p = s.points[size_t(index)];
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("code %1 (%2): (%3, %4)")
                                   .arg(QString::number(index), s.name, formatNumber(p.x(), 2), formatNumber(p.y(), 2)),
                               this);
        } else {
            QToolTip::hideText();
        }
        const bool indexChanged = index != mHoverIndex;
        mHoverIndex = index;
        mHoverSeries = series;
        if (indexChanged)
            Q_EMIT pointHovered(index);
    }
    PlotWidget::mouseMoveEvent(event);
}

void ScatterPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = pointAt(event->position());
        if (index >= 0) {
            Q_EMIT pointClicked(index);
            event->accept();
            return;
        }
    }
    PlotWidget::mousePressEvent(event);
}

void ScatterPlot::leaveEvent(QEvent *event)
{
    PlotWidget::leaveEvent(event);
    QToolTip::hideText();
    if (mHoverIndex >= 0) {
        mHoverIndex = mHoverSeries = -1;
        Q_EMIT pointHovered(-1);
    }
}

} // namespace gm::ui::plots

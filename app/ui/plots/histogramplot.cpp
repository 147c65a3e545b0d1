#include "plots/histogramplot.h"

#include "render/codepalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace gm::ui::plots {

namespace {

constexpr double kOutlinedSlot = 6.0; // bars at least this wide get gaps and outlines

} // namespace

HistogramPlot::HistogramPlot(QWidget *parent)
    : PlotWidget(parent)
{}

HistogramPlot::~HistogramPlot() = default;

void HistogramPlot::setCounts(std::vector<long long> counts)
{
    for (long long &c : counts)
        c = std::max(0LL, c);
    mCounts = std::move(counts);
    mTotal = std::accumulate(mCounts.begin(), mCounts.end(), 0LL);
    mMax = mCounts.empty() ? 0 : *std::max_element(mCounts.begin(), mCounts.end());
    if (mHighlighted >= int(mCounts.size()))
        mHighlighted = -1;
    mHoverCode = -1;
    updateOrder();
    update();
}

void HistogramPlot::setSortedByCount(bool sorted)
{
    if (sorted == mSorted)
        return;
    mSorted = sorted;
    updateOrder();
    update();
}

void HistogramPlot::setHighlighted(int code)
{
    if (code < 0 || code >= int(mCounts.size()))
        code = -1;
    if (code == mHighlighted)
        return;
    mHighlighted = code;
    update();
}

void HistogramPlot::updateOrder()
{
    mOrder.resize(mCounts.size());
    std::iota(mOrder.begin(), mOrder.end(), 0);
    if (mSorted)
        std::stable_sort(mOrder.begin(), mOrder.end(),
                         [this](int a, int b) { return mCounts[size_t(a)] > mCounts[size_t(b)]; });
    mRank.assign(mCounts.size(), 0);
    for (size_t position = 0; position < mOrder.size(); ++position)
        mRank[size_t(mOrder[position])] = int(position);
}

// ---- layout and hit tests -----------------------------------------------------------------------

HistogramPlot::Layout HistogramPlot::layout(const QRectF &area) const
{
    Layout l;
    const double n = double(std::max<size_t>(1, mCounts.size()));
    l.x = Axis{-0.5, n - 0.5, mSorted ? tr("codes by count (rank)") : tr("code"), true, false, false};
    l.y = Axis{0.0, std::max(1.0, double(mMax) * 1.05), tr("tokens"), true, false, true};
    l.plot = axesRect(area, l.x, l.y);
    l.slot = l.plot.width() / n;
    return l;
}

QRectF HistogramPlot::barRect(const Layout &l, int code) const
{
    if (code < 0 || code >= int(mCounts.size()))
        return {};
    const double left = l.plot.left() + mRank[size_t(code)] * l.slot;
    const double gap = l.slot >= kOutlinedSlot ? l.slot * 0.1 : 0.0;
    const double top = toPixelY(double(mCounts[size_t(code)]), l.y, l.plot);
    return QRectF(QPointF(left + gap, top), QPointF(left + l.slot - gap, l.plot.bottom()));
}

QRectF HistogramPlot::barRect(int code) const
{
    return barRect(layout(plotArea()), code);
}

int HistogramPlot::barAt(QPointF widgetPos) const
{
    if (mCounts.empty())
        return -1;
    const Layout l = layout(plotArea());
    if (widgetPos.x() < l.plot.left() || widgetPos.x() >= l.plot.right() || widgetPos.y() < l.plot.top()
        || widgetPos.y() > l.plot.bottom())
        return -1;
    const int position = std::clamp(int((widgetPos.x() - l.plot.left()) / l.slot), 0, int(mOrder.size()) - 1);
    return mOrder[size_t(position)];
}

// ---- painting -----------------------------------------------------------------------------------

void HistogramPlot::paintPlot(QPainter &painter, const QRectF &area) const
{
    if (mCounts.empty()) {
        painter.setPen(foreground());
        painter.drawText(area, Qt::AlignCenter, tr("No counts"));
        return;
    }
    const Layout l = layout(area);
    painter.save();
    drawAxes(painter, l.plot, l.x, l.y);

    const bool outlined = l.slot >= kOutlinedSlot;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setClipRect(l.plot);
    // Thin bars are drawn edge to edge, at least a pixel wide so that none vanishes, shortest
    // first: where several codes share a pixel column the tallest one shows, opaque.
    std::vector<int> drawOrder(mCounts.size());
    std::iota(drawOrder.begin(), drawOrder.end(), 0);
    if (l.slot < 1.5)
        std::stable_sort(drawOrder.begin(), drawOrder.end(),
                         [this](int a, int b) { return mCounts[size_t(a)] < mCounts[size_t(b)]; });
    for (int code : drawOrder) {
        if (mCounts[size_t(code)] == 0)
            continue;
        const QColor color = render::codeColor(code);
        QRectF bar = barRect(l, code);
        if (outlined) {
            painter.setPen(QPen(color.darker(135), 0));
            painter.setBrush(color);
            painter.drawRect(bar);
        } else {
            if (bar.width() < 1.0)
                bar = QRectF(bar.center().x() - 0.5, bar.top(), 1.0, bar.height());
            painter.fillRect(bar, color);
        }
    }

    if (mHighlighted >= 0) {
        QRectF bar = barRect(l, mHighlighted);
        if (bar.width() < 3.0)
            bar = QRectF(bar.center().x() - 1.5, bar.top(), 3.0, bar.height());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(render::codeColor(mHighlighted));
        painter.setPen(QPen(foreground(), 1.5));
        painter.drawRect(bar);
        // A marker above the bar, so that it shows even when the bar is a hairline or empty.
        const double cx = bar.center().x();
        const double tip = std::max(l.plot.top() + 7.0, bar.top() - 3.0);
        const QPointF triangle[3] = {{cx, tip}, {cx - 5.0, tip - 7.0}, {cx + 5.0, tip - 7.0}};
        painter.setBrush(foreground());
        painter.setPen(Qt::NoPen);
        painter.setClipping(false);
        painter.drawPolygon(triangle, 3);
    }
    painter.restore();
}

// ---- interaction --------------------------------------------------------------------------------

void HistogramPlot::mouseMoveEvent(QMouseEvent *event)
{
    const int code = barAt(event->position());
    if (code != mHoverCode) {
        mHoverCode = code;
        if (code >= 0) {
            const long long count = mCounts[size_t(code)];
            const double percent = mTotal > 0 ? 100.0 * double(count) / double(mTotal) : 0.0;
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("code %1: %2 tokens (%3 %)")
                                   .arg(QString::number(code), QString::number(count), formatNumber(percent, 1)),
                               this);
        } else {
            QToolTip::hideText();
        }
        Q_EMIT barHovered(code);
    }
    PlotWidget::mouseMoveEvent(event);
}

void HistogramPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int code = barAt(event->position());
        if (code >= 0) {
            Q_EMIT barClicked(code);
            event->accept();
            return;
        }
    }
    PlotWidget::mousePressEvent(event);
}

void HistogramPlot::leaveEvent(QEvent *event)
{
    PlotWidget::leaveEvent(event);
    QToolTip::hideText();
    if (mHoverCode >= 0) {
        mHoverCode = -1;
        Q_EMIT barHovered(-1);
    }
}

} // namespace gm::ui::plots

#pragma once

#include "plots/plotwidget.h"

#include <vector>

namespace gm::ui::plots {

/// Per-code token counts as bars coloured by codeColor(): in code order or sorted by count
/// (descending), one highlighted code, a footer (e.g. the perplexity). Works for 1–1024 codes:
/// bars thinner than a few pixels are drawn edge to edge as floating-width rectangles without
/// outlines.
class HistogramPlot : public PlotWidget
{
    Q_OBJECT

public:
    explicit HistogramPlot(QWidget *parent = nullptr);
    ~HistogramPlot() override;

    /// counts[i] is the number of tokens of code i (negative counts are shown as 0).
    void setCounts(std::vector<long long> counts);
    const std::vector<long long> &counts() const { return mCounts; }
    /// Bars in descending order of count (ties by code id) instead of code order.
    void setSortedByCount(bool sorted);
    bool isSortedByCount() const { return mSorted; }
    /// Marks the bar of `code`; −1: none.
    void setHighlighted(int code);
    int highlighted() const { return mHighlighted; }

    /// The code of the bar column under `widgetPos` (anywhere between the axis and the top of the
    /// plot, so thin and short bars are easy to hit), or −1.
    int barAt(QPointF widgetPos) const;
    /// The bar of `code` in this widget (an empty rectangle on the axis for a count of 0).
    QRectF barRect(int code) const;

Q_SIGNALS:
    /// The cursor moved onto another bar; −1 when it left the bars.
    void barHovered(int code);
    void barClicked(int code);

protected:
    void paintPlot(QPainter &painter, const QRectF &area) const override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF plot;
        Axis x;
        Axis y;
        double slot = 1.0; // horizontal pixels per code
    };
    Layout layout(const QRectF &area) const;
    QRectF barRect(const Layout &l, int code) const;
    void updateOrder();

    std::vector<long long> mCounts;
    std::vector<int> mOrder; // bar position → code
    std::vector<int> mRank;  // code → bar position
    long long mTotal = 0;
    long long mMax = 0;
    bool mSorted = false;
    int mHighlighted = -1;
    int mHoverCode = -1;
};

} // namespace gm::ui::plots

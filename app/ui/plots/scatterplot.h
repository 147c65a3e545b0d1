#pragma once

#include "plots/plotwidget.h"

#include <QColor>
#include <QPointF>

#include <vector>

namespace gm::ui::plots {

/// A 2-D scatter of several series whose point i is code i (e.g. a codebook and the embeddings it
/// projects to): automatic bounds with a 5 % margin, axes, a legend, optional grey links between
/// corresponding points of the first two series, one highlighted index and a set of emphasised ones.
class ScatterPlot : public PlotWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QColor color;
        std::vector<QPointF> points; ///< point i is code i
    };

    explicit ScatterPlot(QWidget *parent = nullptr);
    ~ScatterPlot() override;

    void setSeries(std::vector<Series> series);
    const std::vector<Series> &series() const { return mSeries; }
    void setAxisLabels(const QString &x, const QString &y);

    /// Draws a thin grey line from point i of series 0 to point i of series 1 (where both exist).
    void setLinked(bool linked);
    bool isLinked() const { return mLinked; }
    /// Draws point `index` of every series larger, with a ring; −1: none.
    void setHighlighted(int index);
    int highlighted() const { return mHighlighted; }
    /// Indices that are true are drawn opaque and larger, the others faded; empty: all normal.
    void setEmphasised(std::vector<bool> emphasised);

    /// The nearest point within 6 px of `widgetPos`: its index (and its series in `*series`), or −1.
    int pointAt(QPointF widgetPos, int *series = nullptr) const;
    /// Where point `index` of `series` is drawn in this widget.
    QPointF toWidget(int series, int index) const;

Q_SIGNALS:
    /// The cursor moved onto another point (its index); −1 when it left the points.
    void pointHovered(int index);
    void pointClicked(int index);

protected:
    void paintPlot(QPainter &painter, const QRectF &area) const override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF legend;
        QRectF plot;
        Axis x;
        Axis y;
    };
    Layout layout(const QRectF &area) const;
    QPointF map(const Layout &l, QPointF point) const;
    bool isEmphasised(int index) const;
    void updateBounds();

    std::vector<Series> mSeries;
    QString mXLabel;
    QString mYLabel;
    bool mLinked = false;
    int mHighlighted = -1;
    std::vector<bool> mEmphasised;
    QRectF mBounds{0, 0, 1, 1}; // data bounds with the margin
    int mHoverIndex = -1;
    int mHoverSeries = -1;
};

} // namespace gm::ui::plots

#pragma once

#include "plots/plotwidget.h"

#include <QImage>
#include <QRectF>

#include <vector>

namespace gm::ui::plots {

/// A square n × n matrix (e.g. the cosine similarities of a codebook) in a diverging blue–white–
/// red colour map on [−1, 1], with a colour bar and an optional footer. The cells are rendered once
/// into an n × n image and scaled without smoothing, so 1024 × 1024 stays fast. The wheel zooms
/// around the cursor (1×–32×), a left drag pans, a double click resets; hovering shows the value.
class HeatmapPlot : public PlotWidget
{
    Q_OBJECT

public:
    static constexpr double kMaxZoom = 32.0;

    explicit HeatmapPlot(QWidget *parent = nullptr);
    ~HeatmapPlot() override;

    /// Shows the row-major `values` of an n × n matrix and resets the zoom. Throws
    /// std::invalid_argument when n is negative or values.size() != n × n.
    void setMatrix(int n, std::vector<float> values);
    /// The matrix's side n (0 when empty).
    int dimension() const { return mN; }
    float value(int row, int column) const;

    /// Outlines the row and the column of `code`; −1: none.
    void setHighlight(int code);
    int highlight() const { return mHighlight; }

    /// How far the view is zoomed in: n / visible cells per side (1 = the whole matrix).
    double zoom() const;
    /// Shows the whole matrix.
    void resetZoom();
    /// Shows the cells in `cellsVisible` (x = columns, y = rows). The view stays square: it gets
    /// the larger side, at most n and at least n / 32, centred where asked, moved inside the matrix.
    void setView(const QRectF &cellsVisible);
    /// The visible cells (x = columns, y = rows).
    QRectF view() const { return mView; }

    /// The row under `widgetPos` (and its column in `*column`), or −1 outside the matrix.
    int cellAt(QPointF widgetPos, int *column = nullptr) const;
    /// Where the matrix is drawn in this widget.
    QRectF mapRect() const;

    /// The colour map: blue (−1), white (0), red (+1); values outside are clamped, NaN is grey.
    static QColor valueColor(float value);

Q_SIGNALS:
    /// The cursor moved onto another cell; (−1, −1) when it left the matrix.
    void cellHovered(int row, int column);
    /// A cell was clicked (pressed and released without dragging).
    void cellClicked(int row, int column);
    /// The zoom or the visible cells changed.
    void viewChanged();

protected:
    void paintPlot(QPainter &painter, const QRectF &area) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF map;
        QRectF bar;
    };
    Layout layout(const QRectF &area) const;
    void applyView(QRectF view);
    void zoomAround(QPointF widgetPos, double zoom);
    void hover(QPointF widgetPos, QPointF globalPos);

    int mN = 0;
    std::vector<float> mValues;
    QImage mImage; // n × n, one pixel per cell
    QRectF mView;  // visible cells
    int mHighlight = -1;

    int mHoverRow = -1;
    int mHoverColumn = -1;
    bool mPressed = false;
    bool mDragging = false;
    QPointF mPressPos;
    QRectF mPressView;
};

} // namespace gm::ui::plots

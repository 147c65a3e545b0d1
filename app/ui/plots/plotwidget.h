#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QPainter;

namespace gm::ui::plots {

/// One axis of a plot: the data range it shows and how its ticks are labelled.
struct Axis
{
    double min = 0.0;
    double max = 1.0;
    QString label;             ///< drawn under (x) or beside (y) the axis; empty: none
    bool integerTicks = false; ///< ticks only at whole numbers (code ids, ranks)
    bool reversed = false;     ///< a vertical axis that grows downwards (matrix rows)
    bool grid = true;          ///< faint lines across the plot at the ticks
};

/// The base of the QPainter plots: background, a title at the top, a footer line at the bottom,
/// shared axes with tick labels, and export to PNG and SVG (also from a context menu). Subclasses
/// only paint into the area between title and footer, so the widget, PNG and SVG look the same.
class PlotWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlotWidget(QWidget *parent = nullptr);
    ~PlotWidget() override;

    /// The title drawn at the top; also the accessible name and the SVG title.
    void setTitle(const QString &title);
    QString title() const { return mTitle; }
    /// One line of text under the plot (e.g. a summary statistic); empty: none.
    void setFooter(const QString &footer);
    QString footer() const { return mFooter; }

    /// Renders the plot into a `size` image (device pixel ratio 1) and saves it as PNG.
    /// On failure returns false and, when `error` is given, a message that names the file.
    bool exportPng(const QString &path, QSize size, QString *error = nullptr) const;
    /// Renders the plot as an SVG document of `size` whose title is the plot's title.
    bool exportSvg(const QString &path, QSize size, QString *error = nullptr) const;
    /// Whether an export of that size is possible (1 to 16384 pixels a side), and the message when not.
    static bool exportSizeAllowed(QSize size);
    static QString exportSizeError(const QString &name, QSize size);

    /// Paints the whole plot (background, title, footer, paintPlot) into `area` of `painter`.
    void renderPlot(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override { return {520, 420}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

    /// "Nice" tick values (1, 2, 2.5 or 5 × 10^k steps) inside [min, max], about `target` of them.
    static std::vector<double> niceTicks(double min, double max, int target, bool integerOnly = false);
    /// A tick label: as many decimals as `step` needs, a true minus sign.
    static QString formatTick(double value, double step);
    /// `value` with `decimals` decimals and a true minus sign (tooltips).
    static QString formatNumber(double value, int decimals);

protected:
    /// Paints the plot into `area` (the part of the widget or image between title and footer).
    virtual void paintPlot(QPainter &painter, const QRectF &area) const = 0;

    /// The area paintPlot gets for a whole widget or image area `area`.
    QRectF plotArea(const QRectF &area) const;
    /// The area paintPlot gets in this widget (for hit tests in widget coordinates).
    QRectF plotArea() const { return plotArea(QRectF(rect())); }
    /// The rectangle the data occupies inside `area` once room is left for `x` and `y`'s ticks
    /// and labels.
    QRectF axesRect(const QRectF &area, const Axis &x, const Axis &y) const;
    /// Draws the frame of `plot` with `x` ticks below and `y` ticks on the left, and the labels.
    void drawAxes(QPainter &painter, const QRectF &plot, const Axis &x, const Axis &y) const;
    /// Maps a data value of `x` to a pixel column of `plot`, and back.
    static double toPixelX(double value, const Axis &x, const QRectF &plot);
    static double fromPixelX(double pixel, const Axis &x, const QRectF &plot);
    /// Maps a data value of `y` to a pixel row of `plot` (upwards unless `y.reversed`), and back.
    static double toPixelY(double value, const Axis &y, const QRectF &plot);
    static double fromPixelY(double pixel, const Axis &y, const QRectF &plot);

    /// Metrics of the widget's font on this widget's screen (exports use the same resolution).
    QFontMetricsF metrics() const;
    /// A colour for axes, ticks and labels: the palette's text colour.
    QColor foreground() const;
    /// A faint colour for grid lines.
    QColor gridColor() const;

    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void exportInteractively(bool svg);
    QFont titleFont() const;
    double titleHeight() const;
    double footerHeight() const;
    std::vector<double> ticksFor(const Axis &axis, double pixels, bool horizontal) const;

    QString mTitle;
    QString mFooter;
};

} // namespace gm::ui::plots

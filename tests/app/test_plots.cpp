// The plot widgets of gm_plots on the offscreen platform: the code palette, the heatmap's hit tests,
// zoom and colours, the scatter's picking and links, the histogram's bars sorted and unsorted,
// hover and click signals from synthetic mouse events, and PNG/SVG export (also to bad paths).
// With GM_PLOTS_DIR set, the realistic 128-code renderings are written there to look at.

#include "plots/heatmapplot.h"
#include "plots/histogramplot.h"
#include "plots/scatterplot.h"
#include "render/codepalette.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

using namespace gm::ui::plots;
using gm::render::codeColor;
using gm::render::textColorOn;

namespace {

double rgbDistance(const QColor &a, const QColor &b)
{
    const double dr = a.red() - b.red(), dg = a.green() - b.green(), db = a.blue() - b.blue();
    return std::sqrt(dr * dr + dg * dg + db * db);
}

double hueDistance(const QColor &a, const QColor &b)
{
    const double d = std::abs(a.hsvHueF() - b.hsvHueF());
    return std::min(d, 1.0 - d);
}

/// Sum over the 3 × 3 pixels around `p` of how much `a` and `b` differ (all channels).
int neighbourhoodDifference(const QImage &a, const QImage &b, QPointF p)
{
    int sum = 0;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
            const QPoint q(int(p.x()) + dx, int(p.y()) + dy);
            const QColor ca = a.pixelColor(q), cb = b.pixelColor(q);
            sum += std::abs(ca.red() - cb.red()) + std::abs(ca.green() - cb.green()) + std::abs(ca.blue() - cb.blue());
        }
    return sum;
}

std::vector<float> cosineMatrix(const std::vector<std::vector<float>> &vectors)
{
    const size_t n = vectors.size();
    std::vector<float> m(n * n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j) {
            double dot = 0.0, ni = 0.0, nj = 0.0;
            for (size_t k = 0; k < vectors[i].size(); ++k) {
                dot += double(vectors[i][k]) * vectors[j][k];
                ni += double(vectors[i][k]) * vectors[i][k];
                nj += double(vectors[j][k]) * vectors[j][k];
            }
            m[i * n + j] = float(dot / std::sqrt(ni * nj));
        }
    return m;
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    QString outputPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("GM_PLOTS_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            return QDir(dir).filePath(name);
        return mDir.filePath(name);
    }

    QImage exported(const PlotWidget &plot, const QString &name)
    {
        const QString path = mDir.filePath(name);
        QString error;
        if (!plot.exportPng(path, plot.size(), &error))
            qWarning("%s", qPrintable(error));
        return QImage(path).convertToFormat(QImage::Format_RGB32);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void paletteIsStableAndDistinct()
    {
        for (int code = 0; code < 1024; ++code) {
            const QColor c = codeColor(code);
            QVERIFY(c.isValid());
            QCOMPARE(codeColor(code), c);
            QVERIFY2(c.hsvSaturationF() >= 0.54f && c.hsvSaturationF() <= 0.76f, qPrintable(QString::number(code)));
            QVERIFY2(c.valueF() >= 0.79f && c.valueF() <= 0.96f, qPrintable(QString::number(code)));
            // Neighbours are far apart on the colour wheel and in RGB.
            const QColor next = codeColor(code + 1);
            QVERIFY2(hueDistance(c, next) > 0.3, qPrintable(QString::number(code)));
            QVERIFY2(rgbDistance(c, next) > 80.0, qPrintable(QString::number(code)));
        }
        // The first codes (what a small codebook uses) are pairwise distinguishable.
        for (int a = 0; a < 24; ++a)
            for (int b = a + 1; b < 24; ++b)
                QVERIFY2(rgbDistance(codeColor(a), codeColor(b)) > 15.0,
                         qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
        QCOMPARE(codeColor(-1), QColor(150, 150, 150));

        QCOMPARE(textColorOn(Qt::white), QColor(Qt::black));
        QCOMPARE(textColorOn(Qt::black), QColor(Qt::white));
        QCOMPARE(textColorOn(QColor(255, 230, 80)), QColor(Qt::black));
        QCOMPARE(textColorOn(QColor(20, 30, 140)), QColor(Qt::white));
    }

    void ticksAreNice()
    {
        const std::vector<double> t = PlotWidget::niceTicks(0.0, 1.0, 5);
        QCOMPARE(t.size(), size_t(6));
        QCOMPARE(t.front(), 0.0);
        QVERIFY(std::abs(t[1] - 0.2) < 1e-12);
        QVERIFY(std::abs(t.back() - 1.0) < 1e-12);
        for (double v : PlotWidget::niceTicks(-0.5, 9.5, 20, true))
            QCOMPARE(v, std::round(v));
        QCOMPARE(PlotWidget::formatTick(-0.5, 0.25), QStringLiteral("\u22120.50"));
        QCOMPARE(PlotWidget::formatTick(40.0, 20.0), QStringLiteral("40"));
    }

    void titleIsTheAccessibleName()
    {
        HeatmapPlot plot;
        plot.setTitle(QStringLiteral("Codebook cosine"));
        QCOMPARE(plot.title(), QStringLiteral("Codebook cosine"));
        QCOMPARE(plot.accessibleName(), QStringLiteral("Codebook cosine"));
    }

    void heatmapChecksTheMatrixSize()
    {
        HeatmapPlot plot;
        plot.setMatrix(2, {1, 0, 0, 1});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, plot.setMatrix(3, std::vector<float>(8)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, plot.setMatrix(3, std::vector<float>(10)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, plot.setMatrix(-1, {}));
        QCOMPARE(plot.dimension(), 2); // unchanged by the failed calls
        QCOMPARE(plot.value(1, 1), 1.0f);
        plot.setMatrix(0, {});
        QCOMPARE(plot.dimension(), 0);
    }

    void heatmapCellAt()
    {
        HeatmapPlot plot;
        plot.resize(420, 380);
        plot.setMatrix(8, std::vector<float>(64, 0.0f));
        const QRectF map = plot.mapRect();
        QVERIFY(map.width() > 100.0);
        QCOMPARE(map.width(), map.height());
        QVERIFY(QRectF(plot.rect()).contains(map));
        const double s = map.width() / 8.0;
        QCOMPARE(plot.zoom(), 1.0);

        for (auto [row, column] : std::initializer_list<std::pair<int, int>>{{0, 0}, {7, 7}, {2, 5}, {6, 1}}) {
            int c = -2;
            const QPointF centre = map.topLeft() + QPointF((column + 0.5) * s, (row + 0.5) * s);
            QCOMPARE(plot.cellAt(centre, &c), row);
            QCOMPARE(c, column);
        }
        int c = -2;
        QCOMPARE(plot.cellAt(map.topLeft() + QPointF(0.5, 0.5), &c), 0);
        QCOMPARE(c, 0);
        QCOMPARE(plot.cellAt(map.bottomRight() - QPointF(0.5, 0.5), &c), 7);
        QCOMPARE(c, 7);
        QCOMPARE(plot.cellAt(map.topLeft() - QPointF(2, 2), &c), -1);
        QCOMPARE(c, -1);
        QCOMPARE(plot.cellAt(QPointF(map.right() + 3, map.center().y()), &c), -1);

        // Zoomed 4× onto columns 2–4 and rows 4–6.
        QSignalSpy viewChanged(&plot, &HeatmapPlot::viewChanged);
        plot.setView(QRectF(2, 4, 2, 2));
        QCOMPARE(viewChanged.count(), 1);
        QCOMPARE(plot.zoom(), 4.0);
        QCOMPARE(plot.mapRect(), map); // zooming never moves the map
        QCOMPARE(plot.cellAt(map.topLeft() + QPointF(1, 1), &c), 4);
        QCOMPARE(c, 2);
        QCOMPARE(plot.cellAt(map.topLeft() + QPointF(0.75 * map.width(), 0.25 * map.height()), &c), 4);
        QCOMPARE(c, 3);
        QCOMPARE(plot.cellAt(map.bottomRight() - QPointF(1, 1), &c), 5);
        QCOMPARE(c, 3);

        // The zoom is clamped to 32× and the view to the matrix.
        plot.setView(QRectF(7.9, 7.9, 0.01, 0.01));
        QCOMPARE(plot.zoom(), 32.0);
        QCOMPARE(plot.view(), QRectF(7.75, 7.75, 0.25, 0.25));
        plot.resetZoom();
        QCOMPARE(plot.zoom(), 1.0);
        QCOMPARE(plot.view(), QRectF(0, 0, 8, 8));

        // The wheel zooms around the cursor: the cell under it stays under it.
        const QPointF cursor = map.topLeft() + QPointF(6.3 * s, 5.6 * s);
        for (int notch = 0; notch < 6; ++notch) {
            QWheelEvent wheel(cursor, plot.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(&plot, &wheel);
            QCOMPARE(plot.cellAt(cursor, &c), 5);
            QCOMPARE(c, 6);
        }
        QVERIFY(std::abs(plot.zoom() - std::pow(1.25, 6)) < 1e-9);
        QWheelEvent out(cursor, plot.mapToGlobal(cursor), QPoint(), QPoint(0, -120 * 20), Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
        QApplication::sendEvent(&plot, &out);
        QCOMPARE(plot.zoom(), 1.0);

        // A left drag pans (a quarter of the map at 4× is half a cell), and is not a click.
        plot.setView(QRectF(2, 2, 2, 2));
        QSignalSpy clicked(&plot, &HeatmapPlot::cellClicked);
        const QPoint start = map.center().toPoint();
        QTest::mousePress(&plot, Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(&plot, start - QPoint(int(map.width() / 4), 0));
        QTest::mouseRelease(&plot, Qt::LeftButton, Qt::NoModifier, start - QPoint(int(map.width() / 4), 0));
        QVERIFY(std::abs(plot.view().left() - (2.0 + int(map.width() / 4) * 2.0 / map.width())) < 1e-9);
        QCOMPARE(plot.view().top(), 2.0);
        QCOMPARE(clicked.count(), 0);
        QTest::mouseDClick(&plot, Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseRelease(&plot, Qt::LeftButton, Qt::NoModifier, start);
        QCOMPARE(plot.zoom(), 1.0);
    }

    void heatmapPngHasTheColourMap()
    {
        HeatmapPlot plot;
        plot.resize(360, 300);
        plot.setTitle(QStringLiteral("known"));
        plot.setMatrix(3, {1, -1, 0, 0, 1, -1, -1, 0, 1});
        const QImage image = exported(plot, QStringLiteral("known.png"));
        QCOMPARE(image.size(), QSize(360, 300));
        const QRectF map = plot.mapRect();
        const double s = map.width() / 3.0;
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 3; ++column) {
                const QPoint p = (map.topLeft() + QPointF((column + 0.5) * s, (row + 0.5) * s)).toPoint();
                const QColor c = image.pixelColor(p);
                const float v = plot.value(row, column);
                const QString where = QStringLiteral("cell %1,%2 = %3: %4").arg(row).arg(column).arg(v).arg(c.name());
                if (v > 0.5f)
                    QVERIFY2(c.red() > 170 && c.green() < 60 && c.blue() < 80, qPrintable(where));
                else if (v < -0.5f)
                    QVERIFY2(c.blue() > 150 && c.red() < 60 && c.blue() > c.green(), qPrintable(where));
                else
                    QVERIFY2(c.red() > 235 && c.green() > 235 && c.blue() > 235, qPrintable(where));
            }
        // A highlighted code is outlined: the row band's edge is dark where the cell was white.
        plot.setHighlight(1);
        const QImage highlighted = exported(plot, QStringLiteral("known-highlight.png"));
        QVERIFY(highlighted != image);
    }

    void svgExportHasTheTitle()
    {
        HeatmapPlot plot;
        plot.resize(300, 260);
        plot.setTitle(QStringLiteral("Codebook cosine"));
        plot.setFooter(QStringLiteral("orthogonality 0.0123"));
        plot.setMatrix(2, {1, 0.5f, 0.5f, 1});
        const QString path = mDir.filePath(QStringLiteral("heatmap.svg"));
        QString error;
        QVERIFY2(plot.exportSvg(path, QSize(300, 260), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Codebook cosine"));
        QVERIFY(svg.contains("<title>Codebook cosine</title>"));
    }

    void exportToABadPathFails()
    {
        HistogramPlot plot;
        plot.setCounts({1, 2, 3});
        const QString png = mDir.filePath(QStringLiteral("no/such/folder/plot.png"));
        const QString svg = mDir.filePath(QStringLiteral("no/such/folder/plot.svg"));
        QString error;
        QVERIFY(!plot.exportPng(png, QSize(200, 100), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(png)), qPrintable(error));
        error.clear();
        QVERIFY(!plot.exportSvg(svg, QSize(200, 100), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(svg)), qPrintable(error));
        QVERIFY(!QFile::exists(png) && !QFile::exists(svg));
        error.clear();
        const QString empty = mDir.filePath(QStringLiteral("empty.png"));
        QVERIFY(!plot.exportPng(empty, QSize(0, 10), &error));
        QVERIFY2(error.contains(empty), qPrintable(error));
        QVERIFY(!plot.exportPng(png, QSize(200, 100), nullptr)); // no error out-parameter: no crash
    }

    void scatterPicksAndLinks()
    {
        ScatterPlot plot;
        plot.resize(440, 340);
        std::vector<QPointF> a, b;
        for (int i = 0; i < 10; ++i) {
            a.emplace_back(i, 5.0 + 0.3 * i);
            b.emplace_back(i + 0.4, -5.0 - 0.2 * i);
        }
        plot.setSeries({{QStringLiteral("DVQ codebook"), QColor(40, 110, 200), a},
                        {QStringLiteral("projected"), QColor(220, 110, 30), b}});
        plot.setAxisLabels(QStringLiteral("PC 1"), QStringLiteral("PC 2"));

        int series = -2;
        QCOMPARE(plot.pointAt(plot.toWidget(1, 3), &series), 3);
        QCOMPARE(series, 1);
        QCOMPARE(plot.pointAt(plot.toWidget(0, 7) + QPointF(3, 2), &series), 7);
        QCOMPARE(series, 0);
        QCOMPARE(plot.pointAt(plot.toWidget(0, 7) + QPointF(9, 0), &series), -1);
        QCOMPARE(series, -1);
        // Bounds with a margin: every point is inside the widget, not on its edge.
        for (int s = 0; s < 2; ++s)
            for (int i = 0; i < 10; ++i)
                QVERIFY(QRectF(plot.rect()).adjusted(20, 20, -10, -20).contains(plot.toWidget(s, i)));
        QVERIFY(plot.toWidget(0, 0).y() < plot.toWidget(1, 0).y()); // y grows upwards

        // A link is drawn halfway between corresponding points only when linked.
        const QPointF middle = (plot.toWidget(0, 5) + plot.toWidget(1, 5)) / 2.0;
        const QImage unlinked = exported(plot, QStringLiteral("unlinked.png"));
        plot.setLinked(true);
        const QImage linked = exported(plot, QStringLiteral("linked.png"));
        QVERIFY2(neighbourhoodDifference(linked, unlinked, middle) > 200,
                 qPrintable(QString::number(neighbourhoodDifference(linked, unlinked, middle))));
        // Left of the first link, nothing changes.
        const QPointF away(plot.toWidget(0, 0).x() - 10.0, middle.y());
        QCOMPARE(neighbourhoodDifference(linked, unlinked, away), 0);

        // Highlight and emphasis change the rendering; an empty emphasis is all normal.
        plot.setHighlighted(4);
        QVERIFY(exported(plot, QStringLiteral("hl.png")) != linked);
        plot.setHighlighted(-1);
        plot.setEmphasised({true, false, true});
        QVERIFY(exported(plot, QStringLiteral("em.png")) != linked);
        plot.setEmphasised({});
        QCOMPARE(exported(plot, QStringLiteral("normal.png")), linked);
    }

    void histogramBarsSortedAndUnsorted()
    {
        HistogramPlot plot;
        plot.resize(420, 300);
        plot.setCounts({5, 50, 10, 0, 30});
        auto inColumn = [&](int code) {
            const QRectF r = plot.barRect(code);
            return QPointF(r.center().x(), r.bottom() - 1.0);
        };
        for (int code = 0; code < 5; ++code)
            QCOMPARE(plot.barAt(inColumn(code)), code);
        QVERIFY(plot.barRect(0).left() < plot.barRect(1).left());
        QVERIFY(std::abs(plot.barRect(1).height() - 10.0 * plot.barRect(0).height()) < 1.0);
        QCOMPARE(plot.barRect(3).height(), 0.0);
        QCOMPARE(plot.barAt(QPointF(plot.barRect(3).center().x(), plot.barRect(1).top() + 2.0)), 3);
        QCOMPARE(plot.barAt(QPointF(2, 150)), -1);
        QCOMPARE(plot.barAt(QPointF(plot.barRect(1).center().x(), plot.height() - 2.0)), -1);

        plot.setSortedByCount(true);
        const std::vector<int> expected{1, 4, 2, 0, 3};
        for (size_t rank = 0; rank + 1 < expected.size(); ++rank)
            QVERIFY(plot.barRect(expected[rank]).left() < plot.barRect(expected[rank + 1]).left());
        for (int code = 0; code < 5; ++code)
            QCOMPARE(plot.barAt(inColumn(code)), code);
        const double leftmost = plot.barRect(1).center().x();
        QCOMPARE(plot.barAt(QPointF(leftmost, plot.barRect(1).bottom() - 1.0)), 1);
        plot.setSortedByCount(false);
        QCOMPARE(plot.barAt(QPointF(leftmost, plot.barRect(1).bottom() - 1.0)), 0);

        // 1024 codes on 400 pixels: bars thinner than a pixel still map to their codes and show.
        std::vector<long long> many(1024);
        for (size_t i = 0; i < many.size(); ++i)
            many[i] = 1 + (i * 37) % 101;
        plot.setCounts(many);
        QVERIFY(plot.barRect(700).width() < 1.0);
        QCOMPARE(plot.barAt(plot.barRect(700).center()), 700);
        QCOMPARE(plot.barAt(plot.barRect(0).center()), 0);
        QCOMPARE(plot.barAt(plot.barRect(1023).center()), 1023);
        const QImage image = exported(plot, QStringLiteral("many.png"));
        image.save(outputPath(QStringLiteral("histogram-1024.png")));
        const QRectF r = plot.barRect(500);
        int saturation = 0;
        for (int x = int(std::floor(r.left())) - 1; x <= int(std::ceil(r.right())) + 1; ++x)
            saturation = std::max(saturation, image.pixelColor(x, int(r.bottom() - 3.0)).hsvSaturation());
        QVERIFY2(saturation > 80, qPrintable(QString::number(saturation))); // coloured, not the background
    }

    void hoverAndClickSignals()
    {
        HeatmapPlot heatmap;
        heatmap.resize(300, 300);
        heatmap.setMatrix(4, std::vector<float>(16, 0.25f));
        ScatterPlot scatter;
        scatter.resize(300, 300);
        scatter.setSeries({{QStringLiteral("a"), Qt::red, {{0, 0}, {1, 1}, {2, 0.5}}}});
        HistogramPlot histogram;
        histogram.resize(300, 300);
        histogram.setCounts({3, 1, 2});
        // One window at a time: the offscreen platform sends the moves to the window under the cursor.
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));

        QSignalSpy cell(&heatmap, &HeatmapPlot::cellHovered);
        QSignalSpy cellClick(&heatmap, &HeatmapPlot::cellClicked);
        const QRectF map = heatmap.mapRect();
        const QPoint inCell = (map.topLeft() + QPointF(2.5 * map.width() / 4, 1.5 * map.height() / 4)).toPoint();
        QTest::mouseMove(&heatmap, inCell);
        QTRY_COMPARE(cell.count(), 1);
        QCOMPARE(cell.last().at(0).toInt(), 1);
        QCOMPARE(cell.last().at(1).toInt(), 2);
        QCOMPARE(QToolTip::text(), QStringLiteral("codes 1 and 2: cosine 0.250"));
        QTest::mouseMove(&heatmap, inCell + QPoint(1, 1)); // the same cell: no signal
        QTest::mouseMove(&heatmap, QPoint(2, 2));          // off the map
        QTRY_COMPARE(cell.count(), 2);
        QCOMPARE(cell.last().at(0).toInt(), -1);
        QTest::mouseClick(&heatmap, Qt::LeftButton, Qt::NoModifier, inCell);
        QCOMPARE(cellClick.count(), 1);
        QCOMPARE(cellClick.last().at(0).toInt(), 1);
        QCOMPARE(cellClick.last().at(1).toInt(), 2);

        heatmap.hide();
        scatter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scatter));
        QSignalSpy point(&scatter, &ScatterPlot::pointHovered);
        QSignalSpy pointClick(&scatter, &ScatterPlot::pointClicked);
        QTest::mouseMove(&scatter, scatter.toWidget(0, 2).toPoint());
        QTRY_COMPARE(point.count(), 1);
        QCOMPARE(point.last().at(0).toInt(), 2);
        QCOMPARE(QToolTip::text(), QStringLiteral("code 2 (a): (2.00, 0.50)"));
        QTest::mouseClick(&scatter, Qt::LeftButton, Qt::NoModifier, scatter.toWidget(0, 1).toPoint());
        QCOMPARE(pointClick.count(), 1);
        QCOMPARE(pointClick.last().at(0).toInt(), 1);

        scatter.hide();
        histogram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&histogram));
        QSignalSpy bar(&histogram, &HistogramPlot::barHovered);
        QSignalSpy barClick(&histogram, &HistogramPlot::barClicked);
        QTest::mouseMove(&histogram, histogram.barRect(2).center().toPoint());
        QTRY_COMPARE(bar.count(), 1);
        QCOMPARE(bar.last().at(0).toInt(), 2);
        QCOMPARE(QToolTip::text(), QStringLiteral("code 2: 2 tokens (33.3 %)"));
        QTest::mouseClick(&histogram, Qt::LeftButton, Qt::NoModifier, histogram.barRect(0).center().toPoint());
        QCOMPARE(barClick.count(), 1);
        QCOMPARE(barClick.last().at(0).toInt(), 0);
    }

    void bigHeatmap()
    {
        HeatmapPlot plot;
        plot.resize(600, 560);
        std::vector<float> values(1024 * 1024);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = float(std::sin(double(i % 1024) * 0.01) * std::cos(double(i / 1024) * 0.02));
        plot.setMatrix(1024, std::move(values));
        plot.setView(QRectF(500, 500, 32, 32));
        QCOMPARE(plot.zoom(), 32.0);
        QString error;
        QVERIFY2(plot.exportPng(outputPath(QStringLiteral("heatmap-1024-zoom32.png")), plot.size(), &error),
                 qPrintable(error));
        int column = -1;
        QCOMPARE(plot.cellAt(plot.mapRect().topLeft() + QPointF(1, 1), &column), 500);
        QCOMPARE(column, 500);
    }

    void realisticPlots()
    {
        // A 128-code codebook of 32-d vectors with a few near-duplicate pairs, its 2-D projection and
        // the projection of the embeddings it maps to, and a Zipf-like usage histogram.
        constexpr int kCodes = 128;
        constexpr double kPi = 3.14159265358979323846;
        QRandomGenerator random(7);
        auto gauss = [&random] {
            const double u = std::max(1e-12, random.generateDouble()), v = random.generateDouble();
            return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * kPi * v);
        };
        std::vector<std::vector<float>> codebook(kCodes, std::vector<float>(32));
        for (int i = 0; i < kCodes; ++i)
            for (float &x : codebook[size_t(i)])
                x = float(gauss());
        for (int i = 0; i < 12; ++i)
            for (size_t k = 0; k < 32; ++k)
                codebook[size_t(i * 9 + 3)][k] = codebook[size_t(i * 9)][k] + 0.4f * float(gauss());

        HeatmapPlot heatmap;
        heatmap.resize(640, 560);
        heatmap.setTitle(QStringLiteral("DVQ codebook: cosine similarity"));
        heatmap.setMatrix(kCodes, cosineMatrix(codebook));
        heatmap.setFooter(QStringLiteral("orthogonality mean((\u0108\u0108\u1d40 \u2212 I)\u00b2) = 0.0312"));
        heatmap.setHighlight(17);

        ScatterPlot scatter;
        scatter.resize(640, 520);
        scatter.setTitle(QStringLiteral("Codebook and embeddings (PCA)"));
        std::vector<QPointF> codes, embeddings;
        for (int i = 0; i < kCodes; ++i) {
            const QPointF p(codebook[size_t(i)][0] * 0.4, codebook[size_t(i)][1] * 0.3);
            codes.push_back(p);
            embeddings.push_back(p * 0.8 + QPointF(0.25 + 0.05 * gauss(), -0.1 + 0.05 * gauss()));
        }
        scatter.setSeries({{QStringLiteral("DVQ codebook"), QColor(31, 119, 180), codes},
                           {QStringLiteral("GPT-2 embeddings"), QColor(230, 120, 20), embeddings}});
        scatter.setAxisLabels(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
        scatter.setLinked(true);
        std::vector<bool> used(kCodes);
        for (int i = 0; i < kCodes; ++i)
            used[size_t(i)] = i % 5 != 0;
        scatter.setEmphasised(used);
        scatter.setHighlighted(17);

        HistogramPlot histogram;
        histogram.resize(640, 360);
        histogram.setTitle(QStringLiteral("Code usage (test split)"));
        std::vector<long long> counts(kCodes);
        for (int i = 0; i < kCodes; ++i)
            counts[size_t(i)]
                = i % 11 == 4
                      ? 0
                      : (long long)(3000.0 / std::pow(1 + (i * 37) % kCodes, 0.75) + 30 * random.generateDouble());
        histogram.setCounts(counts);
        histogram.setFooter(QStringLiteral("perplexity 76.6 of 128"));
        histogram.setHighlighted(17);

        HistogramPlot sorted;
        sorted.resize(640, 360);
        sorted.setTitle(QStringLiteral("Code usage, sorted"));
        sorted.setCounts(counts);
        sorted.setSortedByCount(true);
        sorted.setHighlighted(17);

        QString error;
        using Output = std::pair<const PlotWidget *, const char *>;
        for (auto [plot, name] : std::initializer_list<Output>{{&heatmap, "heatmap"},
                                                               {&scatter, "scatter"},
                                                               {&histogram, "histogram"},
                                                               {&sorted, "histogram-sorted"}}) {
            const QString png = outputPath(QLatin1String(name) + QLatin1String(".png"));
            QVERIFY2(plot->exportPng(png, plot->size(), &error), qPrintable(error));
            QVERIFY2(plot->exportSvg(outputPath(QLatin1String(name) + QLatin1String(".svg")), plot->size(), &error),
                     qPrintable(error));
            const QImage image(png);
            QCOMPARE(image.size(), plot->size());
            // Not blank: many colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, name);
        }
        heatmap.setView(QRectF(8, 8, 24, 24));
        QVERIFY2(heatmap.exportPng(outputPath(QStringLiteral("heatmap-zoomed.png")), heatmap.size(), &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestPlots)
#include "test_plots.moc"

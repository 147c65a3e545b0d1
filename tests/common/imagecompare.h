#pragma once

// Baseline-image comparison for render tests.
//
// Metric: a pixel differs when any of its R, G, B channels differs by more than
// kChannelTolerance (of 255) from the baseline; an image matches when at most
// kMaxDifferingFraction of its pixels differ and the sizes agree. This absorbs the rounding
// differences between Mesa versions and GPUs (a shading change of a few levels, edge pixels
// of rasterised triangles) and still fails on any visible change: a moved bone, a missing
// shadow or a changed colour each change far more than 0.5 % of a 320×240 image.
//
// A missing baseline is written from the actual image (then the test fails: inspect it and
// commit it); a mismatch writes "<name>.actual.png" and "<name>.diff.png" (differing pixels in
// red) next to the baseline for inspection.

#include <QDir>
#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace gm::test {

constexpr int kChannelTolerance = 24;
constexpr double kMaxDifferingFraction = 0.005;

struct ImageComparison
{
    bool matches = false;
    QString message;
};

inline ImageComparison compareWithBaseline(const QImage &actualIn, const QString &baselineDir, const QString &name)
{
    const QImage actual = actualIn.convertToFormat(QImage::Format_RGB32);
    const QString path = QDir(baselineDir).filePath(name + QStringLiteral(".png"));
    const QImage baseline(path);
    if (baseline.isNull()) {
        QDir().mkpath(baselineDir);
        actual.save(path);
        return {false,
                QStringLiteral("no baseline %1: wrote the actual image there; inspect it and commit it").arg(path)};
    }
    const QImage expected = baseline.convertToFormat(QImage::Format_RGB32);
    if (expected.size() != actual.size()) {
        actual.save(QDir(baselineDir).filePath(name + QStringLiteral(".actual.png")));
        return {false, QStringLiteral("%1: size %2x%3, baseline %4x%5")
                           .arg(name)
                           .arg(actual.width())
                           .arg(actual.height())
                           .arg(expected.width())
                           .arg(expected.height())};
    }
    QImage diff(actual.size(), QImage::Format_RGB32);
    qint64 differing = 0;
    int worst = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const QRgb *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        QRgb *out = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int d = std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])),
                                    std::abs(qBlue(a[x]) - qBlue(e[x]))});
            worst = std::max(worst, d);
            const bool differs = d > kChannelTolerance;
            differing += differs ? 1 : 0;
            const int grey = qGray(e[x]) / 3;
            out[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
        }
    }
    const double fraction = double(differing) / double(qint64(actual.width()) * actual.height());
    const QString summary
        = QStringLiteral("%1: %2 % of pixels differ by more than %3 (limit %4 %), largest difference %5")
              .arg(name)
              .arg(fraction * 100.0, 0, 'f', 3)
              .arg(kChannelTolerance)
              .arg(kMaxDifferingFraction * 100.0)
              .arg(worst);
    if (fraction > kMaxDifferingFraction) {
        actual.save(QDir(baselineDir).filePath(name + QStringLiteral(".actual.png")));
        diff.save(QDir(baselineDir).filePath(name + QStringLiteral(".diff.png")));
        return {false, summary};
    }
    return {true, summary};
}

} // namespace gm::test

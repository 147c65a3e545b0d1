// The sparse projection of spec §3.1 is PyTorch's, bit for bit (digest of the matrix made by
// tests/tools/make_projection_golden.py with python3-torch), and the motion rows it initialises
// carry the mean norm of the text embeddings.

#include "ml/sparseprojection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gm::ml;

class TestSparseProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesPyTorch()
    {
        QFile f(QStringLiteral(GM_FIXTURES_DIR "/sparse_projection.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(f.readAll()).object();
        const at::Tensor p = sparseProjection(512, 768);
        QCOMPARE(p.sizes().vec(), (std::vector<std::int64_t>{512, 768}));
        const at::Tensor flat = p.flatten();
        const at::Tensor nz = at::nonzero(flat).flatten();
        QCOMPARE(nz.numel(), std::int64_t(golden.value(QStringLiteral("nonzero")).toInt()));
        QCOMPARE((flat.masked_select(flat != 0) > 0).sum().item<std::int64_t>() * 2 - nz.numel(),
                 std::int64_t(golden.value(QStringLiteral("sign_sum")).toInt()));
        const QJsonArray indices = golden.value(QStringLiteral("first_indices")).toArray();
        const QJsonArray values = golden.value(QStringLiteral("first_values")).toArray();
        for (int i = 0; i < indices.size(); ++i) {
            QCOMPARE(nz[i].item<std::int64_t>(), std::int64_t(indices.at(i).toDouble()));
            QCOMPARE(flat[nz[i]].item<float>(), float(values.at(i).toDouble()));
        }
        // ±√10 / √512 with probability 0.05 each.
        QVERIFY(std::abs(flat.abs().max().item<double>() - std::sqrt(10.0 / 512.0)) < 1e-6);
        const at::Tensor codebook = at::arange(512 * 512, at::kFloat).reshape({512, 512}).sin();
        const at::Tensor e = at::matmul(codebook, p);
        const QJsonArray sums = golden.value(QStringLiteral("projected_column_sums")).toArray();
        for (int i = 0; i < sums.size(); ++i)
            QVERIFY(std::abs(e.sum(0)[i].item<double>() - sums.at(i).toDouble()) < 1e-2);
        QVERIFY(std::abs(e.to(at::kDouble).sum().item<double>()
                         - golden.value(QStringLiteral("projected_total")).toDouble())
                < 1e-1);
    }

    void motionRowsCarryTheTextNorm()
    {
        at::manual_seed(3);
        const at::Tensor wte = at::randn({600, 768}) * 0.3;
        const at::Tensor rows = projectedMotionRows(at::randn({16, 512}), sparseProjection(512, 768), wte, 580);
        QCOMPARE(rows.sizes().vec(), (std::vector<std::int64_t>{16, 768}));
        const double target = wte.slice(0, 0, 580).norm(2, 1).mean().item<double>();
        QVERIFY(((rows.norm(2, 1) - target).abs() < 1e-4).all().item<bool>());
    }
};

QTEST_GUILESS_MAIN(TestSparseProjection)
#include "test_sparseprojection.moc"

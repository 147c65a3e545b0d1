// The DVQ tokenizer behind MotionTokenizer: numerical parity with an independent PyTorch
// implementation (tests/tools/make_dvq_golden.py, outputs in tests/data/dvq_small), the official
// sizes (27,832,583 parameters, tensor names as in spec §2.6), the opt-in .pt path, and model
// directories that are wrong in every way we could think of.

#include "common/dvqspec.h"
#include "common/gmtest.h"
#include "io/npy.h"
#include "ml/modelerror.h"
#include "ml/motiontokenizer.h"
#include "ml/safetensors.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace gm::ml;

namespace {

const std::string kSmall = GM_FIXTURES_DIR "/dvq_small";

std::vector<float> npyFloats(const std::string &path)
{
    return gm::motion::readNpy(path).toFloat32();
}

double maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    return worst;
}

void writeStats(const QString &dir, int dim)
{
    gm::motion::writeNpy(
        QDir(dir).filePath(QStringLiteral("mean.npy")).toStdString(),
        gm::motion::NpyArray::fromFloat32({std::size_t(dim)}, std::vector<float>(std::size_t(dim), 0.0f)));
    gm::motion::writeNpy(
        QDir(dir).filePath(QStringLiteral("std.npy")).toStdString(),
        gm::motion::NpyArray::fromFloat32({std::size_t(dim)}, std::vector<float>(std::size_t(dim), 1.0f)));
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}

QString loadError(const std::string &path, const TokenizerLoadOptions &options = {})
{
    try {
        MotionTokenizer::load(path, options);
    } catch (const ModelError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestMotionTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesThePyTorchReference()
    {
        const auto tokenizer = MotionTokenizer::load(kSmall, {"cpu", false});
        const TokenizerInfo &info = tokenizer->info();
        QCOMPARE(info.featureDim, 263);
        QCOMPARE(info.codes, 16);
        QCOMPARE(info.downsampling, 8);
        QCOMPARE(info.parameters, std::int64_t(130679)); // what PyTorch counts for this config
        QCOMPARE(info.device, std::string("cpu"));

        const std::vector<float> features = npyFloats(kSmall + "/features.npy");
        const Tokens tokens = tokenizer->encode(features, 37);
        const auto expectedIds = gm::motion::readNpy(kSmall + "/tokens.npy").toInt64();
        QCOMPARE(tokens.ids, expectedIds);
        const double logitError = maxAbsDiff(tokens.logits, npyFloats(kSmall + "/logits.npy"));
        QVERIFY2(logitError < 1e-4, qPrintable(QString::number(logitError)));
        for (std::size_t t = 0; t < tokens.ids.size(); ++t) {
            double sum = 0.0;
            for (int k = 0; k < 16; ++k)
                sum += tokens.probabilities[t * 16 + std::size_t(k)];
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }

        const std::vector<float> decoded = tokenizer->decode(tokens.ids);
        QCOMPARE(decoded.size(), std::size_t(32 * 263));
        const double decodeError = maxAbsDiff(decoded, npyFloats(kSmall + "/decoded.npy"));
        QVERIFY2(decodeError < 1e-4, qPrintable(QString::number(decodeError)));
    }

    void pickleIsOptIn()
    {
        const QString refused = loadError(kSmall + "/vqvae.pt");
        QVERIFY2(refused.contains(QLatin1String("pickle")), qPrintable(refused));
        const auto tokenizer = MotionTokenizer::load(kSmall + "/vqvae.pt", {"cpu", true});
        const Tokens tokens = tokenizer->encode(npyFloats(kSmall + "/features.npy"), 37);
        QVERIFY(maxAbsDiff(tokens.logits, npyFloats(kSmall + "/logits.npy")) < 1e-4);
    }

    void officialSizes()
    {
        QTemporaryDir dir;
        writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")).toStdString(),
                         gm::test::randomTensors(gm::test::officialDvqTensors()));
        writeText(dir.filePath(QStringLiteral("config.json")),
                  R"({"model_type": "geomotiongpt", "motion_vocab_size": 512, "motion_input_dim": 263,
                      "motion_hidden_dim": 512, "motion_down_t": 3, "motion_depth": 3,
                      "motion_dilation_growth_rate": 3, "vocab_size": 50772})");
        writeStats(dir.path(), 263);
        const auto tokenizer = MotionTokenizer::load(dir.path().toStdString(), {"cpu", false});
        QCOMPARE(tokenizer->info().parameters, std::int64_t(27832583));
        std::vector<float> features(196 * 263);
        std::mt19937 random(3);
        std::normal_distribution<float> normal;
        for (float &v : features)
            v = normal(random);
        const Tokens tokens = tokenizer->encode(features, 196);
        QCOMPARE(tokens.ids.size(), std::size_t(24)); // ⌊196 / 8⌋
        QCOMPARE(tokens.logits.size(), std::size_t(24 * 512));
        QCOMPARE(tokenizer->decode(tokens.ids).size(), std::size_t(192 * 263));
        // T = 199 → 24 tokens, T = 20 → 2 (spec §2.3).
        features.resize(199 * 263, 0.5f);
        QCOMPARE(tokenizer->encode(features, 199).ids.size(), std::size_t(24));
        features.resize(20 * 263);
        QCOMPARE(tokenizer->encode(features, 20).ids.size(), std::size_t(2));
    }

    void badModels_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing tensor") << "missing"
                                        << "missing 1 tensor(s): motion_tokenizer.decoder.model.7.bias";
        QTest::newRow("wrong shape")
            << "shape"
            << "tensor 'motion_tokenizer.encoder.model.0.weight': shape [32, 251, 3], expected "
               "[32, 263, 3]";
        QTest::newRow("unexpected tensor") << "extra"
                                           << "unexpected tensor 'motion_tokenizer.encoder.model.9.weight'";
        QTest::newRow("no config") << "noconfig"
                                   << "no config.json";
        QTest::newRow("bad config") << "badconfig"
                                    << "motion_depth: expected a positive whole number";
        QTest::newRow("no statistics") << "nostats"
                                       << "no mean.npy (or Mean.npy)";
        QTest::newRow("wrong statistics") << "wrongstats"
                                          << "expected [263], got float32 [251]";
        QTest::newRow("truncated weights") << "truncated"
                                           << "header length";
        QTest::newRow("missing directory") << "nodir"
                                           << "no such file or directory";
    }

    void badModels()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (const char *name : {"config.json", "model.safetensors", "mean.npy", "std.npy"})
            QVERIFY(QFile::copy(QString::fromStdString(kSmall + "/" + name), dir.filePath(QLatin1String(name))));
        const std::string weights = dir.filePath(QStringLiteral("model.safetensors")).toStdString();
        auto rewrite = [&](auto &&change) {
            const SafetensorsFile file(kSmall + "/model.safetensors");
            std::vector<NamedTensor> tensors;
            for (const TensorInfo &t : file.tensors())
                tensors.push_back({t.name, t.shape, file.toFloat32(t)});
            change(tensors);
            writeSafetensors(weights, tensors);
        };
        if (kind == QLatin1String("missing")) {
            rewrite([](std::vector<NamedTensor> &t) {
                t.erase(std::find_if(t.begin(), t.end(), [](const NamedTensor &n) {
                    return n.name == "motion_tokenizer.decoder.model.7.bias";
                }));
            });
        } else if (kind == QLatin1String("shape")) {
            rewrite([](std::vector<NamedTensor> &t) {
                for (NamedTensor &n : t)
                    if (n.name == "motion_tokenizer.encoder.model.0.weight") {
                        n.shape = {32, 251, 3};
                        n.data.resize(32 * 251 * 3);
                    }
            });
        } else if (kind == QLatin1String("extra")) {
            rewrite([](std::vector<NamedTensor> &t) {
                t.push_back({"motion_tokenizer.encoder.model.9.weight", {2}, {1, 2}});
            });
        } else if (kind == QLatin1String("noconfig")) {
            QFile::remove(dir.filePath(QStringLiteral("config.json")));
        } else if (kind == QLatin1String("badconfig")) {
            QFile::remove(dir.filePath(QStringLiteral("config.json")));
            writeText(dir.filePath(QStringLiteral("config.json")), R"({"motion_depth": -2})");
        } else if (kind == QLatin1String("nostats")) {
            QFile::remove(dir.filePath(QStringLiteral("mean.npy")));
        } else if (kind == QLatin1String("wrongstats")) {
            writeStats(dir.path(), 251);
        } else if (kind == QLatin1String("truncated")) {
            QFile f(QString::fromStdString(weights));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(1000);
        }
        const std::string path = kind == QLatin1String("nodir") ? "/nonexistent/model" : dir.path().toStdString();
        const QString error = loadError(path, {"cpu", false});
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void badInput()
    {
        const auto tokenizer = MotionTokenizer::load(kSmall, {"cpu", false});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer->encode(std::vector<float>(7 * 263), 7));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer->encode(std::vector<float>(10), 16));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer->decode({1, 16}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer->decode({-1}));
        QVERIFY(tokenizer->decode({}).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MotionTokenizer::load(kSmall, {"tpu", false}));
    }
};

QTEST_GUILESS_MAIN(TestMotionTokenizer)
#include "test_motiontokenizer.moc"

// A short DVQ training run on a tiny config (the smoke test of issue 7): the loss falls, the
// checkpoint is a model directory MotionTokenizer loads (deterministically), a resumed run ends
// where an uninterrupted one does, and cancelling saves a resumable state.

#include "common/gmtest.h"
#include "io/npy.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "ml/safetensors.h"
#include "ml/tokenizertrainer.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace gm::ml;

namespace {

// A HumanML3D-layout folder of 40-frame pieces of the example clip's features.
bool makeCorpus(const QString &root)
{
    const QString source = gm::test::dataPath(QStringLiteral("humanml3d/new_joint_vecs/012314.npy"));
    if (source.isEmpty() || !QDir().mkpath(root + QStringLiteral("/new_joint_vecs")))
        return false;
    const auto a = gm::motion::readNpy(source.toStdString());
    const std::vector<float> all = a.toFloat32();
    for (int start = 0, i = 0; start + 40 <= int(a.shape[0]); start += 10, ++i) {
        std::vector<float> piece(all.begin() + std::ptrdiff_t(start) * 263,
                                 all.begin() + std::ptrdiff_t(start + 40) * 263);
        gm::motion::writeNpy(
            QStringLiteral("%1/new_joint_vecs/%2.npy").arg(root).arg(i, 3, 10, QLatin1Char('0')).toStdString(),
            gm::motion::NpyArray::fromFloat32({40, 263}, piece));
    }
    return true;
}

TokenizerTrainingOptions tiny(const QString &data, const QString &out)
{
    TokenizerTrainingOptions o;
    o.data = data.toStdString();
    o.output = out.toStdString();
    o.codes = 8;
    o.width = 16;
    o.depth = 1;
    o.epochs = 8;
    o.batchSize = 4;
    o.learningRate = 3e-3;
    o.device = "cpu";
    o.seed = 7;
    return o;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTokenizerTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        configureThreads(1);
        QVERIFY(mData.isValid());
        QVERIFY2(makeCorpus(mData.path()), "the example clip is missing");
    }

    void lossFallsAndTheCheckpointLoads()
    {
        QTemporaryDir out;
        std::vector<double> epochLoss(8, 0.0);
        std::vector<int> steps(8, 0);
        double lastEta = -1;
        const TrainingResult r = trainTokenizer(tiny(mData.path(), out.path()), [&](const TrainingProgress &p) {
            if (std::isnan(p.validation)) {
                epochLoss[std::size_t(p.epoch)] += p.loss;
                ++steps[std::size_t(p.epoch)];
                lastEta = p.secondsLeft;
            }
        });
        QCOMPARE(r.epochsRun, 8);
        QCOMPARE(r.trainClips + r.validationClips, 14);
        QVERIFY(r.validationClips >= 1);
        QVERIFY(lastEta >= 0.0);
        const double first = epochLoss.front() / steps.front(), last = epochLoss.back() / steps.back();
        QVERIFY2(last < first, qPrintable(QStringLiteral("%1 → %2").arg(first).arg(last)));

        // The official layout: MotionTokenizer loads it, twice with the same tokens.
        for (const char *name : {"config.json", "model.safetensors", "mean.npy", "std.npy"})
            QVERIFY2(QFile::exists(out.filePath(QLatin1String(name))), name);
        const auto a = MotionTokenizer::load(out.path().toStdString(), {"cpu", false});
        const auto b = MotionTokenizer::load(out.path().toStdString(), {"cpu", false});
        QCOMPARE(a->info().codes, 8);
        QCOMPARE(a->info().width, 16);
        const auto clip = gm::motion::readNpy(mData.filePath(QStringLiteral("new_joint_vecs/003.npy")).toStdString());
        const Tokens ta = a->encode(clip.toFloat32(), 40), tb = b->encode(clip.toFloat32(), 40);
        QCOMPARE(ta.ids, tb.ids);
        QCOMPARE(ta.logits, tb.logits);
        QCOMPARE(ta.ids.size(), std::size_t(5));
    }

    void resumingEndsWhereAStraightRunEnds()
    {
        QTemporaryDir straight, resumed;
        trainTokenizer(tiny(mData.path(), straight.path()));
        TokenizerTrainingOptions half = tiny(mData.path(), resumed.path());
        std::atomic<bool> cancel{false};
        int stepsSeen = 0;
        const TrainingResult first = trainTokenizer(
            half,
            [&](const TrainingProgress &p) {
                if (std::isnan(p.validation) && ++stepsSeen == 7)
                    cancel = true;
            },
            &cancel);
        QVERIFY(first.cancelled);
        QVERIFY(QFile::exists(resumed.filePath(QStringLiteral("trainer_state.safetensors"))));
        half.resume = true;
        const TrainingResult second = trainTokenizer(half);
        QVERIFY(!second.cancelled);
        QVERIFY(second.epochsRun < 8);
        QCOMPARE(bytes(resumed.filePath(QStringLiteral("model.safetensors"))),
                 bytes(straight.filePath(QStringLiteral("model.safetensors"))));
    }

    // The codebook's start: Uniform(±1/K) by default (the first commit), Normal(0, σ) on request.
    void codebookInitialisation()
    {
        for (double sigma : {0.0, 1.0}) {
            QTemporaryDir out;
            TokenizerTrainingOptions o = tiny(mData.path(), out.path());
            o.epochs = 1;
            o.learningRate = 1e-8; // leave the start as it was
            o.codebookSigma = sigma;
            trainTokenizer(o);
            const gm::ml::SafetensorsFile file(out.filePath(QStringLiteral("model.safetensors")).toStdString());
            const std::vector<float> c = file.toFloat32(*file.find("motion_tokenizer.quantizer.codebook.weight"));
            double squares = 0, largest = 0;
            for (float v : c) {
                squares += double(v) * v;
                largest = std::max(largest, double(std::abs(v)));
            }
            const double deviation = std::sqrt(squares / double(c.size()));
            if (sigma == 0.0)
                QVERIFY2(largest <= 1.0 / 8 + 1e-6, qPrintable(QString::number(largest))); // K = 8
            else
                QVERIFY2(std::abs(deviation - 1.0) < 0.2, qPrintable(QString::number(deviation)));
        }
    }

    void badOptions()
    {
        QTemporaryDir out;
        TokenizerTrainingOptions o = tiny(mData.path(), out.path());
        o.window = 30; // not a multiple of 8
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainTokenizer(o));
        o = tiny(QStringLiteral("/nonexistent"), out.path());
        QVERIFY_THROWS_EXCEPTION(std::exception, trainTokenizer(o));
    }

private:
    QTemporaryDir mData;
};

QTEST_GUILESS_MAIN(TestTokenizerTrainer)
#include "test_tokenizertrainer.moc"

// The captioner training smoke test of issue 7: a few epochs of a tiny GPT-2 on a tiny corpus whose
// captions follow its motion codes. The loss falls; the checkpoint is a complete model directory
// whose reloaded captioner reproduces the validation loss the trainer measured; fine-tuning a
// plain GPT-2 leaves its text rows alone (up to the release's weight decay); a resumed run ends
// bit for bit where a straight one does.

#include "common/gmtest.h"
#include "io/npy.h"
#include "ml/captioner.h"
#include "ml/captionertrainer.h"
#include "ml/modelerror.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "ml/safetensors.h"
#include "ml/sparseprojection.h"

#include <ATen/ATen.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cctype>
#include <cmath>
#include <random>

using namespace gm::ml;

namespace {

const char *const kCaptions[2][2] = {{"a person walks forward.", "someone walks ahead slowly."},
                                     {"a person jumps up and down.", "the man jumps in place."}};

// 24 clips: even ones use codes 0–7 and walk, odd ones codes 8–15 and jump. 4 are validation and
// 2 test (never trained on).
bool makeCorpus(const QString &root)
{
    QDir dir(root);
    if (!dir.mkpath(QStringLiteral("texts")) || !dir.mkpath(QStringLiteral("motion_tokens")))
        return false;
    std::mt19937 random(5);
    QFile val(dir.filePath(QStringLiteral("val.txt"))), test(dir.filePath(QStringLiteral("test.txt")));
    if (!val.open(QIODevice::WriteOnly) || !test.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < 24; ++i) {
        const QString id = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        const int kind = i % 2;
        std::vector<std::int64_t> codes(std::size_t(5 + i % 6));
        for (std::int64_t &c : codes)
            c = kind * 8 + std::int64_t(random() % 8);
        gm::motion::writeNpy(dir.filePath(QStringLiteral("motion_tokens/%1.npy").arg(id)).toStdString(),
                             gm::motion::NpyArray::fromInt64({codes.size()}, codes));
        QFile text(dir.filePath(QStringLiteral("texts/%1.txt").arg(id)));
        if (!text.open(QIODevice::WriteOnly))
            return false;
        for (const char *caption : kCaptions[kind])
            text.write(QByteArray(caption) + "#a/DET person/NOUN#0.0#0.0\n");
        if (i >= 18 && i < 22)
            val.write(id.toUtf8() + '\n');
        else if (i >= 22)
            test.write(id.toUtf8() + '\n');
    }
    return true;
}

CaptionerTrainingOptions tiny(const QString &data, const QString &out)
{
    CaptionerTrainingOptions o;
    o.data = data.toStdString();
    o.output = out.toStdString();
    o.dvq = QStringLiteral(GM_FIXTURES_DIR "/dvq_small").toStdString();
    o.tokenizerFiles
        = QFileInfo(gm::test::dataPath(QStringLiteral("gpt2-tokenizer/encoder.json"))).absolutePath().toStdString();
    o.layers = 1;
    o.heads = 2;
    o.embedding = 16;
    o.positions = 64;
    o.epochs = 10;
    o.batchSize = 4;
    o.learningRate = 1e-2;
    o.lossOn = CaptionerTrainingOptions::LossOn::Caption;
    o.device = "cpu";
    return o;
}

// Adds −log p(ids[t] | ids[..t]) for t ≥ first to sum, one count each: the reloaded model's side
// of the trainer's validation cross-entropy.
void addCrossEntropy(const Captioner &captioner, const std::vector<int> &ids, std::size_t first, double &sum,
                     int &count)
{
    const std::vector<float> logits = captioner.logits(ids);
    const int V = captioner.vocabularySize();
    for (std::size_t t = first; t < ids.size(); ++t) {
        const float *row = logits.data() + (t - 1) * std::size_t(V);
        double m = -INFINITY, z = 0.0;
        for (int v = 0; v < V; ++v)
            m = std::max(m, double(row[v]));
        for (int v = 0; v < V; ++v)
            z += std::exp(double(row[v]) - m);
        sum += m + std::log(z) - double(row[ids[t]]);
        ++count;
    }
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

at::Tensor tensorOf(const SafetensorsFile &file, const std::string &name)
{
    const TensorInfo *info = file.find(name);
    if (!info)
        return {};
    std::vector<float> v = file.toFloat32(*info);
    return at::from_blob(v.data(), info->shape, at::kFloat).clone();
}

// A random plain GPT-2 (vocabulary 50257) in Hugging Face's layout.
void writePlainGpt2(const QString &dir)
{
    at::manual_seed(3);
    const std::int64_t C = 16;
    std::vector<NamedTensor> t;
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape, double scale, double offset = 0.0) {
        const at::Tensor v = (at::randn(shape) * scale + offset).contiguous();
        t.push_back({name, shape, std::vector<float>(v.data_ptr<float>(), v.data_ptr<float>() + v.numel())});
    };
    add("transformer.wte.weight", {50257, C}, 0.1);
    add("transformer.wpe.weight", {64, C}, 0.02);
    const std::string b = "transformer.h.0.";
    add(b + "ln_1.weight", {C}, 0.01, 1.0);
    add(b + "ln_1.bias", {C}, 0.01);
    add(b + "attn.c_attn.weight", {C, 3 * C}, 0.05);
    add(b + "attn.c_attn.bias", {3 * C}, 0.01);
    add(b + "attn.c_proj.weight", {C, C}, 0.05);
    add(b + "attn.c_proj.bias", {C}, 0.01);
    add(b + "ln_2.weight", {C}, 0.01, 1.0);
    add(b + "ln_2.bias", {C}, 0.01);
    add(b + "mlp.c_fc.weight", {C, 4 * C}, 0.05);
    add(b + "mlp.c_fc.bias", {4 * C}, 0.01);
    add(b + "mlp.c_proj.weight", {4 * C, C}, 0.05);
    add(b + "mlp.c_proj.bias", {C}, 0.01);
    add("transformer.ln_f.weight", {C}, 0.01, 1.0);
    add("transformer.ln_f.bias", {C}, 0.01);
    writeSafetensors(QDir(dir).filePath(QStringLiteral("model.safetensors")).toStdString(), t);
    QFile config(QDir(dir).filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"model_type": "gpt2", "vocab_size": 50257, "n_positions": 64, "n_embd": 16,
                     "n_layer": 1, "n_head": 2, "n_inner": null})");
}

} // namespace

class TestCaptionerTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        configureThreads(1);
        if (gm::test::dataPath(QStringLiteral("gpt2-tokenizer/encoder.json")).isEmpty())
            QFAIL(qPrintable(gm::test::missingDataMessage(QStringLiteral("gpt2-tokenizer/encoder.json"))));
        QVERIFY(mData.isValid());
        QVERIFY(makeCorpus(mData.path()));
    }

    void lossFallsAndTheCheckpointReloads()
    {
        QTemporaryDir out;
        std::vector<double> epochLoss(10, 0.0);
        std::vector<int> steps(10, 0);
        const TrainingResult r
            = trainCaptioner(tiny(mData.path(), out.path()), [&](const CaptionerTrainingProgress &p) {
                  if (std::isnan(p.validation)) {
                      epochLoss[std::size_t(p.epoch)] += p.loss;
                      ++steps[std::size_t(p.epoch)];
                  }
              });
        QCOMPARE(r.epochsRun, 10);
        QCOMPARE(r.trainClips, 18);
        QCOMPARE(r.validationClips, 4); // the 2 test clips are never used
        const double first = epochLoss.front() / steps.front(), last = epochLoss.back() / steps.back();
        QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 → %2").arg(first).arg(last)));

        // A complete model directory: both halves load from it alone.
        for (const char *name :
             {"config.json", "model.safetensors", "mean.npy", "std.npy", "encoder.json", "vocab.bpe"})
            QVERIFY2(QFile::exists(out.filePath(QLatin1String(name))), name);
        QCOMPARE(MotionTokenizer::load(out.path().toStdString(), {"cpu", false})->info().codes, 16);
        const auto captioner = Captioner::load(out.path().toStdString(), {"cpu", {}});
        QCOMPARE(captioner->motionCodes(), 16);

        // The reloaded weights give the validation cross-entropy the trainer measured (first
        // caption of each validation clip, loss on the caption and <|endoftext|>).
        double sum = 0.0;
        int count = 0;
        for (int i = 18; i < 22; ++i) {
            const std::vector<std::int64_t> codes = clipCodes(i);
            const std::string text = trainingPrompt(codes) + kCaptions[i % 2][0] + "<|endoftext|>";
            const std::vector<int> ids = captioner->encode(text);
            QCOMPARE(ids[5], 50257 + 16);
            const std::size_t captionStart = trainingCaptionStart(codes);
            addCrossEntropy(*captioner, ids, captionStart, sum, count);
        }
        for (int i : {18, 19}) {
            const std::vector<std::int64_t> codes = clipCodes(i);
            // Already after ten tiny epochs the caption follows the codes.
            const std::string caption = captioner->caption(codes).text;
            const bool walks = caption.find("walk") != std::string::npos,
                       jumps = caption.find("jump") != std::string::npos;
            QVERIFY2(i % 2 == 0 ? walks && !jumps : jumps && !walks, caption.c_str());
        }
        QVERIFY2(std::abs(sum / count - r.bestValidation) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum / count).arg(r.bestValidation)));
    }

    // Motion-code noise replaces training codes only. With a third of them random the captions
    // still follow the codes; with every one random there is nothing to follow: the model no
    // longer tells a walk's codes from a jump's.
    void motionNoiseReplacesTrainingCodes()
    {
        // How much likelier, per caption token, each validation clip's own caption is than the
        // other kind's.
        const auto margin = [this](const QString &dir) {
            const auto captioner = Captioner::load(dir.toStdString(), {"cpu", {}});
            double sum = 0.0;
            for (int i = 18; i < 22; ++i) {
                const std::vector<std::int64_t> codes = clipCodes(i);
                const std::string prompt = trainingPrompt(codes);
                double own = 0.0, other = 0.0;
                int ownCount = 0, otherCount = 0;
                const std::size_t captionStart = trainingCaptionStart(codes);
                addCrossEntropy(*captioner, captioner->encode(prompt + kCaptions[i % 2][0] + "<|endoftext|>"),
                                captionStart, own, ownCount);
                addCrossEntropy(*captioner, captioner->encode(prompt + kCaptions[1 - i % 2][0] + "<|endoftext|>"),
                                captionStart, other, otherCount);
                sum += other / otherCount - own / ownCount;
            }
            return sum / 4.0;
        };
        QTemporaryDir cleanOut, someOut, allOut;
        trainCaptioner(tiny(mData.path(), cleanOut.path()));
        CaptionerTrainingOptions o = tiny(mData.path(), someOut.path());
        o.motionTokenNoise = 0.3;
        trainCaptioner(o);
        o.output = allOut.path().toStdString();
        o.motionTokenNoise = 1.0;
        trainCaptioner(o);
        const double clean = margin(cleanOut.path()), some = margin(someOut.path()), all = margin(allOut.path());
        qInfo("own caption's margin over the other's (nats per token): clean %.3f, 30 %% noise %.3f, all noise "
              "%.3f",
              clean, some, all);
        QVERIFY(clean > 0.2 && some > 0.05);
        QVERIFY(std::abs(all) < 0.25 * some);
    }

    // Trained on the sequences generation sees (the prompt's [220, 198, 220], then the caption
    // without its leading space), the validation loss is that of captioner.prompt() + caption.
    void inferenceFormIsWhatGenerationSees()
    {
        QTemporaryDir out;
        CaptionerTrainingOptions o = tiny(mData.path(), out.path());
        o.inferenceFormProbability = 1.0;
        const TrainingResult r = trainCaptioner(o);
        const auto captioner = Captioner::load(out.path().toStdString(), {"cpu", {}});
        double sum = 0.0;
        int count = 0;
        for (int i = 18; i < 22; ++i) {
            const std::vector<std::int64_t> codes = clipCodes(i);
            std::vector<int> ids = captioner->prompt(codes);
            const std::size_t captionStart = ids.size();
            for (int id : captioner->encode(kCaptions[i % 2][0]))
                ids.push_back(id);
            ids.push_back(50256);
            addCrossEntropy(*captioner, ids, captionStart, sum, count);
            const std::string caption = captioner->caption(codes).text;
            // The first word follows the prompt directly (trained on the release's form alone, a small
            // model begins its captions after the extra space with ", ").
            QVERIFY2(!caption.empty() && std::isalpha(static_cast<unsigned char>(caption[0])), caption.c_str());
        }
        QVERIFY2(std::abs(sum / count - r.bestValidation) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum / count).arg(r.bestValidation)));
    }

    void fineTuningKeepsTheTextRows()
    {
        QTemporaryDir base, out;
        writePlainGpt2(base.path());
        CaptionerTrainingOptions o = tiny(mData.path(), out.path());
        o.base = base.path().toStdString();
        o.epochs = 2;
        o.lossOn = CaptionerTrainingOptions::LossOn::All;
        trainCaptioner(o);
        const SafetensorsFile before(base.filePath(QStringLiteral("model.safetensors")).toStdString());
        const SafetensorsFile after(out.filePath(QStringLiteral("model.safetensors")).toStdString());
        const at::Tensor wte0 = tensorOf(before, "transformer.wte.weight");
        const at::Tensor wte = tensorOf(after, "language_model.transformer.wte.weight");
        QCOMPARE(wte.size(0), 50257 + 16 + 3);
        // Frozen text rows only shrink by the release's decoupled weight decay: (1 − lr·0.01) per
        // step, with the per-epoch cosine learning rate (5 steps per epoch).
        double factor = 1.0;
        for (int epoch = 0; epoch < 2; ++epoch) {
            const double lr = 1e-6 + (1e-2 - 1e-6) * 0.5 * (1.0 + std::cos(M_PI * epoch / 4.0));
            for (int s = 0; s < 5; ++s)
                factor *= 1.0 - lr * 0.01;
        }
        const double textError = (wte.slice(0, 0, 50257) - wte0 * factor).abs().max().item<double>();
        QVERIFY2(textError < 1e-6, qPrintable(QString::number(textError)));
        // The motion rows started from the sparse projection of the DVQ codebook and were trained.
        const SafetensorsFile dvq(GM_FIXTURES_DIR "/dvq_small/model.safetensors");
        const at::Tensor initial = projectedMotionRows(tensorOf(dvq, "motion_tokenizer.quantizer.codebook.weight"),
                                                       sparseProjection(32, 16), wte0);
        const at::Tensor motion = wte.slice(0, 50257, 50257 + 16);
        const double cosine = at::cosine_similarity(motion, initial, 1).mean().item<double>();
        QVERIFY2(cosine > 0.8, qPrintable(QString::number(cosine)));
        QVERIFY((motion - initial).abs().max().item<double>() > 1e-4);
        // Everything else was trained.
        QVERIFY(!at::equal(tensorOf(after, "language_model.transformer.h.0.mlp.c_fc.weight"),
                           tensorOf(before, "transformer.h.0.mlp.c_fc.weight")));
    }

    void resumingEndsWhereAStraightRunEnds()
    {
        QTemporaryDir straight, resumed;
        trainCaptioner(tiny(mData.path(), straight.path()));
        CaptionerTrainingOptions o = tiny(mData.path(), resumed.path());
        std::atomic<bool> cancel{false};
        int stepsSeen = 0;
        const TrainingResult first = trainCaptioner(
            o,
            [&](const CaptionerTrainingProgress &p) {
                if (std::isnan(p.validation) && ++stepsSeen == 12)
                    cancel = true;
            },
            &cancel);
        QVERIFY(first.cancelled);
        o.resume = true;
        const TrainingResult second = trainCaptioner(o);
        QVERIFY(!second.cancelled);
        QCOMPARE(second.epochsRun, 8); // 5 steps per epoch: cancelled in epoch 3, resumed from its start
        QCOMPARE(bytes(resumed.filePath(QStringLiteral("model.safetensors"))),
                 bytes(straight.filePath(QStringLiteral("model.safetensors"))));
    }

    void halfPrecisionMatchesPyTorch()
    {
        // floatToHalf (the --half writer) rounds as PyTorch's .half() does, specials included.
        at::manual_seed(11);
        at::Tensor x = at::cat({at::randn({50000}) * 3.0, at::randn({20000}) * 1e-5, at::randn({20000}) * 3e4,
                                at::tensor({0.0f, -0.0f, 65504.0f, 65519.0f, 65520.0f, 1e9f, -1e9f, 5.96e-8f, 2.98e-8f,
                                            INFINITY, -INFINITY})});
        const at::Tensor reference = x.to(at::kHalf).view(at::kShort);
        const float *v = x.data_ptr<float>();
        const std::int16_t *r = reference.data_ptr<std::int16_t>();
        for (std::int64_t i = 0; i < x.numel(); ++i)
            if (floatToHalf(v[i]) != std::uint16_t(r[i]))
                QFAIL(qPrintable(QStringLiteral("%1: %2 vs %3").arg(double(v[i])).arg(floatToHalf(v[i])).arg(r[i])));
        QCOMPARE(floatToHalf(NAN) & 0x7C00u, 0x7C00u);
        QVERIFY(floatToHalf(NAN) & 0x3FFu);
    }

    void badInput()
    {
        QTemporaryDir out, empty, base;
        QVERIFY_THROWS_EXCEPTION(ModelError, trainCaptioner(tiny(empty.path(), out.path())));
        CaptionerTrainingOptions o = tiny(mData.path(), out.path());
        o.base = GM_FIXTURES_DIR "/dvq_small"; // a GeoMotionGPT model, not a plain GPT-2
        QVERIFY_THROWS_EXCEPTION(ModelError, trainCaptioner(o));
        o = tiny(mData.path(), out.path());
        o.embedding = 15; // not a multiple of the heads
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainCaptioner(o));
    }

private:
    // The motion codes of fixture clip i (18..21: the validation clips).
    std::vector<std::int64_t> clipCodes(int i) const
    {
        const QString name = QStringLiteral("motion_tokens/%1.npy").arg(i, 3, 10, QLatin1Char('0'));
        return gm::motion::readNpy(mData.filePath(name).toStdString()).toInt64();
    }

    // The training form of the release's prompt (16 codes: <SOM> is 16, <EOM> 17), up to the caption.
    static std::string trainingPrompt(const std::vector<std::int64_t> &codes)
    {
        std::string text = "Generate text: <motion_id_16>";
        for (std::int64_t c : codes)
            text += "<motion_id_" + std::to_string(c) + ">";
        return text + "<motion_id_17> \n ";
    }

    // Where the caption's ids begin in trainingPrompt(codes) + caption: the 5 ids before <SOM>,
    // <SOM>, the codes, <EOM>, then the 2 of " \n".
    static std::size_t trainingCaptionStart(const std::vector<std::int64_t> &codes) { return 5 + codes.size() + 2 + 2; }

    QTemporaryDir mData;
};

QTEST_GUILESS_MAIN(TestCaptionerTrainer)
#include "test_captionertrainer.moc"

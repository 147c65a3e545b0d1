// GPT-2 with motion tokens behind Captioner: logits parity with an independent PyTorch GPT-2
// (tests/tools/make_gpt2_golden.py → tests/data/dvq_small), the KV cache against a full forward,
// greedy and seeded sampling, forbidding motion ids, cancelling, post-processing, and broken
// model directories.

#include "common/gmtest.h"
#include "ml/captioner.h"
#include "ml/gpt2.h"
#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace gm::ml;

namespace {

const std::string kModel = GM_FIXTURES_DIR "/dvq_small";

QJsonObject goldenCase()
{
    QFile f(QString::fromStdString(kModel + "/gpt2_case.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<int> intsOf(const QJsonArray &a)
{
    std::vector<int> v;
    for (const QJsonValue &x : a)
        v.push_back(x.toInt());
    return v;
}

CaptionerLoadOptions options()
{
    CaptionerLoadOptions o;
    o.device = "cpu";
    o.tokenizerDirectory = gm::test::dataPath(QStringLiteral("gpt2-tokenizer")).toStdString();
    return o;
}

} // namespace

class TestCaptioner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_DATA(tokenizer, "gpt2-tokenizer/encoder.json");
        mCaptioner = Captioner::load(kModel, options());
        mCase = goldenCase();
        QVERIFY(!mCase.isEmpty());
    }

    void promptAndVocabulary()
    {
        QCOMPARE(mCaptioner->motionCodes(), 16);
        QCOMPARE(mCaptioner->vocabularySize(), 50257 + 16 + 3);
        std::vector<std::int64_t> codes;
        for (int c : intsOf(mCase.value(QStringLiteral("codes")).toArray()))
            codes.push_back(c);
        QCOMPARE(mCaptioner->prompt(codes), intsOf(mCase.value(QStringLiteral("prompt")).toArray()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mCaptioner->prompt({16}));
    }

    void logitsMatchThePyTorchReference()
    {
        const std::vector<int> prompt = intsOf(mCase.value(QStringLiteral("prompt")).toArray());
        const std::vector<float> logits = mCaptioner->logits(prompt);
        const std::size_t V = std::size_t(mCaptioner->vocabularySize());
        QCOMPARE(logits.size(), prompt.size() * V);
        const QJsonArray sums = mCase.value(QStringLiteral("position_sum")).toArray();
        const QJsonArray maxima = mCase.value(QStringLiteral("position_max")).toArray();
        const std::vector<int> argmax = intsOf(mCase.value(QStringLiteral("position_argmax")).toArray());
        for (std::size_t t = 0; t < prompt.size(); ++t) {
            const float *row = logits.data() + t * V;
            double sum = 0.0;
            for (std::size_t v = 0; v < V; ++v)
                sum += row[v];
            const auto best = std::max_element(row, row + V);
            QVERIFY2(std::abs(sum - sums.at(int(t)).toDouble()) < 0.05, qPrintable(QString::number(sum)));
            QVERIFY(std::abs(*best - maxima.at(int(t)).toDouble()) < 1e-4);
            QCOMPARE(int(best - row), argmax[t]);
        }
        const float *last = logits.data() + (prompt.size() - 1) * V;
        const std::vector<int> topIds = intsOf(mCase.value(QStringLiteral("last_top_ids")).toArray());
        const QJsonArray topLogits = mCase.value(QStringLiteral("last_top_logits")).toArray();
        for (std::size_t i = 0; i < topIds.size(); ++i)
            QVERIFY(std::abs(last[topIds[i]] - topLogits.at(int(i)).toDouble()) < 1e-4);
    }

    void greedyMatchesAndIsDeterministic()
    {
        std::vector<std::int64_t> codes{14, 2, 2, 1};
        const Caption a = mCaptioner->caption(codes);
        QCOMPARE(a.ids, intsOf(mCase.value(QStringLiteral("greedy")).toArray()));
        QCOMPARE(a.logProbabilities.size(), a.ids.size());
        for (float lp : a.logProbabilities)
            QVERIFY(lp <= 0.0f && std::isfinite(lp));
        QCOMPARE(mCaptioner->caption(codes).ids, a.ids);
        QCOMPARE(a.raw, mCaptioner->decode(a.ids));
        CaptionOptions shortOne;
        shortOne.maxNewTokens = 5;
        QCOMPARE(mCaptioner->caption(codes, shortOne).ids, std::vector<int>(a.ids.begin(), a.ids.begin() + 5));
    }

    // The KV cache gives the logits of a full forward, position by position.
    void cacheMatchesFullForward()
    {
        const SafetensorsFile file(kModel + "/model.safetensors");
        Gpt2Config c;
        c.vocab_size = 50276;
        c.n_positions = 64;
        c.n_embd = 16;
        c.n_layer = 2;
        c.n_head = 2;
        const Gpt2 model = Gpt2::load(file, "language_model.", c);
        const std::vector<std::int64_t> ids{8645, 378, 2420, 25, 220, 50273, 50271, 50259, 220, 198, 11, 257, 1048};
        c10::InferenceMode inference;
        const at::Tensor full = model.forward(at::tensor(ids, at::kLong).view({1, -1}))[0];
        KvCache cache;
        at::Tensor pieces = model.forward(
            at::tensor(std::vector<std::int64_t>(ids.begin(), ids.begin() + 6), at::kLong).view({1, -1}), &cache)[0];
        for (std::size_t i = 6; i < ids.size(); ++i)
            pieces = at::cat({pieces, model.forward(at::full({1, 1}, ids[i], at::kLong), &cache)[0]});
        QCOMPARE(cache.length, std::int64_t(ids.size()));
        const double diff = (full - pieces).abs().max().item<double>();
        QVERIFY2(diff < 1e-5, qPrintable(QString::number(diff)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.forward(at::zeros({1, 65}, at::kLong)));
    }

    void samplingIsSeeded()
    {
        CaptionOptions o;
        o.decoding = CaptionOptions::Decoding::Sample;
        o.temperature = 1.5;
        o.topK = 50;
        o.topP = 0.95;
        o.seed = 11;
        const Caption a = mCaptioner->caption({14, 2, 2, 1}, o);
        const Caption b = mCaptioner->caption({14, 2, 2, 1}, o);
        QCOMPARE(a.ids, b.ids);
        o.seed = 12;
        const Caption c = mCaptioner->caption({14, 2, 2, 1}, o);
        QVERIFY(a.ids != c.ids);
        o.topK = 1; // top-1 sampling is greedy
        QCOMPARE(mCaptioner->caption({14, 2, 2, 1}, o).ids, mCaptioner->caption({14, 2, 2, 1}).ids);
        o.temperature = 0.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mCaptioner->caption({1}, o));
    }

    // Beam search: width 1 is greedy; a wider beam finds a sequence at least as likely (per
    // token, with length penalty 1) as greedy's, and is deterministic.
    void beamSearch()
    {
        CaptionOptions o;
        o.decoding = CaptionOptions::Decoding::Beam;
        o.maxNewTokens = 8;
        o.beams = 1;
        CaptionOptions greedy;
        greedy.maxNewTokens = 8;
        QCOMPARE(mCaptioner->caption({14, 2, 2, 1}, o).ids, mCaptioner->caption({14, 2, 2, 1}, greedy).ids);
        o.beams = 4;
        const Caption wide = mCaptioner->caption({14, 2, 2, 1}, o);
        const Caption narrow = mCaptioner->caption({14, 2, 2, 1}, greedy);
        auto mean = [](const Caption &c) {
            double s = 0.0;
            for (float v : c.logProbabilities)
                s += v;
            return s / std::max<std::size_t>(c.logProbabilities.size(), 1);
        };
        QVERIFY2(mean(wide) >= mean(narrow) - 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mean(wide)).arg(mean(narrow))));
        QCOMPARE(mCaptioner->caption({14, 2, 2, 1}, o).ids, wide.ids);
        o.beams = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mCaptioner->caption({1}, o));
    }

    void motionIdsCanBeForbidden()
    {
        CaptionOptions o;
        o.forbidMotionIds = true;
        o.decoding = CaptionOptions::Decoding::Sample;
        o.temperature = 3.0;
        const Caption c = mCaptioner->caption({14, 2, 2, 1}, o);
        QVERIFY(!c.ids.empty());
        for (int id : c.ids)
            QVERIFY(id < 50257);
    }

    void cancelStopsWithinOneToken()
    {
        std::atomic<bool> cancel{false};
        int calls = 0;
        std::string seen;
        const Caption c = mCaptioner->caption(
            {14, 2, 2, 1}, {},
            [&](const std::string &text, int) {
                ++calls;
                seen = text;
                cancel = true;
            },
            &cancel);
        QVERIFY(c.cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(c.ids.size(), std::size_t(1));
        QCOMPARE(c.raw, seen);
    }

    void postProcessing_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("caption");
        QTest::newRow("plain") << " a person walks forward. "
                               << "a person walks forward.";
        QTest::newRow("quotes") << " \"a person jumps.\"\n"
                                << "a person jumps.";
        QTest::newRow("single quotes") << "'waves'"
                                       << "waves";
        QTest::newRow("frames") << "120 frames: a man turns"
                                << "a man turns";
        QTest::newRow("frame no colon") << "8 frame a man"
                                        << "a man";
        QTest::newRow("placeholder") << "Generate text: <Motion_Placeholder> someone kicks"
                                     << "someone kicks";
        QTest::newRow("with") << "Generate text with a person sitting"
                              << "a person sitting";
        QTest::newRow("digits only") << "3 people dance"
                                     << "3 people dance";
        QTest::newRow("empty") << "  \n"
                               << "";
    }

    void postProcessing()
    {
        QFETCH(QString, raw);
        QFETCH(QString, caption);
        QCOMPARE(QString::fromStdString(postProcessCaption(raw.toStdString())), caption);
    }

    // A plain GPT-2 checkpoint (transformer.* keys, no language_model. prefix) loads as well.
    void plainGpt2Checkpoint()
    {
        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(QString::fromStdString(kModel + "/config.json"), dir.filePath(QStringLiteral("config.json"))));
        const SafetensorsFile file(kModel + "/model.safetensors");
        std::vector<NamedTensor> tensors;
        const std::string prefix = "language_model.";
        for (const TensorInfo &t : file.tensors())
            if (t.name.rfind(prefix + "transformer.", 0) == 0)
                tensors.push_back({t.name.substr(prefix.size()), t.shape, file.toFloat32(t)});
        writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")).toStdString(), tensors);
        const auto plain = Captioner::load(dir.path().toStdString(), options());
        QCOMPARE(plain->parameters(), mCaptioner->parameters());
        QCOMPARE(plain->caption({14, 2, 2, 1}).ids, mCaptioner->caption({14, 2, 2, 1}).ids);
    }

    void brokenModels()
    {
        QTemporaryDir dir;
        for (const char *name : {"config.json", "model.safetensors"})
            QVERIFY(QFile::copy(QString::fromStdString(kModel + "/" + name), dir.filePath(QLatin1String(name))));
        auto error = [&] {
            try {
                Captioner::load(dir.path().toStdString(), options());
            } catch (const ModelError &e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QVERIFY(error().isEmpty());
        const std::string weights = dir.filePath(QStringLiteral("model.safetensors")).toStdString();
        auto rewrite = [&](auto &&change) {
            const SafetensorsFile file(kModel + "/model.safetensors");
            std::vector<NamedTensor> tensors;
            for (const TensorInfo &t : file.tensors())
                tensors.push_back({t.name, t.shape, file.toFloat32(t)});
            change(tensors);
            writeSafetensors(weights, tensors);
        };
        rewrite([](std::vector<NamedTensor> &t) {
            t.erase(std::find_if(t.begin(), t.end(), [](const NamedTensor &n) {
                return n.name == "language_model.transformer.h.1.mlp.c_fc.bias";
            }));
        });
        QVERIFY2(error().contains(QLatin1String("missing tensor 'language_model.transformer.h.1.mlp.c_fc.bias'")),
                 qPrintable(error()));
        rewrite([](std::vector<NamedTensor> &t) {
            for (NamedTensor &n : t)
                if (n.name == "language_model.transformer.h.0.attn.c_attn.weight")
                    n.shape = {48, 16}; // transposed: an nn.Linear layout instead of Conv1D
        });
        QVERIFY2(error().contains(QLatin1String("shape [48, 16], expected [16, 48]")), qPrintable(error()));
        rewrite([](std::vector<NamedTensor> &t) {
            for (NamedTensor &n : t)
                if (n.name == "language_model.lm_head.weight")
                    n.data[0] += 1.0f;
        });
        QVERIFY2(error().contains(QLatin1String("differs from the tied")), qPrintable(error()));
        QFile::remove(dir.filePath(QStringLiteral("config.json")));
        QFile c(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(
            R"({"motion_vocab_size": 16, "vocab_size": 50300, "n_embd": 16, "n_layer": 2, "n_head": 2, "n_positions": 64})");
        c.close();
        QVERIFY2(error().contains(QLatin1String("vocab_size 50300, expected 50257 + 16 motion codes + 3 = 50276")),
                 qPrintable(error()));
    }

private:
    std::unique_ptr<Captioner> mCaptioner;
    QJsonObject mCase;
};

QTEST_GUILESS_MAIN(TestCaptioner)
#include "test_captioner.moc"

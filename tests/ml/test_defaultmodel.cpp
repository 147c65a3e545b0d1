// The bundled default model (resources/model, issue 7): it loads with the same code paths as the
// official release, fits the size budget, and meets its quality numbers on data it never saw —
// synthetic clips drawn with seeds the training corpus did not use, and the real walk, run and
// kick clips of the shared data (Bandai-Namco, never trained on).

#include "common/gmtest.h"
#include "io/motionreader.h"
#include "ml/captioner.h"
#include "ml/evaluation.h"
#include "ml/features.h"
#include "ml/humanml3dwriter.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "motion/synthesis.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace gm::ml;

namespace {

const QString kModel = QStringLiteral(GM_SOURCE_DIR "/resources/model");

// The corpus of packaging/train-default-model.sh draws clip i from seed 1 × 100000007 + i,
// i < 4000; these seeds are far from all of them.
constexpr std::uint64_t kHeldOutSeed = 977ULL * 100000007ULL;
constexpr int kHeldOutClips = 60;
// Issue 7's quality bar.
constexpr double kMinActionAccuracy = 0.9;
constexpr double kMaxMpjpeMetres = 0.05;
constexpr double kMinPerplexityFraction = 0.5;

} // namespace

class TestDefaultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureThreads(1); }

    void loadsAndFitsTheBudget()
    {
        qint64 bytes = 0;
        for (const QFileInfo &f : QDir(kModel).entryInfoList(QDir::Files))
            bytes += f.size();
        QVERIFY2(bytes <= 40LL * 1024 * 1024, qPrintable(QString::number(bytes)));
        const auto dvq = MotionTokenizer::load(kModel.toStdString(), {"cpu", false});
        const auto captioner = Captioner::load(kModel.toStdString(), {"cpu", {}});
        QCOMPARE(captioner->motionCodes(), dvq->info().codes);
        QCOMPARE(captioner->vocabularySize(), 50257 + dvq->info().codes + 3); // GPT-2's real vocabulary
        QCOMPARE(dvq->info().featureDim, 263);
    }

    void heldOutSyntheticClips()
    {
        QTemporaryDir dir;
        HumanMl3dWriter writer(dir.path().toStdString(), true);
        std::vector<std::string> ids;
        for (int i = 0; i < kHeldOutClips; ++i) {
            const gm::motion::SynthClip clip = gm::motion::randomClip(kHeldOutSeed + std::uint64_t(i));
            std::vector<CaptionLine> lines;
            for (const std::string &c : clip.captions)
                lines.push_back({c, 0.0, 0.0});
            ids.push_back("H" + std::to_string(i));
            writer.add(ids.back(), clip.joints, clip.frames, lines);
        }
        writer.finish({{"test", ids}});
        EvaluationOptions o;
        o.model = kModel.toStdString();
        o.data = dir.path().toStdString();
        o.device = "cpu";
        const EvaluationResult r = evaluateModel(o);
        QCOMPARE(int(r.clips.size()), kHeldOutClips);
        const double accuracy = double(r.actionCorrect) / r.actionClips;
        qInfo("held-out synthetic: action accuracy %.3f over %d clips, MPJPE %.2f cm, perplexity %.1f of %d", accuracy,
              r.actionClips, r.mpjpe * 100.0, r.perplexity, r.codes);
        QCOMPARE(r.actionClips, kHeldOutClips);
        QVERIFY(accuracy >= kMinActionAccuracy);
        QVERIFY(r.perplexity >= kMinPerplexityFraction * r.codes);
        QVERIFY(r.mpjpe <= kMaxMpjpeMetres); // 3.3 cm on the corpus's test split (resources/model/README.md)
    }

    void realClipsNameTheirAction_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("action");
        QTest::newRow("walk") << "bvh/bandai-namco-nc/dataset-1_walk_normal_001.bvh"
                              << int(gm::motion::ActionKind::Walk);
        QTest::newRow("walk 2") << "bvh/bandai-namco-nc/dataset-2_walk_normal_001.bvh"
                                << int(gm::motion::ActionKind::Walk);
        QTest::newRow("run") << "bvh/bandai-namco-nc/dataset-1_run_normal_001.bvh" << int(gm::motion::ActionKind::Run);
        QTest::newRow("kick") << "bvh/bandai-namco-nc/dataset-1_kick_normal_001.bvh"
                              << int(gm::motion::ActionKind::Kick);
    }

    void batchedTokensEqualOneAtATime()
    {
        const auto dvq = MotionTokenizer::load(kModel.toStdString(), {"cpu", false});
        std::vector<std::vector<float>> features;
        std::vector<int> frames;
        for (std::uint64_t seed = 700; seed < 707; ++seed) {
            const gm::motion::SynthClip clip = gm::motion::randomClip(seed * 104729);
            features.push_back(computeFeatures(clip.joints, clip.frames));
            frames.push_back(clip.frames - 1);
        }
        features.push_back(std::vector<float>(features[0].begin(), features[0].begin() + 9 * 263)); // 9 frames: 1 token
        frames.push_back(9);
        QVERIFY(*std::max_element(frames.begin(), frames.end()) > 2 * *std::min_element(frames.begin(), frames.end()));
        const std::vector<Tokens> batch = dvq->encodeBatch(features, frames);
        QCOMPARE(batch.size(), features.size());
        for (std::size_t i = 0; i < features.size(); ++i) {
            const Tokens one = dvq->encode(features[i], frames[i]);
            QCOMPARE(batch[i].ids, one.ids);
            QCOMPARE(batch[i].logits.size(), one.logits.size());
            float worst = 0.0f;
            for (std::size_t k = 0; k < one.logits.size(); ++k)
                worst = std::max(worst, std::abs(batch[i].logits[k] - one.logits[k]));
            QVERIFY2(worst < 1e-3f, qPrintable(QStringLiteral("clip %1: logits differ by %2").arg(i).arg(worst)));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dvq->encodeBatch(features, {1, 2}));
        QVERIFY(dvq->encodeBatch({}, {}).empty());
    }

    void batchedCaptionsEqualOneAtATime()
    {
        const auto dvq = MotionTokenizer::load(kModel.toStdString(), {"cpu", false});
        const auto captioner = Captioner::load(kModel.toStdString(), {"cpu", {}});
        std::vector<std::vector<std::int64_t>> codes;
        for (std::uint64_t seed = 900; seed < 906; ++seed) { // clips of different lengths
            const gm::motion::SynthClip clip = gm::motion::randomClip(seed * 7919);
            const std::vector<float> f = computeFeatures(clip.joints, clip.frames);
            codes.push_back(dvq->encode(f, clip.frames - 1).ids);
        }
        codes.push_back({5, 5}); // a very short one
        std::vector<std::size_t> lengths;
        for (const auto &c : codes)
            lengths.push_back(c.size());
        QVERIFY(*std::max_element(lengths.begin(), lengths.end()) > *std::min_element(lengths.begin(), lengths.end()));
        for (bool forbid : {false, true}) {
            CaptionOptions o;
            o.forbidMotionIds = forbid;
            const std::vector<Caption> batch = captioner->captionBatch(codes, o);
            QCOMPARE(batch.size(), codes.size());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                const Caption one = captioner->caption(codes[i], o);
                QCOMPARE(QString::fromStdString(batch[i].text), QString::fromStdString(one.text));
                QCOMPARE(batch[i].ids, one.ids);
                for (std::size_t k = 0; k < one.ids.size(); ++k)
                    QVERIFY(std::abs(batch[i].logProbabilities[k] - one.logProbabilities[k]) < 1e-3f);
            }
        }
        CaptionOptions beam;
        beam.decoding = CaptionOptions::Decoding::Beam;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, captioner->captionBatch(codes, beam));
        QVERIFY(captioner->captionBatch({}).empty());
    }

    // A clip longer than the model's 128 positions leave room for: its first motionCapacity()
    // codes are captioned (with the room to say something), and the caption says so.
    void aLongClipIsCaptionedFromItsFirstCodes()
    {
        const auto captioner = Captioner::load(kModel.toStdString(), {"cpu", {}});
        const int capacity = captioner->motionCapacity(40);
        QVERIFY2(capacity > 50 && capacity < 128, qPrintable(QString::number(capacity)));
        std::vector<std::int64_t> codes(200);
        for (std::size_t i = 0; i < codes.size(); ++i)
            codes[i] = std::int64_t((i * 37) % 128);
        const Caption c = captioner->caption(codes, {});
        QCOMPARE(c.motionCodes, capacity);
        QCOMPARE(c.text, captioner->caption({codes.begin(), codes.begin() + capacity}, {}).text);
        QVERIFY2(c.ids.size() >= 5, c.text.c_str());
        QCOMPARE(captioner->caption({codes.begin(), codes.begin() + 10}, {}).motionCodes, 10);
        const std::vector<Caption> batch = captioner->captionBatch({codes, {1, 2, 3}});
        QCOMPARE(batch[0].motionCodes, capacity);
        QCOMPARE(batch[0].text, c.text);
        QCOMPARE(batch[1].motionCodes, 3);
        CaptionOptions beam;
        beam.decoding = CaptionOptions::Decoding::Beam;
        QCOMPARE(captioner->caption(codes, beam).motionCodes, capacity);
    }

    void realClipsNameTheirAction()
    {
        QFETCH(QString, file);
        QFETCH(int, action);
        const QString path = gm::test::dataPath(file);
        if (path.isEmpty())
            QFAIL(qPrintable(gm::test::missingDataMessage(file)));
        const auto dvq = MotionTokenizer::load(kModel.toStdString(), {"cpu", false});
        const auto captioner = Captioner::load(kModel.toStdString(), {"cpu", {}});
        int rows = 0;
        const std::vector<float> features
            = clipFeatures(gm::motion::FormatRegistry::builtin().read(path.toStdString()), rows);
        const std::string caption = captioner->caption(dvq->encode(features, rows).ids).text;
        qInfo("%s: %s", qPrintable(file), caption.c_str());
        const auto named = gm::motion::firstActionInCaption(caption);
        QVERIFY2(named, caption.c_str()); // a well-formed caption that names an action
        QVERIFY2(int(*named) == action, caption.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDefaultModel)
#include "test_defaultmodel.moc"

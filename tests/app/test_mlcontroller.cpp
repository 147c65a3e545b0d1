// The ML worker behind its controller, with the bundled model on real clips: loading (and
// failing to), analyses (tokens, probabilities, reconstruction placed on the source), stale
// results dropped, captions equal to the facade's, streaming, candidates, cancel, code previews,
// the shared selection, and the GUI thread staying responsive while a caption is made.

#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/resourcepaths.h"
#include "io/bvhreader.h"
#include "ml/captioner.h"
#include "ml/codegeometry.h"
#include "motion/retarget.h"
#include "motion/t2m.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <vector>

using namespace gm;
using namespace gm::app;

namespace {

std::shared_ptr<const motion::MotionClip> demoClip()
{
    return std::make_shared<const motion::MotionClip>(motion::BvhReader().read(demoClipPath().toStdString()));
}

} // namespace

class TestMlController : public QObject
{
    Q_OBJECT

    std::unique_ptr<MlController> mMl;

    MlController &ml()
    {
        if (!mMl) {
            mMl = std::make_unique<MlController>();
            QSignalSpy loaded(mMl.get(), &MlController::modelLoaded);
            mMl->loadModel(defaultModelPath(), QStringLiteral("cpu"));
            if (!loaded.wait(60000))
                qFatal("the bundled model did not load");
        }
        return *mMl;
    }

    const ClipAnalysis &analysed(int clipId, std::shared_ptr<const motion::MotionClip> clip)
    {
        QSignalSpy ready(&ml(), &MlController::analysisReady);
        ml().analyse(clipId, std::move(clip));
        if (!ready.wait(60000))
            qFatal("no analysis");
        return *ml().analysis(clipId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!defaultModelPath().isEmpty(), "resources/model is missing");
        QVERIFY2(!demoClipPath().isEmpty(), "resources/demo is missing");
    }

    void loadsTheBundledModelWithProgress()
    {
        MlController controller;
        QSignalSpy progress(&controller, &MlController::modelProgress);
        QSignalSpy loaded(&controller, &MlController::modelLoaded);
        QVERIFY(!controller.hasModel());
        controller.loadModel(defaultModelPath(), QStringLiteral("cpu"));
        QVERIFY(controller.modelLoading());
        QVERIFY(loaded.wait(60000));
        QVERIFY(!controller.modelLoading());
        QVERIFY(controller.hasModel());
        QVERIFY(progress.count() >= 3);
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
        const ModelInfo &info = controller.model();
        QCOMPARE(info.codes, 128);
        QCOMPARE(info.featureDim, 263);
        QCOMPARE(info.downsampling, 4); // the bundled model's two down-samplings (the release: 8)
        QVERIFY(info.hasCaptioner);
        QCOMPARE(info.vocabulary, 50257 + 128 + 3);
        QVERIFY(info.tokenizerParameters > 1'000'000);
        QVERIFY(info.captionerParameters > 1'000'000);
        QCOMPARE(info.device, QStringLiteral("cpu"));

        const ModelGeometry &g = controller.geometry();
        QCOMPARE(g.codes, 128);
        QCOMPARE(g.codebookGram.size(), std::size_t(128 * 128));
        QCOMPARE(g.codebookPca.size(), std::size_t(256));
        QCOMPARE(g.embeddingPca.size(), std::size_t(256));
        QCOMPARE(g.codebookGram[5 * 128 + 5], 1.0f);
        QVERIFY(g.codebookOrthogonality > 0.0 && g.codebookOrthogonality < 1.0);
        QVERIFY(g.codebookExplained[0] >= g.codebookExplained[1] && g.codebookExplained[1] > 0.0);
    }

    void aBadModelDirectoryIsAClearErrorAndKeepsTheModel()
    {
        QTemporaryDir dir;
        {
            std::ofstream(QDir(dir.path()).filePath("config.json").toStdString()) << "{\"motion_vocab_size\": 128";
        }
        QSignalSpy failed(&ml(), &MlController::modelFailed);
        ml().loadModel(dir.path(), QStringLiteral("cpu"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).toString(), dir.path());
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("config.json")), qPrintable(message));
        QVERIFY(ml().hasModel());
        QCOMPARE(ml().model().codes, 128);

        QSignalSpy missing(&ml(), &MlController::modelFailed);
        ml().loadModel(dir.path() + QStringLiteral("/nope"), QStringLiteral("cpu"));
        QVERIFY(missing.wait(30000));
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("no such")));
    }

    void analysesAClip()
    {
        const auto clip = demoClip();
        const ClipAnalysis &a = analysed(1, clip);
        const motion::MotionClip t2m = motion::retargetToT2m(*clip, motion::t2m::kFps);
        QCOMPARE(a.clipId, 1);
        QCOMPARE(a.codes, 128);
        const int perToken = ml().model().downsampling; // frames at 20 fps (the bundled model: 4)
        QCOMPARE(a.framesPerToken, perToken);
        QCOMPARE(a.tokenCount(), (t2m.frameCount() - 1) / perToken);
        QCOMPARE(a.probabilities.size(), a.tokens.size() * 128);
        for (int t = 0; t < a.tokenCount(); ++t) {
            double sum = 0.0;
            for (int k = 0; k < 128; ++k)
                sum += a.probability(t, k);
            QVERIFY(std::abs(sum - 1.0) < 1e-4);
            // The token is the likeliest code.
            QCOMPARE(std::int64_t(a.topCodes(t, 3).front().first), a.tokens[std::size_t(t)]);
        }
        const auto top = a.topCodes(0, 3);
        QCOMPARE(top.size(), std::size_t(3));
        QVERIFY(top[0].second >= top[1].second && top[1].second >= top[2].second);
        long long total = 0;
        for (long long u : a.usage())
            total += u;
        QCOMPARE(total, (long long)a.tokenCount());

        // Token ↔ time on the source clip.
        const double seconds = perToken / 20.0;
        QCOMPARE(a.secondsPerToken(), seconds);
        QCOMPARE(a.tokenAt(0.0), 0);
        QCOMPARE(a.tokenAt(seconds - 0.01), 0);
        QCOMPARE(a.tokenAt(seconds + 0.01), 1);
        QCOMPARE(a.tokenAt(a.tokenCount() * seconds + 0.01), -1);

        // The reconstruction: perToken frames a token at 20 fps, where the source stands.
        QVERIFY(a.reconstruction);
        QCOMPARE(a.reconstruction->frameCount(), a.tokenCount() * perToken);
        QCOMPARE(a.reconstruction->fps(), 20.0);
        QCOMPARE(int(a.frameErrors.size()), a.tokenCount() * perToken);
        QVERIFY(a.mpjpe > 0.001 && a.mpjpe < 0.3);
        const glm::vec3 source = t2m.globalPosition(0, 0), rebuilt = a.reconstruction->globalPosition(0, 0);
        QVERIFY2(
            glm::length(glm::vec2(source.x - rebuilt.x, source.z - rebuilt.z)) < 0.15,
            qPrintable(
                QStringLiteral("root at %1,%2 vs %3,%4").arg(source.x).arg(source.z).arg(rebuilt.x).arg(rebuilt.z)));
        // Facing the same way: the hips' left-right axis agrees over the first two seconds (the
        // median frame: the bundled model's own error turns its first two tokens of this clip by up
        // to 33°, measured; a wrong placement would turn every frame).
        std::vector<float> agreement;
        for (int f = 0; f < 40; ++f) {
            const glm::vec3 hipsSource
                = t2m.globalPosition(f, motion::t2m::LeftHip) - t2m.globalPosition(f, motion::t2m::RightHip);
            const glm::vec3 hipsRebuilt = a.reconstruction->globalPosition(f, motion::t2m::LeftHip)
                                          - a.reconstruction->globalPosition(f, motion::t2m::RightHip);
            agreement.push_back(glm::dot(glm::normalize(glm::vec2(hipsSource.x, hipsSource.z)),
                                         glm::normalize(glm::vec2(hipsRebuilt.x, hipsRebuilt.z))));
        }
        std::nth_element(agreement.begin(), agreement.begin() + 20, agreement.end());
        QVERIFY2(agreement[20] > 0.95f, qPrintable(QString::number(agreement[20])));
    }

    void aTooShortClipIsAClearError()
    {
        const auto clip = demoClip();
        const auto shortClip = std::make_shared<const motion::MotionClip>(clip->trimmed(0, 20)); // 1/6 s at 120 fps
        QSignalSpy failed(&ml(), &MlController::analysisFailed);
        ml().analyse(7, shortClip);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).toInt(), 7);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("too short")));
        QVERIFY(!ml().analysis(7));
        QVERIFY(ml().analysisError(7).contains(QStringLiteral("too short")));
    }

    void aNewerAnalysisMakesTheOlderStale()
    {
        const auto clip = demoClip();
        QSignalSpy ready(&ml(), &MlController::analysisReady);
        const RequestId first = ml().analyse(2, clip);
        const auto shorter = std::make_shared<const motion::MotionClip>(clip->trimmed(0, 120 * 2));
        const RequestId second = ml().analyse(2, shorter);
        QVERIFY(second > first);
        QVERIFY(ready.wait(60000));
        QTest::qWait(200);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ml().analysis(2)->id, second);
        QVERIFY(ml().analysis(2)->tokenCount() <= 40 / ml().model().downsampling); // 2 s at 20 fps
    }

    void captionsAsTheFacadeDoesAndStreams()
    {
        const ClipAnalysis &a = analysed(3, demoClip());
        const std::vector<std::int64_t> codes = a.tokens;
        QSignalSpy progress(&ml(), &MlController::captionProgress);
        QSignalSpy finished(&ml(), &MlController::captionFinished);
        QVERIFY(ml().caption(3, 0, a.tokenCount() - 1, {}) != 0);
        QVERIFY(ml().captioning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!ml().captioning());
        const CaptionResult r = finished.first().at(0).value<CaptionResult>();
        QCOMPARE(r.candidates.size(), std::size_t(1));
        QVERIFY(!r.cancelled);
        QVERIFY(!r.candidates[0].text.isEmpty());
        QVERIFY(r.candidates[0].logProbability < 0.0);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(1).toString(), r.candidates[0].text);

        const auto captioner = ml::Captioner::load(defaultModelPath().toStdString(), {"cpu", {}});
        QCOMPARE(r.candidates[0].text, QString::fromStdString(captioner->caption(codes).text));

        // A range snapped to tokens: its codes only.
        QSignalSpy part(&ml(), &MlController::captionFinished);
        ml().caption(3, 1, 3, {});
        QVERIFY(part.wait(60000));
        const CaptionResult p = part.first().at(0).value<CaptionResult>();
        QCOMPARE(p.firstToken, 1);
        QCOMPARE(p.lastToken, 3);
        const std::vector<std::int64_t> range(codes.begin() + 1, codes.begin() + 4);
        QCOMPARE(p.candidates[0].text, QString::fromStdString(captioner->caption(range).text));
        QCOMPARE(ml().caption(3, 5, 2, {}), RequestId(0));  // empty range
        QCOMPARE(ml().caption(99, 0, 3, {}), RequestId(0)); // no analysis
    }

    void beamAndSamplingGiveSeveralCandidates()
    {
        const ClipAnalysis &a = analysed(4, demoClip());
        ml::CaptionOptions beam;
        beam.decoding = ml::CaptionOptions::Decoding::Beam;
        beam.beams = 3;
        QSignalSpy finished(&ml(), &MlController::captionFinished);
        ml().caption(4, 0, a.tokenCount() - 1, beam, 3);
        QVERIFY(finished.wait(60000));
        const CaptionResult b = finished.first().at(0).value<CaptionResult>();
        QCOMPARE(b.candidates.size(), std::size_t(3));

        ml::CaptionOptions sample;
        sample.decoding = ml::CaptionOptions::Decoding::Sample;
        sample.seed = 11;
        sample.temperature = 1.2;
        QSignalSpy sampled(&ml(), &MlController::captionFinished);
        ml().caption(4, 0, a.tokenCount() - 1, sample, 4);
        QVERIFY(sampled.wait(60000));
        const CaptionResult s = sampled.first().at(0).value<CaptionResult>();
        QCOMPARE(s.candidates.size(), std::size_t(4));
        for (std::size_t i = 1; i < s.candidates.size(); ++i)
            QVERIFY(s.candidates[i - 1].logProbability >= s.candidates[i].logProbability);
        // The same seed gives the same candidates.
        QSignalSpy again(&ml(), &MlController::captionFinished);
        ml().caption(4, 0, a.tokenCount() - 1, sample, 4);
        QVERIFY(again.wait(60000));
        const CaptionResult s2 = again.first().at(0).value<CaptionResult>();
        for (std::size_t i = 0; i < s.candidates.size(); ++i)
            QCOMPARE(s2.candidates[i].text, s.candidates[i].text);
    }

    void cancelStopsACaption()
    {
        const ClipAnalysis &a = analysed(5, demoClip());
        ml::CaptionOptions wide;
        wide.decoding = ml::CaptionOptions::Decoding::Beam;
        wide.beams = 8;
        QSignalSpy finished(&ml(), &MlController::captionFinished);
        QSignalSpy progress(&ml(), &MlController::captionProgress);
        ml().caption(5, 0, a.tokenCount() - 1, wide, 8);
        QVERIFY(progress.wait(60000)); // it has begun
        ml().cancelCaption();
        QVERIFY(finished.wait(60000));
        const CaptionResult r = finished.first().at(0).value<CaptionResult>();
        QVERIFY(r.cancelled);

        // A new caption makes the one in progress stale: only the new one finishes.
        QSignalSpy results(&ml(), &MlController::captionFinished);
        ml().caption(5, 0, a.tokenCount() - 1, wide, 8);
        const RequestId second = ml().caption(5, 0, 2, {});
        QVERIFY(results.wait(60000));
        QTest::qWait(300);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.first().at(0).value<CaptionResult>().id, second);
    }

    void theGuiStaysResponsiveWhileCaptioning()
    {
        const ClipAnalysis &a = analysed(6, demoClip());
        ml::CaptionOptions beam;
        beam.decoding = ml::CaptionOptions::Decoding::Beam;
        beam.beams = 4;
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(&ml(), &MlController::captionFinished);
        clock.start();
        timer.start();
        ml().caption(6, 0, a.tokenCount() - 1, beam, 4);
        QVERIFY(finished.wait(60000));
        timer.stop();
        qInfo("caption took %lld ms; the event loop ran %d times, at most %lld ms apart", clock.elapsed(), ticks,
              worst);
        QVERIFY(clock.elapsed() > 100); // long enough to measure anything
        QVERIFY2(worst < 50, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));
    }

    void previewsACode()
    {
        QSignalSpy decoded(&ml(), &MlController::decodedReady);
        ml().previewCode(17, 8);
        QVERIFY(decoded.wait(30000));
        const DecodedMotion m = decoded.first().at(0).value<DecodedMotion>();
        QCOMPARE(m.label, QStringLiteral("code 17"));
        QCOMPARE(m.clip->frameCount(), 8 * ml().model().downsampling);
        QCOMPARE(m.clip->jointCount(), 22);
        QSignalSpy failed(&ml(), &MlController::decodeFailed);
        ml().previewCode(128);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("code id")));
    }

    void countsTheCodesOfAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(demoClipPath(), dir.filePath("a.bvh")));
        {
            std::ofstream(dir.filePath("broken.bvh").toStdString()) << "HIERARCHY\nROOT Hips\n{\n";
        }
        const ClipAnalysis &a = analysed(9, demoClip());
        QSignalSpy ready(&ml(), &MlController::folderUsageReady);
        QSignalSpy progress(&ml(), &MlController::folderProgress);
        ml().countFolderUsage(dir.path());
        QVERIFY(ml().countingFolder());
        QVERIFY(ready.wait(60000));
        QVERIFY(!ml().countingFolder());
        const FolderUsage u = ready.first().at(0).value<FolderUsage>();
        QCOMPARE(u.clips, 1);
        QCOMPARE(u.failures.size(), 1);
        QVERIFY2(u.failures.first().contains(QStringLiteral("broken.bvh")), qPrintable(u.failures.first()));
        QCOMPARE(u.usage, a.usage()); // the same clip, the same tokens
        QCOMPARE(u.tokens, (long long)a.tokenCount());
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 2);

        // The HumanML3D layout: features straight from new_joint_vecs.
        GM_REQUIRE_DATA(humanml3d, "humanml3d/new_joint_vecs");
        QSignalSpy features(&ml(), &MlController::folderUsageReady);
        ml().countFolderUsage(QFileInfo(humanml3d).path());
        QVERIFY(features.wait(60000));
        const FolderUsage h = features.first().at(0).value<FolderUsage>();
        QVERIFY(h.clips >= 1);
        QVERIFY(h.failures.isEmpty());
        QVERIFY(h.tokens > 0);

        QSignalSpy failed(&ml(), &MlController::folderUsageFailed);
        ml().countFolderUsage(dir.filePath("missing"));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("no such data folder")));
    }

    void sharesTheSelection()
    {
        const ClipAnalysis &a = analysed(8, demoClip());
        QSignalSpy changed(&ml(), &MlController::selectionChanged);
        ml().selectToken(8, 2);
        QCOMPARE(ml().selectedClip(), 8);
        QCOMPARE(ml().selectedToken(), 2);
        QCOMPARE(ml().selectedCode(), int(a.tokens[2]));
        QCOMPARE(changed.count(), 1);
        ml().selectToken(8, 2);
        QCOMPARE(changed.count(), 1); // no change, no signal
        ml().selectCode(5);
        QCOMPARE(ml().selectedToken(), -1);
        QCOMPARE(ml().selectedCode(), 5);
        ml().selectToken(8, 10'000);
        QCOMPARE(ml().selectedCode(), -1);
        QCOMPARE(changed.count(), 3);
    }

    void followsTheLibrary()
    {
        ClipLibrary library;
        MlController controller(&library);
        QSignalSpy loaded(&controller, &MlController::modelLoaded);
        QSignalSpy ready(&controller, &MlController::analysisReady);
        const int index
            = library.add(QStringLiteral("demo.bvh"), motion::BvhReader().read(demoClipPath().toStdString()));
        const int id = library.at(index).id;
        controller.loadModel(defaultModelPath(), QStringLiteral("cpu"));
        QVERIFY(loaded.wait(60000));
        QVERIFY(ready.wait(60000)); // the active clip is analysed once a model is in
        QCOMPARE(ready.first().at(0).toInt(), id);
        QVERIFY(controller.analysis(id));
        QSignalSpy forgotten(&controller, &MlController::analysisForgotten);
        library.remove(index);
        QCOMPARE(forgotten.count(), 1);
        QVERIFY(!controller.analysis(id));
    }

    void geometryHelpers()
    {
        // Two orthonormal rows and one at 45° between them.
        const float h = float(std::sqrt(0.5));
        const std::vector<float> rows = {1, 0, 0, 1, h, h};
        const std::vector<float> g = ml::cosineGram(rows, 3, 2);
        QCOMPARE(g[0 * 3 + 1], 0.0f);
        QVERIFY(std::abs(g[0 * 3 + 2] - h) < 1e-6f);
        QCOMPARE(g[2 * 3 + 2], 1.0f);
        QVERIFY(std::abs(ml::orthogonalityScore(g, 3) - 4.0 * 0.5 / 9.0) < 1e-6);
        QCOMPARE(ml::usagePerplexity({5, 5, 0, 5, 5}), 4.0);
        QCOMPARE(ml::usagePerplexity({0, 0}), 0.0);
        // PCA of points on a line along (1, 1, 0): the first axis explains everything.
        std::vector<float> line;
        for (int i = 0; i < 10; ++i)
            line.insert(line.end(), {float(i), float(i), 0.0f});
        const ml::Projection2d p = ml::principalComponents2d(line, 10, 3);
        QVERIFY(std::abs(p.explained[0] - 1.0) < 1e-9);
        QVERIFY(std::abs(p.xy[2] - p.xy[0] - std::sqrt(2.0f)) < 1e-4f);
        // Procrustes undoes a rotation by 90° and a scale of 2.
        const std::vector<float> ref = {1, 0, 0, 1, -1, 0, 0, -2};
        const std::vector<float> moved = {0, 2, -2, 0, 0, -2, 4, 0};
        const std::vector<float> back = ml::alignProcrustes2d(ref, moved);
        for (std::size_t i = 0; i < ref.size(); ++i)
            QVERIFY(std::abs(back[i] - ref[i]) < 1e-5f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ml::cosineGram(rows, 4, 2));
    }
};

QTEST_GUILESS_MAIN(TestMlController)
#include "test_mlcontroller.moc"

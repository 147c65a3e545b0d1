#include "ml/evaluation.h"

#include "io/fileutil.h"
#include "io/humanml3dreader.h"
#include "io/npy.h"
#include "ml/codegeometry.h"
#include "ml/metrics.h"
#include "ml/modelerror.h"
#include "ml/motiontokenizer.h"
#include "ml/safetensors.h"
#include "motion/humanml3d.h"
#include "motion/synthesis.h"
#include "motion/t2m.h"

#include <cmath>
#include <filesystem>
#include <fstream>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

double mean(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return values.empty() ? 0.0 : sum / double(values.size());
}

} // namespace

EvaluationResult evaluateModel(const EvaluationOptions &o, const std::function<void(int, int)> &progress,
                               const std::atomic<bool> *cancel)
{
    const fs::path data(o.data);
    const std::unique_ptr<MotionTokenizer> dvq = MotionTokenizer::load(o.model, {o.device, false});
    // A tokenizer-only model directory (train-tokenizer's output) is evaluated without captions.
    std::unique_ptr<Captioner> captioner;
    {
        const SafetensorsFile weights((fs::path(o.model) / "model.safetensors").string());
        if (weights.find("language_model.transformer.wte.weight") || weights.find("transformer.wte.weight"))
            captioner = Captioner::load(o.model, {o.device, o.tokenizerFiles});
    }
    const int dim = dvq->info().featureDim, J = motion::t2m::kJointCount;
    if (dim != motion::t2m::kFeatureDim)
        throw ModelError(o.model, "evaluation needs a HumanML3D (263-D) model, this one reads " + std::to_string(dim)
                                      + "-D features");
    const fs::path list = data / (o.split + ".txt");
    std::error_code ec;
    if (!fs::is_regular_file(list, ec))
        throw ModelError(list.string(), "no such split list");
    std::vector<std::string> ids = motion::readHumanMl3dSplit(list.string());
    if (o.limit > 0 && int(ids.size()) > o.limit)
        ids.resize(std::size_t(o.limit));

    EvaluationResult r;
    r.codes = dvq->info().codes;
    r.usage.assign(std::size_t(r.codes), 0);
    double alignedSum = 0.0, globalSum = 0.0, decodedFrames = 0.0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load()) {
            r.cancelled = true;
            break;
        }
        const std::string &id = ids[i];
        const fs::path vecs = data / "new_joint_vecs" / (id + ".npy");
        const fs::path texts = data / "texts" / (id + ".txt");
        if (!fs::exists(vecs, ec) || !fs::exists(texts, ec)) {
            r.skipped.push_back(id + ": no new_joint_vecs or texts file");
            continue;
        }
        const motion::NpyArray a = motion::readNpy(vecs.string());
        if (a.shape.size() != 2 || a.shape[1] != std::size_t(dim)) {
            r.skipped.push_back(id + ": features " + a.describe() + ", expected [T, 263]");
            continue;
        }
        const int frames = int(a.shape[0]);
        if (frames < 20 || frames >= 196) {
            r.skipped.push_back(id + ": " + std::to_string(frames) + " frames, outside the protocol's 20 to 195");
            continue;
        }
        std::vector<std::string> warnings;
        const std::vector<motion::Caption> lines
            = motion::parseHumanMl3dTexts(motion::readFile(texts.string(), 1u << 24), warnings);
        if (lines.empty()) {
            r.skipped.push_back(id + ": no caption");
            continue;
        }
        ClipEvaluation c;
        c.id = id;
        c.frames = frames;
        for (std::size_t k = 0; k < 3; ++k)
            c.references.push_back(lines[k < lines.size() ? k : 0].text); // [c0, c1, c0] for two lines
        const std::vector<float> features = a.toFloat32();
        c.tokens = dvq->encode(features, frames).ids;
        for (std::int64_t code : c.tokens)
            ++r.usage[std::size_t(code)];
        if (captioner)
            c.caption = captioner->caption(c.tokens, o.caption).text;

        const std::vector<float> decoded = dvq->decode(c.tokens);
        const int n = std::min(frames, int(decoded.size()) / dim);
        const std::vector<glm::vec3> truth = motion::recoverFromRic(features.data(), n, dim, J);
        const std::vector<glm::vec3> rebuilt = motion::recoverFromRic(decoded.data(), n, dim, J);
        c.mpjpe = mean(frameJointErrors(truth, rebuilt, n, J, true));
        c.globalMpjpe = mean(frameJointErrors(truth, rebuilt, n, J, false));
        alignedSum += c.mpjpe * n;
        globalSum += c.globalMpjpe * n;
        decodedFrames += n;

        const auto expected = motion::firstActionInCaption(c.references.front());
        if (captioner && expected) {
            ++r.actionClips;
            if (motion::firstActionInCaption(c.caption) == expected)
                ++r.actionCorrect;
        }
        r.clips.push_back(std::move(c));
        if (progress)
            progress(int(i + 1), int(ids.size()));
    }
    if (r.clips.empty())
        return r;
    r.mpjpe = alignedSum / decodedFrames;
    r.globalMpjpe = globalSum / decodedFrames;
    r.perplexity = usagePerplexity(r.usage);
    r.captioned = captioner != nullptr;
    if (!r.captioned)
        return r;
    std::vector<std::string> predictions;
    std::vector<std::vector<std::string>> references;
    for (const ClipEvaluation &c : r.clips) {
        predictions.push_back(c.caption);
        references.push_back(c.references);
    }
    r.captionMetrics = captionMetrics(predictions, references);
    return r;
}

} // namespace gm::ml

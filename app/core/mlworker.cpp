#include "core/mlworker.h"

#include "core/resourcepaths.h"
#include "ml/codegeometry.h"
#include "ml/dataset.h"
#include "ml/features.h"
#include "ml/motiontokenizer.h"
#include "ml/safetensors.h"
#include "motion/humanml3d.h"
#include "motion/retarget.h"
#include "motion/t2m.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <exception>

namespace gm::app {

namespace {

QString fromUtf8(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Moves `joints` (all frames) by the rigid motion — a turn about Y and a shift — that puts the
/// first frame of `canonical` onto `target`'s first frame: the features' canonical frame (first
/// root at the origin, facing +Z) back to where the source clip stands.
std::vector<glm::vec3> placeLike(const std::vector<glm::vec3> &joints, const std::vector<glm::vec3> &canonical,
                                 const std::vector<glm::vec3> &target, int jointCount)
{
    const std::size_t J = std::size_t(jointCount);
    if (canonical.size() < J || target.size() < J)
        return joints;
    glm::dvec3 cq(0.0), cp(0.0);
    for (std::size_t j = 0; j < J; ++j) {
        cq += glm::dvec3(canonical[j]);
        cp += glm::dvec3(target[j]);
    }
    cq /= double(J);
    cp /= double(J);
    double dot = 0.0, cross = 0.0;
    for (std::size_t j = 0; j < J; ++j) {
        const glm::dvec3 q = glm::dvec3(canonical[j]) - cq, p = glm::dvec3(target[j]) - cp;
        // A turn by θ about +Y maps (x, z) to (x cos θ + z sin θ, −x sin θ + z cos θ).
        dot += q.x * p.x + q.z * p.z;
        cross += q.z * p.x - q.x * p.z;
    }
    const double theta = std::atan2(cross, dot);
    const double c = std::cos(theta), s = std::sin(theta);
    std::vector<glm::vec3> out(joints.size());
    for (std::size_t i = 0; i < joints.size(); ++i) {
        const glm::dvec3 q = glm::dvec3(joints[i]) - cq;
        out[i] = glm::vec3(glm::dvec3(q.x * c + q.z * s, q.y, -q.x * s + q.z * c) + cp);
    }
    return out;
}

QString modelFingerprint(const QString &directory)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile config(directory + QStringLiteral("/config.json"));
    if (config.open(QIODevice::ReadOnly))
        hash.addData(config.readAll());
    QFile weights(directory + QStringLiteral("/model.safetensors"));
    if (weights.open(QIODevice::ReadOnly)) {
        const qint64 size = weights.size(), chunk = 1 << 20;
        hash.addData(QByteArray::number(size));
        hash.addData(weights.read(chunk));
        if (size > 2 * chunk && weights.seek(size - chunk))
            hash.addData(weights.read(chunk));
    }
    return QString::fromLatin1(hash.result().toHex());
}

void computeGeometry(const std::vector<float> &codebook, int codes, int codeDim, const std::vector<float> &embedding,
                     int embeddingWidth, ModelGeometry &g)
{
    g.codes = codes;
    g.codebookGram = ml::cosineGram(codebook, codes, codeDim);
    g.codebookOrthogonality = ml::orthogonalityScore(g.codebookGram, codes);
    const ml::Projection2d a = ml::principalComponents2d(codebook, codes, codeDim);
    g.codebookPca = a.xy;
    g.codebookExplained[0] = a.explained[0];
    g.codebookExplained[1] = a.explained[1];
    if (embedding.empty())
        return;
    g.embeddingGram = ml::cosineGram(embedding, codes, embeddingWidth);
    g.embeddingOrthogonality = ml::orthogonalityScore(g.embeddingGram, codes);
    const ml::Projection2d b = ml::principalComponents2d(embedding, codes, embeddingWidth);
    g.embeddingPca = ml::alignProcrustes2d(a.xy, b.xy);
    g.embeddingExplained[0] = b.explained[0];
    g.embeddingExplained[1] = b.explained[1];
}

} // namespace

int ClipAnalysis::tokenAt(double seconds) const
{
    if (tokens.empty() || seconds < 0.0)
        return tokens.empty() ? -1 : 0;
    const int index = int(std::floor(seconds / secondsPerToken()));
    return index < tokenCount() ? index : -1;
}

float ClipAnalysis::probability(int token, int code) const
{
    if (token < 0 || token >= tokenCount() || code < 0 || code >= codes)
        return 0.0f;
    return probabilities[std::size_t(token) * std::size_t(codes) + std::size_t(code)];
}

std::vector<std::pair<int, float>> ClipAnalysis::topCodes(int token, int n) const
{
    std::vector<std::pair<int, float>> all;
    if (token < 0 || token >= tokenCount())
        return all;
    for (int k = 0; k < codes; ++k)
        all.emplace_back(k, probability(token, k));
    const std::size_t keep = std::min<std::size_t>(std::size_t(std::max(n, 0)), all.size());
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(keep), all.end(),
                      [](const auto &a, const auto &b) { return a.second > b.second; });
    all.resize(keep);
    return all;
}

std::vector<long long> ClipAnalysis::usage() const
{
    std::vector<long long> counts(std::size_t(std::max(codes, 0)), 0);
    for (std::int64_t t : tokens)
        if (t >= 0 && t < codes)
            ++counts[std::size_t(t)];
    return counts;
}

motion::MotionClip featuresToClip(const std::vector<float> &features, int frames, int dim)
{
    if (dim != motion::t2m::kFeatureDim)
        throw std::invalid_argument("the studio shows HumanML3D (263-D) motion, this model makes " + std::to_string(dim)
                                    + "-D features");
    const std::vector<glm::vec3> joints
        = motion::recoverFromRic(features.data(), frames, dim, motion::t2m::kJointCount);
    motion::MotionClip clip = motion::MotionClip::fromPositions(motion::t2m::skeleton(), motion::t2m::kFps, joints);
    clip.info.format = "GeoMotion DVQ decoding";
    return clip;
}

MlWorker::MlWorker() = default;

MlWorker::~MlWorker() = default;

void MlWorker::loadModel(const ModelRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    try {
        const std::string dir = QDir::toNativeSeparators(request.directory).toStdString();
        Q_EMIT modelProgress(request.id, 0.05, tr("Reading the motion tokenizer…"));
        std::unique_ptr<ml::MotionTokenizer> tokenizer
            = ml::MotionTokenizer::load(dir, {request.device.toStdString(), false});
        std::unique_ptr<ml::Captioner> captioner;
        {
            const ml::SafetensorsFile weights(dir + "/model.safetensors");
            if (weights.find("language_model.transformer.wte.weight") || weights.find("transformer.wte.weight")) {
                Q_EMIT modelProgress(request.id, 0.4, tr("Reading the captioner…"));
                ml::CaptionerLoadOptions options{request.device.toStdString(), {}};
                // A model directory without the GPT-2 tokenizer files borrows the bundled ones.
                if (!QFileInfo::exists(request.directory + QStringLiteral("/vocab.bpe")))
                    options.tokenizerDirectory = defaultModelPath().toStdString();
                captioner = ml::Captioner::load(dir, options);
                if (captioner->motionCodes() != tokenizer->info().codes)
                    throw std::runtime_error(dir + ": the captioner has " + std::to_string(captioner->motionCodes())
                                             + " motion tokens but the tokenizer "
                                             + std::to_string(tokenizer->info().codes) + " codes");
            }
        }
        Q_EMIT modelProgress(request.id, 0.8, tr("Measuring the codebook geometry…"));
        LoadedModel loaded;
        loaded.id = request.id;
        ModelInfo &info = loaded.info;
        const ml::TokenizerInfo &t = tokenizer->info();
        info.directory = request.directory;
        info.name = QFileInfo(request.directory).fileName();
        info.fingerprint = modelFingerprint(request.directory);
        info.device = fromUtf8(t.device);
        info.codes = t.codes;
        info.featureDim = t.featureDim;
        info.downsampling = t.downsampling;
        info.width = t.width;
        info.codeDim = t.codeDim;
        info.tokenizerParameters = t.parameters;
        if (captioner) {
            info.hasCaptioner = true;
            info.captionerParameters = captioner->parameters();
            info.vocabulary = captioner->vocabularySize();
            info.embeddingWidth = captioner->embeddingWidth();
        }
        computeGeometry(tokenizer->codebook(), t.codes, t.codeDim,
                        captioner ? captioner->motionEmbeddings() : std::vector<float>(), info.embeddingWidth,
                        loaded.geometry);
        mTokenizer = std::move(tokenizer);
        mCaptioner = std::move(captioner);
        info.loadSeconds = double(timer.elapsed()) / 1000.0;
        Q_EMIT modelProgress(request.id, 1.0, tr("Model loaded"));
        Q_EMIT modelLoaded(loaded);
    } catch (const std::exception &e) {
        Q_EMIT failed(request.id, fromUtf8(e.what()));
    }
}

void MlWorker::analyse(const AnalysisRequest &request)
{
    if (request.cancel && request.cancel->load())
        return;
    try {
        if (!mTokenizer)
            throw std::runtime_error("no model is loaded");
        const ml::TokenizerInfo &info = mTokenizer->info();
        if (info.featureDim != motion::t2m::kFeatureDim)
            throw std::runtime_error("the studio analyses clips with HumanML3D (263-D) models; this one reads "
                                     + std::to_string(info.featureDim) + "-D features");
        const motion::MotionClip t2m = motion::retargetToT2m(*request.clip, motion::t2m::kFps);
        const int rows = t2m.frameCount() - 1;
        if (rows < info.downsampling)
            throw std::runtime_error("the clip is too short to tokenize: " + std::to_string(t2m.frameCount())
                                     + " frames at 20 fps, at least " + std::to_string(info.downsampling + 1)
                                     + " needed");
        const std::vector<float> features = ml::computeFeatures(t2m.globalPositions(), t2m.frameCount());
        if (request.cancel && request.cancel->load())
            return;
        const ml::Tokens tokens = mTokenizer->encode(features, rows);
        const std::vector<float> decoded = mTokenizer->decode(tokens.ids);
        const int dim = info.featureDim, J = motion::t2m::kJointCount;
        const int n = std::min(rows, int(decoded.size()) / dim);

        ClipAnalysis a;
        a.id = request.id;
        a.clipId = request.clipId;
        a.codes = info.codes;
        a.fps = motion::t2m::kFps;
        a.framesPerToken = info.downsampling;
        a.tokens = tokens.ids;
        a.probabilities = tokens.probabilities;
        const std::vector<glm::vec3> truth = motion::recoverFromRic(features.data(), n, dim, J);
        const int decodedFrames = int(decoded.size()) / dim;
        const std::vector<glm::vec3> rebuilt = motion::recoverFromRic(decoded.data(), decodedFrames, dim, J);
        a.frameErrors = ml::frameJointErrors(truth, rebuilt, n, J, true);
        for (double e : a.frameErrors)
            a.mpjpe += e / double(std::max<std::size_t>(a.frameErrors.size(), 1));
        motion::MotionClip reconstruction = motion::MotionClip::fromPositions(
            motion::t2m::skeleton(), motion::t2m::kFps, placeLike(rebuilt, truth, t2m.globalPositions(), J));
        reconstruction.info.format = "GeoMotion DVQ reconstruction";
        a.reconstruction = std::make_shared<const motion::MotionClip>(std::move(reconstruction));
        Q_EMIT analysed(a);
    } catch (const std::exception &e) {
        Q_EMIT failed(request.id, fromUtf8(e.what()));
    }
}

void MlWorker::decode(const DecodeRequest &request)
{
    try {
        if (!mTokenizer)
            throw std::runtime_error("no model is loaded");
        const int dim = mTokenizer->info().featureDim;
        const std::vector<float> features = mTokenizer->decode(request.codes);
        DecodedMotion out;
        out.id = request.id;
        out.label = request.label;
        out.clip
            = std::make_shared<const motion::MotionClip>(featuresToClip(features, int(features.size()) / dim, dim));
        Q_EMIT decoded(out);
    } catch (const std::exception &e) {
        Q_EMIT failed(request.id, fromUtf8(e.what()));
    }
}

void MlWorker::caption(const CaptionRequest &request)
{
    if (request.cancel && request.cancel->load()) {
        CaptionResult r;
        r.id = request.id;
        r.clipId = request.clipId;
        r.cancelled = true;
        Q_EMIT captioned(r);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        if (!mCaptioner)
            throw std::runtime_error("the loaded model has no captioner");
        const RequestId id = request.id;
        const std::vector<ml::Caption> made = mCaptioner->candidates(
            request.codes, request.options, request.candidates,
            [this, id](int candidate, const std::string &text, int) {
                Q_EMIT captionProgress(id, candidate, fromUtf8(ml::postProcessCaption(text)));
            },
            request.cancel.get());
        CaptionResult r;
        r.id = request.id;
        r.clipId = request.clipId;
        r.firstToken = request.firstToken;
        r.lastToken = request.lastToken;
        r.requestedLastToken = request.lastToken;
        if (!made.empty() && made.front().motionCodes < int(request.codes.size())) {
            r.truncated = true;
            r.lastToken = request.firstToken + made.front().motionCodes - 1;
        }
        for (const ml::Caption &c : made) {
            r.cancelled = r.cancelled || c.cancelled;
            r.candidates.push_back({fromUtf8(c.text), c.logProbability(), int(c.ids.size())});
        }
        r.seconds = double(timer.elapsed()) / 1000.0;
        Q_EMIT captioned(r);
    } catch (const std::exception &e) {
        Q_EMIT failed(request.id, fromUtf8(e.what()));
    }
}

} // namespace gm::app

namespace gm::app {

void MlWorker::folderUsage(const FolderUsageRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    try {
        if (!mTokenizer)
            throw std::runtime_error("no model is loaded");
        const ml::TokenizerInfo &info = mTokenizer->info();
        const std::vector<ml::DatasetItem> items = ml::listDataset(request.directory.toStdString());
        FolderUsage out;
        out.id = request.id;
        out.directory = request.directory;
        out.usage.assign(std::size_t(info.codes), 0);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (request.cancel && request.cancel->load()) {
                out.cancelled = true;
                break;
            }
            try {
                int rows = 0;
                const std::vector<float> features = ml::datasetFeatures(items[i], info.featureDim, rows);
                if (rows < info.downsampling)
                    throw std::runtime_error("too short to tokenize (" + std::to_string(rows) + " feature frames)");
                for (std::int64_t code : mTokenizer->encode(features, rows).ids) {
                    ++out.usage[std::size_t(code)];
                    ++out.tokens;
                }
                ++out.clips;
            } catch (const std::exception &e) {
                const std::string what = e.what();
                // Messages from the readers already start with the file's path.
                out.failures << fromUtf8(what.rfind(items[i].path, 0) == 0 ? what : items[i].path + ": " + what);
            }
            Q_EMIT folderProgress(request.id, int(i + 1), int(items.size()));
        }
        out.seconds = double(timer.elapsed()) / 1000.0;
        Q_EMIT folderUsageReady(out);
    } catch (const std::exception &e) {
        Q_EMIT failed(request.id, fromUtf8(e.what()));
    }
}

} // namespace gm::app

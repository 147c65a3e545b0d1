#pragma once

#include "ml/captioner.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gm::ml {

/// What `geomotion evaluate` runs: a model directory (DVQ + captioner) over one split of a
/// HumanML3D-layout folder, with the paper's motion-to-text protocol (spec §7.1: clips with
/// 20 ≤ T < 196 frames, the first three caption lines as references, repeated when fewer).
struct EvaluationOptions
{
    std::string model;
    std::string data;
    std::string split = "test";
    std::string device = "auto";
    std::string tokenizerFiles; ///< GPT-2 tokenizer files when the model directory has none
    CaptionOptions caption;     ///< greedy, as released
    int limit = 0;              ///< evaluate at most this many clips (0: all)
};

struct ClipEvaluation
{
    std::string id;
    int frames = 0;
    std::vector<std::int64_t> tokens;
    std::string caption;
    std::vector<std::string> references; ///< three
    /// Reconstruction error of decode(encode(x)) over the decoded frames, metres: mean joint
    /// distance with each frame's pelvis aligned (MoMask's MPJPE), and without alignment.
    double mpjpe = 0.0;
    double globalMpjpe = 0.0;
};

struct EvaluationResult
{
    std::vector<ClipEvaluation> clips;
    std::vector<std::string> skipped; ///< "id: reason"
    double mpjpe = 0.0;               ///< per frame, averaged over every decoded frame
    double globalMpjpe = 0.0;
    int codes = 0;                                              ///< K
    std::vector<long long> usage;                               ///< how often each code was chosen
    double perplexity = 0.0;                                    ///< exp of the entropy of the usage distribution
    std::vector<std::pair<std::string, double>> captionMetrics; ///< captionMetrics()
    /// Clips whose first reference names an action the action matcher knows, and of those, the
    /// ones whose caption names the same first action.
    int actionClips = 0;
    int actionCorrect = 0;
    bool captioned = false; ///< false for a tokenizer-only model: no captions, no caption metrics
    bool cancelled = false;
};

/// A model directory without a language model (train-tokenizer's output) is evaluated for
/// reconstruction and codebook use only. Throws ModelError / std::invalid_argument naming the file and the problem.
/// `progress(done, total)` after each clip; `cancel` is read between clips.
EvaluationResult evaluateModel(const EvaluationOptions &options, const std::function<void(int, int)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

} // namespace gm::ml

#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <string>

namespace gm::ml {

/// DVQ training (spec §2.9–§2.11). The epoch-based schedules of the release (500 epochs: τ = 0.4
/// until epoch 300 then decaying to 0.01 at 400; the hard-perplexity rate ramping 0 → 1 over
/// epochs 150–200) are kept as fractions of `epochs`, so a short run has the same shape.
struct TokenizerTrainingOptions
{
    std::string data;   ///< a HumanML3D-layout folder (new_joint_vecs/*.npy) or any folder of motion files
    std::string output; ///< the model directory written (config.json, model.safetensors, mean.npy, std.npy)
    // Sizes (config.json names in DvqConfig).
    int codes = 512;
    int width = 512;
    int depth = 3;
    int downT = 3;
    int dilationGrowth = 3;
    // Recipe.
    int epochs = 500;
    int batchSize = 512;
    int window = 32;
    double learningRate = 2e-4; ///< encoder/decoder; the codebook gets half
    double weightDecay = 1e-4;  ///< weights only (biases and the codebook: 0)
    double warmupFraction = 0.03;
    double utilisationWeight = 0.25;
    double ratio = 4.0;
    double geometryWeight = 1.0; ///< the codebook orthogonality term
    /// The schedules as fractions of the run: τ decays 0.4 → 0.01 geometrically over tauDecay;
    /// the hard-perplexity rate ramps 0 → 1 over hardRamp. The release (500 epochs): τ over
    /// epochs 300–400, the rate over 150–200.
    std::array<double, 2> tauDecay{0.6, 0.8};
    std::array<double, 2> hardRamp{0.3, 0.4};
    /// The decoder sees the code sampled with Gumbel noise (the release). Without, it sees the
    /// argmax code: the same straight-through gradient minus the sampling noise, which on a
    /// CPU budget (a few thousand steps) is what lets the autoencoder learn at all.
    bool sampledCodes = true;
    /// 0: the codebook starts Uniform(−1/K, 1/K) (the first commit, spec §2.11); σ > 0: Normal(0, σ)
    /// (HEAD: 0.02). Tiny codes slow the start: in trials a σ of 1 learned several times faster.
    double codebookSigma = 0.0;
    unsigned long long seed = 0;
    std::string device = "auto";
    /// Continue from output/trainer_state.* (written after every epoch) when present; a run
    /// resumed there ends exactly where an uninterrupted one does.
    bool resume = false;
};

struct TrainingProgress
{
    int epoch = 0;
    int epochs = 0;
    long long step = 0;
    long long steps = 0;
    double loss = 0, mse = 0, utilisation = 0, geometry = 0, perplexity = 0;
    double validation = 0;     ///< this epoch's validation total (NaN when not measured)
    double bestValidation = 0; ///< the best so far (what the checkpoint holds)
    double secondsElapsed = 0;
    double secondsLeft = 0; ///< estimated
};

struct TrainingResult
{
    int epochsRun = 0;
    double bestValidation = 0;
    int trainClips = 0;
    int validationClips = 0;
    bool cancelled = false;
};

/// Trains a DVQ and writes the best-on-validation model to options.output in the official
/// model-directory layout (MotionTokenizer::load reads it). Validation is the data's val.txt ids
/// when the folder has one, else every tenth clip. Normalisation: the folder's Mean.npy/Std.npy
/// when present, else computed from the training split (FeatureStatistics, HumanML3D's recipe).
/// Throws std::invalid_argument / ModelError.
TrainingResult trainTokenizer(const TokenizerTrainingOptions &options,
                              const std::function<void(const TrainingProgress &)> &progress = {},
                              const std::atomic<bool> *cancel = nullptr);

} // namespace gm::ml

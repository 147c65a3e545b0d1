#pragma once

#include "ml/tokenizertrainer.h"

#include <atomic>
#include <functional>
#include <string>

namespace gm::ml {

/// GPT-2 motion-to-text fine-tuning (spec §3.1, §4.2, §5.4–§5.6). The defaults are the release's
/// recipe; where the release's code does something its paper does not mean, the paper's intent
/// is the default and an option gives the release's behaviour.
struct CaptionerTrainingOptions
{
    /// A HumanML3D-layout folder: texts/<id>.txt (`caption#tokens#start#end` lines) and either
    /// motion_tokens/<id>.npy or new_joint_vecs/<id>.npy (tokenized here with the DVQ).
    std::string data;
    /// The DVQ model directory: its codebook initialises the motion rows (spec §3.1), it tokenizes
    /// features, and its tensors and statistics are copied into the output, which is thus a
    /// complete model directory.
    std::string dvq;
    /// A plain GPT-2 directory (config.json + model.safetensors with `transformer.*`, vocabulary
    /// 50257) to fine-tune; empty: a fresh GPT-2 of the sizes below.
    std::string base;
    std::string output;
    /// Where GPT-2's tokenizer files are when neither `base` nor `dvq` holds them.
    std::string tokenizerFiles;
    // A fresh model's sizes (HF config names: n_layer, n_head, n_embd, n_positions).
    int layers = 4;
    int heads = 4;
    int embedding = 128;
    int positions = 256;
    // Recipe (spec §5.6).
    int epochs = 100;
    int batchSize = 20;
    double learningRate = 1e-4;
    double minLearningRate = 1e-6;
    int cosinePeriod = 0; ///< epochs of CosineAnnealingLR's T_max; 0: twice the epochs (the release: 200 for 100)
    double weightDecay = 0.01;
    double beta2 = 0.99;
    double dropout = 0.1;
    double quoteProbability = 0.5;
    /// How often a training sequence takes the form generation sees (the prompt's " \n " as
    /// [220, 198, 220], the caption without its leading space) instead of the release's
    /// ([220, 198], "Ġ"-prefixed first word; spec §5.4 notes the mismatch). The release: 0. With
    /// it, validation uses the inference form.
    double inferenceFormProbability = 0.0;
    /// How often each motion code of a training sequence is replaced by a uniformly random code
    /// (not in validation): a captioner that cannot trust every code reads real motion, whose codes
    /// the DVQ gets less right than those of its training corpus, from the evidence of them all.
    /// The release: 0.
    double motionTokenNoise = 0.0;
    int maxLength = 256;
    /// Stage-2 orthogonality (spec §4.2), λ·Σ(ŴŴᵀ − I)²/(N(N−1)) over the embedding rows below.
    double geometryWeight = 0.01;
    /// Motion: the motion-code rows 50257 … 50257 + K − 1 (the paper's intent). Release: rows
    /// 0 … K − 1, the text rows the release's code regularises (spec §4.3; with frozen text rows
    /// its gradient is discarded).
    enum class GeometryRows { Motion, Release } geometryRows = GeometryRows::Motion;
    /// Text rows 0 … 50256 get no gradient (the release). Auto: frozen when fine-tuning `base`,
    /// trained when starting fresh (random text rows are worth nothing frozen).
    enum class FreezeText { Auto, Yes, No } freezeText = FreezeText::Auto;
    /// All: the loss covers prompt, motion tokens, caption and <|endoftext|> (the release, spec
    /// §5.5). Caption: only the caption and <|endoftext|> (what captioning needs; far cheaper,
    /// since the vocabulary projection is computed at those positions only).
    enum class LossOn { All, Caption } lossOn = LossOn::All;
    unsigned long long seed = 1234;
    std::string device = "auto";
    bool resume = false; ///< continue from output/trainer_state.* (written after every epoch)
    bool half = false;   ///< store model.safetensors as F16 (the trainer state stays F32)
};

struct CaptionerTrainingProgress
{
    int epoch = 0;
    int epochs = 0;
    long long step = 0;
    long long steps = 0;
    double loss = 0, languageModel = 0, geometry = 0;
    double validation = 0; ///< this epoch's validation cross-entropy (NaN during the epoch)
    double bestValidation = 0;
    double secondsElapsed = 0;
    double secondsLeft = 0;
};

/// Trains the captioner and writes the best-on-validation model (validation: the data's val.txt
/// ids, else every tenth clip; each clip's first caption, unquoted, no dropout) to
/// options.output as a model directory Captioner and MotionTokenizer load. Throws
/// std::invalid_argument / ModelError.
TrainingResult trainCaptioner(const CaptionerTrainingOptions &options,
                              const std::function<void(const CaptionerTrainingProgress &)> &progress = {},
                              const std::atomic<bool> *cancel = nullptr);

} // namespace gm::ml

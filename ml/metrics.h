#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gm::ml {

/// Caption metrics (spec §7.2). Sentences are token lists; `tokenize()` splits on whitespace
/// (the nlg-eval / pycocoevalcap convention: no lower-casing, punctuation stays attached).
using Words = std::vector<std::string>;
std::vector<std::string> tokenize(const std::string &sentence);

/// The paper's BLEU (spec §7.2): nlg-metricverse's bleu, i.e. tensorflow/nmt `compute_bleu` —
/// clipped counts against the max over references, corpus sums, the brevity penalty from the
/// *shortest* reference, no smoothing (a zero precision gives 0) — on `nmtTokenize`d text.
/// maxOrder 1 gives its bleu_1, 4 its bleu_4.
double nmtBleu(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references,
               int maxOrder = 4);
/// nlg-metricverse's BLEU tokenisation: lower-case, every ASCII punctuation character a space,
/// split on whitespace.
Words nmtTokenize(const std::string &sentence);

/// pycocoevalcap's corpus BLEU-1..4 (nlg-eval's convention, the one metrics-vectors.json
/// publishes; TM2T-style evaluations report it): clipped
/// n-gram counts and lengths summed over the corpus, then Π (correct + 1e-15) / (guess + 1e-9)
/// to the 1/n, and the brevity penalty exp(1 − r/c) when the corpus is shorter than the closest
/// references. Returns {BLEU-1, BLEU-2, BLEU-3, BLEU-4}.
std::vector<double> cocoBleu(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references);

/// ROUGE-L F (β = 1.2) per hypothesis with precision and recall each maximised over its
/// references, averaged over the corpus (pycocoevalcap Rouge).
double rougeL(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references);

/// CIDEr-D (pycocoevalcap Cider): 1–4-grams, tf-idf with document frequencies over the
/// corpus's reference sets, clipped, Gaussian length penalty σ = 6, × 10, averaged over the
/// corpus. (Its length counts bigrams, as the reference code does.)
double ciderD(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references);

/// Every metric `geomotion eval` reports, by its reported name, in order: Bleu_1 … Bleu_4
/// (pycocoevalcap), ROUGE_L, CIDEr, nltk_bleu_4, and the paper's bleu_1 / bleu_4 (tensorflow/nmt on
/// its own tokenisation, empty predictions dropped as nlg-metricverse does). Throws
/// std::invalid_argument when the counts differ or a prediction has no references.
std::vector<std::pair<std::string, double>> captionMetrics(const std::vector<std::string> &predictions,
                                                           const std::vector<std::vector<std::string>> &references);

/// NLTK's BLEU (nltk.translate.bleu_score 3.8), the convention TM2T-style evaluations use.
struct NltkBleuOptions
{
    std::vector<std::vector<double>> weights{{0.25, 0.25, 0.25, 0.25}};
    bool smoothingMethod1 = false; ///< SmoothingFunction().method1: 0.1 added to zero-count precisions
};
/// Corpus BLEU for each weight vector (one value per entry of options.weights).
std::vector<double> nltkCorpusBleu(const std::vector<std::vector<Words>> &references,
                                   const std::vector<Words> &hypotheses, const NltkBleuOptions &options = {});
/// Clipped n-gram precision of one hypothesis (numerator / max(1, denominator)).
double modifiedPrecision(const std::vector<Words> &references, const Words &hypothesis, int n);
/// exp(1 − r/c) when c < r, 0 for an empty hypothesis, else 1.
double brevityPenalty(int closestReferenceLength, int hypothesisLength);
/// The reference length closest to the hypothesis length (ties to the shorter).
int closestReferenceLength(const std::vector<int> &referenceLengths, int hypothesisLength);

} // namespace gm::ml

#include "ml/metrics.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <stdexcept>

namespace gm::ml {

namespace {

using Ngram = std::vector<std::string>;
using Counts = std::map<Ngram, int>;

Counts ngramCounts(const Words &words, int n)
{
    Counts counts;
    for (std::size_t i = 0; i + std::size_t(n) <= words.size(); ++i)
        ++counts[Ngram(words.begin() + std::ptrdiff_t(i), words.begin() + std::ptrdiff_t(i) + n)];
    return counts;
}

// Clipped matches and the hypothesis's n-gram total.
std::pair<int, int> clipped(const std::vector<Words> &references, const Words &hypothesis, int n)
{
    const Counts counts = ngramCounts(hypothesis, n);
    Counts maxima;
    for (const Words &r : references)
        for (const auto &[g, c] : ngramCounts(r, n))
            maxima[g] = std::max(maxima[g], c);
    int matched = 0, total = 0;
    for (const auto &[g, c] : counts) {
        const auto it = maxima.find(g);
        matched += std::min(c, it == maxima.end() ? 0 : it->second);
        total += c;
    }
    return {matched, total};
}

void checkSizes(std::size_t hypotheses, std::size_t references)
{
    if (hypotheses != references)
        throw std::invalid_argument("metrics: " + std::to_string(hypotheses) + " hypotheses but "
                                    + std::to_string(references) + " reference sets");
}

std::size_t lcs(const Words &a, const Words &b)
{
    std::vector<std::size_t> row(b.size() + 1, 0), previous(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            row[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], row[j - 1]);
        std::swap(row, previous);
    }
    return previous[b.size()];
}

} // namespace

std::vector<std::string> tokenize(const std::string &sentence)
{
    std::istringstream in(sentence);
    std::vector<std::string> words;
    for (std::string w; in >> w;)
        words.push_back(w);
    return words;
}

Words nmtTokenize(const std::string &sentence)
{
    std::string s = sentence;
    for (char &c : s) {
        const unsigned char u = static_cast<unsigned char>(c);
        c = std::ispunct(u) && u < 128 ? ' ' : char(std::tolower(u));
    }
    return tokenize(s);
}

double nmtBleu(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references, int maxOrder)
{
    checkSizes(hypotheses.size(), references.size());
    if (maxOrder < 1)
        throw std::invalid_argument("nmtBleu: max order must be at least 1");
    std::vector<double> matches(std::size_t(maxOrder), 0.0), possible(std::size_t(maxOrder), 0.0);
    double referenceLength = 0.0, translationLength = 0.0;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        if (references[i].empty())
            continue;
        std::size_t shortest = references[i].front().size();
        for (const Words &r : references[i])
            shortest = std::min(shortest, r.size());
        referenceLength += double(shortest);
        translationLength += double(hypotheses[i].size());
        for (int n = 1; n <= maxOrder; ++n) {
            matches[std::size_t(n - 1)] += clipped(references[i], hypotheses[i], n).first;
            const double candidates = double(hypotheses[i].size()) - n + 1;
            if (candidates > 0)
                possible[std::size_t(n - 1)] += candidates;
        }
    }
    double logSum = 0.0;
    for (int k = 0; k < maxOrder; ++k) {
        const double p = possible[std::size_t(k)] > 0 ? matches[std::size_t(k)] / possible[std::size_t(k)] : 0.0;
        if (!(p > 0.0))
            return 0.0;
        logSum += std::log(p) / double(maxOrder);
    }
    if (!(referenceLength > 0.0) || !(translationLength > 0.0))
        return 0.0;
    const double ratio = translationLength / referenceLength;
    const double bp = ratio > 1.0 ? 1.0 : std::exp(1.0 - 1.0 / ratio);
    return std::exp(logSum) * bp;
}

int closestReferenceLength(const std::vector<int> &lengths, int hypothesis)
{
    int best = lengths.empty() ? 0 : lengths.front();
    for (int l : lengths)
        if (std::abs(l - hypothesis) < std::abs(best - hypothesis)
            || (std::abs(l - hypothesis) == std::abs(best - hypothesis) && l < best))
            best = l;
    return best;
}

std::vector<double> cocoBleu(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references)
{
    checkSizes(hypotheses.size(), references.size());
    constexpr double kTiny = 1e-15, kSmall = 1e-9;
    double testLength = 0, referenceLength = 0;
    double guess[4] = {0, 0, 0, 0}, correct[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        const Words &h = hypotheses[i];
        std::vector<int> lengths;
        for (const Words &r : references[i])
            lengths.push_back(int(r.size()));
        testLength += double(h.size());
        referenceLength += closestReferenceLength(lengths, int(h.size()));
        for (int k = 1; k <= 4; ++k) {
            guess[k - 1] += std::max(0.0, double(h.size()) - k + 1);
            correct[k - 1] += clipped(references[i], h, k).first;
        }
    }
    std::vector<double> bleus;
    double product = 1.0;
    for (int k = 0; k < 4; ++k) {
        product *= (correct[k] + kTiny) / (guess[k] + kSmall);
        bleus.push_back(std::pow(product, 1.0 / double(k + 1)));
    }
    const double ratio = (testLength + kTiny) / (referenceLength + kSmall);
    if (ratio < 1.0)
        for (double &b : bleus)
            b *= std::exp(1.0 - 1.0 / ratio);
    return bleus;
}

double rougeL(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references)
{
    checkSizes(hypotheses.size(), references.size());
    if (hypotheses.empty())
        return 0.0;
    constexpr double kBeta = 1.2;
    double total = 0.0;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        double precision = 0.0, recall = 0.0;
        for (const Words &r : references[i]) {
            const double l = double(lcs(r, hypotheses[i]));
            precision = std::max(precision, hypotheses[i].empty() ? 0.0 : l / double(hypotheses[i].size()));
            recall = std::max(recall, r.empty() ? 0.0 : l / double(r.size()));
        }
        if (precision > 0.0 && recall > 0.0)
            total += (1 + kBeta * kBeta) * precision * recall / (recall + kBeta * kBeta * precision);
    }
    return total / double(hypotheses.size());
}

double ciderD(const std::vector<Words> &hypotheses, const std::vector<std::vector<Words>> &references)
{
    checkSizes(hypotheses.size(), references.size());
    if (hypotheses.empty())
        return 0.0;
    constexpr int kN = 4;
    constexpr double kSigma = 6.0;
    // Document frequency: in how many reference sets each n-gram appears.
    std::map<Ngram, double> df;
    for (const auto &set : references) {
        std::set<Ngram> seen;
        for (const Words &r : set)
            for (int n = 1; n <= kN; ++n)
                for (const auto &item : ngramCounts(r, n))
                    seen.insert(item.first);
        for (const Ngram &g : seen)
            df[g] += 1.0;
    }
    const double refLength = std::log(double(references.size()));
    struct Vec
    {
        std::map<Ngram, double> v[kN];
        double norm[kN] = {0, 0, 0, 0};
        double length = 0;
    };
    auto toVec = [&](const Words &words) {
        Vec out;
        for (int n = 1; n <= kN; ++n)
            for (const auto &[g, tf] : ngramCounts(words, n)) {
                const auto it = df.find(g);
                const double d = std::log(std::max(1.0, it == df.end() ? 0.0 : it->second));
                const double value = double(tf) * (refLength - d);
                out.v[n - 1][g] = value;
                out.norm[n - 1] += value * value;
                if (n == 2)
                    out.length += tf; // the reference code's `if n == 1` is the bigram index
            }
        for (double &x : out.norm)
            x = std::sqrt(x);
        return out;
    };
    double total = 0.0;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        const Vec h = toVec(hypotheses[i]);
        double score[kN] = {0, 0, 0, 0};
        for (const Words &r : references[i]) {
            const Vec ref = toVec(r);
            const double delta = h.length - ref.length;
            for (int n = 0; n < kN; ++n) {
                double value = 0.0;
                for (const auto &[g, x] : h.v[n]) {
                    const auto it = ref.v[n].find(g);
                    const double y = it == ref.v[n].end() ? 0.0 : it->second;
                    value += std::min(x, y) * y;
                }
                if (h.norm[n] != 0.0 && ref.norm[n] != 0.0)
                    value /= h.norm[n] * ref.norm[n];
                score[n] += value * std::exp(-(delta * delta) / (2 * kSigma * kSigma));
            }
        }
        const double mean = std::accumulate(score, score + kN, 0.0) / kN;
        total += references[i].empty() ? 0.0 : mean / double(references[i].size()) * 10.0;
    }
    return total / double(hypotheses.size());
}

double modifiedPrecision(const std::vector<Words> &references, const Words &hypothesis, int n)
{
    const auto [matched, total] = clipped(references, hypothesis, n);
    return double(matched) / double(std::max(1, total));
}

double brevityPenalty(int closest, int hypothesis)
{
    if (hypothesis > closest)
        return 1.0;
    if (hypothesis == 0)
        return 0.0;
    return std::exp(1.0 - double(closest) / double(hypothesis));
}

std::vector<double> nltkCorpusBleu(const std::vector<std::vector<Words>> &references,
                                   const std::vector<Words> &hypotheses, const NltkBleuOptions &options)
{
    checkSizes(hypotheses.size(), references.size());
    std::size_t maxN = 0;
    for (const auto &w : options.weights)
        maxN = std::max(maxN, w.size());
    std::vector<double> numerators(maxN + 1, 0.0), denominators(maxN + 1, 0.0);
    int hypLength = 0, refLength = 0;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        for (std::size_t n = 1; n <= maxN; ++n) {
            const auto [matched, total] = clipped(references[i], hypotheses[i], int(n));
            numerators[n] += matched;
            denominators[n] += std::max(1, total);
        }
        std::vector<int> lengths;
        for (const Words &r : references[i])
            lengths.push_back(int(r.size()));
        hypLength += int(hypotheses[i].size());
        refLength += closestReferenceLength(lengths, int(hypotheses[i].size()));
    }
    std::vector<double> scores;
    if (maxN == 0 || numerators[1] == 0.0)
        return std::vector<double>(options.weights.size(), 0.0);
    const double bp = brevityPenalty(refLength, hypLength);
    for (const auto &weights : options.weights) {
        double sum = 0.0;
        for (std::size_t k = 0; k < weights.size(); ++k) {
            double p = numerators[k + 1] / denominators[k + 1];
            if (numerators[k + 1] == 0.0)
                p = options.smoothingMethod1 ? 0.1 / denominators[k + 1] : DBL_MIN; // method1 / method0
            sum += weights[k] * std::log(p);
        }
        scores.push_back(bp * std::exp(sum));
    }
    return scores;
}

std::vector<std::pair<std::string, double>> captionMetrics(const std::vector<std::string> &predictions,
                                                           const std::vector<std::vector<std::string>> &references)
{
    if (predictions.size() != references.size())
        throw std::invalid_argument(std::to_string(predictions.size()) + " predictions, but "
                                    + std::to_string(references.size()) + " reference sets");
    std::vector<Words> hypotheses, nmtHypotheses;
    std::vector<std::vector<Words>> refs, nmtRefs;
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        if (references[i].empty())
            throw std::invalid_argument("prediction " + std::to_string(i) + " has no references");
        hypotheses.push_back(tokenize(predictions[i]));
        refs.emplace_back();
        for (const std::string &r : references[i])
            refs.back().push_back(tokenize(r));
        if (predictions[i].find_first_not_of(" \t") == std::string::npos)
            continue;
        nmtHypotheses.push_back(nmtTokenize(predictions[i]));
        nmtRefs.emplace_back();
        for (const std::string &r : references[i])
            nmtRefs.back().push_back(nmtTokenize(r));
    }
    const std::vector<double> bleu = cocoBleu(hypotheses, refs);
    return {{"Bleu_1", bleu[0]},
            {"Bleu_2", bleu[1]},
            {"Bleu_3", bleu[2]},
            {"Bleu_4", bleu[3]},
            {"ROUGE_L", rougeL(hypotheses, refs)},
            {"CIDEr", ciderD(hypotheses, refs)},
            {"nltk_bleu_4", nltkCorpusBleu(refs, hypotheses).front()},
            {"bleu_1", nmtBleu(nmtHypotheses, nmtRefs, 1)},
            {"bleu_4", nmtBleu(nmtHypotheses, nmtRefs, 4)}};
}

} // namespace gm::ml

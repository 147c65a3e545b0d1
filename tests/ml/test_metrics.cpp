// Caption metrics against every vector of metrics-vectors.json: pycocoevalcap's BLEU-1..4,
// ROUGE-L and CIDEr-D (nlg-eval's examples) and NLTK's BLEU (doctests and unit tests).

#include "common/gmtest.h"
#include "ml/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gm::ml;

namespace {

QJsonArray suites()
{
    QFile f(gm::test::dataPath(QStringLiteral("metrics-vectors.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("suites")).toArray();
}

Words words(const QJsonValue &v)
{
    if (v.isArray()) {
        Words w;
        for (const QJsonValue &x : v.toArray())
            w.push_back(x.toString().toStdString());
        return w;
    }
    return tokenize(v.toString().toStdString());
}

std::vector<Words> wordLists(const QJsonArray &a)
{
    std::vector<Words> out;
    for (const QJsonValue &v : a)
        out.push_back(words(v));
    return out;
}

// NLTK cases name sentences by key ("hyp1") into the suite's "tokens", or give text.
Words nltkSentence(const QJsonObject &tokens, const QJsonValue &key)
{
    return words(tokens.value(key.toString()));
}

std::vector<std::vector<double>> weightsOf(const QJsonObject &c, std::size_t fallbackN = 4)
{
    if (!c.contains(QStringLiteral("weights")))
        return {std::vector<double>(fallbackN, 1.0 / double(fallbackN))};
    const QJsonArray w = c.value(QStringLiteral("weights")).toArray();
    std::vector<std::vector<double>> out;
    if (w.first().isArray()) {
        for (const QJsonValue &row : w) {
            out.emplace_back();
            for (const QJsonValue &x : row.toArray())
                out.back().push_back(x.toDouble());
        }
    } else {
        out.emplace_back();
        for (const QJsonValue &x : w)
            out.back().push_back(x.toDouble());
    }
    return out;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cocoSuites_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray all = suites();
        QVERIFY(all.size() >= 3);
        for (int s = 0; s < 2; ++s)
            for (const QJsonValue &c : all.at(s).toObject().value(QStringLiteral("cases")).toArray())
                QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("id")).toString())) << c.toObject();
    }

    void cocoSuites()
    {
        QFETCH(QJsonObject, testCase);
        std::vector<Words> hypotheses;
        std::vector<std::vector<Words>> references;
        if (testCase.contains(QStringLiteral("hypotheses"))) {
            hypotheses = wordLists(testCase.value(QStringLiteral("hypotheses")).toArray());
            for (const QJsonValue &set : testCase.value(QStringLiteral("references_per_hypothesis")).toArray())
                references.push_back(wordLists(set.toArray()));
        } else {
            hypotheses = {words(testCase.value(QStringLiteral("hypothesis")))};
            references = {wordLists(testCase.value(QStringLiteral("references")).toArray())};
        }
        const std::vector<double> bleu = cocoBleu(hypotheses, references);
        const double scores[]
            = {bleu[0], bleu[1], bleu[2], bleu[3], rougeL(hypotheses, references), ciderD(hypotheses, references)};
        const char *names[] = {"Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "ROUGE_L", "CIDEr"};
        const QJsonObject full = testCase.value(QStringLiteral("full_precision")).toObject();
        for (int i = 0; i < 6; ++i) {
            const QString name = QLatin1String(names[i]);
            QVERIFY2(full.contains(name), names[i]);
            const double expected = full.value(name).toDouble();
            QVERIFY2(std::abs(scores[i] - expected) < 1e-9 + 1e-7 * std::abs(expected),
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(name)
                                    .arg(scores[i], 0, 'g', 12)
                                    .arg(expected, 0, 'g', 12)));
        }
    }

    void nltkSuite_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject suite = suites().at(2).toObject();
        for (const QJsonValue &c : suite.value(QStringLiteral("cases")).toArray())
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("id")).toString())) << c.toObject();
    }

    void nltkSuite()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject tokens = suites().at(2).toObject().value(QStringLiteral("tokens")).toObject();
        const QString fn = testCase.value(QStringLiteral("fn")).toString();
        auto referencesOf = [&](const QJsonObject &c) {
            std::vector<Words> refs;
            if (c.contains(QStringLiteral("references_text")))
                return wordLists(c.value(QStringLiteral("references_text")).toArray());
            for (const QJsonValue &k : c.value(QStringLiteral("references")).toArray())
                refs.push_back(nltkSentence(tokens, k));
            return refs;
        };
        auto hypothesisOf = [&](const QJsonObject &c) {
            return c.contains(QStringLiteral("hypothesis_text"))
                       ? words(c.value(QStringLiteral("hypothesis_text")))
                       : nltkSentence(tokens, c.value(QStringLiteral("hypothesis")));
        };
        const double tolerance = testCase.value(QStringLiteral("tolerance")).toDouble(1e-9);
        std::vector<double> got, expected;
        if (fn == QLatin1String("modified_precision")) {
            const std::vector<Words> refs = referencesOf(testCase);
            if (testCase.contains(QStringLiteral("hypotheses"))) {
                const QJsonObject hyps = testCase.value(QStringLiteral("hypotheses")).toObject();
                for (auto it = hyps.begin(); it != hyps.end(); ++it) {
                    const Words h = nltkSentence(tokens, it.key());
                    got.push_back(modifiedPrecision(refs, h, 1));
                    got.push_back(modifiedPrecision(refs, h, 2));
                    expected.push_back(it.value().toObject().value(QStringLiteral("n1")).toDouble());
                    expected.push_back(it.value().toObject().value(QStringLiteral("n2")).toDouble());
                }
            } else {
                const Words h = hypothesisOf(testCase);
                got = {modifiedPrecision(refs, h, 1), modifiedPrecision(refs, h, 2)};
                const QJsonObject e = testCase.value(QStringLiteral("expected")).toObject();
                expected = {e.value(QStringLiteral("n1")).toDouble(), e.value(QStringLiteral("n2")).toDouble()};
            }
        } else if (fn.startsWith(QLatin1String("brevity_penalty"))) {
            std::vector<int> lengths;
            for (const QJsonValue &l : testCase.value(QStringLiteral("references_lengths")).toArray())
                lengths.push_back(l.toInt());
            const int h = testCase.value(QStringLiteral("hypothesis_length")).toInt();
            got = {brevityPenalty(closestReferenceLength(lengths, h), h)};
            expected = {testCase.value(QStringLiteral("expected")).toDouble()};
        } else {
            NltkBleuOptions options;
            options.smoothingMethod1 = testCase.contains(QStringLiteral("smoothing"));
            std::vector<std::vector<Words>> refs;
            std::vector<Words> hyps;
            if (fn == QLatin1String("sentence_bleu")) {
                refs = {referencesOf(testCase)};
                hyps = {hypothesisOf(testCase)};
            } else { // corpus_bleu, and the mean of sentence_bleu over the same corpus
                QJsonObject source = testCase;
                if (!source.contains(QStringLiteral("list_of_references"))) // "the two segments above"
                    for (const QJsonValue &c : suites().at(2).toObject().value(QStringLiteral("cases")).toArray())
                        if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("nltk-corpus-1"))
                            source = c.toObject();
                for (const QJsonValue &set : source.value(QStringLiteral("list_of_references")).toArray()) {
                    refs.emplace_back();
                    for (const QJsonValue &k : set.toArray())
                        refs.back().push_back(nltkSentence(tokens, k));
                }
                for (const QJsonValue &k : source.value(QStringLiteral("hypotheses")).toArray())
                    hyps.push_back(nltkSentence(tokens, k));
            }
            const bool perLength
                = testCase.value(QStringLiteral("note")).toString().contains(QLatin1String("n = 1 and 2"));
            if (perLength) {
                options.weights = {{1.0}, {0.5, 0.5}};
            } else {
                options.weights = weightsOf(testCase);
            }
            if (fn.startsWith(QLatin1String("mean of sentence_bleu"))) {
                double sum = 0.0;
                for (std::size_t i = 0; i < hyps.size(); ++i)
                    sum += nltkCorpusBleu({refs[i]}, {hyps[i]}, options).front();
                got = {sum / double(hyps.size())};
            } else {
                got = nltkCorpusBleu(refs, hyps, options);
            }
            const QJsonValue full
                = testCase.contains(QStringLiteral("full_precision")) ? testCase.value(QStringLiteral("full_precision"))
                  : testCase.contains(QStringLiteral("expected"))     ? testCase.value(QStringLiteral("expected"))
                                                                  : testCase.value(QStringLiteral("expected_round4"));
            if (full.isArray())
                for (const QJsonValue &v : full.toArray())
                    expected.push_back(v.toDouble());
            else
                expected = std::vector<double>(got.size(), full.toDouble());
        }
        QCOMPARE(got.size(), expected.size());
        const bool rounded = testCase.contains(QStringLiteral("expected_round4"));
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(
                std::abs(got[i] - expected[i]) <= (rounded ? 5e-5 : tolerance),
                qPrintable(
                    QStringLiteral("%1: %2, expected %3").arg(i).arg(got[i], 0, 'g', 12).arg(expected[i], 0, 'g', 12)));
    }

    // The paper's BLEU (tensorflow/nmt compute_bleu on lower-cased, punctuation-free words),
    // checked by hand: "this is a good test" against "this is a test" / "this is also a test" has
    // unigram precision 4/5, bigram 2/4, trigram 1/3, no 4-gram, and is longer than the shortest
    // reference (no penalty).
    void nmtBleuByHand()
    {
        const std::vector<Words> hyp{nmtTokenize("This is a GOOD test.")};
        const std::vector<std::vector<Words>> refs{{nmtTokenize("this is a test"), nmtTokenize("this is also a test")}};
        QCOMPARE(hyp.front(), (Words{"this", "is", "a", "good", "test"}));
        QVERIFY(std::abs(nmtBleu(hyp, refs, 1) - 0.8) < 1e-12);
        QVERIFY(std::abs(nmtBleu(hyp, refs, 3) - std::cbrt(0.8 * 0.5 / 3.0)) < 1e-12);
        QCOMPARE(nmtBleu(hyp, refs, 4), 0.0); // no smoothing
        // Shorter than the shortest reference (4): penalty exp(1 − 4/2).
        QVERIFY(std::abs(nmtBleu({nmtTokenize("this is")}, refs, 1) - std::exp(-1.0)) < 1e-12);
        // pycocoevalcap's convention differs: the closest reference length and its epsilons.
        QVERIFY(std::abs(cocoBleu(hyp, refs)[0] - 0.8) < 1e-6);
        QVERIFY(cocoBleu(hyp, refs)[3] > 0.0);
        QCOMPARE(nmtBleu({{}}, {{{"a"}}}, 1), 0.0);
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cocoBleu({{"a"}}, {}));
        QCOMPARE(rougeL({}, {}), 0.0);
        QCOMPARE(ciderD({}, {}), 0.0);
        QCOMPARE(tokenize("  a  b\tc\n"), (Words{"a", "b", "c"}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"

// The quantizer's training forward (spec §2.7): straight-through Gumbel-Softmax codes, the
// perplexity-based utilisation loss, and gradients that reach the logits and the codebook.
// Uses the internal LibTorch modules (ml/dvq.h).

#include "ml/dvq.h"

#include <ATen/ATen.h>
#include <torch/autograd.h>

#include <QTest>

using namespace gm::ml;

class TestDvqTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameterCounts()
    {
        QCOMPARE(DvqConfig().parameterCount(), std::int64_t(27832583));
        DvqConfig kit;
        kit.motion_input_dim = 251;
        kit.motion_vocab_size = 128;
        Dvq model(kit);
        std::int64_t n = 0;
        for (const auto &p : model->parameters())
            n += p.numel();
        QCOMPARE(n, kit.parameterCount());
    }

    void trainingForward()
    {
        at::manual_seed(0);
        DvqConfig c;
        c.motion_vocab_size = 8;
        c.motion_hidden_dim = 16;
        c.motion_depth = 1;
        Dvq model(c);
        const at::Tensor x = at::randn({4, 32, 263});
        at::Tensor logits = model->logits(x);
        QCOMPARE(logits.sizes().vec(), (std::vector<std::int64_t>{4, 8, 4}));
        const auto out = model->quantizer->forwardTraining(logits, 0.4, 0.0);
        QCOMPARE(out.quantized.sizes().vec(), (std::vector<std::int64_t>{4, 16, 4}));
        // Perplexity of 16 assignments to 8 codes lies in [1, 8]; the utilisation loss in [0, 4].
        const double p = out.perplexity.item<double>();
        QVERIFY2(p >= 1.0 && p <= 8.0 + 1e-6, qPrintable(QString::number(p)));
        const double u = out.utilisation.item<double>();
        QVERIFY(u >= 0.0 && u <= 4.0);
        QCOMPARE(out.entropy.item<double>(), 0.0); // ent_coef 0 in the release
        // Each quantized vector is exactly one codebook row (hard forward).
        const at::Tensor rows = out.quantized.permute({0, 2, 1}).reshape({-1, 16});
        const at::Tensor distances = at::cdist(rows, model->quantizer->codebook->weight);
        QVERIFY(std::get<0>(distances.min(1)).max().item<double>() < 1e-5);
        // Gradients flow to the encoder (through the straight-through estimator) and the codebook.
        const at::Tensor reconstruction = model->decoder->forward(out.quantized);
        const at::Tensor loss = reconstruction.pow(2).mean() + 0.25 * out.utilisation;
        loss.backward();
        QVERIFY(model->quantizer->codebook->weight.grad().abs().sum().item<double>() > 0.0);
        QVERIFY(model->encoder->model->parameters().front().grad().abs().sum().item<double>() > 0.0);
        // Inference: argmax, deterministic.
        const at::Tensor codes = model->quantizer->encode(logits.detach());
        QVERIFY(at::equal(codes, logits.detach().argmax(1)));
        QCOMPARE(model->decode(codes).sizes().vec(), (std::vector<std::int64_t>{4, 32, 263}));
    }
};

QTEST_GUILESS_MAIN(TestDvqTraining)
#include "test_dvqtraining.moc"

#include "ml/sparseprojection.h"

#include <cmath>

namespace gm::ml {

at::Tensor sparseProjection(std::int64_t rows, std::int64_t cols, double sparsity, std::uint64_t seed)
{
    const double s = 1.0 / (1.0 - sparsity);
    at::manual_seed(seed); // resets the global CPU generator, as the release does
    const at::Tensor mask = at::rand({rows, cols}) < 1.0 / s;
    const at::Tensor sign = at::randint(0, 2, {rows, cols}) * 2 - 1;
    at::Tensor p = at::zeros({rows, cols});
    p.masked_scatter_(mask, sign.masked_select(mask).to(at::kFloat) * std::sqrt(s));
    return p / std::sqrt(double(rows));
}

at::Tensor projectedMotionRows(const at::Tensor &codebook, const at::Tensor &projection, const at::Tensor &wte,
                               std::int64_t textRows)
{
    const at::Tensor e = at::matmul(codebook, projection);
    const at::Tensor meanNorm = wte.slice(0, 0, textRows).norm(2, 1).mean();
    at::Tensor rows = e / (e.norm(2, 1, true) + 1e-8) * meanNorm;
    // The release's fallback for a non-finite result: small random rows.
    if (!at::isfinite(rows).all().item<bool>())
        rows = at::randn_like(e) * 0.02;
    return rows;
}

} // namespace gm::ml

#pragma once

// Internal to gm_ml (LibTorch types): the codebook → GPT-2 embedding initialisation of spec §3.1.

#include <ATen/ATen.h>

namespace gm::ml {

/// The Achlioptas-style sparse random projection P [rows, cols] of the release: the global CPU
/// generator seeded with 42 (torch.manual_seed), mask = rand < 1/s with s = 1/(1 − sparsity),
/// signs from randint(0, 2)·2 − 1, P = sign·√s where masked, then P / √rows. LibTorch's CPU
/// generator is PyTorch's, so the same calls in the same order give the same matrix, bit for bit.
at::Tensor sparseProjection(std::int64_t rows, std::int64_t cols, double sparsity = 0.9, std::uint64_t seed = 42);

/// The motion rows of the embedding (spec §3.1 steps 3–5): E = codebook · P, each row scaled
/// to the mean L2 norm of the first `textRows` rows of `wte`. [K, C].
at::Tensor projectedMotionRows(const at::Tensor &codebook, const at::Tensor &projection, const at::Tensor &wte,
                               std::int64_t textRows = 50257);

} // namespace gm::ml

#!/usr/bin/python3
"""Golden data for the sparse projection of spec §3.1 (tests/ml/test_sparseprojection.cpp), run
once with Debian's python3-torch (1.13): the release's recipe, torch.manual_seed(42), then
rand < 1/s and randint signs, P = sign·√s / √512 where masked. Writes a digest (no 1.5 MB matrix):
the nonzero count, the sum of the signs, the first 64 nonzero flat indices with their values,
and the projection of a fixed codebook (arange-based) summed per output column.

    /usr/bin/python3 tests/tools/make_projection_golden.py tests/data/sparse_projection.json"""

import json
import sys

import torch

rows, cols, sparsity = 512, 768, 0.9
s = 1.0 / (1.0 - sparsity)
torch.manual_seed(42)
mask = torch.rand(rows, cols) < 1.0 / s
sign = torch.randint(0, 2, (rows, cols)) * 2 - 1
P = torch.zeros(rows, cols)
P[mask] = sign[mask].float() * s ** 0.5
P = P / rows ** 0.5
flat = P.flatten()
nz = torch.nonzero(flat).flatten()
codebook = torch.arange(rows * rows, dtype=torch.float32).reshape(rows, rows).sin()
E = codebook @ P
out = {"rows": rows, "cols": cols, "nonzero": int(mask.sum()), "sign_sum": int(sign[mask].sum()),
       "first_indices": nz[:64].tolist(), "first_values": flat[nz[:64]].tolist(),
       "projected_column_sums": E.sum(0)[:32].tolist(), "projected_total": float(E.double().sum())}
with open(sys.argv[1] if len(sys.argv) > 1 else "tests/data/sparse_projection.json", "w") as f:
    json.dump(out, f, indent=1)
print(out["nonzero"], out["sign_sum"])

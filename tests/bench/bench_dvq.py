#!/usr/bin/python3
"""The python3-torch side of bench_dvq: the same DVQ encoder (tests/tools/make_dvq_golden.py's
PyTorch modules) at the official sizes, encoding a 196-frame clip on CPU, median of 50 runs.

    /usr/bin/python3 tests/bench/bench_dvq.py [threads]"""

import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tools"))
import make_dvq_golden as golden  # noqa: E402

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
torch.set_num_threads(threads)
config = dict(golden.CONFIG, motion_vocab_size=512, motion_hidden_dim=512, motion_depth=3)
model = golden.Dvq(config).eval()
x = torch.randn(1, 263, 196)
times = []
with torch.inference_mode():
    for i in range(55):
        start = time.perf_counter()
        logits = model.encoder.model(x)
        tokens = logits.argmax(1)
        if i >= 5:
            times.append(time.perf_counter() - start)
print(f"python3-torch {torch.__version__}, {threads} thread(s): encode 196 frames "
      f"{statistics.median(times) * 1e3:.1f} ms (median of {len(times)}), tokens {tokens.shape[1]}")

#!/usr/bin/python3
"""The python3-torch side of bench_caption: a plain forward (no KV cache: the whole sequence
again for every new token, as a straightforward script does) of GPT-2 at the official size
(tests/tools/make_gpt2_golden.py's forward), greedy, 30-token prompt, 40 new tokens.

    /usr/bin/python3 tests/bench/bench_caption.py [threads]"""

import os
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tools"))
import make_gpt2_golden as g  # noqa: E402

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
torch.set_num_threads(threads)
g.LAYERS, g.HEADS, g.EMBD, g.POSITIONS = 12, 12, 768, 1024
V = 50772
torch.manual_seed(1)
p = {"transformer.wte.weight": torch.randn(V, 768) * 0.02, "transformer.wpe.weight": torch.randn(1024, 768) * 0.02}
for i in range(12):
    h = f"transformer.h.{i}."
    for ln in ("ln_1", "ln_2"):
        p[h + ln + ".weight"] = torch.ones(768)
        p[h + ln + ".bias"] = torch.zeros(768)
    for name, shape in (("attn.c_attn", (768, 2304)), ("attn.c_proj", (768, 768)), ("mlp.c_fc", (768, 3072)),
                        ("mlp.c_proj", (3072, 768))):
        p[h + name + ".weight"] = torch.randn(*shape) * 0.02
        p[h + name + ".bias"] = torch.zeros(shape[1])
p["transformer.ln_f.weight"] = torch.ones(768)
p["transformer.ln_f.bias"] = torch.zeros(768)
ids = [8645, 378, 2420, 25, 220, 50769] + [50257 + (i * 37) % 512 for i in range(20)] + [50770, 220, 198, 220]
with torch.inference_mode():
    start = time.perf_counter()
    for _ in range(40):
        ids.append(int(g.forward(p, ids)[-1].argmax()))
    seconds = time.perf_counter() - start
print(f"python3-torch {torch.__version__}, {threads} thread(s), plain forward: 40 tokens in {seconds * 1e3:.0f} ms "
      f"= {40 / seconds:.1f} tokens/s")

#!/usr/bin/python3
"""Golden data for the C++ GPT-2 (tests/ml/test_captioner.cpp), run once with Debian's
python3-torch (1.13) and committed: a small GPT-2 written after Hugging Face's GPT2LMHeadModel
(Conv1D weights [in, out], pre-LayerNorm blocks, gelu_new, tied lm_head; spec §5.1), independently
of the C++, with the vocabulary of GeoMotionGPT for the small DVQ of tests/data/dvq_small
(50257 + 16 + 3 ids).

    /usr/bin/python3 tests/tools/make_gpt2_golden.py tests/data/dvq_small

Adds language_model.* tensors to dvq_small/model.safetensors (keeping motion_tokenizer.*), the
GPT-2 sizes to config.json, and the case gpt2_case.json: prompt ids, the logits' per-position sum,
max and argmax, the last position's top-20 logits, and the greedy continuation (40 tokens or
<|endoftext|>)."""

import json
import math
import os
import struct
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_dvq_golden import write_safetensors  # noqa: E402

LAYERS, HEADS, EMBD, POSITIONS = 2, 2, 16, 64
CODES = 16
VOCAB = 50257 + CODES + 3


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        b, end = e["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[b:end], dtype="<f4").reshape(e["shape"]).copy())
    return out


def layer_norm(x, w, b):
    return torch.nn.functional.layer_norm(x, (x.shape[-1],), w, b, 1e-5)


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


def forward(p, ids):
    L = len(ids)
    x = p["transformer.wte.weight"][ids] + p["transformer.wpe.weight"][:L]
    hd = EMBD // HEADS
    mask = torch.triu(torch.full((L, L), float("-inf")), 1)
    for i in range(LAYERS):
        h = f"transformer.h.{i}."
        a = layer_norm(x, p[h + "ln_1.weight"], p[h + "ln_1.bias"])
        qkv = a @ p[h + "attn.c_attn.weight"] + p[h + "attn.c_attn.bias"]
        q, k, v = qkv.split(EMBD, dim=-1)
        q, k, v = (t.view(L, HEADS, hd).transpose(0, 1) for t in (q, k, v))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + mask, dim=-1)
        y = (att @ v).transpose(0, 1).reshape(L, EMBD)
        x = x + (y @ p[h + "attn.c_proj.weight"] + p[h + "attn.c_proj.bias"])
        m = layer_norm(x, p[h + "ln_2.weight"], p[h + "ln_2.bias"])
        m = gelu_new(m @ p[h + "mlp.c_fc.weight"] + p[h + "mlp.c_fc.bias"])
        x = x + (m @ p[h + "mlp.c_proj.weight"] + p[h + "mlp.c_proj.bias"])
    x = layer_norm(x, p["transformer.ln_f.weight"], p["transformer.ln_f.bias"])
    return x @ p["transformer.wte.weight"].T


def main(out):
    torch.manual_seed(5)
    p = {"transformer.wte.weight": torch.randn(VOCAB, EMBD) * 0.5, "transformer.wpe.weight": torch.randn(POSITIONS, EMBD) * 0.1}
    for i in range(LAYERS):
        h = f"transformer.h.{i}."
        for ln in ("ln_1", "ln_2"):
            p[h + ln + ".weight"] = 1.0 + 0.1 * torch.randn(EMBD)
            p[h + ln + ".bias"] = 0.1 * torch.randn(EMBD)
        for name, shape in (("attn.c_attn", (EMBD, 3 * EMBD)), ("attn.c_proj", (EMBD, EMBD)),
                            ("mlp.c_fc", (EMBD, 4 * EMBD)), ("mlp.c_proj", (4 * EMBD, EMBD))):
            p[h + name + ".weight"] = torch.randn(*shape) * 0.3
            p[h + name + ".bias"] = torch.randn(shape[1]) * 0.05
    p["transformer.ln_f.weight"] = 1.0 + 0.1 * torch.randn(EMBD)
    p["transformer.ln_f.bias"] = 0.1 * torch.randn(EMBD)

    codes = [14, 2, 2, 1]
    prompt = [8645, 378, 2420, 25, 220, 50257 + CODES] + [50257 + c for c in codes] + [50257 + CODES + 1, 220, 198, 220]
    with torch.no_grad():
        logits = forward(p, prompt)
        ids = list(prompt)
        generated = []
        for _ in range(40):
            nxt = int(forward(p, ids)[-1].argmax())
            if nxt == 50256:
                break
            generated.append(nxt)
            ids.append(nxt)
    last = logits[-1]
    top = torch.topk(last, 20)
    case = {"prompt": prompt, "codes": codes,
            "position_sum": [float(r.double().sum()) for r in logits],
            "position_max": [float(r.max()) for r in logits],
            "position_argmax": [int(r.argmax()) for r in logits],
            "last_top_ids": top.indices.tolist(), "last_top_logits": top.values.tolist(),
            "greedy": generated}

    weights = os.path.join(out, "model.safetensors")
    tensors = {k: v for k, v in read_safetensors(weights).items() if k.startswith("motion_tokenizer.")}
    for k, v in p.items():
        tensors["language_model." + k] = v
    tensors["language_model.lm_head.weight"] = p["transformer.wte.weight"]  # the export's separate copy
    write_safetensors(weights, tensors)
    config_path = os.path.join(out, "config.json")
    with open(config_path) as f:
        config = json.load(f)
    config.update(text_vocab_size=50257, vocab_size=VOCAB, n_positions=POSITIONS, n_embd=EMBD, n_layer=LAYERS,
                  n_head=HEADS, n_inner=None, activation_function="gelu_new", layer_norm_epsilon=1e-5,
                  bos_token_id=50256, eos_token_id=50256, pad_token_id=50256)
    with open(config_path, "w") as f:
        json.dump(config, f, indent=2)
        f.write("\n")
    with open(os.path.join(out, "gpt2_case.json"), "w") as f:
        json.dump(case, f, indent=1)
    print("greedy", generated[:10], "...", len(generated))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/dvq_small")

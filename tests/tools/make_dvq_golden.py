#!/usr/bin/python3
"""Golden data for the C++ DVQ (tests/ml/test_motiontokenizer.cpp), run once with Debian's
python3-torch (1.13) and committed: a small DVQ written the way the official code builds it
(dvq/encdec.py, dvq/resnet.py, dvq/quantize_softgumbel.py, spec §2), independently of the C++.

    /usr/bin/python3 tests/tools/make_dvq_golden.py tests/data/dvq_small

Writes config.json, model.safetensors (motion_tokenizer.* keys), vqvae.pt (the flat .pt dict with
vqvae.* keys), mean.npy, std.npy, and the case: features.npy [37, 263] (not normalised),
logits.npy [4, K], tokens.npy [4] int64, decoded.npy [32, 263] (de-normalised)."""

import json
import os
import struct
import sys

import numpy as np
import torch
import torch.nn as nn

CONFIG = dict(motion_input_dim=263, motion_vocab_size=16, motion_hidden_dim=32, motion_down_t=3,
              motion_depth=2, motion_dilation_growth_rate=3)


class ResConv1DBlock(nn.Module):
    def __init__(self, width, dilation):
        super().__init__()
        self.conv1 = nn.Conv1d(width, width, 3, 1, dilation, dilation)
        self.conv2 = nn.Conv1d(width, width, 1)

    def forward(self, x):
        return x + self.conv2(torch.relu(self.conv1(torch.relu(x))))


class Resnet1D(nn.Module):
    def __init__(self, width, depth, growth):
        super().__init__()
        blocks = [ResConv1DBlock(width, growth ** d) for d in range(depth)]
        self.model = nn.Sequential(*blocks[::-1])  # reverse_dilation=True

    def forward(self, x):
        return self.model(x)


def encoder(c):
    w = c["motion_hidden_dim"]
    layers = [nn.Conv1d(c["motion_input_dim"], w, 3, 1, 1), nn.ReLU()]
    for _ in range(c["motion_down_t"]):
        layers.append(nn.Sequential(nn.Conv1d(w, w, 4, 2, 1),
                                    Resnet1D(w, c["motion_depth"], c["motion_dilation_growth_rate"])))
    layers.append(nn.Conv1d(w, c["motion_vocab_size"], 3, 1, 1))
    m = nn.Module()
    m.model = nn.Sequential(*layers)
    return m


def decoder(c):
    w = c["motion_hidden_dim"]
    layers = [nn.Conv1d(w, w, 3, 1, 1), nn.ReLU()]
    for _ in range(c["motion_down_t"]):
        layers.append(nn.Sequential(Resnet1D(w, c["motion_depth"], c["motion_dilation_growth_rate"]),
                                    nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv1d(w, w, 3, 1, 1)))
    layers += [nn.Conv1d(w, w, 3, 1, 1), nn.ReLU(), nn.Conv1d(w, c["motion_input_dim"], 3, 1, 1)]
    m = nn.Module()
    m.model = nn.Sequential(*layers)
    return m


class Dvq(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.encoder = encoder(c)
        self.decoder = decoder(c)
        self.quantizer = nn.Module()
        self.quantizer.codebook = nn.Embedding(c["motion_vocab_size"], c["motion_hidden_dim"])


def write_safetensors(path, tensors):
    header, offset, blobs = {}, 0, []
    for name, t in tensors.items():
        data = t.detach().contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def main(out):
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    model = Dvq(CONFIG).eval()
    with torch.no_grad():
        model.quantizer.codebook.weight.normal_(0.0, 1.0)
    rng = np.random.default_rng(7)
    d = CONFIG["motion_input_dim"]
    mean = rng.normal(0.0, 0.5, d).astype(np.float32)
    std = rng.uniform(0.2, 1.5, d).astype(np.float32)
    features = (rng.normal(0.0, 1.0, (37, d)) * std + mean).astype(np.float32)

    with torch.no_grad():
        x = torch.from_numpy((features - mean) / std)[None].permute(0, 2, 1)
        logits = model.encoder.model(x)[0].T.contiguous()  # [T', K]
        tokens = logits.argmax(1)
        q = model.quantizer.codebook(tokens[None]).permute(0, 2, 1)
        decoded = model.decoder.model(q)[0].T.numpy() * std + mean

    state = model.state_dict()
    write_safetensors(os.path.join(out, "model.safetensors"), {"motion_tokenizer." + k: v for k, v in state.items()})
    torch.save({"vqvae." + k: v for k, v in state.items()}, os.path.join(out, "vqvae.pt"))
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(dict(model_type="geomotiongpt", **CONFIG), f, indent=2)
        f.write("\n")
    np.save(os.path.join(out, "mean.npy"), mean)
    np.save(os.path.join(out, "std.npy"), std)
    np.save(os.path.join(out, "features.npy"), features)
    np.save(os.path.join(out, "logits.npy"), logits.numpy().astype(np.float32))
    np.save(os.path.join(out, "tokens.npy"), tokens.numpy().astype(np.int64))
    np.save(os.path.join(out, "decoded.npy"), np.ascontiguousarray(decoded, dtype=np.float32))
    print("parameters", sum(p.numel() for p in model.parameters()), "tokens", tokens.tolist())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/dvq_small")

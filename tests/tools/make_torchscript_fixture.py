#!/usr/bin/python3
"""Writes tests/data/torchscript.pt: a TorchScript archive (a scripted module, with code) of the
kind that must never be loaded (issue 13: untrusted models). Run once with Debian's python3-torch:
    /usr/bin/python3 tests/tools/make_torchscript_fixture.py
"""
import pathlib

import torch


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(2, 2))

    def forward(self, x):
        return x @ self.weight


out = pathlib.Path(__file__).resolve().parent.parent / "data" / "torchscript.pt"
torch.manual_seed(0)
torch.jit.save(torch.jit.script(Tiny()), str(out))
print(out, out.stat().st_size, "bytes")

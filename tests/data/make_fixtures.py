#!/usr/bin/python3
"""Generates the small synthetic fixtures of tests/io/test_npy.cpp and tests/io/test_amassreader.cpp.

Everything here is made up by this script (seeded random numbers and hand-picked values): no AMASS,
SMPL or other third-party data. Run with an interpreter that has numpy, from anywhere:

    /usr/bin/python3 tests/data/make_fixtures.py

The expected values the tests check are either literals in the tests or arrays written here
(amass_expected_joints.npy, computed with rotation matrices, independently of the C++ quaternions).
"""

import io
import os
import struct
import zipfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def npy_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def patch_uncompressed_size(name, member, size):
    """Rewrites a member's uncompressed size in the zip central directory and in its local header
    (readers compare the two)."""
    data = bytearray(open(path(name), "rb").read())
    for signature, size_at, name_length_at, name_at in ((b"PK\x01\x02", 24, 28, 46), (b"PK\x03\x04", 22, 26, 30)):
        pos = 0
        while True:
            pos = data.index(signature, pos)
            name_length = struct.unpack_from("<H", data, pos + name_length_at)[0]
            if data[pos + name_at:pos + name_at + name_length].decode() == member:
                break
            pos += 4
        struct.pack_into("<I", data, pos + size_at, size)
    open(path(name), "wb").write(bytes(data))


def central_sizes(name, member):
    with zipfile.ZipFile(path(name)) as z:
        info = z.getinfo(member)
        return info.compress_size, info.file_size


# ---- .npz basics --------------------------------------------------------------------------------

arrays = {
    "f32": np.array([[1.5, -2.0, 3.25], [0.0, 1e-3, -7.0]], dtype=np.float32),
    "f64_scalar": np.float64(60.0),
    "i64": np.array([-1, 0, 2**40, 7], dtype=np.int64),
    "i32": np.array([[1, -2], [3, -4]], dtype=np.int32),
    "u8": np.array([0, 128, 255], dtype=np.uint8),
    "flags": np.array([True, False, True]),
    "gender": np.array(b"female"),
    "name": np.array("h\u00e9llo"),
    "empty": np.zeros((0, 3), dtype=np.float64),
}
np.savez(path("npz_stored.npz"), **arrays)
np.savez_compressed(path("npz_compressed.npz"), **arrays)

# A zip whose only member is a .npy cut 10 bytes short.
with zipfile.ZipFile(path("npz_truncated_member.npz"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("a.npy", npy_bytes(np.arange(16, dtype=np.float32).reshape(4, 4))[:-10])

# A deflated member whose header claims ~2 GB (far beyond deflate's 1032:1).
np.savez_compressed(path("npz_absurd_size.npz"), big=np.zeros(64))
patch_uncompressed_size("npz_absurd_size.npz", "big.npy", 0x7FFFFFF0)

# A deflated member whose headers claim 64 bytes more than it inflates to.
np.savez_compressed(path("npz_short_member.npz"), x=np.arange(32, dtype=np.float64))
_, size = central_sizes("npz_short_member.npz", "x.npy")
patch_uncompressed_size("npz_short_member.npz", "x.npy", size + 64)

# A stored member with one data byte flipped: the CRC no longer matches.
np.savez(path("npz_bad_crc.npz"), x=np.arange(8, dtype=np.float64))
data = bytearray(open(path("npz_bad_crc.npz"), "rb").read())
data[data.index(b"\x93NUMPY") + 128 + 9] ^= 0xFF  # inside the float64 data after the 128-byte header
open(path("npz_bad_crc.npz"), "wb").write(bytes(data))

# ---- AMASS-layout motions and fake body models ---------------------------------------------------

rng = np.random.default_rng(20240611)


def rodrigues(v):
    angle = np.linalg.norm(v)
    if angle < 1e-12:
        return np.eye(3)
    k = v / angle
    K = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    return np.eye(3) + np.sin(angle) * K + (1 - np.cos(angle)) * K @ K


PARENTS = [-1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 12, 13, 14, 16, 17, 18, 19]
LEFT_KNEE = 4

# SMPL-H layout, 12 frames at 60 fps: frame 0 is the zero pose; frames 1-5 bend the left knee about
# +X up to 90° at frame 5 (nothing else rotates); frames 6-10 rotate every joint randomly; frame 11
# bends only the left knee by exactly 90° about +X. Hand joints get random values the reader must
# ignore.
T = 12
poses = np.zeros((T, 156))
for f in range(1, 6):
    poses[f, 3 * LEFT_KNEE] = np.pi / 2 * f / 5
poses[6:11, :66] = rng.normal(0.0, 0.4, (5, 66))
poses[11, 3 * LEFT_KNEE] = np.pi / 2
poses[:, 66:] = rng.normal(0.0, 0.3, (T, 90))
trans = np.stack([0.1 * np.arange(T), -0.05 * np.arange(T), 0.9 + 0.01 * np.arange(T)], axis=1)
betas = rng.normal(0.0, 1.0, 16)
np.savez(path("amass_smplh.npz"), poses=poses, trans=trans, betas=betas, gender=np.array(b"female"),
         mocap_framerate=np.array(60.0), dmpls=np.zeros((T, 8)))

# SMPL-X layout (AMASS's SMPL-X release spells the rate mocap_frame_rate), compressed, 5 frames.
poses_x = np.zeros((5, 165))
poses_x[:, 66:] = rng.normal(0.0, 0.3, (5, 99))  # jaw, eyes, hands: ignored
poses_x[2, 3 * 16:3 * 16 + 3] = [0.0, 0.0, -np.pi / 2]  # left shoulder: arm down
np.savez_compressed(path("amass_smplx.npz"), poses=poses_x, trans=np.zeros((5, 3)), betas=np.zeros(16),
                    gender=np.array("male"), mocap_frame_rate=np.array(30.0),
                    surface_model_type=np.array("smplx"))

# A fake body model: 24 joints regressed from 30 vertices (each joint a weighted mix of 3 vertices),
# 10 shape directions, and one pickled member the reader must not touch.
V, B = 30, 10
v_template = rng.normal(0.0, 0.3, (V, 3))
shapedirs = rng.normal(0.0, 0.02, (V, 3, B))
J_regressor = np.zeros((24, V))
for j in range(24):
    columns = rng.choice(V, 3, replace=False)
    weights = rng.uniform(0.2, 1.0, 3)
    J_regressor[j, columns] = weights / weights.sum()
np.savez(path("bodymodel_regressor.npz"), J_regressor=J_regressor, v_template=v_template, shapedirs=shapedirs,
         f=np.array([[0, 1, 2]], dtype=np.int64),
         pose_training_info=np.array({"not": "an array we read"}, dtype=object))

# A body model with only mean-shape joints J (and a kinematic tree we ignore).
J_only = rng.normal(0.0, 0.3, (24, 3))
np.savez(path("bodymodel_j.npz"), J=J_only, kintree_table=np.array([[-1] + list(range(23)), list(range(24))]))

# Not a body model: no J and no J_regressor/shapedirs.
np.savez(path("bodymodel_missing.npz"), v_template=v_template)

# Expected global joint positions of amass_smplh.npz with bodymodel_regressor.npz: SMPL forward
# kinematics with rotation matrices.
rest = (J_regressor @ (v_template + shapedirs @ betas[:B]))[:22]
expected = np.zeros((T, 22, 3))
for f in range(T):
    G = [None] * 22
    for j in range(22):
        R = rodrigues(poses[f, 3 * j:3 * j + 3])
        p = PARENTS[j]
        if p < 0:
            G[j] = R
            expected[f, j] = trans[f] + rest[0]
        else:
            G[j] = G[p] @ R
            expected[f, j] = expected[f, p] + G[p] @ (rest[j] - rest[p])
np.save(path("amass_expected_joints.npy"), expected)

for name in sorted(os.listdir(HERE)):
    if name.endswith((".npz", ".npy")):
        print(f"{name:32s} {os.path.getsize(path(name)):7d} bytes")

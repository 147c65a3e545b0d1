#!/usr/bin/env bash
# The Qt-free geomotion end to end: no Qt library linked, a motion file's info, features and a
# caption, and the dataset-folder mode (one output per clip, summary.json, --resume, shards) on
# the shared data's HumanML3D folder and a folder of BVH files.
# Usage: smoke.sh GEOMOTION SHARED_DATA MODEL_DIR
set -euo pipefail
exe=$1 data=$2 model=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Our own links (Debian's LibTorch itself pulls Qt 5 in through OpenCV; that is not ours).
if readelf -d "$exe" | grep NEEDED | grep -qi 'libQt'; then
  fail "geomotion links Qt: $(readelf -d "$exe" | grep NEEDED | grep -i libQt)"
fi
# (Outputs are captured first: grep -q on a pipe could cut the writer off under pipefail.)
out=$("$exe" --version)
[[ $out == geomotion* ]] || fail "--version: $out"
out=$("$exe" info "$data/bvh/cmu/131_01.bvh")
[[ $out == *BVH* ]] || fail "info: $out"
out=$("$exe" features "$data/bvh/cmu/131_01.bvh" -o "$work/f.npy")
[[ $out == *263* ]] || fail "features: $out"
caption=$("$exe" caption "$data/bvh/cmu/131_01.bvh" --model "$model")
[[ ${#caption} -gt 5 ]] || fail "caption: '$caption'"

# Dataset folders: HumanML3D layout (features straight from new_joint_vecs) and motion files.
"$exe" tokenize "$data/humanml3d" --model "$model" --out "$work/tokens" >/dev/null || fail "tokenize DIR"
grep -q '"written": 1' "$work/tokens/summary.json" || fail "summary: $(cat "$work/tokens/summary.json")"
[[ -f $work/tokens/012314.npy ]] || fail "no tokens/012314.npy"
out=$("$exe" tokenize "$data/humanml3d" --model "$model" --out "$work/tokens" --resume)
[[ $out == *"1 already done"* ]] || fail "--resume: $out"
mkdir -p "$work/bvh"
cp "$data/bvh/cmu/131_01.bvh" "$data/bvh/cmu/131_03.bvh" "$work/bvh/"
printf 'HIERARCHY\nROOT Hips\n{\n' > "$work/bvh/broken.bvh"
status=0
"$exe" caption "$work/bvh" --model "$model" --out "$work/captions" --shard 0/2 >/dev/null 2>&1 || status=$?
"$exe" caption "$work/bvh" --model "$model" --out "$work/captions" --shard 1/2 >/dev/null 2>&1 || status=$?
[[ $status == 1 ]] || fail "a broken file should make a shard exit 1, got $status"
[[ -s $work/captions/131_01.txt && -s $work/captions/131_03.txt ]] || fail "captions missing: $(ls "$work/captions")"
grep -q broken.bvh "$work"/captions/summary.shard-*.json || fail "the broken file is not in a summary"

# The model store: install the model folder under a name, use it by name, remove it.
mkdir -p "$work/release"
cp "$model/config.json" "$model/model.safetensors" "$work/release/"
export GEOMOTION_MODELS_DIR=$work/models
out=$("$exe" model install "$work/release" --name smoke 2>/dev/null) || fail "model install"
[[ $out == *"installed smoke"* ]] || fail "model install: $out"
caption=$("$exe" caption "$data/bvh/cmu/131_01.bvh" --model smoke)
[[ ${#caption} -gt 5 ]] || fail "caption --model smoke: '$caption'"
out=$("$exe" model list)
[[ $out == *smoke* ]] || fail "model list: $out"
"$exe" model remove smoke >/dev/null || fail "model remove"
[[ ! -e $work/models/smoke ]] || fail "model remove left $work/models/smoke"
echo "qtfree smoke: ok"

#!/usr/bin/env bash
# Runs `geomotion COMMAND DATA` over a Slurm cluster: N array tasks (one shard each), then a merge
# step once they have all ended. Prints the two job ids.
#   packaging/slurm/submit.sh -n 8 caption /data/HumanML3D /out/captions --model /models/m [-- sbatch options]
# Environment: GM_GEOMOTION (the executable), GM_EXTRA (more geomotion options).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=4
if [[ ${1:-} == -n ]]; then shards=$2; shift 2; fi
(( $# >= 3 )) || { sed -n '2,6p' "$0" >&2; exit 2; }
command=$1 data=$2 out=$3
shift 3
model=
if [[ ${1:-} == --model ]]; then model=$2; shift 2; fi
[[ ${1:-} == -- ]] && shift
mkdir -p "$out"
# The jobs run in $out: every path they get is made absolute here.
data=$(realpath "$data") out=$(realpath "$out")
[[ -n $model ]] && model=$(realpath "$model")
[[ ${GM_GEOMOTION:-} == */* ]] && GM_GEOMOTION=$(realpath "$GM_GEOMOTION") && export GM_GEOMOTION
export GM_COMMAND=$command GM_DATA=$data GM_OUT=$out GM_MODEL=$model
array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" --chdir="$out" "$@" "$here/geomotion-array.sbatch")
merge=$(sbatch --parsable --export=ALL --dependency="afterany:${array%%;*}" --chdir="$out" "$@" "$here/merge.sbatch")
echo "array job $array ($shards shards), merge job $merge"

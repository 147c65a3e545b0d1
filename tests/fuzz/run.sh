#!/usr/bin/env bash
# Builds the fuzz targets with clang, libFuzzer, ASan and UBSan (preset "fuzz" → build/fuzz) and
# runs each for GM_FUZZ_SECONDS (default 30) from its seeds (tests/fuzz/seeds/<target>/ and the
# shared data named in seeds.txt). Fails when a target crashes, leaks, hangs (10 s per input) or
# grows past 2 GiB; the input is left in build/fuzz/crashes/<target>/ — copy it to
# tests/fuzz/regressions/<target>/ with the fix, and ctest's fuzz_regressions_<target> keeps it.
# Usage: tests/fuzz/run.sh [TARGET...]   (default: every target of seeds.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${GM_SHARED_DATA_DIR:-$root/../shared/data}
seconds=${GM_FUZZ_SECONDS:-30}
# A fixed seed: the same sources and seeds explore the same inputs, so CI is reproducible (an
# input found once is then a regression test); GM_FUZZ_SEED=0 lets libFuzzer pick.
random_seed=${GM_FUZZ_SEED:-1}
build=$root/build/fuzz
command -v clang++ >/dev/null || { echo "run.sh: clang++ is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }

cmake --preset fuzz -S "$root" -DGM_SHARED_DATA_DIR="$data" >/dev/null
cmake --build --preset fuzz --target fuzz_all

mapfile -t lines < <(grep '^[a-z]' "$root/tests/fuzz/seeds.txt")
targets=("$@")
if ((${#targets[@]} == 0)); then
  for line in "${lines[@]}"; do targets+=("${line%% *}"); done
fi
failed=()
for target in "${targets[@]}"; do
  corpus=$build/corpus/$target
  crashes=$build/crashes/$target
  mkdir -p "$corpus" "$crashes"
  cp -n "$root/tests/fuzz/seeds/$target"/* "$corpus"/ 2>/dev/null || true
  for line in "${lines[@]}"; do
    [[ ${line%% *} == "$target" ]] || continue
    for seed in ${line#"$target"}; do
      find "$data/$seed" -type f -size -64k -print0 2>/dev/null | while IFS= read -r -d '' f; do
        cp -n "$f" "$corpus/$(basename "$f")" 2>/dev/null || true
      done
    done
  done
  echo "== fuzz_$target: $(ls "$corpus" | wc -l) seed(s), ${seconds} s"
  if ! (cd "$build" && ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "./tests/fuzz/fuzz_$target" -max_total_time="$seconds" -seed="$random_seed" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" > "$build/fuzz_$target.log" 2>&1); then
    echo "fuzz_$target FAILED: see $build/fuzz_$target.log; inputs in $crashes/"
    tail -n 40 "$build/fuzz_$target.log"
    failed+=("$target")
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_$target.log" | tr '\n' ' '
    echo
  fi
done
if ((${#failed[@]} > 0)); then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing: ${#targets[@]} target(s), ${seconds} s each, no crash"

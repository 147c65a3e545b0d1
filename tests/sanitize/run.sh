#!/usr/bin/env bash
# The motion, ml, model-store and app-core tests built with AddressSanitizer and UndefinedBehaviorSanitizer
# (preset "asan" → build/asan) and run; any report (a bad access, a leak, undefined behaviour)
# fails the test that made it. Tests that need a display (label gl) are left out; so are the
# studio's widgets (label widgets: they need gm_ui, the largest part of the build).
# Usage: tests/sanitize/run.sh [CTEST-ARGS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
build=$root/build/asan
# The unit tests (test_*) and the fuzz regressions; not the scripted ones (the .deb, Slurm).
selection=(-L "motion|io|ml|models|app" -LE "gl|widgets" -R "^(test_|fuzz_regressions_)")

cmake --preset asan -S "$root" >/dev/null
# Build only the selected tests (and what they link), not the studio.
mapfile -t tests < <(ctest --test-dir "$build" -N "${selection[@]}" | sed -n 's/^ *Test *#[0-9]*: \([^ ]*\).*/\1/p')
targets=()
for t in "${tests[@]}"; do
  case $t in
    fuzz_regressions_*) targets+=("fuzzrun_${t#fuzz_regressions_}") ;;
    *) targets+=("$t") ;;
  esac
done
echo "asan: building ${#targets[@]} test program(s)"
cmake --build --preset asan -j "$jobs" --target "${targets[@]}"

# LibTorch keeps allocations alive in globals until exit; they are reachable, not leaks, but
# some are freed by atexit handlers that LSan runs after: suppress those by library.
supp=$root/tests/sanitize/lsan.supp
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" "${selection[@]}" --output-on-failure --timeout 900 -j "$jobs" "$@"

#!/usr/bin/env bash
# One entry point for developers and CI (see README.md):
#
#   packaging/dev.sh studio [FILE...]   install what is missing, build, launch the studio playing
#                                       FILE... (default: the bundled demo clip, CMU 01_01)
#   packaging/dev.sh test [CTEST-ARGS]  install what is missing, build, run the whole suite under Xvfb,
#                                       then build the Qt-free core with Qt hidden and run its smoke tests,
#                                       the core tests under ASan + UBSan, and fuzz every reader for a
#                                       bounded time
#   packaging/dev.sh build              install what is missing and build
#
# With CI=true the build uses the "ci" preset (warnings are errors) and everything runs headless.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

preset=release
[[ "${CI:-}" == "true" ]] && preset=ci
jobs=$(nproc 2>/dev/null || echo 2)

step() { printf '\n== %s\n' "$*"; }

setup() {
  step "dependencies"
  "$root/packaging/install-deps.sh"
  step "configure ($preset)"
  cmake --preset "$preset" >/dev/null
  step "build"
  cmake --build --preset "$preset" -j "$jobs"
}

# A private runtime dir silences Qt's XDG_RUNTIME_DIR warning and keeps test runs apart.
runtime_dir() {
  if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/geomotion-runtime.XXXXXX)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
  fi
}

cmd=${1:-}
[[ $# -gt 0 ]] && shift
case "$cmd" in
  build)
    setup
    ;;
  studio)
    setup
    runtime_dir
    exe="$root/build/$preset/app/ui/geomotion-studio"
    (($# > 0)) || set -- "$root/resources/demo/cmu_01_01.bvh"
    step "launch"
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
      echo "dev.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); starting the studio on a virtual one (Xvfb)" >&2
      exec xvfb-run -a -s '-screen 0 1280x800x24' "$exe" "$@"
    fi
    exec "$exe" "$@"
    ;;
  test)
    setup
    runtime_dir
    step "test (under Xvfb)"
    start=$(date +%s)
    xvfb-run -a -s '-screen 0 1280x800x24' \
      ctest --test-dir "$root/build/$preset" --output-on-failure --timeout 600 -j "$jobs" "$@"
    # The Qt-free core on its own, with Qt hidden from CMake: it must build without Qt and its
    # batch commands must work end to end.
    step "Qt-free build (ci-qt-free: Qt hidden) and its smoke tests"
    cmake --preset ci-qt-free >/dev/null
    cmake --build --preset ci-qt-free -j "$jobs"
    ctest --test-dir "$root/build/ci-qt-free" --output-on-failure --timeout 600 "$@"
    # The motion, ml, model-store and app-core tests again, built with AddressSanitizer and
    # UndefinedBehaviorSanitizer (build/asan): any report fails the test that made it.
    step "ASan + UBSan build and tests (tests/sanitize/run.sh)"
    "$root/tests/sanitize/run.sh"
    # Every reader fuzzed for a bounded time (clang, libFuzzer, ASan, UBSan).
    step "fuzz the readers (${GM_FUZZ_SECONDS:-30} s each)"
    "$root/tests/fuzz/run.sh"
    echo "dev.sh: tests finished in $(( $(date +%s) - start )) s"
    ;;
  *)
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

#!/usr/bin/env bash
# The .deb that CPack makes, installed on this machine: `geomotion --version`, a caption with the
# installed model, the studio finding its model and demo clip under /usr/share/geomotion, and a
# headless studio start (a screenshot) from the installed paths. Removes the package afterwards.
# Exits 77 (skipped) without root or dpkg. Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$1
[[ $(id -u) == 0 ]] || { echo "SKIP: installing a .deb needs root"; exit 77; }
command -v dpkg >/dev/null || { echo "SKIP: no dpkg"; exit 77; }
if dpkg-query -W geomotion-studio >/dev/null 2>&1; then
  echo "SKIP: a geomotion-studio package is already installed; not touching it"; exit 77
fi
work=$(mktemp -d)
trap 'dpkg -r geomotion-studio >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/geomotion-studio_*.deb)
dpkg -i "$deb" >/dev/null || { echo "FAIL: dpkg -i $deb"; exit 1; }
out=$(/usr/bin/geomotion --version)
[[ $out == geomotion* ]] || { echo "FAIL: --version: $out"; exit 1; }
caption=$(/usr/bin/geomotion caption /usr/share/geomotion/demo/cmu_01_01.bvh --model /usr/share/geomotion/model)
[[ ${#caption} -gt 5 ]] || { echo "FAIL: caption '$caption'"; exit 1; }
found=$(env -u GEOMOTION_DATA_DIR /usr/bin/geomotion-studio --resources)
[[ $found == *"model: /usr/share/geomotion/model"* && $found == *"demo: /usr/share/geomotion/demo/cmu_01_01.bvh"* ]] \
  || { echo "FAIL: the installed studio found: $found"; exit 1; }
run() { if [[ -n ${DISPLAY:-} ]]; then "$@"; else xvfb-run -a -s '-screen 0 1280x800x24' "$@"; fi; }
XDG_CONFIG_HOME=$work/config run /usr/bin/geomotion-studio --screenshot "$work/shot.png" /usr/share/geomotion/demo/cmu_01_01.bvh
[[ -s $work/shot.png ]] || { echo "FAIL: no screenshot from the installed studio"; exit 1; }
echo "deb: installed, ran and found its model and demo clip in /usr/share/geomotion"

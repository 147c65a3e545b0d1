#!/usr/bin/env bash
# The .deb that CPack makes, installed on this machine: `geomotion --version`, a caption with the
# installed model, the studio finding its model, demo clip and translations under
# /usr/share/geomotion (German chosen for a German system), the hicolor icons, and a headless
# studio start in German (a screenshot) from the installed paths. Removes the package afterwards.
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
# What `geomotion model install` adds to the official release, installed beside the model.
for f in humanml3d/Mean.npy humanml3d/Std.npy models/manifest.json; do
  [[ -s /usr/share/geomotion/$f ]] || { echo "FAIL: /usr/share/geomotion/$f not installed"; exit 1; }
done
mkdir -p "$work/release"
cp /usr/share/geomotion/model/config.json /usr/share/geomotion/model/model.safetensors "$work/release/"
out=$(GEOMOTION_MODELS_DIR=$work/models /usr/bin/geomotion model install "$work/release" --name deb 2>&1) \
  || { echo "FAIL: model install: $out"; exit 1; }
[[ -s $work/models/deb/Mean.npy && -s $work/models/deb/encoder.json ]] || { echo "FAIL: model install: $out"; exit 1; }
found=$(env -u GEOMOTION_DATA_DIR QT_QPA_PLATFORM=offscreen LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= XDG_CONFIG_HOME=$work/config \
  /usr/bin/geomotion-studio --resources)
[[ $found == *"model: /usr/share/geomotion/model"* && $found == *"demo: /usr/share/geomotion/demo/cmu_01_01.bvh"* ]] \
  || { echo "FAIL: the installed studio found: $found"; exit 1; }
# Translations (component "translations") found where they were installed, and the German one
# chosen for a German system.
[[ $found == *"translations: /usr/share/geomotion/translations"* && $found == *"languages: en de es fr ja zh_CN"* \
  && $found == *"language: de"* ]] || { echo "FAIL: translations: $found"; exit 1; }
for size in 16 32 48 256; do
  [[ -s /usr/share/icons/hicolor/${size}x${size}/apps/geomotion-studio.png ]] \
    || { echo "FAIL: no ${size}x${size} icon installed"; exit 1; }
done
[[ -s /usr/share/icons/hicolor/scalable/apps/geomotion-studio.svg ]] || { echo "FAIL: no SVG icon installed"; exit 1; }
run() { if [[ -n ${DISPLAY:-} ]]; then "$@"; else xvfb-run -a -s '-screen 0 1280x800x24' "$@"; fi; }
LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= XDG_CONFIG_HOME=$work/config \
  run /usr/bin/geomotion-studio --screenshot "$work/shot.png" /usr/share/geomotion/demo/cmu_01_01.bvh
[[ -s $work/shot.png ]] || { echo "FAIL: no screenshot from the installed studio"; exit 1; }
echo "deb: installed, ran in German and found its model, demo clip, translations and icons in /usr/share"

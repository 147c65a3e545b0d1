#!/usr/bin/env bash
# Installs what GeoMotion Studio needs to build, test and run on Debian 12 (bookworm).
# Idempotent and non-interactive: when every package is already present it only runs dpkg-query
# (well under a second) and touches nothing.
#
#   packaging/install-deps.sh           build + run + test dependencies
#   packaging/install-deps.sh --print   list the packages and exit
#   packaging/install-deps.sh --bench   also what the on-demand benchmarks compare against
#                                       (matplotlib and ffmpeg for tests/bench/bench_video.py)
set -euo pipefail

packages=(
  # toolchain (clang and its runtime for the fuzz targets, tests/fuzz)
  build-essential cmake ninja-build ccache pkg-config clang-format clang libclang-rt-14-dev
  # Qt 6 (Widgets, OpenGL, OpenGLWidgets, Test and Sql come with qt6-base-dev)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libxkbcommon-dev
  # ML: LibTorch (CPU) and a fast BLAS behind it (the reference BLAS is ~45x slower)
  libtorch-dev libopenblas0-pthread
  # motion formats and maths
  libassimp-dev libminizip-dev zlib1g-dev libglm-dev nlohmann-json3-dev libpcre2-dev
  # project files without Qt (geomotion export); video export (H.264 through libx264, GIF)
  libsqlite3-dev libavcodec-dev libavformat-dev libavutil-dev libswscale-dev
  # model downloads (geomotion model install, the studio's Download Model dialog): libcurl with OpenSSL
  libcurl4-openssl-dev ca-certificates
  # tests and benchmarks
  libbenchmark-dev xvfb xauth libgl1-mesa-dri mesa-utils
  # desktop-file and AppStream validators (tests/packaging)
  desktop-file-utils appstream
  # the translated studio: Qt's own catalogues (standard dialogs and buttons) and a font with
  # Chinese and Japanese glyphs
  qt6-translations-l10n fonts-wqy-microhei
  # the one-node Slurm that tests/slurm starts (packaging/slurm)
  slurm-wlm munge
)

if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3-matplotlib ffmpeg)
fi

if [[ "${1:-}" == "--print" ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [[ "$status" == ii* ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install packages" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "install-deps: done"

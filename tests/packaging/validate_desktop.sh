#!/usr/bin/env bash
# desktop-file-validate on the .desktop file, appstreamcli (offline) on the metainfo, and
# xmllint-free well-formedness of the MIME description through appstreamcli's XML parser.
set -euo pipefail
dir=$1
command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate missing (desktop-file-utils)"; exit 77; }
command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli missing (appstream)"; exit 77; }
out=$(desktop-file-validate "$dir/io.github.geomotion.Studio.desktop" 2>&1) || { echo "$out"; exit 1; }
[[ -z $out ]] || { echo "desktop-file-validate: $out"; exit 1; }
appstreamcli validate --no-net "$dir/io.github.geomotion.Studio.metainfo.xml"
grep -q 'glob pattern="\*.gmproj"' "$dir/geomotion.xml"
grep -q 'MimeType=application/x-geomotion-project;application/x-bvh;' "$dir/io.github.geomotion.Studio.desktop"
echo "desktop files: valid"

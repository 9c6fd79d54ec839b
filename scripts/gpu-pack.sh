#!/usr/bin/env bash
# Packs .gpu/ for a GPU run with the FULL Fashion-MNIST (60,000 training images) and shrinks it
# to fit the device's 64 MiB (working tree included): ../shared/gpu/pack.sh does the packing,
# then the bundle, the dataset and node are recompressed with xz -9e. The GPU run unpacks them
# (scripts/gpu-run.sh, and the lines added to .gpu/setup.sh), into the raw IDX files the data
# loader reads and the .gpu/app.mjs that node runs.
#
#   bash scripts/gpu-pack.sh [ENTRY] [TRAIN_IMAGES]     (defaults: bench/gpu-entry.ts 60000)
#
# Knobs: GPU_PACK_SH (the shared pack.sh), GPU_PACK_LIMIT_MIB (58: fail above it).
set -euo pipefail
entry=${1:-bench/gpu-entry.ts}
train_n=${2:-60000}
root=$(git rev-parse --show-toplevel)
cd "$root"
pack=${GPU_PACK_SH:-$root/../shared/gpu/pack.sh}
limit_mib=${GPU_PACK_LIMIT_MIB:-58}
threads=$(nproc 2>/dev/null || echo 2)

# the bundle inlines the handlebars templates from this generated file
[ -f scripts/embed-templates.mjs ] && node scripts/embed-templates.mjs
bash "$pack" "$entry" "$train_n"

echo "gpu-pack: recompressing with xz -9e (a few minutes on 2 cores)"
# the bundle: 8 MB of JavaScript, ~1 MB as xz; kept unminified so stack traces and
# constructor names (tfjs's profile names its programs by them) stay readable
xz -T"$threads" -9e -f .gpu/app.mjs
# the dataset: gzip → xz, decompressed on the device to raw IDX files (the loader reads both)
for f in .gpu/data/*/*.gz; do
  [ -f "$f" ] || continue
  gzip -dc "$f" | xz -T"$threads" -9e -c > "${f%.gz}.xz"
  rm "$f"
done
# node: pack.sh uses -6; -9e is ~1.5 MB smaller
xz -T"$threads" -9e -c "$(readlink -f "$(command -v node)")" > .gpu/node.xz
d=.gpu/node_modules/webgpu/dist/linux-x64
if [ -f "$d/dawn.node.xz" ]; then
  xz -dc "$d/dawn.node.xz" | xz -T"$threads" -9e -c > "$d/dawn.node.xz.tmp" && mv "$d/dawn.node.xz.tmp" "$d/dawn.node.xz"
fi

cat >> .gpu/setup.sh <<'SH'
# added by scripts/gpu-pack.sh: unpack the bundle and the dataset it packed as .xz
[ -f "$g/app.mjs.xz" ] && [ ! -f "$g/app.mjs" ] && xz -dc "$g/app.mjs.xz" > "$g/app.mjs"
for f in "$g"/data/*/*.xz; do [ -f "$f" ] && [ ! -f "${f%.xz}" ] && xz -dc "$f" > "${f%.xz}"; done
true  # `source .gpu/setup.sh && ...` must go on when everything was already unpacked
SH

bytes=$(du -sb .gpu | cut -f1)
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "gpu-pack: .gpu holds $bytes bytes = $mib MiB (limit $limit_mib MiB; the device takes 64 MiB with the tree)"
du -sh .gpu/* .gpu/data/*/* 2>/dev/null | sed 's/^/gpu-pack:   /'
if (( bytes > limit_mib * 1048576 )); then
  echo "gpu-pack: error: .gpu is over $limit_mib MiB" >&2
  exit 1
fi

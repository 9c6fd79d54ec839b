#!/usr/bin/env bash
# Packs what a run on a GPU machine without Node.js needs into .gpu/ at the project root
# (git-ignored): a Node.js binary, Dawn's WebGPU addon, the Vulkan and GL loader libraries (the
# NVIDIA ICD fails with "Found no drivers!" without libglvnd beside libvulkan), one bundled entry
# point (bench/gpu-entry.ts: the lenetc CLI plus the benchmarks), the PyTorch baseline script, the
# tfjs wasm binaries and the full Fashion-MNIST. Everything is compressed with xz to fit the
# 64 MiB a device run may carry; .gpu/setup.sh unpacks it there.
#
#   bash scripts/gpu-pack.sh [TRAIN_IMAGES]          (default 60000: all of them)
#
# Then on the device (carry [".gpu"]):  source .gpu/setup.sh && bash scripts/gpu-bench.sh
# Knob: GPU_PACK_LIMIT_MIB (58: fail above it, leaving room for the working tree).
set -euo pipefail
train_n=${1:-60000}
root=$(git rev-parse --show-toplevel)
cd "$root"
limit_mib=${GPU_PACK_LIMIT_MIB:-58}
threads=$(nproc 2>/dev/null || echo 2)
data_src=${LENETC_DATA_SRC:-/usr/share/datasets/fashion-mnist}
rm -rf .gpu && mkdir -p .gpu/debs .gpu/baselines .gpu/node_modules/webgpu/dist/linux-x64 .gpu/data/fashion-mnist

echo "gpu-pack: bundling bench/gpu-entry.ts"
# the generated modules the bundle inlines (templates, schema validators, ONNX descriptor)
npm run --silent generate
bash scripts/bundle-gpu-app.sh .gpu
xz -T"$threads" -9e -f .gpu/app.mjs

echo "gpu-pack: node $(node --version) and the Dawn addon"
xz -T"$threads" -9e -c "$(readlink -f "$(command -v node)")" > .gpu/node.xz
w=node_modules/webgpu
cp $w/index.js $w/package.json .gpu/node_modules/webgpu/
xz -T"$threads" -9e -c $w/dist/linux-x64/dawn.node > .gpu/node_modules/webgpu/dist/linux-x64/dawn.node.xz

echo "gpu-pack: Vulkan and GL loaders (Debian packages, unpacked on the device)"
debs=(libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
( cd .gpu/debs && { apt-get download "${debs[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get download "${debs[@]}" >/dev/null 2>&1; }; } ) \
  || { echo "gpu-pack: error: could not download the loader packages" >&2; exit 1; }

echo "gpu-pack: Fashion-MNIST, $train_n training images and the test set"
[ -d "$data_src" ] || { echo "gpu-pack: error: $data_src is missing (apt-get install dataset-fashion-mnist)" >&2; exit 1; }
python3 - "$data_src" .gpu/data/fashion-mnist "$train_n" <<'PY'
import gzip, lzma, struct, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def put(name, data):
    with lzma.open(f"{dst}/{name}.xz", "wb", preset=9 | lzma.PRESET_EXTREME) as f:
        f.write(data)
img = gzip.open(f"{src}/train-images-idx3-ubyte.gz").read()
lab = gzip.open(f"{src}/train-labels-idx1-ubyte.gz").read()
n = min(n, struct.unpack(">I", img[4:8])[0])
put("train-images-idx3-ubyte", struct.pack(">IIII", 2051, n, 28, 28) + img[16:16 + n * 784])
put("train-labels-idx1-ubyte", struct.pack(">II", 2049, n) + lab[8:8 + n])
put("t10k-images-idx3-ubyte", gzip.open(f"{src}/t10k-images-idx3-ubyte.gz").read())
put("t10k-labels-idx1-ubyte", gzip.open(f"{src}/t10k-labels-idx1-ubyte.gz").read())
PY

cat > .gpu/setup.sh <<'SH'
# source this on the GPU machine, from the project root: unpacks what gpu-pack.sh packed
g=$(pwd)/.gpu
for f in "$g"/debs/*.deb; do [ -f "$f" ] && dpkg -x "$f" /; done
ldconfig
export VK_DRIVER_FILES=${VK_DRIVER_FILES:-/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json}
export __EGL_VENDOR_LIBRARY_FILENAMES=${__EGL_VENDOR_LIBRARY_FILENAMES:-/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json}
mkdir -p /tmp/gpu-node
[ -x /tmp/gpu-node/node ] || { xz -dc "$g/node.xz" > /tmp/gpu-node/node && chmod +x /tmp/gpu-node/node; }
export PATH=/tmp/gpu-node:$PATH
d="$g/node_modules/webgpu/dist/linux-x64"
[ -f "$d/dawn.node" ] || xz -dc "$d/dawn.node.xz" > "$d/dawn.node"
[ -f "$g/app.mjs" ] || xz -dc "$g/app.mjs.xz" > "$g/app.mjs"
for f in "$g"/data/*/*.xz; do [ -f "${f%.xz}" ] || xz -dc "$f" > "${f%.xz}"; done
export LENETC_DATA_DIR="$g/data"
echo "gpu setup: node $(node --version); $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null | head -1)"
true
SH

bytes=$(du -sb .gpu | cut -f1)
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "gpu-pack: .gpu holds $mib MiB (limit $limit_mib MiB; the device takes 64 MiB with the tree)"
if (( bytes > limit_mib * 1048576 )); then
  echo "gpu-pack: error: .gpu is over $limit_mib MiB" >&2
  exit 1
fi

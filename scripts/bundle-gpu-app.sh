#!/usr/bin/env bash
# Bundles bench/gpu-entry.ts (the lenetc CLI plus the benchmarks) into DIR/app.mjs, one file that
# runs with a bare `node`, and puts beside it what it looks for there: tfjs's wasm binaries and
# the PyTorch baseline (bench/engine.ts: new URL('baselines/...')). scripts/gpu-pack.sh packs it
# for the GPU machine; test/gpu-bench.test.ts runs scripts/gpu-bench.sh on it, so the bundle the
# device gets is the one CI tested. DIR must be inside the project, whose node_modules holds the
# packages left external (webgpu, the optional native ones). Needs `npm run generate` first.
set -euo pipefail
dir=${1:?usage: bundle-gpu-app.sh DIR}
cd "$(dirname "$0")/.."
mkdir -p "$dir/baselines"
node_modules/.bin/esbuild bench/gpu-entry.ts --bundle --platform=node --format=esm --target=node20 \
  --external:webgpu --external:@tensorflow/tfjs-node --external:@tensorflow/tfjs-node-gpu \
  --external:onnxruntime-node --external:bullmq --external:ioredis \
  --outfile="$dir/app.mjs" --log-level=warning \
  --banner:js="import { createRequire as __lenetcRequire } from 'module'; import { fileURLToPath as __lenetcPath } from 'url'; const require = __lenetcRequire(import.meta.url); const __filename = __lenetcPath(import.meta.url); const __dirname = __filename.replace(/\/[^/]*$/, '');"
cp bench/baselines/lenet_torch.py "$dir/baselines/"
cp node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm "$dir/"

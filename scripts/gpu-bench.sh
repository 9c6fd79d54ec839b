#!/usr/bin/env bash
# The whole GPU-machine session for the compiled engine, in one script with a time budget, most
# valuable first. Results go to $OUT (a few files), a summary to stdout.
#   (a) npm run bench:engine: the engine, tfjs's op-by-op WebGPU path, PyTorch eager and PyTorch
#       replaying a CUDA graph (data on the GPU) for lenet5, modern and best at batch 128, 512, 2048
#   (b) `lenetc train specs/best.yaml --backend webgpu`, timed on the wall clock (the goal: its
#       20 epochs in under 60 s at its usual accuracy)
#   (c) one profiled step per spec at batch 128 (each phase a kernel of its own, GPU timestamps)
#
# Here, first:  bash scripts/gpu-pack.sh
# There:        source .gpu/setup.sh && bash scripts/gpu-bench.sh       (device tool: carry [".gpu"])
# To try it here on lavapipe: GPU_BENCH_TORCH=cpu GPU_BENCH_BATCHES=128 GPU_BENCH_SPECS=specs/lenet5.yaml
#   GPU_BENCH_TRAIN_ARGS="--epochs 1 --train-limit 2048 --val-limit 1024" bash scripts/gpu-bench.sh
#
# Knobs: GPU_BENCH_BUDGET (seconds, 540), GPU_BENCH_BATCHES (128,512,2048), GPU_BENCH_TFJS_BATCHES
# (128), GPU_BENCH_SPECS, GPU_BENCH_TORCH (cuda), GPU_BENCH_REPS (2), GPU_BENCH_MIN_SECONDS (2),
# GPU_BENCH_TRAIN_ARGS (extra `lenetc train` options), GPU_BENCH_TRAIN_LIMIT (seconds, 180).
set -uo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { [ -f .gpu/setup.sh ] && source .gpu/setup.sh; }
out=${OUT:-.tmp/gpu-out}
mkdir -p "$out"
budget=${GPU_BENCH_BUDGET:-540}
batches=${GPU_BENCH_BATCHES:-128,512,2048}
tfjs_batches=${GPU_BENCH_TFJS_BATCHES:-128}
torch=${GPU_BENCH_TORCH:-cuda}
reps=${GPU_BENCH_REPS:-2}
min_s=${GPU_BENCH_MIN_SECONDS:-2}
train_limit=${GPU_BENCH_TRAIN_LIMIT:-180}
read -r -a specs <<<"${GPU_BENCH_SPECS:-specs/lenet5.yaml specs/modern.yaml specs/best.yaml}"
read -r -a train_args <<<"${GPU_BENCH_TRAIN_ARGS:-}"
# the packed bundle on the device; here, the sources through tsx
app=(node .gpu/app.mjs)
[ -f .gpu/app.mjs ] || app=(node --import tsx bench/gpu-entry.ts)
log=$out/log.txt
started=$SECONDS
python=python3
$python -c 'import torch' 2>/dev/null || python=/usr/bin/python3
export LENETC_PYTHON=$python PYTHONUNBUFFERED=1

# step NAME LIMIT_S STDOUT_FILE CMD...: runs CMD with stderr into the log, capped by what is left of the budget
step() {
  local name=$1 limit=$2 file=$3; shift 3
  local left=$((budget - (SECONDS - started)))
  (( limit > left )) && limit=$left
  if (( limit < 10 )); then echo "== $name: skipped, budget spent" | tee -a "$log"; return 0; fi
  echo "== $name (at ${SECONDS}s, limit ${limit}s): $*" >>"$log"
  local t0=$SECONDS
  timeout -k 10 "$limit" "$@" >>"$file" 2>>"$log"
  local rc=$?
  echo "== $name: exit $rc after $((SECONDS - t0))s" | tee -a "$log"
}

{
  echo "== setup: node $(node --version 2>&1); $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>&1 | head -1)"
  echo "== torch: $($python -c 'import torch, sys; print(torch.__version__, "cuda", torch.cuda.is_available(), sys.version.split()[0])' 2>&1 | tail -1)"
} | tee -a "$log"

spec_args=()
for s in "${specs[@]}"; do spec_args+=(--spec "$s"); done
step bench-engine $((budget - 200)) "$out/bench.jsonl" "${app[@]}" bench-engine "${spec_args[@]}" --batch "$batches" \
  --tfjs-batch "$tfjs_batches" --torch "$torch" --reps "$reps" --min-seconds "$min_s"

rm -rf "$out/best-run"
t0=$(date +%s.%N)
step train-best "$train_limit" "$out/train-best.txt" "${app[@]}" train specs/best.yaml --backend webgpu --out "$out/best-run" "${train_args[@]}"
echo "== train-best wall seconds: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')" | tee -a "$log"

for s in "${specs[@]}"; do
  step "profile $s" 40 "$out/profile.jsonl" "${app[@]}" profile-engine --spec "$s" --batch 128
done

echo "== summary"
grep '"summary"' "$out/bench.jsonl" 2>/dev/null
tail -3 "$out/train-best.txt" 2>/dev/null
echo "== done in $((SECONDS - started))s"

#!/usr/bin/env bash
# The whole GPU-machine session for the compiled engine, in one script with a time budget (6
# minutes in all by default), the most valuable numbers first, each printed as soon as it is
# measured (stdout, and files in $OUT):
#   1. probe: Dawn's adapter, in seconds; with none, one line saying what was tried and what to set
#      (exit 3), before anything else is spent
#   2. lenet5 at batch 128 and 2048: the engine, PyTorch eager and PyTorch replaying a CUDA graph
#      (on the same real images); a summary line per batch as soon as it is measured
#   3. `lenetc train specs/best.yaml --backend webgpu` (20 epochs): wall time and accuracy
#   4. one profiled step per spec (each phase a kernel of its own, GPU timestamps), at 16 and 64
#      running sums per conv work item (what a GPU and a software adapter get), so the run says
#      which a GPU should have
#   5. as time allows: the other specs and batches (engine and PyTorch), then tfjs's op-by-op
#      WebGPU path last
# Without a Python that imports torch, the engine is still measured (a note line says so).
#
# Here, first:  bash scripts/gpu-pack.sh
# There:        source .gpu/setup.sh && bash scripts/gpu-bench.sh       (device tool: carry [".gpu"])
# On lavapipe, with small knobs (test/gpu-bench.test.ts runs this in CI):
#   GPU_BENCH_TORCH=cpu GPU_BENCH_FIRST_BATCHES=32 GPU_BENCH_BATCHES=32 GPU_BENCH_SPECS=specs/lenet5.yaml \
#   GPU_BENCH_REPS=1 GPU_BENCH_MIN_SECONDS=0.5 GPU_BENCH_CHUNK=8 GPU_BENCH_PROFILE_BATCH=32 GPU_BENCH_LIMIT=1024 \
#   GPU_BENCH_TRAIN_ARGS="--epochs 1 --train-limit 512 --val-limit 256" bash scripts/gpu-bench.sh
#
# Knobs: GPU_BENCH_BUDGET (seconds, 330), GPU_BENCH_FIRST_BATCHES (128,2048), GPU_BENCH_BATCHES
# (128,512,2048), GPU_BENCH_TFJS_BATCHES (128), GPU_BENCH_SPECS, GPU_BENCH_TORCH (cuda),
# GPU_BENCH_REPS (2), GPU_BENCH_MIN_SECONDS (2), GPU_BENCH_TRAIN_ARGS (extra `lenetc train`
# options), GPU_BENCH_TRAIN_LIMIT (seconds, 120), GPU_BENCH_LIMIT (training images, 60000),
# GPU_BENCH_CHUNK (steps per submit, 64), GPU_BENCH_APP (the bundle to run, .gpu/app.mjs),
# GPU_BENCH_PROFILE_BATCH (128), GPU_BENCH_PROFILE_LIMIT (seconds per spec, 30),
# GPU_BENCH_PROFILE_ACCUMULATORS (16,64),
# GPU_BENCH_BENCH_LIMIT (seconds per bench-engine call, 150). A fresh machine's driver compiles
# every kernel first: on lavapipe a cold profile of lenet5 takes ~55 s, so the test raises the
# limits.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { [ -f .gpu/setup.sh ] && source .gpu/setup.sh; }
out=${OUT:-.tmp/gpu-out}
mkdir -p "$out"
budget=${GPU_BENCH_BUDGET:-330}
first_batches=${GPU_BENCH_FIRST_BATCHES:-128,2048}
batches=${GPU_BENCH_BATCHES:-128,512,2048}
tfjs_batches=${GPU_BENCH_TFJS_BATCHES:-128}
torch=${GPU_BENCH_TORCH:-cuda}
reps=${GPU_BENCH_REPS:-2}
min_s=${GPU_BENCH_MIN_SECONDS:-2}
train_limit=${GPU_BENCH_TRAIN_LIMIT:-120}
images=${GPU_BENCH_LIMIT:-60000}
chunk=${GPU_BENCH_CHUNK:-64}
profile_batch=${GPU_BENCH_PROFILE_BATCH:-128}
profile_limit=${GPU_BENCH_PROFILE_LIMIT:-30}
profile_sums=${GPU_BENCH_PROFILE_ACCUMULATORS:-16,64}
bench_limit=${GPU_BENCH_BENCH_LIMIT:-150}
read -r -a specs <<<"${GPU_BENCH_SPECS:-specs/lenet5.yaml specs/modern.yaml specs/best.yaml}"
read -r -a train_args <<<"${GPU_BENCH_TRAIN_ARGS:-}"
# the packed bundle on the device (or GPU_BENCH_APP, one scripts/bundle-gpu-app.sh made); else the
# sources through tsx
bundle=${GPU_BENCH_APP:-.gpu/app.mjs}
app=(node "$bundle")
[ -f "$bundle" ] || app=(node --import tsx bench/gpu-entry.ts)
log=$out/log.txt
: >"$log"
started=$SECONDS

# step NAME LIMIT_S FILE CMD...: runs CMD capped by what is left of the budget; its stdout goes to
# FILE and to this script's stdout as it comes, its stderr (Dawn's and the drivers' chatter) to the log
step() {
  local name=$1 limit=$2 file=$3; shift 3
  local left=$((budget - (SECONDS - started)))
  (( limit > left )) && limit=$left
  if (( limit < 10 )); then echo "== $name: skipped, the budget is spent" | tee -a "$log"; return 0; fi
  echo "== $name (at $((SECONDS - started)) s, limit ${limit} s)" | tee -a "$log"
  echo "   $*" >>"$log"
  local t0=$SECONDS
  timeout -k 5 "$limit" "$@" 2>>"$log" | tee -a "$file"
  local rc=${PIPESTATUS[0]}
  echo "== $name: exit $rc after $((SECONDS - t0)) s" | tee -a "$log"
  return "$rc"
}

bench() { # bench NAME LIMIT ARGS...: bench-engine rows into bench.jsonl
  local name=$1 limit=$2; shift 2
  step "$name" "$limit" "$out/bench.jsonl" "${app[@]}" bench-engine --reps "$reps" --min-seconds "$min_s" --train-limit "$images" --chunk "$chunk" "$@"
}

echo "== setup: node $(node --version 2>&1); $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null | head -1)" | tee -a "$log"

# 1. the adapter, or one line and stop (before Python, whose torch import alone takes seconds)
if ! step probe 30 "$out/probe.jsonl" "${app[@]}" probe-adapter; then
  grep '^gpu-bench: no WebGPU adapter' "$log" | tail -1
  exit 3
fi

# the first Python with torch, and what it is (one import: torch's alone takes a second or two)
torch_line='import torch, sys; print(torch.__version__, "cuda", torch.cuda.is_available(), sys.version.split()[0])'
python=python3
torch_version=$($python -c "$torch_line" 2>/dev/null) || { python=/usr/bin/python3; torch_version=$($python -c "$torch_line" 2>&1 | tail -1); }
export LENETC_PYTHON=$python PYTHONUNBUFFERED=1
echo "== torch: $torch_version" | tee -a "$log"

# 2. lenet5: the engine against PyTorch at a small and a large batch
bench lenet5 "$bench_limit" --spec specs/lenet5.yaml --batch "$first_batches" --tfjs-batch none --torch "$torch"

# 3. a whole training run of best.yaml
rm -rf "$out/best-run"
t0=$(date +%s.%N)
step train-best "$train_limit" "$out/train-best.txt" "${app[@]}" train specs/best.yaml --backend webgpu --out "$out/best-run" "${train_args[@]}"
echo "== train-best: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s on the wall clock; $(tail -1 "$out/train-best.txt" 2>/dev/null)" | tee -a "$log"

# 4. where a step's time goes
for s in "${specs[@]}"; do
  step "profile $s" "$profile_limit" "$out/profile.jsonl" "${app[@]}" profile-engine --spec "$s" --batch "$profile_batch" --accumulators "$profile_sums"
done

# 5. the rest, as time allows: every spec at every batch not measured above, then tfjs's path
for s in "${specs[@]}"; do
  rest=$batches
  [ "$s" = specs/lenet5.yaml ] && rest=$(tr ',' '\n' <<<"$batches" | grep -vxF -f <(tr ',' '\n' <<<"$first_batches") | paste -sd, -)
  [ -n "$rest" ] && bench "more $s" "$bench_limit" --spec "$s" --batch "$rest" --tfjs-batch none --torch "$torch"
done
spec_args=()
for s in "${specs[@]}"; do spec_args+=(--spec "$s"); done
bench tfjs "$bench_limit" "${spec_args[@]}" --batch "$tfjs_batches" --tfjs-batch "$tfjs_batches" --torch none

echo "== summary"
grep -h '"summary"' "$out/bench.jsonl" 2>/dev/null
grep -h '"step_ms"' "$out/profile.jsonl" 2>/dev/null | sed 's/,"kernels".*/}/'
echo "== done in $((SECONDS - started)) s"

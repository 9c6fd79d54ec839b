#!/usr/bin/env bash
# The whole GPU-machine session in one script (under 8 minutes): WebGPU kernel value checks,
# lenetc's training throughput on WebGPU with lenetc's kernels and with tfjs's stock ones,
# a profiled step, the PyTorch CUDA baseline on the same specs and batch sizes, and a short
# real training run. Results go to $OUT (7 files), a compact summary to stdout.
#
# Here, first:  node scripts/embed-templates.mjs && bash ../shared/gpu/pack.sh bench/gpu-entry.ts 20000
# There:        source .gpu/setup.sh && bash scripts/gpu-run.sh        (device tool: carry [".gpu"])
#
# Knobs (for trying it on a CPU machine): GPU_RUN_BACKEND (webgpu), GPU_RUN_TORCH_DEVICE (cuda),
# GPU_RUN_BATCHES (128,512,2048), GPU_RUN_MIN_SECONDS (2), GPU_RUN_BUDGET (seconds, 450).
set -uo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { [ -f .gpu/setup.sh ] && source .gpu/setup.sh; }
out=${OUT:-.tmp/gpu-out}
mkdir -p "$out"
backend=${GPU_RUN_BACKEND:-webgpu}
torch_device=${GPU_RUN_TORCH_DEVICE:-cuda}
batches=${GPU_RUN_BATCHES:-128,512,2048}
min_s=${GPU_RUN_MIN_SECONDS:-2}
budget=${GPU_RUN_BUDGET:-450}
specs=(specs/lenet5.yaml specs/modern.yaml)
app=.gpu/app.mjs
log=$out/log.txt
started=$SECONDS
python=python3
$python -c 'import torch' 2>/dev/null || python=/usr/bin/python3
export PYTHONUNBUFFERED=1

# step NAME LIMIT_S STDOUT_FILE CMD...: runs CMD with stderr into the log, capped by what is left of the budget
step() {
  local name=$1 limit=$2 file=$3; shift 3
  local left=$((budget - (SECONDS - started)))
  (( limit > left )) && limit=$left
  if (( limit < 10 )); then echo "== $name: skipped, budget spent" | tee -a "$log"; return 0; fi
  echo "== $name (at ${SECONDS}s, limit ${limit}s): $*" >>"$log"
  local t0=$SECONDS
  timeout -k 5 "$limit" "$@" >>"$file" 2>>"$log"
  local rc=$?
  echo "== $name: exit $rc after $((SECONDS - t0))s" | tee -a "$log"
}

{
  echo "== setup: node $(node --version 2>&1); $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>&1 | head -1)"
  echo "== torch: $($python -c 'import torch, sys; print(torch.__version__, "cuda", torch.cuda.is_available(), sys.version.split()[0])' 2>&1 | tail -1)"
} | tee -a "$log"

# the architecture PyTorch builds comes from the same checked specs (committed copies as a fallback)
models=/tmp/lenetc-models
rm -rf "$models"
if ! node "$app" specs-json "$models" >>"$log" 2>&1; then
  echo "== specs-json failed; using bench/baselines/specs" | tee -a "$log"
  models=bench/baselines/specs
fi

# 1. are lenetc's kernels right? (their WGSL goes to the log if they print anything odd)
LENETC_PRINT_SHADERS=lenetc step kernels 75 "$out/kernels.jsonl" node "$app" kernels "$backend"

# 2. throughput with lenetc's kernels, then the PyTorch baseline, then tfjs's stock kernels
step bench-lenetc 110 "$out/bench.jsonl" node "$app" bench --backend "$backend" --batch "$batches" --min-seconds "$min_s"
for spec in "${specs[@]}"; do
  name=$(basename "$spec" .yaml)
  step "pytorch-$name" 60 "$out/torch.jsonl" $python bench/baselines/lenet_torch.py --model "$models/$name.json" \
    --spec "$spec" --device "$torch_device" --batch "$batches" --min-seconds "$min_s"
done
step bench-stock 90 "$out/bench.jsonl" node "$app" bench --backend "$backend" --stock-kernels --batch "$batches" \
  --steps 10 --min-seconds 1

# 3. where a step's time goes now, and before
step profile-lenetc 50 "$out/profile.jsonl" node "$app" profile --backend "$backend" --batch 128,2048
step profile-stock 40 "$out/profile.jsonl" node "$app" profile --backend "$backend" --stock-kernels --batch 128 --spec specs/lenet5.yaml

# 4. a real training run on the GPU (the train command's own epoch line), if the CLI has one
if node "$app" train --help >/dev/null 2>&1; then
  step train 100 "$out/train.jsonl" node "$app" train specs/modern.yaml --backend "$backend" --epochs 1 \
    --train-limit 20000 --json --out /tmp/lenetc-run
else
  echo "== train: no train command in this build" | tee -a "$log"
fi

# 5. the summary: per spec × batch, lenetc (ours, stock) against PyTorch
$python - "$out" <<'PY' | tee "$out/summary.json"
import json, os, sys
out = sys.argv[1]
def lines(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    rows = []
    for line in open(path):
        line = line.strip()
        if line.startswith("{"):
            try:
                rows.append(json.loads(line))
            except ValueError:
                pass
    return rows
kernels = lines("kernels.jsonl")
checks = [k for k in kernels if "kernel" in k]
rows = {}
for r in lines("bench.jsonl"):
    rows.setdefault((r["spec"], r["batch"]), {})[r.get("kernels") or r["backend"]] = r["images_per_s"]
for r in lines("torch.jsonl"):
    rows.setdefault((r["spec"], r["batch"]), {})["pytorch"] = r["images_per_s"]
table = []
for (spec, batch), v in sorted(rows.items()):
    ours = v.get("lenetc") or v.get("wasm") or v.get("cpu")
    row = {"spec": spec, "batch": batch, "lenetc": ours, "stock": v.get("stock"), "pytorch": v.get("pytorch")}
    if ours and v.get("pytorch"):
        row["ratio"] = round(ours / v["pytorch"], 3)
    if ours and v.get("stock"):
        row["speedup_vs_stock"] = round(ours / v["stock"], 2)
    table.append(row)
profile = [{"spec": p["spec"], "batch": p["batch"], "kernels": p.get("kernels"), "top": [f'{k["kernel"]}: {k["ms"]} ms' for k in p["profile"][:6]]} for p in lines("profile.jsonl")]
train = lines("train.jsonl")
summary = {
    "kernel_checks": {"total": len(checks), "passed": sum(1 for k in checks if k.get("pass")),
                      "failed": [f'{k["kernel"]}: {k["name"]} (diff {k["maxAbsDiff"]}, ours {k["ours"]})' for k in checks if not k.get("pass")]},
    "throughput": table,
    "profile": profile,
    "train": train[-1] if train else None,
}
print(json.dumps(summary, indent=1))
PY
echo "== done in $((SECONDS - started))s; files in $out: $(ls "$out" | tr '\n' ' ')"

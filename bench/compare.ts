/**
 * `npm run bench:compare`: lenetc against PyTorch on this machine, in one run. For each spec
 * and batch size it alternates PyTorch and lenetc measurements (torch, lenetc, torch, lenetc…)
 * so both see the same machine load, then prints the medians and their ratio as one JSON line:
 *   {"spec","batch","lenetc_images_per_s","pytorch_images_per_s","ratio","backend","pytorch_backend"}
 * Flags: --backend (lenetc's, default auto), --lenetc-threads (default: as training, one per
 * core on wasm), --batch 128,512, --device cpu|cuda (PyTorch's), --reps, --spec, --threads
 * (PyTorch's CPU threads), --python, and bench's timing flags. `lenetc` is tfjs's wasm path
 * (`--backend tfjs-wasm`); --compiled adds the compiled CPU program (`--backend wasm`, src/cpu,
 * on as many threads) to each alternation: `compiled_images_per_s`, `compiled_ratio`
 * (against PyTorch) and `compiled_runs`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UserError } from '../src/errors.js';
import { stepThreads } from '../src/node/parallel/index.js';
import { selectBackend, type BackendName } from '../src/node/backend.js';
import { DEFAULT_SPECS, integerList, writeModelJson } from './cli.js';
import { loadBenchData, loadSpecModel, measureCompiledTraining, measureTraining } from './train-step.js';

const BASELINE = fileURLToPath(new URL('baselines/lenet_torch.py', import.meta.url));

/** One compared spec × batch size, as printed. */
export interface CompareLine {
  spec: string;
  batch: number;
  lenetc_images_per_s: number;
  pytorch_images_per_s: number;
  /** lenetc / PyTorch: above 1 means lenetc trains faster. */
  ratio: number;
  backend: string;
  pytorch_backend: string;
  reps: number;
  lenetc_runs: number[];
  pytorch_runs: number[];
  threads: { lenetc: number; pytorch: number };
  /** With --compiled: the compiled CPU program's median, its ratio to PyTorch, and its runs. */
  compiled_images_per_s?: number;
  compiled_ratio?: number;
  compiled_runs?: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A Python that can import torch: --python, $LENETC_PYTHON, python3, /usr/bin/python3. */
function findPython(explicit: string | undefined): string {
  const candidates = [explicit, process.env.LENETC_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const python of candidates) {
    if (spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0) return python;
  }
  throw new UserError('NO_PYTHON_TORCH', { tried: candidates });
}

interface TorchRun { images_per_s: number; backend: string; threads: number }

function runTorch(python: string, args: string[]): TorchRun {
  const result = spawnSync(python, [BASELINE, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = result.stdout?.trim().split('\n').pop();
  if (result.status !== 0 || !line) throw new UserError('BASELINE_FAILED', { status: result.status });
  return JSON.parse(line) as TorchRun;
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    spec: { type: 'string', multiple: true },
    backend: { type: 'string', default: 'auto' },
    batch: { type: 'string', multiple: true },
    device: { type: 'string', default: 'cpu' },
    reps: { type: 'string', default: '3' },
    steps: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    'min-seconds': { type: 'string', default: '3' },
    'train-limit': { type: 'string', default: '10000' },
    threads: { type: 'string', default: String(os.cpus().length) },
    'lenetc-threads': { type: 'string' },
    data: { type: 'string' },
    python: { type: 'string' },
    compiled: { type: 'boolean', default: false },
  },
});

try {
  if (values.device !== 'cpu' && values.device !== 'cuda') throw new UserError('BAD_OPTION', { option: '--device', expected: 'cpu or cuda', found: String(values.device) });
  const specs = values.spec?.length ? values.spec : DEFAULT_SPECS;
  const batches = integerList(values.batch, [128]);
  const [reps, steps, warmup, limit, threads] = [values.reps, values.steps, values.warmup, values['train-limit'], values.threads].map((v) => integerList([v], [])[0]);
  const minSeconds = Number(values['min-seconds']);
  const python = findPython(values.python);
  const choice = await selectBackend(values.backend as BackendName);
  process.stderr.write(`compare: backend: ${choice.device}${choice.note ? `; ${choice.note}` : ''}\n`);
  // as `lenetc train` runs: on wasm one data-parallel shard per core unless told otherwise
  const lenetcThreads = stepThreads(values['lenetc-threads'] === undefined ? undefined : Number(values['lenetc-threads']), choice.name);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lenetc-compare-'));
  try {
    for (const spec of specs) {
      const model = loadSpecModel(spec);
      const [modelFile] = writeModelJson([spec], tmp);
      const data = await loadBenchData(model, limit, values.data);
      for (const batch of batches) {
        const torchArgs = [
          '--model', modelFile, '--spec', spec, '--batch', String(batch), '--device', values.device,
          '--train-limit', String(limit), '--warmup', String(warmup), '--steps', String(steps),
          '--min-seconds', String(minSeconds), ...(values.device === 'cpu' ? ['--threads', String(threads)] : []),
          ...(values.data ? ['--data', values.data] : []),
        ];
        const lenetcRuns: number[] = [];
        const compiledRuns: number[] = [];
        const torchRuns: TorchRun[] = [];
        for (let rep = 0; rep < reps; rep++) {
          torchRuns.push(runTorch(python, torchArgs));
          const t = await measureTraining({ model, data, batch, warmup, steps, minSeconds, threads: lenetcThreads });
          lenetcRuns.push(Math.round(t.imagesPerSecond));
          if (values.compiled) compiledRuns.push(Math.round((await measureCompiledTraining({ model, data, batch, warmup, steps, minSeconds, threads: lenetcThreads })).imagesPerSecond));
        }
        const lenetcRate = median(lenetcRuns);
        const torchRate = median(torchRuns.map((r) => r.images_per_s));
        const line: CompareLine = {
          spec, batch, lenetc_images_per_s: lenetcRate, pytorch_images_per_s: torchRate,
          ratio: Number((lenetcRate / torchRate).toFixed(3)), backend: choice.name, pytorch_backend: torchRuns[0].backend,
          reps, lenetc_runs: lenetcRuns, pytorch_runs: torchRuns.map((r) => r.images_per_s),
          threads: { lenetc: lenetcThreads, pytorch: torchRuns[0].threads },
          ...(values.compiled ? { compiled_images_per_s: median(compiledRuns), compiled_ratio: Number((median(compiledRuns) / torchRate).toFixed(3)), compiled_runs: compiledRuns } : {}),
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} catch (err) {
  if (!(err instanceof UserError)) throw err;
  process.stderr.write(`compare: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
  process.exitCode = 2;
}

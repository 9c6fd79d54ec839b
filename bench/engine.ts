/**
 * `npm run bench:engine`: lenetc's compiled WebGPU training program against tfjs's op-by-op WebGPU
 * path and PyTorch (eager, and replayed from a captured CUDA graph), in one run on one machine.
 * For each spec × batch it measures each system `--reps` times, interleaved, and prints one JSON
 * line per measurement, then a summary line per spec × batch with the medians and the engine's
 * ratio to each. The engine is timed as `lenetc train --backend webgpu` runs it: chunks of steps
 * per submit, two in flight, the losses read back once per chunk.
 *
 *   npm run bench:engine -- --spec specs/lenet5.yaml --batch 128 --torch none     (lavapipe proxy)
 *   node .gpu/app.mjs bench-engine --batch 128,512,2048 --torch cuda             (the GPU machine)
 *
 * Flags: --spec (repeatable; default lenet5, modern, best), --batch 128,512, --tfjs-batch (the
 * batches tfjs's path is measured at; default all), --torch cuda|cpu|none, --torch-modes
 * eager,graph, --reps 3, --min-seconds 3, --chunk 64, --train-limit 60000, --data DIR, --python.
 * `--explain [--gpu h200|a100]`: per dispatch, what it asks of a GPU and an estimate (explain.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UserError } from '../src/errors.js';
import type { NetModel } from '../src/model.js';
import { selectBackend } from '../src/node/backend.js';
import { dawnDevice, probeAdapter } from '../src/node/dawn.js';
import { compileOptionsFor, createEngine, requiredFeatures, requiredLimits, type EngineBatch } from '../src/engine/index.js';
import { compileFor, engineSplit } from '../src/engine/trainer.js';
import { integerList, writeModelJson } from './cli.js';
import { runExplain } from './explain.js';
import { loadBenchData, loadSpecModel, measureTraining, type BenchData } from './train-step.js';

const BASELINE = fileURLToPath(new URL('baselines/lenet_torch.py', import.meta.url));
const DEFAULT_SPECS = ['specs/lenet5.yaml', 'specs/modern.yaml', 'specs/best.yaml'];

/** One measurement of one system. */
interface Measured {
  spec: string;
  system: string;
  batch: number;
  images_per_s: number;
  steps: number;
  seconds: number;
  loss: number;
  device: string;
}

/** What the engine measurement needs. */
export interface EngineMeasureOptions {
  device: GPUDevice;
  model: NetModel;
  data: BenchData;
  batch: number;
  chunk: number;
  minSeconds: number;
}

/**
 * The engine's training throughput: the program compiled and placed once (not timed), one chunk
 * of warm-up, then chunks with two in flight until `minSeconds` have passed.
 */
export async function measureEngine(options: EngineMeasureOptions): Promise<{ imagesPerSecond: number; steps: number; seconds: number; lastLoss: number }> {
  const { device, model, data, batch, chunk } = options;
  const compiled = compileFor(device, model, { classes: 10, batch });
  if (!compiled.program) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const engine = await createEngine(device, compiled.program, { train: engineSplit(data), optimizer: model.train.optimizer, seed: model.train.seed, chunk });
  try {
    // the spec's initial weights are tfjs's business; any small values train the same arithmetic
    const params = new Float32Array(compiled.program.graph.paramFloats);
    for (let i = 0; i < params.length; i++) params[i] = (Math.sin(i * 12.9898) * 43758.5453 % 1) * 0.1;
    for (const p of compiled.program.graph.params) if (p.role === 'gamma' || p.role === 'moving_variance') params.fill(1, p.offset, p.offset + p.size);
    engine.writeParams(params);
    let cursor = 0;
    const lr = model.train.lr;
    const next = (): EngineBatch[] => Array.from({ length: chunk }, () => {
      const indices = new Uint32Array(batch);
      for (let b = 0; b < batch; b++) indices[b] = (cursor + b) % data.count;
      cursor = (cursor + batch) % data.count;
      return { indices, lr };
    });
    await engine.train(next());
    let steps = 0;
    let lastLoss = NaN;
    const started = performance.now();
    let pending = engine.train(next());
    do {
      const following = engine.train(next());
      const metrics = await pending;
      lastLoss = metrics[metrics.length - 1].loss;
      steps += metrics.length;
      pending = following;
    } while ((performance.now() - started) / 1000 < options.minSeconds);
    const metrics = await pending;
    steps += metrics.length;
    const seconds = (performance.now() - started) / 1000;
    return { imagesPerSecond: (steps * batch) / seconds, steps, seconds, lastLoss };
  } finally {
    engine.destroy();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A Python that imports torch: --python, $LENETC_PYTHON, python3, /usr/bin/python3. */
function findPython(explicit: string | undefined): string | undefined {
  const candidates = [explicit, process.env.LENETC_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  return candidates.find((python) => spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', multiple: true },
      batch: { type: 'string', multiple: true },
      'tfjs-batch': { type: 'string', multiple: true },
      torch: { type: 'string', default: 'none' },
      'torch-modes': { type: 'string', default: 'eager,graph' },
      reps: { type: 'string', default: '3' },
      'min-seconds': { type: 'string', default: '3' },
      chunk: { type: 'string', default: '64' },
      'train-limit': { type: 'string', default: '60000' },
      data: { type: 'string' },
      python: { type: 'string' },
    },
  });
  const specs = values.spec?.length ? values.spec : DEFAULT_SPECS;
  const batches = integerList(values.batch, [128]);
  // `--tfjs-batch none`: the engine and PyTorch only (the device script measures tfjs's path last)
  const tfjsBatches = values['tfjs-batch']?.join(',') === 'none' ? [] : integerList(values['tfjs-batch'], batches);
  const [reps, chunk, limit] = [values.reps, values.chunk, values['train-limit']].map((v) => integerList([v], [])[0]);
  const minSeconds = Number(values['min-seconds']);
  const torchDevice = values.torch;
  if (!['cuda', 'cpu', 'none'].includes(torchDevice)) throw new UserError('BAD_OPTION', { option: '--torch', expected: 'cuda, cpu or none', found: torchDevice });
  const python = torchDevice === 'none' ? undefined : findPython(values.python);
  if (torchDevice !== 'none' && !python) {
    // the engine's numbers are the point of a run: without torch they are still measured
    const tried = [values.python, process.env.LENETC_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean).join(', ');
    process.stdout.write(`${JSON.stringify({ note: `no Python that imports torch (tried ${tried}): measuring without PyTorch` })}\n`);
  }

  // the engine's device, then tfjs's own WebGPU backend beside it on the same adapter
  const probe = await probeAdapter();
  if (!probe.ok) throw new UserError('BACKEND_UNAVAILABLE', { name: 'webgpu', reason: probe.reason, hint: 'the engine needs a WebGPU adapter' });
  const { device } = await dawnDevice(requiredLimits, requiredFeatures);
  const engineName = `engine on ${[probe.vendor, probe.architecture, probe.description].filter(Boolean).join(' ')}`;
  const tfjs = tfjsBatches.length ? await selectBackend('tfjs-webgpu') : undefined;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lenetc-bench-engine-'));
  const write = (m: Measured) => process.stdout.write(`${JSON.stringify(m)}\n`);
  try {
    for (const spec of specs) {
      const model = loadSpecModel(spec);
      const data = await loadBenchData(model, limit, values.data);
      const [modelFile] = writeModelJson([spec], tmp);
      for (const batch of batches) {
        const runs = new Map<string, number[]>();
        const add = (m: Measured) => {
          write(m);
          runs.set(m.system, [...(runs.get(m.system) ?? []), m.images_per_s]);
        };
        for (let rep = 0; rep < reps; rep++) {
          const e = await measureEngine({ device, model, data, batch, chunk, minSeconds });
          add({ spec, system: 'lenetc-engine', batch, images_per_s: Math.round(e.imagesPerSecond), steps: e.steps, seconds: Number(e.seconds.toFixed(3)), loss: Number(e.lastLoss.toFixed(4)), device: engineName });
          if (tfjs && tfjsBatches.includes(batch)) {
            // as the training loop runs tfjs on a GPU: a readback every 16 steps
            const t = await measureTraining({ model, data, batch, warmup: 2, steps: 16, minSeconds, syncEvery: 16 });
            add({ spec, system: 'tfjs-webgpu', batch, images_per_s: Math.round(t.imagesPerSecond), steps: t.steps, seconds: Number(t.seconds.toFixed(3)), loss: Number(t.lastLoss.toFixed(4)), device: tfjs.device });
          }
          for (const mode of python ? values['torch-modes'].split(',') : []) {
            if (mode === 'graph' && torchDevice !== 'cuda') continue;
            const r = spawnSync(python!, [BASELINE, '--model', modelFile, '--spec', spec, '--batch', String(batch), '--device', torchDevice, '--mode', mode, '--resident',
              '--train-limit', String(limit), '--min-seconds', String(minSeconds), ...(values.data ? ['--data', values.data] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
            const line = r.stdout?.trim().split('\n').pop();
            if (r.status !== 0 || !line) {
              process.stderr.write(`bench-engine: PyTorch ${mode} failed (exit ${r.status})\n`);
              continue;
            }
            const t = JSON.parse(line) as { images_per_s: number; steps: number; seconds: number; loss: number; device: string };
            add({ spec, system: `pytorch-${torchDevice}-${mode}`, batch, images_per_s: t.images_per_s, steps: t.steps, seconds: t.seconds, loss: t.loss, device: t.device });
          }
        }
        const engine = median(runs.get('lenetc-engine')!);
        const summary: Record<string, unknown> = { summary: true, spec, batch, reps, engine_images_per_s: engine };
        for (const [system, values_] of runs) {
          if (system === 'lenetc-engine') continue;
          summary[`${system}_images_per_s`] = median(values_);
          summary[`engine_vs_${system}`] = Number((engine / median(values_)).toFixed(2));
        }
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    device.destroy();
  }
}

/** One profiled training step of `model` at `batch` on `device`: each dispatch's GPU milliseconds, or undefined without timestamp queries. */
async function profiledStep(device: GPUDevice, model: NetModel, batch: number, fuse: boolean, accumulators?: number): Promise<{ kernel: string; ms: number }[] | undefined> {
  const compiled = compileFor(device, model, { classes: 10, batch, fuse, ...(accumulators ? { accumulators } : {}) });
  if (!compiled.program) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const data = { images: new Uint8Array(batch * model.input[0] * model.input[1] * model.input[2]).fill(128), labels: new Uint8Array(batch), count: batch };
  const engine = await createEngine(device, compiled.program, { train: data, optimizer: model.train.optimizer, seed: 1, chunk: 1 });
  try {
    const indices = Uint32Array.from({ length: batch }, (_, i) => i);
    await engine.profile({ indices, lr: 0.01 });
    return await engine.profile({ indices, lr: 0.01 });
  } finally {
    engine.destroy();
  }
}

/**
 * One profiled training step per spec × batch (`profile-engine --spec S --batch B`): every phase
 * a kernel of its own with its GPU time, and the fused step's kernels, as JSON lines; with
 * `--accumulators 16,64`, both for each running-sum budget (CompileOptions.accumulators), else
 * at the one compileOptionsFor gives this adapter.
 */
async function profile(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { spec: { type: 'string', multiple: true }, batch: { type: 'string', multiple: true }, accumulators: { type: 'string' } } });
  const asked = values.accumulators === undefined ? undefined : integerList([values.accumulators], []);
  const { device } = await dawnDevice(requiredLimits, requiredFeatures);
  const budgets = asked ?? [compileOptionsFor(device).accumulators!];
  try {
    for (const spec of values.spec?.length ? values.spec : DEFAULT_SPECS) {
      const model = loadSpecModel(spec);
      for (const batch of integerList(values.batch, [128])) {
        for (const accumulators of budgets) {
          for (const fuse of [false, true]) {
            const kernels = await profiledStep(device, model, batch, fuse, accumulators);
            if (!kernels) throw new UserError('BACKEND_UNAVAILABLE', { name: 'webgpu', reason: 'the adapter has no timestamp queries', hint: 'profiling needs the timestamp-query feature' });
            const total = kernels.reduce((sum, k) => sum + k.ms, 0);
            process.stdout.write(`${JSON.stringify({ spec, batch, fused: fuse, accumulators, dispatches: kernels.length, step_ms: Number(total.toFixed(3)), kernels: kernels.map((k) => ({ kernel: k.kernel, ms: Number(k.ms.toFixed(3)) })) })}\n`);
          }
        }
      }
    }
  } finally {
    device.destroy();
  }
}

/** `--explain`: the cost table per dispatch, with this machine's adapter's timestamps beside it where it has an adapter with them. */
async function explainWithAdapter(argv: string[]): Promise<void> {
  const probe = await probeAdapter();
  const device = probe.ok ? (await dawnDevice(requiredLimits, requiredFeatures)).device : undefined;
  try {
    await runExplain(argv, device && (async (spec, batch) => (await profiledStep(device, loadSpecModel(spec), batch, true))?.map((k) => k.ms)));
  } finally {
    device?.destroy();
  }
}

/** The flags, as the header above lists them. */
const USAGE = `usage: bench-engine [--spec FILE]... [--batch 128,512] [--tfjs-batch B,...|none] [--torch cuda|cpu|none]
                    [--torch-modes eager,graph] [--reps 3] [--min-seconds 3] [--chunk 64] [--train-limit 60000]
                    [--data DIR] [--python PYTHON]
       bench-engine --explain [--spec FILE]... [--batch 128,2048] [--gpu h200|a100]`;

/** Runs `bench-engine` (or `profile-engine`) with `argv`; user errors (a bad flag too) are one line on stderr and exit code 2. */
export async function runEngineBench(argv: string[], command: 'bench' | 'profile' = 'bench'): Promise<number> {
  if (command === 'bench' && (argv.includes('--help') || argv.includes('-h'))) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    await (command === 'profile' ? profile(argv) : argv.includes('--explain') ? explainWithAdapter(argv) : main(argv));
    return 0;
  } catch (err) {
    // node:util's parseArgs: an unknown flag, or a flag without its value
    if (String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${command}-engine: ${(err as Error).message}\n${command === 'bench' ? `${USAGE}\n` : ''}`);
      return 2;
    }
    if (!(err instanceof UserError)) throw err;
    process.stderr.write(`bench-engine: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
    return 2;
  }
}

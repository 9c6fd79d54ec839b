/**
 * `npm run bench`: lenetc's training throughput, one JSON line per spec × batch size on one
 * backend. Kept apart from run.ts so the GPU bundle (gpu-entry.ts) can call it too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/errors.js';
import { stepThreads } from '../src/node/parallel/index.js';
import { selectBackend, type BackendName } from '../src/node/backend.js';
import { unregisterWebGPUKernels } from '../src/tfjs/kernels/webgpu/index.js';
import { applyWebGPUFlags, formatFlags, isKnownFlag, parseFlags, type FlagValue } from '../src/tfjs/kernels/webgpu/tuning.js';
import { loadBenchData, loadSpecModel, measureTraining, profileStep } from './train-step.js';

/** The specs measured when none is named: d2l's LeNet and its relu + max-pool variant. */
export const DEFAULT_SPECS = ['specs/lenet5.yaml', 'specs/modern.yaml'];

/** One measurement, as printed (snake_case keys, shared with the PyTorch baseline's lines). */
export interface BenchLine {
  spec: string;
  backend: string;
  batch: number;
  images_per_s: number;
  threads: number;
  device: string;
  /** webgpu only: whether lenetc's kernels (`lenetc`) or tfjs's own (`stock`) ran. */
  kernels?: 'lenetc' | 'stock';
  /** The flag combination measured (`--flags`), as `k=v,k=v`; `default` = the backend's own. */
  flags?: string;
  /** `--sync-every`: steps between loss read-backs, when not once per round. */
  sync_every?: number;
  steps: number;
  seconds: number;
  loss: number;
  /** Loss after the warm-up steps: equal across flag combinations unless one changed the numbers. */
  warmup_loss: number;
  /** Mean JavaScript milliseconds per step spent issuing its ops (see StepTiming.issueMs). */
  issue_ms?: number;
  kernels_per_step?: number;
  data: string;
}

const OPTIONS = {
  spec: { type: 'string', multiple: true },
  backend: { type: 'string', default: 'auto' },
  batch: { type: 'string', multiple: true },
  steps: { type: 'string', default: '20' },
  warmup: { type: 'string', default: '3' },
  'min-seconds': { type: 'string', default: '3' },
  'train-limit': { type: 'string', default: '10000' },
  data: { type: 'string' },
  'stock-kernels': { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
  /** One flag combination `k=v,k=v` per use (`default` = none); each spec × batch runs them all. */
  flags: { type: 'string', multiple: true },
  'sync-every': { type: 'string' },
  /**
   * Seconds of untimed training before the first measurement: on a JavaScript-bound backend
   * the first measurement otherwise also pays for the JIT warming up (30-40% on wasm).
   */
  prewarm: { type: 'string', default: '0' },
  /** Threads per step as training uses them (default: one per core on wasm, else 1). */
  threads: { type: 'string' },
} as const;

/** Comma- or repeat-separated positive integers (`--batch 128,512 --batch 2048`). */
export function integerList(values: readonly string[] | undefined, fallback: number[]): number[] {
  if (!values?.length) return fallback;
  const numbers = values.flatMap((v) => v.split(',')).map((v) => Number(v.trim()));
  const bad = numbers.find((n) => !Number.isInteger(n) || n <= 0);
  if (bad !== undefined) throw new UserError('BAD_OPTION', { option: 'a list', expected: 'positive integers', found: values.join(',') });
  return numbers;
}

function positive(value: string, flag: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new UserError('BAD_OPTION', { option: `--${flag}`, expected: 'a positive number', found: value });
  return n;
}

/** Parses bench flags, selects the backend and prints one line per measurement to `write`. */
export async function runBench(argv: string[], write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<BenchLine[]> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  const specs = values.spec?.length ? values.spec : DEFAULT_SPECS;
  const batches = integerList(values.batch, [128]);
  const steps = positive(values.steps, 'steps');
  const warmup = positive(values.warmup, 'warmup', true);
  const minSeconds = positive(values['min-seconds'], 'min-seconds', true);
  const limit = positive(values['train-limit'], 'train-limit');
  const syncEvery = values['sync-every'] !== undefined ? positive(values['sync-every'], 'sync-every') : undefined;
  let prewarm = positive(values.prewarm, 'prewarm', true);

  const choice = await selectBackend(values.backend as BackendName);
  process.stderr.write(`bench: backend: ${choice.device}${choice.note ? `; ${choice.note}` : ''}\n`);
  let kernels: BenchLine['kernels'];
  if (choice.name === 'tfjs-webgpu') {
    // selectBackend registered lenetc's kernels
    if (values['stock-kernels']) unregisterWebGPUKernels();
    kernels = values['stock-kernels'] ? 'stock' : 'lenetc';
  }
  const threads = stepThreads(values.threads !== undefined ? positive(values.threads, 'threads') : undefined, choice.name);
  const combos = flagCombos(values.flags, choice.name);
  const lines: BenchLine[] = [];
  for (const spec of specs) {
    const model = loadSpecModel(spec);
    const data = await loadBenchData(model, limit, values.data);
    for (const batch of batches) {
      if (values.profile) {
        const top = await profileStep(model, data, batch);
        write(JSON.stringify({ spec, backend: choice.name, batch, kernels, profile: top }));
        continue;
      }
      if (prewarm > 0) {
        await measureTraining({ model, data, batch, warmup, steps, minSeconds: prewarm, syncEvery, threads });
        prewarm = 0;
      }
      let kernelsPerStep: number | undefined;
      for (const combo of combos) {
        const restore = combo ? applyWebGPUFlags(combo.flags) : undefined;
        let t;
        try {
          t = await measureTraining({ model, data, batch, warmup, steps, minSeconds, syncEvery, threads, countKernels: kernelsPerStep === undefined });
        } finally {
          restore?.();
        }
        kernelsPerStep ??= t.kernelsPerStep;
        const line: BenchLine = {
          spec, backend: choice.name, batch, images_per_s: Math.round(t.imagesPerSecond), threads, device: choice.device,
          ...(kernels ? { kernels } : {}),
          ...(combo ? { flags: combo.label } : {}),
          ...(syncEvery !== undefined ? { sync_every: syncEvery } : {}),
          steps: t.steps, seconds: Number(t.seconds.toFixed(3)), loss: Number(t.lastLoss.toFixed(4)),
          warmup_loss: Number((t.warmupLoss ?? NaN).toFixed(5)),
          ...(t.issueMs !== undefined ? { issue_ms: Number(t.issueMs.toFixed(3)) } : {}),
          ...(kernelsPerStep !== undefined ? { kernels_per_step: kernelsPerStep } : {}),
          data: data.source,
        };
        lines.push(line);
        write(JSON.stringify(line));
      }
    }
  }
  if (tf.memory().numTensors > 1000) process.stderr.write(`bench: warning: ${tf.memory().numTensors} tensors still allocated\n`);
  return lines;
}

/**
 * The `--flags` combinations (undefined: none given, measure once as is). Flags the active
 * backend does not know (WEBGPU_* and LENETC_* on wasm) are dropped with a note, so the same
 * command runs on a CPU machine; the line still carries the combination's label.
 */
function flagCombos(values: readonly string[] | undefined, backend: string): Array<{ label: string; flags: Record<string, FlagValue> } | undefined> {
  if (!values?.length) return [undefined];
  return values.map((text) => {
    const parsed = parseFlags(text);
    const kept = backend === 'tfjs-webgpu' ? parsed : Object.fromEntries(Object.entries(parsed).filter(([name]) => isKnownFlag(name) && !name.startsWith('LENETC_')));
    const dropped = Object.keys(parsed).filter((name) => !(name in kept));
    if (dropped.length) process.stderr.write(`bench: ${backend} ignores ${dropped.join(', ')}\n`);
    return { label: formatFlags(parsed), flags: kept };
  });
}

/**
 * Writes each spec's checked model as `<dir>/<spec basename>.json`, the architecture the
 * PyTorch baseline builds, so both sides train the same network. Returns the files written.
 */
export function writeModelJson(specs: readonly string[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return specs.map((spec) => {
    const file = path.join(dir, `${path.basename(spec).replace(/\.ya?ml$/, '')}.json`);
    writeFileSync(file, `${JSON.stringify(loadSpecModel(spec), null, 2)}\n`);
    return file;
  });
}

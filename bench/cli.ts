/**
 * `npm run bench`: lenetc's training throughput, one JSON line per spec × batch size on one
 * backend. Kept apart from run.ts so the GPU bundle (gpu-entry.ts) can call it too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/errors.js';
import { selectBackend, type BackendName } from '../src/runtime/backend.js';
import { registerWebGPUKernels, unregisterWebGPUKernels } from '../src/runtime/kernels/webgpu/index.js';
import { backendThreads, loadBenchData, loadSpecModel, measureTraining, profileStep } from './train-step.js';

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
  steps: number;
  seconds: number;
  loss: number;
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
} as const;

/** Comma- or repeat-separated positive integers (`--batch 128,512 --batch 2048`). */
export function integerList(values: readonly string[] | undefined, fallback: number[]): number[] {
  if (!values?.length) return fallback;
  const numbers = values.flatMap((v) => v.split(',')).map((v) => Number(v.trim()));
  const bad = numbers.find((n) => !Number.isInteger(n) || n <= 0);
  if (bad !== undefined) throw new UserError(`expected positive integers, got ${values.join(',')}`);
  return numbers;
}

function positive(value: string, flag: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new UserError(`--${flag} expects a positive number, got ${value}`);
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

  const choice = await selectBackend(values.backend as BackendName, { log: (l) => process.stderr.write(`bench: ${l}\n`) });
  let kernels: BenchLine['kernels'];
  if (choice.name === 'webgpu') {
    if (values['stock-kernels']) {
      unregisterWebGPUKernels();
      kernels = 'stock';
    } else {
      registerWebGPUKernels();
      kernels = 'lenetc';
    }
  }
  const threads = await backendThreads();
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
      const t = await measureTraining({ model, data, batch, warmup, steps, minSeconds });
      const line: BenchLine = {
        spec, backend: choice.name, batch, images_per_s: Math.round(t.imagesPerSecond), threads, device: choice.device,
        ...(kernels ? { kernels } : {}),
        steps: t.steps, seconds: Number(t.seconds.toFixed(3)), loss: Number(t.lastLoss.toFixed(4)), data: data.source,
      };
      lines.push(line);
      write(JSON.stringify(line));
    }
  }
  if (tf.memory().numTensors > 1000) process.stderr.write(`bench: warning: ${tf.memory().numTensors} tensors still allocated\n`);
  return lines;
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

/**
 * The training-step harness every benchmark shares: load a spec and its data, then time the
 * same step real training runs (forward, softmax cross-entropy, gradients, the spec's optimizer),
 * with each batch uploaded from host memory as training does.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { nodeSpecReader, readBytes } from '../src/node/reader.js';
import { UserError } from '../src/errors.js';
import { datasetName, type NetModel } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import { loadModelData } from '../src/node/data/index.js';
import { buildModel } from '../src/tfjs/build.js';
import { stepGradients, trainableVariables } from '../src/tfjs/step.js';
import { createOptimizer } from '../src/tfjs/optimizer.js';
import { startDataParallel } from '../src/node/parallel/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { cpuTrainerOn } from '../src/cpu/trainer.js';
import { nodeCpuThreads } from '../src/node/cpu-threads.js';

/** The model's number of classes: its output's width. */
function classCount(model: NetModel): number {
  return inferShapes(model).layers.at(-1)!.output[0]!;
}

/** Training images a benchmark feeds from: its batches cycle through these. */
export interface BenchData {
  images: Float32Array;
  /** The data set's own bytes of the same pixels, when it was read (the engine uploads these). */
  bytes?: Uint8Array;
  labels: Uint8Array;
  count: number;
  /** Where they came from: a dataset folder, or `random` when none was found. */
  source: string;
}

/** What one measurement found. */
export interface StepTiming {
  imagesPerSecond: number;
  /** Timed steps (warm-up excluded). */
  steps: number;
  seconds: number;
  /** Mean loss of the last timed step: a check that the step really trains. */
  lastLoss: number;
  /**
   * Loss of the last warm-up step: the same for every run of a spec, batch and seed, so a
   * setting that changes it (a flag, a cache) changed the arithmetic, not just the speed.
   */
  warmupLoss?: number;
  /**
   * Mean milliseconds a timed step spends in JavaScript issuing its work (tfjs ops, encoding,
   * submission), without waiting for the GPU: near the step time, the step is bound by it.
   */
  issueMs?: number;
  /** Kernels one step runs (counted once in warm-up): issueMs / kernelsPerStep = cost per op. */
  kernelsPerStep?: number;
}

export interface MeasureOptions {
  model: NetModel;
  data: BenchData;
  batch: number;
  /** Untimed steps first: shader compilation, allocator warm-up. */
  warmup: number;
  /** Steps per timed round; each round ends by reading the loss back, so queued GPU work counts. */
  steps: number;
  /** Keep adding rounds until this much time is measured. */
  minSeconds: number;
  /**
   * Read the loss back every this many steps (default: once per round). 1 is what the training
   * loop does (it reads loss and accuracy every batch), so the GPU drains every step.
   */
  syncEvery?: number;
  /** Count the kernels of the first warm-up step (tf.profile: slow on webgpu, so once per shape). */
  countKernels?: boolean;
  seed?: number;
  /**
   * Threads per step, as training uses them (src/node/parallel): above 1 each step's batch
   * is split over worker threads and the summed gradients applied once. Default 1.
   */
  threads?: number;
}

/** Parses and checks a spec file; a spec with errors is a UserError listing their codes. */
export function loadSpecModel(file: string, cwd = process.cwd()): NetModel {
  const bytes = readBytes(path.resolve(cwd, file));
  if (!bytes) throw new UserError('FILE_UNREADABLE', { what: 'spec file', file });
  const result = checkSpec({ file, text: bytes }, { reader: nodeSpecReader(cwd) });
  if (!result.ok || !result.model) {
    const codes = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    throw new UserError('SPEC_INVALID', { file, codes });
  }
  return result.model;
}

/**
 * Up to `limit` training images of the spec's dataset (from `dataDir`, $LENETC_DATA_DIR or the
 * system folder, never downloaded), or random images with a note on stderr when none are found,
 * so a benchmark still runs on a machine without the dataset.
 */
export async function loadBenchData(model: NetModel, limit: number, dataDir?: string): Promise<BenchData> {
  try {
    const loaded = await loadModelData(model, { dataDir, trainLimit: limit, valLimit: 1, download: false });
    const { images, bytes, labels, count } = loaded.train;
    return { images, bytes, labels, count, source: loaded.dir };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    process.stderr.write(`bench: ${datasetName(model.train.dataset)} not found (${err.message}); timing on random images\n`);
    const [h, w, c] = model.input;
    const count = Math.max(1, limit);
    const images = new Float32Array(count * h * w * c);
    for (let i = 0; i < images.length; i++) images[i] = Math.random();
    const labels = Uint8Array.from({ length: count }, () => Math.floor(Math.random() * classCount(model)));
    return { images, labels, count, source: 'random' };
  }
}

/** A fresh network and optimizer for `model`, and its training step on the next batch of `data`. */
function createTrainer(model: NetModel, data: BenchData, batch: number, seed: number): { step: () => tf.Scalar; dispose: () => void } {
  const classes = classCount(model);
  const pixels = model.input[0] * model.input[1] * model.input[2];
  const net = buildModel(model, seed);
  const optimizer = createOptimizer(model.train.optimizer, model.train.lr);
  const variables = trainableVariables(net);
  // a batch larger than the data repeats images: the cost per step is what is measured
  const images = new Float32Array(batch * pixels);
  const labels = new Int32Array(batch);
  let cursor = 0;
  const step = (): tf.Scalar => {
    for (let i = 0; i < batch; i++) {
      const index = (cursor + i) % data.count;
      images.set(data.images.subarray(index * pixels, (index + 1) * pixels), i * pixels);
      labels[i] = data.labels[index];
    }
    cursor = (cursor + batch) % data.count;
    // uploaded every step, as training does
    const { grads, loss, hits } = stepGradients(net, variables, classes, images, labels, batch, 'mean');
    tf.tidy(() => optimizer.applyGradients(Object.fromEntries(variables.map((v, i) => [v.name, grads[i]]))));
    tf.dispose([...grads, hits]);
    return loss;
  };
  return { step, dispose: () => { optimizer.dispose(); net.dispose(); } };
}

/**
 * Trains a fresh network on the active backend for `warmup` untimed steps, then timed rounds
 * of `steps` steps until `minSeconds` have passed, and returns the training throughput.
 */
export async function measureTraining(options: MeasureOptions): Promise<StepTiming> {
  if ((options.threads ?? 1) > 1) return measureParallelTraining(options);
  const { model, data, batch } = options;
  const trainer = createTrainer(model, data, batch, options.seed ?? model.train.seed);
  try {
    let warmupLoss = NaN;
    let kernelsPerStep: number | undefined;
    for (let i = 0; i < options.warmup; i++) {
      if (i === 0 && options.countKernels) {
        const info = await tf.profile(async () => {
          const loss = trainer.step();
          warmupLoss = (await loss.data())[0];
          loss.dispose();
        });
        kernelsPerStep = info.kernels.length;
        continue;
      }
      const loss = trainer.step();
      warmupLoss = (await loss.data())[0];
      loss.dispose();
    }
    const syncEvery = options.syncEvery ?? options.steps;
    let steps = 0;
    let lastLoss = NaN;
    let issueMs = 0;
    const started = performance.now();
    do {
      for (let i = 0; i < options.steps; i++) {
        const issued = performance.now();
        const loss = trainer.step();
        issueMs += performance.now() - issued;
        if (i < options.steps - 1 && (i + 1) % syncEvery !== 0) {
          loss.dispose();
          continue;
        }
        // reading a loss waits for every step queued before it (always the round's last)
        lastLoss = (await loss.data())[0];
        loss.dispose();
      }
      steps += options.steps;
    } while ((performance.now() - started) / 1000 < options.minSeconds);
    const seconds = (performance.now() - started) / 1000;
    return { imagesPerSecond: (steps * batch) / seconds, steps, seconds, lastLoss, warmupLoss, issueMs: issueMs / steps, kernelsPerStep };
  } finally {
    trainer.dispose();
  }
}

/** One kernel's share of a profiled step. */
export interface KernelTime {
  /** Kernel name and input shapes. */
  kernel: string;
  ms: number;
  count: number;
}

/** The kernels of one training step, slowest first (tf.profile), for finding where time goes. */
export async function profileStep(model: NetModel, data: BenchData, batch: number, top = 15): Promise<KernelTime[]> {
  const trainer = createTrainer(model, data, batch, model.train.seed);
  try {
    // untimed steps first, so the profile holds no shader compilation
    for (let i = 0; i < 2; i++) {
      const loss = trainer.step();
      await loss.data();
      loss.dispose();
    }
    const info = await tf.profile(async () => {
      const loss = trainer.step();
      await loss.data();
      loss.dispose();
    });
    const totals = new Map<string, { ms: number; count: number }>();
    for (const k of info.kernels) {
      const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
      const key = `${k.name} ${JSON.stringify(k.inputShapes)}`;
      const entry = totals.get(key) ?? { ms: 0, count: 0 };
      entry.ms += ms;
      entry.count += 1;
      totals.set(key, entry);
    }
    return [...totals.entries()]
      .map(([kernel, t]) => ({ kernel, ms: Number(t.ms.toFixed(3)), count: t.count }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  } finally {
    trainer.dispose();
  }
}

/** measureTraining over a pool of `options.threads` threads (the training loop's data-parallel step). */
async function measureParallelTraining(options: MeasureOptions): Promise<StepTiming> {
  const { model, data, batch } = options;
  const pixels = model.input[0] * model.input[1] * model.input[2];
  const net = buildModel(model, options.seed ?? model.train.seed);
  const optimizer = createOptimizer(model.train.optimizer, model.train.lr);
  const pool = await startDataParallel({ model, net, classes: classCount(model), threads: options.threads! });
  const images = new Float32Array(batch * pixels);
  const labels = new Int32Array(batch);
  let cursor = 0;
  const step = async (): Promise<number> => {
    for (let i = 0; i < batch; i++) {
      const index = (cursor + i) % data.count;
      images.set(data.images.subarray(index * pixels, (index + 1) * pixels), i * pixels);
      labels[i] = data.labels[index]!;
    }
    cursor = (cursor + batch) % data.count;
    const result = await pool.step(images, labels, batch, cursor);
    optimizer.applyGradients(result.grads);
    tf.dispose(Object.values(result.grads));
    return result.loss;
  };
  try {
    return await timeSteps(step, batch, options);
  } finally {
    await pool.close();
    optimizer.dispose();
    net.dispose();
  }
}

/**
 * The compiled CPU program (src/cpu) training `model` on `data` on `threads` threads (as `lenetc
 * train --backend wasm` runs it), timed as measureTraining times tfjs: warm-up steps, then rounds
 * of `steps` until `minSeconds`; the steps walk the data in order, at the spec's learning rate.
 */
export async function measureCompiledTraining(options: Omit<MeasureOptions, 'syncEvery' | 'countKernels'>): Promise<StepTiming> {
  const { model, data, batch } = options;
  const train = { images: data.images, labels: data.labels, count: data.count, height: model.input[0]!, width: model.input[1]!, channels: model.input[2] };
  const sized = { ...model, train: { ...model.train, batch_size: batch, seed: options.seed ?? model.train.seed } };
  const trainer = await cpuTrainerOn(nodeCpuThreads)({ model: sized, train, classes: 10, threads: options.threads ?? 1 });
  const perEpoch = Math.max(1, Math.floor(data.count / batch));
  let next = 0;
  const step = async () => {
    const at = (next % perEpoch) * batch;
    const indices = Uint32Array.from({ length: batch }, (_, i) => at + i);
    const [result] = await trainer.run([{ step: next++, indices, lr: model.train.lr }]);
    return result!.loss;
  };
  try {
    return { ...(await timeSteps(step, batch, options)), issueMs: 0 };
  } finally {
    await trainer.dispose();
  }
}

/**
 * Times `step` (which trains one batch of `batch` and resolves to its loss) as every measurement
 * here is timed: `warmup` steps, then rounds of `steps` until `minSeconds` have passed.
 */
async function timeSteps(step: () => Promise<number>, batch: number, options: Pick<MeasureOptions, 'warmup' | 'steps' | 'minSeconds'>): Promise<StepTiming> {
  let warmupLoss = NaN;
  for (let i = 0; i < options.warmup; i++) warmupLoss = await step();
  let steps = 0;
  let lastLoss = NaN;
  const started = performance.now();
  do {
    for (let i = 0; i < options.steps; i++) lastLoss = await step();
    steps += options.steps;
  } while ((performance.now() - started) / 1000 < options.minSeconds);
  const seconds = (performance.now() - started) / 1000;
  return { imagesPerSecond: (steps * batch) / seconds, steps, seconds, lastLoss, warmupLoss };
}

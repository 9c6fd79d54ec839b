/**
 * The training loop. Custom rather than model.fit: it checkpoints inside epochs, resumes to
 * the exact batch and RNG state, polls an interrupt signal between batches and stops on a
 * non-finite loss before anything is written.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../../model.js';
import { buildModel } from '../model.js';
import { startDataParallel, stepThreads, type DataParallel } from '../parallel/index.js';
import { makeBatch, type Batch, type ImageSplit } from './batches.js';
import { saveCheckpoint, type CheckpointState, type LoadedCheckpoint } from './checkpoint.js';
import { crossEntropy, endsInSoftmax, evaluate, inputTensor } from './evaluate.js';
import { metricsCsv, metricsJsonl, type EpochMetrics } from './metrics.js';
import { createOptimizer, setLearningRate } from './optimizer.js';
import { curvesSvg } from './plots.js';
import { Rng } from './rng.js';
import { modelFiles, RUN_FILES, writeDirAtomic, writeFileAtomic } from './run-folder.js';
import { learningRate } from './schedule.js';

/** Called as training goes, for progress output. */
export interface LoopEvents {
  onEpochStart?(epoch: number, batches: number, firstBatch: number): void;
  /** `loss` is the running mean over the epoch so far. */
  onBatch?(epoch: number, batch: number, batches: number, loss: number): void;
  /** After the epoch's checkpoint and files are written. */
  onEpoch?(metrics: EpochMetrics): void | Promise<void>;
}

export interface LoopOptions {
  model: NetModel;
  train: ImageSplit;
  val: ImageSplit;
  classes: number;
  runDir: string;
  /** Go on from this checkpoint instead of from fresh weights. */
  resume?: LoadedCheckpoint;
  /** Checked after every batch: once aborted, the loop checkpoints and returns `interrupted`. */
  signal?: AbortSignal;
  events?: LoopEvents;
  /**
   * Threads per step (1 = this thread only); default: every core on wasm. Each batch is split
   * into one shard per thread (see runtime/parallel).
   */
  threads?: number;
  /** Batches whose loss stays on the device between readbacks (default: 16 on a GPU, else 1). */
  syncEvery?: number;
}

/** How the loop ended; `epoch`/`batch` (1-based) say where it stopped. */
export type LoopOutcome =
  | { status: 'completed'; metrics: EpochMetrics[] }
  | { status: 'interrupted'; metrics: EpochMetrics[]; epoch: number; batch: number }
  | { status: 'diverged'; metrics: EpochMetrics[]; epoch: number; batch: number; loss: number };

/** Trains `options.model` for its configured epochs, writing checkpoint and files after each. */
export async function trainLoop(options: LoopOptions): Promise<LoopOutcome> {
  const { model, train, val, classes, runDir, signal, events = {} } = options;
  const config = model.train;
  const rng = new Rng(config.seed);
  const net = options.resume?.net ?? buildModel(model, config.seed);
  const optimizer = createOptimizer(config.optimizer, config.lr);
  let state: CheckpointState = options.resume?.state ?? {
    version: 1, epoch: 0, batch: 0, rng: { epochStart: rng.state, now: rng.state },
    partial: { lossSum: 0, correct: 0, seen: 0, seconds: 0 }, metrics: [],
  };
  if (options.resume) {
    await optimizer.setWeights(options.resume.optimizerWeights);
    tf.dispose(options.resume.optimizerWeights.map((w) => w.tensor));
  }
  const metrics = [...state.metrics];
  const batchSize = config.batch_size;
  const batches = Math.ceil(train.count / batchSize);
  const probabilities = endsInSoftmax(model);
  const variables = net.trainableWeights.map((w) => w.read() as tf.Variable);
  // L2 weight decay on kernels only (rank > 1): biases and batch-norm scales are not decayed
  const decayed = new Set(config.weight_decay > 0 ? variables.filter((v) => v.rank > 1).map((v) => v.name) : []);
  /** Adds weight decay to the mean-loss gradients and updates the weights; call inside a tidy. */
  const apply = (grads: tf.NamedTensorMap) => {
    for (const v of variables) if (decayed.has(v.name)) grads[v.name] = tf.add(grads[v.name], tf.mul(v, config.weight_decay));
    optimizer.applyGradients(grads);
  };
  const threads = stepThreads(options.threads, tf.getBackend());
  // a CPU backend has its numbers at hand; on a GPU each readback waits for the queue to drain
  const syncEvery = options.syncEvery ?? (['webgpu', 'webgl', 'tensorflow'].includes(tf.getBackend()) ? 16 : 1);
  let parallel: DataParallel | undefined;

  try {
    if (threads > 1) parallel = await startDataParallel({ model, net, classes, threads });
    for (let epoch = state.epoch + 1; epoch <= config.epochs; epoch++) {
      const started = performance.now();
      setLearningRate(optimizer, learningRate(config, epoch));
      // the epoch's order is drawn from its start state, so a resumed epoch sees the same order
      rng.state = state.rng.epochStart;
      const order = rng.permutation(train.count);
      const epochStart = state.rng.epochStart;
      const firstBatch = state.batch;
      // mid-epoch, the augmentation draws of the finished batches are already spent
      if (firstBatch > 0) rng.state = state.rng.now;
      let { lossSum, correct, seen, seconds: trainSeconds } = state.partial;
      events.onEpochStart?.(epoch, batches, firstBatch);
      let trainStarted = performance.now();
      // Losses and hit counts stay on the device until a flush: reading them back after every
      // batch would drain a GPU's queue each step. A flush checks them in batch order.
      // (the data-parallel step has its numbers already: they go in as they are)
      const pending: { loss: tf.Scalar | number; hits: tf.Scalar | number; size: number; batch: number }[] = [];
      let diverged: { batch: number; loss: number } | undefined;
      const read = async (v: tf.Scalar | number) => (typeof v === 'number' ? v : (await v.data())[0]!);
      const flush = async () => {
        const values = await Promise.all(pending.map(async (p) => [await read(p.loss), await read(p.hits)] as const));
        for (const [i, p] of pending.entries()) {
          const [lossValue, hitCount] = values[i]!;
          if (!Number.isFinite(lossValue)) {
            diverged ??= { batch: p.batch, loss: lossValue };
            break;
          }
          lossSum += lossValue * p.size;
          correct += hitCount;
          seen += p.size;
          events.onBatch?.(epoch, p.batch, batches, lossSum / seen);
        }
        tf.dispose(pending.flatMap((p) => [p.loss, p.hits]).filter((v): v is tf.Scalar => typeof v !== 'number'));
        pending.length = 0;
      };
      for (let b = firstBatch; b < batches; b++) {
        const batch = makeBatch(train, order, b * batchSize, Math.min((b + 1) * batchSize, train.count), config.augment, rng);
        if (parallel) {
          const { loss, hits } = await parallelStep(parallel, batch, apply);
          pending.push({ loss, hits, size: batch.size, batch: b + 1 });
        } else {
          const x = inputTensor(batch.images, batch.size, model);
          const y = tf.tensor1d(batch.labels, 'int32');
          let hits: tf.Scalar | undefined;
          const loss = tf.tidy(() => {
            const { value, grads } = tf.variableGrads(() => {
              const output = net.apply(x, { training: true }) as tf.Tensor2D;
              hits = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(output, 1), y), 'int32')) as tf.Scalar);
              return tf.mean(crossEntropy(output, y, classes, probabilities)) as tf.Scalar;
            }, variables);
            apply(grads);
            return value;
          });
          tf.dispose([x, y]);
          pending.push({ loss, hits: hits!, size: batch.size, batch: b + 1 });
        }
        if (pending.length >= syncEvery || signal?.aborted || b + 1 === batches) await flush();
        if (diverged) return { status: 'diverged', metrics, epoch, batch: diverged.batch, loss: diverged.loss };
        // (an abort may come from onBatch during that flush, so this is read again)
        if (signal?.aborted && b + 1 < batches) {
          trainSeconds += (performance.now() - trainStarted) / 1000;
          state = { version: 1, epoch: epoch - 1, batch: b + 1, rng: { epochStart, now: rng.state }, partial: { lossSum, correct, seen, seconds: trainSeconds }, metrics };
          await saveCheckpoint(runDir, state, net, optimizer);
          return { status: 'interrupted', metrics, epoch, batch: b + 1 };
        }
      }
      trainSeconds += (performance.now() - trainStarted) / 1000;
      trainStarted = performance.now();
      const evaluation = await evaluate(net, model, val, classes, Math.max(batchSize, 256));
      const resumedSeconds = state.partial.seconds;
      const epochMetrics: EpochMetrics = {
        epoch,
        train_loss: lossSum / seen,
        train_acc: correct / seen,
        val_loss: evaluation.loss,
        val_acc: evaluation.accuracy,
        // a resumed epoch counts the time spent on it before the interruption
        seconds: resumedSeconds + (performance.now() - started) / 1000,
        images_per_s: seen / Math.max(trainSeconds, 1e-9),
      };
      metrics.push(epochMetrics);
      state = { version: 1, epoch, batch: 0, rng: { epochStart: rng.state, now: rng.state }, partial: { lossSum: 0, correct: 0, seen: 0, seconds: 0 }, metrics };
      await saveCheckpoint(runDir, state, net, optimizer);
      await writeEpochFiles(runDir, metrics, net);
      await events.onEpoch?.(epochMetrics);
      if (signal?.aborted && epoch < config.epochs) return { status: 'interrupted', metrics, epoch: epoch + 1, batch: 0 };
    }
    return { status: 'completed', metrics };
  } finally {
    await parallel?.close();
    optimizer.dispose();
    // MomentumOptimizer.dispose skips its parent's -lr scalar (tfjs 4.22); disposing twice is a no-op
    (optimizer as unknown as { c?: tf.Tensor }).c?.dispose();
    net.dispose();
  }
}

/** One step over the pool's threads; resolves to the batch's mean loss and correct count. */
async function parallelStep(parallel: DataParallel, batch: Batch, apply: (grads: tf.NamedTensorMap) => void): Promise<{ loss: number; hits: number }> {
  const step = await parallel.step(batch.images, batch.labels, batch.size);
  // apply() may replace entries with decayed sums; the pool's own tensors are disposed here
  const originals = Object.values(step.grads);
  tf.tidy(() => apply(step.grads));
  tf.dispose(originals);
  return { loss: step.loss, hits: step.hits };
}

/** The files that follow the metrics: metrics.jsonl, metrics.csv, curves.svg and model/. */
export async function writeEpochFiles(runDir: string, metrics: readonly EpochMetrics[], net: tf.LayersModel): Promise<void> {
  await writeFileAtomic(path.join(runDir, RUN_FILES.metricsJsonl), metricsJsonl(metrics));
  await writeFileAtomic(path.join(runDir, RUN_FILES.metricsCsv), metricsCsv(metrics));
  await writeFileAtomic(path.join(runDir, RUN_FILES.curves), await curvesSvg(metrics));
  await writeDirAtomic(path.join(runDir, RUN_FILES.model), await modelFiles(net));
}

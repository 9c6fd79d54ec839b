/**
 * The training loop, the same for every engine and host: epochs, the seeded data order and
 * augmentation, each step's learning rate, metrics, interrupts, the NaN stop, and when to
 * checkpoint. Custom rather than model.fit: it checkpoints inside epochs, resumes to the exact
 * batch and RNG state, and stops on a non-finite loss before anything is written. Steps run
 * through a Trainer and files go through a RunStore, so this imports neither Node nor tfjs
 * (a test holds it to that): a browser runs it as it is.
 */
import type { NetModel } from '../model.js';
import type { ImageSplit } from './data/split.js';
import { drawAugmentation } from './batches.js';
import { initialState, type CheckpointState, type RunIdentity } from './checkpoint.js';
import type { EpochMetrics } from './metrics.js';
import { Rng } from './rng.js';
import { learningRate } from './schedule.js';
import type { RunStore } from './store.js';
import type { StepResult, Trainer, TrainStep } from './trainer.js';

/** Where an epoch's training stands after a batch, for progress output. */
export interface BatchProgress {
  epoch: number;
  /** 1-based, of `batches`. */
  batch: number;
  batches: number;
  /** Mean loss over the epoch's batches so far. */
  loss: number;
  /** Accuracy over the epoch's batches so far (training mode). */
  accuracy: number;
  /** Training images per second so far this epoch. */
  imagesPerSecond: number;
  /** The learning rate of this batch's step. */
  lr: number;
}

/** Called as training goes, for progress output. */
export interface LoopEvents {
  onEpochStart?(epoch: number, batches: number, firstBatch: number): void;
  onBatch?(progress: BatchProgress): void;
  /** After the epoch's checkpoint and files are written. */
  onEpoch?(metrics: EpochMetrics): void | Promise<void>;
}

/** What the loop trains, with what, and where it writes. */
export interface LoopOptions {
  model: NetModel;
  /** Runs the steps; built from the checkpoint's weights when resuming. */
  trainer: Trainer;
  store: RunStore;
  train: ImageSplit;
  val: ImageSplit;
  /** Go on from this checkpoint's position (the trainer holds its weights). */
  resume?: CheckpointState;
  /** Recorded in every checkpoint, for a resume to check against (see checkpoint.ts). */
  identity?: RunIdentity;
  /** Checked after every readback: once aborted, the loop checkpoints and returns `interrupted`. */
  signal?: AbortSignal;
  events?: LoopEvents;
  /** Steps per trainer call, each call one readback (default: the trainer's stepsPerReadback). */
  syncEvery?: number;
}

/** How the loop ended; `epoch`/`batch` (1-based) say where it stopped. */
export type LoopOutcome =
  | { status: 'completed'; metrics: EpochMetrics[] }
  | { status: 'interrupted'; metrics: EpochMetrics[]; epoch: number; batch: number }
  | { status: 'diverged'; metrics: EpochMetrics[]; epoch: number; batch: number; loss: number };

/** Trains `options.model` for its configured epochs, checkpointing and writing its files after each. */
export async function trainLoop(options: LoopOptions): Promise<LoopOutcome> {
  const { model, trainer, store, train, val, signal, identity, events = {} } = options;
  const config = model.train;
  const rng = new Rng(config.seed);
  let state: CheckpointState = options.resume ?? initialState(rng.state);
  const metrics = [...state.metrics];
  // each step's loss, by epoch, for the curves; a checkpoint of older lenetc has none for its epochs
  const losses = (state.losses ?? []).map((l) => [...l]);
  const batchSize = config.batch_size;
  const batches = Math.ceil(train.count / batchSize);
  // read before each group: an engine may size its groups by how long its steps take
  const group = () => Math.max(1, options.syncEvery ?? trainer.stepsPerReadback);
  const inFlight = Math.max(1, trainer.runsInFlight ?? 1);

  for (let epoch = state.epoch + 1; epoch <= config.epochs; epoch++) {
    const started = performance.now();
    // the epoch's order is drawn from its start state, so a resumed epoch sees the same order
    rng.state = state.rng.epochStart;
    const order = rng.permutation(train.count);
    const epochStart = state.rng.epochStart;
    const firstBatch = state.batch;
    // mid-epoch, the augmentation draws of the finished batches are already spent
    if (firstBatch > 0) rng.state = state.rng.now;
    let { lossSum, correct, seen, seconds: trainSeconds } = state.partial;
    const seenBefore = seen;
    while (losses.length < epoch) losses.push([]);
    const stepLosses = losses[epoch - 1]!;
    events.onEpochStart?.(epoch, batches, firstBatch);
    const trainStarted = performance.now();
    let lr = NaN;
    // Steps go to the trainer a group at a time and their losses come back in one readback:
    // reading back after every step would drain a GPU's queue each time. An engine may take the
    // next group before the last one's readback (runsInFlight). Results are checked in batch
    // order, so a NaN stops the run at its own batch (later groups already sent are dropped;
    // the last good checkpoint stays).
    const sent: { first: number; steps: TrainStep[]; results: Promise<StepResult[]> }[] = [];
    let next = firstBatch;
    let stopping = false;
    const send = () => {
      const steps: TrainStep[] = [];
      const first = next;
      for (const size = group(); steps.length < size && next < batches; next++) {
        const indices = order.subarray(next * batchSize, Math.min((next + 1) * batchSize, train.count));
        const step = (epoch - 1) * batches + next;
        steps.push({ step, indices, augment: drawAugmentation(indices.length, config.augment, rng), lr: learningRate(config, step, batches) });
      }
      const results = trainer.run(steps);
      // awaited in turn below; one left behind by a NaN or an error must not go unhandled
      results.catch(() => undefined);
      sent.push({ first, steps, results });
    };
    for (let b = firstBatch; b < batches;) {
      // (while b < batches, a group is out or there is one to send, unless stopping, handled below)
      while (!stopping && sent.length < inFlight && next < batches) send();
      const { first, steps, results: pending } = sent.shift()!;
      const results = await pending;
      b = first + steps.length;
      for (const [i, result] of results.entries()) {
        const batch = first + i + 1;
        if (!Number.isFinite(result.loss)) return { status: 'diverged', metrics, epoch, batch, loss: result.loss };
        const size = steps[i].indices.length;
        lossSum += result.loss * size;
        // six digits are plenty for a curve, and keep state.json small
        stepLosses.push(Number(result.loss.toPrecision(6)));
        correct += result.correct;
        seen += size;
        lr = steps[i].lr;
        const elapsed = (performance.now() - trainStarted) / 1000;
        events.onBatch?.({
          epoch, batch, batches, loss: lossSum / seen, accuracy: correct / seen, lr,
          imagesPerSecond: (seen - seenBefore) / Math.max(elapsed, 1e-9),
        });
      }
      // a Ctrl-C is an event: let the host deliver it before the next group (an await on a
      // CPU backend's numbers resolves at once, as a microtask, and would never let it in)
      await yieldToHost();
      // (an abort may come from onBatch, too); groups already sent finish first
      stopping ||= Boolean(signal?.aborted);
      if (stopping && b < batches && sent.length === 0) {
        trainSeconds += (performance.now() - trainStarted) / 1000;
        const stopped: CheckpointState = { version: 1, epoch: epoch - 1, batch: b, rng: { epochStart, now: rng.state }, partial: { lossSum, correct, seen, seconds: trainSeconds }, metrics, losses, identity };
        await store.saveCheckpoint({ state: stopped, trainer: await trainer.save() });
        return { status: 'interrupted', metrics, epoch, batch: b };
      }
    }
    trainSeconds += (performance.now() - trainStarted) / 1000;
    const evaluation = await trainer.evaluate(val);
    const epochMetrics: EpochMetrics = {
      epoch,
      train_loss: lossSum / seen,
      train_acc: correct / seen,
      val_loss: evaluation.loss,
      val_acc: evaluation.accuracy,
      lr,
      // a resumed epoch counts the time spent on it before the interruption
      seconds: state.partial.seconds + (performance.now() - started) / 1000,
      images_per_s: seen / Math.max(trainSeconds, 1e-9),
    };
    metrics.push(epochMetrics);
    const weights = await trainer.save();
    state = { version: 1, epoch, batch: 0, rng: { epochStart: rng.state, now: rng.state }, partial: { lossSum: 0, correct: 0, seen: 0, seconds: 0 }, metrics, losses, identity };
    await store.saveCheckpoint({ state, trainer: weights });
    await store.saveEpoch(metrics, weights.model, { name: model.name, losses });
    await events.onEpoch?.(epochMetrics);
    if (signal?.aborted && epoch < config.epochs) return { status: 'interrupted', metrics, epoch: epoch + 1, batch: 0 };
  }
  return { status: 'completed', metrics };
}

/**
 * Lets the host run its pending events (a signal handler, a click on Stop, a repaint) between
 * steps: a macrotask, not a microtask. Node has setImmediate; a browser gets a message on a
 * channel, since its setTimeout(0) waits at least 4 ms once timers nest (HTML's clamping), and a
 * step on the CPU takes 10–20 ms: the tab trained 26% slower for it.
 */
function yieldToHost(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  waiting ??= openChannel();
  return new Promise((resolve) => {
    waiting!.resolvers.push(resolve);
    waiting!.port.postMessage(null);
  });
}

/** The browser's channel for yieldToHost: each message resolves the oldest wait. */
let waiting: { port: MessagePort; resolvers: Array<() => void> } | undefined;

function openChannel(): { port: MessagePort; resolvers: Array<() => void> } {
  const channel = new MessageChannel();
  const resolvers: Array<() => void> = [];
  channel.port1.onmessage = () => resolvers.shift()?.();
  return { port: channel.port2, resolvers };
}

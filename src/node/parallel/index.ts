/**
 * Data-parallel training steps over worker_threads. tfjs's wasm backend runs one thread under
 * Node (it disables its own threads there), so a machine's other cores sit idle; here each
 * step's batch is cut into one shard per thread, the training thread computes the first and
 * `threads - 1` workers the others, each with its own backend and copy of the network.
 *
 * The training thread keeps the only optimizer and the master weights: every step it sends
 * the current weights with each shard, sums the shards' summed-loss gradients in shard order
 * and divides by the batch size. That is the mean-loss gradient of the whole batch (to float
 * rounding), so checkpoints, resume and the optimizer state work as in one thread.
 *
 * What differs from one thread: batch normalization normalizes each shard by its own
 * statistics, and only the training thread's shard moves the moving mean and variance.
 * Dropout masks are keyed by the step and each example's place in the batch, so a shard draws
 * the masks one thread would. Networks without batch norm (d2l's LeNet) train the same.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../../model.js';
import { ShardChannel, type ChannelBuffers } from './channel.js';
import type { WorkerInit, WorkerReply, WorkerStart } from './protocol.js';
import { stepGradients, trainableVariables, type StepGradients } from '../../tfjs/step.js';
import { shardBounds } from './shard.js';

/** The backends data-parallel steps run on: those that compute on this machine's CPU cores. */
export const PARALLEL_BACKENDS: readonly string[] = ['wasm', 'tfjs-wasm', 'cpu'];

/** One batch's step: mean-loss gradients keyed by variable name, mean loss, correct count. */
export interface ParallelStep {
  grads: tf.NamedTensorMap;
  loss: number;
  hits: number;
}

/** A running pool of gradient workers for one network. */
export interface DataParallel {
  /** Threads per step, the training thread included. */
  readonly threads: number;
  /**
   * Gradients of the mean loss over the batch (`size` images as size×H×W×C floats), with
   * `net`'s current weights; the caller applies them and disposes `grads`. Dropout masks are
   * those of the run's training step `step` (see train/step.ts).
   */
  step(images: Float32Array, labels: Int32Array, size: number, step: number): Promise<ParallelStep>;
  /** Terminates the workers. */
  close(): Promise<void>;
}

export interface ParallelOptions {
  model: NetModel;
  /** The training thread's network: the master weights. */
  net: tf.LayersModel;
  classes: number;
  /** Threads per step, the training thread included (≥ 2). */
  threads: number;
}

/** The default thread count: every core this process may use. */
export function defaultThreads(): number {
  return availableParallelism();
}

/**
 * Threads per training step on `backend`: `requested` when given (1 = no workers), otherwise
 * every core on wasm. Other backends always use one: the cpu backend is too slow for it to
 * matter and the GPU and native backends schedule their own work.
 */
export function stepThreads(requested: number | undefined, backend: string): number {
  if (!PARALLEL_BACKENDS.includes(backend)) return 1;
  if (requested !== undefined) return requested;
  // a single-file bundle that did not bundle the worker beside itself trains in one thread
  return (backend === 'wasm' || backend === 'tfjs-wasm') && existsSync(fileURLToPath(workerEntry())) ? defaultThreads() : 1;
}

/**
 * Starts `threads - 1` workers on the active backend (wasm or cpu) and resolves once each has
 * built its network. Rejects, with the workers already terminated, if any fails to start.
 */
export async function startDataParallel(options: ParallelOptions): Promise<DataParallel> {
  const { model, net, classes, threads } = options;
  const backend = tf.getBackend();
  if (backend !== 'wasm' && backend !== 'cpu') throw new Error(`data-parallel steps need the wasm or cpu backend, not ${backend}`);
  if (!Number.isInteger(threads) || threads < 2) throw new Error(`data-parallel steps need 2 or more threads, not ${threads}`);
  const init: WorkerInit = { type: 'init', model, classes };
  const variables = trainableVariables(net);
  const sizes = variables.map((v) => v.size);
  const pixels = model.input[0] * model.input[1] * model.input[2];
  // the weights go to every worker through one shared buffer, written before each request
  const weightBuffer = new SharedArrayBuffer(sizes.reduce((a, b) => a + b, 0) * 4);
  const weights = new Float32Array(weightBuffer);
  // workers started ahead (prewarmWorkers) first: their tfjs is loaded already
  const workers = Array.from({ length: threads - 1 }, () => new GradientWorker(takeWarm(backend) ?? spawnWorker({ backend }), init, (capacity) => ShardChannel.allocate(sizes, capacity, pixels, weightBuffer)));
  try {
    const readies = await Promise.all(workers.map((w) => w.ready));
    for (const shapes of readies) {
      const same = shapes.length === variables.length && shapes.every((s, i) => s.join() === variables[i].shape.join());
      if (!same) throw new Error('a worker built a network whose weights differ in shape from the training thread\'s');
    }
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }

  return {
    threads,
    async step(images, labels, size, step) {
      let offset = 0;
      for (const v of variables) {
        weights.set(v.dataSync() as Float32Array, offset);
        offset += v.size;
      }
      // the workers start first, then this thread computes shard 0 while they run
      const busy = workers.filter((worker, w) => {
        const [start, end] = shardBounds(size, threads, w + 1);
        if (end === start) return false;
        worker.send(images.subarray(start * pixels, end * pixels), labels.subarray(start, end), end - start, step, start);
        return true;
      });
      const [, mainEnd] = shardBounds(size, threads, 0);
      let own: StepGradients;
      try {
        own = stepGradients(net, variables, classes, images.subarray(0, mainEnd * pixels), labels.subarray(0, mainEnd), mainEnd, 'sum', { seed: model.train.seed, step, offset: 0 });
      } catch (err) {
        // let the workers finish, so the next step's requests find them idle
        await Promise.allSettled(busy.map((w) => w.receive()));
        throw err;
      }
      // copies: on cpu dataSync returns the backend's own storage, which must not be summed into
      const sums = own.grads.map((g) => (g.dataSync() as Float32Array).slice());
      let lossSum = own.loss.dataSync()[0];
      let hits = own.hits.dataSync()[0];
      tf.dispose([own.grads, own.loss, own.hits]);
      // in shard order, so a run's rounding is the same every time
      for (const worker of busy) {
        const result = await worker.receive();
        sums.forEach((sum, i) => {
          const part = result.grads[i];
          for (let k = 0; k < sum.length; k++) sum[k] += part[k];
        });
        lossSum += result.lossSum;
        hits += result.hits;
      }
      const grads: tf.NamedTensorMap = {};
      variables.forEach((v, i) => {
        const sum = sums[i];
        for (let k = 0; k < sum.length; k++) sum[k] /= size;
        grads[v.name] = tf.tensor(sum, v.shape);
      });
      return { grads, loss: lossSum / size, hits };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One worker thread, its shared-memory channel and its single in-flight shard. */
class GradientWorker {
  readonly ready: Promise<number[][]>;
  private readonly worker: Worker;
  private channel?: ShardChannel;
  private failed?: Error;

  /** `allocate` makes the buffers of a channel for shards of up to `capacity` examples. */
  constructor(worker: Worker, init: WorkerInit, private readonly allocate: (capacity: number) => ChannelBuffers) {
    this.worker = worker;
    // referenced while it starts: this thread waits for its answer and may have nothing else to do
    this.worker.ref();
    this.worker.postMessage(init);
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`gradient worker exited with code ${code}`)));
    this.ready = new Promise<number[][]>((resolve, reject) => {
      this.worker.once('message', (reply: WorkerReply) => {
        if (reply.type === 'error') {
          reject(new Error(`gradient worker: ${reply.message}`));
        } else {
          // an idle worker must not keep the process alive if its pool is never closed
          this.worker.unref();
          resolve(reply.shapes);
        }
      });
      this.worker.once('exit', () => reject(this.failed));
    });
    // a pool that fails to start awaits only the first failure; the others' must not go unhandled
    this.ready.catch(() => undefined);
  }

  /** Hands the worker one shard (the weights are already in the shared weight buffer). */
  send(images: Float32Array, labels: Int32Array, size: number, step: number, offset: number): void {
    if (this.failed) throw this.failed;
    if (!this.channel || this.channel.capacity < size) {
      // the worker is serving the old channel: it leaves that loop, then takes the new one
      this.channel?.stop();
      this.channel = new ShardChannel(this.allocate(size));
      this.worker.postMessage(this.channel.buffers);
    }
    this.channel.images.set(images);
    this.channel.labels.set(labels);
    this.channel.request(size, step, offset);
  }

  /** The gradients of the shard last sent: views into shared memory, valid until the next send. */
  async receive(): Promise<{ grads: Float32Array[]; lossSum: number; hits: number }> {
    const channel = this.channel!;
    const outcome = await channel.reply(() => {
      if (this.failed) throw this.failed;
    });
    return { ...outcome, grads: channel.grads };
  }

  async terminate(): Promise<void> {
    this.failed ??= new Error('gradient worker terminated');
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    this.failed ??= err;
  }
}

/** The worker module beside this one, with this module's extension: .js built, .ts under tsx, .mjs bundled. */
function workerEntry(): URL {
  return new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
}

/**
 * Starts a gradient worker, which loads tfjs and activates `start.backend` at once. Node 20
 * does not apply `--import tsx` to a worker's entry module, so a .ts worker is started through
 * a small module that registers tsx's loader first.
 */
function spawnWorker(start: WorkerStart): Worker {
  return startWorker(workerEntry(), start);
}

/** A worker running module `entry` with `workerData`; a .ts entry (under tsx) through a module that registers tsx's loader first. */
export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A worker started ahead of its network, and whether it is still alive to be taken. */
interface WarmWorker {
  backend: WorkerStart['backend'];
  worker: Worker;
  gone: boolean;
}

/** Workers prewarmWorkers started, waiting for startDataParallel to take them. */
const warm: WarmWorker[] = [];

/**
 * Starts `count` gradient workers on `backend` before the network is known: each loads tfjs
 * and initializes the backend (most of a worker's start, a second or more) while the caller
 * does other work, such as decoding the data set. startDataParallel takes them; those it does
 * not are ended by discardWarmWorkers, and none keeps the process alive meanwhile.
 */
export function prewarmWorkers(backend: WorkerStart['backend'], count: number): void {
  if (!existsSync(fileURLToPath(workerEntry()))) return;
  for (let i = 0; i < count; i++) {
    const entry: WarmWorker = { backend, worker: spawnWorker({ backend }), gone: false };
    entry.worker.unref();
    // a worker that fails before it is taken is not taken; its error is not thrown here
    entry.worker.on('error', () => { entry.gone = true; });
    entry.worker.on('exit', () => { entry.gone = true; });
    warm.push(entry);
  }
}

/** How many workers prewarmWorkers started wait to be taken. */
export function warmWorkerCount(): number {
  return warm.length;
}

/** Ends the workers prewarmWorkers started that were not taken. */
export async function discardWarmWorkers(): Promise<void> {
  await Promise.all(warm.splice(0).map((w) => w.worker.terminate()));
}

/** A live warm worker on `backend`, taken out of the pool. */
function takeWarm(backend: string): Worker | undefined {
  for (;;) {
    const i = warm.findIndex((w) => w.backend === backend);
    if (i < 0) return undefined;
    const [entry] = warm.splice(i, 1);
    if (!entry!.gone) return entry!.worker;
    void entry!.worker.terminate();
  }
}

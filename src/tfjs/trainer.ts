/**
 * The tfjs engine behind the Trainer interface, in two layouts: one thread, or each batch cut
 * into data-parallel shards over worker threads (node/parallel). Either way this thread
 * keeps the only optimizer and the master weights, so checkpoints and resume are the same.
 * The thread pool is handed in (`tfjsTrainer(startDataParallel)`, see ./tfjs-threads.ts), so
 * this module imports nothing of Node and a browser tab trains with it as it is.
 */
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../errors.js';
import type { NetModel } from '../model.js';
import type { ImageSplit } from '../train/data/split.js';
import { buildModel } from './build.js';
import type { DataParallel, ParallelOptions } from '../node/parallel/index.js';
import { gatherBatch } from '../train/batches.js';
import { evaluate } from './evaluate.js';
import { modelFiles, setModelWeights, weightBytes } from './model-files.js';
import { createOptimizer, setLearningRate } from './optimizer.js';
import { stepGradients, trainableVariables } from './step.js';
import type { StartTrainer, StepResult, Trainer, TrainerState, TrainStep, WeightSpec } from '../train/trainer.js';

/** Backends whose readbacks wait for a device queue to drain: they read back every 16 steps. */
const QUEUED_BACKENDS: ReadonlySet<string> = new Set(['webgpu', 'webgl', 'tensorflow']);

/** Starts a data-parallel pool of worker threads (node/parallel's startDataParallel, under Node). */
export type StartPool = (options: ParallelOptions) => Promise<DataParallel>;

/**
 * The tfjs trainer: builds the network on the active tfjs backend, and with `threads` > 1 a
 * data-parallel pool of that many threads from `startPool` (wasm and cpu only). Without
 * `startPool` (a browser tab) it trains in one thread whatever `threads` says.
 */
export const tfjsTrainer = (startPool?: StartPool): StartTrainer => async (options) => {
  const { model, restore } = options;
  const net = buildModel(model, model.train.seed);
  const optimizer = createOptimizer(model.train.optimizer, model.train.lr);
  try {
    if (restore) {
      const where = options.restoreFrom ?? 'the checkpoint';
      setModelWeights(net, restore.model, where);
      const weights = decodeOptimizer(restore.optimizer, where);
      await optimizer.setWeights(weights);
      // setWeights copies them into the optimizer's own variables
      tf.dispose(weights.map((w) => w.tensor));
    }
    const pool = options.threads > 1 && startPool ? await startPool({ model, net, classes: options.classes, threads: options.threads }) : undefined;
    return new TfjsTrainer(model, net, optimizer, options.train, options.classes, pool);
  } catch (e) {
    disposeOptimizer(optimizer);
    net.dispose();
    throw e;
  }
};

/** Decodes a TrainerState's optimizer variables, in their saved order (setWeights reads them by position). */
function decodeOptimizer(state: TrainerState['optimizer'], where: string): { name: string; tensor: tf.Tensor }[] {
  const expected = weightBytes(state.specs);
  if (state.data.byteLength !== expected) {
    throw new UserError('CHECKPOINT_DAMAGED', { file: `${where}/optimizer.bin`, problem: `holds ${state.data.byteLength} bytes but optimizer.json describes ${expected}` });
  }
  const decoded = tf.io.decodeWeights(state.data.slice().buffer, state.specs as tf.io.WeightsManifestEntry[]);
  return state.specs.map((s) => ({ name: s.name, tensor: decoded[s.name] }));
}

function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  // MomentumOptimizer.dispose skips its parent's -lr scalar (tfjs 4.22); disposing twice is a no-op
  (optimizer as unknown as { c?: tf.Tensor }).c?.dispose();
}

class TfjsTrainer implements Trainer {
  readonly stepsPerReadback = QUEUED_BACKENDS.has(tf.getBackend()) ? 16 : 1;
  private readonly variables: tf.Variable[];
  /** Names of the variables weight decay applies to: kernels (rank > 1), not biases or batch-norm scales. */
  private readonly decayed: ReadonlySet<string>;
  private lr = NaN;

  constructor(
    private readonly model: NetModel,
    private readonly net: tf.LayersModel,
    private readonly optimizer: tf.Optimizer,
    private readonly train: ImageSplit,
    private readonly classes: number,
    private readonly pool: DataParallel | undefined,
  ) {
    this.variables = trainableVariables(net);
    const decay = model.train.weight_decay;
    this.decayed = new Set(decay > 0 ? this.variables.filter((v) => v.rank > 1).map((v) => v.name) : []);
  }

  async run(steps: readonly TrainStep[]): Promise<StepResult[]> {
    // a CPU backend has its numbers at hand, a GPU's stay on the device until the readback below
    const pending: { loss: tf.Scalar | number; hits: tf.Scalar | number }[] = [];
    try {
      for (const step of steps) {
        if (step.lr !== this.lr) setLearningRate(this.optimizer, step.lr);
        this.lr = step.lr;
        const batch = gatherBatch(this.train, step.indices, step.augment);
        if (this.pool) {
          // dropout masks from the run's seed and the step, so the same seed repeats a run
          const { grads, loss, hits } = await this.pool.step(batch.images, batch.labels, batch.size, step.step);
          this.apply(this.variables.map((v) => grads[v.name]));
          pending.push({ loss, hits });
        } else {
          const { grads, loss, hits } = stepGradients(this.net, this.variables, this.classes, batch.images, batch.labels, batch.size, 'mean', { seed: this.model.train.seed, step: step.step, offset: 0 });
          this.apply(grads);
          pending.push({ loss, hits });
        }
      }
      const read = async (v: tf.Scalar | number) => (typeof v === 'number' ? v : (await v.data())[0]);
      return await Promise.all(pending.map(async (p) => ({ loss: await read(p.loss), correct: await read(p.hits) })));
    } finally {
      tf.dispose(pending.flatMap((p) => [p.loss, p.hits]).filter((v): v is tf.Scalar => typeof v !== 'number'));
    }
  }

  /** Adds weight decay to the mean-loss gradients (in `variables` order), updates the weights and disposes the gradients. */
  private apply(grads: tf.Tensor[]): void {
    tf.tidy(() => {
      const named: tf.NamedTensorMap = {};
      this.variables.forEach((v, i) => {
        named[v.name] = this.decayed.has(v.name) ? tf.add(grads[i], tf.mul(v, this.model.train.weight_decay)) : grads[i];
      });
      this.optimizer.applyGradients(named);
    });
    tf.dispose(grads);
  }

  evaluate(split: ImageSplit) {
    return evaluate(this.net, split, this.classes, Math.max(this.model.train.batch_size, 256));
  }

  async save(): Promise<TrainerState> {
    const named = await this.optimizer.getWeights();
    const { data, specs } = await tf.io.encodeWeights(named);
    // getWeights makes a fresh tensor for the iteration count; the rest are the optimizer's own
    named.find((n) => n.name === 'iter')?.tensor.dispose();
    return { model: await modelFiles(this.net), optimizer: { specs: specs as WeightSpec[], data: new Uint8Array(data) } };
  }

  async dispose(): Promise<void> {
    await this.pool?.close();
    disposeOptimizer(this.optimizer);
    this.net.dispose();
  }
}

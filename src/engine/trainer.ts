/**
 * The compiled WebGPU engine behind the training loop's Trainer interface. The loop draws the
 * data order, the augmentation and the learning rates; the engine runs a group of steps per
 * submit on the GPU. Checkpoints are tfjs's own formats (model folder, optimizer.getWeights()
 * order and names), so a run saved here resumes on wasm and the other way round; tfjs (on its cpu
 * backend) only builds the network to read and write them.
 */
import * as tf from '@tensorflow/tfjs';
import { compileTraining, augmentWord, type CompileOptions, type TrainingProgram } from '../codegen/wgsl/index.js';
import { UserError } from '../errors.js';
import type { NetModel } from '../model.js';
import { planModel, type ModelPlan } from '../plan/index.js';
import { inferShapes } from '../shape-inference/index.js';
import type { ImageSplit } from '../train/data/split.js';
import { buildModel } from '../tfjs/build.js';
import type { AugmentDraws } from '../train/batches.js';
import { setModelWeights } from '../tfjs/model-files.js';
import { flatOptimizer, flatParams, flatState } from '../tfjs/flat-weights.js';
import type { Evaluation, StartTrainer, StepResult, Trainer, TrainerState, TrainStep } from '../train/trainer.js';
import { compileOptionsFor, createEngine, type Engine, type EngineSplit } from './index.js';

/** Seconds of GPU work one readback should cover: long enough to amortize it, short enough that Ctrl-C is prompt. */
const GROUP_SECONDS = 0.25;
/** Steps per group at most (the engine's chunk). */
const MAX_GROUP = 64;

/**
 * The engine's Trainer on `device`, running `compiled` (the CLI compiles first, to print what
 * keeps a spec off the GPU at the line that causes it) or the spec compiled here.
 */
export function engineTrainer(device: GPUDevice, compiled?: TrainingProgram): StartTrainer {
  return async (init) => {
    const { model, restore } = init;
    const program = compiled ?? compile(device, model, init.classes);
    const net = buildModel(model, model.train.seed);
    try {
      if (restore) setModelWeights(net, restore.model, init.restoreFrom ?? 'the checkpoint');
      const { signal, onKernel } = init.compiling ?? {};
      const engine = await createEngine(device, program, {
        train: engineSplit(init.train), optimizer: model.train.optimizer, seed: model.train.seed, chunk: MAX_GROUP, watch: { signal, onCompile: onKernel },
      }).catch((e: unknown) => {
        throw signal?.aborted ? new UserError('START_INTERRUPTED', { resumed: restore !== undefined }) : e;
      });
      engine.writeParams(flatParams(program, net));
      if (restore) restoreOptimizer(engine, program, net, restore.optimizer, init.restoreFrom ?? 'the checkpoint');
      return new EngineTrainer(program, engine, net, init.classes);
    } catch (e) {
      net.dispose();
      throw e;
    }
  };
}

/**
 * `model`'s training program as `device` runs it (its limits, fused or not: compileOptionsFor),
 * with `options` on top; from `plan` when the caller has planned the model already.
 */
export function compileFor(device: GPUDevice, model: NetModel, options: Omit<CompileOptions, 'maxBindingBytes' | 'maxStorageBuffers'>, plan: ModelPlan = planModel(model, inferShapes(model))): ReturnType<typeof compileTraining> {
  return compileTraining(model, plan, { ...compileOptionsFor(device), ...options });
}

/** The training program of `model` for `device`; what keeps it off the device is an error. */
function compile(device: GPUDevice, model: NetModel, classes: number): TrainingProgram {
  const compiled = compileFor(device, model, { classes });
  if (!compiled.program) {
    const d = compiled.diagnostics[0]!;
    throw new UserError('GPU_PROGRAM', { reason: d.message, hint: d.hint });
  }
  return compiled.program;
}

class EngineTrainer implements Trainer {
  readonly runsInFlight = 2;
  // the first group is one step: its readback says how long a step takes, and moves the bar at once
  private group = 1;
  private readonly splits = new WeakMap<ImageSplit, EngineSplit>();

  constructor(
    private readonly program: TrainingProgram,
    private readonly engine: Engine,
    private readonly net: tf.LayersModel,
    private readonly classes: number,
  ) {}

  /** Steps per group: grown from the measured step time until a group takes about GROUP_SECONDS. */
  get stepsPerReadback(): number {
    return this.group;
  }

  async run(steps: readonly TrainStep[]): Promise<StepResult[]> {
    const started = performance.now();
    const metrics = await this.engine.train(steps.map((s) => ({
      indices: s.indices, lr: s.lr, step: s.step, augment: s.augment ? augmentWords(s.augment) : undefined,
    })));
    const perStep = (performance.now() - started) / 1000 / steps.length;
    this.group = Math.max(1, Math.min(MAX_GROUP, Math.round(GROUP_SECONDS / Math.max(perStep, 1e-6))));
    return metrics.map((m) => ({ loss: m.loss, correct: m.hits }));
  }

  async evaluate(split: ImageSplit): Promise<Evaluation> {
    let placed = this.splits.get(split);
    if (!placed) {
      placed = engineSplit(split);
      this.splits.set(split, placed);
    }
    const { losses, predictions } = await this.engine.evaluate(placed);
    const confusion = Array.from({ length: this.classes }, () => new Array<number>(this.classes).fill(0));
    let lossSum = 0;
    let correct = 0;
    for (let i = 0; i < split.count; i++) {
      lossSum += losses[i];
      confusion[split.labels[i]][predictions[i]]++;
      if (split.labels[i] === predictions[i]) correct++;
    }
    const n = Math.max(split.count, 1);
    return { loss: lossSum / n, accuracy: correct / n, confusion };
  }

  async save(): Promise<TrainerState> {
    return flatState(this.program, this.net, await this.engine.readParams(), this.engine.iterations, await this.engine.readState());
  }

  async dispose(): Promise<void> {
    this.engine.destroy();
    this.net.dispose();
  }
}

/** Restores the optimizer's iteration count and state buffers from a checkpoint's (tfjs getWeights order). */
function restoreOptimizer(engine: Engine, program: TrainingProgram, net: tf.LayersModel, saved: TrainerState['optimizer'], where: string): void {
  const { iterations, states } = flatOptimizer(program, net, saved, where);
  engine.iterations = iterations;
  engine.writeState(states);
}

/** A split as the engine uploads it: the loader's bytes, or its pixels back to bytes (x/255 in float32 rounds back exactly). */
export function engineSplit(split: Pick<ImageSplit, 'images' | 'bytes' | 'labels' | 'count'>): EngineSplit {
  return { images: split.bytes ?? pixelBytes(split.images), labels: split.labels, count: split.count };
}

/**
 * Pixels in [0, 1] as bytes, in a plain loop: `Uint8Array.from(images, fn)` took 30 s for the
 * 60,000 training images (a call per pixel through the iterator protocol), this half a second.
 */
function pixelBytes(images: Float32Array): Uint8Array {
  const bytes = new Uint8Array(images.length);
  for (let i = 0; i < images.length; i++) bytes[i] = Math.round(images[i]! * 255);
  return bytes;
}

/** The engine's augmentation words for a batch's draws. */
function augmentWords(draws: AugmentDraws): Uint32Array {
  return Uint32Array.from(draws.flip, (flip, i) => augmentWord(flip === 1, draws.dy[i], draws.dx[i]));
}

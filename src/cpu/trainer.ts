/**
 * The compiled CPU program (../codegen/wasm) behind the training loop's Trainer interface: the
 * spec's whole training step as one WebAssembly SIMD module, one thread. The loop draws the data
 * order and the learning rates; each step's images and labels are copied to where the program's
 * layout says, and `train` does the rest. Checkpoints are tfjs's formats (tfjs, on whatever
 * backend is set, only builds the network to read and write them), so a run saved here resumes
 * on wasm or the GPU and the other way round. Browser-safe: no Node module.
 */
import type * as tf from '@tensorflow/tfjs';
import { assemble } from '../codegen/wasm/assemble.js';
import { CHUNK, compileCpuTraining, type CpuCompileOptions, type CpuProgram } from '../codegen/wasm/index.js';
import { adamCorrections } from '../codegen/wgsl/kernels/update.js';
import { CONTROL_BYTES, Team, UPDATE, type CpuWorkerData } from './team.js';

/** Parts the update is cut into, for as many threads as take them. */
const UPDATE_PARTS = 8;
import { UserError } from '../errors.js';
import type { NetModel, OptimizerConfig } from '../model.js';
import { planModel } from '../plan/index.js';
import { inferShapes } from '../shape-inference/index.js';
import { buildModel } from '../tfjs/build.js';
import { flatOptimizer, flatParams, flatState } from '../tfjs/flat-weights.js';
import { setModelWeights } from '../tfjs/model-files.js';
import { gatherBatch, type AugmentDraws } from '../train/batches.js';
import type { ImageSplit } from '../train/data/split.js';
import type { Evaluation, StartTrainer, StepResult, Trainer, TrainerState, TrainStep } from '../train/trainer.js';

/** An op function's parameters: examples [e0, e1) of a batch of n, their chunk, the global step. */
type OpCall = (e0: number, e1: number, n: number, chunk: number, step: number) => void;

/** What the module exports: each phase of a training step (by name), update and infer. */
interface Exports {
  update(part: number, parts: number, lr: number, c1: number, c2: number): void;
  infer: OpCall;
  [phase: string]: OpCall | Exports['update'];
}

/** What starting a program's worker threads is given: what each worker starts with, and where to report a death. */
export interface CpuThreadsStart extends CpuWorkerData {
  fail(error: Error): void;
}

/** Starts a program's worker threads (Node's: src/node/cpu-threads.ts); `stop` ends them. */
export type CpuThreads = (start: CpuThreadsStart) => Promise<{ stop(): Promise<void> }>;

/** How a CPU program is compiled besides its model and classes: batch (else the spec's), shared memory, fused multiply-adds. */
export type CpuBuild = Omit<CpuCompileOptions, 'classes'>;

/** The CPU program of `model`, or the error that says why it cannot run (a step too large for one memory). */
export function compileCpu(model: NetModel, classes: number, build: CpuBuild = {}): CpuProgram {
  const compiled = compileCpuTraining(model, planModel(model, inferShapes(model)), { classes, ...build });
  if (!compiled.program) {
    const d = compiled.diagnostics[0]!;
    throw new UserError('CPU_PROGRAM', { reason: d.message, hint: d.hint });
  }
  return compiled.program;
}

/**
 * A module that only a host with relaxed SIMD validates, `(func (param v128 v128 v128) (result
 * v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))` as wabt writes it. In
 * bytes, not assembled: a worker thread that only asks this should not load wabt (25 MiB).
 */
const RELAXED_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x08, 0x01, 0x60, 0x03, 0x7b, 0x7b, 0x7b, 0x01, 0x7b, // types: (v128 v128 v128) → v128
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0xfd, 0x85, 0x02, 0x0b, // its code: three local.get, f32x4.relaxed_madd (0xfd 261)
]);

/**
 * Whether this host runs relaxed SIMD, so the program's multiply-adds can fuse: Chromium since
 * 114, Node from 22 (20 only with --experimental-wasm-relaxed-simd); elsewhere they stay apart.
 */
export function hostHasRelaxedSimd(): boolean {
  return WebAssembly.validate(RELAXED_PROBE);
}

/**
 * The CPU program's Trainer, on `init.threads` threads where `threads` can start workers (one
 * thread without). Any thread count gives the same numbers.
 */
export function cpuTrainerOn(threads?: CpuThreads): StartTrainer {
  return async (init) => {
    const { model, restore } = init;
    const workers = threads ? Math.max(0, init.threads - 1) : 0;
    const shared = workers > 0;
    const program = compileCpu(model, init.classes, { shared, fused: hostHasRelaxedSimd() });
    const module = await WebAssembly.compile(await assemble(program.wat));
    const pages = program.layout.bytes / 65536;
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
    const instance = await WebAssembly.instantiate(module, { env: { memory, log: Math.log } });
    const exports = instance.exports as unknown as Exports;
    // one thread needs no shared memory (a page that is not cross-origin isolated has none)
    const control = shared ? new SharedArrayBuffer(CONTROL_BYTES) : new ArrayBuffer(CONTROL_BYTES);
    const team = new Team(control, { phases: program.phases.map((p) => exports[p.name] as OpCall), update: exports.update }, workers);
    const pool = shared ? await threads!({ module, memory, control: control as SharedArrayBuffer, phases: program.phases.map((p) => p.name), workers, fail: (e) => team.fail(e) }) : undefined;
    const net = buildModel(model, model.train.seed);
    try {
      const where = init.restoreFrom ?? 'the checkpoint';
      if (restore) setModelWeights(net, restore.model, where);
      const trainer = new CpuTrainer(program, exports, memory, team, pool, net, init.classes, init.train, model.train.optimizer);
      trainer.floats(program.layout.params, program.graph.paramFloats).set(flatParams(program, net));
      if (restore) {
        const { iterations, states } = flatOptimizer(program, net, restore.optimizer, where);
        trainer.iterations = iterations;
        states.forEach((s, k) => trainer.floats(program.layout.states[k]!, s.length).set(s));
      }
      return trainer;
    } catch (e) {
      net.dispose();
      team.stop();
      await pool?.stop();
      throw e;
    }
  };
}

/** The CPU program's Trainer on one thread. */
export const cpuTrainer: StartTrainer = cpuTrainerOn();

export class CpuTrainer implements Trainer {
  readonly stepsPerReadback = 1;
  /** Optimizer steps taken (tfjs's `iter`). */
  iterations = 0;

  constructor(
    private readonly program: CpuProgram,
    private readonly wasm: Exports,
    private readonly memory: WebAssembly.Memory,
    private readonly team: Team,
    private readonly pool: { stop(): Promise<void> } | undefined,
    private readonly net: tf.LayersModel,
    private readonly classes: number,
    private readonly split: ImageSplit,
    private readonly optimizer: OptimizerConfig,
  ) {}

  /** `count` floats of the module's memory from byte `at` (a fresh view: memory never grows, but a view is cheap). */
  floats(at: number, count: number): Float32Array {
    return new Float32Array(this.memory.buffer, at, count);
  }

  async run(steps: readonly TrainStep[]): Promise<StepResult[]> {
    const results: StepResult[] = [];
    for (const step of steps) {
      const n = this.load(this.split, step.indices, step.augment);
      this.iterations++;
      const [c1, c2] = adamCorrections(this.optimizer, this.iterations);
      await this.train(n, step.step, step.lr, c1, c2);
      results.push(this.measured(step.indices, this.split, n).summary);
    }
    return results;
  }

  async evaluate(split: ImageSplit): Promise<Evaluation> {
    const confusion = Array.from({ length: this.classes }, () => new Array<number>(this.classes).fill(0));
    const batch = this.program.graph.batch;
    let lossSum = 0;
    let correct = 0;
    for (let start = 0; start < split.count; start += batch) {
      const indices = new Uint32Array(Math.min(batch, split.count - start)).map((_, i) => start + i);
      const n = this.load(split, indices);
      this.wasm.infer(0, n, n, 0, 0);
      const { losses, predictions } = this.measured(indices, split, n);
      for (let i = 0; i < n; i++) {
        const label = split.labels[indices[i]!]!;
        lossSum += losses[i]!;
        confusion[label]![predictions[i]!]!++;
        if (predictions[i] === label) correct++;
      }
    }
    const n = Math.max(split.count, 1);
    return { loss: lossSum / n, accuracy: correct / n, confusion };
  }

  async save(): Promise<TrainerState> {
    const { layout, graph } = this.program;
    const states = layout.states.map((at) => this.floats(at, graph.trainableFloats).slice());
    return flatState(this.program, this.net, this.floats(layout.params, graph.paramFloats).slice(), this.iterations, states);
  }

  /**
   * The last step's gradient of each trainable weight, by name: its chunks' partial sums added
   * in chunk order, as the update adds them (batch norm's gamma and beta are whole in chunk 0's).
   * For checks and tests.
   */
  readGradient(): Map<string, Float32Array> {
    const { graph, layout } = this.program;
    const out = new Map<string, Float32Array>();
    for (const slot of graph.params.filter((p) => p.trainableOffset >= 0)) {
      const chunks = slot.role === 'gamma' || slot.role === 'beta' ? 1 : layout.chunks;
      const sum = new Float32Array(slot.size);
      for (let c = 0; c < chunks; c++) {
        const part = this.floats(layout.partials + 4 * (c * layout.trainable + slot.trainableOffset), slot.size);
        for (let j = 0; j < slot.size; j++) sum[j] = c === 0 ? part[j]! : Math.fround(sum[j]! + part[j]!);
      }
      out.set(slot.name, sum);
    }
    return out;
  }

  async dispose(): Promise<void> {
    this.team.stop();
    await this.pool?.stop();
    this.net.dispose();
  }

  /** One training step on the n examples loaded: each phase over every chunk (or once), then the update, on every thread. */
  private async train(n: number, step: number, lr: number, c1: number, c2: number): Promise<void> {
    const { phases, layout } = this.program;
    const used = Math.ceil(n / CHUNK);
    // chunks a short batch leaves empty add nothing to the gradient sums
    if (used < layout.chunks) this.floats(layout.partials + 4 * used * layout.trainable, (layout.chunks - used) * layout.trainable).fill(0);
    for (const [k, phase] of phases.entries()) {
      if (phase.kind === 'once') (this.wasm[phase.name] as OpCall)(0, n, n, 0, step);
      else await this.team.spread(k, used, n, step);
    }
    await this.team.spread(UPDATE, UPDATE_PARTS, n, step, [lr, c1, c2]);
  }

  /** Copies the examples at `indices` of `split` (flipped and shifted by `draws`) and their labels to the program's input; returns how many. */
  private load(split: ImageSplit, indices: Uint32Array, draws?: AugmentDraws): number {
    const { graph, layout } = this.program;
    const input = graph.ops[0]!.y;
    const size = input.perExample;
    const images = this.floats(layout.arena + 4 * input.offset, indices.length * size);
    const labels = new Int32Array(this.memory.buffer, layout.labels, indices.length);
    if (draws) {
      // the tfjs trainer's own augmentation, so both see the same pixels
      const batch = gatherBatch(split, indices, draws);
      images.set(batch.images);
      labels.set(batch.labels);
      return indices.length;
    }
    indices.forEach((index, i) => {
      images.set(split.images.subarray(index * size, (index + 1) * size), i * size);
      labels[i] = split.labels[index]!;
    });
    return indices.length;
  }

  /** Each example's loss and prediction after a call, and the batch's mean loss and correct count. */
  private measured(indices: Uint32Array, split: ImageSplit, n: number) {
    const { layout } = this.program;
    const losses = this.floats(layout.losses, n);
    const predictions = new Int32Array(this.memory.buffer, layout.predictions, n);
    let sum = 0;
    let correct = 0;
    for (let i = 0; i < n; i++) {
      sum += losses[i]!;
      if (predictions[i] === split.labels[indices[i]!]) correct++;
    }
    return { losses, predictions, summary: { loss: sum / Math.max(n, 1), correct } };
  }
}

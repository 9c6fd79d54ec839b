/**
 * The WGSL codegen stage: from the layer plan to a training program, the kernels of one
 * training step and of one evaluation batch with everything they read and write laid out in a
 * few buffers. Pure: text and data in, WGSL and a step plan out, so a browser tab and Node run
 * the same program (src/engine runs it on a GPUDevice).
 *
 * A step is: gather the batch, each op's forward pass (in the plan's order, a topological one),
 * the loss with its gradient, each op's input gradients from the last op back to the first with
 * weights (the last reader of an op's output also applies that op's activation derivative; where
 * several read it, their contributions are summed in that fixed order: graph.ts), every conv and
 * dense layer's weight gradient, and the update.
 * All of it that stays within one example runs fused: one kernel carries each example through
 * every op up to the next thing that needs the whole batch (batch norm's statistics and sums,
 * the weight gradients, the update). LeNet's step is four kernels at batch 128. See docs/engine.md.
 */
import { error, type Diagnostic } from '../../diagnostics.js';
import type { NetModel } from '../../model.js';
import type { ModelPlan } from '../../plan/index.js';
import { LayoutError, lowerPlan, type Graph, type Op, type Tensor } from './graph.js';
import { arenasOf, bindingName, declareTensors, exampleKernel, type Binding, type Kernel, type Phase } from './kernel.js';
import { activationForward, activationInputGradient } from './kernels/activation.js';
import { batchNormForward, batchNormInputGradient, batchNormStats, batchNormSums } from './kernels/batchnorm.js';
import { convForward, convInputGradient } from './kernels/conv.js';
import { denseForward, denseInputGradient } from './kernels/dense.js';
import { dropoutForward, dropoutInputGradient } from './kernels/dropout.js';
import { inputPhase } from './kernels/input.js';
import { lossPhase } from './kernels/loss.js';
import { addForward, addInputGradient, concatForward, concatInputGradient } from './kernels/merge.js';
import { poolForward, poolInputGradient } from './kernels/pool.js';
import { softmaxForward, softmaxInputGradient } from './kernels/softmax.js';
import { optimizerStates, updateKernel } from './kernels/update.js';
import { partialSumKernel } from './kernels/partial-sums.js';
import { weightGradientKernel } from './kernels/weight-gradients.js';

export { augmentWord } from './kernels/input.js';
export { adamCorrections } from './kernels/update.js';
export { STEP_BYTES, STEP_FIELDS, STEP_STRIDE, writeStepRecord, type Binding, type BufferName, type Kernel, type StepRecord } from './kernel.js';
export type { Graph, Op, OpInput, ParamSlot, Tensor } from './graph.js';
export { dropoutKeep, philox } from '../../train/dropout-mask.js';
export { programText, type ProgramTextOptions } from './text.js';

/** A compiled training program. */
export interface TrainingProgram {
  graph: Graph;
  /** Every kernel, each once. */
  kernels: Kernel[];
  /** Kernel names of one training step, in dispatch order. */
  train: string[];
  /** Kernel names of one evaluation batch, in dispatch order. */
  evaluate: string[];
  /** Where the update kernel leaves each trainable float's gradient (for checks and tests). */
  gradient: Tensor;
  /** The optimizer's state buffers, each `graph.trainableFloats` long, by tfjs's suffix (`m`, `v`...). */
  states: readonly string[];
}

/** What compiling needs besides the plan and the model. */
export interface CompileOptions {
  /** The largest storage buffer binding the device allows, in bytes. */
  maxBindingBytes: number;
  /** Overrides the spec's batch size. */
  batch?: number;
  classes: number;
  /** Threads of the workgroup that carries one example through a fused kernel (default 256). */
  exampleThreads?: number;
  /** false: every phase a kernel of its own, to time each one (Engine.profile); default true. */
  fuse?: boolean;
  /** The most storage buffers one kernel may bind (the device's maxStorageBuffersPerShaderStage; default 8, which every adapter allows). */
  maxStorageBuffers?: number;
  /**
   * The most running sums one work item of a conv keeps (default 16, GPU_ACCUMULATORS). More of
   * them make each load feed more multiply-adds but leave fewer items to spread over a
   * workgroup's threads: a GPU wants the threads, a software adapter the reuse
   * (SOFTWARE_ACCUMULATORS), since there a load costs about as much as twenty multiply-adds.
   */
  accumulators?: number;
}

/** A conv work item's running sums on a GPU: few enough that each phase keeps many threads busy. */
export const GPU_ACCUMULATORS = 16;

/**
 * A conv work item's running sums on a software adapter, where a workgroup runs on one CPU core
 * and loads cost most. Measured on lavapipe at batch 128: lenet5's conv2 input gradient took
 * 16.9 ms at 40 and 8.2 ms at 48 (seven positions of a row, not two); best.yaml's conv2 forward
 * 66 ms at 48 and 39 ms at 64 (seven positions of eight filters), lenet5 and modern the same.
 */
export const SOFTWARE_ACCUMULATORS = 64;

/** WebGPU's default maxStorageBuffersPerShaderStage, which every adapter allows. */
export const DEFAULT_MAX_STORAGE_BUFFERS = 8;

/**
 * The largest storage buffer binding every WebGPU adapter allows (the spec's default limit,
 * 128 MiB): what `emit --wgsl` compiles for when no adapter is asked.
 */
export const DEFAULT_MAX_BINDING_BYTES = 128 * 2 ** 20;

/** One step of the program: a fused per-example kernel's phases, or a batch-wide kernel. */
type Stage = Phase | Kernel;

/** The training program of `plan` (the plan of `model`), or the diagnostics saying why it cannot run. */
export function compileTraining(model: NetModel, plan: ModelPlan, options: CompileOptions): { program: TrainingProgram; diagnostics: [] } | { program?: undefined; diagnostics: Diagnostic[] } {
  let graph: Graph;
  let gradient: Tensor;
  try {
    graph = lowerPlan(plan, {
      batch: options.batch ?? model.train.batch_size, classes: options.classes, train: model.train,
      maxArenaFloats: Math.floor(options.maxBindingBytes / 4),
    });
    // the update kernel's gradient copy goes in its own arena slot after everything else
    gradient = appendTensor(graph, graph.trainableFloats, Math.floor(options.maxBindingBytes / 4));
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    return { diagnostics: [err.diagnostic()] };
  }
  const { ops } = graph;
  const train: Stage[] = [];
  const evaluate: Stage[] = [];
  const accumulators = options.accumulators ?? GPU_ACCUMULATORS;
  for (const op of ops) {
    train.push(...forward(op, true, accumulators));
    evaluate.push(...forward(op, false, accumulators));
  }
  train.push(lossPhase(graph, true));
  evaluate.push(lossPhase(graph, false));
  // the backward pass visits ops from the last back: the order graph.ts gave every gradient's Joins in
  for (let k = ops.length - 1; k >= 1; k--) train.push(...backward(ops[k]!, accumulators));
  const grads = weightGradientKernel(graph, accumulators);
  if (grads) train.push(grads);
  const sums = partialSumKernel(graph);
  if (sums) train.push(sums);
  train.push(updateKernel(graph, model.train, gradient));

  const kernels = new Map<string, Kernel>();
  const maxStorage = options.maxStorageBuffers ?? DEFAULT_MAX_STORAGE_BUFFERS;
  const schedule = (stages: Stage[], label: string) => fuse(stages, graph.batch, options.exampleThreads ?? 256, label, options.fuse ?? true, maxStorage).map((k) => {
    kernels.set(k.name, declareTensors(k, graph, [gradient]));
    return k.name;
  });
  const trainNames = schedule(train, 'train');
  const evaluateNames = schedule(evaluate, 'evaluate');
  // a phase or batch-wide kernel that alone binds more than the device allows cannot be split here
  const crowded = [...kernels.values()].find((k) => storageBuffers(k.bindings) > maxStorage);
  if (crowded) {
    return { diagnostics: [error('GPU_TOO_MANY_BUFFERS', { kernel: crowded.name.split(':')[0]!, buffers: storageBuffers(crowded.bindings), limit: maxStorage, arenas: graph.arenas.length }, { path: ['train', 'batch_size'] })] };
  }
  return { program: { graph, kernels: [...kernels.values()], train: trainNames, evaluate: evaluateNames, gradient, states: optimizerStates(model.train.optimizer) }, diagnostics: [] };
}

/**
 * The kernels of a stage list: each run of phases between batch-wide kernels becomes one fused
 * kernel that carries every example through them.
 */
function fuse(stages: Stage[], batch: number, threads: number, label: string, fused: boolean, maxStorage: number): Kernel[] {
  const kernels: Kernel[] = [];
  let run: Phase[] = [];
  const flush = () => {
    if (run.length) kernels.push(exampleKernel(`${label} ${kernels.length + 1}: ${run.map((p) => p.name).join(', ')}`, batch, threads, run));
    run = [];
  };
  for (const stage of stages) {
    if ('code' in stage) {
      flush();
      kernels.push(stage);
    } else {
      // a kernel binds every arena its phases touch: past the device's limit, the next kernel starts
      if (run.length && phaseStorageBuffers([...run, stage]) > maxStorage) flush();
      run.push(stage);
      if (!fused) flush();
    }
  }
  flush();
  return kernels;
}

/** How many storage buffers `bindings` holds (the step record is a uniform). */
function storageBuffers(bindings: readonly Binding[]): number {
  return bindings.filter((b) => b.access !== 'uniform').length;
}

/** How many storage buffers one kernel of `phases` binds (params and its vec4 view are two bindings). */
function phaseStorageBuffers(phases: readonly Phase[]): number {
  const buffers = new Set<string>();
  for (const p of phases) for (const b of p.buffers) if (b.access !== 'uniform') buffers.add(bindingName(b));
  for (const b of arenasOf(...phases.flatMap((p) => p.tensors))) buffers.add(bindingName(b));
  return buffers.size;
}

/** The work of `op`'s forward pass: per example, but batch norm's statistics need the whole batch. */
function forward(op: Op, training: boolean, accumulators: number): Stage[] {
  switch (op.kind) {
    case 'input': return [inputPhase(op)];
    case 'conv': return [convForward(op, accumulators)];
    case 'pool': return [poolForward(op)];
    case 'dense': return [denseForward(op)];
    case 'batchnorm': return training ? [batchNormStats(op), batchNormForward(op, true)] : [batchNormForward(op, false)];
    case 'dropout': return [dropoutForward(op, training)];
    case 'act': return [activationForward(op)];
    case 'softmax': return [softmaxForward(op)];
    case 'add': return [addForward(op)];
    case 'concat': return op.inputs.map((_, j) => concatForward(op, j));
  }
}

/**
 * The work of `op`'s backward pass: batch norm's sums (its weights' gradients), and the gradient
 * of each input that needs one, inputs from the last back.
 */
function backward(op: Op, accumulators: number): Stage[] {
  const stages: Stage[] = [];
  if (op.kind === 'batchnorm') stages.push(batchNormSums(op));
  if (op.kind === 'add') {
    const phase = addInputGradient(op);
    return phase ? [phase] : [];
  }
  for (let j = op.inputs.length - 1; j >= 0; j--) {
    const input = op.inputs[j]!;
    if (!input.join) continue;
    switch (op.kind) {
      case 'conv': stages.push(convInputGradient(op, input, accumulators)); break;
      case 'pool': stages.push(poolInputGradient(op, input)); break;
      case 'dense': stages.push(denseInputGradient(op, input)); break;
      case 'batchnorm': stages.push(batchNormInputGradient(op, input)); break;
      case 'dropout': stages.push(dropoutInputGradient(op, input)); break;
      case 'act': stages.push(activationInputGradient(op, input)); break;
      case 'softmax': stages.push(softmaxInputGradient(op, input)); break;
      case 'concat': stages.push(concatInputGradient(op, j, input)); break;
      case 'input': break;
    }
  }
  return stages;
}

/** Places a fixed tensor of `floats` after the graph's others (a new arena when the last is full). */
function appendTensor(graph: Graph, floats: number, maxFloats: number): Tensor {
  if (floats > maxFloats) throw new LayoutError('the gradient of every weight', floats, graph.batch, maxFloats);
  const arena = graph.arenas.length - 1;
  const start = Math.ceil(graph.arenas[arena]! / 64) * 64;
  const what = 'every trainable float\'s gradient, as the update used it';
  if (start + floats <= maxFloats) {
    graph.arenas[arena] = start + floats;
    return { name: 'GRADIENT', what, arena, offset: start, perExample: 0, floats };
  }
  graph.arenas.push(floats);
  return { name: 'GRADIENT', what, arena: arena + 1, offset: 0, perExample: 0, floats };
}

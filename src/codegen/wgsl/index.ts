/**
 * The WGSL codegen stage: from the layer plan to a training program, the kernels of one
 * training step and of one evaluation batch with everything they read and write laid out in a
 * few buffers. Pure: text and data in, WGSL and a step plan out, so a browser tab and Node run
 * the same program (src/runtime/engine runs it on a GPUDevice).
 *
 * A step is: gather the batch, one forward kernel per op (batch norm adds its statistics), the
 * loss with its gradient, one input-gradient kernel per op back to the first layer with weights
 * (each also applies the activation derivative of the op before it), every conv and dense
 * layer's weight gradient in one kernel, and one update kernel. See docs/engine.md.
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { NetModel } from '../../model.js';
import type { ModelPlan } from '../../plan/index.js';
import { LayoutError, lowerPlan, type Graph, type Op, type Tensor } from './graph.js';
import type { Kernel } from './kernel.js';
import { activationForward, activationInputGradient } from './kernels/activation.js';
import { batchNormForward, batchNormInputGradient, batchNormStats, batchNormSums } from './kernels/batchnorm.js';
import { convForward, convInputGradient } from './kernels/conv.js';
import { denseForward, denseInputGradient } from './kernels/dense.js';
import { dropoutForward, dropoutInputGradient } from './kernels/dropout.js';
import { inputKernel } from './kernels/input.js';
import { lossKernel } from './kernels/loss.js';
import { poolForward, poolInputGradient } from './kernels/pool.js';
import { softmaxForward, softmaxInputGradient } from './kernels/softmax.js';
import { optimizerStates, updateKernel } from './kernels/update.js';
import { weightGradientKernel } from './kernels/weight-gradients.js';

export { augmentWord } from './kernels/input.js';
export { STEP_STRIDE, type Binding, type BufferName, type Kernel } from './kernel.js';
export type { Graph, Op, ParamSlot, Tensor } from './graph.js';
export { dropoutKeep, philox } from './random.js';

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
}

/** The training program of `plan` (the plan of `model`), or the diagnostics saying why it cannot run. */
export function compileTraining(model: NetModel, plan: ModelPlan, options: CompileOptions): { program: TrainingProgram; diagnostics: [] } | { program?: undefined; diagnostics: Diagnostic[] } {
  let graph: Graph;
  try {
    graph = lowerPlan(plan, {
      batch: options.batch ?? model.train.batch_size, classes: options.classes, train: model.train,
      maxArenaFloats: Math.floor(options.maxBindingBytes / 4),
    });
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    return { diagnostics: [err.diagnostic()] };
  }
  // the update kernel's gradient copy goes in its own arena slot after everything else
  const gradient = appendTensor(graph, graph.trainableFloats, Math.floor(options.maxBindingBytes / 4));
  const kernels = new Map<string, Kernel>();
  const add = (k: Kernel | undefined) => {
    if (!k) return undefined;
    kernels.set(k.name, k);
    return k.name;
  };
  const { ops } = graph;
  const last = ops[ops.length - 1];
  const train: string[] = [];
  const evaluate: string[] = [];
  const input = add(inputKernel(graph, ops[0] as Extract<Op, { kind: 'input' }>))!;
  train.push(input);
  evaluate.push(input);
  for (const op of ops.slice(1)) {
    for (const [list, training] of [[train, true], [evaluate, false]] as const) {
      for (const k of forward(graph, op, training)) list.push(add(k)!);
    }
  }
  train.push(add(lossKernel(graph, last, true))!);
  evaluate.push(add(lossKernel(graph, last, false))!);
  for (let k = ops.length - 1; k >= 1; k--) {
    const op = ops[k];
    if (!op.dz) continue;
    for (const kernel of backward(graph, op, ops[k - 1])) train.push(add(kernel)!);
  }
  const grads = add(weightGradientKernel(graph));
  if (grads) train.push(grads);
  train.push(add(updateKernel(graph, model.train, gradient))!);
  return { program: { graph, kernels: [...kernels.values()], train, evaluate, gradient, states: optimizerStates(model.train.optimizer) }, diagnostics: [] };
}

/** The kernels of `op`'s forward pass. */
function forward(graph: Graph, op: Op, training: boolean): Kernel[] {
  switch (op.kind) {
    case 'input': return [inputKernel(graph, op)];
    case 'conv': return [convForward(graph, op)];
    case 'pool': return [poolForward(graph, op)];
    case 'dense': return [denseForward(graph, op)];
    case 'batchnorm': return training ? [batchNormStats(op), batchNormForward(graph, op, true)] : [batchNormForward(graph, op, false)];
    case 'dropout': return [dropoutForward(graph, op, training)];
    case 'act': return [activationForward(graph, op)];
    case 'softmax': return [softmaxForward(graph, op)];
  }
}

/** The kernels of `op`'s backward pass: its weights' sums, and the gradient of `prev` if it needs one. */
function backward(graph: Graph, op: Op, prev: Op): Kernel[] {
  const kernels: Kernel[] = [];
  if (op.kind === 'batchnorm') kernels.push(batchNormSums(op));
  if (!prev.dz) return kernels;
  switch (op.kind) {
    case 'conv': kernels.push(convInputGradient(graph, op, prev)); break;
    case 'pool': kernels.push(poolInputGradient(graph, op, prev)); break;
    case 'dense': kernels.push(denseInputGradient(graph, op, prev)); break;
    case 'batchnorm': kernels.push(batchNormInputGradient(graph, op, prev)); break;
    case 'dropout': kernels.push(dropoutInputGradient(graph, op, prev)); break;
    case 'act': kernels.push(activationInputGradient(graph, op, prev)); break;
    case 'softmax': kernels.push(softmaxInputGradient(graph, op, prev)); break;
    case 'input': break;
  }
  return kernels;
}

/** Places a fixed tensor of `floats` after the graph's others (a new arena when the last is full). */
function appendTensor(graph: Graph, floats: number, maxFloats: number): Tensor {
  const arena = graph.arenas.length - 1;
  const start = Math.ceil(graph.arenas[arena] / 64) * 64;
  if (start + floats <= maxFloats) {
    graph.arenas[arena] = start + floats;
    return { arena, offset: start, perExample: 0 };
  }
  graph.arenas.push(floats);
  return { arena: arena + 1, offset: 0, perExample: 0 };
}

/**
 * Lowers the layer plan to the ops the WGSL kernels compute, and lays out every tensor of a
 * training step in a few storage buffers ("arenas"). The plan speaks tfjs layers; this speaks
 * what a GPU step does: zero padding folds into its convolution, flatten is a reinterpretation
 * of the same memory, an activation layer folds into the op before it when that op's own
 * activation is linear, and softmax (a row operation, not an elementwise one) is an op of its own.
 */
import { error, type Diagnostic, type SpecPath } from '../../diagnostics.js';
import type { TrainConfig } from '../../model.js';
import type { ConvNode, ModelPlan, NodeActivation, PlanNode, PlannedWeight, PoolNode } from '../../plan/index.js';

/** An activation applied element by element after an op (softmax is an op, never this). */
export type ElementwiseAct = Exclude<NodeActivation, 'softmax'>;

/** A tensor of the step: `perExample` floats for each example of a batch, at `offset` of an arena. */
export interface Tensor {
  arena: number;
  /** In floats from the arena's start. */
  offset: number;
  perExample: number;
}

/** A weight in the flat parameter buffer (and, if trainable, in the gradient and optimizer state). */
export interface ParamSlot {
  /** tfjs's name, `conv1/kernel`. */
  name: string;
  role: PlannedWeight['role'];
  shape: readonly number[];
  size: number;
  /** In floats from the parameter buffer's start. */
  offset: number;
  /** Position among the trainable floats (gradients, optimizer state), or -1. */
  trainableOffset: number;
  /** L2 weight decay applies to kernels only, as the tfjs trainer does. */
  decay: boolean;
}

/** [height, width, channels]; flat tensors are [1, 1, units]. */
export type Dims = readonly [number, number, number];

interface OpBase {
  /** The planned layer this op computes (the conv's, not its zero padding's). */
  layer: string;
  /** Where the layer is in the spec, for diagnostics. */
  path: SpecPath;
  in: Dims;
  out: Dims;
  /** The op's input: the previous op's `y`. */
  x: Tensor;
  /** Before the activation; the same tensor as `y` when `act` is linear. */
  z: Tensor;
  y: Tensor;
  act: ElementwiseAct;
  /** The loss's gradient with respect to `z`, when backprop reaches this op. */
  dz?: Tensor;
}

/** Two-dimensional window geometry: kernel, stride and the zeros before the first row and column. */
export interface Window {
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  top: number;
  left: number;
}

/** The batch's images, gathered from the data set, scaled to [0, 1] and augmented. */
export interface InputOp extends OpBase { kind: 'input' }
/** A convolution with bias and activation; `partials` hold its weight gradient per batch group. */
export interface ConvOp extends OpBase, Window { kind: 'conv'; kernel: ParamSlot; bias?: ParamSlot; grads: WeightGrads }
/** Average or max pooling (tfjs's conventions: see kernels/pool.ts). */
export interface PoolOp extends OpBase, Window { kind: 'pool'; type: 'avg' | 'max' }
/** A dense layer. */
export interface DenseOp extends OpBase { kind: 'dense'; kernel: ParamSlot; bias?: ParamSlot; grads: WeightGrads }
/** Batch normalization over the channel axis: batch statistics while training, moving ones otherwise. */
export interface BatchNormOp extends OpBase {
  kind: 'batchnorm';
  gamma: ParamSlot;
  beta: ParamSlot;
  movingMean: ParamSlot;
  movingVariance: ParamSlot;
  epsilon: number;
  momentum: number;
  /** The batch's mean and variance per channel (2 × channels floats). */
  stats: Tensor;
  /** Σ dz·x̂ then Σ dz per channel: gamma's and beta's gradients. */
  sums: Tensor;
}
/** Inverted dropout with a counter-based mask (kernels/random.ts). */
export interface DropoutOp extends OpBase { kind: 'dropout'; rate: number; /** Keys this layer's mask stream. */ stream: number }
/** An activation layer that did not fold into the op before it: z is its input. */
export interface ActOp extends OpBase { kind: 'act' }
/** Softmax over the last axis. */
export interface SoftmaxOp extends OpBase { kind: 'softmax' }

/** One op of the lowered network. */
export type Op = InputOp | ConvOp | PoolOp | DenseOp | BatchNormOp | DropoutOp | ActOp | SoftmaxOp;

/** An op's own fields, without the ones every op has (distributed over the union). */
type OpFields = Op extends infer T ? (T extends Op ? Omit<T, keyof OpBase> : never) : never;

/** Where a conv's or dense layer's weight gradient is summed: `groups` partial sums per weight. */
export interface WeightGrads {
  /** groups × (kernel size + bias size) floats, group-major. */
  partials: Tensor;
  groups: number;
  /** Examples each group sums over. */
  examplesPerGroup: number;
}

/** The network as the WGSL kernels see it, with every tensor placed. */
export interface Graph {
  batch: number;
  ops: Op[];
  params: ParamSlot[];
  /** Floats in the parameter buffer (trainable weights and moving statistics). */
  paramFloats: number;
  /** Floats of trainable weights: gradients and each optimizer state buffer have this many. */
  trainableFloats: number;
  /** Floats per arena: each one storage buffer, at most `maxArenaFloats`. */
  arenas: number[];
  /** The loss takes the log of the output (the plan says it is probabilities) rather than log-softmax. */
  probabilities: boolean;
  classes: number;
  /** The index of the first op whose input gradient is not needed (no weights before it). */
  firstTrained: number;
}

/** What lowering needs besides the plan. */
export interface LowerOptions {
  batch: number;
  classes: number;
  train: TrainConfig;
  /** The largest storage buffer binding, in floats. */
  maxArenaFloats: number;
  /** A weight gradient thread's target number of multiply-adds (sets the groups per layer). */
  gradWork?: number;
}

/** Thrown for a layer the compiled program does not have kernels for; the compiler turns it into a diagnostic. */
export class UnsupportedError extends Error {
  constructor(readonly layer: string, readonly path: SpecPath, readonly kind: string) {
    super(`${layer} (${kind}) has no WGSL kernels`);
  }

  /** The ENGINE_UNSUPPORTED diagnostic, located at the layer. */
  diagnostic(): Diagnostic {
    return error('ENGINE_UNSUPPORTED', { layer: this.layer, kind: this.kind }, { path: this.path });
  }
}

/** Thrown for a network that cannot be laid out; the compiler turns it into a diagnostic. */
export class LayoutError extends Error {
  constructor(readonly what: string, readonly floats: number, readonly batch: number, readonly maxFloats: number) {
    super(`${what} need ${floats} floats, more than ${maxFloats}`);
  }

  /** The GPU_BUFFER_TOO_LARGE diagnostic, located at train.batch_size. */
  diagnostic(): Diagnostic {
    const mib = (floats: number) => ((floats * 4) / 2 ** 20).toFixed(1);
    return error('GPU_BUFFER_TOO_LARGE', {
      what: this.what, mib: mib(this.floats), batch: this.batch, limit: mib(this.maxFloats),
      largest: Math.max(1, Math.floor((this.batch * this.maxFloats) / this.floats)),
    }, { path: ['train', 'batch_size'] });
  }
}

/** Tensors are placed at multiples of this many floats (vec4 and cache-line friendly). */
const ALIGN = 64;

/** Lowers `plan` to ops and lays out every tensor of a training step at batch `options.batch`. */
export function lowerPlan(plan: ModelPlan, options: LowerOptions): Graph {
  const memory = new Arenas(options.batch, options.maxArenaFloats);
  const { params, paramFloats, trainableFloats, byName } = layoutParams(plan, options.train);
  const slot = (node: PlanNode, role: PlannedWeight['role']) => byName.get(`${node.name}/${role}`);
  const dims = (shape: readonly number[]): Dims => (shape.length === 3 ? [shape[0], shape[1], shape[2]] : [1, 1, shape[0]]);
  const inDims = dims(plan.input);
  const input = memory.tensor(volume(inDims), 'the input images');
  const ops: Op[] = [{ kind: 'input', layer: 'input', path: ['input'], in: inDims, out: inDims, x: input, z: input, y: input, act: 'linear' }];
  // the dims the next op sees: the last op's output, or its flattened view
  let current: Dims = inDims;

  for (const node of plan.nodes) {
    const prev = ops[ops.length - 1];
    const base = { layer: node.name, path: node.layer.path, in: current, x: prev.y };
    const act = (name: NodeActivation): ElementwiseAct => (name === 'softmax' ? 'linear' : name);
    /** Adds op with output dims `out` and activation `a`; a softmax activation becomes an op after it. */
    const push = (op: OpFields, out: Dims, a: NodeActivation) => {
      const z = memory.tensor(volume(out), `${node.name}'s output`);
      const elementwise = act(a);
      const y = elementwise === 'linear' ? z : memory.tensor(volume(out), `${node.name}'s activation`);
      ops.push({ ...base, ...op, out, z, y, act: elementwise } as Op);
      current = out;
      if (a === 'softmax') pushSoftmax(out);
    };
    const pushSoftmax = (out: Dims) => {
      const last = ops[ops.length - 1];
      const y = memory.tensor(volume(out), `${node.name}'s softmax`);
      ops.push({ kind: 'softmax', layer: node.name, path: node.layer.path, in: out, out, x: last.y, z: y, y, act: 'linear' });
      current = out;
    };
    switch (node.op) {
      case 'flatten':
        // NHWC memory flattened row by row is the same memory: only the shape changes
        current = dims(node.output);
        break;
      case 'conv': {
        const out = dims(node.output);
        const kernel = slot(node, 'kernel')!;
        const bias = slot(node, 'bias');
        // each weight's gradient sums one product per output position and example
        push({ kind: 'conv', ...window(node), kernel, bias, grads: weightGrads(memory, options, kernel.size + (bias?.size ?? 0), out[0] * out[1], node.name) }, out, node.activation);
        break;
      }
      case 'pool':
        push({ kind: 'pool', type: node.type, ...window(node) }, dims(node.output), 'linear');
        break;
      case 'dense': {
        const kernel = slot(node, 'kernel')!;
        const bias = slot(node, 'bias');
        push({ kind: 'dense', kernel, bias, grads: weightGrads(memory, options, kernel.size + (bias?.size ?? 0), 1, node.name) }, dims(node.output), node.activation);
        break;
      }
      case 'batchnorm': {
        const channels = current[2];
        push({
          kind: 'batchnorm', gamma: slot(node, 'gamma')!, beta: slot(node, 'beta')!, movingMean: slot(node, 'moving_mean')!,
          movingVariance: slot(node, 'moving_variance')!, epsilon: node.epsilon, momentum: node.momentum,
          stats: memory.fixed(2 * channels, `${node.name}'s batch statistics`), sums: memory.fixed(2 * channels, `${node.name}'s gradient sums`),
        }, current, 'linear');
        break;
      }
      case 'dropout':
        push({ kind: 'dropout', rate: node.rate, stream: node.stream }, current, 'linear');
        break;
      case 'activation': {
        const a = node.activation;
        if (a === 'softmax') {
          pushSoftmax(current);
        } else if (a === 'linear') {
          // an identity: nothing to compute
        } else if (prev.act === 'linear' && prev.kind !== 'input' && prev.kind !== 'softmax') {
          // fold into the op before: it keeps its output as z and gains y = act(z)
          prev.act = a;
          prev.y = memory.tensor(volume(current), `${node.name}'s output`);
        } else {
          const y = memory.tensor(volume(current), `${node.name}'s output`);
          ops.push({ ...base, kind: 'act', out: current, z: prev.y, y, act: a });
        }
        break;
      }
      case 'add':
      case 'concat':
        throw new UnsupportedError(node.name, node.layer.path, node.op);
    }
  }

  const firstTrained = ops.findIndex((op) => op.kind === 'conv' || op.kind === 'dense' || op.kind === 'batchnorm');
  // gradients reach back to the first op with weights, not to the input
  for (let k = Math.max(firstTrained, 1); k < ops.length; k++) {
    const op = ops[k];
    op.dz = memory.tensor(volume(op.out), `${op.layer}'s gradient`);
  }
  return {
    batch: options.batch, ops, params, paramFloats, trainableFloats, arenas: memory.sizes(),
    probabilities: plan.output.kind === 'probabilities', classes: options.classes, firstTrained,
  };
}

/** Floats in one example's tensor of these dims. */
export function volume([h, w, c]: Dims): number {
  return h * w * c;
}

function volumeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** A conv's or pool's window as the kernels read it: the plan's kernel, stride and leading pads. */
function window(node: ConvNode | PoolNode): Window {
  const [kh, kw] = node.op === 'conv' ? node.kernel : node.window;
  return { kh, kw, sh: node.stride[0], sw: node.stride[1], top: node.pads.top, left: node.pads.left };
}

/**
 * Splits a layer's weight-gradient sum over the batch into groups of examples, so that each GPU
 * thread sums about `gradWork` products: conv1 at batch 128 sums 784 positions per example and
 * gets one group per example; a dense layer sums one product per example and gets one group.
 */
function weightGrads(memory: Arenas, options: LowerOptions, weights: number, productsPerExample: number, layer: string): WeightGrads {
  const target = options.gradWork ?? 1024;
  const examplesPerGroup = Math.max(1, Math.min(options.batch, Math.floor(target / productsPerExample)));
  const groups = Math.ceil(options.batch / examplesPerGroup);
  return { partials: memory.fixed(groups * weights, `${layer}'s weight-gradient partial sums`), groups, examplesPerGroup };
}

/** The parameter buffer: every planned weight in plan order, trainable ones also numbered densely. */
function layoutParams(plan: ModelPlan, train: TrainConfig) {
  const params: ParamSlot[] = [];
  const byName = new Map<string, ParamSlot>();
  let offset = 0;
  let trainable = 0;
  for (const w of plan.weights) {
    const size = volumeOf(w.shape);
    const p: ParamSlot = {
      name: w.name, role: w.role, shape: w.shape, size, offset,
      trainableOffset: w.trainable ? trainable : -1,
      decay: train.weight_decay > 0 && w.trainable && w.shape.length > 1,
    };
    params.push(p);
    byName.set(w.name, p);
    offset += size;
    if (w.trainable) trainable += size;
  }
  return { params, paramFloats: offset, trainableFloats: trainable, byName };
}

/** Places tensors in arenas of at most `max` floats, in order, each at an aligned offset. */
class Arenas {
  private readonly used: number[] = [0];

  constructor(private readonly batch: number, private readonly max: number) {}

  /** A tensor of `perExample` floats for each example of the batch. */
  tensor(perExample: number, what: string): Tensor {
    return { ...this.place(perExample * this.batch, what), perExample };
  }

  /** A tensor of `floats` floats whatever the batch. */
  fixed(floats: number, what: string): Tensor {
    return { ...this.place(floats, what), perExample: 0 };
  }

  sizes(): number[] {
    return [...this.used];
  }

  private place(floats: number, what: string): { arena: number; offset: number } {
    if (floats > this.max) throw new LayoutError(what, floats, this.batch, this.max);
    let arena = this.used.length - 1;
    let start = Math.ceil(this.used[arena] / ALIGN) * ALIGN;
    if (start + floats > this.max) {
      this.used.push(0);
      arena++;
      start = 0;
    }
    this.used[arena] = start + floats;
    return { arena, offset: start };
  }
}

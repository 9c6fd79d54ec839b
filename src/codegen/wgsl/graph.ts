/**
 * Lowers the plan to the ops the WGSL kernels compute, and lays out every tensor of a training
 * step in a few storage buffers ("arenas"). The plan says what the network means; this says what
 * a GPU step does: flatten is a view of the same memory, an activation layer folds into the op
 * before it when that op's own activation is linear and nothing else reads its output, softmax
 * (a row operation, not an elementwise one) is an op of its own, and layers the output does not
 * depend on are left out (tfjs's functional model leaves them out too).
 *
 * An op reads one or more inputs (merges several), and an op's output may be read by several
 * ops. Where it is, the gradient of that output is the sum of every reader's contribution, added
 * in a fixed order: the backward pass visits ops in reverse order, the first contribution it
 * reaches is written, later ones are added, and the last one also applies the op's activation
 * derivative (see Join). No float atomics, no extra buffer: the same numbers every run.
 */
import { error, type Diagnostic, type SpecPath } from '../../diagnostics.js';
import { INPUT_NAME, type TrainConfig } from '../../model.js';
import type { ConvNode, ModelPlan, NodeActivation, PlanNode, PlannedWeight, PoolNode } from '../../plan/index.js';

/** An activation applied element by element after an op (softmax is an op, never this). */
export type ElementwiseAct = Exclude<NodeActivation, 'softmax'>;

/** A tensor of the step: `perExample` floats for each example of a batch (or `floats` in all), at `offset` of an arena. */
export interface Tensor {
  /** The WGSL constant that holds its offset: `CONV1_Z`. */
  name: string;
  /** What it holds, for the kernel headers: `conv1's output before its activation`. */
  what: string;
  arena: number;
  /** In floats from the arena's start. */
  offset: number;
  /** Floats per example; 0 for a tensor of the whole batch (statistics, partial sums). */
  perExample: number;
  /** Floats in all. */
  floats: number;
}

/** A weight in the flat parameter buffer (and, if trainable, in the gradient and optimizer state). */
export interface ParamSlot {
  /** tfjs's name, `conv1/kernel`. */
  name: string;
  /** The WGSL constant that holds its offset in `params`: `CONV1_KERNEL`. */
  constant: string;
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

/**
 * How one reader's contribution to an op's gradient is written, in the order the backward pass
 * reaches them: `first` assigns, `middle` adds, `last` adds and applies the op's activation
 * derivative; `only` (a single reader) assigns and applies it.
 */
export type Join = 'only' | 'first' | 'middle' | 'last';

/** One input of an op: the op whose output it reads, seen as `dims` (flatten is a view of the same memory). */
export interface OpInput {
  from: Op;
  dims: Dims;
  /** `from`'s output. */
  x: Tensor;
  /** How this input's gradient joins `from`'s; undefined when `from` needs no gradient (no weights before it). */
  join?: Join;
}

interface OpBase {
  /** The planned layer this op computes (a softmax op carries its layer's name too). */
  layer: string;
  /** Where the layer is in the spec, for diagnostics. */
  path: SpecPath;
  /** What it reads, in the plan's order; none for the input. */
  inputs: OpInput[];
  /** The first input's dims (the input's own for the input op). */
  in: Dims;
  out: Dims;
  /** The first input's tensor. */
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
/** Average or max pooling (tfjs's conventions: see kernels/pool.ts); `global` pools the whole input. */
export interface PoolOp extends OpBase, Window { kind: 'pool'; type: 'avg' | 'max'; global: boolean }
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
/** The element-wise sum of its inputs, then an activation. */
export interface AddOp extends OpBase { kind: 'add' }
/** Its inputs side by side along the channels; `offsets[j]` is input j's first channel. */
export interface ConcatOp extends OpBase { kind: 'concat'; offsets: number[] }

/** One op of the lowered network. */
export type Op = InputOp | ConvOp | PoolOp | DenseOp | BatchNormOp | DropoutOp | ActOp | SoftmaxOp | AddOp | ConcatOp;

/** An op's own fields, without the ones every op has (distributed over the union). */
type OpFields = Op extends infer T ? (T extends Op ? Omit<T, keyof OpBase> : never) : never;

/** Where a conv's or dense layer's weight gradient is summed: `groups` partial sums per weight. */
export interface WeightGrads {
  /** groups × (kernel size + bias size) floats, group-major. */
  partials: Tensor;
  groups: number;
  /** Examples each group sums over. */
  examplesPerGroup: number;
  /**
   * Consecutive groups the partial-sums kernel adds into the first of them before the update
   * adds those firsts (1: the update adds every group itself). A two-level fixed-order tree:
   * conv1's 2,048 groups at batch 2048 are 64 sums of 32 and then one of 64, where one thread per
   * weight used to add all 2,048 in a row.
   */
  chunk: number;
}

/** Groups a layer's update adds in a row before they are summed in two levels (WeightGrads.chunk). */
const MOST_GROUPS_IN_A_ROW = 16;

/** The network as the WGSL kernels see it, with every tensor placed. */
export interface Graph {
  batch: number;
  /** In an order where every op's inputs come before it; the input op first. */
  ops: Op[];
  /** The network's output as the loss reads it (the last op), and how the loss's gradient joins it. */
  output: OpInput;
  params: ParamSlot[];
  /** Floats in the parameter buffer (trainable weights and moving statistics). */
  paramFloats: number;
  /** Floats of trainable weights: gradients and each optimizer state buffer have this many. */
  trainableFloats: number;
  /** Floats per arena: each one storage buffer, at most `maxArenaFloats`. */
  arenas: number[];
  /** Every tensor placed, in placement order. */
  tensors: Tensor[];
  /** The loss takes the log of the output (the plan says it is probabilities) rather than log-softmax. */
  probabilities: boolean;
  classes: number;
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

/** What a plan node's name stands for once lowered: an op's output, seen as `dims`. */
interface Value {
  op: Op;
  dims: Dims;
}

/** Lowers `plan` to ops and lays out every tensor of a training step at batch `options.batch`. */
export function lowerPlan(plan: ModelPlan, options: LowerOptions): Graph {
  const live = liveNodes(plan);
  const nodes = plan.nodes.filter((n) => live.has(n.name));
  const names = new Identifiers();
  const memory = new Arenas(options.batch, options.maxArenaFloats, names);
  const { params, paramFloats, trainableFloats, byName } = layoutParams(nodes, options.train, names);
  const slot = (node: PlanNode, role: PlannedWeight['role']) => byName.get(`${node.name}/${role}`);
  const inDims = dims(plan.input);
  const image = memory.tensor(volume(inDims), 'input', 'y', 'the batch\'s images, scaled to [0, 1] and augmented');
  const inputOp: InputOp = { kind: 'input', layer: INPUT_NAME, path: ['input'], inputs: [], in: inDims, out: inDims, x: image, z: image, y: image, act: 'linear' };
  const ops: Op[] = [inputOp];
  const values = new Map<string, Value>([[INPUT_NAME, { op: inputOp, dims: inDims }]]);
  const readers = readerCounts(nodes, plan.output.node);

  for (const node of nodes) {
    const inputs: OpInput[] = node.inputs.map((name) => {
      const v = values.get(name)!;
      return { from: v.op, dims: v.dims, x: v.op.y };
    });
    const [first] = inputs;
    const base = { layer: node.name, path: node.layer.path, inputs, in: first!.dims, x: first!.x };
    const act = (name: NodeActivation): ElementwiseAct => (name === 'softmax' ? 'linear' : name);
    /** Adds the op with output dims `out` and activation `a`; a softmax activation becomes an op after it. */
    const push = (op: OpFields, out: Dims, a: NodeActivation) => {
      const elementwise = act(a);
      const z = memory.tensor(volume(out), node.name, 'z', elementwise === 'linear' ? `${node.name}'s output` : `${node.name}'s output before its ${elementwise}`);
      const y = elementwise === 'linear' ? z : memory.tensor(volume(out), node.name, 'y', `${node.name}'s output: ${elementwise}(z)`);
      const lowered = { ...base, ...op, out, z, y, act: elementwise } as Op;
      ops.push(lowered);
      values.set(node.name, { op: lowered, dims: out });
      if (a === 'softmax') pushSoftmax(lowered, out);
    };
    const pushSoftmax = (from: Op, out: Dims) => {
      const y = memory.tensor(volume(out), node.name, 'softmax', `${node.name}'s softmax`);
      const input: OpInput = { from, dims: out, x: from.y };
      const op: SoftmaxOp = { kind: 'softmax', layer: node.name, path: node.layer.path, inputs: [input], in: out, out, x: from.y, z: y, y, act: 'linear' };
      ops.push(op);
      values.set(node.name, { op, dims: out });
    };
    const current = first!.dims;
    switch (node.op) {
      case 'flatten':
        // NHWC memory flattened row by row is the same memory: only the shape changes
        values.set(node.name, { op: first!.from, dims: dims(node.output) });
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
        push({ kind: 'pool', type: node.type, global: node.global, ...window(node) }, dims(node.output), 'linear');
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
          stats: memory.fixed(2 * channels, node.name, 'stats', `${node.name}'s batch mean, then variance, per channel`),
          sums: memory.fixed(2 * channels, node.name, 'sums', `${node.name}'s Σ dz·x̂, then Σ dz, per channel`),
        }, current, 'linear');
        break;
      }
      case 'dropout':
        push({ kind: 'dropout', rate: node.rate, stream: node.stream }, current, 'linear');
        break;
      case 'add':
        push({ kind: 'add' }, current, node.activation);
        break;
      case 'concat': {
        const offsets = inputs.map((_, j) => inputs.slice(0, j).reduce((sum, i) => sum + i.dims[2], 0));
        push({ kind: 'concat', offsets }, dims(node.output), 'linear');
        break;
      }
      case 'activation': {
        const a = node.activation;
        const prev = first!.from;
        if (a === 'softmax') {
          pushSoftmax(prev, current);
        } else if (a === 'linear') {
          // an identity: nothing to compute
          values.set(node.name, { op: prev, dims: current });
        } else if (prev.act === 'linear' && prev.kind !== 'input' && prev.kind !== 'softmax' && readers(node.inputs[0]!) === 1) {
          // fold into the op before (this layer is all that reads it): it keeps its output as z and gains y = act(z)
          prev.act = a;
          prev.y = memory.tensor(volume(prev.out), node.name, 'y', `${node.name}'s output: ${a}(${prev.layer}'s)`);
          values.set(node.name, { op: prev, dims: current });
        } else {
          const y = memory.tensor(volume(current), node.name, 'y', `${node.name}'s output: ${a}(${prev.layer}'s)`);
          const op: ActOp = { ...base, kind: 'act', out: current, z: first!.x, y, act: a };
          ops.push(op);
          values.set(node.name, { op, dims: current });
        }
        break;
      }
    }
  }

  const last = values.get(plan.output.node)!;
  const output: OpInput = { from: last.op, dims: last.dims, x: last.op.y };
  placeGradients(ops, output, memory);
  memory.placeFixed();
  return {
    batch: options.batch, ops, output, params, paramFloats, trainableFloats, arenas: memory.sizes(), tensors: memory.placed(),
    probabilities: plan.output.kind === 'probabilities', classes: options.classes,
  };
}

/**
 * Gives every op the loss's gradient reaches a dz tensor, and every input of such an op its
 * Join: an op needs a gradient when it or an op before it (on some path from the input) has
 * weights. Each op's readers, in the order the backward pass reaches them (the loss, then ops
 * from the last back, inputs from the last back), write first, add, and apply the derivative last.
 */
function placeGradients(ops: Op[], output: OpInput, memory: Arenas): void {
  const needs = new Set<Op>();
  for (const op of ops) {
    const weighted = op.kind === 'conv' || op.kind === 'dense' || op.kind === 'batchnorm';
    if (weighted || op.inputs.some((i) => needs.has(i.from))) needs.add(op);
  }
  for (const op of ops) {
    if (needs.has(op)) op.dz = memory.tensor(volume(op.out), op.layer, op.kind === 'softmax' ? 'dsoftmax' : 'dz', `the loss's gradient with respect to ${op.kind === 'softmax' ? `${op.layer}'s softmax` : op.z.what}`);
  }
  const backward: OpInput[] = [output];
  for (let k = ops.length - 1; k >= 0; k--) backward.push(...[...ops[k]!.inputs].reverse());
  const seen = new Map<Op, OpInput[]>();
  for (const input of backward) {
    if (!needs.has(input.from)) continue;
    seen.set(input.from, [...(seen.get(input.from) ?? []), input]);
  }
  for (const contributions of seen.values()) {
    contributions.forEach((input, i) => {
      const firstOne = i === 0;
      const lastOne = i === contributions.length - 1;
      input.join = firstOne && lastOne ? 'only' : firstOne ? 'first' : lastOne ? 'last' : 'middle';
    });
  }
}

/** The plan nodes the output depends on: the others compute nothing the loss sees. */
function liveNodes(plan: ModelPlan): Set<string> {
  const byName = new Map(plan.nodes.map((n) => [n.name, n]));
  const live = new Set<string>();
  const visit = (name: string) => {
    const node = byName.get(name);
    if (!node || live.has(name)) return;
    live.add(name);
    node.inputs.forEach(visit);
  };
  visit(plan.output.node);
  return live;
}

/**
 * How many node inputs (and the loss) read a node's output, through views: a flatten or a linear
 * activation passes its readers on to the node it views, so `readers(name)` counts them all.
 */
function readerCounts(nodes: readonly PlanNode[], output: string): (name: string) => number {
  const source = new Map<string, string>();
  const resolve = (name: string): string => source.get(name) ?? name;
  for (const node of nodes) {
    const view = node.op === 'flatten' || (node.op === 'activation' && node.activation === 'linear');
    if (view) source.set(node.name, resolve(node.inputs[0]!));
  }
  const counts = new Map<string, number>();
  const read = (name: string) => counts.set(resolve(name), (counts.get(resolve(name)) ?? 0) + 1);
  for (const node of nodes) if (!source.has(node.name)) node.inputs.forEach(read);
  read(output);
  return (name) => counts.get(resolve(name)) ?? 0;
}

/** The conv and dense ops of `graph`, in order: the layers with weight gradients. */
export function weightedLayers(graph: Graph): (ConvOp | DenseOp)[] {
  return graph.ops.filter((op): op is ConvOp | DenseOp => op.kind === 'conv' || op.kind === 'dense');
}

/** A conv or dense layer's trainable floats, kernel then bias: one group's row of its partial sums. */
export function layerWeights(op: ConvOp | DenseOp): number {
  return op.kernel.size + (op.bias?.size ?? 0);
}

/** Floats in one example's tensor of these dims. */
export function volume([h, w, c]: Dims): number {
  return h * w * c;
}

function volumeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function dims(shape: readonly number[]): Dims {
  return shape.length === 3 ? [shape[0]!, shape[1]!, shape[2]!] : [1, 1, shape[0]!];
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
  // the longer of the two chains is as short as it can be: √groups each
  const chunk = groups > MOST_GROUPS_IN_A_ROW ? Math.ceil(Math.sqrt(groups)) : 1;
  return {
    partials: memory.fixed(groups * weights, layer, 'partials', `${layer}'s weight-gradient partial sums: ${groups} group${groups === 1 ? '' : 's'} × ${weights} weights`),
    groups, examplesPerGroup, chunk,
  };
}

/**
 * The parameter buffer: every weight of `nodes` in plan order, each starting on a multiple of
 * four floats (so a kernel can read four neighbouring weights as one vec4: `params4`), trainable
 * ones also numbered densely.
 */
function layoutParams(nodes: readonly PlanNode[], train: TrainConfig, names: Identifiers) {
  const params: ParamSlot[] = [];
  const byName = new Map<string, ParamSlot>();
  let offset = 0;
  let trainable = 0;
  for (const w of nodes.flatMap((n) => n.weights)) {
    offset = Math.ceil(offset / 4) * 4;
    const size = volumeOf(w.shape);
    const p: ParamSlot = {
      name: w.name, constant: names.make(w.name.replace('/', '_')), role: w.role, shape: w.shape, size, offset,
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

/**
 * Unique WGSL constant names from layer names: upper case (`conv1_z` → `CONV1_Z`), a leading
 * `__` (which WGSL reserves) made `L__`, and a name already taken (layers `conv1` and `CONV1`)
 * numbered.
 */
class Identifiers {
  private readonly taken = new Set<string>();

  make(base: string): string {
    let name = base.toUpperCase();
    if (name.startsWith('__')) name = `L${name}`;
    let unique = name;
    for (let k = 2; this.taken.has(unique); k++) unique = `${name}_${k}`;
    this.taken.add(unique);
    return unique;
  }
}

/** Places tensors in arenas of at most `max` floats, in order, each at an aligned offset. */
class Arenas {
  private readonly used: number[] = [0];
  private readonly tensors: Tensor[] = [];
  private readonly deferred: Tensor[] = [];

  constructor(private readonly batch: number, private readonly max: number, private readonly names: Identifiers) {}

  /** A tensor of `perExample` floats for each example of the batch, named `<layer>_<role>`. */
  tensor(perExample: number, layer: string, role: string, what: string): Tensor {
    return this.place(perExample * this.batch, perExample, layer, role, what);
  }

  /**
   * A tensor of `floats` floats whatever the batch (statistics, partial sums), placed by
   * `placeFixed` after every per-example tensor: so the batch-wide kernels that read them all
   * (the update reads every layer's partial sums) bind an arena or two, not every one.
   */
  fixed(floats: number, layer: string, role: string, what: string): Tensor {
    if (floats > this.max) throw new LayoutError(what, floats, this.batch, this.max);
    const tensor: Tensor = { name: this.names.make(`${layer}_${role}`), what, arena: -1, offset: 0, perExample: 0, floats };
    this.deferred.push(tensor);
    return tensor;
  }

  /** Places the `fixed` tensors asked for so far, in order, after everything placed. */
  placeFixed(): void {
    for (const tensor of this.deferred.splice(0)) {
      const { arena, offset } = this.space(tensor.floats);
      tensor.arena = arena;
      tensor.offset = offset;
      this.tensors.push(tensor);
    }
  }

  /** A tensor after everything else, in the last arena or a new one. */
  append(floats: number, name: string, what: string): Tensor {
    return this.place(floats, 0, undefined, name, what);
  }

  sizes(): number[] {
    return [...this.used];
  }

  placed(): Tensor[] {
    return [...this.tensors];
  }

  private place(floats: number, perExample: number, layer: string | undefined, role: string, what: string): Tensor {
    if (floats > this.max) throw new LayoutError(what, floats, this.batch, this.max);
    const { arena, offset } = this.space(floats);
    const tensor = { name: this.names.make(layer === undefined ? role : `${layer}_${role}`), what, arena, offset, perExample, floats };
    this.tensors.push(tensor);
    return tensor;
  }

  /** Room for `floats` at an aligned offset of the last arena, or at the start of a new one. */
  private space(floats: number): { arena: number; offset: number } {
    let arena = this.used.length - 1;
    let offset = Math.ceil(this.used[arena]! / ALIGN) * ALIGN;
    if (offset + floats > this.max) {
      this.used.push(0);
      arena++;
      offset = 0;
    }
    this.used[arena] = offset + floats;
    return { arena, offset };
  }
}

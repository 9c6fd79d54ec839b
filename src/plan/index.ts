/**
 * The plan stage: the network as lenetc means it, one description every backend lowers from.
 * Each node is one layer with every number explicit (pads per side, strides, dilation, windows
 * of global pools), its inputs and their shapes, its output shape, its weights and how they
 * start; the plan says once what the network outputs (logits or probabilities) and how its
 * tensors are laid out. The tfjs model, the emitted TypeScript, the ONNX export, the drawing and
 * the WGSL training program are projections of it (./tfjs.ts is tfjs's), so none of them works
 * out a meaning of its own. Pure data in, data out.
 */
import {
  INPUT_NAME, outputTail, type Activation, type Initializer, type Layer, type NetModel, type Pair, type PoolType,
} from '../model.js';
import { dimPads, type DimPadding } from '../shape-inference/rules/output-length.js';
import type { Shape, ShapeReport } from '../shape-inference/types.js';

/** Zeros around a tensor's height and width, per side. */
export interface Pads {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** An activation applied after a node's own computation: `linear` for none. */
export type NodeActivation = Exclude<Activation, 'none'>;

/** What a weight is to its node; tfjs names the weight `<layer>/<role>`. */
export type WeightRole = 'kernel' | 'bias' | 'gamma' | 'beta' | 'moving_mean' | 'moving_variance';

/** One weight of a node. */
export interface PlannedWeight {
  /** `conv1/kernel`: its name in saved weights and checkpoints. */
  name: string;
  role: WeightRole;
  /** conv kernels [kh, kw, cin, cout], dense kernels [in, out], vectors [n]. */
  shape: readonly number[];
  /** Moving statistics are updated by training but not by the optimizer. */
  trainable: boolean;
}

/** How a node's kernel starts: the initializer and, for random ones in a seeded run, its seed. */
export interface PlannedInit {
  /** The initializer, `xavier_*` written as the `glorot_*` it is. */
  name: Exclude<Initializer, 'xavier_uniform' | 'xavier_normal'>;
  seed?: number;
}

interface NodeBase {
  /** The layer's name: unique, identifier-like. */
  name: string;
  /** The spec layer it computes: kind, index and spec path, for diagnostics. */
  layer: Layer;
  /** The nodes whose outputs it takes, by name; `input` is the network's input. */
  inputs: readonly string[];
  /** One example's shape of each input, in `inputs` order: [h, w, c] or [units]. */
  inputShapes: readonly Shape[];
  output: Shape;
  /** Its weights in the order they are saved: kernel, bias; gamma, beta, moving mean, moving variance. */
  weights: PlannedWeight[];
}

/** A 2-D cross-correlation over channels-last input, then bias and activation. */
export interface ConvNode extends NodeBase {
  op: 'conv';
  filters: number;
  kernel: Pair;
  stride: Pair;
  /** Always [1, 1]: the spec has no dilation, but every lowering is told. */
  dilation: Pair;
  /** The zeros around the input, whichever way the spec wrote them. */
  pads: Pads;
  /** How the spec wrote them: tfjs's `same` (pads computed as tfjs does), none, or explicit zeros. */
  padding: 'same' | 'valid' | 'explicit';
  activation: NodeActivation;
  bias: boolean;
  init: PlannedInit;
}

/** Average or max pooling; the average counts only cells inside the input (never pads). */
export interface PoolNode extends NodeBase {
  op: 'pool';
  type: PoolType;
  window: Pair;
  stride: Pair;
  pads: Pads;
  padding: 'same' | 'valid';
  /** The window is the whole input (written `size: global`): 1×1×C out. */
  global: boolean;
}

/** A fully connected layer on a flat input, then bias and activation. */
export interface DenseNode extends NodeBase {
  op: 'dense';
  units: number;
  activation: NodeActivation;
  bias: boolean;
  init: PlannedInit;
}

/** [h, w, c] → [h·w·c], channels fastest (the order of channels-last memory). */
export interface FlattenNode extends NodeBase {
  op: 'flatten';
}

/** Inverted dropout while training (kept units scaled by 1/(1 − rate)); identity otherwise. */
export interface DropoutNode extends NodeBase {
  op: 'dropout';
  rate: number;
  /** Which mask stream keys its masks: its position among the network's dropout nodes. */
  stream: number;
}

/** Batch normalization over the channels (the last axis); Keras's moving statistics. */
export interface BatchNormNode extends NodeBase {
  op: 'batchnorm';
  momentum: number;
  epsilon: number;
}

/** An activation on its own. */
export interface ActivationNode extends NodeBase {
  op: 'activation';
  activation: NodeActivation;
}

/** The element-wise sum of inputs of one shape, then an activation. */
export interface AddNode extends NodeBase {
  op: 'add';
  activation: NodeActivation;
}

/** Inputs side by side along the last axis (channels, or units of flat inputs). */
export interface ConcatNode extends NodeBase {
  op: 'concat';
}

/** One node of the plan. */
export type PlanNode = ConvNode | PoolNode | DenseNode | FlattenNode | DropoutNode | BatchNormNode | ActivationNode | AddNode | ConcatNode;

/** What the network's output is: scores the loss applies softmax to, or probabilities already. */
export type OutputKind = 'logits' | 'probabilities';

/** The network, as every backend lowers it. */
export interface ModelPlan {
  /** The spec's name. */
  name: string;
  /** The spec's name with every character tfjs would refuse replaced by `_`: the tfjs model's name. */
  tfName: string;
  /** Every tensor is channels-last, [batch, height, width, channels], as lenetc's data is. */
  layout: 'nhwc';
  input: Shape;
  /** In the spec's order, which is also an order in which every node's inputs come before it. */
  nodes: PlanNode[];
  output: {
    /** The node that computes it: the last. */
    node: string;
    shape: Shape;
    /**
     * `probabilities` when the output comes out of a softmax (past dropout and linear
     * activations): the loss then takes its log, and predict reads it as it is; else `logits`.
     */
    kind: OutputKind;
  };
  /** Every node's weights, node by node. */
  weights: PlannedWeight[];
  /** Whether some node takes other than the node before it: then the network is a graph, not a line. */
  branched: boolean;
}

/** What the plan needs besides the model and its shapes. */
export interface PlanOptions {
  /** Seeds every random initializer (layer i gets seed·1000 + i); leave out for unseeded weights. */
  seed?: number;
}

/**
 * The plan of a shape-checked `model` (`shapes` must cover every layer: inferShapes found no
 * error). With `seed`, every random initializer gets its own seed derived from it, so initial
 * weights are reproducible.
 */
export function planModel(model: NetModel, shapes: ShapeReport, options: PlanOptions = {}): ModelPlan {
  const reports = new Map(shapes.layers.map((r) => [r.index, r]));
  let dropouts = 0;
  const nodes = model.layers.map((layer): PlanNode => {
    const report = reports.get(layer.index);
    if (!report) throw new Error(`planModel: no shape for layer ${layer.name}; plan only a model whose shapes checked`);
    const base = { name: layer.name, layer, inputs: layer.inputs, inputShapes: report.inputShapes, output: report.output };
    const init = (name: Initializer): PlannedInit => initializer(name, options.seed === undefined ? undefined : options.seed * 1000 + layer.index);
    const input = report.inputShapes[0]!;
    switch (layer.kind) {
      case 'conv': {
        const paddings = layer.padding === 'same' || layer.padding === 'valid' ? [layer.padding, layer.padding] as const
          : [[layer.padding.top, layer.padding.bottom], [layer.padding.left, layer.padding.right]] as const;
        const pads = padsOf(input, layer.kernel, layer.stride, paddings);
        const kernel = weight(layer.name, 'kernel', [layer.kernel[0], layer.kernel[1], input[2]!, layer.filters]);
        return {
          ...base, op: 'conv', filters: layer.filters, kernel: layer.kernel, stride: layer.stride, dilation: [1, 1], pads,
          padding: typeof layer.padding === 'string' ? layer.padding : 'explicit', activation: activation(layer.activation),
          bias: layer.bias, init: init(layer.init), weights: layer.bias ? [kernel, weight(layer.name, 'bias', [layer.filters])] : [kernel],
        };
      }
      case 'pool': {
        const global = layer.size === 'global';
        const window: Pair = layer.size === 'global' ? [input[0]!, input[1]!] : layer.size;
        const stride: Pair = global ? [1, 1] : layer.stride;
        const padding = global ? 'valid' : layer.padding;
        return { ...base, op: 'pool', type: layer.type, window, stride, pads: padsOf(input, window, stride, [padding, padding]), padding, global, weights: [] };
      }
      case 'dense': {
        const kernel = weight(layer.name, 'kernel', [input[0]!, layer.units]);
        return {
          ...base, op: 'dense', units: layer.units, activation: activation(layer.activation), bias: layer.bias, init: init(layer.init),
          weights: layer.bias ? [kernel, weight(layer.name, 'bias', [layer.units])] : [kernel],
        };
      }
      case 'flatten': return { ...base, op: 'flatten', weights: [] };
      case 'dropout': return { ...base, op: 'dropout', rate: layer.rate, stream: dropouts++, weights: [] };
      case 'batchnorm': {
        const channels = [report.output[report.output.length - 1]!];
        return {
          ...base, op: 'batchnorm', momentum: layer.momentum, epsilon: layer.epsilon,
          weights: [
            weight(layer.name, 'gamma', channels), weight(layer.name, 'beta', channels),
            weight(layer.name, 'moving_mean', channels, false), weight(layer.name, 'moving_variance', channels, false),
          ],
        };
      }
      case 'activation': return { ...base, op: 'activation', activation: activation(layer.activation), weights: [] };
      case 'add': return { ...base, op: 'add', activation: activation(layer.activation), weights: [] };
      case 'concat': return { ...base, op: 'concat', weights: [] };
    }
  });
  const last = nodes[nodes.length - 1]!;
  const branched = nodes.some((n, i) => n.inputs.length !== 1 || n.inputs[0] !== (i === 0 ? INPUT_NAME : nodes[i - 1]!.name));
  return {
    name: model.name, tfName: tfModelName(model.name), layout: 'nhwc', input: model.input, nodes,
    output: { node: last.name, shape: last.output, kind: outputKind(model) },
    weights: nodes.flatMap((n) => n.weights), branched,
  };
}

/** The tfjs model name for a spec name: tfjs accepts letters, digits and `_`. */
export function tfModelName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * Whether the output comes out of a softmax: the output's tail (model.ts's outputTail) read
 * from the output back, past dropout and linear activations, to the first activation applied.
 */
function outputKind(model: NetModel): OutputKind {
  for (const layer of outputTail(model)) {
    if (layer.kind === 'dropout') continue;
    if (layer.kind === 'activation' && (layer.activation === 'none' || layer.activation === 'linear')) continue;
    const applied = layer.kind === 'activation' || layer.kind === 'conv' || layer.kind === 'dense' || layer.kind === 'add' ? layer.activation : undefined;
    return applied === 'softmax' ? 'probabilities' : 'logits';
  }
  return 'logits';
}

function activation(name: Activation): NodeActivation {
  return name === 'none' ? 'linear' : name;
}

function weight(layer: string, role: WeightRole, shape: readonly number[], trainable = true): PlannedWeight {
  return { name: `${layer}/${role}`, role, shape, trainable };
}

/** Initializers that draw random numbers take a seed; the constant ones do not. */
function initializer(name: Initializer, seed: number | undefined): PlannedInit {
  const canonical = name === 'xavier_uniform' ? 'glorot_uniform' : name === 'xavier_normal' ? 'glorot_normal' : name;
  const random = canonical !== 'zeros' && canonical !== 'ones';
  return random && seed !== undefined ? { name: canonical, seed } : { name: canonical };
}

/** The pads around an [h, w, c] input for a window, per side, whichever way they were written. */
function padsOf(input: Shape, window: Pair, stride: Pair, paddings: readonly [DimPadding, DimPadding]): Pads {
  const [top, bottom] = dimPads(input[0]!, window[0], stride[0], paddings[0]);
  const [left, right] = dimPads(input[1]!, window[1], stride[1], paddings[1]);
  return { top, bottom, left, right };
}

/**
 * Each plan node as the PyTorch modules that compute it, in the order they run: the layer's own
 * module under the layer's name, then what it needs around it (zero padding that differs per
 * side before a conv, the activation after it as `<layer>_<activation>`). Also how its weights
 * start (the spec's initializer with lenetc's meaning) and which state_dict entries take its
 * trained weights. Pure.
 */
import type { Pair } from '../../model.js';
import type { NodeActivation, Pads, PlanNode, PlannedInit, WeightRole } from '../../plan/index.js';
import { partName, pyNumber } from './python.js';

/** Module-level code a module may need, written into the file only when used. */
export type Helper = 'FlattenChannelsLast' | 'KerasHardSigmoid' | 'AvgPool2dExcludingPads' | 'Add' | 'Concat' | 'truncated_normal_';

/** One submodule: its attribute name and the expression that builds it. */
export interface Part {
  name: string;
  expr: string;
  /** Why it is there, for parts that are not the layer's own computation. */
  note?: string;
}

/** How a state_dict entry is made from one of lenetc's weights. */
export interface TensorSource {
  /** The state_dict key, `conv1.weight`. */
  key: string;
  /** The plan weight it holds, `conv1/kernel`. */
  weight: string;
  /** lenetc's shape of that weight, and how it is reordered for PyTorch. */
  shape: readonly number[];
  layout: 'oihw' | 'transpose' | 'same';
}

/** One plan node in PyTorch. */
export interface NodeModules {
  node: PlanNode;
  /** The parts in the order they run; the first takes the node's inputs, each next one the part before. */
  parts: Part[];
  /** The part whose output is the layer's output (the last), as forward hooks see it. */
  output: string;
  /** Lines of `reset_parameters` that give its weights their first values. */
  init: string[];
  tensors: TensorSource[];
}

/** PyTorch's module for each activation, tfjs's formula (`linear` has none). */
const ACTIVATIONS: Record<Exclude<NodeActivation, 'linear'>, string> = {
  relu: 'nn.ReLU()',
  relu6: 'nn.ReLU6()',
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  elu: 'nn.ELU()',
  // PyTorch's constants are tfjs's: alpha 1.6732632423543772, scale 1.0507009873554805
  selu: 'nn.SELU()',
  // erf, as tfjs's gelu; gelu_new is the tanh approximation
  gelu: 'nn.GELU()',
  gelu_new: 'nn.GELU(approximate="tanh")',
  softplus: 'nn.Softplus()',
  softsign: 'nn.Softsign()',
  // over the channels, tfjs's last axis: dim 1 of NCHW and of [batch, units] alike
  softmax: 'nn.Softmax(dim=1)',
  // x·sigmoid(x)
  swish: 'nn.SiLU()',
  mish: 'nn.Mish()',
  // nn.Hardsigmoid has another slope (relu6(x + 3) / 6)
  hard_sigmoid: 'KerasHardSigmoid()',
};

/** PyTorch's name for each of lenetc's weight roles. */
const STATE_NAMES: Record<WeightRole, string> = {
  kernel: 'weight', bias: 'bias', gamma: 'weight', beta: 'bias', moving_mean: 'running_mean', moving_variance: 'running_var',
};

/**
 * The modules of `node`, whose own module is called `name`; `taken` holds every name in use
 * and receives its parts' names; `helpers` receives the module-level code they need.
 */
export function nodeModules(node: PlanNode, name: string, taken: Set<string>, helpers: Set<Helper>): NodeModules {
  const parts: Part[] = [];
  const own = (expr: string, note?: string) => parts.push(note === undefined ? { name, expr } : { name, expr, note });
  const activation = (act: NodeActivation) => {
    if (act === 'linear') return;
    if (act === 'hard_sigmoid') helpers.add('KerasHardSigmoid');
    parts.push({ name: partName(`${name}_${act}`, taken), expr: ACTIVATIONS[act] });
  };
  const init: string[] = [];
  switch (node.op) {
    case 'conv': {
      const [, , cin] = node.inputShapes[0]!;
      const symmetric = node.pads.top === node.pads.bottom && node.pads.left === node.pads.right;
      if (!symmetric) {
        parts.push({ name: partName(`${name}_pad`, taken), expr: `nn.ZeroPad2d(${sides(node.pads)})`, note: padNote(node.padding, node.pads) });
      }
      const args = [String(cin), String(node.filters), `kernel_size=${pair(node.kernel)}`];
      if (node.stride[0] !== 1 || node.stride[1] !== 1) args.push(`stride=${pair(node.stride)}`);
      if (symmetric && (node.pads.top !== 0 || node.pads.left !== 0)) args.push(`padding=${pair([node.pads.top, node.pads.left])}`);
      if (!node.bias) args.push('bias=False');
      own(`nn.Conv2d(${args.join(', ')})`);
      activation(node.activation);
      init.push(...initLines(name, node.init, node.bias, helpers));
      break;
    }
    case 'pool': {
      const max = node.type === 'max';
      if (node.global) {
        own(max ? 'nn.AdaptiveMaxPool2d(1)' : 'nn.AdaptiveAvgPool2d(1)');
        break;
      }
      const window = `kernel_size=${pair(node.window)}, stride=${pair(node.stride)}`;
      const { top, bottom, left, right } = node.pads;
      if (top === bottom && left === right) {
        // PyTorch pads both sides alike: max pooling never picks a pad, and the average counts only pixels inside
        const padding = top === 0 && left === 0 ? '' : `, padding=${pair([top, left])}${max ? '' : ', count_include_pad=False'}`;
        own(`nn.${max ? 'MaxPool2d' : 'AvgPool2d'}(${window}${padding})`);
      } else if (max) {
        parts.push({ name: partName(`${name}_pad`, taken), expr: `nn.ConstantPad2d(${sides(node.pads)}, float("-inf"))`, note: `${padNote(node.padding, node.pads)}; -inf, which no max picks` });
        own(`nn.MaxPool2d(${window})`);
      } else {
        helpers.add('AvgPool2dExcludingPads');
        own(`AvgPool2dExcludingPads(${pair(node.window)}, ${pair(node.stride)}, ${sides(node.pads)})`);
      }
      break;
    }
    case 'dense': {
      const [units] = node.inputShapes[0]!;
      own(`nn.Linear(${units}, ${node.units}${node.bias ? '' : ', bias=False'})`);
      activation(node.activation);
      init.push(...initLines(name, node.init, node.bias, helpers));
      break;
    }
    case 'flatten': {
      const [h, w] = node.inputShapes[0]!;
      // lenetc's dense weights read the features in (h, w, c) order; one pixel has only c
      const channelsLast = node.inputShapes[0]!.length === 3 && !(h === 1 && w === 1);
      if (channelsLast) helpers.add('FlattenChannelsLast');
      own(channelsLast ? 'FlattenChannelsLast()' : 'nn.Flatten()');
      break;
    }
    case 'dropout':
      own(`nn.Dropout(p=${pyNumber(node.rate)})`);
      break;
    case 'batchnorm': {
      const spatial = node.output.length === 3;
      const channels = node.output[node.output.length - 1]!;
      // Keras's momentum keeps that much of the moving statistics at each step; PyTorch's takes that much of the batch's
      const momentum = Number((1 - node.momentum).toPrecision(12));
      own(`nn.BatchNorm${spatial ? '2d' : '1d'}(${channels}, eps=${pyNumber(node.epsilon)}, momentum=${pyNumber(momentum)})`, `Keras's momentum ${pyNumber(node.momentum)}`);
      break;
    }
    case 'activation':
      if (node.activation === 'hard_sigmoid') helpers.add('KerasHardSigmoid');
      own(node.activation === 'linear' ? 'nn.Identity()' : ACTIVATIONS[node.activation]);
      break;
    case 'add':
      helpers.add('Add');
      own('Add()');
      activation(node.activation);
      break;
    case 'concat':
      helpers.add('Concat');
      own('Concat()');
      break;
  }
  const tensors = node.weights.map((w): TensorSource => ({
    key: `${name}.${STATE_NAMES[w.role]}`, weight: w.name, shape: w.shape,
    layout: w.role !== 'kernel' ? 'same' : node.op === 'conv' ? 'oihw' : 'transpose',
  }));
  return { node, parts, output: parts[parts.length - 1]!.name, init, tensors };
}

/** `5`, or `(5, 3)` when the two differ. */
function pair([a, b]: Pair): string {
  return a === b ? String(a) : `(${a}, ${b})`;
}

/** Pads as nn.ZeroPad2d and F.pad take them: (left, right, top, bottom). */
function sides({ top, bottom, left, right }: Pads): string {
  return `(${left}, ${right}, ${top}, ${bottom})`;
}

function padNote(padding: 'same' | 'valid' | 'explicit', pads: Pads): string {
  const where = `top ${pads.top}, bottom ${pads.bottom}, left ${pads.left}, right ${pads.right}`;
  return padding === 'same' ? `${where}: tfjs's same puts the odd pixel last` : `${where}, as the spec writes them`;
}

/**
 * `reset_parameters` lines for a conv or dense layer `name`: its kernel as the spec's
 * initializer draws it in lenetc (tfjs-layers, Keras's definitions), its bias zeros.
 */
function initLines(name: string, init: PlannedInit, bias: boolean, helpers: Set<Helper>): string[] {
  const weight = `self.${name}.weight`;
  let line: string;
  switch (init.name) {
    case 'glorot_uniform': line = `nn.init.xavier_uniform_(${weight})  # glorot_uniform`; break;
    case 'he_uniform': line = `nn.init.kaiming_uniform_(${weight}, nonlinearity="relu")  # he_uniform: U(±√(6/fan_in))`; break;
    case 'lecun_uniform': line = `nn.init.kaiming_uniform_(${weight}, nonlinearity="linear")  # lecun_uniform: U(±√(3/fan_in))`; break;
    case 'glorot_normal': line = `truncated_normal_(${weight}, 1.0, "fan_avg")  # glorot_normal`; break;
    case 'he_normal': line = `truncated_normal_(${weight}, 2.0, "fan_in")  # he_normal`; break;
    case 'lecun_normal': line = `truncated_normal_(${weight}, 1.0, "fan_in")  # lecun_normal`; break;
    case 'zeros': line = `nn.init.zeros_(${weight})`; break;
    case 'ones': line = `nn.init.ones_(${weight})`; break;
    case 'random_normal': line = `nn.init.normal_(${weight}, mean=0.0, std=0.05)  # random_normal: Keras's N(0, 0.05)`; break;
    case 'random_uniform': line = `nn.init.uniform_(${weight}, -0.05, 0.05)  # random_uniform: Keras's U(±0.05)`; break;
    case 'truncated_normal': line = `nn.init.trunc_normal_(${weight}, std=0.05, a=-0.1, b=0.1)  # truncated_normal: Keras's N(0, 0.05) cut at 2σ`; break;
    // the same distribution: tfjs makes [kh·kw·in, out] orthonormal, PyTorch [out, in·kh·kw], the transpose up to an order of rows
    case 'orthogonal': line = `nn.init.orthogonal_(${weight})  # orthogonal, gain 1`; break;
  }
  if (line.startsWith('truncated_normal_')) helpers.add('truncated_normal_');
  return bias ? [line, `nn.init.zeros_(self.${name}.bias)`] : [line];
}

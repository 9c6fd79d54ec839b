/**
 * The plan as tfjs-layers sees it: the layers to create, their constructor arguments and what
 * each takes. The runtime builds the model from it and `emit --ts` prints it, so the model you
 * train and the code you keep are the same network. Where tfjs has no one layer for a node, the
 * node becomes two: explicit zero padding is a ZeroPadding2D before a valid convolution (tfjs
 * convolutions know only same and valid; zeros that are exactly `same`'s are `same`), and an add with an activation is an Add, then an
 * Activation layer.
 */
import type { Shape } from '../shape-inference/types.js';
import { samePads } from '../shape-inference/rules/output-length.js';
import type { ConvNode, ModelPlan, NodeActivation, PlanNode, PlannedInit } from './index.js';

/** A tfjs initializer in its serialized form: accepted as-is by tfjs-layers' constructors. */
export interface TfInitializer {
  className: string;
  config: { seed?: number };
}

/** The tfjs-layers factory functions we use (`tf.layers.<fn>`). */
export type TfLayerFn =
  | 'zeroPadding2d' | 'conv2d' | 'averagePooling2d' | 'maxPooling2d' | 'flatten' | 'dense'
  | 'dropout' | 'batchNormalization' | 'activation' | 'add' | 'concatenate';

/** Constructor arguments, JSON-shaped so templates can print them. */
export type TfArgValue = number | string | boolean | TfArgValue[] | TfInitializer;

/** One tfjs layer to create. */
export interface TfLayer {
  fn: TfLayerFn;
  /** The tfjs layer's name, unique within the model: the node's (or `<node>_pad`, `<node>_sum` for a node's first half). */
  name: string;
  args: Record<string, TfArgValue>;
  /** The tfjs layers whose outputs it takes (`input`: the model's input). */
  inputs: readonly string[];
  /** The plan node it computes (or half of). */
  node: PlanNode;
  /** One example's output shape. */
  output: Shape;
}

const TF_ACTIVATION: Record<NodeActivation, string> = {
  linear: 'linear', sigmoid: 'sigmoid', relu: 'relu', relu6: 'relu6', tanh: 'tanh',
  elu: 'elu', selu: 'selu', gelu: 'gelu', gelu_new: 'gelu_new', softplus: 'softplus',
  softsign: 'softsign', softmax: 'softmax', swish: 'swish', mish: 'mish', hard_sigmoid: 'hardSigmoid',
};

const TF_INITIALIZER: Record<PlannedInit['name'], string> = {
  glorot_uniform: 'GlorotUniform', glorot_normal: 'GlorotNormal', he_uniform: 'HeUniform', he_normal: 'HeNormal',
  lecun_uniform: 'LeCunUniform', lecun_normal: 'LeCunNormal', zeros: 'Zeros', ones: 'Ones',
  random_normal: 'RandomNormal', random_uniform: 'RandomUniform', truncated_normal: 'TruncatedNormal', orthogonal: 'Orthogonal',
};

/** The tfjs layers of `plan`, in an order where each layer's inputs come before it. */
export function tfjsLayers(plan: ModelPlan): TfLayer[] {
  const layers: TfLayer[] = [];
  for (const node of plan.nodes) {
    const { name, inputs, output } = node;
    const layer = (fn: TfLayerFn, args: Record<string, TfArgValue>, from: readonly string[] = inputs, as = name, shape = output) =>
      layers.push({ fn, name: as, args, inputs: from, node, output: shape });
    switch (node.op) {
      case 'conv': {
        const { top, bottom, left, right } = node.pads;
        let from = inputs;
        // explicit zeros that are exactly tfjs's `same` (a 3×3 kernel's padding 1) need no layer of their own
        const same = node.padding === 'same' || (node.padding === 'explicit' && isSame(node));
        if (node.padding === 'explicit' && !same) {
          const [h, w, c] = node.inputShapes[0]!;
          layer('zeroPadding2d', { padding: [[top, bottom], [left, right]] }, inputs, `${name}_pad`, [h! + top + bottom, w! + left + right, c!]);
          from = [`${name}_pad`];
        }
        layer('conv2d', {
          filters: node.filters, kernelSize: [...node.kernel], strides: [...node.stride], padding: same ? 'same' : 'valid',
          activation: TF_ACTIVATION[node.activation], useBias: node.bias, kernelInitializer: tfInitializer(node.init),
        }, from);
        break;
      }
      case 'pool':
        layer(node.type === 'max' ? 'maxPooling2d' : 'averagePooling2d', { poolSize: [...node.window], strides: [...node.stride], padding: node.padding });
        break;
      case 'dense':
        layer('dense', { units: node.units, activation: TF_ACTIVATION[node.activation], useBias: node.bias, kernelInitializer: tfInitializer(node.init) });
        break;
      case 'flatten':
        layer('flatten', {});
        break;
      case 'dropout':
        // no seed: the trainers draw dropout masks themselves (Philox, keyed by seed, step and example)
        layer('dropout', { rate: node.rate });
        break;
      case 'batchnorm':
        layer('batchNormalization', { momentum: node.momentum, epsilon: node.epsilon });
        break;
      case 'activation':
        layer('activation', { activation: TF_ACTIVATION[node.activation] });
        break;
      case 'add':
        if (node.activation === 'linear') {
          layer('add', {});
        } else {
          layer('add', {}, inputs, `${name}_sum`);
          layer('activation', { activation: TF_ACTIVATION[node.activation] }, [`${name}_sum`]);
        }
        break;
      case 'concat':
        layer('concatenate', { axis: -1 });
        break;
    }
  }
  return layers;
}

/** Whether a conv's pads are the ones tfjs's `same` would put there. */
function isSame(node: ConvNode): boolean {
  const [h, w] = node.inputShapes[0]!;
  const [top, bottom] = samePads(h!, node.kernel[0], node.stride[0]);
  const [left, right] = samePads(w!, node.kernel[1], node.stride[1]);
  return node.pads.top === top && node.pads.bottom === bottom && node.pads.left === left && node.pads.right === right;
}

/** Initializers that draw random numbers take a seed; the constant ones do not. */
function tfInitializer(init: PlannedInit): TfInitializer {
  return { className: TF_INITIALIZER[init.name], config: init.seed === undefined ? {} : { seed: init.seed } };
}

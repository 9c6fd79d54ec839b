/**
 * The plan's activations (tfjs-layers' own) as ONNX operators, formula for formula (tfjs-layers
 * src/activations.ts, tfjs-core's ops), so ONNX Runtime computes what tfjs computed. Where
 * opset 13 has the operator with tfjs's constants it is used as it is; gelu, gelu_new, swish and
 * mish (ONNX operators only from opset 18-20, and not always the same formula) are written out.
 */
import type { NodeActivation } from '../../plan/index.js';
import type { GraphBuilder } from './graph.js';

/** Adds the nodes of one activation after tensor `x`; returns the output tensor. */
type ActivationOps = (g: GraphBuilder, x: string, name: string) => string;

// tfjs-core's selu constants (ops/selu_util.ts); ONNX's Selu defaults are the same, rounded to float32
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;

/** Each activation's ONNX nodes. */
const ACTIVATIONS: Record<NodeActivation, ActivationOps> = {
  linear: (_g, x) => x,
  relu: (g, x, name) => g.node('Relu', [x], `${name}/relu`),
  // tfjs: minimum(6, relu(x))
  relu6: (g, x, name) => g.node('Clip', [x, g.scalar(`${name}/zero`, 0), g.scalar(`${name}/six`, 6)], `${name}/relu6`),
  sigmoid: (g, x, name) => g.node('Sigmoid', [x], `${name}/sigmoid`),
  tanh: (g, x, name) => g.node('Tanh', [x], `${name}/tanh`),
  // tfjs: x > 0 ? x : exp(x) − 1 (alpha 1)
  elu: (g, x, name) => g.node('Elu', [x], `${name}/elu`, { alpha: { float: 1 } }),
  selu: (g, x, name) => g.node('Selu', [x], `${name}/selu`, { alpha: { float: SELU_ALPHA }, gamma: { float: SELU_SCALE } }),
  softplus: (g, x, name) => g.node('Softplus', [x], `${name}/softplus`),
  // tfjs: x / (|x| + 1)
  softsign: (g, x, name) => g.node('Softsign', [x], `${name}/softsign`),
  // tfjs-layers' K.hardSigmoid: clip(0.2·x + 0.5, 0, 1), ONNX's HardSigmoid with the same alpha and beta
  hard_sigmoid: (g, x, name) => g.node('HardSigmoid', [x], `${name}/hard_sigmoid`, { alpha: { float: 0.2 }, beta: { float: 0.5 } }),
  // over the channels, tfjs's last axis: axis 1 of NCHW and of flat [batch, units] tensors alike
  softmax: (g, x, name) => g.node('Softmax', [x], `${name}/softmax`, { axis: 1 }),
  // tfjs: sigmoid(x) · x
  swish: (g, x, name) => g.node('Mul', [g.node('Sigmoid', [x], `${name}/swish_sigmoid`), x], `${name}/swish`),
  // tfjs: x · tanh(softplus(x))
  mish: (g, x, name) => g.node('Mul', [x, g.node('Tanh', [g.node('Softplus', [x], `${name}/mish_softplus`)], `${name}/mish_tanh`)], `${name}/mish`),
  // tfjs: x · 0.5 · (1 + erf(x / √2))
  gelu: (g, x, name) => {
    const erf = g.node('Erf', [g.node('Div', [x, g.scalar(`${name}/sqrt2`, Math.SQRT2)], `${name}/gelu_scaled`)], `${name}/gelu_erf`);
    const cdf = g.node('Mul', [g.scalar(`${name}/half`, 0.5), g.node('Add', [g.scalar(`${name}/one`, 1), erf], `${name}/gelu_1p`)], `${name}/gelu_cdf`);
    return g.node('Mul', [x, cdf], `${name}/gelu`);
  },
  // tfjs: 0.5 · (x · (1 + tanh(√(2/π) · (x + 0.044715 · x³))))
  gelu_new: (g, x, name) => {
    const cube = g.node('Mul', [x, g.node('Mul', [x, x], `${name}/gelu_x2`)], `${name}/gelu_x3`);
    const inner = g.node('Add', [x, g.node('Mul', [g.scalar(`${name}/c`, 0.044715), cube], `${name}/gelu_cx3`)], `${name}/gelu_inner`);
    const tanh = g.node('Tanh', [g.node('Mul', [g.scalar(`${name}/k`, Math.sqrt(2 / Math.PI)), inner], `${name}/gelu_scaled`)], `${name}/gelu_tanh`);
    const times = g.node('Mul', [x, g.node('Add', [g.scalar(`${name}/one`, 1), tanh], `${name}/gelu_1p`)], `${name}/gelu_x1p`);
    return g.node('Mul', [g.scalar(`${name}/half`, 0.5), times], `${name}/gelu_new`);
  },
};

/** Adds `activation` after `x`, for plan node `name`; returns the output tensor. */
export function addActivation(g: GraphBuilder, activation: NodeActivation, x: string, name: string): string {
  return ACTIVATIONS[activation](g, x, name);
}

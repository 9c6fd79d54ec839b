/**
 * Conv and dense layers as one fused kernel while training, on the CPU backends.
 *
 * tfjs-core never fuses an activation into conv2d or matMul while it records gradients
 * (`shouldFuse` is false at gradient depth > 0), so each relu conv trains as Conv2D, Add and
 * Relu, and backpropagates through Step, Cast and Multiply, a Sum and Reshapes for the bias,
 * and the engine's copies of every tensor those ops save. On the wasm backend a step is about
 * a quarter per-op JavaScript, so here the layer runs tfjs's own FusedConv2D or _FusedMatMul
 * kernel (bias and activation included), and a gradient registered for that kernel computes
 * the same derivatives tfjs-core's fused ops would, one lazy function per input, so tfjs's
 * backprop still skips the input gradient of the first layer with weights.
 */
import * as tf from '@tensorflow/tfjs';
import { ACTIVATION_GRAD } from './kernels/custom.js';

/** Backends where layers train through the fused kernels: those this module is tested on. */
const FUSED_BACKENDS: ReadonlySet<string> = new Set(['wasm', 'cpu']);
/** Activations whose derivative the fused gradients compute from the layer's output. */
const FUSABLE = new Set(['linear', 'relu', 'sigmoid'] as const);
type Fusable = typeof FUSABLE extends Set<infer T> ? T : never;
let enabled = true;

/** Turns the fused training path on or off (tests compare the two); on by default. */
export function useFusedLayers(on: boolean): void {
  enabled = on;
}

/** The parts of tfjs-layers' Conv2D and Dense that their call() reads (not in the public typings). */
interface LayerInternals {
  kernel: { read(): tf.Tensor };
  bias: { read(): tf.Tensor1D } | null;
  activation: { apply(x: tf.Tensor): tf.Tensor; getClassName(): string };
  strides?: [number, number];
  padding?: 'same' | 'valid';
  dataFormat?: string;
  dilationRate?: [number, number];
}

/**
 * Makes a conv2d or dense layer run as one fused kernel on the CPU backends (see above). With
 * `first`, a conv on any other backend runs unfused instead: tfjs's fused conv2d always
 * computes its input's gradient, which before the first layer with weights nobody needs.
 * Only `call` changes, on this instance: the layer's class, weights and serialized form stay
 * tfjs's own, and any layer this cannot fuse keeps its own call.
 */
export function fuseLayer(layer: tf.layers.Layer, kind: 'conv2d' | 'dense', first: boolean): void {
  const internals = layer as unknown as LayerInternals;
  const activation = internals.activation.getClassName();
  const fusable = FUSABLE.has(activation as Fusable) && (kind === 'dense' || plainConv(internals));
  if (!fusable && !(kind === 'conv2d' && first)) return;
  registerFusedGradients();
  const own = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor;
    if (fusable && enabled && FUSED_BACKENDS.has(tf.getBackend()) && x.rank === (kind === 'conv2d' ? 4 : 2)) {
      return kind === 'conv2d' ? fusedConv(x as tf.Tensor4D, internals, activation as Fusable) : fusedDense(x as tf.Tensor2D, internals, activation as Fusable);
    }
    return kind === 'conv2d' && first ? unfusedConv(x as tf.Tensor4D, internals) : own(inputs, kwargs);
  };
}

/** Channels-last, no dilation: the convolutions tfjs's conv backprop kernels compute. */
function plainConv(layer: LayerInternals): boolean {
  return layer.dataFormat === 'channelsLast' && (layer.dilationRate ?? [1, 1]).every((d) => d === 1);
}

function fusedConv(x: tf.Tensor4D, layer: LayerInternals, activation: Fusable): tf.Tensor {
  const inputs: tf.NamedTensorMap = { x, filter: layer.kernel.read() };
  if (layer.bias) inputs.bias = layer.bias.read();
  const attrs = { strides: layer.strides!, pad: layer.padding!, dataFormat: 'NHWC', dilations: [1, 1], dimRoundingMode: undefined, activation };
  return tf.engine().runKernel('FusedConv2D', inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor;
}

function fusedDense(x: tf.Tensor2D, layer: LayerInternals, activation: Fusable): tf.Tensor {
  const inputs: tf.NamedTensorMap = { a: x, b: layer.kernel.read() };
  if (layer.bias) inputs.bias = layer.bias.read();
  const attrs = { transposeA: false, transposeB: false, activation };
  return tf.engine().runKernel('_FusedMatMul', inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor;
}

function unfusedConv(x: tf.Tensor4D, layer: LayerInternals): tf.Tensor {
  return tf.tidy(() => {
    const y = tf.conv2d(x, layer.kernel.read() as tf.Tensor4D, layer.strides!, layer.padding!, 'NHWC', layer.dilationRate);
    return layer.activation.apply(layer.bias ? tf.add(y, layer.bias.read()) : y);
  });
}

let registered = false;

/** The gradients of FusedConv2D and _FusedMatMul, as tfjs-core's fused ops compute them. */
function registerFusedGradients(): void {
  if (registered) return;
  registered = true;
  tf.registerGradient({
    kernelName: 'FusedConv2D',
    inputsToSave: ['x', 'filter'],
    outputsToSave: [true],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter, y] = saved as [tf.Tensor4D, tf.Tensor4D, tf.Tensor4D];
      const { strides, pad, dimRoundingMode, activation } = attrs as unknown as tf.FusedConv2DAttrs;
      const dz = activationGradient(dy as tf.Tensor, y, activation as Fusable);
      const common = { strides, pad, dataFormat: 'NHWC', dimRoundingMode };
      return {
        x: () => tf.engine().runKernel('Conv2DBackpropInput', { dy: dz, filter }, { ...common, inputShape: x.shape } as unknown as tf.NamedAttrMap) as tf.Tensor,
        filter: () => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy: dz }, { ...common, filterShape: filter.shape } as unknown as tf.NamedAttrMap) as tf.Tensor,
        bias: () => tf.sum(dz, [0, 1, 2]),
      };
    },
  });
  tf.registerGradient({
    kernelName: '_FusedMatMul',
    inputsToSave: ['a', 'b'],
    outputsToSave: [true],
    gradFunc: (dy, saved, attrs) => {
      const [a, b, y] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      const dz = activationGradient(dy as tf.Tensor, y, (attrs as unknown as tf._FusedMatMulAttrs).activation as Fusable) as tf.Tensor2D;
      return {
        a: () => tf.matMul(dz, b, false, true),
        b: () => tf.matMul(a, dz, true, false),
        bias: () => tf.sum(dz, 0),
      };
    },
  });
}

/** dy through the activation, from its output y: tfjs's Relu and Sigmoid gradients, op for op. */
function activationGradient(dy: tf.Tensor, y: tf.Tensor, activation: Fusable): tf.Tensor {
  if (activation !== 'linear' && tf.getKernel(ACTIVATION_GRAD, tf.getBackend())) {
    return tf.engine().runKernel(ACTIVATION_GRAD, { dy, y }, { activation }) as tf.Tensor;
  }
  if (activation === 'relu') return tf.mul(dy, tf.step(y));
  if (activation === 'sigmoid') return tf.mul(dy, tf.mul(y, tf.sub(tf.scalar(1), y)));
  return dy;
}

/** Builds the tf.Sequential for a checked model from the shared layer plan. */
import * as tf from '@tensorflow/tfjs';
import { planLayers } from '../codegen/plan.js';
import type { NetModel } from '../model.js';

/** The layers with trainable weights: gradients flow into what comes before them. */
const WEIGHTED: ReadonlySet<string> = new Set(['conv2d', 'dense', 'batchNormalization']);

/** A fresh, uncompiled tf.Sequential for `model`; `seed` makes its initial weights reproducible. */
export function buildModel(model: NetModel, seed?: number): tf.Sequential {
  const net = tf.sequential({ name: model.name.replace(/[^A-Za-z0-9_]/g, '_') });
  let weightedSoFar = false;
  planLayers(model, seed).forEach((planned, i) => {
    // the args are JSON-shaped tfjs constructor arguments; each factory takes its own subset
    const args: Record<string, unknown> = { ...planned.args, name: planned.name };
    if (i === 0) args.inputShape = [...model.input];
    const factory = tf.layers[planned.fn] as (a: Record<string, unknown>) => tf.layers.Layer;
    const layer = factory(args);
    if (planned.fn === 'conv2d' && !weightedSoFar) unfuseFirstConv(layer);
    net.add(layer);
    weightedSoFar ||= WEIGHTED.has(planned.fn);
  });
  return net;
}

/** The parts of tfjs-layers' Conv2D that its call() reads (they are not in the public typings). */
interface Conv2DInternals {
  kernel: { read(): tf.Tensor4D };
  bias: { read(): tf.Tensor1D } | null;
  strides: [number, number];
  padding: 'same' | 'valid';
  dilationRate: [number, number];
  activation: { apply(x: tf.Tensor): tf.Tensor };
}

/**
 * tfjs-layers runs a conv whose activation it cannot fuse (sigmoid, tanh...) through tfjs-core's
 * fused conv2d, whose gradient always computes the gradient of the conv's input as well. Before
 * the first layer with weights nobody needs that gradient (the input is data), and on the CPU it
 * costs about a quarter of a LeNet-5 step. The same arithmetic through the plain ops lets tfjs's
 * backprop skip it. Only `call` changes, on this instance: the layer's class, weights and
 * serialized form stay tfjs's own.
 */
function unfuseFirstConv(layer: tf.layers.Layer): void {
  const conv = layer as unknown as Conv2DInternals;
  layer.call = (inputs) =>
    tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
      const y = tf.conv2d(x, conv.kernel.read(), conv.strides, conv.padding, 'NHWC', conv.dilationRate);
      return conv.activation.apply(conv.bias ? tf.add(y, conv.bias.read()) : y);
    });
}

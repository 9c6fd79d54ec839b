/** Builds the tf.Sequential for a checked model from the layer plan (src/plan). */
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../model.js';
import { planModel } from '../plan/index.js';
import { inferShapes } from '../shape-inference/index.js';
import { fuseLayer } from './fused.js';

/** The layers with trainable weights: gradients flow into what comes before them. */
const WEIGHTED: ReadonlySet<string> = new Set(['conv2d', 'dense', 'batchNormalization']);

/**
 * A fresh, uncompiled tf.Sequential for a shape-checked `model`; `seed` makes its initial
 * weights reproducible.
 */
export function buildModel(model: NetModel, seed?: number): tf.Sequential {
  const plan = planModel(model, inferShapes(model), { seed });
  const net = tf.sequential({ name: plan.name });
  let weightedSoFar = false;
  plan.layers.forEach((planned, i) => {
    // the args are JSON-shaped tfjs constructor arguments; each factory takes its own subset
    const args: Record<string, unknown> = { ...planned.args, name: planned.name };
    if (i === 0) args.inputShape = [...plan.input];
    const factory = tf.layers[planned.fn] as (a: Record<string, unknown>) => tf.layers.Layer;
    const layer = factory(args);
    if (planned.fn === 'conv2d' || planned.fn === 'dense') fuseLayer(layer, planned.fn, !weightedSoFar);
    net.add(layer);
    weightedSoFar ||= WEIGHTED.has(planned.fn);
  });
  return net;
}

/**
 * Whether `net` already ends in softmax: then the loss takes the log of its output instead
 * of log-softmax of logits, and its output needs no softmax to read as probabilities (a spec
 * may end either way; d2l's LeNet ends in logits).
 */
export function endsInSoftmax(net: tf.LayersModel): boolean {
  const last = net.layers[net.layers.length - 1];
  return last?.getConfig().activation === 'softmax';
}

/** One training step's forward and backward pass: the only place tfjs computes a loss's gradients. */
import * as tf from '@tensorflow/tfjs';
import { endsInSoftmax } from '../model.js';
import { crossEntropy, inputTensor } from './evaluate.js';

/** Gradients of one batch (or one shard of it), in `variables` order, with its loss and correct count. */
export interface StepGradients {
  grads: tf.Tensor[];
  /** The batch's mean loss, or its summed loss with reduction `sum`. */
  loss: tf.Scalar;
  hits: tf.Scalar;
}

/**
 * Forward and backward pass over `size` images in training mode. `mean` differentiates the
 * batch's mean loss (one thread); `sum` its summed loss, so that the shards of a data-parallel
 * step add up to the whole batch's gradient once divided by its size.
 */
export function stepGradients(
  net: tf.LayersModel, variables: tf.Variable[], classes: number,
  images: Float32Array, labels: Int32Array, size: number, reduction: 'mean' | 'sum', seed?: number,
): StepGradients {
  const probabilities = endsInSoftmax(net);
  // tfjs draws a dropout layer's mask from its `seed` (a fixed seed: the same mask every call,
  // none: Math.random): each call gets its own, derived from `seed`, so a run repeats exactly
  const dropouts = net.layers.filter((l) => l.getClassName() === 'Dropout') as unknown as { seed?: number }[];
  dropouts.forEach((layer, i) => { layer.seed = seed === undefined ? undefined : mixSeed(seed, i); });
  try {
    return gradients(net, variables, classes, images, labels, size, reduction, probabilities);
  } finally {
    // not kept: a saved model.json would carry the last step's seed
    for (const layer of dropouts) layer.seed = undefined;
  }
}

function gradients(
  net: tf.LayersModel, variables: tf.Variable[], classes: number,
  images: Float32Array, labels: Int32Array, size: number, reduction: 'mean' | 'sum', probabilities: boolean,
): StepGradients {
  return tf.tidy(() => {
    const x = inputTensor(net, images, size);
    const y = tf.tensor1d(labels, 'int32');
    let hits: tf.Scalar | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const output = net.apply(x, { training: true }) as tf.Tensor2D;
      hits = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(output, 1), y), 'int32')) as tf.Scalar);
      const losses = crossEntropy(output, y, classes, probabilities);
      return (reduction === 'mean' ? tf.mean(losses) : tf.sum(losses)) as tf.Scalar;
    }, variables);
    return { grads: variables.map((v) => grads[v.name]), loss: value, hits: hits! };
  });
}

/** The network's trainable variables, in the order weights and gradients travel. */
export function trainableVariables(net: tf.LayersModel): tf.Variable[] {
  return net.trainableWeights.map((w) => w.read() as tf.Variable);
}

/**
 * A 32-bit seed from `seed` and `salt` (a step, a shard, a layer), mixed like the run's Rng
 * seeds its state, so neighbouring steps get unrelated dropout masks.
 */
export function mixSeed(seed: number, salt: number): number {
  let h = (Math.imul((seed ^ 0x85ebca6b) >>> 0, 0x9e3779b1) + Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

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
  images: Float32Array, labels: Int32Array, size: number, reduction: 'mean' | 'sum',
): StepGradients {
  const probabilities = endsInSoftmax(net);
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

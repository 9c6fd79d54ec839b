/** The part of a data-parallel step every thread does the same way: one shard's gradients. */
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../../model.js';
import { crossEntropy, endsInSoftmax, inputTensor } from '../train/evaluate.js';

/** Gradients of one shard, in `variables` order, with its summed loss and correct count. */
export interface ShardGradients {
  grads: tf.Tensor[];
  lossSum: tf.Scalar;
  hits: tf.Scalar;
}

/**
 * `[start, end)` of shard `index` of `threads` over a batch of `size`: contiguous, the first
 * `size % threads` shards one example longer, so shard 0 is never empty and the split is a
 * function of the batch size alone (runs with the same seed stay identical).
 */
export function shardBounds(size: number, threads: number, index: number): [number, number] {
  const base = Math.floor(size / threads);
  const extra = size % threads;
  const start = index * base + Math.min(index, extra);
  return [start, start + base + (index < extra ? 1 : 0)];
}

/**
 * Forward and backward pass over one shard in training mode. The loss is the SUM over the
 * shard's examples, not the mean: summing every shard's gradients and dividing by the batch
 * size gives exactly the mean-loss gradient of the whole batch.
 */
export function shardGradients(
  net: tf.LayersModel, variables: tf.Variable[], model: NetModel, classes: number,
  images: Float32Array, labels: Int32Array, size: number,
): ShardGradients {
  const probabilities = endsInSoftmax(model);
  return tf.tidy(() => {
    const x = inputTensor(images, size, model);
    const y = tf.tensor1d(labels, 'int32');
    let hits: tf.Scalar | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const output = net.apply(x, { training: true }) as tf.Tensor2D;
      hits = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(output, 1), y), 'int32')) as tf.Scalar);
      return tf.sum(crossEntropy(output, y, classes, probabilities)) as tf.Scalar;
    }, variables);
    return { grads: variables.map((v) => grads[v.name]), lossSum: value, hits: hits! };
  });
}

/** The network's trainable variables, in the order weights and gradients travel. */
export function trainableVariables(net: tf.LayersModel): tf.Variable[] {
  return net.trainableWeights.map((w) => w.read() as tf.Variable);
}

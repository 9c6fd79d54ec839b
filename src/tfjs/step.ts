/** One training step's forward and backward pass: the only place tfjs computes a loss's gradients. */
import * as tf from '@tensorflow/tfjs';
import { dropoutKeep } from '../train/dropout-mask.js';
import { dropoutStreams, outputKind } from './build.js';
import { crossEntropy, inputTensor } from './evaluate.js';

/** Gradients of one batch (or one shard of it), in `variables` order, with its loss and correct count. */
export interface StepGradients {
  grads: tf.Tensor[];
  /** The batch's mean loss, or its summed loss with reduction `sum`. */
  loss: tf.Scalar;
  hits: tf.Scalar;
}

/**
 * What a step's dropout masks are keyed by: the run's seed, the step over the whole run, and the
 * index in the batch of this call's first example (a data-parallel shard's offset).
 */
export interface DropoutKey {
  seed: number;
  step: number;
  offset: number;
}

/**
 * Forward and backward pass over `size` images in training mode. `mean` differentiates the
 * batch's mean loss (one thread); `sum` its summed loss, so that the shards of a data-parallel
 * step add up to the whole batch's gradient once divided by its size. Dropout layers draw their
 * masks as the compiled WebGPU engine does (Philox keyed by `dropout`, the layer and the
 * element's index in the batch), so a run repeats exactly on every engine and thread count.
 */
export function stepGradients(
  net: tf.LayersModel, variables: tf.Variable[], classes: number,
  images: Float32Array, labels: Int32Array, size: number, reduction: 'mean' | 'sum', dropout?: DropoutKey,
): StepGradients {
  const probabilities = outputKind(net) === 'probabilities';
  const layers = net.layers.filter((l) => l.getClassName() === 'Dropout') as unknown as DropoutLayer[];
  const calls = layers.map((layer) => layer.call);
  // each layer's stream is the plan's, whatever order a functional model lists its layers in
  const streams = dropoutStreams(net);
  if (dropout) layers.forEach((layer) => { layer.call = keyedDropout(layer, streams.get(layer.name)!, dropout); });
  try {
    return gradients(net, variables, classes, images, labels, size, reduction, probabilities);
  } finally {
    layers.forEach((layer, i) => { layer.call = calls[i]!; });
  }
}

/** The parts of tfjs-layers' Dropout that this file reads and replaces (not in the public typings). */
interface DropoutLayer {
  name: string;
  rate: number;
  call: (inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }) => tf.Tensor;
}

/** A Dropout call that multiplies by the mask of `key` (x · mask/keep, as tfjs's own dropout scales it). */
function keyedDropout(layer: DropoutLayer, stream: number, key: DropoutKey): DropoutLayer['call'] {
  return (inputs, kwargs) => {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    if (!kwargs.training || layer.rate <= 0) return x;
    const perExample = x.size / x.shape[0]!;
    const first = key.offset * perExample;
    const scale = 1 / (1 - layer.rate);
    const mask = new Float32Array(x.size);
    for (let i = 0; i < mask.length; i++) mask[i] = dropoutKeep(key.seed, key.step, stream, first + i, layer.rate) ? scale : 0;
    return tf.mul(x, tf.tensor(mask, x.shape));
  };
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

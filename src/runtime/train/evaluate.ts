/** Loss and accuracy of a model on a split, in batches, without keeping tensors around. */
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../../model.js';
import { makeBatch, type ImageSplit } from './batches.js';
import { softmaxCrossEntropy } from './cross-entropy.js';

/** What one pass over a split measured. */
export interface Evaluation {
  /** Mean cross-entropy per example. */
  loss: number;
  accuracy: number;
  /** confusion[true][predicted] counts. */
  confusion: number[][];
}

/**
 * Whether the network already ends in softmax: then the loss takes log of its output
 * instead of log-softmax of logits (the spec may write either, d2l's LeNet ends in logits).
 */
export function endsInSoftmax(model: NetModel): boolean {
  const last = model.layers[model.layers.length - 1];
  return (last.kind === 'dense' || last.kind === 'activation') && last.activation === 'softmax';
}

/** Per-example cross-entropy of the network's `output` against integer `labels`. */
export function crossEntropy(output: tf.Tensor, labels: tf.Tensor1D, classes: number, probabilities: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    if (!probabilities) return softmaxCrossEntropy(output as tf.Tensor2D, labels, classes);
    const logp = tf.log(tf.clipByValue(output, 1e-7, 1));
    return tf.neg(tf.sum(tf.mul(tf.oneHot(labels, classes), logp), 1)) as tf.Tensor1D;
  });
}

/** The network's input tensor for `images` (size×H×W floats). */
export function inputTensor(images: Float32Array, size: number, model: NetModel): tf.Tensor4D {
  const [h, w, c] = model.input;
  return tf.tensor4d(images, [size, h, w, c]);
}

/** Evaluates `net` (inference mode) on all of `split`, `batchSize` images at a time. */
export async function evaluate(net: tf.LayersModel, model: NetModel, split: ImageSplit, classes: number, batchSize: number): Promise<Evaluation> {
  const probabilities = endsInSoftmax(model);
  const order = Uint32Array.from({ length: split.count }, (_, i) => i);
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < split.count; start += batchSize) {
    const batch = makeBatch(split, order, start, Math.min(start + batchSize, split.count));
    const [losses, predicted] = tf.tidy(() => {
      const output = net.apply(inputTensor(batch.images, batch.size, model), { training: false }) as tf.Tensor2D;
      return [crossEntropy(output, tf.tensor1d(batch.labels, 'int32'), classes, probabilities), tf.argMax(output, 1)];
    });
    const [lossValues, predictedValues] = await Promise.all([losses.data(), predicted.data()]);
    tf.dispose([losses, predicted]);
    for (let i = 0; i < batch.size; i++) {
      lossSum += lossValues[i];
      const truth = batch.labels[i];
      const guess = predictedValues[i];
      confusion[truth][guess]++;
      if (truth === guess) correct++;
    }
  }
  const n = Math.max(split.count, 1);
  return { loss: lossSum / n, accuracy: correct / n, confusion };
}

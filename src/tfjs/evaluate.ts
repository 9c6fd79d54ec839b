/** The loss, and loss and accuracy of a tfjs network on a split, in batches, without keeping tensors around. */
import * as tf from '@tensorflow/tfjs';
import type { ImageSplit } from '../train/data/split.js';
import { outputKind } from './build.js';
import { gatherBatch } from '../train/batches.js';
import { softmaxCrossEntropy } from './cross-entropy.js';
import type { Evaluation } from '../train/trainer.js';

/**
 * Per-example cross-entropy of the network's `output` against integer `labels`. With
 * `probabilities` (a network whose plan says it outputs probabilities) the output is taken as
 * probabilities; otherwise as logits.
 */
export function crossEntropy(output: tf.Tensor, labels: tf.Tensor1D, classes: number, probabilities: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    if (!probabilities) return softmaxCrossEntropy(output as tf.Tensor2D, labels, classes);
    const logp = tf.log(tf.clipByValue(output, 1e-7, 1));
    return tf.neg(tf.sum(tf.mul(tf.oneHot(labels, classes), logp), 1)) as tf.Tensor1D;
  });
}

/** The input tensor of `net` for `images` (size×H×W floats). */
export function inputTensor(net: tf.LayersModel, images: Float32Array, size: number): tf.Tensor4D {
  const [, h, w, c] = net.inputs[0].shape as [null, number, number, number];
  return tf.tensor4d(images, [size, h, w, c]);
}

/** Evaluates `net` (inference mode) on all of `split`, `batchSize` images at a time. */
export async function evaluate(net: tf.LayersModel, split: ImageSplit, classes: number, batchSize: number): Promise<Evaluation> {
  const probabilities = outputKind(net) === 'probabilities';
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < split.count; start += batchSize) {
    const indices = Uint32Array.from({ length: Math.min(batchSize, split.count - start) }, (_, i) => start + i);
    const batch = gatherBatch(split, indices);
    const [losses, predicted] = tf.tidy(() => {
      const output = net.apply(inputTensor(net, batch.images, batch.size), { training: false }) as tf.Tensor2D;
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

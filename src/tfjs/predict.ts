/** Class probabilities of a trained network for a batch of inputs, in inference mode. */
import * as tf from '@tensorflow/tfjs';
import { outputKind } from './build.js';

/** One class of a prediction. */
export interface ClassScore {
  /** The class's index: the label. */
  label: number;
  probability: number;
}

/**
 * The class probabilities of `count` inputs (`images`, channels last, the network's input
 * size each): the softmax of the network's output, unless its plan says it outputs probabilities.
 * One row of `classes` values per input.
 */
export async function classProbabilities(net: tf.LayersModel, images: Float32Array, count: number): Promise<Float32Array> {
  const [, h, w, c] = net.inputs[0]!.shape as [null, number, number, number];
  const softmax = outputKind(net) === 'logits';
  const output = tf.tidy(() => {
    const scores = net.predict(tf.tensor4d(images, [count, h, w, c])) as tf.Tensor2D;
    return softmax ? tf.softmax(scores) : scores;
  });
  const data = (await output.data()) as Float32Array;
  output.dispose();
  return data;
}

/** The `k` most probable classes of one row of probabilities, most probable first. */
export function topClasses(probabilities: Float32Array, k: number): ClassScore[] {
  return [...probabilities]
    .map((probability, label) => ({ label, probability }))
    .sort((a, b) => b.probability - a.probability || a.label - b.label)
    .slice(0, k);
}

/**
 * Kernels lenetc defines itself, which tfjs does not have: their names, inputs and attributes,
 * and the arithmetic a backend's implementation shares. The layers that use them (tfjs/fused.ts,
 * train/cross-entropy.ts) run tfjs's ops instead where the active backend registers none.
 */

/**
 * dy through a fused layer's activation, from the layer's output: inputs dy and y, attribute
 * `activation`; one pass for what tfjs's ops do in two or three.
 */
export const ACTIVATION_GRAD = 'LenetcActivationGrad';

/** The activations ACTIVATION_GRAD differentiates. */
export type GradActivation = 'relu' | 'sigmoid';

/** Inputs logits [n, c] float32 and labels [n] int32; output the losses [n]. */
export const SOFTMAX_CROSS_ENTROPY = 'LenetcSoftmaxCrossEntropy';

/** Inputs logits, labels and dy [n]; output dlogits [n, c] = dy · (softmax − one-hot). */
export const SOFTMAX_CROSS_ENTROPY_GRAD = 'LenetcSoftmaxCrossEntropyGrad';

/**
 * The arithmetic both softmax cross-entropy kernels share, on plain arrays (in doubles): the
 * losses into `losses`, or with `dy` the logits' gradient into `grad`. A label outside
 * [0, classes) gives loss and gradient 0, as a one-hot row of zeros does.
 */
export function softmaxCrossEntropyRows(
  logits: Float32Array, labels: Int32Array, classes: number,
  out: { losses: Float32Array } | { dy: Float32Array; grad: Float32Array },
): void {
  for (let i = 0; i < labels.length; i++) {
    const row = i * classes;
    let max = -Infinity;
    for (let j = 0; j < classes; j++) max = Math.max(max, logits[row + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[row + j] - max);
    const logSum = max + Math.log(sum);
    const label = labels[i];
    const valid = label >= 0 && label < classes;
    if ('losses' in out) {
      out.losses[i] = valid ? logSum - logits[row + label] : 0;
    } else {
      for (let j = 0; j < classes; j++) {
        out.grad[row + j] = valid ? out.dy[i] * (Math.exp(logits[row + j] - logSum) - (j === label ? 1 : 0)) : 0;
      }
    }
  }
}

/**
 * Softmax cross-entropy of logits against integer labels, per example. tfjs has no kernel for
 * it: its ops (logSoftmax, oneHot, multiply, sum, neg) and their gradients are some 25 kernel
 * calls on a [batch, classes] tensor, each a fixed cost of JavaScript that dwarfs the
 * arithmetic. A backend may register SOFTMAX_CROSS_ENTROPY and its gradient kernel (lenetc's
 * wasm kernels do) to make it two; elsewhere the ops run.
 */
import * as tf from '@tensorflow/tfjs';

/** Inputs logits [n, c] float32 and labels [n] int32; output the losses [n]. */
export const SOFTMAX_CROSS_ENTROPY = 'LenetcSoftmaxCrossEntropy';
/** Inputs logits, labels and dy [n]; output dlogits [n, c] = dy · (softmax − one-hot). */
export const SOFTMAX_CROSS_ENTROPY_GRAD = 'LenetcSoftmaxCrossEntropyGrad';

let registered = false;

/**
 * −log softmax(logits)[label] for each row; a label outside [0, classes) gives 0, as a one-hot
 * row of zeros does.
 */
export function softmaxCrossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Tensor1D {
  if (logits.shape[1] === classes && tf.getKernel(SOFTMAX_CROSS_ENTROPY, tf.getBackend()) && tf.getKernel(SOFTMAX_CROSS_ENTROPY_GRAD, tf.getBackend())) {
    registerGradient();
    return tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY, { logits, labels }, {}) as tf.Tensor1D;
  }
  return tf.tidy(() => tf.neg(tf.sum(tf.mul(tf.oneHot(labels, classes), tf.logSoftmax(logits)), 1)) as tf.Tensor1D);
}

function registerGradient(): void {
  if (registered) return;
  registered = true;
  tf.registerGradient({
    kernelName: SOFTMAX_CROSS_ENTROPY,
    inputsToSave: ['logits', 'labels'],
    gradFunc: (dy, saved) => {
      const [logits, labels] = saved;
      return {
        logits: () => tf.engine().runKernel(SOFTMAX_CROSS_ENTROPY_GRAD, { logits, labels, dy: dy as tf.Tensor }, {}) as tf.Tensor,
        labels: () => tf.zerosLike(labels),
      };
    },
  });
}

/**
 * The arithmetic both kernels share, on plain arrays (in doubles): the losses into `losses`,
 * or with `dy` the logits' gradient into `grad`.
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

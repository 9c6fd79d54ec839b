/**
 * Softmax cross-entropy of logits against integer labels, per example. tfjs has no kernel for
 * it: its ops (logSoftmax, oneHot, multiply, sum, neg) and their gradients are some 25 kernel
 * calls on a [batch, classes] tensor, each a fixed cost of JavaScript that dwarfs the
 * arithmetic. A backend may register SOFTMAX_CROSS_ENTROPY and its gradient kernel (lenetc's
 * wasm kernels do) to make it two; elsewhere the ops run.
 */
import * as tf from '@tensorflow/tfjs';
import { SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY_GRAD } from './kernels/custom.js';

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

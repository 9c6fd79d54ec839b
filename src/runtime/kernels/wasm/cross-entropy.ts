/** The training loss's kernels on wasm (see train/cross-entropy.ts): a few hundred floats, in JavaScript on the heap. */
import * as tf from '@tensorflow/tfjs';
import { SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY_GRAD, softmaxCrossEntropyRows } from '../../train/cross-entropy.js';
import type { WasmKernelArgs } from './shipped.js';

export const softmaxCrossEntropyConfig: tf.KernelConfig = {
  kernelName: SOFTMAX_CROSS_ENTROPY,
  backendName: 'wasm',
  kernelFunc: (({ inputs: { logits, labels }, backend }: WasmKernelArgs) => {
    const losses = backend.makeOutput([logits.shape[0]], 'float32');
    softmaxCrossEntropyRows(
      backend.typedArrayFromHeap(logits) as Float32Array, backend.typedArrayFromHeap(labels) as Int32Array, logits.shape[1],
      { losses: backend.typedArrayFromHeap(losses) as Float32Array },
    );
    return losses;
  }) as unknown as tf.KernelFunc,
};

export const softmaxCrossEntropyGradConfig: tf.KernelConfig = {
  kernelName: SOFTMAX_CROSS_ENTROPY_GRAD,
  backendName: 'wasm',
  kernelFunc: (({ inputs: { logits, labels, dy }, backend }: WasmKernelArgs) => {
    const grad = backend.makeOutput([...logits.shape], 'float32');
    softmaxCrossEntropyRows(
      backend.typedArrayFromHeap(logits) as Float32Array, backend.typedArrayFromHeap(labels) as Int32Array, logits.shape[1],
      { dy: backend.typedArrayFromHeap(dy) as Float32Array, grad: backend.typedArrayFromHeap(grad) as Float32Array },
    );
    return grad;
  }) as unknown as tf.KernelFunc,
};

/** The training loss's kernels on wasm (see ../custom.ts): a few hundred floats, in JavaScript on the heap. */
import { SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY_GRAD, softmaxCrossEntropyRows } from '../custom.js';
import { wasmKernel } from './kernel.js';

/** The losses [n] of logits [n, c] against labels [n]. */
export const softmaxCrossEntropy = wasmKernel(SOFTMAX_CROSS_ENTROPY, ({ inputs: { logits, labels }, backend }) => {
  const losses = backend.makeOutput([logits.shape[0]], 'float32');
  softmaxCrossEntropyRows(
    backend.typedArrayFromHeap(logits) as Float32Array, backend.typedArrayFromHeap(labels) as Int32Array, logits.shape[1],
    { losses: backend.typedArrayFromHeap(losses) as Float32Array },
  );
  return losses;
});

/** dlogits [n, c] = dy · (softmax − one-hot). */
export const softmaxCrossEntropyGrad = wasmKernel(SOFTMAX_CROSS_ENTROPY_GRAD, ({ inputs: { logits, labels, dy }, backend }) => {
  const grad = backend.makeOutput([...logits.shape], 'float32');
  softmaxCrossEntropyRows(
    backend.typedArrayFromHeap(logits) as Float32Array, backend.typedArrayFromHeap(labels) as Int32Array, logits.shape[1],
    { dy: backend.typedArrayFromHeap(dy) as Float32Array, grad: backend.typedArrayFromHeap(grad) as Float32Array },
  );
  return grad;
});

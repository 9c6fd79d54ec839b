/**
 * The gradient of a fused layer's relu or sigmoid from the layer's output (tfjs/fused.ts)
 * as one SIMD pass: tfjs's ops take Step and Multiply for relu, and Sub, Multiply and Multiply
 * (one of them a scalar broadcast) for sigmoid, each a kernel call and a pass over memory.
 */
import * as tf from '@tensorflow/tfjs';
import { ACTIVATION_GRAD } from '../custom.js';
import { offsetOf, wasmKernel } from './kernel.js';
import { ACTIVATION_GRAD_OP } from './simd/ops.js';
import { simdKernels } from './simd/index.js';

/** lenetc's ACTIVATION_GRAD kernel on wasm; without the SIMD module, the same arithmetic in a loop. */
export const activationGrad = wasmKernel(ACTIVATION_GRAD, ({ inputs: { dy, y }, backend, attrs }) => {
  const op = ACTIVATION_GRAD_OP[attrs.activation];
  const size = tf.util.sizeFromShape(dy.shape);
  const out = backend.makeOutput([...dy.shape], 'float32');
  const simd = simdKernels(backend);
  if (simd) {
    const at = offsetOf(backend);
    simd.activationGrad(op, at(dy), at(y), at(out), size);
    return out;
  }
  const [g, v, o] = [dy, y, out].map((t) => backend.typedArrayFromHeap(t) as Float32Array);
  const relu = op === ACTIVATION_GRAD_OP.relu;
  for (let i = 0; i < size; i++) o[i] = g[i] * (relu ? (v[i] > 0 ? 1 : 0) : v[i] * (1 - v[i]));
  return out;
});

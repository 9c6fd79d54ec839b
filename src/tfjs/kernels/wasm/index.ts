/** lenetc's training kernels for tfjs's wasm backend: what 4.22 lacks, and what it does slowly. */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { registerOverrides, type Registration } from '../override.js';
import { activationGrad } from './activation-grad.js';
import { conv2D, fusedConv2D } from './conv.js';
import { conv2DBackpropFilter, conv2DBackpropInput } from './conv-backprop.js';
import { softmaxCrossEntropy, softmaxCrossEntropyGrad } from './cross-entropy.js';
import { add, multiply, sub } from './elementwise.js';
import { cast, identity } from './identity.js';
import { WASM } from './kernel.js';
import { batchMatMul, fusedMatMul } from './matmul.js';
import { padV2 } from './pad.js';
import { avgPoolGrad, maxPoolGrad } from './pool.js';
import { mean, sum } from './reduce.js';
import { simdLoadError } from './simd/index.js';
import { slice } from './slice.js';
import { tile } from './tile.js';

/**
 * Conv2DBackpropFilter, a faster Conv2DBackpropInput, a BatchMatMul that keeps transposed
 * products on XNNPACK, a MaxPoolGrad that is right for negative windows, and faster
 * AvgPoolGrad, PadV2, Slice, Tile, Sum and Mean over leading axes, the fused layers' activation
 * gradient, the softmax cross-entropy and its gradient, one-channel Conv2D and FusedConv2D, a
 * rank-2 _FusedMatMul, per-channel Add, Multiply and Sub, and an Identity and same-dtype Cast
 * that do not copy.
 */
const WASM_KERNELS = [
  conv2DBackpropFilter, conv2DBackpropInput, batchMatMul, maxPoolGrad, avgPoolGrad, padV2, slice, sum, mean, tile,
  activationGrad, softmaxCrossEntropy, softmaxCrossEntropyGrad, conv2D, fusedConv2D, fusedMatMul,
  add, multiply, sub, identity, cast,
];

/**
 * Registers lenetc's wasm kernels (above) on the active wasm backend, which they wrap, and
 * loads lenetc's SIMD module on its memory. `backendVersion` is tfjs-backend-wasm's
 * (`version_wasm`): on a tfjs other than the one they were written for, tfjs's kernels stay.
 * The note says what is not in place: the kernels, or the SIMD module (with why), whose
 * absence sends every kernel to its slower JavaScript path. Idempotent.
 */
export function registerWasmKernels(backendVersion: string): Registration {
  const registration = registerOverrides(WASM, WASM_KERNELS, { 'tfjs-core': tf.version_core, 'tfjs-backend-wasm': backendVersion });
  const simd = simdLoadError(tf.backend() as BackendWasm);
  const notes = [registration.note, simd && `lenetc's SIMD kernels did not load (${simd}): its kernels run in JavaScript`];
  return { kernels: registration.kernels, note: notes.filter(Boolean).join('; ') || undefined };
}

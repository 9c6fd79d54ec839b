/**
 * Identity, and Cast to the dtype a tensor already has, as a second reference to the same
 * data, as tfjs's cpu and GPU backends do them. The shipped wasm kernels copy: tfjs-core clones
 * every custom-gradient output (fused conv2d, fused matMul) and casts every ReLU gradient's
 * float32 mask to float32, a full copy of an activation each (~1 ms of a LeNet step at batch
 * 128). Tensor data is never written in place, and the backend frees shared data at its last
 * reference.
 */
import type * as tf from '@tensorflow/tfjs';
import { wasmKernel, type WasmArgs } from './kernel.js';

/** Identity of any dtype but string, as a second reference. */
export const identity = wasmKernel('Identity', (args) => (args.inputs.x.dtype === 'string' ? undefined : share(args)));

/** Cast to the dtype a tensor has (not string), as a second reference; others go to the stock kernel. */
export const cast = wasmKernel('Cast', (args) => (args.inputs.x.dtype === args.attrs.dtype && args.attrs.dtype !== 'string' ? share(args) : undefined));

function share({ inputs: { x }, backend }: WasmArgs<'Identity' | 'Cast'>): tf.TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: [...x.shape], dtype: x.dtype };
}

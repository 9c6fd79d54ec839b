/**
 * Identity, and Cast to the dtype a tensor already has, as a second reference to the same
 * data, as tfjs's cpu and GPU backends do them. The shipped wasm kernels copy: tfjs-core clones
 * every custom-gradient output (fused conv2d, fused matMul) and casts every ReLU gradient's
 * float32 mask to float32, a full copy of an activation each (~1 ms of a LeNet step at batch
 * 128). Tensor data is never written in place, and the backend frees shared data at its last
 * reference.
 */
import * as tf from '@tensorflow/tfjs';
import { replaceShipped, type WasmKernelArgs } from './shipped.js';

export function identityConfig(): tf.KernelConfig {
  return replaceShipped(tf.Identity, (args, shipped) => (args.inputs.x.dtype === 'string' ? shipped(args) : share(args)));
}

export function castConfig(): tf.KernelConfig {
  return replaceShipped(tf.Cast, (args, shipped) => {
    const { dtype } = args.attrs as unknown as { dtype: tf.DataType };
    return args.inputs.x.dtype === dtype && dtype !== 'string' ? share(args) : shipped(args);
  });
}

function share({ inputs: { x }, backend }: WasmKernelArgs): tf.TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: [...x.shape], dtype: x.dtype };
}

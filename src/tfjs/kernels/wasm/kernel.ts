/** The kernel helper (../override.ts) bound to the wasm backend, and the heap every kernel here reads. */
import type * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  override, registeredKernel, stockKernel,
  type KernelArgs, type KernelName, type KernelOverride, type OverrideFunc, type TypedKernel,
} from '../override.js';

/** Kernel K's arguments on the wasm backend. */
export type WasmArgs<K extends KernelName> = KernelArgs<K, BackendWasm>;

/** Kernel K's function on the wasm backend. */
export type WasmKernel<K extends KernelName> = TypedKernel<K, BackendWasm>;

/** lenetc's kernel K on the wasm backend; see OverrideFunc. */
export function wasmKernel<K extends KernelName>(kernelName: K, run: OverrideFunc<K, BackendWasm>): KernelOverride<BackendWasm> {
  return override(kernelName, run);
}

/** tfjs's own wasm kernel K (XNNPACK's, where lenetc replaced it). */
export function stock<K extends KernelName>(kernelName: K): WasmKernel<K> {
  return stockKernel(WASM, kernelName);
}

/** Runs the wasm kernel K registered now (lenetc's where it replaced tfjs's) from inside another kernel. */
export function call<K extends KernelName>(kernelName: K, args: WasmArgs<K>): tf.TensorInfo {
  return registeredKernel<K, BackendWasm>(WASM, kernelName)(args);
}

/** The whole wasm heap as floats; index it with `backend.getMemoryOffset(dataId) / 4`. */
export function heapF32(backend: BackendWasm): Float32Array {
  return (backend.wasm as unknown as { HEAPF32: Float32Array }).HEAPF32;
}

/** Byte offsets of tensors on the heap, as the SIMD kernels take them. */
export function offsetOf(backend: BackendWasm): (t: tf.TensorInfo) => number {
  return (t) => backend.getMemoryOffset(t.dataId);
}

/** The backend name tfjs registers wasm kernels under. */
export const WASM = 'wasm';

/** Replacing a kernel the wasm backend ships, keeping it for the cases lenetc's version leaves to it. */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** A wasm kernel's arguments, typed for the wasm backend. */
export interface WasmKernelArgs {
  inputs: Record<string, tf.TensorInfo>;
  backend: BackendWasm;
  attrs: tf.NamedAttrMap;
}

/** A wasm kernel function, typed for the wasm backend. */
export type WasmKernelFunc = (args: WasmKernelArgs) => tf.TensorInfo;

/**
 * A config that replaces the shipped wasm kernel `name` with `fast`, which gets the shipped
 * kernel function to call for inputs it does not cover.
 */
export function replaceShipped(name: string, fast: (args: WasmKernelArgs, shipped: WasmKernelFunc) => tf.TensorInfo): tf.KernelConfig {
  const config = tf.getKernel(name, 'wasm');
  if (!config) throw new Error(`the wasm backend has no ${name} kernel to replace`);
  const shipped = config.kernelFunc as unknown as WasmKernelFunc;
  // keep the shipped setupFunc: it binds the C function the fallback calls
  return { ...config, kernelFunc: ((args: WasmKernelArgs) => fast(args, shipped)) as unknown as tf.KernelFunc };
}

/** The registered wasm kernel `name` (lenetc's where it replaced one) on `inputs`, without attributes. */
export function runWasmKernel(name: string, inputs: Record<string, tf.TensorInfo>, backend: BackendWasm): tf.TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`the wasm backend has no ${name} kernel`);
  return kernel.kernelFunc({ inputs, backend, attrs: {} } as unknown as Parameters<tf.KernelFunc>[0]) as tf.TensorInfo;
}

/** The whole wasm heap as floats; index it with `backend.getMemoryOffset(dataId) / 4`. */
export function heapF32(backend: BackendWasm): Float32Array {
  return (backend.wasm as unknown as { HEAPF32: Float32Array }).HEAPF32;
}

/**
 * lenetc's training kernels for tfjs's WebGPU backend: faster Conv2DBackpropFilter, AvgPoolGrad
 * and MaxPoolGrad. Each replaces the stock kernel and hands the cases it does not cover back to
 * it, so registering them never loses a capability.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2DBackpropFilter } from './conv2d-backprop-filter.js';
import { avgPoolGrad, maxPoolGrad } from './pool-grad.js';
import type { WebGPUBackend } from './program.js';

/** A kernel of ours: its result, or undefined where the stock kernel should run instead. */
type OurKernel = (args: { inputs: tf.NamedTensorInfoMap; backend: WebGPUBackend; attrs: never }) => tf.TensorInfo | undefined;

const OURS: Record<string, OurKernel> = {
  Conv2DBackpropFilter: conv2DBackpropFilter as OurKernel,
  AvgPoolGrad: avgPoolGrad as OurKernel,
  MaxPoolGrad: maxPoolGrad as OurKernel,
};

/** The kernel names registerWebGPUKernels replaces. */
export const WEBGPU_KERNEL_NAMES: readonly string[] = Object.keys(OURS);

/** The stock configs we replaced, kept for fallback and for unregisterWebGPUKernels. */
const stock = new Map<string, tf.KernelConfig>();

/** Calls per kernel name since registration: how many ran ours and how many fell back to stock. */
const calls = new Map<string, { ours: number; stock: number }>();

/** How often each replaced kernel ran ours or fell back (tests use it to prove ours ran). */
export function webGPUKernelCalls(): Record<string, { ours: number; stock: number }> {
  return Object.fromEntries([...calls].map(([name, c]) => [name, { ...c }]));
}

/**
 * Registers our kernels for the `webgpu` backend in place of the stock ones. Call it after
 * tfjs-backend-webgpu has been imported (its import registers the stock kernels, and would
 * overwrite ours). Idempotent; returns the names now served by our kernels.
 */
export function registerWebGPUKernels(): string[] {
  const registered: string[] = [];
  for (const [name, ours] of Object.entries(OURS)) {
    if (stock.has(name)) {
      registered.push(name);
      continue;
    }
    const original = tf.getKernel(name, 'webgpu');
    if (!original) continue; // the backend package is not loaded: nothing to replace or fall back to
    stock.set(name, original);
    const fallback = original.kernelFunc;
    const count = { ours: 0, stock: 0 };
    calls.set(name, count);
    const kernelFunc: tf.KernelFunc = (args) => {
      const result = ours(args as Parameters<OurKernel>[0]);
      if (result) {
        count.ours++;
        return result;
      }
      count.stock++;
      return fallback(args);
    };
    tf.unregisterKernel(name, 'webgpu');
    tf.registerKernel({ kernelName: name, backendName: 'webgpu', kernelFunc });
    registered.push(name);
  }
  return registered;
}

/** Puts the stock kernels back (for measuring what ours gain). */
export function unregisterWebGPUKernels(): void {
  for (const [name, original] of stock) {
    tf.unregisterKernel(name, 'webgpu');
    tf.registerKernel(original);
  }
  stock.clear();
}

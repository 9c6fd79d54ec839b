/**
 * lenetc's training kernels for tfjs's WebGPU backend: faster Conv2DBackpropFilter, AvgPoolGrad
 * and MaxPoolGrad. Each replaces the stock kernel and hands the cases it does not cover back to
 * it, so registering them never loses a capability.
 */
import * as tf from '@tensorflow/tfjs';
import { overrideCalls, registerOverrides, restoreStockKernels, type KernelCalls, type Registration } from '../override.js';
import { conv2DBackpropFilter } from './conv2d-backprop-filter.js';
import { avgPoolGrad, maxPoolGrad } from './pool-grad.js';

const WEBGPU = 'webgpu';

const WEBGPU_KERNELS = [conv2DBackpropFilter, avgPoolGrad, maxPoolGrad];

/** The kernel names registerWebGPUKernels replaces. */
export const WEBGPU_KERNEL_NAMES: readonly string[] = WEBGPU_KERNELS.map((k) => k.kernelName);

/** How often each replaced kernel ran ours or fell back (tests use it to prove ours ran). */
export function webGPUKernelCalls(): Record<string, KernelCalls> {
  return overrideCalls(WEBGPU);
}

/**
 * Registers our kernels for the `webgpu` backend in place of the stock ones. Call it after
 * tfjs-backend-webgpu has been imported (its import registers the stock kernels, and would
 * overwrite ours); `backendVersion` is that package's (`version_webgpu`): on a tfjs other than
 * the one they were written for, tfjs's kernels stay and the note says so. Idempotent.
 */
export function registerWebGPUKernels(backendVersion: string): Registration {
  return registerOverrides(WEBGPU, WEBGPU_KERNELS, { 'tfjs-core': tf.version_core, 'tfjs-backend-webgpu': backendVersion });
}

/** Puts the stock kernels back (for measuring what ours gain). */
export function unregisterWebGPUKernels(): void {
  restoreStockKernels(WEBGPU);
}

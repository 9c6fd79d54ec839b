/** lenetc's training kernels for tfjs's wasm backend: what 4.22 lacks, and what it does slowly. */
import * as tf from '@tensorflow/tfjs';
import { conv2DBackpropFilterConfig, conv2DBackpropInputConfig } from './conv-backprop.js';
import { batchMatMulConfig } from './matmul.js';

let registered = false;

/**
 * Registers lenetc's wasm kernels (Conv2DBackpropFilter, a faster Conv2DBackpropInput, and a
 * BatchMatMul that keeps transposed products on XNNPACK). Idempotent; needs
 * @tensorflow/tfjs-backend-wasm loaded, since it wraps that backend's own kernels.
 */
export function registerWasmKernels(): void {
  if (registered) return;
  const configs = [conv2DBackpropFilterConfig, conv2DBackpropInputConfig, batchMatMulConfig()];
  for (const config of configs) {
    // replacing a shipped kernel: unregister first, or tfjs warns and keeps both entries' setup
    if (tf.getKernel(config.kernelName, 'wasm')) tf.unregisterKernel(config.kernelName, 'wasm');
    tf.registerKernel(config);
  }
  registered = true;
}

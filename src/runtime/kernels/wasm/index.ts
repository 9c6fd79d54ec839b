/** lenetc's training kernels for tfjs's wasm backend: what 4.22 lacks, and what it does slowly. */
import * as tf from '@tensorflow/tfjs';
import { activationGradConfig } from './activation-grad.js';
import { conv2DConfig, fusedConv2DConfig } from './conv.js';
import { softmaxCrossEntropyConfig, softmaxCrossEntropyGradConfig } from './cross-entropy.js';
import { conv2DBackpropFilterConfig, conv2DBackpropInputConfig } from './conv-backprop.js';
import { addConfig, multiplyConfig, subConfig } from './elementwise.js';
import { castConfig, identityConfig } from './identity.js';
import { batchMatMulConfig, fusedMatMulConfig } from './matmul.js';
import { padV2Config } from './pad.js';
import { avgPoolGradConfig, maxPoolGradConfig } from './pool.js';
import { meanConfig, sumConfig } from './reduce.js';
import { tileConfig } from './tile.js';

let registered = false;

/**
 * Registers lenetc's wasm kernels: Conv2DBackpropFilter, a faster Conv2DBackpropInput, a
 * BatchMatMul that keeps transposed products on XNNPACK, a MaxPoolGrad that is right for
 * negative windows, and faster AvgPoolGrad, PadV2, Tile, Sum and Mean over leading axes,
 * the fused layers' activation gradient, the softmax cross-entropy and its gradient, one-channel Conv2D and FusedConv2D, a rank-2 _FusedMatMul, per-channel Add, Multiply and Sub, and an Identity and same-dtype Cast that do not copy. Idempotent; needs
 * @tensorflow/tfjs-backend-wasm loaded, since it wraps that backend's own kernels.
 */
export function registerWasmKernels(): void {
  if (registered) return;
  const configs = [
    conv2DBackpropFilterConfig, conv2DBackpropInputConfig, batchMatMulConfig(),
    maxPoolGradConfig(), avgPoolGradConfig(), padV2Config(), sumConfig(), meanConfig(), tileConfig(),
    activationGradConfig, softmaxCrossEntropyConfig, softmaxCrossEntropyGradConfig, conv2DConfig(), fusedConv2DConfig(), fusedMatMulConfig(), addConfig(), multiplyConfig(), subConfig(), identityConfig(), castConfig(),
  ];
  for (const config of configs) {
    // replacing a shipped kernel: unregister first, or tfjs warns and keeps both entries' setup
    if (tf.getKernel(config.kernelName, 'wasm')) tf.unregisterKernel(config.kernelName, 'wasm');
    tf.registerKernel(config);
  }
  registered = true;
}

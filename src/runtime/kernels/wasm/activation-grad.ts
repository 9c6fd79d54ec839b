/**
 * The gradient of a fused layer's relu or sigmoid from the layer's output (runtime/fused.ts)
 * as one SIMD pass: tfjs's ops take Step and Multiply for relu, and Sub, Multiply and Multiply
 * (one of them a scalar broadcast) for sigmoid, each a kernel call and a pass over memory.
 */
import * as tf from '@tensorflow/tfjs';
import { ACTIVATION_GRAD } from '../../fused.js';
import { simdKernels } from './simd/index.js';
import type { WasmKernelArgs } from './shipped.js';

/** lenetc's ACTIVATION_GRAD kernel on wasm; without the SIMD module, the same arithmetic in a loop. */
export const activationGradConfig: tf.KernelConfig = {
  kernelName: ACTIVATION_GRAD,
  backendName: 'wasm',
  kernelFunc: ((args: WasmKernelArgs) => {
    const { inputs: { dy, y }, backend, attrs } = args;
    const op = attrs.activation === 'relu' ? 0 : 1;
    const size = tf.util.sizeFromShape(dy.shape);
    const out = backend.makeOutput([...dy.shape], 'float32');
    const simd = simdKernels(backend);
    if (simd) {
      simd.activationGrad(op, backend.getMemoryOffset(dy.dataId), backend.getMemoryOffset(y.dataId), backend.getMemoryOffset(out.dataId), size);
      return out;
    }
    const [g, v, o] = [dy, y, out].map((t) => backend.typedArrayFromHeap(t) as Float32Array);
    for (let i = 0; i < size; i++) o[i] = g[i] * (op === 0 ? (v[i] > 0 ? 1 : 0) : v[i] * (1 - v[i]));
    return out;
  }) as unknown as tf.KernelFunc,
};

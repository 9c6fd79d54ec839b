/**
 * Value checks of lenetc's WebGPU kernels against tfjs's cpu backend: the gradients of conv2d
 * (filter), avgPool and maxPool over strides, paddings, non-square kernels, batch 1 and odd
 * sizes. Shared by test/webgpu-kernels.test.ts and the GPU machine's entry (bench/gpu-entry.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { webGPUKernelCalls } from '../../src/tfjs/kernels/webgpu/index.js';

type Pad = 'same' | 'valid' | number | [[number, number], [number, number], [number, number], [number, number]];

/** One gradient to compare: which op, its input shape and attributes. */
export interface KernelCase {
  name: string;
  kernel: 'Conv2DBackpropFilter' | 'AvgPoolGrad' | 'MaxPoolGrad';
  x: [number, number, number, number];
  /** conv: [filterHeight, filterWidth, inChannels, outChannels]; pools: [height, width]. */
  filter: number[];
  strides: [number, number];
  pad: Pad;
}

/** What one case found. */
export interface CaseResult {
  name: string;
  kernel: string;
  maxAbsDiff: number;
  tolerance: number;
  /** Whether lenetc's kernel (not the stock fallback) computed it. */
  ours: boolean;
  pass: boolean;
}

const conv = (name: string, x: KernelCase['x'], filter: number[], strides: [number, number], pad: Pad): KernelCase =>
  ({ name, kernel: 'Conv2DBackpropFilter', x, filter, strides, pad });
const pools = (name: string, x: KernelCase['x'], size: [number, number], strides: [number, number], pad: Pad): KernelCase[] => [
  { name: `avg ${name}`, kernel: 'AvgPoolGrad', x, filter: size, strides, pad },
  { name: `max ${name}`, kernel: 'MaxPoolGrad', x, filter: size, strides, pad },
];

/** The cases: LeNet's own shapes, then the corners (stride 2, same/valid/explicit, non-square, batch 1, odd sizes). */
export const KERNEL_CASES: KernelCase[] = [
  conv('lenet conv1, explicit pad 2', [8, 28, 28, 1], [5, 5, 1, 6], [1, 1], [[0, 0], [2, 2], [2, 2], [0, 0]]),
  conv('lenet conv2, valid', [8, 14, 14, 6], [5, 5, 6, 16], [1, 1], 'valid'),
  conv('many chunks (batch 48, 28x28)', [48, 28, 28, 1], [5, 5, 1, 6], [1, 1], 'same'),
  conv('3x3 same, 3->4 channels', [2, 9, 9, 3], [3, 3, 3, 4], [1, 1], 'same'),
  conv('stride 2 valid, non-square 2x3', [3, 10, 11, 2], [2, 3, 2, 5], [2, 2], 'valid'),
  conv('stride 2x1 same, odd sizes', [5, 13, 9, 4], [3, 2, 4, 3], [2, 1], 'same'),
  conv('stride 2 same, batch 1', [1, 7, 7, 1], [3, 3, 1, 2], [2, 2], 'same'),
  conv('explicit uneven pad, stride 2', [2, 8, 7, 3], [3, 3, 3, 2], [2, 2], [[0, 0], [1, 0], [2, 1], [0, 0]]),
  conv('1x1 kernel', [2, 5, 6, 7], [1, 1, 7, 3], [1, 1], 'valid'),
  ...pools('lenet 2x2/2, 28x28x6', [16, 28, 28, 6], [2, 2], [2, 2], 'valid'),
  ...pools('2x2/2 same, odd 9x9', [2, 9, 9, 4], [2, 2], [2, 2], 'same'),
  ...pools('3x3/2 same, batch 1', [1, 7, 9, 2], [3, 3], [2, 2], 'same'),
  ...pools('overlapping 3x2/1 valid', [3, 6, 5, 1], [3, 2], [1, 1], 'valid'),
  ...pools('3x3/3 same, 5x5', [1, 5, 5, 1], [3, 3], [3, 3], 'same'),
  ...pools('3x3/1 pad 1', [2, 6, 6, 3], [3, 3], [1, 1], 1),
  ...pools('2x3/2x1 valid, 10 channels', [2, 7, 8, 10], [2, 3], [2, 1], 'valid'),
];

/** Deterministic values in [-1, 1) (mulberry32), identical on every backend. */
function values(count: number, seed: number): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return out;
}

/** The gradient the case's kernel computes, on the active backend, as a flat array. */
async function gradient(c: KernelCase, seed: number): Promise<Float32Array> {
  const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
  const result = tf.tidy(() => {
    const x = tf.tensor4d(values(size(c.x), seed), c.x);
    if (c.kernel === 'Conv2DBackpropFilter') {
      const f = tf.tensor4d(values(size(c.filter), seed + 1), c.filter as [number, number, number, number]);
      const outShape = tf.conv2d(x, f, c.strides, c.pad).shape;
      // a random upstream gradient, so every output position weighs differently
      const r = tf.tensor(values(size(outShape), seed + 2), outShape);
      return tf.grad((w: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, w as tf.Tensor4D, c.strides, c.pad), r)))(f);
    }
    const pool = c.kernel === 'AvgPoolGrad' ? tf.avgPool : tf.maxPool;
    const size2 = c.filter as [number, number];
    const pad = c.pad as 'same' | 'valid' | number;
    const outShape = pool(x, size2, c.strides, pad).shape;
    const r = tf.tensor(values(size(outShape), seed + 2), outShape);
    return tf.grad((input: tf.Tensor) => tf.sum(tf.mul(pool(input as tf.Tensor4D, size2, c.strides, pad), r)))(x);
  });
  const data = (await result.data()) as Float32Array;
  result.dispose();
  return data;
}

/**
 * Runs every case on the cpu backend and on `backend` (webgpu, whose kernels must already be
 * lenetc's; another backend only checks the cases themselves), and compares:
 * |backend - cpu| ≤ 2e-4 · max(1, max|cpu|) for every element. Leaves `backend` active.
 */
export async function checkWebGPUKernels(cases: KernelCase[] = KERNEL_CASES, backend = 'webgpu'): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    await tf.setBackend('cpu');
    const expected = await gradient(c, 1000 + 10 * i);
    await tf.setBackend(backend);
    const before = webGPUKernelCalls()[c.kernel]?.ours ?? 0;
    const actual = await gradient(c, 1000 + 10 * i);
    const ours = (webGPUKernelCalls()[c.kernel]?.ours ?? 0) > before;
    let maxAbsDiff = actual.length === expected.length ? 0 : Infinity;
    let scale = 1;
    for (let k = 0; k < expected.length && maxAbsDiff !== Infinity; k++) {
      scale = Math.max(scale, Math.abs(expected[k]));
      const diff = Math.abs(actual[k] - expected[k]);
      // NaN never compares greater, so count it explicitly
      maxAbsDiff = Number.isNaN(diff) ? Infinity : Math.max(maxAbsDiff, diff);
    }
    const tolerance = 2e-4 * scale;
    results.push({ name: c.name, kernel: c.kernel, maxAbsDiff, tolerance, ours, pass: (ours || backend !== 'webgpu') && maxAbsDiff <= tolerance });
  }
  return results;
}

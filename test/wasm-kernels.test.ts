/** lenetc's wasm kernels give the cpu backend's values, and a conv net trains on them. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { selectBackend } from '../src/node/backend.js';
import { ACTIVATION_GRAD } from '../src/tfjs/kernels/custom.js';
import { softmaxCrossEntropy } from '../src/tfjs/cross-entropy.js';
import { simdKernels, useSimdKernels } from '../src/tfjs/kernels/wasm/simd/index.js';

type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

interface ConvCase {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: [number, number];
  pad: Pad;
}

/** Deterministic values in [-1, 1) so both backends see the same inputs. */
function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 1073741824 - 1;
  }
  return out;
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** y = conv2d(x, W), and dx and dW of Σ y · dy through tfjs's gradient of conv2d, on the given backend. */
async function convGrads(backend: string, c: ConvCase): Promise<{ y: Float32Array; dx: Float32Array; dw: Float32Array }> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.tensor4d(values(size(c.x), 1), c.x);
    const w = tf.tensor4d(values(size(c.filter), 2), c.filter);
    const y = tf.conv2d(x, w, c.strides, c.pad);
    const dy = tf.tensor(values(size(y.shape), 3), y.shape);
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad), dy)))([x, w]);
    return { y: y.dataSync() as Float32Array, dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
  });
}

function assertClose(actual: Float32Array, expected: Float32Array, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  const scale = Math.max(1, ...Array.from(expected, Math.abs));
  for (let i = 0; i < expected.length; i++) {
    if (Math.abs(actual[i] - expected[i]) > 1e-4 * scale) {
      assert.fail(`${what}[${i}]: wasm ${actual[i]}, cpu ${expected[i]}`);
    }
  }
}

interface Result {
  shape: number[];
  dtype: string;
  data: Float32Array;
}

/** A tensor's shape, dtype and values (as floats), to compare across backends. */
function result(t: tf.Tensor): Result {
  return { shape: t.shape, dtype: t.dtype, data: Float32Array.from(t.dataSync()) };
}

/**
 * Runs `run` on the cpu backend, then on wasm with lenetc's SIMD kernels and without them (the
 * JavaScript paths taken where the module cannot load), and compares every result.
 */
async function assertWasmMatchesCpu(compute: () => tf.Tensor[]): Promise<void> {
  const run = async (backend: string) => {
    await tf.setBackend(backend);
    const tensors = tf.tidy(compute);
    const results = tensors.map(result);
    tf.dispose(tensors);
    return results;
  };
  const expected = await run('cpu');
  for (const simd of [true, false]) {
    useSimdKernels(simd);
    try {
      const actual = await run('wasm');
      expected.forEach((e, i) => {
        assert.deepEqual([actual[i].shape, actual[i].dtype], [e.shape, e.dtype], `result ${i} (SIMD ${simd}): shape and dtype`);
        assertClose(actual[i].data, e.data, `result ${i} (SIMD ${simd})`);
      });
    } finally {
      useSimdKernels(true);
    }
  }
}

const CASES: ConvCase[] = [
  // LeNet's conv1 and conv2
  { x: [2, 28, 28, 1], filter: [5, 5, 1, 6], strides: [1, 1], pad: 'same' },
  { x: [3, 14, 14, 6], filter: [5, 5, 6, 16], strides: [1, 1], pad: 'valid' },
  { x: [1, 9, 7, 3], filter: [3, 2, 3, 4], strides: [2, 2], pad: 'same' },
  { x: [1, 9, 7, 3], filter: [3, 2, 3, 4], strides: [2, 1], pad: 'valid' },
  { x: [3, 8, 11, 2], filter: [2, 4, 2, 5], strides: [1, 2], pad: 'same' },
  { x: [2, 6, 5, 1], filter: [3, 3, 1, 1], strides: [1, 1], pad: [[0, 0], [1, 2], [0, 1], [0, 0]] },
  { x: [1, 7, 6, 2], filter: [3, 3, 2, 3], strides: [2, 2], pad: [[0, 0], [2, 0], [1, 1], [0, 0]] },
  // padding wider than the filter: the stride-1 shortcut does not apply
  { x: [1, 4, 4, 1], filter: [2, 2, 1, 2], strides: [1, 1], pad: [[0, 0], [3, 1], [0, 2], [0, 0]] },
  { x: [5, 5, 5, 7], filter: [5, 5, 7, 3], strides: [1, 1], pad: 'valid' },
  // stride 1 with several input channels and uneven padding: the filter gradient as a convolution
  { x: [2, 7, 6, 3], filter: [3, 4, 3, 2], strides: [1, 1], pad: 'same' },
  { x: [1, 7, 6, 2], filter: [3, 3, 2, 3], strides: [1, 1], pad: [[0, 0], [2, 0], [1, 1], [0, 0]] },
  // one channel, stride 1: the SIMD filter gradient, with an output row that is not a whole
  // number of vectors, and a filter wider than its registers (left to the other paths)
  { x: [3, 9, 11, 1], filter: [4, 3, 1, 5], strides: [1, 1], pad: 'valid' },
  { x: [1, 5, 12, 1], filter: [2, 9, 1, 2], strides: [1, 1], pad: 'valid' },
  // rows of 16 outputs and more (the forward kernel's widest step), then 4, then single ones
  { x: [2, 6, 27, 1], filter: [3, 4, 1, 7], strides: [1, 1], pad: [[0, 0], [1, 0], [2, 1], [0, 0]] },
];

interface PoolCase {
  x: [number, number, number, number];
  size: [number, number];
  strides: [number, number];
  pad: 'same' | 'valid';
}

const POOL_CASES: PoolCase[] = [
  // LeNet's pools
  { x: [2, 28, 28, 6], size: [2, 2], strides: [2, 2], pad: 'valid' },
  { x: [1, 10, 10, 16], size: [2, 2], strides: [2, 2], pad: 'valid' },
  // overlapping windows, odd sizes, padding, non-square windows and strides
  { x: [2, 9, 7, 3], size: [3, 3], strides: [2, 2], pad: 'valid' },
  { x: [1, 9, 7, 3], size: [3, 3], strides: [2, 2], pad: 'same' },
  { x: [3, 7, 5, 1], size: [2, 3], strides: [1, 2], pad: 'same' },
  { x: [1, 5, 8, 2], size: [3, 2], strides: [3, 1], pad: 'valid' },
  { x: [1, 5, 5, 2], size: [2, 2], strides: [2, 2], pad: 'same' },
  // channels in whole vectors and with a remainder, overlapping and padded windows
  { x: [2, 9, 7, 5], size: [3, 3], strides: [2, 2], pad: 'same' },
  { x: [1, 6, 6, 8], size: [3, 3], strides: [1, 1], pad: 'same' },
  // global pooling: one window the size of the input (its stride is 1, and never moves)
  { x: [3, 7, 7, 6], size: [7, 7], strides: [1, 1], pad: 'valid' },
  { x: [2, 4, 5, 3], size: [4, 5], strides: [1, 1], pad: 'valid' },
];

/**
 * dx of Σ maxPool(x)·dy and Σ avgPool(x)·dy; sign −1 makes every value negative (the
 * shipped wasm MaxPoolGrad gave zeros there). Values are rounded to eighths so windows tie.
 */
async function poolGrads(backend: string, c: PoolCase, sign: number): Promise<{ max: Float32Array; avg: Float32Array }> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const xs = values(size(c.x), 31).map((v) => sign * (Math.round(Math.abs(v) * 8) / 8 + 0.125));
    const x = tf.tensor4d(xs, c.x);
    const yShape = tf.maxPool(x, c.size, c.strides, c.pad).shape;
    const dy = tf.tensor(values(size(yShape), 32), yShape);
    const grad = (pool: (a: tf.Tensor4D) => tf.Tensor) => tf.grad((a: tf.Tensor) => tf.sum(tf.mul(pool(a as tf.Tensor4D), dy)))(x).dataSync() as Float32Array;
    return {
      max: grad((a) => tf.maxPool(a, c.size, c.strides, c.pad)),
      avg: grad((a) => tf.avgPool(a, c.size, c.strides, c.pad)),
    };
  });
}

describe('wasm kernels', () => {
  before(async () => {
    await selectBackend('wasm');
  });

  // each case through lenetc's SIMD kernels, and through the JavaScript paths that run where
  // they cannot load
  for (const simd of [true, false]) {
    const paths = simd ? 'SIMD' : 'JavaScript';
    for (const c of CASES) {
      test(`conv2d gradients match cpu (${paths}): x ${c.x} filter ${c.filter} strides ${c.strides} pad ${JSON.stringify(c.pad)}`, async () => {
        const expected = await convGrads('cpu', c);
        useSimdKernels(simd);
        try {
          const actual = await convGrads('wasm', c);
          assertClose(actual.y, expected.y, 'y');
          assertClose(actual.dw, expected.dw, 'dW');
          assertClose(actual.dx, expected.dx, 'dx');
        } finally {
          useSimdKernels(true);
        }
      });
    }

    for (const c of POOL_CASES) {
      test(`pooling gradients match cpu (${paths}): x ${c.x} window ${c.size} strides ${c.strides} pad ${c.pad}`, async () => {
        useSimdKernels(simd);
        try {
          for (const sign of [1, -1]) {
            const expected = await poolGrads('cpu', c, sign);
            const actual = await poolGrads('wasm', c, sign);
            assertClose(actual.max, expected.max, `max dx (sign ${sign})`);
            assertClose(actual.avg, expected.avg, `avg dx (sign ${sign})`);
          }
        } finally {
          useSimdKernels(true);
        }
      });
    }
  }

  test('the SIMD kernels load on the wasm backend', async () => {
    await tf.setBackend('wasm');
    assert.ok(simdKernels(tf.backend() as BackendWasm), 'lenetc\'s SIMD module did not instantiate on tfjs\'s memory');
  });

  test('max pooling routes the gradient of an all-negative window to its first maximum', async () => {
    await tf.setBackend('wasm');
    // one 2×2 window per channel: a negative one, and one whose maximum appears twice
    const x = tf.tensor4d([-3, 5, -1, 5, -2, 1, -4, 0], [1, 2, 2, 2]);
    const dx = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(a as tf.Tensor4D, 2, 2, 'valid'), tf.tensor4d([7, 9], [1, 1, 1, 2]))))(x);
    assert.deepEqual(Array.from(dx.dataSync()), [0, 9, 7, 0, 0, 0, 0, 0]);
  });

  test('pad, sum and stride-1 input gradient with one channel match cpu', async () => {
    await assertWasmMatchesCpu(() => {
      const x = tf.tensor4d(values(3 * 5 * 7 * 2, 21), [3, 5, 7, 2]);
      const y = tf.tensor3d(values(4 * 3 * 5, 22), [4, 3, 5]);
      const w = tf.tensor4d(values(4 * 3 * 5, 24), [4, 3, 1, 5]);
      const dy = tf.tensor4d(values(2 * 8 * 8 * 5, 25), [2, 8, 8, 5]);
      return [
        tf.pad(x, [[0, 0], [2, 2], [1, 3], [0, 0]]), tf.pad(x, [[1, 0], [0, 0], [0, 2], [0, 0]], -1.5),
        tf.pad(x, [[0, 0], [0, 0], [0, 0], [1, 1]], 2), tf.pad(tf.tensor1d([1, 2, 3]), [[2, 1]]),
        tf.sum(x, [0, 1, 2]), tf.sum(x, [0, 1], true), tf.sum(x, 0), tf.sum(y, [0, 2]), tf.sum(y, [1, 0]), tf.sum(y),
        // eight columns at a time, then the rest: 13 = 8 + 5, 16 = 8 + 8
        tf.sum(tf.tensor3d(values(3 * 4 * 13, 26), [3, 4, 13]), [0, 1]), tf.sum(tf.tensor2d(values(5 * 16, 27), [5, 16]), 0),
        tf.conv2dTranspose(dy, w, [2, 9, 8, 1], 1, 'same'), tf.conv2dTranspose(dy, w, [2, 11, 12, 1], 1, 'valid'),
      ];
    });
  });

  test('slices match cpu: cut axes in the middle and at the end, whole runs, a scalar begin, -1 sizes', { timeout: 60_000 }, async () => {
    await assertWasmMatchesCpu(() => {
      const x = tf.tensor4d(values(3 * 6 * 7 * 4, 51), [3, 6, 7, 4]);
      return [
        tf.slice(x, [0, 1, 1, 0], [3, 4, 5, 4]), tf.slice(x, [1, 0, 0, 0], [2, 6, 7, 4]), tf.slice(x, [0, 0, 0, 1], [3, 6, 7, 2]),
        tf.slice(x, [2, 5, 6, 3], [1, 1, 1, 1]), tf.slice(x, [0, 2, 0, 0], [-1, -1, 3, -1]), tf.slice(x, 1),
        tf.slice(tf.tensor1d(values(9, 52)), 2, 5), tf.slice(x, [0, 0, 0, 0], [3, 0, 7, 4]),
      ];
    });
  });

  test('per-channel add, multiply and subtract match cpu, either operand first', async () => {
    await assertWasmMatchesCpu(() => {
      const results: tf.Tensor[] = [];
      // 6 channels repeat with period 12, 5 with 20, 32 with 32; the last shape ends mid-period
      for (const shape of [[8, 13, 11, 6], [3, 17, 19, 5], [2, 9, 9, 32], [4099, 6]]) {
        const x = tf.tensor(values(size(shape), 41), shape);
        const c = shape[shape.length - 1];
        const v = tf.tensor1d(values(c, 42));
        const v4 = tf.reshape(v, [...shape.slice(0, -1).map(() => 1), c]);
        results.push(tf.add(x, v), tf.add(v4, x), tf.mul(x, v4), tf.mul(v, x), tf.sub(x, v), tf.sub(v4, x));
      }
      return results;
    });
  });

  test('tile, mean and a batch-norm gradient match cpu', async () => {
    await assertWasmMatchesCpu(() => {
      const x = tf.tensor4d(values(3 * 5 * 7 * 2, 31), [3, 5, 7, 2]);
      const v = tf.tensor1d(values(2, 32));
      const m = tf.tensor2d(values(6, 33), [2, 3]);
      const ints = tf.tensor2d([1, -2, 3, 2147483647, 0, -7], [3, 2], 'int32');
      const dy = tf.tensor4d(values(3 * 5 * 7 * 2, 34), [3, 5, 7, 2]);
      // batch norm in training, through tfjs-core's gradients of moments and batchNorm
      const norm = (a: tf.Tensor) => {
        const { mean, variance } = tf.moments(a, [0, 1, 2]);
        return tf.sum(tf.mul(tf.batchNorm(a, mean, variance, v, tf.add(v, 1.5), 1e-3), dy));
      };
      return [
        tf.tile(tf.reshape(v, [1, 1, 1, 2]), [3, 5, 7, 1]), tf.tile(m, [3, 2]), tf.tile(m, [1, 1]), tf.tile(x, [2, 1, 3, 2]),
        tf.tile(ints, [2, 3]), tf.tile(tf.tensor1d([4, 5, 6]), [5]),
        tf.mean(x, [0, 1, 2]), tf.mean(x, [0, 1], true), tf.mean(x, 0), tf.mean(x, [1, 2]), tf.mean(x),
        tf.grad(norm)(x),
      ];
    });
  });

  test('identity and same-dtype cast share their input: a clone outlives its original, and all free at the last', async () => {
    await tf.setBackend('wasm');
    const buffers = () => tf.memory().numDataBuffers;
    const before = buffers();
    const x = tf.tensor1d([1, 2, 3]);
    const y = tf.clone(x);
    const z = tf.cast(x, 'float32');
    assert.equal(buffers(), before + 1, 'one buffer for all three');
    x.dispose();
    y.dispose();
    assert.deepEqual(Array.from(z.dataSync()), [1, 2, 3]);
    const ints = tf.cast(z, 'int32');
    assert.equal(ints.dtype, 'int32');
    assert.equal(buffers(), before + 2, 'a cast to another dtype copies');
    tf.dispose([z, ints]);
    assert.equal(buffers(), before, 'freed with the last reference');
  });

  test('fused conv2d (bias; linear, relu, sigmoid) and rank-2 fused matMul match cpu', async () => {
    await assertWasmMatchesCpu(() => {
      const results: tf.Tensor[] = [];
      const run = (name: string, inputs: tf.NamedTensorMap, attrs: Record<string, unknown>) => tf.engine().runKernel(name, inputs, attrs as tf.NamedAttrMap) as tf.Tensor;
      // one channel (lenetc's SIMD convolution), padded and not, and several channels (shipped)
      const convs: ConvCase[] = [CASES[0], CASES[1], CASES[5], CASES[13], CASES[2]];
      convs.forEach((c, k) => {
        const x = tf.tensor4d(values(size(c.x), 50 + k), c.x);
        const filter = tf.tensor4d(values(size(c.filter), 60 + k), c.filter);
        const bias = tf.tensor1d(values(c.filter[3], 70 + k));
        for (const activation of ['linear', 'relu', 'sigmoid']) {
          const attrs = { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', dilations: [1, 1], activation };
          results.push(run('FusedConv2D', { x, filter, bias }, attrs), run('FusedConv2D', { x, filter }, attrs));
        }
      });
      // LeNet's first dense layer at batch 6, and a product of 3 columns only (the scalar loop)
      for (const [m, k, n] of [[6, 400, 120], [7, 5, 3]]) {
        const a = tf.tensor2d(values(m * k, 81), [m, k]);
        const b = tf.tensor2d(values(k * n, 82), [k, n]);
        const bias = tf.tensor1d(values(n, 83));
        for (const activation of ['linear', 'relu', 'sigmoid']) {
          results.push(run('_FusedMatMul', { a, b, bias }, { transposeA: false, transposeB: false, activation }), run('_FusedMatMul', { a, b }, { transposeA: false, transposeB: false, activation }));
        }
        results.push(run('_FusedMatMul', { a: tf.transpose(a), b, bias }, { transposeA: true, transposeB: false, activation: 'relu' }));
      }
      return results;
    });
  });

  test('a same-padded convolution whose window is smaller than its stride matches cpu, forward and backward', async () => {
    // tfjs-backend-wasm 4.22 hands XNNPACK `same` as a flag, and XNNPACK returns zeros here
    const cases: ConvCase[] = [
      { x: [1, 6, 6, 1], filter: [1, 2, 1, 2], strides: [2, 2], pad: 'same' },
      { x: [2, 6, 7, 3], filter: [1, 3, 3, 4], strides: [2, 2], pad: 'same' },
      { x: [1, 5, 6, 2], filter: [2, 1, 2, 2], strides: [3, 3], pad: 'same' },
    ];
    await assertWasmMatchesCpu(() => cases.flatMap((c, k) => {
      const x = tf.tensor4d(values(size(c.x), 90 + k), c.x);
      const filter = tf.tensor4d(values(size(c.filter), 95 + k), c.filter);
      const bias = tf.tensor1d(values(c.filter[3], 99 + k));
      const fused = tf.engine().runKernel('FusedConv2D', { x, filter, bias }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', dilations: [1, 1], activation: 'relu' } as unknown as tf.NamedAttrMap) as tf.Tensor;
      const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad))))([x, filter]);
      return [tf.conv2d(x, filter, c.strides, c.pad), fused, dx, dw];
    }));
  });

  test('the fused layers\' activation gradient matches tfjs\'s ops on cpu', async () => {
    await assertWasmMatchesCpu(() => {
      // 4099 floats: whole vectors and a remainder; y holds zeros, negatives and values in (0, 1)
      const dy = tf.tensor1d(values(4099, 91));
      const y = tf.tensor1d(values(4099, 92).map((v, i) => (i % 7 === 0 ? 0 : v)));
      return ['relu', 'sigmoid'].map((activation) => tf.getKernel(ACTIVATION_GRAD, tf.getBackend())
        ? tf.engine().runKernel(ACTIVATION_GRAD, { dy, y }, { activation }) as tf.Tensor
        : activation === 'relu' ? tf.mul(dy, tf.step(y)) : tf.mul(dy, tf.mul(y, tf.sub(tf.scalar(1), y))));
    });
  });

  test('softmax cross-entropy and its gradient match tfjs\'s ops on cpu', async () => {
    await assertWasmMatchesCpu(() => {
      // large logits (no overflow), and one label out of range: a zero loss and gradient, as one-hot gives
      const logits = tf.tensor2d(values(7 * 10, 95).map((v, i) => (i < 10 ? v * 80 : v * 4)), [7, 10]);
      const labels = tf.tensor1d([3, 0, 9, 5, 10, 1, 1], 'int32');
      const weights = tf.tensor1d(values(7, 96));
      const loss = (z: tf.Tensor) => tf.sum(tf.mul(softmaxCrossEntropy(z as tf.Tensor2D, labels, 10), weights));
      return [softmaxCrossEntropy(logits, labels, 10), tf.grad(loss)(logits)];
    });
  });

  test('matMul with transposes matches cpu', async () => {
    await assertWasmMatchesCpu(() => {
      const a = tf.tensor2d(values(7 * 5, 4), [7, 5]);
      const b = tf.tensor2d(values(5 * 3, 5), [5, 3]);
      const bt = tf.tensor2d(values(3 * 5, 6), [3, 5]);
      const at = tf.tensor2d(values(5 * 7, 7), [5, 7]);
      const batched = tf.tensor3d(values(1 * 5 * 7, 8), [1, 5, 7]);
      // 9 × 37 · 37 × 21: blocks of 4 rows and 8 columns, then a row, 4 columns and 1 column left
      const big = [tf.tensor2d(values(9 * 37, 9), [9, 37]), tf.tensor2d(values(37 * 21, 10), [37, 21])];
      const bigT = big.map((t) => tf.transpose(t));
      return [
        tf.matMul(a, b), tf.matMul(a, bt, false, true), tf.matMul(at, b, true, false),
        tf.matMul(at, bt, true, true), tf.matMul(batched, tf.reshape(b, [1, 5, 3]), true, false),
        tf.matMul(big[0], big[1]), tf.matMul(bigT[0], big[1], true, false), tf.matMul(big[0], bigT[1], false, true),
        tf.matMul(bigT[0], bigT[1], true, true), tf.matMul(tf.reshape(big[0], [1, 9, 37]), tf.reshape(big[1], [1, 37, 21])),
      ];
    });
  });

  // the filter gradient through im2col (stride 2) and the one-channel SIMD kernel; the input
  // gradient through the product and SIMD col2im
  const FD_CASES: ConvCase[] = [
    { x: [2, 5, 4, 2], filter: [3, 2, 2, 3], strides: [2, 1], pad: 'same' },
    { x: [2, 6, 7, 1], filter: [3, 3, 1, 2], strides: [1, 1], pad: 'same' },
  ];
  for (const c of FD_CASES) {
    test(`conv2d gradients match finite differences: x ${c.x} filter ${c.filter} strides ${c.strides}`, async () => {
      await tf.setBackend('wasm');
      const xValues = values(size(c.x), 11);
      const wValues = values(size(c.filter), 12);
      const yShape = tf.tidy(() => tf.conv2d(tf.zeros(c.x) as tf.Tensor4D, tf.zeros(c.filter) as tf.Tensor4D, c.strides, c.pad).shape);
      const dy = tf.tensor(values(size(yShape), 13), yShape);
      const objective = (x: tf.Tensor, w: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.strides, c.pad), dy));
      const loss = (x: Float32Array, w: Float32Array) => tf.tidy(() => objective(tf.tensor4d(x, c.x), tf.tensor4d(w, c.filter)).dataSync()[0]);
      const [dx, dw] = tf.tidy(() => tf.grads(objective)([tf.tensor4d(xValues, c.x), tf.tensor4d(wValues, c.filter)]).map((g) => g.dataSync()));
      const eps = 1e-2;
      const check = (name: string, analytic: ArrayLike<number>, nudge: (i: number, by: number) => number) => {
        for (let i = 0; i < analytic.length; i++) {
          const numeric = (nudge(i, eps) - nudge(i, -eps)) / (2 * eps);
          assert.ok(Math.abs(numeric - analytic[i]) < 1e-2 * Math.max(1, Math.abs(numeric)), `${name}[${i}]: analytic ${analytic[i]}, numeric ${numeric}`);
        }
      };
      const moved = (v: Float32Array, i: number, by: number) => {
        const out = v.slice();
        out[i] += by;
        return out;
      };
      check('dW', dw, (i, by) => loss(xValues, moved(wValues, i, by)));
      check('dx', dx, (i, by) => loss(moved(xValues, i, by), wValues));
      dy.dispose();
    });
  }

  test('a small conv net trains on wasm with finite, falling loss and no leaked tensors', async () => {
    await tf.setBackend('wasm');
    const model = tf.sequential();
    model.add(tf.layers.conv2d({ inputShape: [10, 10, 1], filters: 4, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    model.add(tf.layers.conv2d({ filters: 6, kernelSize: 3, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
    model.add(tf.layers.averagePooling2d({ poolSize: 2 }));
    model.add(tf.layers.flatten());
    model.add(tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }));
    // the label is which third of the image holds the bright bar: learnable by a conv net
    const n = 24;
    const images = new Float32Array(n * 100);
    const labels: number[] = [];
    for (let i = 0; i < n; i++) {
      const label = i % 3;
      labels.push(label);
      for (let r = 0; r < 10; r++) for (let col = label * 3; col < label * 3 + 3; col++) images[i * 100 + r * 10 + col] = 1;
    }
    const xs = tf.tensor4d(images, [n, 10, 10, 1]);
    const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 3);
    const optimizer: tf.Optimizer = tf.train.adam(0.05);
    const before = tf.memory().numTensors;
    const losses: number[] = [];
    for (let step = 0; step < 8; step++) {
      losses.push(tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(ys, model.apply(xs) as tf.Tensor) as tf.Scalar);
        optimizer.applyGradients(grads);
        return value.dataSync()[0];
      }));
    }
    assert.ok(losses.every(Number.isFinite), `losses: ${losses}`);
    assert.ok(losses[losses.length - 1] < losses[0] * 0.7, `losses: ${losses}`);
    // after the first step only the optimizer's state is new
    const grown = tf.memory().numTensors - before;
    assert.ok(grown <= 3 * model.trainableWeights.length, `tensors grew by ${grown}`);
    tf.dispose([xs, ys]);
    optimizer.dispose();
    model.dispose();
  });
});

/**
 * Matrix products on the wasm backend. Unbatched ones go to lenetc's SIMD gemm (kernels.c),
 * either operand transposed: XNNPACK repacks its weight operand for every new tensor, which a
 * training step always has. Without the SIMD module they go through XNNPACK's
 * fully-connected path: tfjs-backend-wasm 4.22 uses it only for un-transposed, batch-1
 * products and otherwise falls back to a scalar triple loop (batch_mat_mul_impl.cc), which is
 * what every dense layer's backward pass asks for, so a transposed operand is transposed first.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { call, offsetOf, stock, wasmKernel } from './kernel.js';
import { simdKernels } from './simd/index.js';

/** BatchMatMul: unbatched products on lenetc's SIMD gemm, transposed ones kept on XNNPACK. */
export const batchMatMul = wasmKernel('BatchMatMul', (args, shipped) => {
  const { a, b } = args.inputs;
  const { transposeA, transposeB } = args.attrs;
  const batched = a.shape.slice(0, -2).some((d) => d !== 1) || b.shape.slice(0, -2).some((d) => d !== 1);
  // the operands' leading (size-1) dims go on the result, as the op expects
  const lead = a.shape.length >= b.shape.length ? a.shape.slice(0, -2) : b.shape.slice(0, -2);
  const product = batched ? undefined : gemmProduct(args.backend, a, b, transposeA, transposeB);
  if (product) return { ...product, shape: [...lead, ...product.shape] };
  if (batched || (!transposeA && !transposeB)) return shipped(args);
  const { backend } = args;
  const a2 = transposeA ? transpose2d(backend, a) : a;
  const b2 = transposeB ? transpose2d(backend, b) : b;
  const out = matMul(backend, a2, b2);
  if (a2 !== a) backend.disposeData(a2.dataId);
  if (b2 !== b) backend.disposeData(b2.dataId);
  return { ...out, shape: [...lead, out.shape[1], out.shape[2]] };
});

/**
 * a · b ([M, N]; either operand transposed, leading dims 1) as lenetc's SIMD gemm, with a bias
 * and relu if given; undefined where the SIMD module does not load. A transposed a is read
 * through strides, a transposed b is transposed first (the kernel streams b's rows).
 */
function gemmProduct(
  backend: BackendWasm, a: tf.TensorInfo, b: tf.TensorInfo, transposeA: boolean, transposeB: boolean,
  bias?: tf.TensorInfo, relu = false,
): tf.TensorInfo | undefined {
  const simd = simdKernels(backend);
  if (!simd || a.dtype !== 'float32' || b.dtype !== 'float32') return undefined;
  const [aRows, aCols] = a.shape.slice(-2);
  const [bRows, bCols] = b.shape.slice(-2);
  const [m, k, n] = [transposeA ? aCols : aRows, transposeA ? aRows : aCols, transposeB ? bRows : bCols];
  if (m === 0 || k === 0 || n === 0) return undefined;
  const rowMajorB = transposeB ? transpose2d(backend, b) : b;
  const out = backend.makeOutput([m, n], 'float32');
  const at = offsetOf(backend);
  simd.gemm(at(a), transposeA ? 1 : k, transposeA ? m : 1, at(rowMajorB), bias ? at(bias) : 0, at(out), m, n, k, relu ? 1 : 0);
  if (rowMajorB !== b) backend.disposeData(rowMajorB.dataId);
  return out;
}

/**
 * _FusedMatMul for rank-2 operands, as lenetc's dense layers train (tfjs/fused.ts): bias
 * and linear or relu in lenetc's SIMD gemm (sigmoid after it), else the shipped kernel, which
 * reads a batch dimension that rank-2 tensors lack, on [1, M, K] · [1, K, N] operands.
 */
export const fusedMatMul = wasmKernel('_FusedMatMul', (args, shipped) => {
  const { inputs: { a, b, bias, preluActivationWeights }, backend, attrs } = args;
  const { transposeA, transposeB, activation } = attrs;
  if (a.shape.length !== 2 || b.shape.length !== 2) return undefined;
  const simple = !preluActivationWeights && (bias?.shape.length ?? 1) === 1 && ['linear', 'relu', 'sigmoid'].includes(activation);
  const product = simple ? gemmProduct(backend, a, b, transposeA, transposeB, bias, activation === 'relu') : undefined;
  if (product && activation === 'sigmoid') {
    const sigmoid = call('Sigmoid', { inputs: { x: product }, backend, attrs: {} });
    backend.disposeData(product.dataId);
    return sigmoid;
  }
  if (product) return product;
  // the shipped kernel adds the bias wrongly to a transposed product (its scalar loop): the
  // operands go in transposed already, to its XNNPACK path
  const a2 = transposeA ? transpose2d(backend, a) : view(a, [1, ...a.shape]);
  const b2 = transposeB ? transpose2d(backend, b) : view(b, [1, ...b.shape]);
  const out = shipped({ ...args, inputs: { ...args.inputs, a: a2, b: b2 }, attrs: { ...attrs, transposeA: false, transposeB: false } });
  if (transposeA) backend.disposeData(a2.dataId);
  if (transposeB) backend.disposeData(b2.dataId);
  return { ...out, shape: out.shape.slice(1) };
});

/**
 * a [M, K] · b [K, N] → [1, M, N] on XNNPACK (the operands may carry leading 1s). XNNPACK
 * caches the packed `b` by tensor id, so `b` must be a tensor whose data never changes.
 */
export function matMul(backend: BackendWasm, a: tf.TensorInfo, b: tf.TensorInfo): tf.TensorInfo {
  const [m, k] = a.shape.slice(-2);
  const n = b.shape[b.shape.length - 1];
  return stock('BatchMatMul')({
    inputs: { a: view(a, [1, m, k]), b: view(b, [1, k, n]) },
    backend,
    attrs: { transposeA: false, transposeB: false },
  });
}

/** The last two dims of `x` swapped, in a new buffer (the caller disposes it). */
export function transpose2d(backend: BackendWasm, x: tf.TensorInfo): tf.TensorInfo {
  const [rows, cols] = x.shape.slice(-2);
  const out = backend.makeOutput([1, cols, rows], 'float32');
  transposeBlocks(backend, x, out, 1, rows, cols, 1);
  return out;
}

/**
 * `count` matrices of rows × cols blocks of `block` floats, transposed from `src` into `dst`:
 * dst[k][c][r][·] = src[k][r][c][·]. lenetc's SIMD kernel where it loads, else a loop.
 */
export function transposeBlocks(backend: BackendWasm, src: tf.TensorInfo, dst: tf.TensorInfo, count: number, rows: number, cols: number, block: number): void {
  const simd = simdKernels(backend);
  if (simd) {
    simd.transposeBlocks(backend.getMemoryOffset(src.dataId), backend.getMemoryOffset(dst.dataId), count, rows, cols, block);
    return;
  }
  const s = backend.typedArrayFromHeap(src) as Float32Array;
  const d = backend.typedArrayFromHeap(dst) as Float32Array;
  const matrix = rows * cols * block;
  for (let k = 0; k < count; k++) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const from = k * matrix + (r * cols + c) * block;
        const to = k * matrix + (c * rows + r) * block;
        for (let i = 0; i < block; i++) d[to + i] = s[from + i];
      }
    }
  }
}

/** The same data under another shape; not a new reference, so never dispose it. */
export function view(x: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  return { dataId: x.dataId, shape, dtype: x.dtype };
}

/**
 * Sum and Mean over the leading axes of a contiguous tensor, as bias gradients and batch norm
 * ask for (over N×H×W). The shipped kernels first transpose the reduced axes innermost, a full
 * copy, then reduce with one index computation per element.
 */
import * as tf from '@tensorflow/tfjs';
import { offsetOf, wasmKernel, type WasmArgs } from './kernel.js';
import { simdKernels } from './simd/index.js';

/** Float32 sums over a leading run of axes; any other reduction goes to the shipped kernel. */
export const sum = wasmKernel('Sum', (args) => leadingReduction(args, 'sum'));

/** Float32 means over a leading run of axes; any other reduction goes to the shipped kernel. */
export const mean = wasmKernel('Mean', (args) => leadingReduction(args, 'mean'));

function leadingReduction({ inputs: { x }, backend, attrs: { axis, keepDims } }: WasmArgs<'Sum' | 'Mean'>, kind: 'sum' | 'mean'): tf.TensorInfo | undefined {
  const rank = x.shape.length;
  const axes = tf.util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
  // a leading run [0, k) with k < rank, so that a row of the rest is left to sum into
  const leading = axes.length > 0 && axes.length < rank && axes.every((a, i) => a === i);
  if (x.dtype !== 'float32' || !leading) return undefined;
  const kept = x.shape.slice(axes.length);
  const inner = kept.reduce((a, b) => a * b, 1);
  const rows = x.shape.slice(0, axes.length).reduce((a, b) => a * b, 1);
  const out = backend.makeOutput(keepDims ? [...axes.map(() => 1), ...kept] : kept, 'float32');
  const scale = kind === 'mean' && rows > 0 ? 1 / rows : 1;
  const simd = simdKernels(backend);
  if (simd) {
    const at = offsetOf(backend);
    simd.sumRows(at(x), at(out), rows, inner, scale);
    return out;
  }
  const xs = backend.typedArrayFromHeap(x) as Float32Array;
  const ys = backend.typedArrayFromHeap(out) as Float32Array;
  const sums = sumRows(xs, rows, inner);
  for (let j = 0; j < inner; j++) ys[j] = sums[j] * scale;
  return out;
}

/**
 * Σ over rows of a [rows, inner] matrix, reading it once, in order, four rows at a time. The
 * sums run in doubles (as the cpu backend's do): a float32 running sum over 10⁵ rows loses
 * digits. Measured on [100352, 32]: 2 ms, against 11 ms for one strided pass per column.
 */
function sumRows(xs: Float32Array, rows: number, inner: number): Float64Array {
  const acc = new Float64Array(inner);
  const stride = 4 * inner;
  let r = 0;
  for (let b = 0; r + 4 <= rows; r += 4, b += stride) {
    for (let j = 0; j < inner; j++) {
      acc[j] += (xs[b + j] + xs[b + inner + j]) + (xs[b + 2 * inner + j] + xs[b + 3 * inner + j]);
    }
  }
  for (let b = r * inner; r < rows; r++, b += inner) {
    for (let j = 0; j < inner; j++) acc[j] += xs[b + j];
  }
  return acc;
}

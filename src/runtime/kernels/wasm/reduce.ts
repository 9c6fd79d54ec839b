/**
 * Sum over the leading axes of a contiguous tensor, as bias gradients ask for (dy summed over
 * N×H×W). The shipped kernel first transposes the reduced axes innermost, a full copy; summing
 * rows into one accumulator row reads the input once, in order.
 */
import * as tf from '@tensorflow/tfjs';
import { replaceShipped, type WasmKernelArgs, type WasmKernelFunc } from './shipped.js';

/** Float32 sums over a leading run of axes; any other reduction goes to the shipped kernel. */
export function sumConfig(): tf.KernelConfig {
  return replaceShipped(tf.Sum, sum);
}

function sum(args: WasmKernelArgs, shipped: WasmKernelFunc): tf.TensorInfo {
  const { inputs: { x }, backend, attrs } = args;
  const { axis, keepDims } = attrs as unknown as { axis: number | number[]; keepDims: boolean };
  const rank = x.shape.length;
  const axes = tf.util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
  // a leading run [0, k) with k < rank, so that a row of the rest is left to sum into
  const leading = axes.length > 0 && axes.length < rank && axes.every((a, i) => a === i);
  if (x.dtype !== 'float32' || !leading) return shipped(args);
  const kept = x.shape.slice(axes.length);
  const inner = kept.reduce((a, b) => a * b, 1);
  const rows = x.shape.slice(0, axes.length).reduce((a, b) => a * b, 1);
  const outShape = keepDims ? [...axes.map(() => 1), ...kept] : kept;
  const out = backend.makeOutput(outShape, 'float32');
  const xs = backend.typedArrayFromHeap(x) as Float32Array;
  const ys = backend.typedArrayFromHeap(out) as Float32Array;
  // one channel at a time in a local double (as the cpu backend sums; a float32 running sum
  // over 10⁵ rows loses digits): strided reads beat a row of accumulators in memory
  const total = rows * inner;
  for (let j = 0; j < inner; j++) {
    let acc = 0;
    for (let s = j; s < total; s += inner) acc += xs[s];
    ys[j] = acc;
  }
  return out;
}

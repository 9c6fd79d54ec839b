/**
 * The one output-size formula, shared by convolution and pooling as tfjs-layers shares
 * `convOutputLength` (utils/conv_utils.ts), so conv and pool cannot disagree about a size.
 */
import type { ConvLayer, Pair } from '../../model.js';

/** How one spatial dimension is padded: tfjs's two modes, or explicit zeros [before, after]. */
export type DimPadding = 'same' | 'valid' | readonly [number, number];

/**
 * Length of the output when a window of `kernel` cells moves by `stride` over `n` cells.
 * valid: floor((n − k)/s) + 1; same: ceil(n/s) (tfjs pads as needed, whatever the window,
 * for pooling too); explicit: floor((n + before + after − k)/s) + 1.
 * Zero or negative means the window does not fit; callers report it.
 */
export function outputLength(n: number, kernel: number, stride: number, padding: DimPadding): number {
  if (padding === 'same') return Math.ceil(n / stride);
  return Math.floor((paddedLength(n, padding) - kernel) / stride) + 1;
}

/**
 * The zeros tfjs's `same` puts before and after `n` cells for a window of `kernel` moving by
 * `stride`: (out − 1)·stride + kernel − n in all, never negative, the smaller half before
 * (tfjs-core's computePadding; TensorFlow and Keras do the same, PyTorch and ONNX must be told).
 */
export function samePads(n: number, kernel: number, stride: number): readonly [number, number] {
  const total = Math.max(0, (outputLength(n, kernel, stride, 'same') - 1) * stride + kernel - n);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** The zeros before and after one dimension of `n` cells, whichever way the padding was written. */
export function dimPads(n: number, kernel: number, stride: number, padding: DimPadding): readonly [number, number] {
  if (padding === 'same') return samePads(n, kernel, stride);
  if (padding === 'valid') return [0, 0];
  return padding;
}

/** `n` plus the explicit zeros on both sides (none for valid; same is tfjs's business). */
export function paddedLength(n: number, padding: DimPadding): number {
  return typeof padding === 'string' ? n : n + padding[0] + padding[1];
}

/** A conv layer's padding split per dimension: [height, width]. */
export function convPaddings(padding: ConvLayer['padding']): readonly [DimPadding, DimPadding] {
  if (typeof padding === 'string') return [padding, padding];
  return [[padding.top, padding.bottom], [padding.left, padding.right]];
}

/** The arithmetic behind one output length, written out for a hint: `(4 + 2·0 − 5)/1 + 1 = 0`. */
export function outputArithmetic(n: number, kernel: number, stride: number, padding: DimPadding): string {
  const out = outputLength(n, kernel, stride, padding);
  if (padding === 'same') return `ceil(${n}/${stride}) = ${out}`;
  if (padding === 'valid') return `floor((${n} − ${kernel})/${stride}) + 1 = ${out}`;
  const [before, after] = padding;
  const padded = before === after ? `2·${before}` : `${before} + ${after}`;
  return `floor((${n} + ${padded} − ${kernel})/${stride}) + 1 = ${out}`;
}

/** `5` for a square pair, `[3, 5]` otherwise: how the spec would write it. */
export function pairValue(pair: Pair): number | Pair {
  return pair[0] === pair[1] ? pair[0] : pair;
}

/** `4×4` */
export function pairSize(pair: Pair): string {
  return `${pair[0]}×${pair[1]}`;
}

/**
 * The forward convolution of a first conv layer (one input channel, stride 1) as lenetc's SIMD
 * kernel: XNNPACK runs it with one input channel at half its speed (LeNet's conv1 at batch
 * 128: 3.2 ms, against ~1.5 ms here). Other convolutions go to the shipped kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { addBiasRelu } from './elementwise.js';
import { call, heapF32, offsetOf, stock, wasmKernel, type WasmArgs } from './kernel.js';
import { transposeBlocks } from './matmul.js';
import { simdKernels } from './simd/index.js';
import { MAX_FW } from './simd/ops.js';

/**
 * Conv2D for one input channel with unit strides and dilations; others go to the shipped kernel,
 * with `same` padding spelled out (see explicitSame).
 */
export const conv2D = wasmKernel('Conv2D', (args) => convC1(args) ?? stock('Conv2D')(explicitSame(args)));

/**
 * FusedConv2D (bias, then linear, relu or sigmoid) on the same one-channel convolution, as
 * lenetc's layers train (tfjs/fused.ts); others go to the shipped kernel, with `same` padding
 * spelled out.
 */
export const fusedConv2D = wasmKernel('FusedConv2D', (args) => {
  const { inputs: { bias, preluActivationWeights }, backend, attrs: { activation } } = args;
  const y = preluActivationWeights || !['linear', 'relu', 'sigmoid'].includes(activation) ? undefined : convC1(args);
  if (!y) return stock('FusedConv2D')(explicitSame(args));
  let out = y;
  if (bias && activation === 'relu') out = addBiasRelu(backend, y, bias) ?? y;
  if (out === y) {
    if (bias) out = replace(backend, out, call('Add', { inputs: { a: out, b: bias }, backend, attrs: {} }));
    if (activation !== 'linear') out = replace(backend, out, call(activation === 'relu' ? 'Relu' : 'Sigmoid', { inputs: { x: out }, backend, attrs: {} }));
  } else {
    backend.disposeData(y.dataId);
  }
  return out;
});

/**
 * The same call with `same` padding as explicit padding. tfjs-backend-wasm 4.22 passes `same` to
 * XNNPACK as its TensorFlow-SAME flag, and XNNPACK computes a window smaller than the stride as
 * negative padding and returns zeros (6 rows, kernel height 1, stride 2: every output 0). The
 * padding tfjs computes for itself (computeConv2DInfo, never negative) is the right one.
 */
function explicitSame<K extends 'Conv2D' | 'FusedConv2D'>(args: WasmArgs<K>): WasmArgs<K> {
  const { inputs: { x, filter }, attrs } = args;
  if (attrs.pad !== 'same') return args;
  const { padInfo: p } = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number],
    attrs.strides, attrs.dilations, 'same', attrs.dimRoundingMode, false, 'channelsLast',
  );
  return { ...args, attrs: { ...attrs, pad: [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]] } };
}

/** `next`, after disposing `previous` (an intermediate this kernel made). */
function replace(backend: BackendWasm, previous: tf.TensorInfo, next: tf.TensorInfo): tf.TensorInfo {
  backend.disposeData(previous.dataId);
  return next;
}

/** The one-channel convolution of `x` and `filter` as lenetc's SIMD kernel, or undefined where it does not apply. */
function convC1(args: WasmArgs<'Conv2D' | 'FusedConv2D'>): tf.TensorInfo | undefined {
  const { inputs: { x, filter }, backend, attrs: { strides, pad, dataFormat, dilations, dimRoundingMode } } = args;
  const simd = simdKernels(backend);
  if (!simd || dataFormat !== 'NHWC' || x.dtype !== 'float32' || x.shape[3] !== 1 || filter.shape[1] > MAX_FW) return undefined;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number],
    strides, dilations, pad, dimRoundingMode, false, 'channelsLast',
  );
  const geometry = unitStridePadding(info);
  if (!geometry) return undefined;
  const { batchSize: n, outHeight: oh, outWidth: ow, outChannels: co, filterHeight: fh, filterWidth: fw } = info;
  const { h, w } = geometry;
  const padded = geometry.any ? padPlanes(backend, x, info.padInfo, h, w) : x;
  const planes = backend.makeOutput([n, co, oh, ow], 'float32');
  const out = backend.makeOutput([n, oh, ow, co], 'float32');
  const at = offsetOf(backend);
  simd.convC1(at(padded), at(filter), at(planes), n, h, w, oh, ow, fh, fw, co);
  // planes [n][co][pixels] → [n][pixels][co]
  transposeBlocks(backend, planes, out, n, co, oh * ow, 1);
  backend.disposeData(planes.dataId);
  if (padded !== x) backend.disposeData(padded.dataId);
  return out;
}

/**
 * For a stride-1, dilation-1 convolution whose padding is explicit and non-negative (every
 * window inside x once padded), the padded height and width and whether any padding is
 * there; undefined otherwise. The SIMD kernels and the filter gradient as a convolution take
 * only these.
 */
export function unitStridePadding(info: tf.backend_util.Conv2DInfo): { h: number; w: number; any: boolean } | undefined {
  const { padInfo: pad } = info;
  const unit = [info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth].every((v) => v === 1);
  const pads = [pad.top, pad.bottom, pad.left, pad.right];
  const h = info.inHeight + pad.top + pad.bottom;
  const w = info.inWidth + pad.left + pad.right;
  if (!unit || pads.some((p) => p < 0) || h - info.filterHeight + 1 !== info.outHeight || w - info.filterWidth + 1 !== info.outWidth) return undefined;
  return { h, w, any: pads.some((p) => p > 0) };
}

/** One-channel images [n, h, w, 1] zero-padded to [n, h', w', 1]: a fill, then a native copy per row. */
export function padPlanes(backend: BackendWasm, x: tf.TensorInfo, pad: tf.backend_util.PadInfo, h: number, w: number): tf.TensorInfo {
  const [n, inHeight, inWidth] = x.shape;
  const out = backend.makeOutput([n, h, w, 1], 'float32');
  const heap = heapF32(backend);
  const src = backend.getMemoryOffset(x.dataId) / 4;
  const dst = backend.getMemoryOffset(out.dataId) / 4;
  heap.fill(0, dst, dst + n * h * w);
  for (let b = 0; b < n; b++) {
    for (let r = 0; r < inHeight; r++) {
      const from = src + (b * inHeight + r) * inWidth;
      heap.copyWithin(dst + (b * h + r + pad.top) * w + pad.left, from, from + inWidth);
    }
  }
  return out;
}

/**
 * The forward convolution of a first conv layer (one input channel, stride 1) as lenetc's SIMD
 * kernel: XNNPACK runs it with one input channel at half its speed (LeNet's conv1 at batch
 * 128: 3.2 ms, against ~1.5 ms here). Other convolutions go to the shipped kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { transposeBlocks } from './matmul.js';
import { heapF32, replaceShipped, type WasmKernelArgs, type WasmKernelFunc } from './shipped.js';
import { simdKernels } from './simd/index.js';

type ConvAttrs = {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dilations: number | [number, number];
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
};

/** Conv2D for one input channel with unit strides and dilations; others go to the shipped kernel. */
export function conv2DConfig(): tf.KernelConfig {
  return replaceShipped(tf.Conv2D, conv2D);
}

function conv2D(args: WasmKernelArgs, shipped: WasmKernelFunc): tf.TensorInfo {
  const { inputs: { x, filter }, backend, attrs } = args;
  const { strides, pad, dataFormat, dilations, dimRoundingMode } = attrs as unknown as ConvAttrs;
  const simd = simdKernels(backend);
  if (!simd || dataFormat !== 'NHWC' || x.dtype !== 'float32' || x.shape[3] !== 1 || filter.shape[1] > 8) return shipped(args);
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number],
    strides, dilations, pad, dimRoundingMode, false, 'channelsLast',
  );
  const unit = [info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth].every((v) => v === 1);
  const { batchSize: n, outHeight: oh, outWidth: ow, outChannels: co, filterHeight: fh, filterWidth: fw, padInfo } = info;
  const h = info.inHeight + padInfo.top + padInfo.bottom;
  const w = info.inWidth + padInfo.left + padInfo.right;
  const pads = [padInfo.top, padInfo.bottom, padInfo.left, padInfo.right];
  if (!unit || pads.some((p) => p < 0) || h - fh + 1 !== oh || w - fw + 1 !== ow) return shipped(args);
  const padded = pads.some((p) => p > 0) ? padPlanes(backend, x, padInfo, h, w) : x;
  const planes = backend.makeOutput([n, co, oh, ow], 'float32');
  const out = backend.makeOutput([n, oh, ow, co], 'float32');
  const at = (t: tf.TensorInfo) => backend.getMemoryOffset(t.dataId);
  simd.convC1(at(padded), at(filter), at(planes), n, h, w, oh, ow, fh, fw, co);
  // planes [n][co][pixels] → [n][pixels][co]
  transposeBlocks(backend, planes, out, n, co, oh * ow, 1);
  backend.disposeData(planes.dataId);
  if (padded !== x) backend.disposeData(padded.dataId);
  return out;
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

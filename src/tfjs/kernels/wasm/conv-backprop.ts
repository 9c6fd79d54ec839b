/**
 * The two convolution gradients as im2col/col2im plus one XNNPACK matrix product each.
 * tfjs-backend-wasm 4.22 ships no Conv2DBackpropFilter (tfjs issue 8474) and a scalar-loop
 * Conv2DBackpropInput; for LeNet's shapes these dominate a training step.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { convGradInfo } from '../geometry.js';
import { padPlanes, unitStridePadding } from './conv.js';
import { call, heapF32, offsetOf, wasmKernel, type WasmArgs } from './kernel.js';
import { matMul, transpose2d, transposeBlocks, view } from './matmul.js';
import { simdKernels } from './simd/index.js';

/** dW[kh,kw,ci,co] = Σ x[b, oh·s+kh−pad, ow·s+kw−pad, ci] · dy[b,oh,ow,co]: a convolution for stride 1 and several channels, else colᵀ · dy. */
export const conv2DBackpropFilter = wasmKernel('Conv2DBackpropFilter', backpropFilter);

/** dx = col2im(dy · Wᵀ), or a full convolution; every case (the stock kernel is a scalar loop). */
export const conv2DBackpropInput = wasmKernel('Conv2DBackpropInput', backpropInput);

/** The geometry of either gradient; NHWC only, as tfjs's layers always call them. */
function convInfo(xShape: number[], filterShape: number[], attrs: WasmArgs<'Conv2DBackpropFilter' | 'Conv2DBackpropInput'>['attrs']): tf.backend_util.Conv2DInfo {
  if (attrs.dataFormat !== 'NHWC') throw new Error(`wasm convolution gradients support NHWC only, got ${attrs.dataFormat}`);
  return convGradInfo(xShape, filterShape, attrs);
}

function backpropFilter({ inputs: { x, dy }, backend, attrs }: WasmArgs<'Conv2DBackpropFilter'>): tf.TensorInfo {
  const { filterShape } = attrs;
  const info = convInfo(x.shape, filterShape, attrs);
  const direct = oneChannelFilterGradient(backend, x, dy, info);
  if (direct) return direct;
  const viaConvolution = convolutionFilterGradient(backend, x, dy, info);
  if (viaConvolution) return viaConvolution;
  const rows = info.filterHeight * info.filterWidth * info.inChannels;
  const positions = info.batchSize * info.outHeight * info.outWidth;

  // colᵀ [rows, positions], so that dy [positions, co] is XNNPACK's weight operand: its
  // fully-connected path wants the long dimension as the reduction and packs dy once
  const colT = backend.makeOutput([1, rows, positions], 'float32');
  // channel planes make every colᵀ row segment a contiguous run of x
  const planes = info.inChannels === 1 ? x : toPlanes(backend, x);
  im2colTransposed(backend, planes, colT, info);
  if (planes !== x) backend.disposeData(planes.dataId);
  const out = matMul(backend, colT, view(dy, [1, positions, info.outChannels]));
  backend.disposeData(colT.dataId);
  return { dataId: out.dataId, shape: [...filterShape], dtype: 'float32' };
}

/**
 * One input channel, stride and dilation 1 (a first conv layer): the SIMD kernel, on dy in
 * channel planes and x padded. For LeNet's conv1 (batch 128) 6.2 ms of im2col and XNNPACK
 * product become ~2 ms. Returns undefined for the cases left to the other paths.
 */
function oneChannelFilterGradient(backend: BackendWasm, x: tf.TensorInfo, dy: tf.TensorInfo, info: tf.backend_util.Conv2DInfo): tf.TensorInfo | undefined {
  const simd = simdKernels(backend);
  const geometry = unitStridePadding(info);
  if (!simd || info.inChannels !== 1 || !geometry) return undefined;
  const { batchSize: n, outHeight: oh, outWidth: ow, outChannels: co, filterHeight: fh, filterWidth: fw } = info;
  const { h, w } = geometry;
  const padded = geometry.any ? padPlanes(backend, x, info.padInfo, h, w) : x;
  const dyT = backend.makeOutput([n, co, oh, ow], 'float32');
  const out = backend.makeOutput([fh, fw, 1, co], 'float32');
  const at = offsetOf(backend);
  transposeBlocks(backend, dy, dyT, n, oh * ow, co, 1);
  const skipped = simd.convFilterGradC1(at(padded), at(dyT), at(out), n, h, w, oh, ow, fh, fw, co);
  backend.disposeData(dyT.dataId);
  if (padded !== x) backend.disposeData(padded.dataId);
  if (skipped) {
    backend.disposeData(out.dataId);
    return undefined;
  }
  return out;
}

/**
 * With stride and dilation 1, dW is itself a forward convolution: x with batch and channel
 * axes swapped ([C, H, W, N]) convolved with dy as the filter ([OH, OW, N, F]), same padding,
 * gives [C, KH, KW, F]. XNNPACK's convolution reads its windows through an indirection buffer,
 * so no im2col matrix is written: for LeNet's conv2 that halves the kernel; for conv1 it
 * would save the 25 shifted copies of x, but there its transposes of x and dy cost more than
 * they save (measured), so one input channel goes to the SIMD kernel above or to im2col.
 * Returns undefined for the cases left to im2col.
 */
function convolutionFilterGradient(backend: BackendWasm, x: tf.TensorInfo, dy: tf.TensorInfo, info: tf.backend_util.Conv2DInfo): tf.TensorInfo | undefined {
  const { batchSize: n, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
  const { filterHeight: fh, filterWidth: fw, padInfo: pad } = info;
  if (ci === 1 || !unitStridePadding(info)) return undefined;
  // x [n][p][c] → [n][c][p] → [c][p][n]; dy [n][p][f] → [p][n][f]
  const planes = backend.makeOutput([n, ci, h, w], 'float32');
  transposeBlocks(backend, x, planes, n, h * w, ci, 1);
  const xT = backend.makeOutput([ci, h, w, n], 'float32');
  transposeBlocks(backend, planes, xT, 1, n, ci * h * w, 1);
  backend.disposeData(planes.dataId);
  const dyT = backend.makeOutput([oh, ow, n, co], 'float32');
  transposeBlocks(backend, dy, dyT, 1, n, oh * ow, co);
  const grad = unitConvolution(backend, xT, dyT, pad);
  backend.disposeData(xT.dataId);
  backend.disposeData(dyT.dataId);
  // [C, KH, KW, F] → [KH, KW, C, F]
  const out = backend.makeOutput([fh, fw, ci, co], 'float32');
  transposeBlocks(backend, grad, out, 1, ci, fh * fw, co);
  backend.disposeData(grad.dataId);
  return out;
}

/** NHWC → [C, N, H, W]. */
function toPlanes(backend: BackendWasm, x: tf.TensorInfo): tf.TensorInfo {
  const [n, h, w, c] = x.shape;
  const out = backend.makeOutput([c, n, h, w], 'float32');
  transposeBlocks(backend, x, out, 1, n * h * w, c, 1);
  return out;
}

function backpropInput({ inputs: { dy, filter }, backend, attrs }: WasmArgs<'Conv2DBackpropInput'>): tf.TensorInfo {
  const info = convInfo(attrs.inputShape, filter.shape, attrs);
  const { filterHeight: fh, filterWidth: fw, padInfo: pad } = info;
  const full = { top: fh - 1 - pad.top, bottom: fh - 1 - pad.bottom, left: fw - 1 - pad.left, right: fw - 1 - pad.right };
  // the product plus lenetc's SIMD col2im beats the full convolution, which multiplies the
  // padding's zeros (LeNet's conv2: 4.5 against 7.2 ms); with col2im in JavaScript the full
  // convolution wins for several input channels (with one, XNNPACK's convolution runs scalar)
  const simd = simdKernels(backend);
  const dilated = info.dilationHeight !== 1 || info.dilationWidth !== 1;
  if ((!simd || dilated) && info.inChannels > 1 && info.strideHeight === 1 && info.strideWidth === 1 && Object.values(full).every((p) => p >= 0)) {
    return fullConvolution(backend, dy, filter, info, full);
  }
  const rows = fh * fw * info.inChannels;
  const positions = info.batchSize * info.outHeight * info.outWidth;
  const filterT = transpose2d(backend, view(filter, [rows, info.outChannels]));
  const col = matMul(backend, view(dy, [1, positions, info.outChannels]), filterT);
  backend.disposeData(filterT.dataId);
  const dx = backend.makeOutput([...info.inShape], 'float32');
  if (simd && !dilated) {
    (backend.typedArrayFromHeap(dx) as Float32Array).fill(0);
    const at = offsetOf(backend);
    simd.col2im(at(col), at(dx), info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.outHeight, info.outWidth, fh, fw, info.strideHeight, info.strideWidth, pad.top, pad.left);
    backend.disposeData(col.dataId);
    return dx;
  }
  const colValues = backend.typedArrayFromHeap(col) as Float32Array;
  const dxValues = backend.typedArrayFromHeap(dx) as Float32Array;
  if (info.inChannels === 1) col2imSingleChannel(colValues, dxValues, info);
  else col2im(colValues, dxValues, info);
  backend.disposeData(col.dataId);
  return dx;
}

/**
 * With stride 1, dx is the forward convolution of dy with the filter rotated 180° and its
 * channel axes swapped, padded by k−1−pad: XNNPACK's forward convolution, no col2im pass.
 */
function fullConvolution(
  backend: BackendWasm, dy: tf.TensorInfo, filter: tf.TensorInfo, info: tf.backend_util.Conv2DInfo,
  pad: { top: number; bottom: number; left: number; right: number },
): tf.TensorInfo {
  const { filterHeight: fh, filterWidth: fw, inChannels: ci, outChannels: co } = info;
  const rotated = backend.makeOutput([fh, fw, co, ci], 'float32');
  const w = backend.typedArrayFromHeap(filter) as Float32Array;
  const r = backend.typedArrayFromHeap(rotated) as Float32Array;
  for (let kh = 0; kh < fh; kh++) {
    for (let kw = 0; kw < fw; kw++) {
      const src = ((fh - 1 - kh) * fw + (fw - 1 - kw)) * ci * co;
      const dst = (kh * fw + kw) * co * ci;
      for (let i = 0; i < ci; i++) {
        for (let o = 0; o < co; o++) r[dst + o * ci + i] = w[src + i * co + o];
      }
    }
  }
  const dx = unitConvolution(backend, dy, rotated, pad);
  backend.disposeData(rotated.dataId);
  return dx;
}

/**
 * x convolved with `filter` at stride and dilation 1 and the given zero padding, NHWC, by the
 * registered Conv2D: lenetc's for one input channel (conv.ts), else XNNPACK's.
 */
function unitConvolution(
  backend: BackendWasm, x: tf.TensorInfo, filter: tf.TensorInfo,
  pad: { top: number; bottom: number; left: number; right: number },
): tf.TensorInfo {
  return call('Conv2D', {
    inputs: { x, filter },
    backend,
    attrs: { strides: [1, 1], dilations: [1, 1], dataFormat: 'NHWC', pad: [[0, 0], [pad.top, pad.bottom], [pad.left, pad.right], [0, 0]] },
  });
}

/**
 * colT[(kh,kw,ci), (b,oh,ow)] = x[ci, b, oh·sh+kh·dh−top, ow·sw+kw·dw−left], 0 in the padding,
 * reading x as channel planes. Copies run on the whole wasm heap with copyWithin: with stride 1
 * each row segment is one native memmove instead of a JavaScript loop.
 */
function im2colTransposed(backend: BackendWasm, planes: tf.TensorInfo, colT: tf.TensorInfo, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: ci, outHeight, outWidth, filterHeight, filterWidth } = info;
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const positions = batchSize * outHeight * outWidth;
  const heap = heapF32(backend);
  const xBase = backend.getMemoryOffset(planes.dataId) / 4;
  const colBase = backend.getMemoryOffset(colT.dataId) / 4;
  for (let kh = 0; kh < filterHeight; kh++) {
    for (let kw = 0; kw < filterWidth; kw++) {
      // the output columns whose input column lies inside x, for this kw
      const iw0 = kw * dw - left;
      const owFirst = Math.max(0, Math.ceil(-iw0 / sw));
      const owEnd = Math.min(outWidth, Math.max(owFirst, Math.ceil((inWidth - iw0) / sw)));
      const inside = owEnd - owFirst;
      for (let c = 0; c < ci; c++) {
        let o = colBase + ((kh * filterWidth + kw) * ci + c) * positions;
        for (let b = 0; b < batchSize; b++) {
          const plane = xBase + (c * batchSize + b) * inHeight * inWidth;
          for (let oh = 0; oh < outHeight; oh++, o += outWidth) {
            const ih = oh * sh + kh * dh - top;
            if (ih < 0 || ih >= inHeight) {
              heap.fill(0, o, o + outWidth);
              continue;
            }
            for (let ow = 0; ow < owFirst; ow++) heap[o + ow] = 0;
            const src = plane + ih * inWidth + iw0 + owFirst * sw;
            if (sw === 1) {
              heap.copyWithin(o + owFirst, src, src + inside);
            } else {
              for (let j = 0; j < inside; j++) heap[o + owFirst + j] = heap[src + j * sw];
            }
            for (let ow = owEnd; ow < outWidth; ow++) heap[o + ow] = 0;
          }
        }
      }
    }
  }
}

/** dx[b, ih, iw, ci] = Σ col[(b,oh,ow), (kh,kw,ci)] over the (oh,ow,kh,kw) that read it. */
function col2im(col: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: ci, outHeight, outWidth, filterHeight, filterWidth } = info;
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const rows = filterHeight * filterWidth * ci;
  dx.fill(0);
  let src = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++, src += rows) {
        for (let kh = 0; kh < filterHeight; kh++) {
          const ih = oh * sh + kh * dh - top;
          if (ih < 0 || ih >= inHeight) continue;
          const rowBase = (b * inHeight + ih) * inWidth;
          for (let kw = 0; kw < filterWidth; kw++) {
            const iw = ow * sw + kw * dw - left;
            if (iw < 0 || iw >= inWidth) continue;
            const d = (rowBase + iw) * ci;
            const s = src + (kh * filterWidth + kw) * ci;
            for (let c = 0; c < ci; c++) dx[d + c] += col[s + c];
          }
        }
      }
    }
  }
}

/** col2im for one input channel: no channel loop, so the innermost loop runs along a row of dx. */
function col2imSingleChannel(col: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, outHeight, outWidth, filterHeight, filterWidth } = info;
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  dx.fill(0);
  let src = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++, src += filterHeight * filterWidth) {
        const iw0 = ow * sw - left;
        // the kw whose column lies inside dx
        const kwFirst = iw0 >= 0 ? 0 : Math.ceil(-iw0 / dw);
        const kwEnd = Math.min(filterWidth, Math.ceil((inWidth - iw0) / dw));
        for (let kh = 0; kh < filterHeight; kh++) {
          const ih = oh * sh + kh * dh - top;
          if (ih < 0 || ih >= inHeight) continue;
          const d = (b * inHeight + ih) * inWidth + iw0;
          const s = src + kh * filterWidth;
          for (let kw = kwFirst; kw < kwEnd; kw++) dx[d + kw * dw] += col[s + kw];
        }
      }
    }
  }
}

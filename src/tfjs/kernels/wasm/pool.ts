/**
 * The two pooling gradients. tfjs-backend-wasm 4.22's MaxPoolGrad returns zero for every window
 * whose values are all negative (so max pooling after sigmoid, tanh or no activation trains
 * wrongly), and both of its pooling gradients loop over every (input, window) pair; these
 * scatter each output's gradient into its window once, channels innermost.
 */
import * as tf from '@tensorflow/tfjs';
import { poolInfo } from '../geometry.js';
import { offsetOf, wasmKernel, type WasmArgs } from './kernel.js';
import { simdKernels } from './simd/index.js';

/** dx routes each dy to its window's first maximum, as the cpu backend does; all cases. */
export const maxPoolGrad = wasmKernel('MaxPoolGrad', maxPoolGradAll);

/** dx spreads each dy evenly over its window; unpadded pooling, else the shipped kernel. */
export const avgPoolGrad = wasmKernel('AvgPoolGrad', avgPoolGradUnpadded);

function maxPoolGradAll({ inputs: { dy, input: x }, backend, attrs }: WasmArgs<'MaxPoolGrad'>): tf.TensorInfo {
  const info = poolInfo(x.shape, attrs);
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth, strideHeight: sh, strideWidth: sw } = info;
  const { filterHeight: fh, filterWidth: fw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const out = backend.makeOutput([...x.shape], 'float32');
  // views after the allocation: growing the heap detaches older ones
  const xs = backend.typedArrayFromHeap(x) as Float32Array;
  const dys = backend.typedArrayFromHeap(dy) as Float32Array;
  const dx = backend.typedArrayFromHeap(out) as Float32Array;
  dx.fill(0);
  const simd = simdKernels(backend);
  if (simd) {
    const at = offsetOf(backend);
    simd.maxPoolGrad(at(x), at(dy), at(out), batchSize, inHeight, inWidth, c, outHeight, outWidth, fh, fw, sh, sw, top, left);
    return out;
  }
  const rowStride = inWidth * c;
  let o = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const r0 = oh * sh - top;
      const rFirst = Math.max(0, r0);
      const rows = Math.min(inHeight, r0 + fh) - rFirst;
      for (let ow = 0; ow < outWidth; ow++, o += c) {
        const c0 = ow * sw - left;
        const cFirst = Math.max(0, c0);
        const cols = Math.min(inWidth, c0 + fw) - cFirst;
        const corner = ((b * inHeight + rFirst) * inWidth + cFirst) * c;
        for (let k = 0; k < c; k++) {
          // row-major over the window and a strict `>`: ties go to the first maximum, NaN to none
          let best = -Infinity;
          let at = -1;
          for (let r = 0, row = corner + k; r < rows; r++, row += rowStride) {
            for (let j = 0, i = row; j < cols; j++, i += c) {
              const v = xs[i];
              if (v > best) {
                best = v;
                at = i;
              }
            }
          }
          if (at >= 0) dx[at] += dys[o + k];
        }
      }
    }
  }
  return out;
}

function avgPoolGradUnpadded({ inputs: { dy, input: x }, backend, attrs }: WasmArgs<'AvgPoolGrad'>): tf.TensorInfo | undefined {
  const info = poolInfo(x.shape, attrs);
  const { top, bottom, left, right } = info.padInfo;
  // with padding, tfjs's gradient divides by the whole window while the forward pass divides
  // by its inside part; leave that case to the shipped kernel rather than pick one
  if (top || bottom || left || right || x.dtype !== 'float32') return undefined;
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth, strideHeight: sh, strideWidth: sw } = info;
  const { filterHeight: fh, filterWidth: fw } = info;
  // ceil rounding can leave the last window hanging over the edge: padding again
  if ((outHeight - 1) * sh + fh > inHeight || (outWidth - 1) * sw + fw > inWidth) return undefined;
  const scale = 1 / (fh * fw);
  const out = backend.makeOutput([...x.shape], 'float32');
  const dys = backend.typedArrayFromHeap(dy) as Float32Array;
  const dx = backend.typedArrayFromHeap(out) as Float32Array;
  // windows that tile x exactly write every element once: no zeroing, no accumulation
  // a global pool's one window tiles x too, whatever its stride says
  const tiles = (sh === fh || outHeight === 1) && (sw === fw || outWidth === 1) && outHeight * fh === inHeight && outWidth * fw === inWidth;
  const simd = simdKernels(backend);
  if (tiles && simd) {
    const at = offsetOf(backend);
    simd.avgPoolGradTiles(at(dy), at(out), batchSize, outHeight, outWidth, c, fh, fw, scale);
    return out;
  }
  if (!tiles) dx.fill(0);
  const g = new Float32Array(c);
  let o = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++, o += c) {
        for (let k = 0; k < c; k++) g[k] = dys[o + k] * scale;
        for (let r = oh * sh; r < oh * sh + fh; r++) {
          let base = ((b * inHeight + r) * inWidth + ow * sw) * c;
          for (let col = 0; col < fw; col++, base += c) {
            if (tiles) {
              for (let k = 0; k < c; k++) dx[base + k] = g[k];
            } else {
              for (let k = 0; k < c; k++) dx[base + k] += g[k];
            }
          }
        }
      }
    }
  }
  return out;
}

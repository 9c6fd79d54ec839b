/**
 * PadV2 as one fill and one native copy per contiguous run of the input. The shipped kernel
 * visits every output element; a spec's explicit conv padding (ZeroPadding2D) pads every batch.
 */
import { heapF32, wasmKernel } from './kernel.js';

/** Constant padding of float32 tensors; other dtypes go to the shipped kernel. */
export const padV2 = wasmKernel('PadV2', ({ inputs: { x }, backend, attrs: { paddings, constantValue } }) => {
  if (x.dtype !== 'float32' || x.shape.length === 0) return undefined;
  const shape = x.shape;
  const outShape = shape.map((d, i) => d + paddings[i][0] + paddings[i][1]);
  const out = backend.makeOutput(outShape, 'float32');
  const heap = heapF32(backend);
  const xBase = backend.getMemoryOffset(x.dataId) / 4;
  const outBase = backend.getMemoryOffset(out.dataId) / 4;
  const total = outShape.reduce((a, b) => a * b, 1);
  heap.fill(constantValue, outBase, outBase + total);
  if (shape.some((d) => d === 0)) return out;

  // axes after the last padded one are copied whole: each input "row" over them is one run
  let last = shape.length - 1;
  while (last > 0 && paddings[last][0] === 0 && paddings[last][1] === 0) last--;
  const inner = shape.slice(last + 1).reduce((a, b) => a * b, 1);
  const run = shape[last] * inner;
  // element strides of the output, and where input index 0 lands in it
  const strides = new Array<number>(shape.length);
  for (let i = shape.length - 1, s = 1; i >= 0; i--) {
    strides[i] = s;
    s *= outShape[i];
  }
  let start = outBase;
  for (let i = 0; i < shape.length; i++) start += paddings[i][0] * strides[i];
  // an odometer over the input's axes before `last`
  const index = new Array<number>(last).fill(0);
  const rows = shape.slice(0, last).reduce((a, b) => a * b, 1);
  let dst = start;
  for (let row = 0, src = xBase; row < rows; row++, src += run) {
    heap.copyWithin(dst, src, src + run);
    for (let axis = last - 1; axis >= 0; axis--) {
      index[axis]++;
      dst += strides[axis];
      if (index[axis] < shape[axis]) break;
      dst -= index[axis] * strides[axis];
      index[axis] = 0;
    }
  }
  return out;
});

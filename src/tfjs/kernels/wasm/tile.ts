/**
 * Tile as native memory copies. tfjs's batch-norm gradient tiles a per-channel vector over the
 * whole activation ([1,1,1,C] → [N,H,W,C]); the shipped kernel computes an index per output
 * element, 210 ms for one 3.2-million-element tile, which is 30× this.
 */
import { heapF32, wasmKernel } from './kernel.js';

/** Tile of 4-byte tensors (float32, int32); others go to the shipped kernel. */
export const tile = wasmKernel('Tile', ({ inputs: { x }, backend, attrs: { reps } }) => {
  if ((x.dtype !== 'float32' && x.dtype !== 'int32') || x.shape.length === 0) return undefined;
  const shape = x.shape;
  const outShape = shape.map((d, i) => d * reps[i]);
  const out = backend.makeOutput(outShape, x.dtype);
  if (outShape.some((d) => d === 0)) return out;
  // the view after makeOutput: growing the heap detaches older ones
  const heap = heapF32(backend);
  const rank = shape.length;
  // inStride[k]: input elements per step of axis k; outBlock[k]: output elements of axes ≥ k
  const inStride = new Array<number>(rank);
  const outBlock = new Array<number>(rank + 1);
  outBlock[rank] = 1;
  for (let k = rank - 1, s = 1; k >= 0; k--) {
    inStride[k] = s;
    s *= shape[k];
    outBlock[k] = outBlock[k + 1] * outShape[k];
  }

  // the output block of axes ≥ k for the input block at `src`: its input slices laid out in
  // order, then that span repeated reps[k] times by doubling copies
  const fill = (k: number, src: number, dst: number): void => {
    const span = shape[k] * outBlock[k + 1];
    if (k === rank - 1) heap.copyWithin(dst, src, src + shape[k]);
    else for (let i = 0; i < shape[k]; i++) fill(k + 1, src + i * inStride[k], dst + i * outBlock[k + 1]);
    const whole = span * reps[k];
    for (let done = span; done < whole; done += Math.min(done, whole - done)) {
      heap.copyWithin(dst + done, dst, dst + Math.min(done, whole - done));
    }
  };
  fill(0, backend.getMemoryOffset(x.dataId) / 4, backend.getMemoryOffset(out.dataId) / 4);
  return out;
});

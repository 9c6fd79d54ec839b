/**
 * Conv2DBackpropFilter for tfjs's WebGPU backend: dW[wR, wC, d1, d2] = Σ over batch and output
 * positions of x[b, yR·s + wR - pad, yC·s + wC - pad, d1] · dy[b, yR, yC, d2].
 *
 * The stock kernel runs one thread per weight, each looping over batch × height × width: 150
 * threads for LeNet's first convolution, about 20 ms a step on an H100 at batch 128. Here the
 * sum over positions is split: each workgroup reduces one chunk of positions for one weight
 * into a partial sum (pass 1), then one thread per weight adds its chunks' partials (pass 2).
 */
import * as tf from '@tensorflow/tfjs';
import { convGradInfo } from '../geometry.js';
import { override } from '../override.js';
import { flatDispatch, flatDispatchLayout, FlatProgram, type UniformData, type WebGPUBackend, type WebGPUProgram } from './program.js';

/** Threads per workgroup in pass 1; also the length of its shared-memory tree reduction. */
const REDUCE_THREADS = 64;
/** Positions one pass-1 workgroup sums, at least: enough work per thread to amortize the reduction. */
const MIN_CHUNK = 1024;
/** At most this many chunks per weight, so pass 2's serial loop stays short at large batches. */
const MAX_CHUNKS = 256;

/** Pass 1: partials[chunk, f] = the sum of weight f's products over one chunk of positions. */
class FilterPartialsProgram implements WebGPUProgram {
  variableNames = ['x', 'dy'];
  uniforms =
    'pads : vec2<i32>, strides : vec2<i32>, filterDims : vec2<i32>, inDims : vec2<i32>, outDims : vec2<i32>, ' +
    'inChannels : i32, outChannels : i32, filterSize : i32, positions : i32, chunkSize : i32,';
  workgroupSize: [number, number, number] = [REDUCE_THREADS, 1, 1];
  size = true;
  outputShape: number[];
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];
  shaderKey = `lenetcConv2DFilterPartials_${REDUCE_THREADS}`;

  constructor(chunks: number, filterSize: number) {
    this.outputShape = [chunks, filterSize];
    this.dispatchLayout = flatDispatchLayout(this.outputShape);
    // one workgroup per output element, as tfjs's ReduceProgram does
    this.dispatch = flatDispatch(chunks * filterSize, 1);
  }

  getUserCode(): string {
    const threads = REDUCE_THREADS;
    return `
      var<workgroup> partialSums : array<f32, ${threads}>;

      fn main(index : i32) {
        let outputIndex = index / ${threads};
        let lid = i32(localId.x);
        var acc = 0.0;
        if (outputIndex < uniforms.size) {
          let chunkIndex = outputIndex / uniforms.filterSize;
          let weightIndex = outputIndex - chunkIndex * uniforms.filterSize;
          // weights are [filterHeight, filterWidth, inChannels, outChannels], row-major
          let d2 = weightIndex % uniforms.outChannels;
          let weightRest = weightIndex / uniforms.outChannels;
          let d1 = weightRest % uniforms.inChannels;
          let weightRC = weightRest / uniforms.inChannels;
          let wC = weightRC % uniforms.filterDims.y;
          let wR = weightRC / uniforms.filterDims.y;
          let outArea = uniforms.outDims.x * uniforms.outDims.y;
          let chunkStart = chunkIndex * uniforms.chunkSize;
          let chunkEnd = min(chunkStart + uniforms.chunkSize, uniforms.positions);
          for (var p = chunkStart + lid; p < chunkEnd; p = p + ${threads}) {
            let b = p / outArea;
            let yRC = p - b * outArea;
            let yR = yRC / uniforms.outDims.y;
            let yC = yRC - yR * uniforms.outDims.y;
            let xR = yR * uniforms.strides.x + wR - uniforms.pads.x;
            let xC = yC * uniforms.strides.y + wC - uniforms.pads.y;
            if (xR >= 0 && xR < uniforms.inDims.x && xC >= 0 && xC < uniforms.inDims.y) {
              acc = acc + getX(b, xR, xC, d1) * getDy(b, yR, yC, d2);
            }
          }
        }
        partialSums[lid] = acc;
        workgroupBarrier();
        for (var span = ${threads / 2}; span > 0; span = span / 2) {
          if (lid < span) {
            partialSums[lid] = partialSums[lid] + partialSums[lid + span];
          }
          workgroupBarrier();
        }
        if (lid == 0 && outputIndex < uniforms.size) {
          setOutputAtIndex(outputIndex, partialSums[0]);
        }
      }
    `;
  }
}

/** Pass 2: dW[f] = Σ_chunk partials[chunk, f], one thread per weight. */
class FilterSumProgram extends FlatProgram {
  variableNames = ['partials'];
  uniforms = 'chunks : i32,';
  shaderKey = 'lenetcConv2DFilterSum';

  getUserCode(): string {
    return `
      fn main(index : i32) {
        if (index < uniforms.size) {
          var acc = 0.0;
          for (var c = 0; c < uniforms.chunks; c = c + 1) {
            acc = acc + partials[c * uniforms.size + index];
          }
          setOutputAtIndex(index, acc);
        }
      }
    `;
  }
}

/** How positions are split into chunks: [chunk size (a multiple of the workgroup), chunk count]. */
export function filterChunks(positions: number): [number, number] {
  const wanted = Math.max(MIN_CHUNK, Math.ceil(positions / MAX_CHUNKS));
  const chunkSize = Math.ceil(wanted / REDUCE_THREADS) * REDUCE_THREADS;
  return [chunkSize, Math.max(1, Math.ceil(positions / chunkSize))];
}

/**
 * The filter gradient of an NHWC float32 convolution, or undefined for a case left to the stock
 * kernel (NCHW, other dtypes).
 */
export const conv2DBackpropFilter = override<'Conv2DBackpropFilter', WebGPUBackend>('Conv2DBackpropFilter', ({ inputs: { x, dy }, backend, attrs }) => {
  if (attrs.dataFormat !== 'NHWC' || x.dtype !== 'float32' || dy.dtype !== 'float32') return undefined;
  const info = convGradInfo(x.shape, attrs.filterShape, attrs);
  const positions = info.batchSize * info.outHeight * info.outWidth;
  const filterSize = tf.util.sizeFromShape(info.filterShape);
  if (positions === 0 || filterSize === 0) return undefined;
  const [chunkSize, chunks] = filterChunks(positions);

  const partialsProgram = new FilterPartialsProgram(chunks, filterSize);
  const partialsUniforms: UniformData = [
    { type: 'int32', data: [info.padInfo.top, info.padInfo.left] },
    { type: 'int32', data: [info.strideHeight, info.strideWidth] },
    { type: 'int32', data: [info.filterHeight, info.filterWidth] },
    { type: 'int32', data: [info.inHeight, info.inWidth] },
    { type: 'int32', data: [info.outHeight, info.outWidth] },
    { type: 'int32', data: [info.inChannels] },
    { type: 'int32', data: [info.outChannels] },
    { type: 'int32', data: [filterSize] },
    { type: 'int32', data: [positions] },
    { type: 'int32', data: [chunkSize] },
  ];
  const partials = backend.runWebGPUProgram(partialsProgram, [x, dy], 'float32', partialsUniforms);
  const sumProgram = new FilterSumProgram(info.filterShape);
  const result = backend.runWebGPUProgram(sumProgram, [partials], 'float32', [{ type: 'int32', data: [chunks] }]);
  backend.disposeData(partials.dataId);
  return result;
});

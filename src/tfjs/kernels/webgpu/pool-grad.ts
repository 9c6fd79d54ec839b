/**
 * AvgPoolGrad and MaxPoolGrad for tfjs's WebGPU backend, one thread per input element.
 *
 * Each thread works out with integer arithmetic which pooling windows cover its element
 * (rows ceil((xR + pad - filter + 1) / stride) … floor((xR + pad) / stride), likewise columns)
 * and visits only those. The stock AvgPoolGrad instead tests every filter offset with float
 * division and fract(), and the stock MaxPoolGrad runs a second pooling pass first to write
 * the argmax positions to an int32 buffer; here the max gradient re-scans each covering
 * window of x in place, so it is one pass with no intermediate buffer.
 */
import * as tf from '@tensorflow/tfjs';
import { poolInfo } from '../geometry.js';
import { override } from '../override.js';
import { FlatProgram, type UniformData, type WebGPUBackend } from './program.js';

/** Above this many x reads per element (covering windows × window area), MaxPoolGrad stays stock. */
const MAX_SCAN_READS = 1024;

/**
 * `rowFirst..rowLast` and `colFirst..colLast`: the dy rows and columns whose windows cover
 * input element (xR, xC). Truncating division is floor division here because every
 * numerator that survives the clamp to 0 is non-negative.
 */
const COVERING_WINDOWS = `
        let coords = getCoordsFromIndex(index);
        let batch = coords[0];
        let xR = coords[1];
        let xC = coords[2];
        let d = coords[3];
        let rowFromTop = xR + uniforms.pads.x;
        let colFromLeft = xC + uniforms.pads.y;
        let rowFirst = max(0, (rowFromTop - uniforms.filterDims.x + uniforms.strides.x) / uniforms.strides.x);
        let rowLast = min(uniforms.outDims.x - 1, rowFromTop / uniforms.strides.x);
        let colFirst = max(0, (colFromLeft - uniforms.filterDims.y + uniforms.strides.y) / uniforms.strides.y);
        let colLast = min(uniforms.outDims.y - 1, colFromLeft / uniforms.strides.y);
`;

/**
 * main() of a pooling gradient: for each input element, `perRow` for every covering window row
 * yR and `perWindow` for every covering window (yR, yC), adding to `acc`; the output is `result`.
 */
function overCoveringWindows(perWindow: string, result: string, perRow = ''): string {
  return `
      fn main(index : i32) {
        if (index < uniforms.size) {
          ${COVERING_WINDOWS}
          var acc = 0.0;
          for (var yR = rowFirst; yR <= rowLast; yR = yR + 1) {
            ${perRow}
            for (var yC = colFirst; yC <= colLast; yC = yC + 1) {
              ${perWindow}
            }
          }
          setOutputAtIndex(index, ${result});
        }
      }
    `;
}

const POOL_UNIFORMS = 'strides : vec2<i32>, pads : vec2<i32>, filterDims : vec2<i32>, inDims : vec2<i32>, outDims : vec2<i32>,';

/** dx[b, xR, xC, d] = Σ over covering windows of dy · 1/(filter area), as tfjs's cpu backend computes it. */
class AvgPoolGradProgram extends FlatProgram {
  variableNames = ['dy'];
  uniforms = `${POOL_UNIFORMS} avgMultiplier : f32,`;
  shaderKey = 'lenetcAvgPoolGrad';

  getUserCode(): string {
    return overCoveringWindows('acc = acc + getDy(batch, yR, yC, d);', 'acc * uniforms.avgMultiplier');
  }
}

/**
 * dx[b, xR, xC, d] = Σ of dy over the covering windows whose maximum is this element. Like
 * tfjs's cpu backend, a window's maximum is its first largest value in row-major order.
 */
class MaxPoolGradProgram extends FlatProgram {
  variableNames = ['dy', 'x'];
  uniforms = POOL_UNIFORMS;
  shaderKey = 'lenetcMaxPoolGrad';

  getUserCode(): string {
    const perRow = `
            let windowTop = yR * uniforms.strides.x - uniforms.pads.x;
            let rowStart = max(windowTop, 0);
            let rowStop = min(windowTop + uniforms.filterDims.x, uniforms.inDims.x);`;
    return overCoveringWindows(`
              let windowLeft = yC * uniforms.strides.y - uniforms.pads.y;
              let colStart = max(windowLeft, 0);
              let colStop = min(windowLeft + uniforms.filterDims.y, uniforms.inDims.y);
              var maxValue = 0.0;
              var maxRow = -1;
              var maxCol = -1;
              for (var r = rowStart; r < rowStop; r = r + 1) {
                for (var c = colStart; c < colStop; c = c + 1) {
                  let value = getX(batch, r, c, d);
                  if (maxRow < 0 || value > maxValue) {
                    maxValue = value;
                    maxRow = r;
                    maxCol = c;
                  }
                }
              }
              if (maxRow == xR && maxCol == xC) {
                acc = acc + getDy(batch, yR, yC, d);
              }`, 'acc', perRow);
  }
}

function poolUniforms(info: tf.backend_util.Conv2DInfo): UniformData {
  return [
    { type: 'int32', data: [info.strideHeight, info.strideWidth] },
    { type: 'int32', data: [info.padInfo.top, info.padInfo.left] },
    { type: 'int32', data: [info.filterHeight, info.filterWidth] },
    { type: 'int32', data: [info.inHeight, info.inWidth] },
    { type: 'int32', data: [info.outHeight, info.outWidth] },
  ];
}

/** AvgPoolGrad for float32 input, or undefined to leave the case to the stock kernel. */
export const avgPoolGrad = override<'AvgPoolGrad', WebGPUBackend>('AvgPoolGrad', ({ inputs: { dy, input }, backend, attrs }) => {
  if (dy.dtype !== 'float32' || input.dtype !== 'float32' || input.shape.length !== 4) return undefined;
  const info = poolInfo(input.shape, attrs);
  const uniforms: UniformData = [
    ...poolUniforms(info),
    { type: 'float32', data: [1 / (info.filterHeight * info.filterWidth)] },
  ];
  return backend.runWebGPUProgram(new AvgPoolGradProgram(input.shape), [dy], 'float32', uniforms);
});

/** MaxPoolGrad for float32 input with small windows, or undefined to leave the case to the stock kernel. */
export const maxPoolGrad = override<'MaxPoolGrad', WebGPUBackend>('MaxPoolGrad', ({ inputs: { dy, input }, backend, attrs }) => {
  if (dy.dtype !== 'float32' || input.dtype !== 'float32' || input.shape.length !== 4) return undefined;
  const info = poolInfo(input.shape, attrs);
  const covering = Math.ceil(info.filterHeight / info.strideHeight) * Math.ceil(info.filterWidth / info.strideWidth);
  if (covering * info.filterHeight * info.filterWidth > MAX_SCAN_READS) return undefined;
  return backend.runWebGPUProgram(new MaxPoolGradProgram(input.shape), [dy, input], 'float32', poolUniforms(info));
});

/**
 * What our WebGPU programs share with tfjs-backend-webgpu's own: the program shape its
 * `runWebGPUProgram` compiles and the dispatch arithmetic of its `webgpu_util`. Types only
 * come from the package, because evaluating it before `navigator.gpu` exists would leave the
 * backend unregistered.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';

export type { WebGPUBackend, WebGPUProgram };

/** Uniform values in the order of a program's `uniforms` declaration (vec2 = two numbers). */
export type UniformData = Array<{ type: 'int32' | 'float32'; data: number[] }>;

/** Every output dimension on the x axis: the output is walked by one flat index. */
export function flatDispatchLayout(shape: readonly number[]): { x: number[] } {
  return { x: shape.map((_, i) => i) };
}

/**
 * Workgroups for a flat layout: `elements / perWorkgroup`, rounded up. The backend folds an
 * x count above the per-dimension limit into x·y(·z) and the generated `getGlobalIndex()`
 * unfolds it, so programs only ever see one flat index.
 */
export function flatDispatch(elements: number, perWorkgroup: number): [number, number, number] {
  return [Math.ceil(elements / perWorkgroup), 1, 1];
}

/**
 * A program with one thread per output element, 64 to a workgroup, that walks its output by one
 * flat index (`main(index)`, `setOutputAtIndex`); subclasses give its inputs, uniforms, key and
 * code.
 */
export abstract class FlatProgram implements WebGPUProgram {
  abstract variableNames: string[];
  abstract uniforms: string;
  abstract shaderKey: string;
  workgroupSize: [number, number, number] = [64, 1, 1];
  size = true;
  outputShape: number[];
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];

  constructor(outputShape: number[]) {
    this.outputShape = outputShape;
    this.dispatchLayout = flatDispatchLayout(outputShape);
    this.dispatch = flatDispatch(tf.util.sizeFromShape(outputShape), this.workgroupSize[0]);
  }

  abstract getUserCode(): string;
}

/**
 * What our WebGPU programs share with tfjs-backend-webgpu's own: the program shape its
 * `runWebGPUProgram` compiles and the dispatch arithmetic of its `webgpu_util`. Types only
 * come from the package, because evaluating it before `navigator.gpu` exists would leave the
 * backend unregistered.
 */
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

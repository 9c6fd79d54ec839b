/** WGSL fragments the layer kernels share: where an element is, and passing a gradient on. */
import { at, type Binding } from '../kernel.js';
import type { Dims, Op } from '../graph.js';

/** `let y = ...; let x = ...; let c = ...;` for element `e` of one example's [h, w, c] tensor. */
export function decode([, w, c]: Dims, names: readonly [string, string, string] = ['y', 'x', 'c'], e = 'e'): string {
  const [y, x, ch] = names;
  return `let ${y} = ${e} / ${w * c}u;
let ${x} = (${e} / ${c}u) % ${w}u;
let ${ch} = ${e} % ${c}u;`;
}

/** The parameter buffer, read. */
export const PARAMS: Binding = { buffer: 'params', access: 'read' };

/**
 * Writes the gradient `value` of `prev`'s output at flat index `index` as the gradient of its
 * pre-activation: the derivative of `prev`'s activation is applied here, by whoever computes the
 * gradient of its output, so no kernel of its own is needed for it.
 */
export function passGradient(prev: Op, index: string, value: string): string {
  if (!prev.dz) throw new Error(`${prev.layer} has no gradient tensor`);
  const derivative = prev.act === 'linear' ? '' : ` * dact_${prev.act}(${at(prev.z, index)})`;
  return `${at(prev.dz, index)} = (${value})${derivative};`;
}

/** Writes `z` (an f32 expression) as the op's output at `index`, and its activation when it has one. */
export function writeOutput(op: Op, index: string, z: string): string {
  if (op.act === 'linear') return `${at(op.y, index)} = ${z};`;
  return `let zv = ${z};\n${at(op.z, index)} = zv;\n${at(op.y, index)} = act_${op.act}(zv);`;
}

/**
 * How many neighbouring channels one thread computes: the largest of 8, 6, 4, 3, 2 that divides
 * `count` (else 1). Each value a thread loads then feeds that many accumulators from registers,
 * which is what both a GPU and lavapipe's SIMD lanes want; dividing exactly needs no guards.
 * Eight accumulators stay in registers on both (lavapipe keeps one 8-lane vector per value).
 */
export function blockOf(count: number): number {
  return [8, 6, 4, 3, 2].find((n) => count % n === 0) ?? 1;
}

/** `body(j)` for j in [0, n), one per line: the unrolled statements of a channel block. */
export function unrolled(n: number, body: (j: number) => string): string {
  return Array.from({ length: n }, (_, j) => body(j)).join('\n');
}

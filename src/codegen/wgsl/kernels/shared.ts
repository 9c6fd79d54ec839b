/** WGSL fragments the layer kernels share: where an element is, and writing an op's output. */
import { bind, lines, product, quotient, remainder, sum, text, type Named, type Operand } from '../expr.js';
import { at, type Binding } from '../kernel.js';
import type { Op } from '../graph.js';

/**
 * The row, column and channel of element `e` of one example's [height, width, channels] tensor
 * (named numbers): the `let`s, and what to write for each (0 where a size of 1 folds it away).
 */
export function decode(height: Named, width: Named, channels: Named, names: readonly [string, string, string] = ['y', 'x', 'c'], e = 'e'): { code: string; y: Operand; x: Operand; c: Operand } {
  const [y, x, c] = names;
  // e counts the tensor's elements, so a tensor one row high has only row 0
  const row = bind(y, height.value === 1 ? 0 : quotient(e, product(width, channels)));
  const column = bind(x, remainder(quotient(e, channels), width));
  const channel = bind(c, remainder(e, channels));
  return { code: lines(row.code, column.code, channel.code), y: row.ref, x: column.ref, c: channel.ref };
}

/** `b * PER_EXAMPLE + e`: element `e` of example `b`'s slice of a per-example tensor. */
export function ofExample(perExample: Operand, e: Operand = 'e'): string {
  return String(sum(product('b', perExample), e));
}

/**
 * One thread range of the weight-gradient kernel: per group of examples, `threads` threads run
 * `body` with `t` in [0, threads), `group`, `b0` and `b1` (its examples) given.
 */
export interface GradientPart {
  /** What its threads sum: `conv1/kernel: 3 filters × 5 taps of a kernel row, one input channel`. */
  what: string;
  threads: number;
  body: string;
  constants: Named[];
}

/** The parameter buffer, read. */
export const PARAMS: Binding = { buffer: 'params', access: 'read' };

/** The parameter buffer read four floats at a time (`params4`), beside PARAMS. */
export const PARAMS4: Binding = { buffer: 'params', access: 'read', view: 'vec4' };

/**
 * Whether a block of `n` channels, starting at a multiple of `n` in rows of `channels` weights,
 * can be read as vec4s of params4 (each weight tensor starts on a multiple of four floats).
 * One vec4 load brings four weights: on a GPU one wide transaction, and on lavapipe, which
 * fetches a load's every lane in turn, a quarter of the fetches (each costs about as much as
 * twenty multiply-adds there).
 */
export function readsFour(n: number, channels: number): boolean {
  return n % 4 === 0 && channels % 4 === 0;
}

/** `params4[wi / 4u + v]`: the weights wi + 4v … wi + 4v + 3 (`wi` is a multiple of four). */
export function fourWeights(wi: Operand, v: Operand = 0): string {
  const first = /^\w+$/.test(String(text(wi))) ? text(wi) : `(${text(wi)})`;
  return `params4[${first} / 4u${v === 0 ? '' : ` + ${text(v)}`}]`;
}

/** Component `j` of a vec4 named `vector`: `w0.x`. */
export function lane(vector: string, j: number): string {
  return `${vector}.${'xyzw'[j]}`;
}

/** Writes `z` (an f32 expression) as the op's output at `index`, and its activation when it has one. */
export function writeOutput(op: Op, index: string | number, z: string): string {
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

/** `name` + j, folded: the j-th neighbour of an index (`ci + 2u`, or `ci` itself). */
export function plus(name: string, j: number): string {
  return j === 0 ? name : `${name} + ${j}u`;
}

/** The standard names of a layer's input and output sizes, for a phase's constants. */
export function sizes(inDims: readonly number[], outDims: readonly number[]): Record<'IN_H' | 'IN_W' | 'IN_C' | 'OUT_H' | 'OUT_W' | 'OUT_C', Named> {
  const [ih, iw, ic] = inDims;
  const [oh, ow, oc] = outDims;
  return {
    IN_H: { name: 'IN_H', value: ih! }, IN_W: { name: 'IN_W', value: iw! }, IN_C: { name: 'IN_C', value: ic! },
    OUT_H: { name: 'OUT_H', value: oh! }, OUT_W: { name: 'OUT_W', value: ow! }, OUT_C: { name: 'OUT_C', value: oc! },
  };
}

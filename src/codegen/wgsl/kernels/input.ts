/**
 * The batch's input: each example's pixels gathered from the data set on the GPU (uint8, four to
 * a u32), scaled to [0, 1] as the CPU loader does (x/255), flipped and shifted by the draws the
 * training loop made on the CPU for it, so both engines see the same images.
 */
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type Graph, type InputOp } from '../graph.js';
import { decode } from './shared.js';

/**
 * Augmentation of one example as the table's second word: bit 0 flips, bits 8–15 and 16–23
 * hold the vertical and horizontal shift plus 128.
 */
export function augmentWord(flip: boolean, dy: number, dx: number): number {
  return (flip ? 1 : 0) | ((dy + 128) << 8) | ((dx + 128) << 16);
}

/** Writes the input op's `y` for examples [0, step.n). */
export function inputKernel(graph: Graph, op: InputOp): Kernel {
  const [h, w, c] = op.out;
  const body = `${decode(op.out)}
if (b >= step.n) { return; }
let entry = (step.row + b) * 2u;
let example = table[entry];
let aug = table[entry + 1u];
let sy = i32(y) - (i32((aug >> 8u) & 255u) - 128);
var sx = i32(x) - (i32((aug >> 16u) & 255u) - 128);
var v = 0.0;
if (sy >= 0 && sy < ${h} && sx >= 0 && sx < ${w}) {
  if ((aug & 1u) == 1u) { sx = ${w - 1} - sx; }
  let p = ((example * ${h}u + u32(sy)) * ${w}u + u32(sx)) * ${c}u + c;
  v = f32((images[p >> 2u] >> ((p & 3u) * 8u)) & 255u) / 255.0;
}
${at(op.y, 'i')} = v;`;
  const bindings = [
    { buffer: 'step' as const, access: 'uniform' as const },
    { buffer: 'table' as const, access: 'read' as const },
    { buffer: 'images' as const, access: 'read' as const },
    ...arenasOf(op.y),
  ];
  return threadKernel('input', bindings, graph.batch * volume(op.out), body);
}

/**
 * The batch's input: each example's pixels gathered from the data set on the GPU (uint8, four to
 * a u32), scaled to [0, 1] as the CPU loader does (x/255), flipped and shifted by the draws the
 * training loop made on the CPU for it, so both engines see the same images.
 */
import { at, type Phase } from '../kernel.js';
import { volume, type InputOp } from '../graph.js';
import { decode } from './shared.js';

/**
 * Augmentation of one example as the table's second word: bit 0 flips, bits 8–15 and 16–23
 * hold the vertical and horizontal shift plus 128.
 */
export function augmentWord(flip: boolean, dy: number, dx: number): number {
  return (flip ? 1 : 0) | ((dy + 128) << 8) | ((dx + 128) << 16);
}

/** Writes the example's input: one item per pixel and channel. */
export function inputPhase(op: InputOp): Phase {
  const [h, w, c] = op.out;
  const body = `${decode(op.out)}
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
${at(op.y, `b * ${volume(op.out)}u + e`)} = v;`;
  return {
    name: 'input', count: volume(op.out), body, acts: [], tensors: [op.y],
    buffers: [{ buffer: 'table', access: 'read' }, { buffer: 'images', access: 'read' }],
  };
}

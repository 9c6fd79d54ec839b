/**
 * The batch's input: each example's pixels gathered from the data set on the GPU (uint8, four to
 * a u32), scaled to [0, 1] as the CPU loader does (x/255), flipped and shifted by the draws the
 * training loop made on the CPU for it, so both engines see the same images.
 */
import { named, product, sum } from '../expr.js';
import { at, type Phase } from '../kernel.js';
import { volume, type InputOp } from '../graph.js';
import { decode, ofExample } from './shared.js';

/**
 * Augmentation of one example as the table's second word: bit 0 flips, bits 8–15 and 16–23
 * hold the vertical and horizontal shift plus 128.
 */
export function augmentWord(flip: boolean, dy: number, dx: number): number {
  return (flip ? 1 : 0) | ((dy + 128) << 8) | ((dx + 128) << 16);
}

/** Writes the example's input: one item per pixel and channel. */
export function inputPhase(op: InputOp): Phase {
  const k = named({ H: op.out[0], W: op.out[1], C: op.out[2] });
  const cell = decode(k.H, k.W, k.C);
  const body = `${cell.code}
let entry = (step.row + b) * 2u;
let example = table[entry];
let aug = table[entry + 1u];
let sy = i32(${cell.y}) - (i32((aug >> 8u) & 255u) - 128);
var sx = i32(${cell.x}) - (i32((aug >> 16u) & 255u) - 128);
var v = 0.0;
if (sy >= 0 && sy < H && sx >= 0 && sx < W) {
  if ((aug & 1u) == 1u) { sx = W - 1 - sx; }
  let p = ${sum(product(sum(product(sum(product('example', k.H), 'u32(sy)'), k.W), 'u32(sx)'), k.C), cell.c)};
  v = f32((images[p >> 2u] >> ((p & 3u) * 8u)) & 255u) / 255.0;
}
${at(op.y, ofExample(volume(op.out)))} = v;`;
  return {
    name: 'input', about: 'the example\'s pixels from the data set, x/255, flipped and shifted by its augmentation word; an item per pixel and channel',
    count: volume(op.out), body, constants: Object.values(k), acts: [], tensors: [op.y],
    buffers: [{ buffer: 'table', access: 'read' }, { buffer: 'images', access: 'read' }],
  };
}

/**
 * Batches of a split: which examples, and the seeded augmentation of each. Drawing the
 * augmentation (flip, dy, dx per example, from the run's Rng) is apart from applying it
 * (gather, flip, shift), so every engine trains on the same draws: the loop draws on the CPU,
 * and an engine applies them where its data lives.
 */
import type { AugmentConfig } from '../model.js';
import type { ImageSplit } from './data/split.js';
import type { Rng } from './rng.js';

/** One batch as flat arrays, ready for tf.tensor4d / tf.oneHot. */
export interface Batch {
  /** size×H×W×C values. */
  images: Float32Array;
  labels: Int32Array;
  size: number;
}

/** The augmentation of each example of one batch, in batch order. */
export interface AugmentDraws {
  /** 1: mirror the image left to right (before the shift). */
  flip: Uint8Array;
  /** Rows and columns the image moves down and right (negative: up and left); zeros fill in. */
  dy: Int8Array;
  dx: Int8Array;
}

/**
 * The draws for a batch of `size` examples: per example, in example order, a flip draw (if
 * `augment.flip`), then dy and dx (if `augment.shift`), so a run's augmentation is a function
 * of its seed. Undefined, drawing nothing, when `augment` changes no image.
 */
export function drawAugmentation(size: number, augment: AugmentConfig, rng: Rng): AugmentDraws | undefined {
  if (!augment.flip && augment.shift <= 0) return undefined;
  const draws: AugmentDraws = { flip: new Uint8Array(size), dy: new Int8Array(size), dx: new Int8Array(size) };
  const span = 2 * augment.shift + 1;
  for (let i = 0; i < size; i++) {
    draws.flip[i] = augment.flip && rng.next() < 0.5 ? 1 : 0;
    if (augment.shift > 0) {
      draws.dy[i] = rng.int(span) - augment.shift;
      draws.dx[i] = rng.int(span) - augment.shift;
    }
  }
  return draws;
}

/** The examples `indices` of `split` as one batch, each flipped and shifted by its `draws`. */
export function gatherBatch(split: ImageSplit, indices: ArrayLike<number>, draws?: AugmentDraws): Batch {
  const channels = split.channels ?? 1;
  const pixels = split.height * split.width * channels;
  const size = indices.length;
  const images = new Float32Array(size * pixels);
  const labels = new Int32Array(size);
  for (let b = 0; b < size; b++) {
    const index = indices[b];
    const source = split.images.subarray(index * pixels, (index + 1) * pixels);
    const target = images.subarray(b * pixels, (b + 1) * pixels);
    if (draws) applyAugmentation(source, target, split.height, split.width, channels, draws.flip[b] === 1, draws.dy[b], draws.dx[b]);
    else target.set(source);
    labels[b] = split.labels[index];
  }
  return { images, labels, size };
}

/** Copies one image into `target`, mirrored if `flip`, then shifted by (dy, dx) with zeros filling in; a pixel's channels move together. */
function applyAugmentation(source: Float32Array, target: Float32Array, height: number, width: number, channels: number, flip: boolean, dy: number, dx: number): void {
  target.fill(0);
  for (let y = 0; y < height; y++) {
    const sy = y - dy;
    if (sy < 0 || sy >= height) continue;
    for (let x = 0; x < width; x++) {
      let sx = x - dx;
      if (sx < 0 || sx >= width) continue;
      if (flip) sx = width - 1 - sx;
      for (let c = 0; c < channels; c++) target[(y * width + x) * channels + c] = source[(sy * width + sx) * channels + c];
    }
  }
}

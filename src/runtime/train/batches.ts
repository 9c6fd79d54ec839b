/** Cuts a split into batches in a given order, with the spec's seeded augmentation. */
import type { AugmentConfig } from '../../model.js';
import type { Rng } from './rng.js';

/** The part of a dataset split training needs: N×H×W×C images in [0, 1] (channels last) and their labels. */
export interface ImageSplit {
  images: Float32Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
  /** 1 (grey, the built-in datasets) unless said otherwise. */
  channels?: number;
}

/** One batch as flat arrays, ready for tf.tensor4d / tf.oneHot. */
export interface Batch {
  /** size×H×W×C values. */
  images: Float32Array;
  labels: Int32Array;
  size: number;
}

/**
 * Batch `[start, end)` of `order`. With `augment`, each image is flipped and shifted by draws
 * from `rng`, in image order, so a run's augmentation is a function of its seed.
 */
export function makeBatch(split: ImageSplit, order: Uint32Array, start: number, end: number, augment?: AugmentConfig, rng?: Rng): Batch {
  const channels = split.channels ?? 1;
  const pixels = split.height * split.width * channels;
  const size = end - start;
  const images = new Float32Array(size * pixels);
  const labels = new Int32Array(size);
  for (let b = 0; b < size; b++) {
    const index = order[start + b];
    const source = split.images.subarray(index * pixels, (index + 1) * pixels);
    const target = images.subarray(b * pixels, (b + 1) * pixels);
    if (augment && rng && (augment.flip || augment.shift > 0)) {
      augmentInto(source, target, split.height, split.width, channels, augment, rng);
    } else {
      target.set(source);
    }
    labels[b] = split.labels[index];
  }
  return { images, labels, size };
}

/** Copies one image into `target`, mirrored with probability ½ and shifted (zeros fill in); a pixel's channels move together. */
function augmentInto(source: Float32Array, target: Float32Array, height: number, width: number, channels: number, augment: AugmentConfig, rng: Rng): void {
  const flip = augment.flip && rng.next() < 0.5;
  const span = 2 * augment.shift + 1;
  const dy = augment.shift > 0 ? rng.int(span) - augment.shift : 0;
  const dx = augment.shift > 0 ? rng.int(span) - augment.shift : 0;
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

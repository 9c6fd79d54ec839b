/**
 * Image files as network inputs: PNG or JPEG of any size and colour type → 28×28 grayscale in
 * [0, 1], the way Fashion-MNIST stores its examples.
 *
 * Inversion: Fashion-MNIST shows a light garment on a black background, while most photos show
 * a darker object on a lighter background. We do not guess: pixels are taken as they are
 * (0 = black, 1 = white; transparent = white), and `invert` flips them (1 − v) for photos of
 * dark-on-light objects, so that a product photo on white paper looks like a dataset example.
 */
import { decodeRgba } from './decode.js';
import { luminance, resizeToSquare } from './resize.js';
import { readHeader, type ImageFormat } from './sniff.js';

export { MAX_PIXELS } from './sniff.js';

/** The side of the square the network takes. */
export const INPUT_SIZE = 28;

/** Options of `imageToInput`. */
export interface ImageInputOptions {
  /** Flip to light-on-dark (1 − v) after resizing. */
  invert?: boolean;
  /** The side of the output square (default 28). */
  size?: number;
}

/** A decoded, resized image and what it was. */
export interface ImageInput {
  /** size × size luminance in [0, 1], row-major. */
  pixels: Float32Array;
  format: ImageFormat;
  /** The source image's size. */
  width: number;
  height: number;
}

/**
 * Decodes an image file's bytes (format from the magic bytes, not the name) to a square
 * grayscale input. `file` only names the image in errors. Throws UserError for empty, unknown,
 * corrupt, truncated, zero-size and over-large (> MAX_PIXELS, refused from the header) images.
 */
export function imageToInput(bytes: Uint8Array, file: string, options: ImageInputOptions = {}): ImageInput {
  const header = readHeader(bytes, file);
  const rgba = decodeRgba(bytes, header, file);
  const size = options.size ?? INPUT_SIZE;
  const pixels = resizeToSquare(luminance(rgba), rgba.width, rgba.height, size);
  if (options.invert) for (let i = 0; i < pixels.length; i++) pixels[i] = 1 - pixels[i]!;
  return { pixels, format: header.format, width: rgba.width, height: rgba.height };
}

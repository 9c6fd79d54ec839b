/**
 * Image files as network inputs: PNG or JPEG of any size and colour type → the network's input
 * size in [0, 1], grayscale (the way Fashion-MNIST stores its examples) or RGB.
 *
 * Inversion: Fashion-MNIST shows a light garment on a black background, while most photos show
 * a darker object on a lighter background. We do not guess: pixels are taken as they are
 * (0 = black, 1 = white; transparent = white), and `invert` flips them (1 − v) for photos of
 * dark-on-light objects, so that a product photo on white paper looks like a dataset example.
 */
import { decodeRgba } from './decode.js';
import { luminance, resizePlane, rgbPlanes } from './resize.js';
import { readHeader, type ImageFormat } from './sniff.js';

export { MAX_PIXELS } from './sniff.js';

/** The side of the square the network takes. */
export const INPUT_SIZE = 28;

/** Options of `imageToInput`. */
export interface ImageInputOptions {
  /** Flip to light-on-dark (1 − v) after resizing. */
  invert?: boolean;
  /** The side of the output square (default 28); `height` and `width` set a rectangle instead. */
  size?: number;
  height?: number;
  width?: number;
  /** 1: grayscale (luminance, default); 3: RGB. */
  channels?: 1 | 3;
}

/** A decoded, resized image and what it was. */
export interface ImageInput {
  /** height × width × channels values in [0, 1], row-major, channels last (tfjs's NHWC). */
  pixels: Float32Array;
  format: ImageFormat;
  /** The source image's size. */
  width: number;
  height: number;
}

/**
 * Decodes an image file's bytes (format from the magic bytes, not the name) to a network
 * input: padded to the output's proportions and box-filtered down (or up) to its size. `file` only names the image in errors. Throws UserError for empty, unknown,
 * corrupt, truncated, zero-size and over-large (> MAX_PIXELS, refused from the header) images.
 */
export function imageToInput(bytes: Uint8Array, file: string, options: ImageInputOptions = {}): ImageInput {
  const header = readHeader(bytes, file);
  const rgba = decodeRgba(bytes, header, file);
  const height = options.height ?? options.size ?? INPUT_SIZE;
  const width = options.width ?? options.size ?? INPUT_SIZE;
  const planes = options.channels === 3 ? rgbPlanes(rgba) : [luminance(rgba)];
  const resized = planes.map((plane) => resizePlane(plane, rgba.width, rgba.height, height, width));
  const pixels = interleave(resized);
  if (options.invert) for (let i = 0; i < pixels.length; i++) pixels[i] = 1 - pixels[i]!;
  return { pixels, format: header.format, width: rgba.width, height: rgba.height };
}

/** Planes [c][h·w] as one channels-last array [h·w·c]. */
function interleave(planes: Float32Array[]): Float32Array {
  if (planes.length === 1) return planes[0]!;
  const n = planes[0]!.length;
  const out = new Float32Array(n * planes.length);
  for (let i = 0; i < n; i++) for (let c = 0; c < planes.length; c++) out[i * planes.length + c] = planes[c]![i]!;
  return out;
}

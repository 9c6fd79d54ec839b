/**
 * IDX files (LeCun's format: a magic number, big-endian dimensions, raw bytes), parsed and
 * validated from bytes alone: no file system, so the playground parses the files a user picks
 * with the same code the CLI uses. Reading and gunzipping files is raw-file.ts's (Node) business.
 */
import type { ImageSplit } from '../train/data/split.js';
import { CATALOG, FILE_KEYS, type FileKey } from '../train/data/catalog.js';
import { DataError } from '../train/data/errors.js';
import type { Dataset } from '../model.js';

/** The largest decompressed file we accept: MNIST's train images are 47 MB; this stops a gzip bomb. */
export const MAX_DECOMPRESSED = 1 << 30;

/** IDX element type 0x08: unsigned byte, the only one MNIST-style datasets use. */
const UBYTE = 0x08;

/** One file's decompressed bytes and the name errors call it by (a path, or a picked file's name). */
export interface IdxFile {
  path: string;
  /** The file's bytes, or only its first ones where `length` says how long it is. */
  bytes: Uint8Array;
  /**
   * The whole decompressed file's length, when `bytes` holds only its start: a reader told that
   * only the first examples are used (a run on a few thousand of Fashion-MNIST's 60,000) keeps
   * those, and the file is still checked whole.
   */
  length?: number;
}

/** An images file: `count` images of height×width bytes, row-major, sharing the file's memory. */
export interface IdxImages {
  count: number;
  height: number;
  width: number;
  pixels: Uint8Array;
}

/** A labels file: one byte per example, each below the dataset's class count. */
export interface IdxLabels {
  count: number;
  labels: Uint8Array;
}

/** One split as validated bytes: as many labels as images. */
export interface IdxSplit {
  images: IdxImages;
  labels: IdxLabels;
}

/** The four files of a dataset, validated: both splits, images of one size. */
export interface IdxDataset {
  train: IdxSplit;
  test: IdxSplit;
}

/** Whether `bytes` start with gzip's magic number (whatever the file's name says). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Parses an images file (magic 2051: ubyte, 3 dimensions); `length`: the whole file's, where `bytes` is its start. */
export function parseImages(bytes: Uint8Array, file: string, length = bytes.length): IdxImages {
  const [count, height, width] = parseHeader(bytes, file, 3, length);
  return { count, height, width, pixels: bytes.subarray(headerLength(3)) };
}

/** Parses a labels file (magic 2049: ubyte, 1 dimension) and checks every label is a class below `classes`; `length` as parseImages's. */
export function parseLabels(bytes: Uint8Array, file: string, classes: number, length = bytes.length): IdxLabels {
  const [count] = parseHeader(bytes, file, 1, length);
  const labels = bytes.subarray(headerLength(1));
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= classes) {
      throw new DataError('DATA_LABEL_RANGE', file, { file, label: labels[i]!, index: i, classes, hint: corruptHint(file) });
    }
  }
  return { count, labels };
}

/** Validates all four files of `dataset`: each one's header, each split's counts, both splits' image size. */
export function parseDataset(dataset: Dataset, files: Record<FileKey, IdxFile>): IdxDataset {
  for (const key of FILE_KEYS) if (!files[key]) throw new Error(`parseDataset: no ${key} file`);
  const classes = CATALOG[dataset].classes.length;
  const train = parseSplit(files['train-images'], files['train-labels'], classes);
  const test = parseSplit(files['t10k-images'], files['t10k-labels'], classes);
  if (train.images.height !== test.images.height || train.images.width !== test.images.width) {
    const [trainFile, testFile] = [files['train-images'].path, files['t10k-images'].path];
    throw new DataError('DATA_BAD_DIMS', testFile, {
      test: testFile, testSize: `${test.images.height}×${test.images.width}`, train: trainFile, trainSize: `${train.images.height}×${train.images.width}`,
    });
  }
  return { train, test };
}

function parseSplit(imagesFile: IdxFile, labelsFile: IdxFile, classes: number): IdxSplit {
  const images = parseImages(imagesFile.bytes, imagesFile.path, imagesFile.length);
  const labels = parseLabels(labelsFile.bytes, labelsFile.path, classes, labelsFile.length);
  if (images.count !== labels.count) {
    throw new DataError('DATA_COUNT_MISMATCH', labelsFile.path, { labels: labelsFile.path, labelCount: labels.count, images: imagesFile.path, imageCount: images.count });
  }
  return { images, labels };
}

/** x/255 for every byte value, so decoding is one table lookup per pixel (and equals PyTorch's ToTensor). */
const SCALE = Float32Array.from({ length: 256 }, (_, v) => v / 255);

/** The first `limit` examples of `split` (all without one) as float32 pixels in [0, 1]. */
export function decodeSplit(split: IdxSplit, limit?: number): ImageSplit {
  const { images, labels } = split;
  const count = Math.min(images.count, limit ?? Infinity);
  const size = count * images.height * images.width;
  if (images.pixels.length < size) throw new Error(`decodeSplit: ${count} images asked for, the reader kept ${images.pixels.length} bytes`);
  const pixels = new Float32Array(size);
  const src = images.pixels;
  for (let i = 0; i < size; i++) pixels[i] = SCALE[src[i]];
  // copies of the part used (a Node Buffer's slice is a view): a view would keep the whole
  // decompressed file (47 MB for Fashion-MNIST's training images) alive for a run on a few thousand
  const used = <T extends Uint8Array>(all: T, length: number) => (length < all.length ? new Uint8Array(all.subarray(0, length)) : all);
  return { images: pixels, bytes: used(src, size), labels: used(labels.labels, count), count, height: images.height, width: images.width };
}

const headerLength = (dims: number) => 4 + 4 * dims;

/**
 * How many bytes of an IDX file hold its header and its first `examples` examples (all of them
 * when it has fewer), from its first bytes; undefined when these are not an IDX header of
 * unsigned bytes (reading the whole file lets parsing say what is wrong).
 */
export function idxPrefixLength(head: Uint8Array, examples: number): number | undefined {
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0 || head[2] !== UBYTE || head[3] === 0) return undefined;
  const header = headerLength(head[3]!);
  if (head.length < header) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let size = 1;
  for (let d = 1; d < head[3]!; d++) size *= view.getUint32(4 + 4 * d);
  return header + Math.min(examples, view.getUint32(4)) * size;
}

/** Validates the header and the file's length (`length`: `bytes` may be its start) against it; returns the dimensions. */
function parseHeader(bytes: Uint8Array, file: string, dims: 1 | 3, length: number): number[] {
  const expectedMagic = 0x800 + dims;
  const what = dims === 3 ? 'images' : 'labels';
  if (bytes.length < 4) {
    throw new DataError('DATA_TRUNCATED', file, { file, bytes: bytes.length, hint: corruptHint(file) });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (bytes[0] !== 0 || bytes[1] !== 0) {
    throw new DataError('DATA_BAD_MAGIC', file, { file, magic: `0x${hex(magic)}`, expected: String(expectedMagic), what, hint: corruptHint(file) });
  }
  if (bytes[2] !== UBYTE) {
    throw new DataError('DATA_BAD_TYPE', file, { file, type: `0x${bytes[2].toString(16).padStart(2, '0')}`, hint: corruptHint(file) });
  }
  if (bytes[3] !== dims) {
    throw new DataError('DATA_BAD_MAGIC', file, { file, magic: String(magic), expected: String(expectedMagic), what, dims: { found: bytes[3]!, expected: dims } });
  }
  const header = headerLength(dims);
  if (bytes.length < header) {
    throw new DataError('DATA_TRUNCATED', file, { file, bytes: bytes.length, header, hint: corruptHint(file) });
  }
  const shape: number[] = [];
  for (let d = 0; d < dims; d++) shape.push(view.getUint32(4 + 4 * d));
  if (shape.some((n) => n === 0)) {
    throw new DataError('DATA_BAD_DIMS', file, { file, shape: shape.join('×'), hint: corruptHint(file) });
  }
  const expected = header + shape.reduce((a, b) => a * b, 1);
  if (length < expected) {
    throw new DataError('DATA_TRUNCATED', file, { file, bytes: length, shape: shape.join('×'), needs: expected, hint: corruptHint(file) });
  }
  if (length > expected) {
    throw new DataError('DATA_LENGTH_MISMATCH', file, { file, extra: length - expected, shape: shape.join('×'), hint: corruptHint(file) });
  }
  return shape;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** The CLI's advice for a damaged file (the playground shows its own: pick or point at other files). */
export function corruptHint(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return `Replace ${base} with an intact copy (delete it to have lenetc download it again if it is in the cache).`;
}

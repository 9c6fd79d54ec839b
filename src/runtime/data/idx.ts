/** Reads and validates IDX files (LeCun's format: a magic number, big-endian dimensions, raw bytes). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { DataError } from './errors.js';

const gunzipAsync = promisify(gunzip);

/** The largest decompressed file we accept: MNIST's train images are 47 MB; this stops a gzip bomb. */
const MAX_DECOMPRESSED = 1 << 30;

/** IDX element type 0x08: unsigned byte, the only one MNIST-style datasets use. */
const UBYTE = 0x08;

/** A file's bytes as read: decompressed when it was gzip, plus the SHA-256 of the file on disk. */
export interface RawFile {
  path: string;
  sha256: string;
  bytes: Uint8Array;
}

/** An images file: `count` images of height×width bytes, row-major, sharing the file's memory. */
export interface IdxImages {
  count: number;
  height: number;
  width: number;
  pixels: Uint8Array;
}

/** A labels file: one byte per example, each below 10. */
export interface IdxLabels {
  count: number;
  labels: Uint8Array;
}

/** Reads `file`, hashing it and gunzipping it when its content is gzip, whatever its name says. */
export async function readRawFile(file: string): Promise<RawFile> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    throw new DataError('DATA_IO', file, { action: 'read', file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const isGzip = data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
  if (!isGzip) {
    if (file.endsWith('.gz')) {
      throw new DataError('DATA_CORRUPT_GZIP', file, { file, hint: corruptHint(file) });
    }
    return { path: file, sha256, bytes: data };
  }
  try {
    const bytes = await gunzipAsync(data, { maxOutputLength: MAX_DECOMPRESSED });
    return { path: file, sha256, bytes };
  } catch (err) {
    const reason = (err as Error).message;
    throw new DataError('DATA_CORRUPT_GZIP', file, { file, reason, hint: corruptHint(file) });
  }
}

/** Parses an images file (magic 2051: ubyte, 3 dimensions). */
export function parseImages(bytes: Uint8Array, file: string): IdxImages {
  const [count, height, width] = parseHeader(bytes, file, 3);
  return { count, height, width, pixels: bytes.subarray(headerLength(3)) };
}

/** Parses a labels file (magic 2049: ubyte, 1 dimension) and checks every label is a class 0..9. */
export function parseLabels(bytes: Uint8Array, file: string, classes: number): IdxLabels {
  const [count] = parseHeader(bytes, file, 1);
  const labels = bytes.subarray(headerLength(1));
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= classes) {
      throw new DataError('DATA_LABEL_RANGE', file, { file, label: labels[i]!, index: i, classes, hint: corruptHint(file) });
    }
  }
  return { count, labels };
}

const headerLength = (dims: number) => 4 + 4 * dims;

/** Validates the header and the file's length against it; returns the dimensions. */
function parseHeader(bytes: Uint8Array, file: string, dims: 1 | 3): number[] {
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
  if (bytes.length < expected) {
    throw new DataError('DATA_TRUNCATED', file, { file, bytes: bytes.length, shape: shape.join('×'), needs: expected, hint: corruptHint(file) });
  }
  if (bytes.length > expected) {
    throw new DataError('DATA_LENGTH_MISMATCH', file, { file, extra: bytes.length - expected, shape: shape.join('×'), hint: corruptHint(file) });
  }
  return shape;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

function corruptHint(file: string): string {
  return `Replace ${path.basename(file)} with an intact copy (delete it to have lenetc download it again if it is in the cache).`;
}

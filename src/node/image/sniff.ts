/**
 * Tells image formats apart by their magic bytes and reads their dimensions from the header,
 * refusing before any decoding an image whose pixels, or the memory decoding them takes, are
 * past a bound: decoding time and memory grow with both.
 */
import { UserError } from '../../errors.js';
import { inflatedLength, pngHeaderFields } from './png.js';

/** The formats lenetc decodes. */
export type ImageFormat = 'png' | 'jpeg';

/** What the header says, before any pixel is decoded. */
export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Formats people may try that we recognize only to name them in the error. */
const KNOWN_UNSUPPORTED: ReadonlyArray<{ name: string; magic: readonly number[]; at?: number }> = [
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'BMP', magic: [0x42, 0x4d] },
  { name: 'WebP', magic: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'HEIF/AVIF', magic: [0x66, 0x74, 0x79, 0x70], at: 4 },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/**
 * The format and size of `bytes`, from the magic bytes and header only (file names lie).
 * Throws UserError for empty, unknown, truncated-header and zero-size images.
 */
export function readHeader(bytes: Uint8Array, file: string): ImageHeader {
  if (bytes.length === 0) throw new UserError('IMAGE_EMPTY', { file });
  if (startsWith(bytes, PNG_SIGNATURE)) return pngHeader(bytes, file);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegHeader(bytes, file);
  const other = KNOWN_UNSUPPORTED.find((f) => startsWith(bytes, f.magic, f.at));
  throw new UserError('IMAGE_UNSUPPORTED', { file, format: other?.name });
}

/** PNG: the IHDR chunk must come first, right after the 8-byte signature (png.ts checks the rest). */
function pngHeader(bytes: Uint8Array, file: string): ImageHeader {
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length < 29 || ihdr !== 'IHDR') throw new UserError('IMAGE_CORRUPT', { file, format: 'png', truncated: bytes.length < 29, what: 'no IHDR header chunk' });
  const fields = pngHeaderFields(bytes);
  const { width, height, bitDepth } = fields;
  const pixels = width * height;
  // pngjs holds the inflated rows, a 16-bit bitmap for 16-bit images, and its 8-bit RGBA output
  const source = inflatedLength({ ...fields, bitDepth: Math.min(bitDepth, 16) || 8, colorType: CHANNEL_TYPES.has(fields.colorType) ? fields.colorType : 6 });
  const kind = `${bitDepth}-bit ${COLOUR_KINDS[fields.colorType] ?? 'PNG'}`;
  return checked({ format: 'png', width, height }, file, { bytes: source + pixels * (bitDepth === 16 ? 8 : 0), kind });
}

/** The colour types png.ts knows how to size; anything else is refused there, sized as RGBA here. */
const CHANNEL_TYPES: ReadonlySet<number> = new Set([0, 2, 3, 4, 6]);
const COLOUR_KINDS: Partial<Record<number, string>> = { 0: 'grey', 2: 'RGB', 3: 'palette', 4: 'grey+alpha', 6: 'RGBA' };

/** Start-of-frame markers (C0–CF less DHT C4, JPG C8 and DAC CC) carry the frame's size. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: walks the marker segments up to the first start-of-frame. */
function jpegHeader(bytes: Uint8Array, file: string): ImageHeader {
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw new UserError('IMAGE_CORRUPT', { file, format: 'jpeg', what: `expected a marker at byte ${pos}` });
    const marker = bytes[pos + 1]!;
    // fill bytes (FF FF ...) and the standalone markers carry no length
    if (marker === 0xff) { pos++; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) { pos += 2; continue; }
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!;
    if (isStartOfFrame(marker)) {
      if (pos + 10 > bytes.length) break;
      const height = (bytes[pos + 5]! << 8) | bytes[pos + 6]!;
      const width = (bytes[pos + 7]! << 8) | bytes[pos + 8]!;
      const components = bytes[pos + 9]!;
      // jpeg-js keeps each component's samples (as 16-bit coefficients while decoding) besides its RGBA output
      return checked({ format: 'jpeg', width, height }, file, { bytes: width * height * Math.max(1, components) * 2, kind: `JPEG of ${components} component${components === 1 ? '' : 's'}` });
    }
    if (marker === 0xda || marker === 0xd9 || length < 2) break;
    pos += 2 + length;
  }
  throw new UserError('IMAGE_CORRUPT', { file, format: 'jpeg', truncated: true, what: 'no frame header' });
}

/** Refuses before decoding: more pixels than this take seconds each to decode (40 megapixels, about 14 s of JPEG). */
export const MAX_PIXELS = 40_000_000;

/** Refuses before decoding: what decoding an image may take at most, in MiB (a 16-bit RGBA PNG of 33 megapixels). */
export const MAX_DECODE_MIB = 1024;

/**
 * `header` when its size is allowed. `decoding` is what the decoder holds of the source (bytes)
 * and what kind of image it is, for the message; every image also takes its RGBA bitmap and up
 * to three float planes (4 + 12 bytes a pixel) on the way to the network's input.
 */
function checked(header: ImageHeader, file: string, decoding: { bytes: number; kind: string }): ImageHeader {
  const { width, height } = header;
  if (width === 0 || height === 0) throw new UserError('IMAGE_ZERO_SIZE', { file, width, height });
  if (width * height > MAX_PIXELS) {
    throw new UserError('IMAGE_TOO_LARGE', { file, width, height, limit: MAX_PIXELS });
  }
  const mib = Math.ceil((decoding.bytes + width * height * 16) / 2 ** 20);
  if (mib > MAX_DECODE_MIB) throw new UserError('IMAGE_TOO_LARGE', { file, width, height, limit: MAX_DECODE_MIB, memory: { mib, kind: decoding.kind } });
  return header;
}

/**
 * A PNG's structure checked before pngjs decodes it: pngjs zero-fills what is missing (no
 * IDAT, rows cut short), inflates whatever the data claims (a decompression bomb) and words
 * its errors for its own developers. Here every chunk's CRC is checked, the header's fields are
 * ones PNG allows, the image data is zlib that inflates to exactly the size the header implies
 * (never more: inflation stops there), and each problem is IMAGE_CORRUPT in plain words.
 */
import zlib from 'node:zlib';
import { UserError } from '../../errors.js';

/** What IHDR says, as far as the checks need it. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/** Channels per pixel of each colour type (grey, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Partial<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The bit depths PNG allows for each colour type. */
const DEPTHS: Partial<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const COLOUR_NAMES: Partial<Record<number, string>> = { 0: 'grey', 2: 'RGB', 3: 'palette', 4: 'grey with alpha', 6: 'RGBA' };

/** Adam7's passes: x and y start, x and y step. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

/** The fields of the IHDR chunk at its fixed place (bytes 16..28), unchecked. */
export function pngHeaderFields(bytes: Uint8Array): PngHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colorType: bytes[25]!, interlaced: bytes[28] === 1 };
}

/** Bytes of one row of `width` pixels (filter byte not counted). */
function rowBytes(header: PngHeader, width: number): number {
  return Math.ceil((width * CHANNELS[header.colorType]! * header.bitDepth) / 8);
}

/** The length of the inflated image data: one filter byte plus the pixels of every row (of every pass). */
export function inflatedLength(header: PngHeader): number {
  if (!header.interlaced) return header.height * (1 + rowBytes(header, header.width));
  let total = 0;
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil((header.width - x0) / dx);
    const h = Math.ceil((header.height - y0) / dy);
    if (w > 0 && h > 0) total += h * (1 + rowBytes(header, w));
  }
  return total;
}

/**
 * Checks the PNG `bytes` (signature already seen) as the module comment says; `file` names it
 * in errors. Returns quietly when pngjs may decode it.
 */
export function checkPng(bytes: Uint8Array, file: string): void {
  const fail = (what: string, truncated = false) => new UserError('IMAGE_CORRUPT', { file, format: 'png', truncated, what });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let header: PngHeader | undefined;
  let palette = false;
  let ended = false;
  for (let pos = 8; pos < bytes.length && !ended;) {
    if (pos + 8 > bytes.length) throw fail('the file ends inside a chunk header', true);
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) throw fail(`expected a chunk at byte ${pos}, found bytes that are not one`);
    if (pos + 12 + length > bytes.length) throw fail(`the file ends inside its ${type} chunk`, true);
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) throw fail(`its ${type} chunk fails its CRC check (the bytes were changed)`);
    if (header === undefined && type !== 'IHDR') throw fail(`expected the IHDR chunk first, found ${type}`);
    if (type === 'IHDR') header = checkHeader(data, fail);
    else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    pos += 12 + length;
  }
  if (header === undefined) throw fail('no IHDR header chunk');
  if (header.colorType === 3 && !palette) throw fail('a palette image without its PLTE chunk');
  if (idat.length === 0) throw fail('no IDAT chunk: the file holds no pixels', !ended);
  if (!ended) throw fail('no IEND chunk: the file ends early', true);
  checkImageData(idat, header, fail);
}

/** IHDR's fields as PNG defines them (ISO/IEC 15948 §11.2.2). */
function checkHeader(data: Uint8Array, fail: (what: string) => UserError): PngHeader {
  if (data.length !== 13) throw fail(`its IHDR chunk holds ${data.length} bytes: expected 13`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header: PngHeader = { width: view.getUint32(0), height: view.getUint32(4), bitDepth: data[8]!, colorType: data[9]!, interlaced: data[12] === 1 };
  const depths = DEPTHS[header.colorType];
  if (depths === undefined) throw fail(`colour type ${header.colorType} is not a PNG colour type (expected 0, 2, 3, 4 or 6)`);
  if (!depths.includes(header.bitDepth)) {
    throw fail(`bit depth ${header.bitDepth} is not a PNG bit depth for ${COLOUR_NAMES[header.colorType]} images (expected ${depths.join(', ')})`);
  }
  if (data[10] !== 0 || data[11] !== 0) throw fail(`compression method ${data[10]} and filter method ${data[11]}: PNG defines only 0 for each`);
  if (data[12]! > 1) throw fail(`interlace method ${data[12]}: PNG defines 0 (none) and 1 (Adam7)`);
  return header;
}

/**
 * Inflates the image data to at most the length the header implies (so a bomb stops there)
 * and insists on exactly that length: neither rows missing nor data left over.
 */
function checkImageData(idat: readonly Uint8Array[], header: PngHeader, fail: (what: string, truncated?: boolean) => UserError): void {
  const expected = inflatedLength(header);
  const compressed = Buffer.concat(idat);
  let inflated: Buffer;
  try {
    // Z_SYNC_FLUSH: a stream cut short gives the rows it holds instead of an error, to count them
    inflated = zlib.inflateSync(compressed, { maxOutputLength: expected + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw fail(`its image data inflates to more than the ${expected.toLocaleString('en-US')} bytes its ${header.width}×${header.height} header implies (a decompression bomb?)`);
    }
    throw fail(`its image data is not zlib data (${(e as Error).message})`);
  }
  if (inflated.length > expected) {
    throw fail(`its image data inflates to more than the ${expected.toLocaleString('en-US')} bytes its ${header.width}×${header.height} header implies (a decompression bomb?)`);
  }
  if (inflated.length < expected) {
    const rows = header.interlaced ? undefined : Math.floor(inflated.length / (1 + rowBytes(header, header.width)));
    throw fail(rows === undefined
      ? `its image data holds ${inflated.length.toLocaleString('en-US')} of the ${expected.toLocaleString('en-US')} bytes its header implies`
      : `its image data holds ${rows} of ${header.height} rows`, true);
  }
}

/** CRC-32 (ISO 3309, as PNG uses it), by table; zlib.crc32 needs Node 20.15. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

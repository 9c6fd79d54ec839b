/** Decodes PNG and JPEG bytes to 8-bit RGBA, turning decoder exceptions into UserErrors. */
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { UserError } from '../../errors.js';
import { checkPng } from './png.js';
import { MAX_PIXELS, type ImageHeader } from './sniff.js';

/** Decoded pixels: width × height × 4 bytes, RGBA, row-major. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes `bytes`, whose header `readHeader` has already checked. */
export function decodeRgba(bytes: Uint8Array, header: ImageHeader, file: string): RgbaImage {
  // pngjs decodes what it is given, missing rows and all: the structure is checked first
  if (header.format === 'png') checkPng(bytes, file);
  let image: RgbaImage;
  try {
    image = header.format === 'png' ? decodePng(bytes) : decodeJpeg(bytes);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // pngjs says a truncated stream this way (sic)
    const reason = /read requests waitng|unexpected end/i.test(message) ? 'the file ends early' : message;
    throw new UserError('IMAGE_CORRUPT', { file, format: header.format, truncated: true, what: reason });
  }
  if (image.width !== header.width || image.height !== header.height || image.data.length < image.width * image.height * 4) {
    throw new UserError('IMAGE_CORRUPT', { file, format: header.format, what: 'decoded size differs from its header' });
  }
  return image;
}

/** pngjs expands every colour type and bit depth (palette, gray+alpha, 16-bit...) to 8-bit RGBA. */
function decodePng(bytes: Uint8Array): RgbaImage {
  const png = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, data: png.data };
}

/** The end-of-image marker; jpeg-js decodes a truncated scan without complaint, so we check for it. */
function hasEndOfImage(bytes: Uint8Array): boolean {
  // trailing bytes after EOI happen (camera padding), so look near the end, not only at it
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

function decodeJpeg(bytes: Uint8Array): RgbaImage {
  if (!hasEndOfImage(bytes)) throw new Error('no end-of-image marker');
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    // our own header check already refused larger images; these only must not refuse smaller ones
    maxResolutionInMP: MAX_PIXELS / 1e6 + 1,
    maxMemoryUsageInMB: 2048,
  });
  return { width: image.width, height: image.height, data: image.data };
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { UserError } from '../src/errors.js';
import { imageToInput, MAX_PIXELS } from '../src/node/image/index.js';

/** Wraps one PNG chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG written by hand, so the test covers colour types and bit depths pngjs's encoder
 * does not write (16-bit, palette with transparency). `rows` are the raw scanlines, unfiltered.
 */
function png(width: number, height: number, colorType: number, bitDepth: number, rows: Uint8Array[], extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colorType;
  const raw = Buffer.concat(rows.flatMap((r) => [Buffer.from([0]), Buffer.from(r)]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), ...extra, chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', new Uint8Array()),
  ]);
}

/** Rows of an image whose pixel (x, y) has `channels` bytes from `pixel`. */
function rowsOf(width: number, height: number, pixel: (x: number, y: number) => number[]): Uint8Array[] {
  return Array.from({ length: height }, (_, y) => Uint8Array.from(Array.from({ length: width }, (_, x) => pixel(x, y)).flat()));
}

const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
/** Mean of columns [from, to) of a 28×28 image. */
const columnsMean = (a: Float32Array, from: number, to: number) => {
  let sum = 0;
  for (let y = 0; y < 28; y++) for (let x = from; x < to; x++) sum += a[y * 28 + x]!;
  return sum / (28 * (to - from));
};

/** Asserts `fn` throws a UserError (exit code 1) and returns it. */
function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    assert.equal(e.exitCode, 1);
    return e;
  }
  assert.fail('expected a UserError');
}

describe('imageToInput', () => {
  it('reads a left-black, right-white RGBA PNG as a 28×28 image with the right half bright', () => {
    const bytes = png(56, 56, 6, 8, rowsOf(56, 56, (x) => (x < 28 ? [0, 0, 0, 255] : [255, 255, 255, 255])));
    const { pixels, format, width, height } = imageToInput(bytes, 'half.png');
    assert.equal(format, 'png');
    assert.deepEqual([width, height], [56, 56]);
    assert.equal(pixels.length, 28 * 28);
    assert.ok(Math.abs(mean(pixels) - 0.5) < 1e-6);
    assert.equal(columnsMean(pixels, 0, 14), 0);
    assert.equal(columnsMean(pixels, 14, 28), 1);
  });

  it('keeps colour with channels: 3, channels last: a red left half and a blue right half', () => {
    const bytes = png(40, 40, 2, 8, rowsOf(40, 40, (x) => (x < 20 ? [255, 0, 0] : [0, 0, 255])));
    const { pixels } = imageToInput(bytes, 'rb.png', { size: 8, channels: 3 });
    assert.equal(pixels.length, 8 * 8 * 3);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const [r, g, b] = pixels.subarray((y * 8 + x) * 3, (y * 8 + x) * 3 + 3);
        assert.deepEqual([r, g, b], x < 4 ? [1, 0, 0] : [0, 0, 1], `pixel ${x},${y}`);
      }
    }
  });

  it('resizes to a rectangle, padding the image to its proportions with the edge colour', () => {
    // a 20×20 white square with a black centre column, to 10 rows × 20 columns: padded to 40×20
    const bytes = png(20, 20, 0, 8, rowsOf(20, 20, (x) => [x === 10 ? 0 : 255]));
    const { pixels } = imageToInput(bytes, 'rect.png', { height: 10, width: 20 });
    assert.equal(pixels.length, 200);
    // columns 0..9 and 30..39 of the padded image are the edge colour (78 of 80 edge pixels
    // white); the black column, source column 10, is half of output column 10
    const edge = 78 / 80;
    for (let y = 0; y < 10; y++) {
      assert.ok(Math.abs(pixels[y * 20 + 0]! - edge) < 1e-6);
      assert.ok(Math.abs(pixels[y * 20 + 10]! - 0.5) < 1e-6, `row ${y}`);
      assert.ok(Math.abs(pixels[y * 20 + 19]! - edge) < 1e-6);
    }
  });

  it('averages areas: a 1-pixel checkerboard at 56×56 becomes uniform gray', () => {
    const bytes = png(56, 56, 0, 8, rowsOf(56, 56, (x, y) => [(x + y) % 2 ? 255 : 0]));
    const { pixels } = imageToInput(bytes, 'checker.png');
    for (const v of pixels) assert.ok(Math.abs(v - 0.5) < 1e-6);
  });

  it('weights partly covered pixels: 3 columns to 28 splits the middle one', () => {
    // 42×42 (1.5 source px per output px): columns 0..13 black, 14..41 white
    const bytes = png(42, 42, 0, 8, rowsOf(42, 42, (x) => [x < 14 ? 0 : 255]));
    const { pixels } = imageToInput(bytes, 'third.png');
    // output column 9 covers source [13.5, 15): 0.5 black + 1 white → 2/3
    assert.ok(Math.abs(pixels[9]! - 2 / 3) < 1e-6, String(pixels[9]));
    assert.equal(pixels[8], 0);
    assert.equal(pixels[10], 1);
  });

  it('reads 16-bit gray with the full 16-bit range', () => {
    const bytes = png(28, 28, 0, 16, rowsOf(28, 28, (x) => (x < 14 ? [0x00, 0x00] : [0xff, 0xff])));
    const { pixels } = imageToInput(bytes, 'g16.png');
    assert.equal(columnsMean(pixels, 0, 14), 0);
    assert.equal(columnsMean(pixels, 14, 28), 1);
  });

  it('reads 16-bit RGBA and gray+alpha, compositing alpha on white', () => {
    // fully transparent black reads as white, half-transparent black as half gray
    const rgba16 = png(28, 28, 6, 16, rowsOf(28, 28, (x) => (x < 14 ? [0, 0, 0, 0, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0, 0xff, 0xff])));
    const a = imageToInput(rgba16, 'rgba16.png').pixels;
    assert.equal(columnsMean(a, 0, 14), 1);
    assert.equal(columnsMean(a, 14, 28), 0);
    const grayAlpha = png(28, 28, 4, 8, rowsOf(28, 28, () => [0, 128]));
    assert.ok(Math.abs(mean(imageToInput(grayAlpha, 'ga.png').pixels) - (1 - 128 / 255)) < 1e-6);
  });

  it('reads palette PNGs (with tRNS) and takes luminance of colours (Rec. 601)', () => {
    // palette: 0 = pure red, 1 = pure green, 2 = transparent blue
    const plte = chunk('PLTE', Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255]));
    const trns = chunk('tRNS', Uint8Array.from([255, 255, 0]));
    const bytes = png(30, 28, 3, 8, rowsOf(30, 28, (x) => [Math.floor(x / 10)]), [plte, trns]);
    const { pixels } = imageToInput(bytes, 'pal.png');
    // 30 wide → padded to 30×30 (one row top and bottom); per 10 px: red 0.299, green 0.587, transparent → white
    const center = (x: number) => pixels[14 * 28 + x]!;
    assert.ok(Math.abs(center(2) - 0.299) < 1e-3, String(center(2)));
    assert.ok(Math.abs(center(14) - 0.587) < 1e-3, String(center(14)));
    assert.ok(Math.abs(center(25) - 1) < 1e-6, String(center(25)));
  });

  it('pads non-square images to a square with the edge colour, keeping the aspect ratio', () => {
    // 56×28 white bar with a black 28×14 block: padded to 56×56 (14 white rows above), the
    // block (source rows 8..21, padded rows 22..35) lands at output columns 7..20, rows 11..17
    const bytes = png(56, 28, 2, 8, rowsOf(56, 28, (x, y) => (x >= 14 && x < 42 && y >= 8 && y < 22 ? [0, 0, 0] : [255, 255, 255])));
    const { pixels } = imageToInput(bytes, 'wide.png');
    let dark = 0;
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) {
      const inBlock = x >= 7 && x < 21 && y >= 11 && y < 18;
      assert.equal(pixels[y * 28 + x], inBlock ? 0 : 1, `(${x}, ${y})`);
      if (pixels[y * 28 + x] === 0) dark++;
    }
    assert.equal(dark, 14 * 7);
  });

  it('inverts on request', () => {
    const bytes = png(28, 28, 0, 8, rowsOf(28, 28, (x) => [x < 7 ? 255 : 0]));
    const { pixels } = imageToInput(bytes, 'inv.png', { invert: true });
    assert.equal(columnsMean(pixels, 0, 7), 0);
    assert.equal(columnsMean(pixels, 7, 28), 1);
  });

  it('reads a 1×1 image as a uniform 28×28 image', () => {
    const bytes = png(1, 1, 0, 8, [Uint8Array.from([51])]);
    const { pixels } = imageToInput(bytes, 'dot.png');
    for (const v of pixels) assert.ok(Math.abs(v - 0.2) < 1e-6);
  });

  it('reads a large (3000×2000) PNG written by pngjs', () => {
    const width = 3000;
    const height = 2000;
    const image = new pngjs.PNG({ width, height });
    // top half white, bottom half black; padded to 3000×3000 with the edge mean (0.5)
    const words = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
    words.fill(0xffffffff, 0, width * 1000); // opaque white (RGBA bytes, little-endian words)
    words.fill(0xff000000, width * 1000); // opaque black
    const { pixels } = imageToInput(pngjs.PNG.sync.write(image, { filterType: 0, deflateLevel: 1 }), 'big.png');
    // rows 0..4 are padding (500 px ≈ 4.67 output rows), then white to row 14, black after
    assert.ok(Math.abs(pixels[0]! - 0.5) < 1e-3);
    assert.equal(pixels[8 * 28 + 5], 1);
    assert.equal(pixels[18 * 28 + 5], 0);
    assert.ok(Math.abs(mean(pixels) - 0.5) < 1e-3);
  });

  it('reads a JPEG (jpeg-js) with the same statistics as the PNG', () => {
    const width = 64;
    const data = Buffer.alloc(width * width * 4);
    for (let i = 0; i < width * width; i++) data.fill(i % width >= 32 ? 255 : 0, 4 * i, 4 * i + 3).writeUInt8(255, 4 * i + 3);
    const bytes = jpeg.encode({ width, height: width, data }, 95).data;
    const { pixels, format } = imageToInput(bytes, 'half.jpg');
    assert.equal(format, 'jpeg');
    assert.ok(Math.abs(mean(pixels) - 0.5) < 0.02, String(mean(pixels)));
    assert.ok(columnsMean(pixels, 0, 12) < 0.02);
    assert.ok(columnsMean(pixels, 16, 28) > 0.98);
  });

  it('sniffs the format from magic bytes, not the file name', () => {
    const bytes = png(28, 28, 0, 8, rowsOf(28, 28, () => [255]));
    assert.equal(imageToInput(bytes, 'photo.jpg').format, 'png');
  });

  it('refuses empty, unknown, truncated and corrupt files with UserErrors', () => {
    const good = png(28, 28, 2, 8, rowsOf(28, 28, (x, y) => [x * 9, y * 9, 100]));
    userError(() => imageToInput(new Uint8Array(), 'empty.png'));
    userError(() => imageToInput(Buffer.from('GIF89a\x01\x00\x01\x00'), 'a.gif'));
    userError(() => imageToInput(Buffer.from('name: lenet\nlayers: []\n'), 'spec.png'));
    userError(() => imageToInput(good.subarray(0, 20), 'short-header.png'));
    userError(() => imageToInput(good.subarray(0, good.length - 30), 'truncated.png'));
    const flipped = Buffer.from(good);
    flipped[good.length - 20]! ^= 0xff; // inside IDAT: the CRC no longer matches
    userError(() => imageToInput(flipped, 'corrupt.png'));
    const j = jpeg.encode({ width: 16, height: 16, data: Buffer.alloc(16 * 16 * 4, 128) }, 90).data;
    userError(() => imageToInput(j.subarray(0, j.length - 40), 'truncated.jpg'));
    userError(() => imageToInput(j.subarray(0, 12), 'header-only.jpg'));
  });

  it('refuses zero-size images and, from the header alone, absurdly large ones', () => {
    // IHDR only, no pixel data: the size check must come before any decoding
    const header = (width: number, height: number) => png(width, height, 0, 8, []).subarray(0, 33);
    userError(() => imageToInput(header(0, 10), 'zero.png'));
    userError(() => imageToInput(header(20000, 20000), 'huge.png'));
    assert.ok(20000 * 20000 > MAX_PIXELS);
    // a JPEG whose SOF0 claims 60000×60000
    const sof = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0xea, 0x60, 0xea, 0x60, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
    userError(() => imageToInput(sof, 'huge.jpg'));
  });
});

describe('PNG integrity and decode bounds', { timeout: 60_000 }, () => {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = (width: number, height: number, colorType: number, bitDepth: number) => {
    const data = Buffer.alloc(13);
    data.writeUInt32BE(width, 0);
    data.writeUInt32BE(height, 4);
    data[8] = bitDepth;
    data[9] = colorType;
    return chunk('IHDR', data);
  };
  const grey28 = rowsOf(28, 28, (x) => [x * 9]);
  const raw = Buffer.concat(grey28.flatMap((r) => [Buffer.from([0]), Buffer.from(r)]));
  const corrupt = (bytes: Buffer, file: string) => {
    const e = userError(() => imageToInput(bytes, file));
    assert.equal(e.code, 'IMAGE_CORRUPT', `${file}: ${e.code} ${e.message}`);
    return e;
  };

  it('no IDAT chunk, IDAT that is not zlib, and 5 of 28 rows are IMAGE_CORRUPT', () => {
    corrupt(Buffer.concat([signature, ihdr(28, 28, 0, 8), chunk('IEND', new Uint8Array())]), 'no-idat.png');
    corrupt(Buffer.concat([signature, ihdr(28, 28, 0, 8), chunk('IDAT', Buffer.from('this is not zlib data at all')), chunk('IEND', new Uint8Array())]), 'not-zlib.png');
    const five = zlib.deflateSync(raw.subarray(0, 5 * 29));
    const e = corrupt(Buffer.concat([signature, ihdr(28, 28, 0, 8), chunk('IDAT', five), chunk('IEND', new Uint8Array())]), 'five-rows.png');
    assert.match(e.message, /5 of 28 rows/);
  });

  it('a bad CRC and an impossible bit depth say so, not a decoder\'s internals', () => {
    const good = png(28, 28, 0, 8, grey28);
    const badCrc = Buffer.from(good);
    badCrc[8 + 8 + 13]! ^= 0xff; // IHDR's CRC
    assert.match(corrupt(badCrc, 'crc.png').message, /IHDR.*CRC/);
    const depth7 = Buffer.concat([signature, ihdr(28, 28, 0, 7), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', new Uint8Array())]);
    assert.match(corrupt(depth7, 'depth7.png').message, /bit depth 7/);
    for (const e of [corrupt(badCrc, 'crc.png'), corrupt(depth7, 'depth7.png')]) assert.doesNotMatch(e.message, /unrecognised content|end of stream/);
  });

  it('a decompression bomb is refused without inflating it, with a message that says what it is', () => {
    // 28×28 claimed, 200 MB of zeros compressed to ~200 KB
    const bomb = zlib.deflateSync(Buffer.alloc(200e6), { level: 9 });
    const started = performance.now();
    const e = corrupt(Buffer.concat([signature, ihdr(28, 28, 0, 8), chunk('IDAT', bomb), chunk('IEND', new Uint8Array())]), 'bomb.png');
    assert.ok(performance.now() - started < 5000);
    assert.match(e.message, /more than/);
    assert.doesNotMatch(e.message, /have should not go down/);
  });

  it('decoding is bounded by pixels and memory from the header, before any work', () => {
    // 10000×10000 16-bit RGBA: 760 KB of zeros that would take gigabytes and minutes
    const huge = (w: number, h: number, colorType: number, depth: number) => Buffer.concat([signature, ihdr(w, h, colorType, depth), chunk('IDAT', zlib.deflateSync(Buffer.alloc(1000))), chunk('IEND', new Uint8Array())]);
    for (const [w, h] of [[10000, 10000], [6000, 6000]]) {
      const started = performance.now();
      const e = userError(() => imageToInput(huge(w, h, 6, 16), `rgba16-${w}.png`));
      assert.equal(e.code, 'IMAGE_TOO_LARGE', `${w}: ${e.code}`);
      assert.ok(performance.now() - started < 1000);
    }
    // 36 megapixels of 16-bit RGBA is under the pixel limit but over the memory bound
    assert.ok(6000 * 6000 <= MAX_PIXELS);
  });
});

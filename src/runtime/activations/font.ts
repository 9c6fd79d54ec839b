/**
 * A 5×7 bitmap font for the labels of activation grids. PNG has no text and no font-rendering
 * package is installed (nor wanted: one more native dependency to draw a few labels), so the
 * glyphs live here. Upper case only; lower case is drawn as upper case, and anything else as `?`.
 */

/** Glyph cell: 5 columns × 7 rows, drawn one column apart. */
export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;
/** Horizontal distance between glyph origins. */
export const ADVANCE = GLYPH_WIDTH + 1;

// each glyph: 7 rows of 5 pixels, top to bottom, '1' = ink
const GLYPHS: Record<string, string> = {
  A: '01110 10001 10001 11111 10001 10001 10001',
  B: '11110 10001 10001 11110 10001 10001 11110',
  C: '01110 10001 10000 10000 10000 10001 01110',
  D: '11100 10010 10001 10001 10001 10010 11100',
  E: '11111 10000 10000 11110 10000 10000 11111',
  F: '11111 10000 10000 11110 10000 10000 10000',
  G: '01110 10001 10000 10111 10001 10001 01111',
  H: '10001 10001 10001 11111 10001 10001 10001',
  I: '01110 00100 00100 00100 00100 00100 01110',
  J: '00111 00010 00010 00010 00010 10010 01100',
  K: '10001 10010 10100 11000 10100 10010 10001',
  L: '10000 10000 10000 10000 10000 10000 11111',
  M: '10001 11011 10101 10101 10001 10001 10001',
  N: '10001 10001 11001 10101 10011 10001 10001',
  O: '01110 10001 10001 10001 10001 10001 01110',
  P: '11110 10001 10001 11110 10000 10000 10000',
  Q: '01110 10001 10001 10001 10101 10010 01101',
  R: '11110 10001 10001 11110 10100 10010 10001',
  S: '01111 10000 10000 01110 00001 00001 11110',
  T: '11111 00100 00100 00100 00100 00100 00100',
  U: '10001 10001 10001 10001 10001 10001 01110',
  V: '10001 10001 10001 10001 10001 01010 00100',
  W: '10001 10001 10001 10101 10101 10101 01010',
  X: '10001 10001 01010 00100 01010 10001 10001',
  Y: '10001 10001 10001 01010 00100 00100 00100',
  Z: '11111 00001 00010 00100 01000 10000 11111',
  0: '01110 10001 10011 10101 11001 10001 01110',
  1: '00100 01100 00100 00100 00100 00100 01110',
  2: '01110 10001 00001 00010 00100 01000 11111',
  3: '11111 00010 00100 00010 00001 10001 01110',
  4: '00010 00110 01010 10010 11111 00010 00010',
  5: '11111 10000 11110 00001 00001 10001 01110',
  6: '00110 01000 10000 11110 10001 10001 01110',
  7: '11111 00001 00010 00100 01000 01000 01000',
  8: '01110 10001 10001 01110 10001 10001 01110',
  9: '01110 10001 10001 01111 00001 00010 01100',
  ' ': '00000 00000 00000 00000 00000 00000 00000',
  '.': '00000 00000 00000 00000 00000 01100 01100',
  ',': '00000 00000 00000 00000 01100 00100 01000',
  ':': '00000 01100 01100 00000 01100 01100 00000',
  '-': '00000 00000 00000 11111 00000 00000 00000',
  '_': '00000 00000 00000 00000 00000 00000 11111',
  '/': '00000 00001 00010 00100 01000 10000 00000',
  '#': '01010 01010 11111 01010 11111 01010 01010',
  '=': '00000 00000 11111 00000 11111 00000 00000',
  '%': '11000 11001 00010 00100 01000 10011 00011',
  '(': '00010 00100 01000 01000 01000 00100 00010',
  ')': '01000 00100 00010 00010 00010 00100 01000',
  '+': '00000 00100 00100 11111 00100 00100 00000',
  '×': '00000 10001 01010 00100 01010 10001 00000',
  '?': '01110 10001 00001 00010 00100 00000 00100',
};

/** Each glyph as 7 row bitmasks, bit 4 the leftmost column. */
const BITMAPS = new Map(Object.entries(GLYPHS).map(([ch, rows]) => [ch, rows.split(' ').map((r) => parseInt(r, 2))]));

/** The width in pixels of `text` drawn at `scale` (no trailing gap). */
export function textWidth(text: string, scale = 1): number {
  const n = [...text].length;
  return n === 0 ? 0 : (n * ADVANCE - 1) * scale;
}

/** A grayscale canvas: one byte per pixel, row-major. */
export interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Draws `text` with its top-left corner at (x, y), each font pixel a scale × scale square of
 * `ink`; pixels falling outside the canvas are dropped.
 */
export function drawText(canvas: Canvas, text: string, x: number, y: number, scale = 1, ink = 0): void {
  let cx = x;
  for (const ch of text) {
    const rows = BITMAPS.get(ch.toUpperCase()) ?? BITMAPS.get('?')!;
    rows.forEach((bits, row) => {
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if (!(bits & (1 << (GLYPH_WIDTH - 1 - col)))) continue;
        fill(canvas, cx + col * scale, y + row * scale, scale, scale, ink);
      }
    });
    cx += ADVANCE * scale;
  }
}

/** Fills a w × h rectangle at (x, y) with `value`, clipped to the canvas. */
export function fill(canvas: Canvas, x: number, y: number, w: number, h: number, value: number): void {
  const x0 = Math.max(0, x);
  const x1 = Math.min(canvas.width, x + w);
  for (let yy = Math.max(0, y); yy < Math.min(canvas.height, y + h); yy++) {
    if (x1 > x0) canvas.pixels.fill(value, yy * canvas.width + x0, yy * canvas.width + x1);
  }
}

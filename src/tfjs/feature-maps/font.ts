/**
 * Text and rectangles on an RGB canvas, for the feature-map PNGs. PNG has no text and no
 * font-rendering package is installed (nor wanted: one more native dependency for a few
 * labels), so the glyphs of DejaVu Sans come rasterized, anti-aliased, in ./glyphs.ts
 * (scripts/make-glyphs.ts draws them once with Chromium). A character the font file lacks is
 * drawn as `?`.
 */
import { FACES, type RasterFace } from './glyphs.js';

/** A face of the text: 13 px regular for labels, 17 px bold for titles. */
export type Face = keyof typeof FACES;

/** An RGB colour, 0–255 each. */
export type Rgb = readonly [number, number, number];

/** An RGB canvas: three bytes per pixel, row-major. */
export interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A blank canvas of `width` × `height` in `background`. */
export function createCanvas(width: number, height: number, background: Rgb): Canvas {
  const canvas = { width, height, pixels: new Uint8Array(width * height * 3) };
  fill(canvas, 0, 0, width, height, background);
  return canvas;
}

const coverage = new Map<Face, Uint8Array>();

function alphaOf(face: Face): Uint8Array {
  let alpha = coverage.get(face);
  if (!alpha) {
    alpha = Uint8Array.from(atob(FACES[face].alpha), (c) => c.charCodeAt(0));
    coverage.set(face, alpha);
  }
  return alpha;
}

function glyph(font: RasterFace, ch: string): readonly [number, number, number, number] {
  return font.glyphs[ch] ?? font.glyphs['?']!;
}

/** The height of a line of `face`, in pixels. */
export function lineHeight(face: Face): number {
  return FACES[face].lineHeight;
}

/** The width in pixels of `text` in `face`. */
export function textWidth(text: string, face: Face): number {
  const font = FACES[face];
  let width = 0;
  for (const ch of text) width += glyph(font, ch)[0];
  return Math.ceil(width);
}

/**
 * Draws `text` in `face` and `color` with the top of its line at (x, y), each glyph blended
 * by its coverage over what is there; pixels outside the canvas are dropped.
 */
export function drawText(canvas: Canvas, text: string, x: number, y: number, face: Face, color: Rgb): void {
  const font = FACES[face];
  const alpha = alphaOf(face);
  let pen = x;
  for (const ch of text) {
    const [advance, left, width, offset] = glyph(font, ch);
    const x0 = Math.round(pen) + left;
    for (let row = 0; row < font.lineHeight; row++) {
      const yy = y + row;
      if (yy < 0 || yy >= canvas.height) continue;
      for (let col = 0; col < width; col++) {
        const xx = x0 + col;
        const a = alpha[offset + row * width + col]! / 255;
        if (a === 0 || xx < 0 || xx >= canvas.width) continue;
        const at = 3 * (yy * canvas.width + xx);
        for (let k = 0; k < 3; k++) canvas.pixels[at + k] = Math.round(canvas.pixels[at + k]! * (1 - a) + color[k]! * a);
      }
    }
    pen += advance;
  }
}

/** Fills a w × h rectangle at (x, y) with `color`, clipped to the canvas. */
export function fill(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  const x0 = Math.max(0, x);
  const x1 = Math.min(canvas.width, x + w);
  for (let yy = Math.max(0, y); yy < Math.min(canvas.height, y + h); yy++) {
    for (let xx = x0; xx < x1; xx++) canvas.pixels.set(color, 3 * (yy * canvas.width + xx));
  }
}

/** A one-pixel frame around the w × h rectangle at (x, y) (drawn on its outermost pixels). */
export function frame(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  fill(canvas, x, y, w, 1, color);
  fill(canvas, x, y + h - 1, w, 1, color);
  fill(canvas, x, y, 1, h, color);
  fill(canvas, x + w - 1, y, 1, h, color);
}

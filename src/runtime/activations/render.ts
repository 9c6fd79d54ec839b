/**
 * Draws one input's activations as a grayscale PNG: the input image with the prediction beside
 * it, then one section per layer, its feature maps in a grid, each normalized on its own and
 * labelled `layer:channel`.
 */
import pngjs from 'pngjs';
import { drawText, fill, GLYPH_HEIGHT, textWidth, type Canvas } from './font.js';

/** The outputs of one layer for one input, channels last as tfjs computes them. */
export interface FeatureMaps {
  layer: string;
  height: number;
  width: number;
  channels: number;
  /** height × width × channels */
  data: Float32Array;
}

/** Everything one grid shows. */
export interface ActivationSheet {
  /** What the input is, e.g. `test #12` or `noise 0`. */
  title: string;
  /** side × side values in [0, 1]. */
  input: Float32Array;
  side: number;
  predicted: string;
  probability: number;
  /** The true class, when the input came from the dataset. */
  truth?: string;
  layers: FeatureMaps[];
}

/** Geometry of the grid, in pixels; exported so tests can check sizes against it. */
export const LAYOUT = {
  margin: 8,
  /** Target side of the input panel; the input is scaled by the largest integer that fits. */
  inputPanel: 112,
  /** Target side of one feature map, likewise. */
  mapTarget: 64,
  /** Feature maps per grid row. */
  columns: 8,
  /** Between cells, both ways. */
  gap: 6,
  /** Above each layer's section. */
  section: 12,
  /** Scale of titles and the header text (labels under maps are scale 1). */
  titleScale: 2,
  /** Between a section title and its grid. */
  titleGap: 4,
  /** Header text line height, at titleScale. */
  headerLine: 2 * GLYPH_HEIGHT + 4,
  /** Between the input panel and the header text. */
  headerGap: 12,
  /** Between a map and its label. */
  labelGap: 2,
  /** Every image and map has a one-pixel frame of this gray. */
  frame: 128,
  background: 255,
  ink: 0,
} as const;

/** The integer scale that brings `side` closest to `target` without exceeding it (at least 1). */
export function scaleFor(side: number, target: number): number {
  return Math.max(1, Math.floor(target / side));
}

/** A section's geometry: cell size and grid extent. */
function sectionGeometry(maps: FeatureMaps) {
  const s = scaleFor(Math.max(maps.height, maps.width), LAYOUT.mapTarget);
  const label = `${maps.layer}:${maps.channels - 1}`;
  const cellW = Math.max(maps.width * s + 2, textWidth(label));
  const cellH = maps.height * s + 2 + LAYOUT.labelGap + GLYPH_HEIGHT;
  const cols = Math.min(maps.channels, LAYOUT.columns);
  const rows = Math.ceil(maps.channels / cols);
  const title = `${maps.layer} ${maps.height}×${maps.width}×${maps.channels}`;
  return {
    s, cellW, cellH, cols, rows, title,
    gridW: cols * cellW + (cols - 1) * LAYOUT.gap,
    gridH: rows * cellH + (rows - 1) * LAYOUT.gap,
    titleH: GLYPH_HEIGHT * LAYOUT.titleScale,
  };
}

function headerLines(sheet: ActivationSheet): string[] {
  const lines = [sheet.title, `pred ${sheet.predicted} ${(100 * sheet.probability).toFixed(1)}%`];
  if (sheet.truth !== undefined) lines.push(`true ${sheet.truth}`);
  return lines;
}

/** The PNG file of `sheet`. */
export function renderSheet(sheet: ActivationSheet): Uint8Array {
  const { margin, gap, titleScale } = LAYOUT;
  const inputScale = scaleFor(sheet.side, LAYOUT.inputPanel);
  const panel = sheet.side * inputScale + 2;
  const lines = headerLines(sheet);
  const textX = margin + panel + LAYOUT.headerGap;
  const headerW = panel + LAYOUT.headerGap + Math.max(...lines.map((l) => textWidth(l, titleScale)));
  const headerH = Math.max(panel, lines.length * LAYOUT.headerLine);
  const sections = sheet.layers.map(sectionGeometry);

  const width = 2 * margin + Math.max(headerW, ...sections.map((g) => Math.max(g.gridW, textWidth(g.title, titleScale))));
  const height = 2 * margin + headerH + sections.reduce((sum, g) => sum + LAYOUT.section + g.titleH + LAYOUT.titleGap + g.gridH, 0);
  const canvas: Canvas = { width, height, pixels: new Uint8Array(width * height).fill(LAYOUT.background) };

  drawImage(canvas, sheet.input, sheet.side, sheet.side, margin, margin, inputScale, (v) => v);
  lines.forEach((line, i) => drawText(canvas, line, textX, margin + i * LAYOUT.headerLine, titleScale, LAYOUT.ink));

  let y = margin + headerH;
  sheet.layers.forEach((maps, i) => {
    const g = sections[i]!;
    y += LAYOUT.section;
    drawText(canvas, g.title, margin, y, titleScale, LAYOUT.ink);
    y += g.titleH + LAYOUT.titleGap;
    for (let c = 0; c < maps.channels; c++) {
      const x = margin + (c % g.cols) * (g.cellW + gap);
      const top = y + Math.floor(c / g.cols) * (g.cellH + gap);
      const map = channel(maps, c);
      drawImage(canvas, map, maps.width, maps.height, x, top, g.s, normalizer(map));
      drawText(canvas, `${maps.layer}:${c}`, x, top + maps.height * g.s + 2 + LAYOUT.labelGap, 1, LAYOUT.ink);
    }
    y += g.gridH;
  });
  return pngjs.PNG.sync.write(
    Object.assign(new pngjs.PNG({ width, height }), { data: Buffer.from(canvas.pixels.buffer, canvas.pixels.byteOffset, canvas.pixels.byteLength) }),
    { colorType: 0, inputColorType: 0, inputHasAlpha: false },
  );
}

/** Channel `c` of a channels-last map, as its own height × width array. */
function channel(maps: FeatureMaps, c: number): Float32Array {
  const out = new Float32Array(maps.height * maps.width);
  for (let i = 0; i < out.length; i++) out[i] = maps.data[i * maps.channels + c]!;
  return out;
}

/**
 * Maps a feature map's own [min, max] onto [0, 1], so each map shows its pattern whatever its
 * scale; a constant map (a dead ReLU channel, say) shows black.
 */
function normalizer(map: Float32Array): (v: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of map) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  return range > 0 && Number.isFinite(range) ? (v) => (v - min) / range : () => 0;
}

/** Draws a w × h float image, each pixel a scale × scale square, inside a one-pixel frame at (x, y). */
function drawImage(canvas: Canvas, values: Float32Array, w: number, h: number, x: number, y: number, scale: number, to01: (v: number) => number): void {
  fill(canvas, x, y, w * scale + 2, h * scale + 2, LAYOUT.frame);
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const v = Math.round(255 * Math.min(1, Math.max(0, to01(values[row * w + col]!))));
      fill(canvas, x + 1 + col * scale, y + 1 + row * scale, scale, scale, Number.isNaN(v) ? 0 : v);
    }
  }
}

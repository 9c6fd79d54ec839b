/**
 * Draws one input's activations as an RGB PNG: the input image with what it is and what the
 * network predicted beside it, then one section per layer, its feature maps in a grid in the
 * viridis colour map, each layer on one scale from its lowest to its highest activation (shown
 * by a colour bar with those numbers), so weak and strong channels can be told apart; a map
 * that is the same everywhere (a dead ReLU channel) is crossed out in red and labelled `dead`.
 * Text is DejaVu Sans (./font.ts).
 */
import { viridis } from './colormap.js';
import { createCanvas, drawText, fill, frame, lineHeight, textWidth, type Canvas, type Rgb } from './font.js';

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

/** Geometry and colours of the sheet, in pixels; exported so tests can find things by it. */
export const LAYOUT = {
  margin: 12,
  /** Target side of the input panel; the input is scaled by the largest integer that fits. */
  inputPanel: 112,
  /** Target side of one feature map, likewise. */
  mapTarget: 64,
  /** Feature maps per grid row. */
  columns: 8,
  /** Between cells, both ways. */
  gap: 8,
  /** Above each layer's section. */
  section: 18,
  /** Between the input panel and the header text. */
  headerGap: 16,
  /** Between a map and its label. */
  labelGap: 2,
  /** The colour bars: width and height. */
  bar: [160, 10] as const,
  background: [255, 255, 255] as Rgb,
  ink: [17, 17, 17] as Rgb,
  muted: [102, 102, 102] as Rgb,
  /** Every image and map has a one-pixel frame of this gray. */
  frame: [160, 160, 160] as Rgb,
  /** Dead maps' cross and label; a wrong prediction. */
  alarm: [214, 39, 40] as Rgb,
  /** A right prediction. */
  right: [44, 140, 44] as Rgb,
} as const;

/** The integer scale that brings `side` closest to `target` without exceeding it (at least 1). */
export function scaleFor(side: number, target: number): number {
  return Math.max(1, Math.floor(target / side));
}

/** A layer's numbers: its range, which channels are dead, and where its parts go. */
function sectionOf(maps: FeatureMaps) {
  let low = Infinity;
  let high = -Infinity;
  for (const v of maps.data) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const dead = Array.from({ length: maps.channels }, (_, c) => isConstant(maps, c));
  const deadCount = dead.filter((d) => d).length;
  const s = scaleFor(Math.max(maps.height, maps.width), LAYOUT.mapTarget);
  const cellW = Math.max(maps.width * s + 2, textWidth(`${maps.channels - 1} dead`, 'regular'));
  const cellH = maps.height * s + 2 + LAYOUT.labelGap + lineHeight('regular');
  const cols = Math.min(maps.channels, LAYOUT.columns);
  const rows = Math.ceil(maps.channels / cols);
  const title = maps.layer;
  const detail = `${maps.height}×${maps.width}×${maps.channels}${deadCount ? `, ${deadCount} dead` : ''}`;
  const scaleText = [number(low), number(high)] as const;
  const headW = textWidth(title, 'bold') + 12 + textWidth(detail, 'regular') + 24
    + textWidth(scaleText[0], 'regular') + 6 + LAYOUT.bar[0] + 6 + textWidth(scaleText[1], 'regular');
  return {
    low, high, dead, s, cellW, cellH, cols, rows, title, detail, scaleText, headW,
    gridW: cols * cellW + (cols - 1) * LAYOUT.gap,
    gridH: rows * cellH + (rows - 1) * LAYOUT.gap,
    headH: lineHeight('bold') + 4,
  };
}

/** The header's lines: what the input is, and the prediction, coloured right or wrong where the truth is known. */
function headerLines(sheet: ActivationSheet): Array<{ text: string; face: 'bold' | 'regular'; color: Rgb }> {
  const prediction = `predicted ${sheet.predicted} (${(100 * sheet.probability).toFixed(1)}%)`;
  const lines: Array<{ text: string; face: 'bold' | 'regular'; color: Rgb }> = [{ text: sheet.title, face: 'bold', color: LAYOUT.ink }];
  if (sheet.truth === undefined) lines.push({ text: prediction, face: 'regular', color: LAYOUT.ink });
  else {
    lines.push({ text: `true class ${sheet.truth}`, face: 'regular', color: LAYOUT.ink });
    const right = sheet.truth === sheet.predicted;
    lines.push({ text: `${prediction}: ${right ? 'right' : 'wrong'}`, face: 'regular', color: right ? LAYOUT.right : LAYOUT.alarm });
  }
  lines.push({ text: 'colours: each layer from its lowest to its highest value', face: 'regular', color: LAYOUT.muted });
  if (sheet.layers.some((maps) => Array.from({ length: maps.channels }, (_, c) => isConstant(maps, c)).some((d) => d))) {
    lines.push({ text: 'crossed out: one value everywhere, dead for this input', face: 'regular', color: LAYOUT.alarm });
  }
  return lines;
}

/** `sheet` drawn: RGB pixels, 3 bytes each, row by row (src/node/feature-maps.ts writes them as a PNG). */
export function drawSheet(sheet: ActivationSheet): Canvas {
  const { margin, gap } = LAYOUT;
  const inputScale = scaleFor(sheet.side, LAYOUT.inputPanel);
  const panel = sheet.side * inputScale + 2;
  const lines = headerLines(sheet);
  const textX = margin + panel + LAYOUT.headerGap;
  const linesH = lines.reduce((h, l) => h + lineHeight(l.face) + 2, 0);
  const headerW = panel + LAYOUT.headerGap + Math.max(LAYOUT.bar[0] + 2 * 40, ...lines.map((l) => textWidth(l.text, l.face)));
  const headerH = Math.max(panel, linesH + 6 + LAYOUT.bar[1] + 2 + lineHeight('regular'));
  const sections = sheet.layers.map(sectionOf);

  const width = 2 * margin + Math.max(headerW, ...sections.map((g) => Math.max(g.gridW, g.headW)));
  const height = 2 * margin + headerH + sections.reduce((sum, g) => sum + LAYOUT.section + g.headH + g.gridH, 0);
  const canvas = createCanvas(width, height, LAYOUT.background);

  // the input, in gray as it is, and beside it what it is and what the network made of it
  drawMap(canvas, sheet.input, sheet.side, sheet.side, margin, margin, inputScale, (v) => [v * 255, v * 255, v * 255]);
  let y = margin;
  for (const line of lines) {
    drawText(canvas, line.text, textX, y, line.face, line.color);
    y += lineHeight(line.face) + 2;
  }
  drawBar(canvas, textX, y + 6, 'low', 'high');

  y = margin + headerH;
  sheet.layers.forEach((maps, i) => {
    const g = sections[i]!;
    y += LAYOUT.section;
    const titleW = textWidth(g.title, 'bold');
    drawText(canvas, g.title, margin, y, 'bold', LAYOUT.ink);
    const baseline = y + lineHeight('bold') - lineHeight('regular') - 1;
    drawText(canvas, g.detail, margin + titleW + 12, baseline, 'regular', LAYOUT.muted);
    drawBar(canvas, margin + titleW + 12 + textWidth(g.detail, 'regular') + 24, baseline, g.scaleText[0], g.scaleText[1]);
    y += g.headH;
    const to01 = (v: number) => (g.high > g.low ? (v - g.low) / (g.high - g.low) : 0);
    for (let c = 0; c < maps.channels; c++) {
      const x = margin + (c % g.cols) * (g.cellW + gap);
      const top = y + Math.floor(c / g.cols) * (g.cellH + gap);
      drawMap(canvas, channel(maps, c), maps.width, maps.height, x, top, g.s, (v) => viridis(to01(v)));
      const side = [maps.width * g.s + 2, maps.height * g.s + 2] as const;
      const labelY = top + side[1] + LAYOUT.labelGap;
      if (g.dead[c]) {
        cross(canvas, x, top, side[0], side[1], LAYOUT.alarm);
        frame(canvas, x, top, side[0], side[1], LAYOUT.alarm);
        drawText(canvas, `${c} dead`, x, labelY, 'regular', LAYOUT.alarm);
      } else {
        drawText(canvas, String(c), x, labelY, 'regular', LAYOUT.ink);
      }
    }
    y += g.gridH;
  });
  return canvas;
}

/** Channel `c` of a channels-last map, as its own height × width array. */
function channel(maps: FeatureMaps, c: number): Float32Array {
  const out = new Float32Array(maps.height * maps.width);
  for (let i = 0; i < out.length; i++) out[i] = maps.data[i * maps.channels + c]!;
  return out;
}

/** Whether channel `c` holds one value everywhere: it tells nothing about the input (a ReLU channel that never fires). */
function isConstant(maps: FeatureMaps, c: number): boolean {
  const first = maps.data[c]!;
  for (let i = 1; i < maps.height * maps.width; i++) if (maps.data[i * maps.channels + c] !== first) return false;
  return true;
}

/** `0.0123`, `1.24`, `−3.5e-5`: three significant digits, a true minus sign. */
function number(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const text = Math.abs(v) !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4) ? v.toExponential(2) : String(Number(v.toPrecision(3)));
  return text.replace(/^-/, '−');
}

/** The colour bar: `low` text, the viridis gradient, `high` text, on the line whose top is `y`. */
function drawBar(canvas: Canvas, x: number, y: number, low: string, high: string): void {
  const [w, h] = LAYOUT.bar;
  const top = y + Math.round((lineHeight('regular') - h) / 2);
  drawText(canvas, low, x, y, 'regular', LAYOUT.muted);
  const barX = x + textWidth(low, 'regular') + 6;
  for (let i = 0; i < w; i++) fill(canvas, barX + i, top, 1, h, viridis(i / (w - 1)));
  frame(canvas, barX - 1, top - 1, w + 2, h + 2, LAYOUT.frame);
  drawText(canvas, high, barX + w + 6, y, 'regular', LAYOUT.muted);
}

/** Draws a w × h float image, each pixel a scale × scale square coloured by `color`, inside a one-pixel frame at (x, y). */
function drawMap(canvas: Canvas, values: Float32Array, w: number, h: number, x: number, y: number, scale: number, color: (v: number) => Rgb): void {
  frame(canvas, x, y, w * scale + 2, h * scale + 2, LAYOUT.frame);
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const v = values[row * w + col]!;
      const [r, g, b] = color(Number.isNaN(v) ? 0 : v);
      fill(canvas, x + 1 + col * scale, y + 1 + row * scale, scale, scale, [Math.round(r), Math.round(g), Math.round(b)]);
    }
  }
}

/** Two diagonals across the w × h rectangle at (x, y), two pixels thick. */
function cross(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  const steps = Math.max(w, h);
  for (let i = 0; i < steps; i++) {
    const dx = Math.round((i * (w - 2)) / steps);
    const dy = Math.round((i * (h - 2)) / steps);
    fill(canvas, x + dx, y + dy, 2, 2, color);
    fill(canvas, x + w - 2 - dx, y + dy, 2, 2, color);
  }
}

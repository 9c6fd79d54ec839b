/**
 * Every picture lenetc writes, looked at in a real browser (Debian's chromium, driven by
 * puppeteer-core): curves.svg, confusion.svg, a sweep's val_acc.svg, `lenetc graph`'s drawing of
 * a straight and a branched spec, and a feature-map PNG of `lenetc activations`. Each is made by
 * lenetc's own functions from made-up numbers (no training), shown at its natural size, and
 * measured as rendered: no text reaches past the edge of the drawing, none is under 10 CSS px,
 * every text contrasts with what it sits on (WCAG's ratio; 4.5 for the confusion matrix's
 * counts on their cells), zero cells are white, the screenshot is not blank and the page logged
 * no error. The PNG is loaded as an <img>: its size is what renderSheet drew, and its header
 * has the prediction in ink.
 *
 * No pixel is compared with a committed image: text is set in whatever fonts the machine has,
 * so such images differ from one machine to the next; these checks hold on any of them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pngjs from 'pngjs';
import { type Browser, type Page } from 'puppeteer-core';
import type { PointResult } from '../src/jobs/sweep/results.js';
import { valAccSvg } from '../src/jobs/sweep/results.js';
import { renderSheet } from '../src/node/feature-maps.js';
import { nodeSpecReader } from '../src/node/reader.js';
import { checkSpec } from '../src/pipeline.js';
import { LAYOUT } from '../src/tfjs/feature-maps/render.js';
import type { EpochMetrics } from '../src/train/metrics.js';
import { confusionSvg, curvesSvg } from '../src/train/plots.js';
import { embedTemplates } from './helpers/embed.js';
import { fromRoot } from './helpers/paths.js';
import { chromiumSkip, launchChromium, watchPage } from './helpers/playground.js';

const skip = chromiumSkip;

/** The smallest text a person should have to read, in CSS px at the picture's natural size. */
const MIN_TEXT_PX = 10;
/** WCAG 2's AA ratio for normal text. */
const MIN_CONTRAST = 4.5;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-look-'));
let browser: Browser;

before(async () => {
  if (skip) return;
  // renderGraph's template is embedded at build time; make sure the generated module is current
  embedTemplates();
  browser = await launchChromium(path.join(tmp, 'profile'));
});

after(async () => {
  if (skip) return;
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

type Rgb = [number, number, number];

/** One text as the browser laid it out. */
interface SeenText {
  text: string;
  /** Its ARIA label (vega's marks have one). */
  label: string;
  /** Its box in CSS px, relative to the drawing's top left. */
  box: { left: number; top: number; right: number; bottom: number };
  /** Its font size times the scale it is drawn at. */
  px: number;
  fill: Rgb;
  /** The fill of the topmost shape under the text's centre (white where there is none), and that shape's ARIA label. */
  under: { fill: Rgb; label: string };
}

/** What a picture looked like: its size, its texts, its rectangles' fills, the screenshot's colours and the page's problems. */
interface Look {
  width: number;
  height: number;
  texts: SeenText[];
  /** Every shape with an ARIA label (vega's marks) and its fill. */
  marks: Array<{ label: string; fill: Rgb | null }>;
  colours: number;
  problems: string[];
}

/** A page in its own context, sized to `width` × `height`, recording every problem it has. */
async function openPage(width: number, height: number): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.createBrowserContext()).newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewport({ width: Math.ceil(width), height: Math.ceil(height) });
  return { page, ...watchPage(page) };
}

/** `body` as the page's content, on white with no margin. */
async function show(page: Page, body: string): Promise<void> {
  await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${body}</body></html>`);
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in the page
  // functions below in calls to a `__name` helper that only exists in Node (setContent writes
  // into the blank page, so a script added for new documents would not run)
  await page.evaluate('window.__name = (fn) => fn;');
}

/** `svg` shown at its natural size on a white page, and measured there. */
async function look(svg: string): Promise<Look> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  assert.ok(size, 'the drawing states its width and height');
  const { page, problems } = await openPage(Number(size[1]), Number(size[2]));
  try {
    await show(page, svg.replace(/^<\?xml[^>]*>/, ''));
    await page.evaluate(() => document.fonts.ready);
    const seen = await page.evaluate(() => {
      const rgb = (css: string): [number, number, number] | null => {
        const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(css);
        if (!m) return null;
        // a translucent fill is seen over the white page
        const a = m[4] === undefined ? 1 : Number(m[4]);
        return [1, 2, 3].map((i) => Number(m[i]) * a + 255 * (1 - a)) as [number, number, number];
      };
      const fillOf = (e: Element): [number, number, number] | null => {
        const style = getComputedStyle(e);
        const fill = rgb(style.fill);
        if (!fill || style.visibility === 'hidden') return null;
        const a = Number(style.fillOpacity) * Number(style.opacity);
        return fill.map((c) => c * a + 255 * (1 - a)) as [number, number, number];
      };
      const root = document.querySelector('svg')!;
      const frame = root.getBoundingClientRect();
      // vega keeps the legend labels it drops for overlapping as texts with opacity 0: nobody sees those
      const texts = Array.from(root.querySelectorAll('text')).filter((t) => (t.textContent ?? '').trim() !== '' && t.checkVisibility({ opacityProperty: true, visibilityProperty: true })).map((t) => {
        const r = t.getBoundingClientRect();
        const m = t.getScreenCTM()!;
        const cx = (r.left + r.right) / 2;
        const cy = (r.top + r.bottom) / 2;
        // the first painted shape under the text's centre: the text itself, lines and groups are skipped
        const below = document.elementsFromPoint(cx, cy).find((e) => e instanceof SVGGeometryElement && !(e instanceof SVGTextContentElement) && fillOf(e));
        return {
          text: t.textContent!.trim(),
          label: t.getAttribute('aria-label') ?? '',
          box: { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top },
          px: parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)),
          fill: fillOf(t) ?? [0, 0, 0],
          under: below ? { fill: fillOf(below)!, label: below.getAttribute('aria-label') ?? '' } : { fill: [255, 255, 255] as [number, number, number], label: '' },
        };
      });
      const marks = Array.from(root.querySelectorAll('[aria-label]')).filter((e) => e instanceof SVGGeometryElement && !(e instanceof SVGTextContentElement))
        .map((e) => ({ label: e.getAttribute('aria-label')!, fill: fillOf(e) }));
      return { width: frame.width, height: frame.height, texts, marks };
    });
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: seen.width, height: seen.height } });
    return { ...seen, colours: distinctColours(Buffer.from(shot)), problems };
  } finally {
    await page.browserContext().close();
  }
}

/** How many different colours a PNG screenshot has. */
function distinctColours(png: Buffer): number {
  const { data } = pngjs.PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}

/** WCAG 2's contrast ratio of two sRGB colours, from 1 (the same) to 21 (black on white). */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = ([r, g, bl]: Rgb) => {
    const linear = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The checks every picture must pass: in frame, big enough, legible (`minContrast`), not blank, no errors. */
function assertReadable(seen: Look, minContrast = MIN_CONTRAST): void {
  assert.deepEqual(seen.problems, []);
  assert.ok(seen.texts.length > 0, 'the picture has text');
  // half a pixel for the rounding of boxes laid out on fractional positions
  const clipped = seen.texts.filter((t) => t.box.left < -0.5 || t.box.top < -0.5 || t.box.right > seen.width + 0.5 || t.box.bottom > seen.height + 0.5);
  assert.deepEqual(clipped.map((t) => `${t.text} ${JSON.stringify(t.box)}`), [], `past the edge of a ${seen.width}×${seen.height} drawing`);
  const small = seen.texts.filter((t) => t.px < MIN_TEXT_PX - 1e-6);
  assert.deepEqual(small.map((t) => `${t.text}: ${t.px.toFixed(1)} px`), [], `texts under ${MIN_TEXT_PX} px`);
  const faint = seen.texts.filter((t) => contrast(t.fill, t.under.fill) < minContrast);
  assert.deepEqual(faint.map((t) => `${t.text}: ${contrast(t.fill, t.under.fill).toFixed(2)} (rgb ${t.fill} on ${t.under.fill})`), [], `texts below contrast ${minContrast}`);
  assert.ok(seen.colours >= 16, `${seen.colours} colours: the screenshot is (nearly) blank`);
}

/** `epochs` epochs whose loss falls and accuracy rises, with a cosine rate from 1e-3 to about 6e-7 (as test/plots.test.ts). */
function metrics(epochs: number): EpochMetrics[] {
  return Array.from({ length: epochs }, (_, i) => ({
    epoch: i + 1, train_loss: 2 / (i + 2), train_acc: 0.5 + i / (3 * epochs), val_loss: 2.1 / (i + 2), val_acc: 0.45 + i / (3 * epochs),
    lr: i === epochs - 1 ? 6e-7 : 1e-3 * (1 + Math.cos(Math.PI * (i + 1) / epochs)) / 2, seconds: 1, images_per_s: 100,
  }));
}

/** The drawing `lenetc graph` makes of a shipped spec. */
async function graphOf(spec: string): Promise<string> {
  const file = fromRoot('specs', spec);
  const checked = checkSpec({ file, text: fs.readFileSync(file, 'utf8') }, { reader: nodeSpecReader(fromRoot('specs')) });
  assert.ok(checked.ok && checked.model && checked.shapes, JSON.stringify(checked.diagnostics.map((d) => d.code)));
  const { renderGraph } = await import('../src/codegen/svg.js');
  return renderGraph(checked.model, checked.shapes);
}

describe('the pictures, as a browser draws them', { skip, timeout: 120_000 }, () => {
  it('curves.svg of a ten-epoch run', { timeout: 30_000 }, async () => {
    const losses = Array.from({ length: 10 }, (_, e) => Array.from({ length: 469 }, (_, b) => 2 / (e + 1 + b / 469) + 0.2 * Math.sin(b * 2.3 + e)));
    assertReadable(await look(await curvesSvg(metrics(10), { name: 'modern', losses })));
  });

  it('confusion.svg: counts legible on their cells, zero cells white', { timeout: 30_000 }, async () => {
    const classes = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];
    // a full diagonal, a few big mistakes (shirts and tops), many single ones and many zeros: every shade the scale has
    const confusion = classes.map((_, t) => classes.map((_, p) => (t === p ? 1000 - 30 * t : (t * 7 + p * 3) % 5 === 0 ? ((t + p) % 4) * 40 + 1 : 0)));
    confusion[6]![0] = 150;
    const seen = await look(await confusionSvg(confusion, classes, 'modern: accuracy 0.8650 on 10,000 test images (8,650 right)'));
    assertReadable(seen);
    const cells = seen.marks.filter((m) => /count: \d+$/.test(m.label));
    assert.equal(cells.length, 100);
    for (const cell of cells.filter((c) => c.label.endsWith('count: 0'))) assert.deepEqual(cell.fill, [255, 255, 255], cell.label);
    // every count sits on its own cell, in a colour that reads on that cell
    const counts = seen.texts.filter((t) => /count: \d+$/.test(t.label));
    assert.equal(counts.length, confusion.flat().filter((c) => c > 0).length);
    for (const count of counts) {
      assert.equal(count.under.label, count.label, `${count.text} sits on its cell`);
      const ratio = contrast(count.fill, count.under.fill);
      assert.ok(ratio >= MIN_CONTRAST, `${count.under.label}: rgb ${count.fill} on rgb ${count.under.fill}, contrast ${ratio.toFixed(2)}`);
    }
  });

  it('a sweep\'s val_acc.svg with a long title', { timeout: 30_000 }, async () => {
    const row = (id: string, accs: number[]): PointResult => ({
      id, values: [], params: 1, macs: 1, seconds: 1, status: 'done',
      metrics: accs.map((val_acc, i) => ({ ...metrics(1)[0]!, epoch: i + 1, val_acc })),
    });
    const rows = [row('lr=0.1', [0.5, 0.6, 0.62]), row('lr=0.01,filters=some-long-value-here', [0.7, 0.65, 0.72]), { ...row('lr=1', []), status: 'skipped: NON_POSITIVE_OUTPUT' as const }];
    const seen = await look(await valAccSvg(rows, 'modern'));
    assertReadable(seen);
    assert.ok(seen.texts.some((t) => t.text.startsWith('modern sweep: best val_acc 0.7200 at lr=0.01,filters=some-long-value-here')));
  });

  for (const spec of ['lenet5.yaml', 'resnet.yaml']) {
    it(`lenetc graph specs/${spec}`, { timeout: 30_000 }, async () => {
      const seen = await look(await graphOf(spec));
      assertReadable(seen);
      assert.ok(seen.texts.some((t) => t.text === 'input'), 'the input box is drawn and named');
    });
  }

  it('a feature-map sheet: the PNG at the size drawn, its prediction in the header', { timeout: 30_000 }, async () => {
    const maps = (layer: string, side: number, channels: number) => {
      const data = new Float32Array(side * side * channels);
      for (let i = 0; i < data.length; i++) data[i] = i % channels === 3 ? 0 : Math.sin(i / 7) * ((i % channels) + 1);
      return { layer, height: side, width: side, channels, data };
    };
    const input = new Float32Array(28 * 28).map((_, i) => ((i % 28) - 14) ** 2 + (Math.floor(i / 28) - 14) ** 2 < 100 ? 0.9 : 0);
    const png = renderSheet({ title: 'test #7', input, side: 28, predicted: 'Coat', probability: 0.985, truth: 'Coat', layers: [maps('conv1', 28, 6), maps('conv2', 10, 16)] });
    const drawn = pngjs.PNG.sync.read(Buffer.from(png));
    const { page, problems } = await openPage(drawn.width, drawn.height);
    try {
      await show(page, `<img src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`);
      // the pixels as the browser decoded them, and where the header's text holds the prediction in the right-answer green
      const seen = await page.evaluate(async (textX: number, bandTop: number, bandBottom: number, right: number[], background: number[]) => {
        const img = document.querySelector('img')!;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data, width } = context.getImageData(textX, bandTop, img.naturalWidth - textX, bandBottom - bandTop);
        let ink = 0;
        const greenRows = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          const px = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (px.some((c, k) => Math.abs(c - background[k]!) > 40)) ink++;
          if (px.every((c, k) => Math.abs(c - right[k]!) <= 8)) greenRows.add(Math.floor(i / 4 / width));
        }
        return { naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, shown: img.getBoundingClientRect().width, ink, greenRows: greenRows.size };
      }, LAYOUT.margin + 28 * 4 + 2 + LAYOUT.headerGap, LAYOUT.margin, LAYOUT.margin + 28 * 4 + 2, [...LAYOUT.right], [...LAYOUT.background]);
      assert.deepEqual(problems, []);
      assert.equal(seen.naturalWidth, drawn.width);
      assert.equal(seen.naturalHeight, drawn.height);
      assert.equal(seen.shown, drawn.width, 'shown at its natural size');
      assert.ok(seen.ink > 500, `${seen.ink} pixels of ink beside the input: the header's text`);
      // the prediction line ("predicted Coat (98.5%): right") is drawn, and tall enough to read
      assert.ok(seen.greenRows >= 7, `the prediction's ink spans ${seen.greenRows} rows`);
    } finally {
      await page.browserContext().close();
    }
  });
});

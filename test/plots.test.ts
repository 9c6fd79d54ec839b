/**
 * The pictures of a run and a sweep, read as the SVG documents they are (parsed as XML, vega's
 * marks found by their ARIA labels and classes): curves.svg's per-step loss under the epochs'
 * points, its epoch ticks, the learning rate's own panel and legend with ticks like 6e-7, and a
 * title naming the run and its result; the confusion matrix's white zeros, readable diagonal and
 * per-class accuracy; the sweep plot's title.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { valAccSvg, type PointResult } from '../src/jobs/sweep/results.js';
import type { EpochMetrics } from '../src/train/metrics.js';
import { confusionSvg, curvesSvg } from '../src/train/plots.js';
import { elementsNamed, parseXml, textOf, type XmlElement } from './helpers/xml.js';

/** `epochs` epochs whose loss falls and accuracy rises, with a cosine rate from 1e-3 to about 6e-7. */
function metrics(epochs: number): EpochMetrics[] {
  return Array.from({ length: epochs }, (_, i) => ({
    epoch: i + 1, train_loss: 2 / (i + 2), train_acc: 0.5 + i / (3 * epochs), val_loss: 2.1 / (i + 2), val_acc: 0.45 + i / (3 * epochs),
    lr: i === epochs - 1 ? 6e-7 : 1e-3 * (1 + Math.cos(Math.PI * (i + 1) / epochs)) / 2, seconds: 1, images_per_s: 100,
  }));
}

/** Each epoch's step losses: `steps` noisy values falling through the epoch. */
function stepLosses(epochs: number, steps: number): number[][] {
  return Array.from({ length: epochs }, (_, e) => Array.from({ length: steps }, (_, b) => 2 / (e + 1 + b / steps) + 0.2 * Math.sin(b * 2.3 + e)));
}

/** Every element under `root` whose class list has `name`. */
function byClass(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if ((e.attributes.class ?? '').split(/\s+/).includes(name)) found.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return found;
}

/** The tick labels of the axes whose ARIA label starts with `prefix` (e.g. `X-axis titled 'epoch'`). */
function tickLabels(root: XmlElement, prefix: string): string[][] {
  return elementsNamed(root, 'g').filter((g) => (g.attributes['aria-label'] ?? '').startsWith(prefix))
    .map((axis) => byClass(axis, 'role-axis-label').flatMap((g) => elementsNamed(g, 'text').map((t) => textOf(t))));
}

/** The line marks' ARIA labels and their number of points. */
function lines(root: XmlElement): Array<{ label: string; points: number }> {
  return elementsNamed(root, 'path').filter((p) => p.attributes['aria-roledescription'] === 'line mark')
    .map((p) => ({ label: p.attributes['aria-label']!, points: (p.attributes.d!.match(/[ML]/g) ?? []).length }));
}

describe('curves.svg', { timeout: 60_000 }, () => {
  it('draws a one-epoch run as a curve: every step\'s loss and its smoothed line, under the epoch\'s points', { timeout: 30_000 }, async () => {
    const root = parseXml(await curvesSvg(metrics(1), { name: 'tiny', losses: stepLosses(1, 40) }));
    const titles = byClass(root, 'role-title-text').flatMap((g) => elementsNamed(g, 'text').map((t) => textOf(t)));
    assert.ok(titles.includes('tiny: val_acc 0.4500 after 1 epoch'), titles.join(' | '));
    const drawn = lines(root);
    const perStep = drawn.find((l) => l.label.endsWith('series: train, per step'));
    const smoothed = drawn.find((l) => l.label.endsWith('series: train, smoothed'));
    assert.equal(perStep?.points, 40);
    assert.equal(smoothed?.points, 40);
    // the epoch's train mean and val loss are points on the same axes
    const points = elementsNamed(root, 'path').filter((p) => p.attributes['aria-roledescription'] === 'point');
    assert.ok(points.some((p) => /series: train, epoch mean/.test(p.attributes['aria-label'] ?? '')));
    // x in whole epochs, from 0 to 1, in every panel
    const xTicks = tickLabels(root, "X-axis titled 'epoch'");
    assert.equal(xTicks.length, 3);
    for (const ticks of xTicks) assert.deepEqual(ticks, ['0', '1']);
  });

  it('ticks a ten-epoch run in whole epochs, its rate like 6e-7, in a panel with its own legend; a long run\'s steps are thinned', { timeout: 30_000 }, async () => {
    const root = parseXml(await curvesSvg(metrics(10), { name: 'cosine', losses: stepLosses(10, 469) }));
    for (const ticks of tickLabels(root, "X-axis titled 'epoch'")) {
      assert.ok(ticks.length >= 3 && ticks.every((t) => /^\d+$/.test(t)), ticks.join(' '));
    }
    const [rate] = tickLabels(root, "Y-axis titled 'learning rate'");
    assert.ok(rate && rate.length >= 2, String(rate));
    for (const tick of rate) assert.match(tick, /^(\d(\.\d+)?e[-+]\d+|0)$/);
    assert.ok(rate.every((t) => !/0\.000/.test(t)));
    // three legends: the loss's four series, accuracy's two, the rate's one
    const legends = byClass(root, 'role-legend').map((g) => byClass(g, 'role-legend-label').flatMap((l) => elementsNamed(l, 'text').map((t) => textOf(t))));
    assert.deepEqual(legends.map((l) => l.length).sort(), [1, 2, 4]);
    assert.ok(legends.some((l) => l.length === 1 && /^lr/.test(l[0]!)));
    const perStep = lines(root).find((l) => l.label.endsWith('series: train, per step'))!;
    assert.ok(perStep.points <= 600 && perStep.points >= 400, `${perStep.points} points for 4,690 steps`);
    const titles = byClass(root, 'role-title-text').flatMap((g) => elementsNamed(g, 'text').map((t) => textOf(t)));
    assert.ok(titles.includes('cosine: val_acc 0.7500 after 10 epochs'), titles.join(' | '));
  });

  it('names the best epoch when it is not the last, and draws epochs without step losses (an older checkpoint\'s)', { timeout: 30_000 }, async () => {
    const m = metrics(3);
    m[1]!.val_acc = 0.9;
    const root = parseXml(await curvesSvg(m, { name: 'r', losses: [[], [], []] }));
    const titles = byClass(root, 'role-title-text').flatMap((g) => elementsNamed(g, 'text').map((t) => textOf(t)));
    assert.ok(titles.includes('r: val_acc 0.6722 after 3 epochs (best 0.9000, epoch 2)'), titles.join(' | '));
    assert.ok(!lines(root).some((l) => /per step|smoothed/.test(l.label)));
  });
});

describe('confusion.svg', { timeout: 60_000 }, () => {
  it('leaves zero cells white, writes counts in white on dark cells, and gives each class its accuracy', { timeout: 30_000 }, async () => {
    const classes = ['T-shirt/top', 'Trouser', 'Pullover'];
    const confusion = [[90, 0, 10], [0, 100, 0], [30, 1, 69]];
    const root = parseXml(await confusionSvg(confusion, classes, 'net: accuracy 0.8633 on 300 test images (259 right)'));
    const titles = byClass(root, 'role-title-text').flatMap((g) => elementsNamed(g, 'text').map((t) => textOf(t)));
    assert.ok(titles.includes('net: accuracy 0.8633 on 300 test images (259 right)'));
    const cells = elementsNamed(root, 'path').filter((p) => p.attributes['aria-roledescription'] === 'rect mark' && /count: \d+/.test(p.attributes['aria-label'] ?? ''));
    assert.equal(cells.length, 9);
    for (const cell of cells) {
      const count = Number(/count: (\d+)/.exec(cell.attributes['aria-label']!)![1]);
      if (count === 0) assert.equal(cell.attributes.fill, '#ffffff', cell.attributes['aria-label']);
      else assert.notEqual(cell.attributes.fill, '#ffffff', cell.attributes['aria-label']);
    }
    // counts only where there are some; the full diagonal's in white
    const counts = elementsNamed(root, 'text').filter((t) => t.attributes['aria-roledescription'] === 'text mark' || /count: /.test(t.attributes['aria-label'] ?? ''));
    const byLabel = new Map(counts.map((t) => [textOf(t), t.attributes.fill]));
    assert.deepEqual([...byLabel.keys()].filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b)), ['1', '10', '30', '69', '90', '100']);
    assert.equal(byLabel.get('100'), '#ffffff');
    assert.equal(byLabel.get('1'), '#000000');
    // per-class accuracy beside the rows
    for (const accuracy of ['90.0%', '100.0%', '69.0%']) assert.ok(byLabel.has(accuracy), accuracy);
    // the predicted classes are labelled along the top, under their title
    const [top] = tickLabels(root, "X-axis titled 'predicted class'");
    assert.deepEqual(top, classes);
  });
});

describe('val_acc.svg of a sweep', { timeout: 30_000 }, () => {
  it('titles the plot with the spec and its best point, anchored inside the drawing', { timeout: 30_000 }, async () => {
    const row = (id: string, accs: number[]): PointResult => ({
      id, values: [], params: 1, macs: 1, seconds: 1, status: 'done',
      metrics: accs.map((val_acc, i) => ({ ...metrics(1)[0]!, epoch: i + 1, val_acc })),
    });
    const svg = await valAccSvg([row('lr=0.1', [0.5, 0.6]), row('lr=0.01,filters=some-long-value-here', [0.7, 0.65]), { ...row('lr=1', []), status: 'skipped: NON_POSITIVE_OUTPUT' }], 'tiny');
    const root = parseXml(svg);
    const title = byClass(root, 'role-title-text').flatMap((g) => elementsNamed(g, 'text'))[0]!;
    assert.equal(textOf(title), 'tiny sweep: best val_acc 0.7000 at lr=0.01,filters=some-long-value-here (2 of 3 points trained)');
    // every text of the title group starts inside the drawing (the whole drawing is shifted by its padding)
    const width = Number(root.attributes.width);
    assert.ok(width > textOf(title).length * 6, `${width} px wide for ${textOf(title).length} characters`);
    assert.equal(title.attributes['text-anchor'] ?? 'start', 'start');
  });
});

describe('text from a spec or a data set in the plots', { timeout: 30_000 }, () => {
  it('is escaped: a hostile run name and class names stay text', { timeout: 30_000 }, async () => {
    const hostile = '</text><script>alert("x&y")</script>';
    const curves = await curvesSvg(metrics(1), { name: hostile, losses: [[1, 2]] });
    const confusion = await confusionSvg([[1, 0], [0, 1]], ['<b>a&b</b>', '"q\''], `${hostile}: accuracy`);
    for (const svg of [curves, confusion]) {
      assert.doesNotMatch(svg, /<script|<b>/);
      const root = parseXml(svg);
      const texts = elementsNamed(root, 'text').map((t) => textOf(t));
      assert.ok(texts.some((t) => t.startsWith(hostile)), 'the title reads back as written');
    }
    assert.ok(elementsNamed(parseXml(confusion), 'text').some((t) => textOf(t) === '<b>a&b</b>'));
  });
});

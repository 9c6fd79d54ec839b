/** SVG charts of a run, drawn headless: a vega-lite spec compiled to vega, rendered with renderer 'none'. */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { xmlChars } from '../codegen/escape.js';
import type { EpochMetrics } from './metrics.js';
import type { TrainingHistory } from './store.js';

/** Renders a vega-lite spec to an SVG string (sweep plots use it too). */
export async function toSvg(spec: vegaLite.TopLevelSpec): Promise<string> {
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** How many points a per-step line keeps at most: a long run's steps are averaged into this many. */
const MAX_STEP_POINTS = 600;

/** The loss panel's series, in legend order, with their colours (the train ones in shades of one blue). */
const LOSS_SERIES = [
  { name: 'train, per step', color: '#9ecae1' },
  { name: 'train, smoothed', color: '#2171b5' },
  { name: 'train, epoch mean', color: '#08306b' },
  { name: 'val', color: '#e6550d' },
] as const;

/**
 * The run's curves, as TensorBoard and Keras users expect them: each step's training loss
 * (faint) and its smoothed line under the per-epoch train and val points, so even one epoch
 * is a curve, across the top; below it accuracy per epoch and the learning rate, each panel
 * with its own legend.
 * The x axes count epochs; the title names the run (`history.name`) and its result.
 */
export function curvesSvg(metrics: readonly EpochMetrics[], history?: TrainingHistory): Promise<string> {
  const epochs = Math.max(1, metrics.length);
  const steps = stepRows(history?.losses ?? []);
  const perEpoch = (series: string, key: 'train_loss' | 'val_loss' | 'train_acc' | 'val_acc') => metrics.map((m) => ({ epoch: m.epoch, series, value: m[key] }));
  const lossRows = [...steps, ...perEpoch('train, epoch mean', 'train_loss'), ...perEpoch('val', 'val_loss')];
  const accRows = [...perEpoch('train', 'train_acc'), ...perEpoch('val', 'val_acc')];
  const x = { field: 'epoch', type: 'quantitative', title: 'epoch', scale: { domain: [0, epochs], nice: false }, axis: { tickMinStep: 1, format: 'd' } };
  const legend = { orient: 'bottom', direction: 'horizontal', title: null, labelLimit: 240 };
  const only = (...names: string[]) => ({ filter: { field: 'series', oneOf: names } });
  const lossColor = { field: 'series', type: 'nominal', scale: { domain: LOSS_SERIES.map((l) => l.name), range: LOSS_SERIES.map((l) => l.color) }, legend };
  const lossPanel = {
    width: 640, height: 220, title: 'loss',
    data: { values: lossRows },
    encoding: { x, y: { field: 'value', type: 'quantitative', title: 'cross-entropy loss', scale: { zero: true } }, color: lossColor },
    layer: [
      { transform: [only('train, per step')], mark: { type: 'line', strokeWidth: 1, opacity: 0.7 } },
      { transform: [only('train, smoothed')], mark: { type: 'line', strokeWidth: 2 } },
      { transform: [only('train, epoch mean')], mark: { type: 'point', filled: true, size: 40 } },
      { transform: [only('val')], mark: { type: 'line', point: { filled: true, size: 40 } } },
    ],
  };
  const accPanel = {
    width: 300, height: 180, title: 'accuracy',
    data: { values: accRows },
    mark: { type: 'line', point: { filled: true, size: 40 } },
    encoding: {
      x, y: { field: 'value', type: 'quantitative', title: 'accuracy', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
      color: { field: 'series', type: 'nominal', scale: { domain: ['train', 'val'], range: ['#08306b', '#e6550d'] }, legend },
    },
  };
  const lrPanel = {
    width: 280, height: 180, title: 'learning rate',
    data: { values: metrics.map((m) => ({ epoch: m.epoch, series: 'lr at each epoch\'s end', value: m.lr })) },
    mark: { type: 'line', point: { filled: true, size: 40 } },
    encoding: {
      x, y: { field: 'value', type: 'quantitative', title: 'learning rate', scale: { zero: false, padding: 8 }, axis: { labelExpr: "datum.value === 0 ? '0' : format(datum.value, '.2~e')", tickCount: 5 } },
      color: { field: 'series', type: 'nominal', scale: { range: ['#636363'] }, legend },
    },
  };
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: curvesTitle(metrics, history?.name), anchor: 'start', fontSize: 15 },
    padding: 12,
    // the loss, with its steps, gets the width; accuracy and the rate share the row below
    vconcat: [lossPanel, { hconcat: [accPanel, lrPanel], resolve: { scale: { color: 'independent', y: 'independent' }, legend: { color: 'independent' } } }],
    resolve: { scale: { color: 'independent', y: 'independent' }, legend: { color: 'independent' } },
  } as vegaLite.TopLevelSpec);
}

/** `lenet5: val_acc 0.9012 after 10 epochs (best 0.9034, epoch 8)`. */
function curvesTitle(metrics: readonly EpochMetrics[], name: string | undefined): string {
  const run = xmlChars(name ?? 'training');
  const last = metrics.at(-1);
  if (!last) return `${run}: no epoch finished yet`;
  const best = metrics.reduce((b, m) => (m.val_acc > b.val_acc ? m : b));
  const after = `after ${metrics.length} epoch${metrics.length === 1 ? '' : 's'}`;
  return best.epoch === last.epoch
    ? `${run}: val_acc ${last.val_acc.toFixed(4)} ${after}`
    : `${run}: val_acc ${last.val_acc.toFixed(4)} ${after} (best ${best.val_acc.toFixed(4)}, epoch ${best.epoch})`;
}

/**
 * Each step's loss at its place on the epoch axis (step b of an epoch of n ends at
 * epoch − 1 + b/n), and its smoothed line: an exponential moving average with TensorBoard's
 * bias correction, over about a fiftieth of the run's steps. A long run's steps are averaged
 * in buckets to at most MAX_STEP_POINTS points per line.
 */
function stepRows(losses: readonly (readonly number[])[]): Array<{ epoch: number; series: string; value: number }> {
  const points = losses.flatMap((epochLosses, e) => epochLosses.map((loss, b) => ({ x: e + (b + 1) / epochLosses.length, loss })));
  if (points.length === 0) return [];
  const span = Math.max(5, points.length / 50);
  const weight = 1 - 2 / (span + 1);
  let average = 0;
  const smoothed = points.map((p, i) => {
    average = weight * average + (1 - weight) * p.loss;
    return { x: p.x, loss: average / (1 - weight ** (i + 1)) };
  });
  const bucket = Math.ceil(points.length / MAX_STEP_POINTS);
  const thin = (line: Array<{ x: number; loss: number }>, series: string) => {
    const rows = [];
    for (let i = 0; i < line.length; i += bucket) {
      const group = line.slice(i, i + bucket);
      rows.push({ epoch: group[group.length - 1]!.x, series, value: group.reduce((sum, p) => sum + p.loss, 0) / group.length });
    }
    return rows;
  };
  return [...thin(points, 'train, per step'), ...thin(smoothed, 'train, smoothed')];
}

/**
 * The confusion matrix as a heatmap, true classes down and predicted across (the "predicted"
 * title over its labels): each non-zero cell with its count, in white where the cell is dark;
 * zero cells white; beside each row the class's accuracy (its share of the row on the
 * diagonal). `title` names what was measured (the run and its accuracy). Class names (a folder
 * data set's are any text) go in as data only: vega-lite turns a `sort` list into expression
 * source, so the classes keep their order as the data's order (`sort: null`) instead, and
 * characters SVG cannot hold are replaced first.
 */
export function confusionSvg(confusion: readonly (readonly number[])[], classes: readonly string[], title?: string): Promise<string> {
  const names = uniqueLabels(confusion.map((_, k) => xmlChars(classes[k] ?? String(k))));
  const rows = confusion.flatMap((row, t) => row.map((count, p) => ({ true: names[t]!, predicted: names[p]!, count, diagonal: t === p })));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const total = rows.reduce((n, r) => n + r.count, 0);
  const right = rows.reduce((n, r) => n + (r.diagonal ? r.count : 0), 0);
  const accuracy = confusion.map((row, k) => {
    const count = row.reduce((a, b) => a + b, 0);
    return { true: names[k]!, accuracy: count ? row[k]! / count : 0, label: count ? `${(100 * row[k]! / count).toFixed(1)}%` : '–', count };
  });
  const cell = Math.max(28, Math.min(44, Math.floor(440 / Math.max(1, names.length))));
  const y = { field: 'true', type: 'nominal', sort: null, title: 'true class', axis: { labelFontSize: 12, titleFontSize: 12 } };
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: title ?? `confusion matrix: accuracy ${(right / Math.max(1, total)).toFixed(4)} (${right} of ${total})`, anchor: 'start', fontSize: 15 },
    padding: 12,
    hconcat: [
      {
        width: cell * names.length,
        height: cell * names.length,
        data: { values: rows },
        encoding: {
          // the title just over the slanted labels (vega's own guess at their height, without a font, leaves a gap)
          x: { field: 'predicted', type: 'nominal', sort: null, title: 'predicted class', axis: { orient: 'top', labelAngle: -40, labelAlign: 'left', labelFontSize: 12, titleFontSize: 12, titleY: -Math.round(Math.max(...names.map((n) => n.length)) * 6.6 * Math.sin(Math.PI * 40 / 180) + 22) } },
          y,
        },
        layer: [
          {
            mark: { type: 'rect', stroke: '#d9d9d9', strokeWidth: 0.5 },
            encoding: {
              // zero is white; a square-root scale keeps a few mistakes visible beside a full diagonal
              color: {
                condition: { test: 'datum.count === 0', value: '#ffffff' },
                field: 'count', type: 'quantitative',
                scale: { type: 'sqrt', domain: [0, max], range: ['#f7fbff', '#08306b'], interpolate: 'lab' },
                legend: { title: 'images', orient: 'bottom', direction: 'horizontal', gradientLength: 160 },
              },
            },
          },
          {
            transform: [{ filter: 'datum.count > 0' }],
            mark: { type: 'text', fontSize: Math.max(11, Math.round(cell / 3.2)) },
            encoding: {
              text: { field: 'count', type: 'quantitative' },
              color: { condition: { test: `sqrt(datum.count / ${max}) > 0.55`, value: '#ffffff' }, value: '#000000' },
            },
          },
        ],
      },
      {
        width: 64,
        height: cell * names.length,
        data: { values: accuracy },
        title: { text: 'accuracy', fontSize: 12, orient: 'top' },
        encoding: { y: { ...y, axis: null } },
        layer: [
          { mark: { type: 'bar', color: '#c6dbef', height: cell - 6 }, encoding: { x: { field: 'accuracy', type: 'quantitative', scale: { domain: [0, 1] }, axis: null } } },
          { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { x: { datum: 0, type: 'quantitative', scale: { domain: [0, 1] } }, text: { field: 'label' } } },
        ],
      },
    ],
    spacing: 8,
    resolve: { scale: { y: 'shared' } },
  } as vegaLite.TopLevelSpec);
}

/** `labels` with any repeat made unique (` (2)`, ` (3)`...), so two classes never share a row. */
function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    let unique = label;
    for (let n = 2; seen.has(unique); n++) unique = `${label} (${n})`;
    seen.add(unique);
    return unique;
  });
}

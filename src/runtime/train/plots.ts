/** SVG charts of a run, drawn headless: a vega-lite spec compiled to vega, rendered with renderer 'none'. */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { xmlChars } from '../../codegen/escape.js';
import type { EpochMetrics } from './metrics.js';

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

/** Loss and accuracy, train and validation, and the learning rate, against the epoch: three panels side by side. */
export function curvesSvg(metrics: readonly EpochMetrics[]): Promise<string> {
  const rows = metrics.flatMap((m) => [
    { epoch: m.epoch, metric: 'loss', split: 'train', value: m.train_loss },
    { epoch: m.epoch, metric: 'loss', split: 'val', value: m.val_loss },
    { epoch: m.epoch, metric: 'accuracy', split: 'train', value: m.train_acc },
    { epoch: m.epoch, metric: 'accuracy', split: 'val', value: m.val_acc },
  ]);
  const panel = (metric: string, title: string) => ({
    width: 240,
    height: 180,
    title,
    transform: [{ filter: { field: 'metric', equal: metric } }],
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'epoch', type: 'quantitative', axis: { tickMinStep: 1 } },
      y: { field: 'value', type: 'quantitative', title: metric, scale: { zero: false } },
      color: { field: 'split', type: 'nominal', title: null },
    },
  });
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values: rows },
    hconcat: [
      panel('loss', 'loss (train_loss, val_loss)'),
      panel('accuracy', 'accuracy (train_acc, val_acc)'),
      {
        width: 160,
        height: 180,
        title: 'learning rate (lr)',
        data: { values: metrics.map((m) => ({ epoch: m.epoch, lr: m.lr })) },
        mark: { type: 'line', point: true, color: 'gray' },
        encoding: {
          x: { field: 'epoch', type: 'quantitative', axis: { tickMinStep: 1 } },
          y: { field: 'lr', type: 'quantitative', title: 'lr' },
        },
      },
    ],
  } as vegaLite.TopLevelSpec);
}

/**
 * The confusion matrix as a heatmap with the count in each cell. Class names (a folder data
 * set's are any text) go in as data only: vega-lite turns a `sort` list into expression
 * source, so the classes keep their order as the data's order (`sort: null`) instead, and
 * characters SVG cannot hold are replaced first.
 */
export function confusionSvg(confusion: readonly (readonly number[])[], classes: readonly string[]): Promise<string> {
  const names = uniqueLabels(confusion.map((_, k) => xmlChars(classes[k] ?? String(k))));
  const rows = confusion.flatMap((row, t) => row.map((count, p) => ({ true: names[t]!, predicted: names[p]!, count })));
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values: rows },
    width: 320,
    height: 320,
    encoding: {
      x: { field: 'predicted', type: 'nominal', sort: null },
      y: { field: 'true', type: 'nominal', sort: null },
    },
    layer: [
      { mark: 'rect', encoding: { color: { field: 'count', type: 'quantitative', scale: { scheme: 'blues' } } } },
      { mark: { type: 'text', fontSize: 9 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
    ],
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

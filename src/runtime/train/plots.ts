/** SVG charts of a run, drawn headless: a vega-lite spec compiled to vega, rendered with renderer 'none'. */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
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

/** The confusion matrix as a heatmap with the count in each cell. */
export function confusionSvg(confusion: readonly (readonly number[])[], classes: readonly string[]): Promise<string> {
  const rows = confusion.flatMap((row, t) => row.map((count, p) => ({ true: classes[t] ?? String(t), predicted: classes[p] ?? String(p), count })));
  const order = classes.slice(0, confusion.length);
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values: rows },
    width: 320,
    height: 320,
    encoding: {
      x: { field: 'predicted', type: 'nominal', sort: order },
      y: { field: 'true', type: 'nominal', sort: order },
    },
    layer: [
      { mark: 'rect', encoding: { color: { field: 'count', type: 'quantitative', scale: { scheme: 'blues' } } } },
      { mark: { type: 'text', fontSize: 9 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
    ],
  } as vegaLite.TopLevelSpec);
}

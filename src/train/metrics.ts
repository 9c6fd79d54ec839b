/** One epoch's numbers and their file formats (metrics.jsonl, metrics.csv). */

/** The numbers of one epoch, in the key order metrics.jsonl and `--json` use. */
export interface EpochMetrics {
  /** 1-based. */
  epoch: number;
  train_loss: number;
  train_acc: number;
  val_loss: number;
  val_acc: number;
  /** The learning rate of the epoch's last step. */
  lr: number;
  /** Wall time of the epoch, evaluation included. */
  seconds: number;
  /** Training images per second of the epoch's training (evaluation excluded). */
  images_per_s: number;
}

/** The keys of EpochMetrics, in order: the CSV header. */
export const METRIC_KEYS = ['epoch', 'train_loss', 'train_acc', 'val_loss', 'val_acc', 'lr', 'seconds', 'images_per_s'] as const;

/** One JSON object per line. */
export function metricsJsonl(metrics: readonly EpochMetrics[]): string {
  return metrics.map((m) => `${epochJson(m)}\n`).join('');
}

/**
 * One epoch as a single JSON line (without the newline), keys in METRIC_KEYS order; `train
 * --json` adds the epoch's warning (a run at chance, see chance.ts) as `warning` when it has one.
 */
export function epochJson(m: EpochMetrics, warning?: object): string {
  return JSON.stringify({ ...Object.fromEntries(METRIC_KEYS.map((k) => [k, m[k]])), ...(warning ? { warning } : {}) });
}

/** A header line and one row per epoch. */
export function metricsCsv(metrics: readonly EpochMetrics[]): string {
  const rows = metrics.map((m) => METRIC_KEYS.map((k) => String(m[k])).join(','));
  return `${[METRIC_KEYS.join(','), ...rows].join('\n')}\n`;
}

/** A sweep's results: one row per point, as results.md, results.csv and the val_acc.svg plot. */
import type * as vegaLite from 'vega-lite';
import { parse as parseYaml } from 'yaml';
import { formatRate, groupDigits } from '../../format.js';
import type { EpochMetrics } from '../../train/metrics.js';
import { toSvg } from '../../train/plots.js';

/**
 * How a point ended: trained (now or before), skipped for a spec error (with its code), failed
 * (with why), or not (yet): a queued sweep's points may still be waiting or training elsewhere.
 */
export type PointStatus = 'done' | `skipped: ${string}` | `failed: ${string}` | 'interrupted' | 'not run' | 'queued' | 'running';

/** One point's row. */
export interface PointResult {
  id: string;
  /** The varied values, one per axis, as flow YAML. */
  values: string[];
  /** From the shape report; null for a point whose spec did not check. */
  params: number | null;
  macs: number | null;
  /** The epochs its run folder recorded. */
  metrics: EpochMetrics[];
  /** Wall time of its training sessions, from summary.json. */
  seconds: number | null;
  status: PointStatus;
}

/** The CSV columns after the varied paths'. */
const TAIL = ['params', 'macs', 'final_val_acc', 'best_val_acc', 'train_seconds', 'status'] as const;

/** results.csv: `point`, one column per varied path, then TAIL; empty cells where there is no number. */
export function resultsCsv(paths: readonly string[], rows: readonly PointResult[]): string {
  const lines = [['point', ...paths, ...TAIL].map(csvCell).join(',')];
  for (const row of rows) lines.push(rowCells(row).map((cell) => csvCell(cell === null ? '' : String(cell))).join(','));
  return `${lines.join('\n')}\n`;
}

/** A row's cells in results.csv's order (numbers rounded as there); null for an empty cell. */
function rowCells(row: PointResult): (string | number | null)[] {
  const { final, best } = accuracies(row.metrics);
  return [row.id, ...row.values, row.params, row.macs, round(final, 6), round(best, 6), round(row.seconds, 3), row.status];
}

/**
 * results.md: the same table for people, columns padded so it also reads as plain text;
 * learning rates (a varied `lr` or `min_lr`) read as everywhere else (formatRate: 5e-4, not
 * 0.0005 beside 1e-3). results.csv keeps the values as written.
 */
export function resultsMarkdown(names: readonly string[], rows: readonly PointResult[]): string {
  const header = ['point', ...names, 'params', 'MACs', 'final val_acc', 'best val_acc', 'train s', 'status'];
  const rates = names.map((n) => /(^|\.)(min_)?lr$/.test(n));
  const body = rows.map((row) => {
    const { final, best } = accuracies(row.metrics);
    return [
      row.id, ...row.values.map((v, i) => (rates[i] ? rateCell(v) : v)),
      row.params === null ? '' : groupDigits(row.params), row.macs === null ? '' : groupDigits(row.macs),
      final?.toFixed(4) ?? '', best?.toFixed(4) ?? '', row.seconds?.toFixed(1) ?? '', row.status,
    ].map((cell) => cell.replace(/\|/g, '\\|'));
  });
  const widths = header.map((h, c) => Math.max(h.length, 3, ...body.map((r) => r[c]!.length)));
  // the varied values and the text columns read left-aligned; the numbers right-aligned
  const right = (c: number) => c > names.length && c < header.length - 1;
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (right(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (right(c) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return `${[line(header), rule, ...body.map(line)].join('\n')}\n`;
}

/**
 * One point as `sweep --json` prints it: the same numbers as a results.csv row, with the
 * varied values by path (as YAML parses them) and the point's run folder.
 */
export function pointJson(paths: readonly string[], row: PointResult, runDir: string): object {
  const { final, best } = accuracies(row.metrics);
  return {
    point: row.id,
    values: Object.fromEntries(paths.map((p, i) => [p, parseValue(row.values[i] ?? '')])),
    status: row.status,
    params: row.params,
    macs: row.macs,
    epochs_completed: row.metrics.length,
    final_val_acc: final,
    best_val_acc: best,
    final_val_loss: row.metrics.at(-1)?.val_loss ?? null,
    train_seconds: row.seconds,
    run_dir: row.status.startsWith('skipped') ? null : runDir,
  };
}

/** A flow-YAML value as data (`0.1` → 0.1, `{type: adam}` → an object), else the text itself. */
function parseValue(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return text;
  }
}

/**
 * Every point's val_acc against the epoch, one coloured line per point that recorded epochs;
 * the title names the swept spec (`name`) and its best point. Anchored left with room around
 * it, so a long title is never cut at the drawing's edge.
 */
export function valAccSvg(rows: readonly PointResult[], name?: string): Promise<string> {
  const values = rows.flatMap((row) => row.metrics.map((m) => ({ point: row.id, epoch: m.epoch, val_acc: m.val_acc })));
  const trained = rows.filter((row) => row.metrics.length > 0);
  const best = trained.map((row) => ({ id: row.id, best: accuracies(row.metrics).best! })).sort((a, b) => b.best - a.best)[0];
  const sweep = name === undefined ? 'sweep' : `${name} sweep`;
  const title = best
    ? `${sweep}: best val_acc ${best.best.toFixed(4)} at ${best.id} (${trained.length} of ${rows.length} points trained)`
    : `${sweep}: no point has finished an epoch`;
  return toSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: title, subtitle: 'validation accuracy per point', anchor: 'start', fontSize: 15, limit: 0 },
    padding: 12,
    data: { values },
    width: 420,
    height: 260,
    // with one epoch a line is a single point: the point marks keep it visible
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'epoch', type: 'quantitative', axis: { tickMinStep: 1, format: 'd' } },
      y: { field: 'val_acc', type: 'quantitative', scale: { zero: false }, axis: { format: '.0%' } },
      color: { field: 'point', type: 'nominal', sort: rows.map((r) => r.id), legend: { labelLimit: 360 } },
    },
  } as vegaLite.TopLevelSpec);
}

/** The last epoch's val_acc and the best one. */
export function accuracies(metrics: readonly EpochMetrics[]): { final: number | null; best: number | null } {
  if (metrics.length === 0) return { final: null, best: null };
  return { final: metrics.at(-1)!.val_acc, best: Math.max(...metrics.map((m) => m.val_acc)) };
}

/** A varied learning rate as formatRate writes it, when it is a number (else as written). */
function rateCell(value: string): string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? formatRate(n) : value;
}

function round(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

/** RFC 4180 quoting, only where needed. */
function csvCell(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

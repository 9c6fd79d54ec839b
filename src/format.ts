/**
 * How shapes and counts read everywhere lenetc prints them: check's table (in the terminal and
 * in the playground), emitted comments, the drawing.
 */
import type { SpecValue } from './diagnostics.js';
import type { LayerReport, Shape, ShapeReport } from './shape-inference/types.js';

/** `28×28×6` for spatial shapes, `400` for flat ones. */
export function formatShape(shape: Shape): string {
  return shape.join('×');
}

/**
 * A spec value written inline, as specs write a layer's parameters: `1`, `same`, `[3, 28]`,
 * `{from: input, filters: 8}`. The words of a fix and the text an editor writes for it both
 * come from here, so a hint shows exactly what applying it writes.
 */
export function inlineYaml(value: SpecValue): string {
  if (isList(value)) return `[${value.map(inlineYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${yamlString(k)}: ${inlineYaml(v)}`).join(', ')}}`;
  return typeof value === 'string' ? yamlString(value) : String(value);
}

/** A layer as an entry of a block list writes it, after its `- `: `conv: {filters: 8}`, not `{conv: {filters: 8}}`; `flatten`. */
export function layerEntry(layer: SpecValue): string {
  const entries = layer !== null && typeof layer === 'object' && !isList(layer) ? Object.entries(layer) : [];
  return entries.length === 1 ? `${yamlString(entries[0]![0])}: ${inlineYaml(entries[0]![1])}` : inlineYaml(layer);
}

function isList(value: SpecValue): value is readonly SpecValue[] {
  return Array.isArray(value);
}

/** Plain where YAML reads it back as the same string (`same`, `$filters`, `conv3_1`), else double-quoted (JSON's quoting is YAML's). */
function yamlString(s: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) ? s : JSON.stringify(s);
}

/** `117,600`: thousands grouped the same way whatever the locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The one-line shape trace: `conv 28×28×6 → pool 14×14×6 → … → dense 10`. Of a network with
 * branches, the path from the input to the output through each merge's first input (a residual
 * block's main path, an Inception block's first branch), merges marked with what else they take.
 */
export function shapeTrace(shapes: ShapeReport): string {
  const byName = new Map(shapes.layers.map((r) => [r.name, r]));
  const path: LayerReport[] = [];
  for (let r: LayerReport | undefined = shapes.layers[shapes.layers.length - 1]; r; r = byName.get(r.inputs[0]!)) path.unshift(r);
  // a layer whose shape failed leaves the path short: then the layers as they come
  const spine = path[0]?.inputs[0] === 'input' ? path : shapes.layers;
  return spine.map((r) => `${r.kind}${r.inputs.length > 1 ? ` (+ ${r.inputs.slice(1).join(', ')})` : ''} ${formatShape(r.output)}`).join(' → ');
}

/** `4.5 MiB`: binary units, one decimal; plain bytes below 1 KiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** `lenetc check`'s layer table as cells, so the terminal and the playground show the same. */
export interface CheckTable {
  header: string[];
  /** The input row first, then one row per layer; every cell already formatted. */
  rows: string[][];
  /** Columns that hold numbers: they read best right-aligned, names and shapes left-aligned. */
  numeric: ReadonlySet<number>;
  /** The totals under the table: params, MACs, activation memory for a batch of `batch`. */
  totals: string[];
  /** The one-line shape trace. */
  trace: string;
}

/**
 * The check table of `shapes`, with activation memory for a batch of `batch`. A network with
 * branches gets a `from` column: what each layer takes, where that is not the layer above it.
 */
export function checkTable(shapes: ShapeReport, batch: number): CheckTable {
  const branched = shapes.layers.some((l, i) => l.inputs.length !== 1 || l.inputs[0] !== (i === 0 ? 'input' : shapes.layers[i - 1]!.name));
  const from = (l: LayerReport, i: number) => (l.inputs.length === 1 && l.inputs[0] === (i === 0 ? 'input' : shapes.layers[i - 1]!.name) ? '' : l.inputs.join(l.kind === 'add' ? ' + ' : ', '));
  const rows = [
    ['', 'input', '', ...(branched ? [''] : []), formatShape(shapes.input), '', '', ''],
    ...shapes.layers.map((l, i) => [
      String(l.index), l.name, l.kind, ...(branched ? [from(l, i)] : []), formatShape(l.output), groupDigits(l.params), groupDigits(l.macs),
      // the receptive field: how much of the input image one output unit sees (along the longest path)
      l.receptiveField ? formatShape(l.receptiveField) : '',
    ]),
  ];
  const shift = branched ? 1 : 0;
  return {
    header: ['#', 'layer', 'kind', ...(branched ? ['from'] : []), 'output', 'params', 'MACs', 'RF'],
    rows,
    numeric: new Set([0, 4 + shift, 5 + shift]),
    totals: [
      `params: ${groupDigits(shapes.params)} (${groupDigits(shapes.trainableParams)} trainable, ${groupDigits(shapes.nonTrainableParams)} non-trainable)`,
      `MACs: ${groupDigits(shapes.macs)} per example`,
      `activations: ${formatBytes(shapes.activationBytesPerExample * batch)} for a batch of ${batch} (${formatBytes(shapes.activationBytesPerExample)} per example)`,
    ],
    trace: shapeTrace(shapes),
  };
}

/**
 * A learning rate, the one way lenetc prints one (epoch lines, the progress bar, hints):
 * three significant digits, as a decimal from 0.001 up (0.05, 0.0412, 0.001) and in
 * e-notation below (4.97e-4, 1.88e-6, 5.61e-7), so a small rate shows its magnitude rather
 * than a row of zeros, and every rate under 0.001 reads the same way.
 */
export function formatRate(lr: number): string {
  if (!Number.isFinite(lr) || lr === 0) return String(lr);
  // rounded first, so 0.0009996 (1.00e-3 to three digits) reads as 0.001
  const rounded = Number(lr.toPrecision(3));
  const size = Math.abs(rounded);
  if (size >= 1e-3 && size < 1e6) return String(rounded);
  const [mantissa, exponent] = rounded.toExponential(2).split('e') as [string, string];
  return `${Number(mantissa)}e${Number(exponent)}`;
}

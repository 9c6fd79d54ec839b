/**
 * Draws a checked model's architecture as SVG, in the manner of d2l.ai's figures (7.6.1 for
 * LeNet, 8.4.2 for Inception, 8.6.3 for ResNet): the input and then one box per layer, each
 * with its name, what it computes and its output shape, arrows from each layer to those that
 * take its output. A straight network is one column, top to bottom; branches stand side by
 * side, and a merge takes one arrow per input (./graph-layout.ts places them). Pure: the
 * template is embedded at build time.
 */
import Handlebars from 'handlebars';
import { INPUT_NAME, type Activation, type Layer, type NetModel, type Pair } from '../model.js';
import type { ShapeReport } from '../shape-inference/types.js';
import { formatShape, groupDigits } from '../format.js';
import { xmlChars } from './escape.js';
import { layoutGraph } from './graph-layout.js';
import { TEMPLATES } from './templates.generated.js';

/** One box of the drawing, positions already computed. */
interface BoxView {
  index: string;
  kind: string;
  name: string;
  op: string;
  shape: string;
  params: string;
  tooltip: string;
  fill: string;
  x: number;
  y: number;
  w: number;
  h: number;
  textX: number;
  paramsX: number;
  nameY: number;
  opY: number;
  shapeY: number;
}

/** One arrow: a straight `line` where it runs straight down, else the corners of a `polyline`. */
interface EdgeView {
  from: string;
  to: string;
  line?: { x1: number; y1: number; x2: number; y2: number };
  points?: string;
}

const FONT_SIZE = 13;
/** Monospace glyphs are about 0.6 em wide: enough to size the boxes without measuring text. */
const CHAR_WIDTH = FONT_SIZE * 0.62;
const LINE = 18;
const PAD = 12;
const MARGIN = 20;
const BOX_HEIGHT = 3 * LINE + PAD;
const ARROW = 30;
const BOX_GAP = 28;
const MIN_BOX_WIDTH = 240;
/** The arrowhead is drawn past the line's end; stopping the line short leaves its tip on the box. */
const HEAD_ROOM = 1;

/** Colours by kind, as d2l's figures tell convolutions, pooling and dense layers apart. */
const FILL: Record<Layer['kind'] | 'input', string> = {
  input: '#f3f3f3', conv: '#cfe2f3', pool: '#d9ead3', dense: '#fce5cd', flatten: '#eeeeee',
  dropout: '#eeeeee', batchnorm: '#ead1dc', activation: '#fff2cc', add: '#fde9d9', concat: '#fde9d9',
};

let render: ((view: unknown) => string) | undefined;

function template(): (view: unknown) => string {
  // default (HTML) escaping is also correct XML escaping: & < > " ' ` = become entities
  render ??= Handlebars.create().compile(TEMPLATES.graph, { strict: true });
  return render;
}

/**
 * The SVG document drawing `model`; `shapes` gives each layer's output shape and params
 * (a layer without a report, after a shape error, shows `?`). Every box carries its layer's
 * `data-name` and every arrow `data-from` and `data-to`, the names of the layers it joins.
 */
export function renderGraph(model: NetModel, shapes: ShapeReport): string {
  const reports = new Map(shapes.layers.map((r) => [r.index, r]));
  const rows = [
    { index: 'input', kind: 'input' as const, name: INPUT_NAME, op: 'image', shape: formatShape(model.input), params: '', tooltip: `input ${formatShape(model.input)}` },
    ...model.layers.map((layer) => {
      const report = reports.get(layer.index);
      const shape = report ? formatShape(report.output) : '?';
      const params = report && report.params > 0 ? `${groupDigits(report.params)} params` : '';
      const op = describe(layer);
      const from = layer.inputs.length > 1 ? ` (from ${layer.inputs.join(', ')})` : '';
      return { index: String(layer.index), kind: layer.kind, name: layer.name, op, shape, params, tooltip: `${layer.name}: ${op}${from} → ${shape}${params ? `, ${params}` : ''}` };
    }),
  ].map((row) => ({ ...row, name: xmlChars(row.name), op: xmlChars(row.op), tooltip: xmlChars(row.tooltip) }));

  // every row is a node of the layout, in the spec's order (inputs come first); edges by name
  const position = new Map(rows.map((row, i) => [row.index === 'input' ? INPUT_NAME : model.layers[i - 1]!.name, i]));
  const edges = model.layers.flatMap((layer, i) => layer.inputs
    .filter((name) => position.has(name) && position.get(name)! <= i)
    .map((name) => ({ from: position.get(name)!, to: i + 1 })));

  const longest = Math.max(...rows.map((r) => Math.max(r.name.length, r.op.length, r.shape.length + r.params.length + 3)));
  // even widths keep box centres, and so straight arrows, on whole pixels
  const w = 2 * Math.ceil(Math.max(MIN_BOX_WIDTH, Math.ceil(longest * CHAR_WIDTH) + 2 * PAD) / 2);
  const layout = layoutGraph(rows.map(() => ({ width: w, height: BOX_HEIGHT })), edges, { margin: MARGIN, rankGap: ARROW, boxGap: BOX_GAP });

  const boxes: BoxView[] = rows.map((row, i) => {
    const { x, y } = layout.nodes[i]!;
    return {
      ...row, fill: FILL[row.kind], x, y, w, h: BOX_HEIGHT,
      textX: x + PAD, paramsX: x + w - PAD,
      nameY: y + PAD / 2 + LINE - 4, opY: y + PAD / 2 + 2 * LINE - 4, shapeY: y + PAD / 2 + 3 * LINE - 4,
    };
  });
  const arrows: EdgeView[] = edges.map((edge, j) => {
    const points = layout.edges[j]!.points.map((p, k, all) => (k === all.length - 1 ? { x: p.x, y: p.y - HEAD_ROOM } : p));
    const ends = { from: rows[edge.from]!.name, to: rows[edge.to]!.name };
    if (points.length === 2 && points[0]!.x === points[1]!.x) {
      return { ...ends, line: { x1: points[0]!.x, y1: points[0]!.y, x2: points[1]!.x, y2: points[1]!.y } };
    }
    return { ...ends, points: points.map((p) => `${p.x},${p.y}`).join(' ') };
  });

  const name = xmlChars(model.name);
  const trace = `${rows.map((r) => `${r.name} ${r.shape}`).join(' → ')}`;
  return template()({
    width: layout.width,
    height: layout.height,
    fontSize: FONT_SIZE,
    title: `${name}: architecture`,
    desc: model.description ? `${name}: ${xmlChars(model.description)}\n${trace}` : `${name}: ${trace}`,
    boxes,
    arrows,
  });
}

/** What a layer computes, as d2l labels it: `conv 5×5, 6, pad 2, sigmoid`. */
function describe(layer: Layer): string {
  switch (layer.kind) {
    case 'conv': {
      const parts = [`conv ${pair(layer.kernel)}`, String(layer.filters)];
      if (layer.stride[0] !== 1 || layer.stride[1] !== 1) parts.push(`stride ${stride(layer.stride)}`);
      const pad = padding(layer.padding);
      if (pad) parts.push(pad);
      const act = activation(layer.activation);
      if (act) parts.push(act);
      return parts.join(', ');
    }
    case 'pool': {
      if (layer.size === 'global') return `global ${layer.type} pool`;
      const parts = [`${layer.type} pool ${pair(layer.size)}`, `stride ${stride(layer.stride)}`];
      if (layer.padding === 'same') parts.push('pad same');
      return parts.join(', ');
    }
    case 'dense': {
      const act = activation(layer.activation);
      return act ? `dense ${layer.units}, ${act}` : `dense ${layer.units}`;
    }
    case 'dropout':
      return `dropout ${layer.rate}`;
    case 'batchnorm':
      return 'batchnorm';
    case 'activation':
      return activation(layer.activation) ?? 'linear';
    case 'flatten':
      return 'flatten';
    // the arrows show what a merge takes; its box only says how it merges
    case 'add': {
      const act = activation(layer.activation);
      return act ? `add, ${act}` : 'add';
    }
    case 'concat':
      return 'concat';
  }
}

/** `5×5` for kernels and windows. */
function pair(p: Pair): string {
  return `${p[0]}×${p[1]}`;
}

/** `2` for a square stride, as d2l writes it, `1×2` otherwise. */
function stride(p: Pair): string {
  return p[0] === p[1] ? String(p[0]) : pair(p);
}

/** `pad 2`, `pad same`, `pad 1,2,1,2` (top, bottom, left, right), or nothing for valid / zero. */
function padding(p: Extract<Layer, { kind: 'conv' }>['padding']): string | undefined {
  if (p === 'valid') return undefined;
  if (p === 'same') return 'pad same';
  const sides = [p.top, p.bottom, p.left, p.right];
  if (sides.every((s) => s === 0)) return undefined;
  return sides.every((s) => s === p.top) ? `pad ${p.top}` : `pad ${sides.join(',')}`;
}

function activation(a: Activation): string | undefined {
  return a === 'none' || a === 'linear' ? undefined : a;
}

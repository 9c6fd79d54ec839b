/**
 * Draws a checked model's architecture as SVG, in the manner of d2l.ai's figure 7.6.1: the
 * input and then one box per layer, top to bottom, each with its name, what it computes and
 * its output shape, arrows between. Pure: the template is embedded at build time.
 */
import Handlebars from 'handlebars';
import type { Activation, Layer, NetModel, Pair } from '../model.js';
import type { ShapeReport } from '../shape-inference/types.js';
import { formatShape, groupDigits } from '../format.js';
import { xmlChars } from './escape.js';
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
  /** The arrow to the next box; null after the last. */
  arrow: { x: number; y1: number; y2: number } | null;
}

const FONT_SIZE = 13;
/** Monospace glyphs are about 0.6 em wide: enough to size the boxes without measuring text. */
const CHAR_WIDTH = FONT_SIZE * 0.62;
const LINE = 18;
const PAD = 12;
const MARGIN = 20;
const BOX_HEIGHT = 3 * LINE + PAD;
const ARROW = 30;
const MIN_BOX_WIDTH = 240;

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
 * (a layer without a report, after a shape error, shows `?`).
 */
export function renderGraph(model: NetModel, shapes: ShapeReport): string {
  const reports = new Map(shapes.layers.map((r) => [r.index, r]));
  const rows = [
    { index: 'input', kind: 'input' as const, name: 'input', op: 'image', shape: formatShape(model.input), params: '', tooltip: `input ${formatShape(model.input)}` },
    ...model.layers.map((layer) => {
      const report = reports.get(layer.index);
      const shape = report ? formatShape(report.output) : '?';
      const params = report && report.params > 0 ? `${groupDigits(report.params)} params` : '';
      const op = describe(layer);
      return { index: String(layer.index), kind: layer.kind, name: layer.name, op, shape, params, tooltip: `${layer.name}: ${op} → ${shape}${params ? `, ${params}` : ''}` };
    }),
  ].map((row) => ({ ...row, name: xmlChars(row.name), op: xmlChars(row.op), tooltip: xmlChars(row.tooltip) }));

  const longest = Math.max(...rows.map((r) => Math.max(r.name.length, r.op.length, r.shape.length + r.params.length + 3)));
  const w = Math.max(MIN_BOX_WIDTH, Math.ceil(longest * CHAR_WIDTH) + 2 * PAD);
  const boxes: BoxView[] = rows.map((row, i) => {
    const y = MARGIN + i * (BOX_HEIGHT + ARROW);
    const last = i === rows.length - 1;
    return {
      ...row, fill: FILL[row.kind], x: MARGIN, y, w, h: BOX_HEIGHT,
      textX: MARGIN + PAD, paramsX: MARGIN + w - PAD,
      nameY: y + PAD / 2 + LINE - 4, opY: y + PAD / 2 + 2 * LINE - 4, shapeY: y + PAD / 2 + 3 * LINE - 4,
      arrow: last ? null : { x: MARGIN + w / 2, y1: y + BOX_HEIGHT, y2: y + BOX_HEIGHT + ARROW - 1 },
    };
  });
  const name = xmlChars(model.name);
  return template()({
    width: w + 2 * MARGIN,
    height: 2 * MARGIN + rows.length * BOX_HEIGHT + (rows.length - 1) * ARROW,
    fontSize: FONT_SIZE,
    title: `${name}: architecture`,
    desc: `${name}: ${rows.map((r) => `${r.name} ${r.shape}`).join(' → ')}`,
    boxes,
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
    case 'add': {
      const act = activation(layer.activation);
      return `add ${layer.inputs.join(' + ')}${act ? `, ${act}` : ''}`;
    }
    case 'concat':
      return `concat ${layer.inputs.join(', ')}`;
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

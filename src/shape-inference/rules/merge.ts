/**
 * Shape rules for the merges: `add` sums inputs of one shape, `concat` stacks inputs of one
 * height and width along the channels. A mismatch is reported at the `from` entry of the branch
 * that differs from the first, with a note at the layer that branch ends in and a hint that
 * shows the arithmetic and the change that makes the shapes agree.
 */
import { error } from '../../diagnostics.js';
import { formatShape } from '../../format.js';
import type { AddLayer, ConcatLayer, Layer } from '../../model.js';
import { say } from '../../diagnostics.js';
import type { Shape } from '../types.js';
import { failed, isSpatial, produced, type RuleResult } from './result.js';

/** One input of a merge: the layer it comes from (undefined for the network's input) and its shape. */
export interface MergeInput {
  name: string;
  layer?: Layer;
  shape: Shape;
}

/** add: every input's shape is the first's, and so is the output. */
export function addRule(inputs: readonly MergeInput[], layer: AddLayer, byName: ReadonlyMap<string, Layer>): RuleResult {
  const first = inputs[0]!;
  const mixed = mixedRank(inputs, layer);
  if (mixed) return mixed;
  const k = inputs.findIndex((i) => formatShape(i.shape) !== formatShape(first.shape));
  if (k !== -1) return mismatch(layer, inputs, k, formatShape(first.shape), byName);
  return produced(first.shape);
}

/** concat: every input's height and width are the first's; the channels add up (flat inputs: the units). */
export function concatRule(inputs: readonly MergeInput[], layer: ConcatLayer, byName: ReadonlyMap<string, Layer>): RuleResult {
  const first = inputs[0]!;
  const mixed = mixedRank(inputs, layer);
  if (mixed) return mixed;
  const total = inputs.reduce((n, i) => n + i.shape[i.shape.length - 1]!, 0);
  if (!isSpatial(first.shape)) return produced([total]);
  const k = inputs.findIndex((i) => i.shape[0] !== first.shape[0] || i.shape[1] !== first.shape[1]);
  if (k !== -1) return mismatch(layer, inputs, k, `${first.shape[0]}×${first.shape[1]}×C`, byName);
  return produced([first.shape[0], first.shape[1], total]);
}

function mixedRank(inputs: readonly MergeInput[], layer: AddLayer | ConcatLayer): RuleResult | undefined {
  const first = inputs[0]!;
  const k = inputs.findIndex((i) => isSpatial(i.shape) !== isSpatial(first.shape));
  if (k === -1) return undefined;
  return failed(error('MERGE_FLAT_AND_SPATIAL', {
    layer: layer.name, kind: layer.kind, input: inputs[k]!.name, shape: formatShape(inputs[k]!.shape), first: first.name, firstShape: formatShape(first.shape),
  }, { path: [...layer.path, layer.kind, 'from', k], hint: 'flatten the spatial inputs (or pool them globally) before merging them with flat ones' }));
}

/** Branch k (0-based) does not fit the first: where, why, and what to change. */
function mismatch(layer: AddLayer | ConcatLayer, inputs: readonly MergeInput[], k: number, expected: string, byName: ReadonlyMap<string, Layer>): RuleResult {
  const first = inputs[0]!;
  const other = inputs[k]!;
  const end = shapingLayer(other, byName);
  return failed(error('MERGE_SHAPE_MISMATCH', {
    layer: layer.name, kind: layer.kind, expected, branch: k + 1, input: other.name, shape: formatShape(other.shape), first: first.name, firstShape: formatShape(first.shape),
  }, {
    path: [...layer.path, layer.kind, 'from', k],
    hint: fix(layer, first, other, k + 1, end),
    notes: end ? [{ message: say('BRANCH_DIFFERS', { input: end.name, shape: formatShape(other.shape) }).message, path: end.path }] : [],
  }));
}

/**
 * The change that makes branch `n` (ending in `other`) fit the first branch: a stride where its
 * spatial size is a multiple of the first's, filters where only the channels differ (add), on
 * the conv that shapes the branch, or a 1×1 conv to add where the branch has none.
 */
function fix(layer: AddLayer | ConcatLayer, first: MergeInput, other: MergeInput, n: number, end: Layer | undefined): string {
  const kind = layer.kind;
  const [h, w, c] = other.shape as [number, number, number];
  const [fh, fw, fc] = first.shape as [number, number, number];
  const ends = `branch ${n} ends ${formatShape(other.shape)}, branch 1 ${formatShape(first.shape)}`;
  if (!isSpatial(other.shape)) return `${ends}; give both branches the same number of units`;
  const stride = h % fh === 0 && w % fw === 0 && h / fh === w / fw && h > fh ? h / fh : undefined;
  const changes: string[] = [];
  if (h !== fh || w !== fw) {
    if (stride === undefined) return `${ends}: ${h}/${fh} is not a whole stride; change the pooling or strides before the merge so both branches end ${fh}×${fw}`;
    changes.push(`\`stride: ${stride}\``);
  }
  if (kind === 'add' && c !== fc) changes.push(`\`filters: ${fc}\``);
  const arithmetic = stride === undefined ? '' : ` (${h}/${fh} = ${stride})`;
  if (end?.kind === 'conv') return `${ends}${arithmetic}; give ${localName(layer, end.name)} ${changes.join(' and ')}`;
  const from = written(layer, other.name);
  return `${ends}${arithmetic}; take it through a 1×1 conv: \`- conv: {from: ${from}, filters: ${kind === 'add' ? fc : c}, kernel: 1${stride ? `, stride: ${stride}` : ''}}\` and merge that`;
}

/** How the `from` of `layer` names the layer `name`: inside a block, its own layers without the copy's prefix, anything before the block as `input`. */
function written(layer: Layer, name: string): string {
  if (!layer.block) return name;
  const local = localName(layer, name);
  return local === name ? 'input' : local;
}

/** `name` without the prefix of `layer`'s block copy, when it is a layer of that copy. */
function localName(layer: Layer, name: string): string {
  const prefix = layer.block ? `${layer.block.instance}_` : undefined;
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** The conv or pool layer that gave a branch its shape: back through layers that keep it. */
function shapingLayer(input: MergeInput, byName: ReadonlyMap<string, Layer>): Layer | undefined {
  let layer = input.layer;
  while (layer && (layer.kind === 'batchnorm' || layer.kind === 'activation' || layer.kind === 'dropout')) layer = byName.get(layer.inputs[0]!);
  return layer ?? input.layer;
}

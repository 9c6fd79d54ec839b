/**
 * Shape rules for the merges: `add` sums inputs of one shape, `concat` stacks inputs of one
 * height and width along the channels. A mismatch is reported at the `from` entry of the branch
 * that differs from the first, with a note at the layer that branch ends in and a hint that
 * shows the arithmetic and the change that makes the shapes agree.
 */
import { error, say, type SpecEdit, type SpecFix } from '../../diagnostics.js';
import { formatShape } from '../../format.js';
import type { MergeChange } from '../../messages.js';
import type { AddLayer, ConcatLayer, Layer } from '../../model.js';
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
  }, { path: [...layer.path, layer.kind, 'from', k] }));
}

/** Branch k (0-based) does not fit the first: where, why, and what to change. */
function mismatch(layer: AddLayer | ConcatLayer, inputs: readonly MergeInput[], k: number, expected: string, byName: ReadonlyMap<string, Layer>): RuleResult {
  const first = inputs[0]!;
  const other = inputs[k]!;
  const end = shapingLayer(other, byName);
  const { change, fix } = fitting(layer, inputs, k, end, byName);
  return failed(error('MERGE_SHAPE_MISMATCH', {
    layer: layer.name, kind: layer.kind, expected, branch: k + 1, input: other.name, shape: formatShape(other.shape), first: first.name, firstShape: formatShape(first.shape),
    change, fixes: fix ? [fix] : [],
  }, {
    path: [...layer.path, layer.kind, 'from', k],
    notes: end ? [{ message: say('BRANCH_DIFFERS', { input: end.name, shape: formatShape(other.shape) }).message, path: end.path }] : [],
  }));
}

/**
 * The change that makes branch k (ending in `end`'s shape) fit the first branch: a stride where
 * its spatial size is a multiple of the first's, filters where only the channels differ (add).
 * On the conv that shapes the branch where that changes nothing else; else a 1×1 conv on the
 * branch, inserted before the merge and merged in its place.
 */
function fitting(layer: AddLayer | ConcatLayer, inputs: readonly MergeInput[], k: number, end: Layer | undefined, byName: ReadonlyMap<string, Layer>): { change: MergeChange; fix?: SpecFix } {
  const first = inputs[0]!;
  const other = inputs[k]!;
  if (!isSpatial(other.shape)) return { change: { kind: 'units' } };
  const [h, w, c] = other.shape as [number, number, number];
  const [fh, fw, fc] = first.shape as [number, number, number];
  const by = h % fh === 0 && w % fw === 0 && h / fh === w / fw && h > fh ? h / fh : undefined;
  if ((h !== fh || w !== fw) && by === undefined) return { change: { kind: 'sizes', from: h, to: fh, size: `${fh}×${fw}` } };
  const stride = by === undefined ? undefined : { from: h, to: fh, by };
  const filters = layer.kind === 'add' && c !== fc ? fc : undefined;
  if (end?.kind === 'conv' && changesOnlyBranch(end, layer, other, by === undefined, byName)) {
    // a conv of the merge's own block copy is changed in the block's text, for every copy
    const value = (n: number) => (end.block && end.block.instance === layer.block?.instance ? blockValue(layer, n) : n);
    const set = (key: string, n: number): SpecEdit => ({ path: [...end.path, 'conv', key], value: value(n) });
    const edits = [...(by === undefined ? [] : [set('stride', by)]), ...(filters === undefined ? [] : [set('filters', filters)])];
    return { change: { kind: 'fix', layer: localName(layer, end.name), stride }, fix: { edits } };
  }
  const name = freeName(layer, 'shortcut', byName);
  const conv = {
    name, from: written(layer, other.name), filters: blockValue(layer, layer.kind === 'add' ? fc : c), kernel: 1, ...(by === undefined ? {} : { stride: blockValue(layer, by) }),
  };
  return {
    change: { kind: 'fix', stride },
    fix: { edits: [{ insert: { before: layer.path, layer: { conv } } }, { path: [...layer.path, layer.kind, 'from', k], value: name }] },
  };
}

/**
 * Whether changing `end` changes the merge's branch and nothing else: each layer on the way from
 * `end` to the merge is taken by the next one alone, except that where only the channels change
 * (`channelsOnly`), other convs may take it too (a conv's output does not depend on how many
 * channels it reads). Else the change would reshape the first branch, or another, as well.
 */
function changesOnlyBranch(end: Layer, merge: Layer, branch: MergeInput, channelsOnly: boolean, byName: ReadonlyMap<string, Layer>): boolean {
  const takers = new Map<string, Layer[]>();
  for (const l of byName.values()) for (const name of new Set(l.inputs)) takers.set(name, [...(takers.get(name) ?? []), l]);
  let next = merge;
  for (let l = branch.layer; l; next = l, l = byName.get(l.inputs[0]!)) {
    const others = (takers.get(l.name) ?? []).filter((t) => t !== next);
    if (others.some((t) => !channelsOnly || t.kind !== 'conv')) return false;
    if (l === end) return true;
  }
  return false;
}

/** `base`, or `base2`, `base3`...: a name no layer of the spec (or of `layer`'s block copy) has yet, as `layer`'s list writes it. */
function freeName(layer: Layer, base: string, byName: ReadonlyMap<string, Layer>): string {
  const prefix = layer.block ? `${layer.block.instance}_` : '';
  const taken = (name: string) => byName.has(prefix + name) || [...byName.keys()].some((n) => n.startsWith(`${prefix}${name}_`));
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}${n}`;
  return name;
}

/**
 * A number for a layer written into `layer`'s block: the parameter of this copy that holds it
 * (`$filters`), when exactly one does, so every copy of the block gets its own; else the number.
 */
function blockValue(layer: Layer, n: number): number | string {
  const params = Object.entries(layer.block?.params ?? {}).filter(([, v]) => v === n);
  return params.length === 1 ? `$${params[0]![0]}` : n;
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

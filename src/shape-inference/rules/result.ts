/** What every shape rule returns: the layer's numbers, or the diagnostic that stops inference. */
import { error, type Diagnostic, type SpecPath } from '../../diagnostics.js';
import type { Pair } from '../../model.js';
import { formatShape } from '../../format.js';
import type { Shape } from '../types.js';

/** A layer whose output shape is known. */
export interface RuleOutput {
  ok: true;
  output: Shape;
  trainableParams: number;
  nonTrainableParams: number;
  macs: number;
  /** The sliding window of conv and pool layers, from which receptive fields grow. */
  window?: { kernel: Pair; stride: Pair };
  /** The largest single weight tensor's element count (kernel matrix), for size limits. */
  largestWeight: number;
}

/** A layer whose shape cannot be computed; later layers depend on it. */
export interface RuleFailure {
  ok: false;
  diagnostic: Diagnostic;
}

export type RuleResult = RuleOutput | RuleFailure;

/** A rule's success, with zero params and MACs unless given. */
export function produced(output: Shape, counts: Partial<Omit<RuleOutput, 'ok' | 'output'>> = {}): RuleOutput {
  return { ok: true, output, trainableParams: 0, nonTrainableParams: 0, macs: 0, largestWeight: 0, ...counts };
}

/** A rule's failure. */
export function failed(diagnostic: Diagnostic): RuleFailure {
  return { ok: false, diagnostic };
}

/** Spatial tensors are [h, w, c]; anything else has been flattened. */
export function isSpatial(shape: Shape): shape is readonly [number, number, number] {
  return shape.length === 3;
}

/** Elements in one example's tensor of this shape. */
export function elementCount(shape: Shape): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** SPATIAL_AFTER_FLATTEN for a conv, pool or second flatten layer fed a flat tensor; a second flatten can go. */
export function spatialAfterFlatten(layer: { kind: string; name: string; path: SpecPath }, input: Shape): RuleFailure {
  const fixes = layer.kind === 'flatten' ? [{ edits: [{ remove: layer.path }] }] as const : [] as const;
  return failed(error('SPATIAL_AFTER_FLATTEN', { layer: layer.name, kind: layer.kind, units: formatShape(input), fixes }, { path: layer.path }));
}

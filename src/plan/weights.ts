/**
 * A trained model's weights held against the plan: every weight the plan's nodes have, by name
 * and shape, from the weights a model folder holds. The exports (ONNX, PyTorch) take a network's
 * structure from its plan and only the numbers from the folder, so a folder that does not fit
 * the plan is refused here, each weight at the layer that has it. Pure.
 */
import { error, type Diagnostic } from '../diagnostics.js';
import { formatShape } from '../format.js';
import type { ModelPlan, PlannedWeight, PlanNode } from './index.js';

/** One weight of a trained model, by its name (`conv1/kernel`): tfjs's layout, float32. */
export interface NamedWeight {
  shape: readonly number[];
  data: Float32Array;
}

/** The plan's weights with their trained values, or why the values do not fit the plan. */
export type PlanWeights =
  | { ok: true; values: ReadonlyMap<string, Float32Array> }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The values of every weight of `plan` from `weights` (by PlannedWeight name), or a diagnostic
 * per weight that is missing, of another shape, or belongs to no node: EXPORT_WEIGHT_MISSING and
 * EXPORT_WEIGHT_SHAPE at the layer that needs it, EXPORT_WEIGHT_EXTRA for one no layer has.
 */
export function planWeights(plan: ModelPlan, weights: ReadonlyMap<string, NamedWeight>): PlanWeights {
  const diagnostics: Diagnostic[] = [];
  const values = new Map<string, Float32Array>();
  for (const node of plan.nodes) {
    for (const planned of node.weights) {
      const found = weights.get(planned.name);
      const problem = found ? shapeProblem(node, planned, found) : error('EXPORT_WEIGHT_MISSING', { weight: planned.name, layer: node.name }, { path: node.layer.path });
      if (problem) diagnostics.push(problem);
      else values.set(planned.name, found!.data);
    }
  }
  const planned = new Set(plan.weights.map((w) => w.name));
  for (const name of weights.keys()) {
    if (!planned.has(name)) diagnostics.push(error('EXPORT_WEIGHT_EXTRA', { weight: name }));
  }
  return diagnostics.length ? { ok: false, diagnostics } : { ok: true, values };
}

function shapeProblem(node: PlanNode, planned: PlannedWeight, found: NamedWeight): Diagnostic | undefined {
  const count = found.shape.reduce((a, b) => a * b, 1);
  const same = found.shape.length === planned.shape.length && found.shape.every((d, i) => d === planned.shape[i]) && found.data.length === count;
  if (same) return undefined;
  return error('EXPORT_WEIGHT_SHAPE', { weight: planned.name, layer: node.name, expected: formatShape(planned.shape), found: formatShape(found.shape) }, { path: node.layer.path });
}

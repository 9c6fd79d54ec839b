/** Shape rule for `flatten`. */
import type { FlattenLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { isSpatial, produced, spatialAfterFlatten, type RuleResult } from './result.js';

/** [h, w, c] → [h·w·c]. A flat input is an error: tfjs's Flatten wants rank ≥ 3 with the batch. */
export function flattenRule(input: Shape, layer: FlattenLayer): RuleResult {
  if (!isSpatial(input)) return spatialAfterFlatten(layer, input);
  return produced([input[0] * input[1] * input[2]]);
}

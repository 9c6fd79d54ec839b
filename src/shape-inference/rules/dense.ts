/** Shape rule for `dense`: a fully connected layer on a flat input. */
import { error } from '../../diagnostics.js';
import { formatShape } from '../../format.js';
import type { DenseLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { failed, isSpatial, produced, type RuleResult } from './result.js';

/** Output [units]; params in·units (+ units with bias); MACs in·units. */
export function denseRule(input: Shape, layer: DenseLayer): RuleResult {
  // tfjs would apply it to the last axis only, which is never what a LeNet-style spec means
  if (isSpatial(input)) {
    return failed(error('DENSE_ON_SPATIAL', { layer: layer.name, shape: formatShape(input) }, {
      path: layer.path,
      hint: `insert \`- flatten\` before it (it would then see ${input[0] * input[1] * input[2]} inputs)`,
    }));
  }
  const weights = input[0] * layer.units;
  return produced([layer.units], {
    trainableParams: weights + (layer.bias ? layer.units : 0),
    macs: weights,
    largestWeight: weights,
  });
}

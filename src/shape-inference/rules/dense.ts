/** Shape rule for `dense`: a fully connected layer on a flat input. */
import { error, type SpecFix } from '../../diagnostics.js';
import { formatShape } from '../../format.js';
import type { DenseLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { failed, isSpatial, produced, type RuleResult } from './result.js';

/**
 * Output [units]; params in·units (+ units with bias); MACs in·units. `follows`: the layer takes
 * the one before it, so a flatten inserted before it is what it would take.
 */
export function denseRule(input: Shape, layer: DenseLayer, follows = true): RuleResult {
  // tfjs would apply it to the last axis only, which is never what a LeNet-style spec means
  if (isSpatial(input)) {
    const flatten: SpecFix = { edits: [{ insert: { before: layer.path, layer: 'flatten' } }] };
    return failed(error('DENSE_ON_SPATIAL', {
      layer: layer.name, shape: formatShape(input), input: layer.inputs[0]!, units: input[0] * input[1] * input[2], fixes: follows ? [flatten] : [],
    }, { path: layer.path }));
  }
  const weights = input[0] * layer.units;
  return produced([layer.units], {
    trainableParams: weights + (layer.bias ? layer.units : 0),
    macs: weights,
    largestWeight: weights,
  });
}

/** Shape rule for `pool`: average or max pooling, padded same or valid; no weights, no MACs. */
import { error } from '../../diagnostics.js';
import type { Pair, PoolLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { outputArithmetic, outputLength, pairSize, pairValue } from './output-length.js';
import { failed, isSpatial, produced, spatialAfterFlatten, type RuleResult } from './result.js';

/** Output [oh, ow, c]. With `same`, tfjs pads whatever the window, so only `valid` can fail. */
export function poolRule(input: Shape, layer: PoolLayer): RuleResult {
  if (!isSpatial(input)) return spatialAfterFlatten(layer, input);
  const [h, w, c] = input;
  const oh = outputLength(h, layer.size[0], layer.stride[0], layer.padding);
  const ow = outputLength(w, layer.size[1], layer.stride[1], layer.padding);
  if (oh < 1 || ow < 1) return failed(poolLargerThanInput(layer, [h, w], [oh, ow]));
  return produced([oh, ow, c], { window: { kernel: layer.size, stride: layer.stride } });
}

/** A valid window larger than its input; the fix is the largest window that fits, or `same`. */
function poolLargerThanInput(layer: PoolLayer, size: Pair, out: Pair) {
  const arithmetic = ([0, 1] as const)
    .filter((d) => out[d] < 1)
    .map((d) => `${d === 0 ? 'height' : 'width'} ${outputArithmetic(size[d], layer.size[d], layer.stride[d], 'valid')}`);
  const fits: Pair = [Math.min(layer.size[0], size[0]), Math.min(layer.size[1], size[1])];
  return error('POOL_LARGER_THAN_INPUT', { layer: layer.name, window: pairSize(layer.size), input: pairSize(size) }, {
    path: [...layer.path, layer.kind, 'size'],
    hint: `${arithmetic.join(', ')}; use \`size: ${pairValue(fits)}\` or \`padding: same\``,
  });
}

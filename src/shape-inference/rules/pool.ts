/** Shape rule for `pool`: average or max pooling, padded same or valid; no weights, no MACs. */
import { error, type SpecFix, type SpecValue } from '../../diagnostics.js';
import type { Pair, PoolLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { outputArithmetic, outputLength, pairSize, pairValue } from './output-length.js';
import { failed, isSpatial, produced, spatialAfterFlatten, type RuleResult } from './result.js';

/**
 * Output [oh, ow, c]. With `same`, tfjs pads whatever the window, so only `valid` can fail.
 * A global pool's window is the whole input: 1×1×c, whatever the input's size.
 */
export function poolRule(input: Shape, layer: PoolLayer): RuleResult {
  if (!isSpatial(input)) return spatialAfterFlatten(layer, input);
  const [h, w, c] = input;
  if (layer.size === 'global') return produced([1, 1, c], { window: { kernel: [h, w], stride: [1, 1] } });
  const size = layer.size;
  const oh = outputLength(h, size[0], layer.stride[0], layer.padding);
  const ow = outputLength(w, size[1], layer.stride[1], layer.padding);
  if (oh < 1 || ow < 1) return failed(poolLargerThanInput(layer, size, [h, w], [oh, ow]));
  return produced([oh, ow, c], { window: { kernel: size, stride: layer.stride } });
}

/** A valid window larger than its input; the fixes: the largest window that fits, `global`, or `same`. */
function poolLargerThanInput(layer: PoolLayer, window: Pair, size: Pair, out: Pair) {
  const arithmetic = ([0, 1] as const)
    .filter((d) => out[d] < 1)
    .map((d) => `${d === 0 ? 'height' : 'width'} ${outputArithmetic(size[d], window[d], layer.stride[d], 'valid')}`);
  const fits: Pair = [Math.min(window[0], size[0]), Math.min(window[1], size[1])];
  const set = (key: string, value: SpecValue): SpecFix => ({ edits: [{ path: [...layer.path, layer.kind, key], value }] });
  return error('POOL_LARGER_THAN_INPUT', {
    layer: layer.name, window: pairSize(window), input: pairSize(size), arithmetic,
    fixes: [set('size', pairValue(fits)), set('size', 'global'), set('padding', 'same')],
  }, { path: [...layer.path, layer.kind, 'size'] });
}

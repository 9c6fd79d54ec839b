/** Shape rule for `conv`: a 2-D convolution, padded same, valid or with explicit zeros. */
import { error, type SpecFix, type SpecValue } from '../../diagnostics.js';
import type { ConvLayer, Pair } from '../../model.js';
import type { Shape } from '../types.js';
import { convPaddings, outputArithmetic, outputLength, pairSize, pairValue, paddedLength, type DimPadding } from './output-length.js';
import { failed, isSpatial, produced, spatialAfterFlatten, type RuleResult } from './result.js';

/** Output [oh, ow, filters]; params kh·kw·cin·filters (+ filters with bias); MACs oh·ow·filters·kh·kw·cin. */
export function convRule(input: Shape, layer: ConvLayer): RuleResult {
  if (!isSpatial(input)) return spatialAfterFlatten(layer, input);
  const [h, w, cin] = input;
  const [kh, kw] = layer.kernel;
  const [sh, sw] = layer.stride;
  const [ph, pw] = convPaddings(layer.padding);
  const oh = outputLength(h, kh, sh, ph);
  const ow = outputLength(w, kw, sw, pw);
  if (oh < 1 || ow < 1) return failed(nonPositiveOutput(layer, [h, w], [oh, ow], [ph, pw]));
  const weights = kh * kw * cin * layer.filters;
  return produced([oh, ow, layer.filters], {
    trainableParams: weights + (layer.bias ? layer.filters : 0),
    macs: oh * ow * layer.filters * kh * kw * cin,
    window: { kernel: layer.kernel, stride: layer.stride },
    largestWeight: weights,
  });
}

/**
 * The kernel is larger than the (padded) input in some dimension. Stride cannot cause this:
 * floor(x/s) + 1 ≤ 0 exactly when x < 0. The fixes: the smallest symmetric padding that makes
 * every dimension fit, `same`, or the largest kernel that fits the padding as written.
 */
function nonPositiveOutput(layer: ConvLayer, size: Pair, out: Pair, paddings: readonly [DimPadding, DimPadding]) {
  const dims = [0, 1] as const;
  const arithmetic = dims
    .filter((d) => out[d] < 1)
    .map((d) => `${d === 0 ? 'height' : 'width'} ${outputArithmetic(size[d], layer.kernel[d], layer.stride[d], paddings[d])}`);
  const padding = Math.max(1, ...dims.map((d) => Math.ceil(Math.max(0, layer.kernel[d] - size[d]) / 2)));
  const kernel: Pair = [
    Math.min(layer.kernel[0], paddedLength(size[0], paddings[0])),
    Math.min(layer.kernel[1], paddedLength(size[1], paddings[1])),
  ];
  const set = (key: string, value: SpecValue): SpecFix => ({ edits: [{ path: [...layer.path, layer.kind, key], value }] });
  return error('NON_POSITIVE_OUTPUT', {
    layer: layer.name, size: pairSize(out), kernel: pairSize(layer.kernel), input: pairSize(size), arithmetic,
    fixes: [set('padding', padding), set('padding', 'same'), set('kernel', pairValue(kernel))],
  }, { path: [...layer.path, layer.kind, 'kernel'] });
}

/** Shape rule for `batchnorm` (tfjs batchNormalization over the last axis). */
import type { BatchNormLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { produced, type RuleResult } from './result.js';

/** Same shape out; gamma and beta (2C) train, the moving mean and variance (2C) do not; 0 MACs. */
export function batchnormRule(input: Shape, _layer: BatchNormLayer): RuleResult {
  const channels = input[input.length - 1];
  return produced(input, { trainableParams: 2 * channels, nonTrainableParams: 2 * channels });
}

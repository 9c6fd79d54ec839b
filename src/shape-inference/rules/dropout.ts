/** Shape rule for `dropout`. */
import type { DropoutLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { produced, type RuleResult } from './result.js';

/** Same shape out; no weights; masking is not a multiply-accumulate. */
export function dropoutRule(input: Shape, _layer: DropoutLayer): RuleResult {
  return produced(input);
}

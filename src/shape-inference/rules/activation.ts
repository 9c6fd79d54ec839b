/** Shape rule for a standalone `activation` layer. */
import type { ActivationLayer } from '../../model.js';
import type { Shape } from '../types.js';
import { produced, type RuleResult } from './result.js';

/** Same shape out; no weights; elementwise functions count no MACs. */
export function activationRule(input: Shape, _layer: ActivationLayer): RuleResult {
  return produced(input);
}

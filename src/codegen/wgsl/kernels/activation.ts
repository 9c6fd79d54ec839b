/**
 * An activation layer that did not fold into the op before it (that op has an activation of its
 * own): y = act(x) forward; backward, the gradient reaching x goes on through the previous op's
 * activation. Its own derivative was applied by whoever computed its dz.
 */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type ActOp, type Graph, type Op } from '../graph.js';
import { passGradient, usedActs } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** y = act(z), where z is the previous op's output. */
export function activationForward(graph: Graph, op: ActOp): Kernel {
  const body = `if (i / ${volume(op.in)}u >= step.n) { return; }
${at(op.y, 'i')} = act_${op.act}(${at(op.z, 'i')});`;
  return threadKernel(`${op.layer}.forward`, [STEP, ...arenasOf(op.z, op.y)], graph.batch * volume(op.in), body, activationFunctions(usedActs(op)));
}

/** The previous op's dz from this op's: dz times the previous op's activation derivative. */
export function activationInputGradient(graph: Graph, op: ActOp, prev: Op): Kernel {
  const body = `if (i / ${volume(op.in)}u >= step.n) { return; }
${passGradient(prev, 'i', at(op.dz!, 'i'))}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, ...arenasOf(op.dz, prev.dz, prev.z)], graph.batch * volume(op.in), body, activationFunctions(usedActs(prev)));
}

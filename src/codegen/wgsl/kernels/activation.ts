/**
 * An activation layer that did not fold into the op before it (that op has an activation of its
 * own): y = act(x) forward; backward, the gradient reaching x goes on through the previous op's
 * activation. Its own derivative was applied by whoever computed its dz.
 */
import { at, type Phase } from '../kernel.js';
import { volume, type ActOp, type Op } from '../graph.js';
import { passGradient } from './shared.js';

/** y = act(z), where z is the previous op's output. */
export function activationForward(op: ActOp): Phase {
  const i = `b * ${volume(op.in)}u + e`;
  return { name: `${op.layer}.forward`, count: volume(op.in), body: `${at(op.y, i)} = act_${op.act}(${at(op.z, i)});`, acts: [op.act], tensors: [op.z, op.y], buffers: [] };
}

/** The previous op's dz from this op's: dz times the previous op's activation derivative. */
export function activationInputGradient(op: ActOp, prev: Op): Phase {
  const i = `b * ${volume(op.in)}u + e`;
  return { name: `${op.layer}.input-gradient`, count: volume(op.in), body: passGradient(prev, i, at(op.dz!, i)), acts: [prev.act], tensors: [op.dz, prev.dz, prev.z], buffers: [] };
}

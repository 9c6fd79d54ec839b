/**
 * An activation layer that did not fold into the op before it (that op has an activation of its
 * own, or other layers read its output): y = act(x) forward; backward, the gradient reaching x
 * goes on through the input op's activation. Its own derivative was applied by whoever computed
 * its dz.
 */
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { volume, type ActOp, type OpInput } from '../graph.js';
import { ofExample } from './shared.js';

/** y = act(z), where z is the input op's output. */
export function activationForward(op: ActOp): Phase {
  const i = ofExample(volume(op.in));
  return {
    name: `${op.layer}.forward`, about: `${op.act} of ${op.inputs[0]!.from.layer}'s output; an item per element`,
    count: volume(op.in), body: `${at(op.y, i)} = act_${op.act}(${at(op.z, i)});`, acts: [op.act], tensors: [op.z, op.y], buffers: [],
  };
}

/** The input op's dz from this op's: dz times the input op's activation derivative. */
export function activationInputGradient(op: ActOp, input: OpInput): Phase {
  const i = ofExample(volume(op.in));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer}; an item per element`,
    count: volume(op.in), body: passGradient(input, i, at(op.dz!, i)), acts: gradientActs(input), tensors: [op.dz, ...gradientTensors(input)], buffers: [],
  };
}

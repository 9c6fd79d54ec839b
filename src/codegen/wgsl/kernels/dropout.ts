/**
 * Inverted dropout, as tfjs computes it (x · mask / keep), with the mask drawn from Philox keyed
 * by the run's seed, the global step, the layer's stream (the plan's) and the element's index in
 * the batch (../random.ts): recomputed in the backward pass instead of stored. At evaluation it
 * passes x through.
 */
import { f32 } from '../activations.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { volume, type DropoutOp, type OpInput } from '../graph.js';
import { ofExample, writeOutput } from './shared.js';

/** The mask's scale at batch element `i`: 1/keep where kept, else 0. */
function scale(op: DropoutOp): string {
  return `select(0.0, ${f32(1 / (1 - op.rate))}, dropout_keep(step.seed, step.gstep, ${op.stream}u, i, ${f32(op.rate)}))`;
}

/** y = act(x · mask/keep) while training, act(x) otherwise. */
export function dropoutForward(op: DropoutOp, training: boolean): Phase {
  const body = `let i = ${ofExample(volume(op.in))};
${writeOutput(op, 'i', training ? `${at(op.x, 'i')} * ${scale(op)}` : at(op.x, 'i'))}`;
  return {
    name: `${op.layer}.${training ? 'forward' : 'evaluate'}`,
    about: training ? `${op.inputs[0]!.from.layer}'s output times mask stream ${op.stream}'s draw (rate ${op.rate}); an item per element` : `${op.inputs[0]!.from.layer}'s output, as it is; an item per element`,
    count: volume(op.in), body, acts: [op.act], philox: training, tensors: [op.x, op.z, op.y], buffers: [],
  };
}

/** dx = dz · mask/keep (the same mask), through the input op's activation. */
export function dropoutInputGradient(op: DropoutOp, input: OpInput): Phase {
  const body = `let i = ${ofExample(volume(op.in))};
${passGradient(input, 'i', `${at(op.dz!, 'i')} * ${scale(op)}`)}`;
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer}: dz times the same mask; an item per element`,
    count: volume(op.in), body, acts: gradientActs(input), philox: true, tensors: [op.dz, ...gradientTensors(input)], buffers: [],
  };
}

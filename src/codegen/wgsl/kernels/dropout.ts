/**
 * Inverted dropout, as tfjs computes it (x · mask / keep), with the mask drawn from Philox keyed
 * by the run's seed, the global step, the layer and the element's index in the batch
 * (../random.ts): recomputed in the backward pass instead of stored. At evaluation it passes x
 * through.
 */
import { f32 } from '../activations.js';
import { at, type Phase } from '../kernel.js';
import { volume, type DropoutOp, type Op } from '../graph.js';
import { passGradient, writeOutput } from './shared.js';

/** The mask's scale at batch element `i`: 1/keep where kept, else 0. */
function scale(op: DropoutOp): string {
  return `select(0.0, ${f32(1 / (1 - op.rate))}, dropout_keep(step.seed, step.gstep, ${op.stream}u, i, ${f32(op.rate)}))`;
}

/** y = act(x · mask/keep) while training, act(x) otherwise. */
export function dropoutForward(op: DropoutOp, training: boolean): Phase {
  const body = `let i = b * ${volume(op.in)}u + e;
${writeOutput(op, 'i', training ? `${at(op.x, 'i')} * ${scale(op)}` : at(op.x, 'i'))}`;
  return { name: `${op.layer}.${training ? 'forward' : 'evaluate'}`, count: volume(op.in), body, acts: [op.act], philox: training, tensors: [op.x, op.z, op.y], buffers: [] };
}

/** dx = dz · mask/keep (the same mask), through the previous op's activation. */
export function dropoutInputGradient(op: DropoutOp, prev: Op): Phase {
  const body = `let i = b * ${volume(op.in)}u + e;
${passGradient(prev, 'i', `${at(op.dz!, 'i')} * ${scale(op)}`)}`;
  return { name: `${op.layer}.input-gradient`, count: volume(op.in), body, acts: [prev.act], philox: true, tensors: [op.dz, prev.dz, prev.z], buffers: [] };
}

/**
 * Inverted dropout, as tfjs computes it (x · mask / keep), with the mask drawn from Philox keyed
 * by the run's seed, the global step, the layer and the element (../random.ts): recomputed in
 * the backward pass instead of stored. At evaluation it passes x through.
 */
import { activationFunctions, f32 } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type DropoutOp, type Graph, type Op } from '../graph.js';
import { PHILOX_WGSL } from '../random.js';
import { passGradient, usedActs, writeOutput } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** The mask's scale at flat index `i`: 1/keep where kept, else 0. */
function scale(op: DropoutOp): string {
  return `select(0.0, ${f32(1 / (1 - op.rate))}, dropout_keep(step.seed, step.gstep, ${op.stream}u, i, ${f32(op.rate)}))`;
}

/** y = act(x · mask/keep) while training, act(x) otherwise. */
export function dropoutForward(graph: Graph, op: DropoutOp, training: boolean): Kernel {
  const body = `if (i / ${volume(op.in)}u >= step.n) { return; }
${writeOutput(op, 'i', training ? `${at(op.x, 'i')} * ${scale(op)}` : at(op.x, 'i'))}`;
  return threadKernel(`${op.layer}.${training ? 'forward' : 'evaluate'}`, [STEP, ...arenasOf(op.x, op.z, op.y)], graph.batch * volume(op.in), body, `${PHILOX_WGSL}${activationFunctions(usedActs(op))}`);
}

/** dx = dz · mask/keep (the same mask), through the previous op's activation. */
export function dropoutInputGradient(graph: Graph, op: DropoutOp, prev: Op): Kernel {
  const body = `if (i / ${volume(op.in)}u >= step.n) { return; }
${passGradient(prev, 'i', `${at(op.dz!, 'i')} * ${scale(op)}`)}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, ...arenasOf(op.dz, prev.dz, prev.z)], graph.batch * volume(op.in), body, `${PHILOX_WGSL}${activationFunctions(usedActs(prev))}`);
}

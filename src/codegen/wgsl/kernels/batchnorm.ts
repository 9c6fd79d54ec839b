/**
 * Batch normalization over the channel axis, as tfjs-layers trains it: normalized by the batch's
 * mean and (biased) variance, the moving statistics updated as moving − (moving − batch)·(1 −
 * momentum); at evaluation, normalized by the moving statistics. The per-channel sums are one
 * workgroup per channel, summed in a fixed order, so a step gives the same numbers every run.
 */
import { activationFunctions, f32 } from '../activations.js';
import { arenasOf, at, groupKernel, threadKernel, workgroupSum, type Kernel } from '../kernel.js';
import { volume, type BatchNormOp, type Graph, type Op } from '../graph.js';
import { passGradient, usedActs, writeOutput } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };
/** Threads per channel for the sums. */
const SUM_THREADS = 256;
const SCRATCH = `var<workgroup> scratch: array<f32, ${SUM_THREADS}>;`;

/** The batch's mean and variance per channel, and the moving statistics' update: one workgroup per channel. */
export function batchNormStats(op: BatchNormOp): Kernel {
  const channels = op.in[2];
  const positions = op.in[0] * op.in[1];
  // element k of channel g over the batch's examples and positions
  const x = at(op.x, `k * ${channels}u + g`);
  const body = `let count = step.n * ${positions}u;
${workgroupSum('total', x, 'count', SUM_THREADS, 'scratch')}
let mean = total / f32(count);
${workgroupSum('squares', `(${x} - mean) * (${x} - mean)`, 'count', SUM_THREADS, 'scratch')}
let variance = squares / f32(count);
if (t == 0u) {
  ${at(op.stats, 'g')} = mean;
  ${at(op.stats, `${channels}u + g`)} = variance;
  let decay = ${f32(1 - op.momentum)};
  let mm = params[${op.movingMean.offset}u + g];
  params[${op.movingMean.offset}u + g] = mm - (mm - mean) * decay;
  let mv = params[${op.movingVariance.offset}u + g];
  params[${op.movingVariance.offset}u + g] = mv - (mv - variance) * decay;
}`;
  return groupKernel(`${op.layer}.statistics`, [STEP, { buffer: 'params', access: 'read_write' }, ...arenasOf(op.x, op.stats)], channels, SUM_THREADS, body, SCRATCH);
}

/** z = beta + (x − mean)·gamma/√(variance + ε), y = act(z): batch statistics in training, moving ones otherwise. */
export function batchNormForward(graph: Graph, op: BatchNormOp, training: boolean): Kernel {
  const channels = op.in[2];
  const mean = training ? at(op.stats, 'c') : `params[${op.movingMean.offset}u + c]`;
  const variance = training ? at(op.stats, `${channels}u + c`) : `params[${op.movingVariance.offset}u + c]`;
  const body = `let b = i / ${volume(op.in)}u;
let c = i % ${channels}u;
if (b >= step.n) { return; }
let x = ${at(op.x, 'i')};
${writeOutput(op, 'i', `params[${op.beta.offset}u + c] + (x - ${mean}) * params[${op.gamma.offset}u + c] / sqrt(${variance} + ${f32(op.epsilon)})`)}`;
  const tensors = training ? [op.x, op.z, op.y, op.stats] : [op.x, op.z, op.y];
  return threadKernel(`${op.layer}.${training ? 'forward' : 'evaluate'}`, [STEP, { buffer: 'params', access: 'read' }, ...arenasOf(...tensors)], graph.batch * volume(op.in), body, activationFunctions(usedActs(op)));
}

/** Σ dz·x̂ and Σ dz per channel: gamma's and beta's gradients, which the input gradient needs too. */
export function batchNormSums(op: BatchNormOp): Kernel {
  const channels = op.in[2];
  const positions = op.in[0] * op.in[1];
  const index = `k * ${channels}u + g`;
  const body = `let count = step.n * ${positions}u;
let mean = ${at(op.stats, 'g')};
let inv = 1.0 / sqrt(${at(op.stats, `${channels}u + g`)} + ${f32(op.epsilon)});
${workgroupSum('dgamma', `${at(op.dz!, index)} * (${at(op.x, index)} - mean) * inv`, 'count', SUM_THREADS, 'scratch')}
${workgroupSum('dbeta', at(op.dz!, index), 'count', SUM_THREADS, 'scratch')}
if (t == 0u) {
  ${at(op.sums, 'g')} = dgamma;
  ${at(op.sums, `${channels}u + g`)} = dbeta;
}`;
  return groupKernel(`${op.layer}.gradient-sums`, [STEP, ...arenasOf(op.x, op.dz, op.stats, op.sums)], channels, SUM_THREADS, body, SCRATCH);
}

/** dx = gamma·inv/N·(N·dz − Σdz − x̂·Σdz·x̂), through the previous op's activation. */
export function batchNormInputGradient(graph: Graph, op: BatchNormOp, prev: Op): Kernel {
  const channels = op.in[2];
  const positions = op.in[0] * op.in[1];
  const body = `let b = i / ${volume(op.in)}u;
let c = i % ${channels}u;
if (b >= step.n) { return; }
let count = f32(step.n * ${positions}u);
let inv = 1.0 / sqrt(${at(op.stats, `${channels}u + c`)} + ${f32(op.epsilon)});
let xhat = (${at(op.x, 'i')} - ${at(op.stats, 'c')}) * inv;
let dx = params[${op.gamma.offset}u + c] * inv * (${at(op.dz!, 'i')} - ${at(op.sums, `${channels}u + c`)} / count - xhat * ${at(op.sums, 'c')} / count);
${passGradient(prev, 'i', 'dx')}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, { buffer: 'params', access: 'read' }, ...arenasOf(op.x, op.dz, op.stats, op.sums, prev.dz, prev.z)], graph.batch * volume(op.in), body, activationFunctions(usedActs(prev)));
}

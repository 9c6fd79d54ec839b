/**
 * Batch normalization over the channel axis, as tfjs-layers trains it: normalized by the batch's
 * mean and (biased) variance, the moving statistics updated as moving − (moving − batch)·(1 −
 * momentum); at evaluation, normalized by the moving statistics. The per-channel sums are one
 * workgroup per channel, summed in a fixed order, so a step gives the same numbers every run.
 */
import { f32 } from '../activations.js';
import { bind, lines, named, product, remainder, sum } from '../expr.js';
import { arenasOf, at, gradientActs, gradientTensors, groupKernel, passGradient, workgroupSum, type Kernel, type Phase } from '../kernel.js';
import { volume, type BatchNormOp, type OpInput } from '../graph.js';
import { ofExample, PARAMS, writeOutput } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };
/** Threads per channel for the sums. */
const SUM_THREADS = 256;

/** The module-scope constants of a per-channel kernel: the scratch and the layer's sizes. */
function channelConstants(op: BatchNormOp): string {
  return `const CHANNELS = ${op.in[2]}u;
const POSITIONS = ${op.in[0] * op.in[1]}u; // per example
var<workgroup> scratch: array<f32, ${SUM_THREADS}>;`;
}

/** Element k of channel g over the batch's examples and positions. */
function ofChannel(op: BatchNormOp): string {
  return String(sum(product('k', { name: 'CHANNELS', value: op.in[2] }), 'g'));
}

/** The batch's mean and variance per channel, and the moving statistics' update: one workgroup per channel. */
export function batchNormStats(op: BatchNormOp): Kernel {
  const x = at(op.x, ofChannel(op));
  const body = `let count = step.n * POSITIONS;
${workgroupSum('total', x, 'count', SUM_THREADS, 'scratch')}
let mean = total / f32(count);
${workgroupSum('squares', `(${x} - mean) * (${x} - mean)`, 'count', SUM_THREADS, 'scratch')}
let variance = squares / f32(count);
if (t == 0u) {
  ${at(op.stats, 'g')} = mean;
  ${at(op.stats, 'CHANNELS + g')} = variance;
  let decay = ${f32(1 - op.momentum)};
  let mm = params[${op.movingMean.constant} + g];
  params[${op.movingMean.constant} + g] = mm - (mm - mean) * decay;
  let mv = params[${op.movingVariance.constant} + g];
  params[${op.movingVariance.constant} + g] = mv - (mv - variance) * decay;
}`;
  return groupKernel(`${op.layer}.statistics`, `${op.layer}'s batch mean and variance per channel over ${op.inputs[0]!.from.layer}'s output, and its moving statistics' update (a workgroup per channel g)`,
    [STEP, { buffer: 'params', access: 'read_write' }, ...arenasOf(op.x, op.stats)], op.in[2], SUM_THREADS, body, channelConstants(op));
}

/** z = beta + (x − mean)·gamma/√(variance + ε), y = act(z): batch statistics in training, moving ones otherwise. */
export function batchNormForward(op: BatchNormOp, training: boolean): Phase {
  const g = named({ CHANNELS: op.in[2] });
  const c = bind('c', remainder('e', g.CHANNELS));
  const mean = training ? at(op.stats, c.ref) : `params[${sum(op.movingMean.constant, c.ref)}]`;
  const variance = training ? at(op.stats, sum(g.CHANNELS, c.ref)) : `params[${sum(op.movingVariance.constant, c.ref)}]`;
  const body = lines(`let i = ${ofExample(volume(op.in))};`, c.code, `let x = ${at(op.x, 'i')};`,
    writeOutput(op, 'i', `params[${sum(op.beta.constant, c.ref)}] + (x - ${mean}) * params[${sum(op.gamma.constant, c.ref)}] / sqrt(${variance} + ${f32(op.epsilon)})`));
  return {
    name: `${op.layer}.${training ? 'forward' : 'evaluate'}`, about: `${op.inputs[0]!.from.layer}'s output normalized by ${training ? 'the batch\'s' : 'the moving'} statistics, times gamma, plus beta; an item per element`,
    count: volume(op.in), body, constants: Object.values(g), acts: [op.act],
    tensors: training ? [op.x, op.z, op.y, op.stats] : [op.x, op.z, op.y], buffers: [PARAMS],
  };
}

/** Σ dz·x̂ and Σ dz per channel: gamma's and beta's gradients, which the input gradient needs too. */
export function batchNormSums(op: BatchNormOp): Kernel {
  const index = ofChannel(op);
  const body = `let count = step.n * POSITIONS;
let mean = ${at(op.stats, 'g')};
let inv = 1.0 / sqrt(${at(op.stats, 'CHANNELS + g')} + ${f32(op.epsilon)});
${workgroupSum('dgamma', `${at(op.dz!, index)} * (${at(op.x, index)} - mean) * inv`, 'count', SUM_THREADS, 'scratch')}
${workgroupSum('dbeta', at(op.dz!, index), 'count', SUM_THREADS, 'scratch')}
if (t == 0u) {
  ${at(op.sums, 'g')} = dgamma;
  ${at(op.sums, 'CHANNELS + g')} = dbeta;
}`;
  return groupKernel(`${op.layer}.gradient-sums`, `${op.layer}'s Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)`,
    [STEP, ...arenasOf(op.x, op.dz, op.stats, op.sums)], op.in[2], SUM_THREADS, body, channelConstants(op));
}

/** dx = gamma·inv/N·(N·dz − Σdz − x̂·Σdz·x̂), through the input op's activation. */
export function batchNormInputGradient(op: BatchNormOp, input: OpInput): Phase {
  const g = named({ CHANNELS: op.in[2], POSITIONS: op.in[0] * op.in[1] });
  const c = bind('c', remainder('e', g.CHANNELS));
  const body = lines(`let i = ${ofExample(volume(op.in))};`, c.code,
    `let count = f32(${product('step.n', g.POSITIONS)});`,
    `let inv = 1.0 / sqrt(${at(op.stats, sum(g.CHANNELS, c.ref))} + ${f32(op.epsilon)});`,
    `let xhat = (${at(op.x, 'i')} - ${at(op.stats, c.ref)}) * inv;`,
    `let dx = params[${sum(op.gamma.constant, c.ref)}] * inv * (${at(op.dz!, 'i')} - ${at(op.sums, sum(g.CHANNELS, c.ref))} / count - xhat * ${at(op.sums, c.ref)} / count);`,
    passGradient(input, 'i', 'dx'));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer} through the batch's normalization; an item per element`,
    count: volume(op.in), body, constants: Object.values(g),
    acts: gradientActs(input), tensors: [op.x, op.dz, op.stats, op.sums, ...gradientTensors(input)], buffers: [PARAMS],
  };
}

/**
 * A dense layer on a flat input: forward, input gradient, and the weight gradient's partial sums.
 * One thread per example and block of units, accumulating in registers.
 */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type DenseOp, type Graph, type Op } from '../graph.js';
import { blockOf, passGradient, unrolled, usedActs, writeOutput } from './shared.js';

const PARAMS = { buffer: 'params' as const, access: 'read' as const };
const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** z = x·W + bias, y = act(z): a thread per example and block of output units. */
export function denseForward(graph: Graph, op: DenseOp): Kernel {
  const units = volume(op.in);
  const out = volume(op.out);
  const n = blockOf(out);
  const blocks = out / n;
  // the block of units is the slowest index: neighbouring threads share the weights they read
  const body = `let b = i % ${graph.batch}u;
let o = (i / ${graph.batch}u) * ${n}u;
if (b >= step.n) { return; }
${unrolled(n, (j) => `var acc${j} = 0.0;`)}
var wi = ${op.kernel.offset}u + o;
for (var k = 0u; k < ${units}u; k++) {
  let xv = ${at(op.x, `b * ${units}u + k`)};
${unrolled(n, (j) => `  acc${j} = acc${j} + xv * params[wi + ${j}u];`)}
  wi = wi + ${out}u;
}
${unrolled(n, (j) => `{\n${writeOutput(op, `b * ${out}u + o + ${j}u`, `acc${j}${op.bias ? ` + params[${op.bias.offset}u + o + ${j}u]` : ''}`)}\n}`)}`;
  return threadKernel(`${op.layer}.forward`, [STEP, PARAMS, ...arenasOf(op.x, op.z, op.y)], graph.batch * blocks, body, activationFunctions(usedActs(op)));
}

/** dz·Wᵀ, through the previous op's activation: a thread per example and block of input units. */
export function denseInputGradient(graph: Graph, op: DenseOp, prev: Op): Kernel {
  const units = volume(op.in);
  const out = volume(op.out);
  const n = blockOf(units);
  const blocks = units / n;
  const body = `let b = i % ${graph.batch}u;
let k = (i / ${graph.batch}u) * ${n}u;
if (b >= step.n) { return; }
${unrolled(n, (j) => `var acc${j} = 0.0;`)}
let wi = ${op.kernel.offset}u + k * ${out}u;
for (var o = 0u; o < ${out}u; o++) {
  let d = ${at(op.dz!, `b * ${out}u + o`)};
${unrolled(n, (j) => `  acc${j} = acc${j} + d * params[wi + ${j * out}u + o];`)}
}
${unrolled(n, (j) => passGradient(prev, `b * ${units}u + k + ${j}u`, `acc${j}`))}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, PARAMS, ...arenasOf(op.dz, prev.dz, prev.z)], graph.batch * blocks, body, activationFunctions(usedActs(prev)));
}

/** Threads per batch group of the weight gradient: one per output unit and block of input units, and per bias. */
export function denseWeightThreads(op: DenseOp): number {
  const units = volume(op.in);
  const out = volume(op.out);
  return (units / blockOf(units)) * out + (op.bias ? out : 0);
}

/**
 * WGSL for thread `t` of group `group` (examples [b0, b1)): the partial sums of a block of input
 * units' weights to one output unit, or of its bias, into `partials`. The output unit is the
 * fastest index: neighbouring threads read neighbouring dz and share the inputs they read.
 */
export function denseWeightGradient(op: DenseOp): string {
  const units = volume(op.in);
  const out = volume(op.out);
  const n = blockOf(units);
  const kernelThreads = (units / n) * out;
  const weights = op.kernel.size + (op.bias?.size ?? 0);
  const partial = (index: string) => at(op.grads.partials, `group * ${weights}u + ${index}`);
  return `if (t < ${kernelThreads}u) {
  let o = t % ${out}u;
  let k = (t / ${out}u) * ${n}u;
${unrolled(n, (j) => `  var acc${j} = 0.0;`)}
  for (var b = b0; b < b1; b++) {
    let d = ${at(op.dz!, `b * ${out}u + o`)};
${unrolled(n, (j) => `    acc${j} = acc${j} + ${at(op.x, `b * ${units}u + k + ${j}u`)} * d;`)}
  }
${unrolled(n, (j) => `  ${partial(`(k + ${j}u) * ${out}u + o`)} = acc${j};`)}
} else {
  let o = t - ${kernelThreads}u;
  var acc = 0.0;
  for (var b = b0; b < b1; b++) {
    acc = acc + ${at(op.dz!, `b * ${out}u + o`)};
  }
  ${partial(`${op.kernel.size}u + o`)} = acc;
}`;
}

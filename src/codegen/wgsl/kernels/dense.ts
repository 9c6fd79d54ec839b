/**
 * A dense layer on a flat input: forward, input gradient, and the weight gradient's partial sums.
 * Each work item is a block of units, accumulating in registers.
 */
import { at, type Phase } from '../kernel.js';
import { volume, type DenseOp, type Op } from '../graph.js';
import { blockOf, PARAMS, passGradient, unrolled, writeOutput } from './shared.js';

/** z = x·W + bias, y = act(z): an item per block of output units. */
export function denseForward(op: DenseOp): Phase {
  const units = volume(op.in);
  const out = volume(op.out);
  const n = blockOf(out);
  const body = `let o = e * ${n}u;
${unrolled(n, (j) => `var acc${j} = 0.0;`)}
var wi = ${op.kernel.offset}u + o;
for (var k = 0u; k < ${units}u; k++) {
  let xv = ${at(op.x, `b * ${units}u + k`)};
${unrolled(n, (j) => `  acc${j} = acc${j} + xv * params[wi + ${j}u];`)}
  wi = wi + ${out}u;
}
${unrolled(n, (j) => `{\n${writeOutput(op, `b * ${out}u + o + ${j}u`, `acc${j}${op.bias ? ` + params[${op.bias.offset}u + o + ${j}u]` : ''}`)}\n}`)}`;
  return { name: `${op.layer}.forward`, count: out / n, body, acts: [op.act], tensors: [op.x, op.z, op.y], buffers: [PARAMS] };
}

/** dz·Wᵀ, through the previous op's activation: an item per block of input units. */
export function denseInputGradient(op: DenseOp, prev: Op): Phase {
  const units = volume(op.in);
  const out = volume(op.out);
  const n = blockOf(units);
  const body = `let k = e * ${n}u;
${unrolled(n, (j) => `var acc${j} = 0.0;`)}
let wi = ${op.kernel.offset}u + k * ${out}u;
for (var o = 0u; o < ${out}u; o++) {
  let d = ${at(op.dz!, `b * ${out}u + o`)};
${unrolled(n, (j) => `  acc${j} = acc${j} + d * params[wi + ${j * out}u + o];`)}
}
${unrolled(n, (j) => passGradient(prev, `b * ${units}u + k + ${j}u`, `acc${j}`))}`;
  return { name: `${op.layer}.input-gradient`, count: units / n, body, acts: [prev.act], tensors: [op.dz, prev.dz, prev.z], buffers: [PARAMS] };
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

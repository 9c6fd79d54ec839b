/** A dense layer on a flat input: forward, input gradient, and one thread's weight-gradient share. */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type DenseOp, type Graph, type Op } from '../graph.js';
import { passGradient, usedActs, writeOutput } from './shared.js';

const PARAMS = { buffer: 'params' as const, access: 'read' as const };
const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** z = x·W + bias, y = act(z): one thread per (example, unit). */
export function denseForward(graph: Graph, op: DenseOp): Kernel {
  const units = volume(op.in);
  const out = volume(op.out);
  const bias = op.bias ? ` + params[${op.bias.offset}u + o]` : '';
  const body = `let b = i / ${out}u;
let o = i % ${out}u;
if (b >= step.n) { return; }
var acc = 0.0;
for (var k = 0u; k < ${units}u; k++) {
  acc = acc + ${at(op.x, `b * ${units}u + k`)} * params[${op.kernel.offset}u + k * ${out}u + o];
}
${writeOutput(op, 'i', `acc${bias}`)}`;
  return threadKernel(`${op.layer}.forward`, [STEP, PARAMS, ...arenasOf(op.x, op.z, op.y)], graph.batch * out, body, activationFunctions(usedActs(op)));
}

/** dz·Wᵀ, through the previous op's activation: one thread per (example, input unit). */
export function denseInputGradient(graph: Graph, op: DenseOp, prev: Op): Kernel {
  const units = volume(op.in);
  const out = volume(op.out);
  const body = `let b = i / ${units}u;
let k = i % ${units}u;
if (b >= step.n) { return; }
var acc = 0.0;
for (var o = 0u; o < ${out}u; o++) {
  acc = acc + ${at(op.dz!, `b * ${out}u + o`)} * params[${op.kernel.offset}u + k * ${out}u + o];
}
${passGradient(prev, 'i', 'acc')}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, PARAMS, ...arenasOf(op.dz, prev.dz, prev.z)], graph.batch * units, body, activationFunctions(usedActs(prev)));
}

/** WGSL for one thread's partial weight gradient: weight `wgt` (kernel, then biases) over examples [b0, b1) into `acc`. */
export function denseWeightGradient(op: DenseOp): string {
  const units = volume(op.in);
  const out = volume(op.out);
  return `if (wgt < ${op.kernel.size}u) {
  let k = wgt / ${out}u;
  let o = wgt % ${out}u;
  for (var b = b0; b < b1; b++) {
    acc = acc + ${at(op.x, `b * ${units}u + k`)} * ${at(op.dz!, `b * ${out}u + o`)};
  }
} else {
  let o = wgt - ${op.kernel.size}u;
  for (var b = b0; b < b1; b++) {
    acc = acc + ${at(op.dz!, `b * ${out}u + o`)};
  }
}`;
}

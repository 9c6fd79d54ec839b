/**
 * Softmax over the last axis (channels), as tfjs computes it: exp(x − max) / Σ exp(x − max).
 * Backward, each element needs its row: dx = y·(dy − Σ dy·y).
 */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type Graph, type Op, type SoftmaxOp } from '../graph.js';
import { passGradient, usedActs } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** One thread per row (example and position). */
export function softmaxForward(graph: Graph, op: SoftmaxOp): Kernel {
  const c = op.in[2];
  const rows = op.in[0] * op.in[1];
  const body = `if (i / ${rows}u >= step.n) { return; }
let base = i * ${c}u;
var top = ${at(op.x, 'base')};
for (var j = 1u; j < ${c}u; j++) { top = max(top, ${at(op.x, 'base + j')}); }
var total = 0.0;
for (var j = 0u; j < ${c}u; j++) { total = total + exp(${at(op.x, 'base + j')} - top); }
for (var j = 0u; j < ${c}u; j++) { ${at(op.y, 'base + j')} = exp(${at(op.x, 'base + j')} - top) / total; }`;
  return threadKernel(`${op.layer}.softmax`, [STEP, ...arenasOf(op.x, op.y)], graph.batch * rows, body);
}

/** One thread per element: y·(dy − Σ_row dy·y), through the previous op's activation. */
export function softmaxInputGradient(graph: Graph, op: SoftmaxOp, prev: Op): Kernel {
  const c = op.in[2];
  const body = `if (i / ${volume(op.in)}u >= step.n) { return; }
let base = i / ${c}u * ${c}u;
var dot = 0.0;
for (var j = 0u; j < ${c}u; j++) { dot = dot + ${at(op.dz!, 'base + j')} * ${at(op.y, 'base + j')}; }
${passGradient(prev, 'i', `${at(op.y, 'i')} * (${at(op.dz!, 'i')} - dot)`)}`;
  return threadKernel(`${op.layer}.softmax-gradient`, [STEP, ...arenasOf(op.y, op.dz, prev.dz, prev.z)], graph.batch * volume(op.in), body, activationFunctions(usedActs(prev)));
}

/**
 * Softmax over the last axis (channels), as tfjs computes it: exp(x − max) / Σ exp(x − max).
 * Backward, each element needs its row: dx = y·(dy − Σ dy·y).
 */
import { at, type Phase } from '../kernel.js';
import { volume, type Op, type SoftmaxOp } from '../graph.js';
import { passGradient } from './shared.js';

/** An item per row (position). */
export function softmaxForward(op: SoftmaxOp): Phase {
  const c = op.in[2];
  const rows = op.in[0] * op.in[1];
  const body = `let base = (b * ${rows}u + e) * ${c}u;
var top = ${at(op.x, 'base')};
for (var j = 1u; j < ${c}u; j++) { top = max(top, ${at(op.x, 'base + j')}); }
var total = 0.0;
for (var j = 0u; j < ${c}u; j++) { total = total + exp(${at(op.x, 'base + j')} - top); }
for (var j = 0u; j < ${c}u; j++) { ${at(op.y, 'base + j')} = exp(${at(op.x, 'base + j')} - top) / total; }`;
  return { name: `${op.layer}.softmax`, count: rows, body, acts: [], tensors: [op.x, op.y], buffers: [] };
}

/** An item per element: y·(dy − Σ_row dy·y), through the previous op's activation. */
export function softmaxInputGradient(op: SoftmaxOp, prev: Op): Phase {
  const c = op.in[2];
  const body = `let i = b * ${volume(op.in)}u + e;
let base = i / ${c}u * ${c}u;
var dot = 0.0;
for (var j = 0u; j < ${c}u; j++) { dot = dot + ${at(op.dz!, 'base + j')} * ${at(op.y, 'base + j')}; }
${passGradient(prev, 'i', `${at(op.y, 'i')} * (${at(op.dz!, 'i')} - dot)`)}`;
  return { name: `${op.layer}.softmax-gradient`, count: volume(op.in), body, acts: [prev.act], tensors: [op.y, op.dz, prev.dz, prev.z], buffers: [] };
}

/**
 * Softmax over the last axis (channels), as tfjs computes it: exp(x − max) / Σ exp(x − max).
 * Backward, each element needs its row: dx = y·(dy − Σ dy·y).
 */
import { named, product, sum } from '../expr.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { volume, type OpInput, type SoftmaxOp } from '../graph.js';
import { ofExample } from './shared.js';

/** An item per row (position). */
export function softmaxForward(op: SoftmaxOp): Phase {
  const g = named({ ROWS: op.in[0] * op.in[1], CHANNELS: op.in[2] });
  const body = `let base = ${product(sum(product('b', g.ROWS), 'e'), g.CHANNELS)};
var top = ${at(op.x, 'base')};
for (var j = 1u; j < CHANNELS; j++) { top = max(top, ${at(op.x, 'base + j')}); }
var total = 0.0;
for (var j = 0u; j < CHANNELS; j++) { total = total + exp(${at(op.x, 'base + j')} - top); }
for (var j = 0u; j < CHANNELS; j++) { ${at(op.y, 'base + j')} = exp(${at(op.x, 'base + j')} - top) / total; }`;
  return {
    name: `${op.layer}.softmax`, about: `softmax of ${op.inputs[0]!.from.layer}'s output over its channels; an item per row`,
    count: g.ROWS.value, body, constants: Object.values(g), acts: [], tensors: [op.x, op.y], buffers: [],
  };
}

/** An item per element: y·(dy − Σ_row dy·y), through the input op's activation. */
export function softmaxInputGradient(op: SoftmaxOp, input: OpInput): Phase {
  const g = named({ CHANNELS: op.in[2] });
  const body = `let i = ${ofExample(volume(op.in))};
let base = i / CHANNELS * CHANNELS;
var dot = 0.0;
for (var j = 0u; j < CHANNELS; j++) { dot = dot + ${at(op.dz!, 'base + j')} * ${at(op.y, 'base + j')}; }
${passGradient(input, 'i', `${at(op.y, 'i')} * (${at(op.dz!, 'i')} - dot)`)}`;
  return {
    name: `${op.layer}.softmax-gradient`, about: `the gradient reaching ${input.from.layer} through the softmax; an item per element`,
    count: volume(op.in), body, constants: Object.values(g),
    acts: gradientActs(input), tensors: [op.y, op.dz, ...gradientTensors(input)], buffers: [],
  };
}

/**
 * Softmax cross-entropy against the batch's labels, one thread per example, as the tfjs trainer
 * computes it: on logits, log-sum-exp minus the label's logit; on a net that ends in softmax,
 * −log(clip(p, 1e-7, 1)). Training writes each example's loss and whether it was right, and the
 * gradient of the batch's mean loss with respect to the last op's pre-activation; evaluation
 * writes each example's loss and prediction (the first largest output, as argMax).
 */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import type { Graph, Op } from '../graph.js';
import { passGradient, usedActs } from './shared.js';

/** The loss of the net's output `last.y` for examples [0, step.n). */
export function lossKernel(graph: Graph, last: Op, training: boolean): Kernel {
  const c = graph.classes;
  const y = (j: string) => at(last.y, `base + ${j}`);
  const gradient = !training ? '' : graph.probabilities
    ? `let inRange = p >= 1e-7 && p <= 1.0;
for (var j = 0u; j < ${c}u; j++) {
  let g = select(0.0, select(0.0, -1.0 / p, inRange) / f32(step.n), j == label && valid);
  ${passGradient(last, 'base + j', 'g')}
}`
    : `for (var j = 0u; j < ${c}u; j++) {
  let g = select(0.0, (exp(${y('j')} - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
  ${passGradient(last, 'base + j', 'g')}
}`;
  const loss = graph.probabilities
    ? `let p = select(1.0, ${y(`min(label, ${c - 1}u)`)}, valid);
let clipped = clamp(p, 1e-7, 1.0);
let loss = select(0.0, -log(clipped), valid);`
    : `var top = ${y('0u')};
for (var j = 1u; j < ${c}u; j++) { top = max(top, ${y('j')}); }
var total = 0.0;
for (var j = 0u; j < ${c}u; j++) { total = total + exp(${y('j')} - top); }
let lse = top + log(total);
let loss = select(0.0, lse - ${y(`min(label, ${c - 1}u)`)}, valid);`;
  const body = `let b = i;
if (b >= step.n) { return; }
let base = b * ${c}u;
let label = labels[table[(step.row + b) * 2u]];
let valid = label < ${c}u;
${loss}
var best = 0u;
for (var j = 1u; j < ${c}u; j++) { if (${y('j')} > ${y('best')}) { best = j; } }
${training ? 'results[(step.row + b) * 2u] = loss;\nresults[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);' : 'results[(step.row + b) * 2u] = loss;\nresults[(step.row + b) * 2u + 1u] = f32(best);'}
${gradient}`;
  const bindings = [
    { buffer: 'step' as const, access: 'uniform' as const },
    { buffer: 'table' as const, access: 'read' as const },
    { buffer: 'labels' as const, access: 'read' as const },
    { buffer: 'results' as const, access: 'read_write' as const },
    ...arenasOf(last.y, ...(training ? [last.dz, last.z] : [])),
  ];
  return threadKernel(training ? 'loss' : 'loss.evaluate', bindings, graph.batch, body, training ? activationFunctions(usedActs(last)) : '');
}

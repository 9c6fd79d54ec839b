/**
 * Softmax cross-entropy against the batch's labels, one item per example, as the tfjs trainer
 * computes it: on logits, log-sum-exp minus the label's logit; on a net that ends in softmax,
 * −log(clip(p, 1e-7, 1)). Training writes each example's loss and whether it was right, and the
 * gradient of the batch's mean loss with respect to the last op's pre-activation; evaluation
 * writes each example's loss and prediction (the first largest output, as argMax).
 */
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import type { Graph } from '../graph.js';

/** The loss of the net's output for example `b`. */
export function lossPhase(graph: Graph, training: boolean): Phase {
  const output = graph.output;
  const last = output.from;
  const y = (j: string) => at(last.y, `base + ${j}`);
  const backward = training && output.join !== undefined;
  const gradient = !backward ? '' : graph.probabilities
    ? `let inRange = p >= 1e-7 && p <= 1.0;
for (var j = 0u; j < CLASSES; j++) {
  let g = select(0.0, select(0.0, -1.0 / p, inRange) / f32(step.n), j == label && valid);
  ${passGradient(output, 'base + j', 'g')}
}`
    : `for (var j = 0u; j < CLASSES; j++) {
  let g = select(0.0, (exp(${y('j')} - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
  ${passGradient(output, 'base + j', 'g')}
}`;
  const loss = graph.probabilities
    ? `let p = select(1.0, ${y('min(label, CLASSES - 1)')}, valid);
let clipped = clamp(p, 1e-7, 1.0);
let loss = select(0.0, -log(clipped), valid);`
    : `var top = ${at(last.y, 'base')};
for (var j = 1u; j < CLASSES; j++) { top = max(top, ${y('j')}); }
var total = 0.0;
for (var j = 0u; j < CLASSES; j++) { total = total + exp(${y('j')} - top); }
let lse = top + log(total);
let loss = select(0.0, lse - ${y('min(label, CLASSES - 1)')}, valid);`;
  const body = `let base = b * CLASSES;
let label = labels[table[(step.row + b) * 2u]];
let valid = label < CLASSES;
${loss}
var best = 0u;
for (var j = 1u; j < CLASSES; j++) { if (${y('j')} > ${y('best')}) { best = j; } }
results[(step.row + b) * 2u] = loss;
results[(step.row + b) * 2u + 1u] = ${training ? 'select(0.0, 1.0, best == label)' : 'f32(best)'};
${gradient}`.trimEnd();
  const reads = graph.probabilities ? 'the log of the probability' : 'log-softmax of the logits';
  return {
    name: training ? 'loss' : 'loss.evaluate',
    about: `cross-entropy of ${last.layer}'s output (${reads}) against the label${backward ? ', and its gradient' : ''}; one item per example`,
    count: 1, body, constants: [{ name: 'CLASSES', value: graph.classes }], acts: backward ? gradientActs(output) : [],
    tensors: backward ? [last.y, ...gradientTensors(output)] : [last.y],
    buffers: [{ buffer: 'table', access: 'read' }, { buffer: 'labels', access: 'read' }, { buffer: 'results', access: 'read_write' }],
  };
}

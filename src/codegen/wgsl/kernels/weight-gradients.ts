/**
 * Every conv and dense layer's weight gradient in one dispatch, as deterministic partial sums:
 * thread (group, weight) sums its layer's products over the group's examples, and the update
 * kernel adds the groups up in a fixed order. Core WGSL has no float atomics, and a fixed order
 * makes a step's numbers the same on every run. Each layer's threads start on a workgroup
 * boundary, so a workgroup runs one layer's code.
 */
import { arenasOf, threadKernel, WORKGROUP, type Kernel } from '../kernel.js';
import type { ConvOp, DenseOp, Graph } from '../graph.js';
import { convWeightGradient } from './conv.js';
import { denseWeightGradient } from './dense.js';

/** The conv and dense ops, each with the first thread of its range. */
function segments(graph: Graph) {
  let start = 0;
  return graph.ops.filter((op): op is ConvOp | DenseOp => op.kind === 'conv' || op.kind === 'dense').map((op) => {
    const weights = op.kernel.size + (op.bias?.size ?? 0);
    const segment = { op, start, weights, threads: weights * op.grads.groups };
    start += Math.ceil(segment.threads / WORKGROUP) * WORKGROUP;
    return segment;
  });
}

/** The weight-gradient kernel, or undefined for a net without conv or dense layers. */
export function weightGradientKernel(graph: Graph): Kernel | undefined {
  const list = segments(graph);
  if (list.length === 0) return undefined;
  const last = list[list.length - 1];
  const branches = list.map(({ op, start, weights, threads }) => `if (i >= ${start}u && i < ${start + threads}u) {
  let local = i - ${start}u;
  let group = local / ${weights}u;
  let wgt = local % ${weights}u;
  let b0 = group * ${op.grads.examplesPerGroup}u;
  let b1 = min(b0 + ${op.grads.examplesPerGroup}u, step.n);
  var acc = 0.0;
${indent(op.kind === 'conv' ? convWeightGradient(op) : denseWeightGradient(op))}
  ${`a${op.grads.partials.arena}[${op.grads.partials.offset}u + local]`} = acc;
  return;
}`);
  const tensors = list.flatMap(({ op }) => [op.x, op.dz, op.grads.partials]);
  return threadKernel('weight-gradients', [{ buffer: 'step', access: 'uniform' }, ...arenasOf(...tensors)], last.start + last.threads, branches.join('\n'));
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

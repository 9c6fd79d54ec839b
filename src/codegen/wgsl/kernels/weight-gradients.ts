/**
 * Every conv and dense layer's weight gradient in one dispatch, as deterministic partial sums:
 * thread (group, block of weights) sums its layer's products over the group's examples, and the update
 * kernel adds the groups up in a fixed order. Core WGSL has no float atomics, and a fixed order
 * makes a step's numbers the same on every run. Each layer's threads start on a workgroup
 * boundary, so a workgroup runs one layer's code.
 */
import { declareUsed, indent, named, product, quotient, remainder, ROLLED_ZERO, sum } from '../expr.js';
import { arenasOf, threadKernel, WORKGROUP, type Kernel } from '../kernel.js';
import type { ConvOp, DenseOp, Graph } from '../graph.js';
import { convWeightGradient, convWeightThreads } from './conv.js';
import { denseWeightGradient, denseWeightThreads } from './dense.js';

/** The conv and dense ops, each with the first thread of its range. */
function segments(graph: Graph, accumulators: number) {
  let start = 0;
  return graph.ops.filter((op): op is ConvOp | DenseOp => op.kind === 'conv' || op.kind === 'dense').map((op) => {
    const perGroup = op.kind === 'conv' ? convWeightThreads(op, accumulators) : denseWeightThreads(op);
    const segment = { op, start, perGroup, threads: perGroup * op.grads.groups };
    start += Math.ceil(segment.threads / WORKGROUP) * WORKGROUP;
    return segment;
  });
}

/** The weight-gradient kernel (a conv thread keeps at most `accumulators` sums), or undefined for a net without conv or dense layers. */
export function weightGradientKernel(graph: Graph, accumulators: number): Kernel | undefined {
  const list = segments(graph, accumulators);
  if (list.length === 0) return undefined;
  const last = list[list.length - 1]!;
  const branches = list.map(({ op, start, perGroup, threads }) => {
    const { body, constants } = op.kind === 'conv' ? convWeightGradient(op, accumulators) : denseWeightGradient(op);
    const { groups, examplesPerGroup } = op.grads;
    const k = named({ PER_GROUP: perGroup, EXAMPLES: examplesPerGroup });
    const lines = groups === 1
      ? ['let group = 0u;', `let t = local;`, 'let b0 = 0u;', 'let b1 = step.n;']
      : [`let group = ${quotient('local', k.PER_GROUP)};`, `let t = ${remainder('local', k.PER_GROUP)};`, `let b0 = ${product('group', k.EXAMPLES)};`, `let b1 = min(${sum('b0', k.EXAMPLES)}, step.n);`];
    const code = `${start === 0 ? 'let local = i;' : `let local = i - ${start}u;`}
${lines.join('\n')}
${body}`;
    const declared = declareUsed([...Object.values(k), ...constants], code);
    // threads [start, end) (a layer's range starts on a workgroup: the threads between ranges idle)
    return `// ${op.layer}: ${groups} group${groups === 1 ? '' : 's'} of ${examplesPerGroup} example${examplesPerGroup === 1 ? '' : 's'} × ${perGroup} threads
if (${start === 0 ? '' : `i >= ${start}u && `}i < ${start + threads}u) {
${indent(`${declared ? `${declared}\n` : ''}${code}`)}
  return;
}`;
  });
  const tensors = list.flatMap(({ op }) => [op.x, op.dz, op.grads.partials]);
  return threadKernel('weight-gradients', `every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges`,
    [{ buffer: 'step', access: 'uniform' }, ...arenasOf(...tensors)], last.start + last.threads, [ROLLED_ZERO, ...branches].join('\n'));
}

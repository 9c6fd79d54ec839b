/**
 * Every conv and dense layer's weight gradient in one dispatch, as deterministic partial sums:
 * thread (group, block of weights) sums its layer's products over the group's examples, and the update
 * kernel adds the groups up in a fixed order. Core WGSL has no float atomics, and a fixed order
 * makes a step's numbers the same on every run. Each layer's kernel threads, and then its bias
 * threads, start on a workgroup boundary, so a workgroup (and a warp) runs one range's code.
 */
import { declareUsed, indent, named, product, quotient, remainder, ROLLED_ZERO, sum } from '../expr.js';
import { arenasOf, threadKernel, WORKGROUP, type Kernel } from '../kernel.js';
import { weightedLayers, type Graph } from '../graph.js';
import { convWeightGradient } from './conv.js';
import { denseWeightGradient } from './dense.js';

/** Every conv and dense op's thread ranges (its kernel's, then its bias's), each with its first thread. */
function segments(graph: Graph, accumulators: number) {
  let start = 0;
  return weightedLayers(graph).flatMap((op) => (op.kind === 'conv' ? convWeightGradient(op, accumulators) : denseWeightGradient(op, accumulators)).map((part) => {
    const segment = { op, part, start, threads: part.threads * op.grads.groups };
    start += Math.ceil(segment.threads / WORKGROUP) * WORKGROUP;
    return segment;
  }));
}

/** The weight-gradient kernel (a conv thread keeps at most `accumulators` sums), or undefined for a net without conv or dense layers. */
export function weightGradientKernel(graph: Graph, accumulators: number): Kernel | undefined {
  const list = segments(graph, accumulators);
  if (list.length === 0) return undefined;
  const last = list[list.length - 1]!;
  const branches = list.map(({ op, part, start, threads }) => {
    const { groups, examplesPerGroup } = op.grads;
    const k = named({ PER_GROUP: part.threads, EXAMPLES: examplesPerGroup });
    const lines = groups === 1
      ? ['let group = 0u;', `let t = local;`, 'let b0 = 0u;', 'let b1 = step.n;']
      // one thread per group has t = 0 (as a u32, like every index)
      : [`let group = ${quotient('local', k.PER_GROUP)};`, `let t = ${part.threads === 1 ? '0u' : remainder('local', k.PER_GROUP)};`, `let b0 = ${product('group', k.EXAMPLES)};`, `let b1 = min(${sum('b0', k.EXAMPLES)}, step.n);`];
    const code = `${start === 0 ? 'let local = i;' : `let local = i - ${start}u;`}
${lines.join('\n')}
${part.body}`;
    const declared = declareUsed([...Object.values(k), ...part.constants], code);
    // threads [start, end) (a range starts on a workgroup: the threads between ranges idle)
    return `// ${part.what}; ${groups} group${groups === 1 ? '' : 's'} of ${examplesPerGroup} example${examplesPerGroup === 1 ? '' : 's'} × ${part.threads} threads
if (${start === 0 ? '' : `i >= ${start}u && `}i < ${start + threads}u) {
${indent(`${declared ? `${declared}\n` : ''}${code}`)}
  return;
}`;
  });
  const tensors = list.flatMap(({ op }) => [op.x, op.dz, op.grads.partials]);
  return threadKernel('weight-gradients', `every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges`,
    [{ buffer: 'step', access: 'uniform' }, ...arenasOf(...tensors)], last.start + last.threads, [ROLLED_ZERO, ...branches].join('\n'));
}

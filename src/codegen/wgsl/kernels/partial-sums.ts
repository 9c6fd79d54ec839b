/**
 * The first level of the weight gradients' fixed-order tree: for each layer with more groups of
 * examples than the update should add in a row (WeightGrads.chunk > 1), one thread per weight and
 * run of `chunk` consecutive groups adds the run's partial sums, in group order, into the run's
 * first group. The update then adds those firsts in order. So each weight's sum is two chains of
 * about √groups, where one thread used to add every group in a row (2,048 at batch 2048 for a
 * layer with one example per group), and the numbers are still the same on every run.
 */
import { declareUsed, indent, named } from '../expr.js';
import { arenasOf, at, threadKernel, WORKGROUP, type Kernel } from '../kernel.js';
import { layerWeights, weightedLayers, type Graph } from '../graph.js';

/** The partial-sums kernel, or undefined when every layer's update adds its groups itself. */
export function partialSumKernel(graph: Graph): Kernel | undefined {
  const layers = weightedLayers(graph).filter((op) => op.grads.chunk > 1);
  if (layers.length === 0) return undefined;
  let start = 0;
  const branches = layers.map((op) => {
    const { groups, chunk, partials } = op.grads;
    const weights = layerWeights(op);
    const runs = Math.ceil(groups / chunk);
    const threads = weights * runs;
    const k = named({ WEIGHTS: weights, GROUPS: groups, CHUNK: chunk });
    const code = `let local = i${start === 0 ? '' : ` - ${start}u`};
let j = local % WEIGHTS;
let first = (local / WEIGHTS) * CHUNK;
let end = min(first + CHUNK, GROUPS);
var total = ${at(partials, 'first * WEIGHTS + j')};
for (var g = first + 1u; g < end; g++) {
  total = total + ${at(partials, 'g * WEIGHTS + j')};
}
${at(partials, 'first * WEIGHTS + j')} = total;`;
    // threads [start, end), each layer's range on a workgroup boundary
    const branch = `// ${op.layer}: ${groups} groups in ${runs} runs of ${chunk}, ${weights} weights each
if (${start === 0 ? '' : `i >= ${start}u && `}i < ${start + threads}u) {
${indent(`${declareUsed(Object.values(k), code)}\n${code}`)}
  return;
}`;
    start += Math.ceil(threads / WORKGROUP) * WORKGROUP;
    return branch;
  });
  return threadKernel('partial-sums', 'the weight gradients\' partial sums, first level: each run of consecutive groups added in order into its first group',
    arenasOf(...layers.map((op) => op.grads.partials)), start, branches.join('\n'));
}

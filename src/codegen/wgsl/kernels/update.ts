/**
 * The optimizer step over the flat parameter buffer, one thread per trainable float: the
 * gradient's partial sums added in a fixed order, L2 weight decay on kernels, then sgd,
 * momentum (nesterov too), adam or rmsprop with exactly tfjs's update formulas. The learning
 * rate (and adam's bias corrections) come from the step record. One more workgroup sums the
 * batch's losses and correct answers into the step's metrics slot, again in a fixed order.
 */
import { f32 } from '../activations.js';
import { indent } from '../expr.js';
import { arenasOf, at, groupKernel, WORKGROUP, workgroupSum, type Kernel } from '../kernel.js';
import { layerWeights, type Graph, type ParamSlot, type Tensor } from '../graph.js';
import type { OptimizerConfig, TrainConfig } from '../../../model.js';

/**
 * Adam's bias corrections 1 − β^t for step t (1-based), which the update reads per step (the
 * WGSL program from its step record, the CPU program as arguments); 1 for the others.
 */
export function adamCorrections(optimizer: OptimizerConfig, t: number): [number, number] {
  if (optimizer.type !== 'adam') return [1, 1];
  return [1 - optimizer.beta1 ** t, 1 - optimizer.beta2 ** t];
}

/** Optimizer state buffers of `config` (each trainableFloats long), in tfjs's getWeights order. */
export function optimizerStates(config: OptimizerConfig): readonly string[] {
  switch (config.type) {
    case 'sgd': return [];
    case 'momentum': return ['momentum'];
    case 'adam': return ['m', 'v'];
    case 'rmsprop': return ['rms', 'momentum'];
  }
}

/** Where trainable float `j` of a weight finds its gradient. */
interface GradientSource {
  slot: ParamSlot;
  /** WGSL that declares `var grad` as the gradient of element `j`. */
  code: string;
  tensors: Tensor[];
}

function gradientSources(graph: Graph): GradientSource[] {
  const sources: GradientSource[] = [];
  for (const op of graph.ops) {
    if (op.kind === 'conv' || op.kind === 'dense') {
      const weights = layerWeights(op);
      const { groups, chunk, partials } = op.grads;
      // the groups' partial sums, added in group order (every chunk-th: partial-sums.ts added each run into its first)
      const step = chunk === 1 ? 'k++' : `k += ${chunk}u`;
      const sum = (index: string) => (groups === 1
        ? `var grad = ${at(partials, index)};`
        : `var grad = 0.0;\nfor (var k = 0u; k < ${groups}u; ${step}) { grad = grad + ${at(partials, `k * ${weights}u + ${index}`)}; }`);
      sources.push({ slot: op.kernel, code: sum('j'), tensors: [partials] });
      if (op.bias) sources.push({ slot: op.bias, code: sum(`${op.kernel.size}u + j`), tensors: [partials] });
    } else if (op.kind === 'batchnorm') {
      sources.push({ slot: op.gamma, code: `var grad = ${at(op.sums, 'j')};`, tensors: [op.sums] });
      sources.push({ slot: op.beta, code: `var grad = ${at(op.sums, `${op.in[2]}u + j`)};`, tensors: [op.sums] });
    }
  }
  return sources.sort((a, b) => a.slot.trainableOffset - b.slot.trainableOffset);
}

/** The new weight `w` and state from gradient `grad`, as tfjs's optimizers compute them. */
function step(config: OptimizerConfig, total: number): string {
  // the state buffers one after the other, each `total` floats
  const state = (k: number) => (k === 0 ? 'state[p]' : `state[${k * total}u + p]`);
  switch (config.type) {
    case 'sgd':
      return 'params[wi] = w + (-step.lr) * grad;';
    case 'momentum': {
      const m = f32(config.momentum);
      return `let acc = ${m} * ${state(0)} + grad;
${state(0)} = acc;
params[wi] = ${config.nesterov ? `(-step.lr) * (grad + acc * ${m}) + w` : '(-step.lr) * acc + w'};`;
    }
    case 'adam':
      return `let m = ${state(0)} * ${f32(config.beta1)} + grad * ${f32(1 - config.beta1)};
let v = ${state(1)} * ${f32(config.beta2)} + grad * grad * ${f32(1 - config.beta2)};
${state(0)} = m;
${state(1)} = v;
params[wi] = (m / step.c1) / (sqrt(v / step.c2) + ${f32(config.epsilon)}) * (-step.lr) + w;`;
    case 'rmsprop':
      return `let ms = ${state(0)} * ${f32(config.rho)} + grad * grad * ${f32(1 - config.rho)};
let mom = ${state(1)} * ${f32(config.momentum)} + grad * step.lr / sqrt(ms + ${f32(config.epsilon)});
${state(0)} = ms;
${state(1)} = mom;
params[wi] = w - mom;`;
  }
}

/** The update kernel; also writes each trainable float's final gradient into `gradient`. */
export function updateKernel(graph: Graph, train: TrainConfig, gradient: Tensor): Kernel {
  const total = graph.trainableFloats;
  const groups = Math.ceil(total / WORKGROUP);
  const branches = gradientSources(graph).map(({ slot, code }) => {
    const decay = slot.decay ? `grad = grad + w * ${f32(train.weight_decay)};\n` : '';
    const end = slot.trainableOffset + slot.size;
    return `// ${slot.name} [${slot.shape.join(', ')}]: trainable floats ${slot.trainableOffset}–${end - 1}
if (p < ${end}u) {
${indent(`${slot.trainableOffset === 0 ? 'let j = p;' : `let j = p - ${slot.trainableOffset}u;`}
let wi = ${slot.constant} + j;
let w = params[wi];
${code}
${decay}${at(gradient, 'p')} = grad;
${step(train.optimizer, total)}
return;`)}
}`;
  });
  const body = `if (g == ${groups}u) {
  // the batch's metrics: its loss sum and correct count, for the step's slot
${indent(workgroupSum('lossSum', 'results[(step.row + k) * 2u]', 'step.n', WORKGROUP, 'scratch'))}
${indent(workgroupSum('hits', 'results[(step.row + k) * 2u + 1u]', 'step.n', WORKGROUP, 'scratch'))}
  if (t == 0u) {
    metrics[step.slot * 2u] = lossSum;
    metrics[step.slot * 2u + 1u] = hits;
  }
  return;
}
let p = g * ${WORKGROUP}u + t;
${branches.join('\n')}`;
  const tensors = gradientSources(graph).flatMap((s) => s.tensors);
  const bindings = [
    { buffer: 'step' as const, access: 'uniform' as const },
    { buffer: 'params' as const, access: 'read_write' as const },
    ...(optimizerStates(train.optimizer).length ? [{ buffer: 'state' as const, access: 'read_write' as const }] : []),
    { buffer: 'results' as const, access: 'read' as const },
    { buffer: 'metrics' as const, access: 'read_write' as const },
    ...arenasOf(gradient, ...tensors),
  ];
  const optimizer = train.optimizer.type;
  return groupKernel('update', `${optimizer}${train.weight_decay > 0 ? ' with L2 weight decay on kernels' : ''}: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics`,
    bindings, groups + 1, WORKGROUP, body, `var<workgroup> scratch: array<f32, ${WORKGROUP}>;`);
}

/**
 * Generated LeNet-style networks for property tests (fast-check): conv blocks with optional
 * shape-keeping layers and pooling, a flatten, dense layers and a 10-unit head. Every generated
 * model is valid: windows that would not fit are shrunk.
 */
import fc from 'fast-check';
import type { Activation, Layer, NetModel, TrainConfig } from '../../src/model.js';
import { convPaddings, outputLength, paddedLength } from '../../src/shape-inference/rules/output-length.js';

// distributes over the union, so each kind keeps its own fields
type Unnumbered<T> = T extends unknown ? Omit<T, 'index' | 'name' | 'path' | 'inputs'> : never;
/** A layer before it has a place in the model. */
export type Draft = Unnumbered<Layer>;
/** [height, width] */
export type Pair = [number, number];

/** An integer in [1, max]. */
export const small = (max: number) => fc.integer({ min: 1, max });
const pairOf = (max: number) => fc.tuple(small(max), small(max));
const explicitPadding = fc.record({ top: fc.nat(3), bottom: fc.nat(3), left: fc.nat(3), right: fc.nat(3) });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 1 });

/** What the generated networks may contain. */
export interface SpecOptions {
  /** Activations of conv, dense and activation layers (default relu, sigmoid, none; tanh for activation layers). */
  activations?: readonly Activation[];
  /** Input sides are drawn from [6, maxSide] (default 32). */
  maxSide?: number;
  /** At most this many conv blocks (default 4). */
  maxBlocks?: number;
  /** The head's activations (default relu, none). */
  headActivations?: readonly Activation[];
}

/** A generated network description; toModel makes it a NetModel. */
export type Spec = ReturnType<typeof specArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Generated network descriptions. */
export function specArbitrary(options: SpecOptions = {}) {
  const acts = fc.constantFrom(...(options.activations ?? ['relu', 'sigmoid', 'none'] as const));
  const layerActs = fc.constantFrom(...(options.activations ?? ['relu', 'tanh'] as const));
  const convArb = fc.record({
    kind: fc.constant('conv' as const),
    filters: small(4),
    kernel: pairOf(6),
    stride: pairOf(3),
    padding: fc.oneof(fc.constant('same' as const), fc.constant('valid' as const), explicitPadding),
    activation: acts,
    init: fc.constant('glorot_uniform' as const),
    bias: fc.boolean(),
  });
  const poolArb = fc.record({
    kind: fc.constant('pool' as const),
    type: fc.constantFrom('avg' as const, 'max' as const),
    size: pairOf(4),
    stride: pairOf(3),
    padding: fc.constantFrom('same' as const, 'valid' as const),
  });
  // layers that keep the shape; allowed anywhere
  const extraArb = fc.oneof(
    fc.record({ kind: fc.constant('batchnorm' as const), momentum: fc.constantFrom(0.99, 0.9), epsilon: fc.constant(1e-3) }),
    fc.record({ kind: fc.constant('dropout' as const), rate: fc.constantFrom(0.1, 0.5) }),
    fc.record({ kind: fc.constant('activation' as const), activation: layerActs }),
  );
  const denseArb = (units: fc.Arbitrary<number>, activation: fc.Arbitrary<Activation>) => fc.record({
    kind: fc.constant('dense' as const),
    units,
    activation,
    init: fc.constant('glorot_uniform' as const),
    bias: fc.boolean(),
  });
  return fc.record({
    input: fc.tuple(fc.integer({ min: 6, max: options.maxSide ?? 32 }), fc.integer({ min: 6, max: options.maxSide ?? 32 }), small(3)),
    blocks: fc.array(fc.record({ conv: convArb, extra: maybe(extraArb), pool: maybe(poolArb), after: maybe(extraArb) }), { minLength: 1, maxLength: options.maxBlocks ?? 4 }),
    hidden: fc.array(fc.record({ dense: denseArb(small(24), acts), extra: maybe(extraArb) }), { maxLength: 2 }),
    head: denseArb(fc.constant(10), fc.constantFrom(...(options.headActivations ?? ['relu', 'none'] as const))),
    tail: maybe(extraArb),
  });
}

/**
 * The spec as a NetModel, with windows shrunk where they would not fit, so every generated
 * model is valid. The sizes here only choose parameters; tfjs checks the results.
 */
export function toModel(spec: Spec, train: Partial<TrainConfig> = {}): NetModel {
  const drafts: Draft[] = [];
  let [h, w] = spec.input;
  for (const block of spec.blocks) {
    const conv = { ...block.conv };
    const [ph, pw] = convPaddings(conv.padding);
    conv.kernel = [Math.min(conv.kernel[0], paddedLength(h, ph)), Math.min(conv.kernel[1], paddedLength(w, pw))];
    [h, w] = [outputLength(h, conv.kernel[0], conv.stride[0], ph), outputLength(w, conv.kernel[1], conv.stride[1], pw)];
    drafts.push(conv, ...block.extra);
    for (const p of block.pool) {
      // same pooling takes any window (tfjs pads), so only valid windows are shrunk
      const pool = p.padding === 'same' ? p : { ...p, size: [Math.min(p.size[0], h), Math.min(p.size[1], w)] as Pair };
      [h, w] = [outputLength(h, pool.size[0], pool.stride[0], pool.padding), outputLength(w, pool.size[1], pool.stride[1], pool.padding)];
      drafts.push(pool, ...block.after);
    }
  }
  drafts.push({ kind: 'flatten' });
  for (const hidden of spec.hidden) drafts.push(hidden.dense, ...hidden.extra);
  drafts.push(spec.head, ...spec.tail);
  return netModel(spec.input, drafts, train);
}

/** A NetModel of `drafts` in order, named kind + index. */
export function netModel(input: readonly [number, number, number], drafts: Draft[], train: Partial<TrainConfig> = {}): NetModel {
  const layers = drafts.map((d, index) => ({ ...d, index, name: `${d.kind}${index}`, path: ['layers', index], inputs: [index === 0 ? 'input' : `${drafts[index - 1]!.kind}${index - 1}`] }) as Layer);
  return {
    name: 'generated', input, layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 32, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
      ...train,
    },
  };
}

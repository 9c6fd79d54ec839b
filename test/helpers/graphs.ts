/**
 * Generated networks with branches for property tests (fast-check): a stem, then cells of the
 * kinds d2l's chapter 8 builds (residual blocks with identity or 1×1 strided shortcuts,
 * Inception-like concatenations of 2–4 branches, dense-block-like concatenations onto the
 * input), then global pooling or a flatten and a 10-unit head. `broken` cells give a residual
 * block whose branches end in different shapes, for the checks that must refuse them.
 */
import fc from 'fast-check';
import type { Activation, Layer, NetModel, Pair, TrainConfig } from '../../src/model.js';

type Unnumbered<T> = T extends unknown ? Omit<T, 'index' | 'name' | 'path' | 'inputs'> : never;
type Draft = Unnumbered<Layer>;

const small = (max: number) => fc.integer({ min: 1, max });
const act = fc.constantFrom<Activation>('relu', 'none', 'tanh');

const residualArb = fc.record({
  kind: fc.constant('residual' as const),
  filters: small(6),
  kernel: fc.constantFrom(1, 3, 5),
  stride: fc.constantFrom(1, 2),
  norm: fc.boolean(),
  activation: act,
  /** A 1×1 conv on the shortcut even where the shapes would match without one. */
  project: fc.boolean(),
});
const branchArb = fc.oneof(
  fc.record({ kind: fc.constant('conv' as const), reduce: small(4), filters: small(6), kernel: fc.constantFrom(1, 3, 5) }),
  fc.record({ kind: fc.constant('pool' as const), type: fc.constantFrom('avg' as const, 'max' as const), filters: small(6) }),
);
const inceptionArb = fc.record({ kind: fc.constant('inception' as const), branches: fc.array(branchArb, { minLength: 2, maxLength: 4 }) });
const denseArb = fc.record({ kind: fc.constant('dense' as const), growth: small(4), layers: small(3) });
const cellArb = fc.oneof(residualArb, inceptionArb, denseArb);

/** Generated graph descriptions; `graphModel` makes one a NetModel. */
export function graphArbitrary(options: { broken?: boolean } = {}) {
  return fc.record({
    input: fc.tuple(fc.integer({ min: 8, max: 20 }), fc.integer({ min: 8, max: 20 }), small(3)),
    stem: small(6),
    cells: fc.array(cellArb, { minLength: 1, maxLength: 3 }),
    /** Which cell (mod their count) is made to mismatch, when `broken`. */
    brokenAt: options.broken ? fc.nat() : fc.constant(-1),
    head: fc.constantFrom('global-avg' as const, 'global-max' as const, 'flatten' as const),
  });
}

/** A generated graph description. */
export type GraphSpec = ReturnType<typeof graphArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** The graph as a NetModel, layers named as the parser would name them (kind + count). */
export function graphModel(spec: GraphSpec, train: Partial<TrainConfig> = {}): NetModel {
  const layers: Layer[] = [];
  const counts = new Map<string, number>();
  let channels = spec.input[2];
  const add = (draft: Draft, inputs: string[] = [layers[layers.length - 1]?.name ?? 'input']): string => {
    const count = (counts.get(draft.kind) ?? 0) + 1;
    counts.set(draft.kind, count);
    const index = layers.length;
    const name = `${draft.kind}${count}`;
    layers.push({ ...draft, index, name, path: ['layers', index], inputs } as Layer);
    return name;
  };
  const conv = (filters: number, kernel: number, stride = 1, activation: Activation = 'relu', padding: 'same' | 'valid' = 'same') =>
    ({ kind: 'conv', filters, kernel: [kernel, kernel] as Pair, stride: [stride, stride] as Pair, padding, activation, init: 'glorot_uniform', bias: true }) as const;

  add(conv(spec.stem, 3));
  channels = spec.stem;
  spec.cells.forEach((drawn, k) => {
    const broken = spec.brokenAt >= 0 && k === spec.brokenAt % spec.cells.length;
    // the cell made to mismatch is a residual block, whatever was drawn there
    const cell = broken && drawn.kind !== 'residual' ? { kind: 'residual' as const, filters: 2, kernel: 3, stride: 1, norm: false, activation: 'relu' as const, project: false } : drawn;
    const input = layers[layers.length - 1]!.name;
    if (cell.kind === 'residual') {
      // broken: an identity shortcut around a path that ends with one channel more, strided
      const stride = broken ? 2 : cell.stride;
      const filters = broken ? channels + 1 : cell.filters;
      add(conv(filters, cell.kernel, stride, 'relu'));
      if (cell.norm) add({ kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 });
      const main = add(conv(filters, cell.kernel, 1, 'none'));
      const identity = broken || (!cell.project && stride === 1 && cell.filters === channels);
      const shortcut = identity ? input : add(conv(cell.filters, 1, stride, 'none'), [input]);
      add({ kind: 'add', activation: cell.activation }, [main, shortcut]);
      channels = broken ? channels : cell.filters;
    } else if (cell.kind === 'inception') {
      const ends = cell.branches.map((b) => {
        if (b.kind === 'pool') {
          add({ kind: 'pool', type: b.type, size: [3, 3], stride: [1, 1], padding: 'same' }, [input]);
          return add(conv(b.filters, 1));
        }
        add(conv(b.reduce, 1), [input]);
        return add(conv(b.filters, b.kernel));
      });
      add({ kind: 'concat' }, ends);
      channels = cell.branches.reduce((n, b) => n + b.filters, 0);
    } else {
      for (let i = 0; i < cell.layers; i++) {
        const before = layers[layers.length - 1]!.name;
        const grown = add(conv(cell.growth, 3));
        add({ kind: 'concat' }, [before, grown]);
        channels += cell.growth;
      }
    }
  });
  if (spec.head === 'flatten') add({ kind: 'flatten' });
  else {
    add({ kind: 'pool', type: spec.head === 'global-avg' ? 'avg' : 'max', size: 'global', stride: [1, 1], padding: 'valid' });
    add({ kind: 'flatten' });
  }
  add({ kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true });
  return {
    name: 'graph', input: spec.input, layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 16, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
      ...train,
    },
  };
}

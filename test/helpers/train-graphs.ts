/**
 * Generated networks with branches for property tests (fast-check): a stem, then cells that
 * fork and merge the way d2l's modern CNNs do — residual cells (identity or a strided 1×1
 * shortcut, batch norm inside), inception-like cells (parallel 1×1, 3×3 and pooled branches
 * concatenated), a tensor read by several layers whose own activation must be differentiated
 * once after their gradients are summed, dropout in a branch, an add of one tensor to itself —
 * and a head that pools globally or flattens, with flat merges of dense branches. Every
 * generated model is valid.
 */
import fc from 'fast-check';
import type { Activation, Layer, NetModel, TrainConfig } from '../../src/model.js';
import { inferShapes } from '../../src/shape-inference/index.js';
import { netModel, type Draft } from './specs.js';

/** A layer with the names it reads (`from`); its own name is given when it is placed. */
interface Placed {
  draft: Draft;
  from: string[];
}

/** A conv layer with `same` padding, a bias and glorot_uniform weights. */
export const conv = (filters: number, kernel: number, activation: Activation, stride = 1): Draft => ({
  kind: 'conv', filters, kernel: [kernel, kernel], stride: [stride, stride], padding: 'same', activation, init: 'glorot_uniform', bias: true,
});

/** A dense layer with a bias and glorot_uniform weights. */
export const dense = (units: number, activation: Activation): Draft => ({ kind: 'dense', units, activation, init: 'glorot_uniform', bias: true });

/** A model of `layers` named l0, l1..., each reading the names in its `from` (the layer before when absent). */
export function graphOf(input: readonly [number, number, number], layers: (Draft & { from?: string[] })[], train: Partial<TrainConfig> = {}): NetModel {
  const base = netModel(input, layers.map(({ from: _, ...d }) => d as Draft), train);
  return { ...base, layers: base.layers.map((l, i) => ({ ...l, name: `l${i}`, inputs: layers[i]!.from ?? [i === 0 ? 'input' : `l${i - 1}`] })) };
}

const act = fc.constantFrom<Activation>('relu', 'tanh', 'sigmoid', 'none', 'elu');

/** One cell's recipe: what it does, drawn before the sizes it meets are known. */
const cellArb = fc.oneof(
  fc.record({ kind: fc.constant('residual' as const), act, batchnorm: fc.boolean(), stride: fc.constantFrom(1, 2), dropout: fc.boolean() }),
  fc.record({ kind: fc.constant('inception' as const), widths: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), pool: fc.constantFrom('max' as const, 'avg' as const), keepInput: fc.boolean() }),
  fc.record({ kind: fc.constant('fanout' as const), act, merge: fc.constantFrom('add' as const, 'concat' as const), twice: fc.boolean() }),
);

/** Generated branched network descriptions; graphModel makes one a NetModel. */
export function graphArbitrary() {
  return fc.record({
    input: fc.tuple(fc.integer({ min: 5, max: 10 }), fc.integer({ min: 5, max: 10 }), fc.integer({ min: 1, max: 2 })),
    stem: fc.record({ filters: fc.integer({ min: 1, max: 4 }), act }),
    cells: fc.array(cellArb, { minLength: 1, maxLength: 2 }),
    head: fc.constantFrom('global-avg' as const, 'global-max' as const, 'flatten' as const, 'dense-branches' as const),
    output: fc.constantFrom<Activation>('none', 'softmax'),
  });
}

/** A generated network description. */
export type GraphSpec = ReturnType<typeof graphArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** The description as a NetModel (names l0, l1, ...), checked by shape inference. */
export function graphModel(spec: GraphSpec, train: Partial<TrainConfig> = {}): NetModel {
  const placed: Placed[] = [];
  const add = (draft: Draft, from: string[] = [last()]) => {
    placed.push({ draft, from });
    return `l${placed.length - 1}`;
  };
  const last = () => (placed.length ? `l${placed.length - 1}` : 'input');
  let [h, w, c] = spec.input;
  add(conv(spec.stem.filters, 3, spec.stem.act));
  c = spec.stem.filters;
  for (const cell of spec.cells) {
    const input = last();
    if (cell.kind === 'residual') {
      const stride = h >= 4 && w >= 4 ? cell.stride : 1;
      add(conv(c, 3, 'none', stride));
      if (cell.batchnorm) add({ kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 });
      add({ kind: 'activation', activation: 'relu' });
      if (cell.dropout) add({ kind: 'dropout', rate: 0.25 });
      const branch = add(conv(c, 3, 'none'));
      const shortcut = stride === 1 ? input : add(conv(c, 1, 'none', stride), [input]);
      add({ kind: 'add', activation: cell.act }, [branch, shortcut]);
      [h, w] = [Math.ceil(h / stride), Math.ceil(w / stride)];
    } else if (cell.kind === 'inception') {
      const [a, b, d] = cell.widths;
      const one = add(conv(a, 1, 'relu'), [input]);
      add(conv(b, 1, 'relu'), [input]);
      const three = add(conv(b, 3, 'relu'));
      add({ kind: 'pool', type: cell.pool, size: [3, 3], stride: [1, 1], padding: 'same' }, [input]);
      const pooled = add(conv(d, 1, 'relu'));
      const branches = [one, three, pooled, ...(cell.keepInput ? [input] : [])];
      add({ kind: 'concat' }, branches);
      c = a + b + d + (cell.keepInput ? c : 0);
    } else {
      // a conv whose activated output two layers read: its derivative applies to their summed gradients
      const shared = add(conv(c, 3, cell.act));
      const left = add(conv(c, 1, 'none'), [shared]);
      const right = add(conv(c, 3, 'none'), [shared]);
      if (cell.merge === 'add') {
        add({ kind: 'add', activation: 'relu' }, cell.twice ? [left, right, left] : [left, right]);
      } else {
        add({ kind: 'concat' }, cell.twice ? [left, shared, right, shared] : [left, shared, right]);
        c = cell.twice ? 4 * c : 3 * c;
      }
    }
  }
  if (spec.head === 'global-avg' || spec.head === 'global-max') {
    add({ kind: 'pool', type: spec.head === 'global-avg' ? 'avg' : 'max', size: 'global', stride: [1, 1], padding: 'valid' });
    add({ kind: 'flatten' });
    add({ kind: 'dense', units: 10, activation: spec.output, init: 'glorot_uniform', bias: true });
  } else if (spec.head === 'flatten') {
    add({ kind: 'flatten' });
    add({ kind: 'dense', units: 10, activation: spec.output, init: 'glorot_uniform', bias: true });
  } else {
    const flat = add({ kind: 'flatten' });
    const a = add({ kind: 'dense', units: 6, activation: 'relu', init: 'glorot_uniform', bias: true }, [flat]);
    const b = add({ kind: 'dense', units: 4, activation: 'tanh', init: 'glorot_uniform', bias: false }, [flat]);
    add({ kind: 'concat' }, [a, b, a]);
    add({ kind: 'dense', units: 10, activation: spec.output, init: 'glorot_uniform', bias: true });
  }
  const layers = placed.map(({ draft, from }, index) => ({ ...draft, index, name: `l${index}`, path: ['layers', index], inputs: from }) as Layer);
  const model: NetModel = {
    name: 'generated-graph', input: spec.input, layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 32, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
      ...train,
    },
  };
  // the generated input is not the data set's: only the network's own shapes matter here
  const errors = inferShapes(model).diagnostics.filter((d) => d.severity === 'error' && d.code !== 'INPUT_MISMATCH');
  if (errors.length) throw new Error(`generated graph does not check: ${errors.map((d) => d.code).join(', ')}`);
  return model;
}

/**
 * Generated networks with branches for property tests (fast-check): a stem conv, then blocks as
 * d2l's modern CNNs have them (residual blocks with identity or 1×1 shortcuts and sometimes a
 * third summand, Inception blocks of up to 4 branches, DenseNet-like repeated concats,
 * downsampling pools), then a head (global pooling, a flatten, or two dense branches merged).
 * Every generated model is valid: sizes are tracked as the blocks are built.
 */
import fc from 'fast-check';
import type { Activation, ExplicitPadding, Layer, NetModel } from '../../src/model.js';
import { outputLength } from '../../src/shape-inference/rules/output-length.js';
import { netModel, small, type Draft } from './specs.js';

const activations = ['relu', 'none', 'tanh', 'sigmoid', 'swish', 'elu', 'gelu', 'hard_sigmoid'] as const satisfies readonly Activation[];
const activation = fc.constantFrom(...activations);

/** One block of a generated graph. */
const blockArb = fc.oneof(
  fc.record({
    kind: fc.constant('residual' as const), filters: small(4), stride: fc.constantFrom(1, 2), kernel: fc.constantFrom(1, 3),
    padding: fc.constantFrom('same' as const, 'symmetric' as const, 'asymmetric' as const), norm: fc.boolean(), third: fc.boolean(),
    projection: fc.boolean(), activation,
  }),
  fc.record({ kind: fc.constant('inception' as const), branches: fc.oneof(fc.constant<number[]>([0, 1, 2, 3]), fc.subarray([0, 1, 2, 3], { minLength: 2 })), filters: small(3), pool: fc.constantFrom('max' as const, 'avg' as const), activation }),
  fc.record({ kind: fc.constant('dense' as const), repeat: fc.integer({ min: 2, max: 3 }), growth: small(3), norm: fc.boolean(), activation }),
  fc.record({ kind: fc.constant('down' as const), type: fc.constantFrom('max' as const, 'avg' as const), padding: fc.constantFrom('same' as const, 'valid' as const), size: fc.constantFrom(2, 3) }),
);

/** Generated graph recipes; graphModel makes each a NetModel. */
export function graphArbitrary() {
  return fc.record({
    input: fc.tuple(fc.integer({ min: 6, max: 14 }), fc.integer({ min: 6, max: 14 }), small(3)),
    stem: small(4),
    blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }),
    head: fc.constantFrom('global-avg' as const, 'global-max' as const, 'flatten' as const, 'flat-add' as const, 'flat-concat' as const),
    headActivation: fc.constantFrom('none' as const, 'relu' as const, 'softmax' as const),
    dropout: fc.boolean(),
  });
}

/** A generated graph recipe. */
export type GraphRecipe = ReturnType<typeof graphArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Where a layer's output is: its name and one example's shape. */
interface Out {
  name: string;
  shape: [number, number, number] | [number];
}

/** The recipe as a NetModel with named layers and `inputs`, and the block kinds it holds. */
export function graphModel(recipe: GraphRecipe): NetModel {
  const drafts: { draft: Draft; inputs: string[] }[] = [];
  const add = (draft: Draft, inputs: Out[], shape: Out['shape']): Out => {
    drafts.push({ draft, inputs: inputs.map((i) => i.name) });
    return { name: `${draft.kind}${drafts.length - 1}`, shape };
  };
  const spatial = (o: Out) => o.shape as [number, number, number];
  const conv = (from: Out, filters: number, kernel: number, stride: number, padding: 'same' | 'valid' | ExplicitPadding, act: Activation): Out => {
    const [h, w] = spatial(from);
    const [ph, pw] = typeof padding === 'string' ? [padding, padding] as const : [[padding.top, padding.bottom], [padding.left, padding.right]] as const;
    const shape: Out['shape'] = [outputLength(h, kernel, stride, ph), outputLength(w, kernel, stride, pw), filters];
    return add({ kind: 'conv', filters, kernel: [kernel, kernel], stride: [stride, stride], padding, activation: act, init: 'glorot_uniform', bias: true }, [from], shape);
  };
  const norm = (from: Out) => add({ kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 }, [from], from.shape);
  const channels = (o: Out) => spatial(o)[2];

  let x: Out = { name: 'input', shape: [...recipe.input] };
  x = conv(x, recipe.stem, 3, 1, 'same', 'relu');
  for (const block of recipe.blocks) {
    switch (block.kind) {
      case 'residual': {
        const k = block.kernel;
        const padding: 'same' | ExplicitPadding = k === 1 || block.padding === 'same' ? 'same'
          : block.padding === 'symmetric' ? { top: 1, bottom: 1, left: 1, right: 1 } : { top: 0, bottom: 2, left: 2, right: 0 };
        let main = conv(x, block.filters, k, block.stride, 'same', 'none');
        if (block.norm) main = norm(main);
        main = add({ kind: 'activation', activation: 'relu' }, [main], main.shape);
        main = conv(main, block.filters, k, 1, padding, 'none');
        if (block.norm) main = norm(main);
        const identity = !block.projection && block.stride === 1 && channels(x) === block.filters;
        const shortcut = identity ? x : conv(x, block.filters, 1, block.stride, block.projection ? 'valid' : 'same', 'none');
        const summands = [main, shortcut];
        if (block.third) summands.push(conv(x, block.filters, 1, block.stride, 'same', 'tanh'));
        x = add({ kind: 'add', activation: block.activation }, summands, main.shape);
        break;
      }
      case 'inception': {
        const f = block.filters;
        const branch = [
          () => conv(x, f, 1, 1, 'same', block.activation),
          () => conv(conv(x, f, 1, 1, 'same', 'relu'), f + 1, 3, 1, 'same', block.activation),
          // a 5×5 with more zeros below and to the left than above and to the right: the plan's pads, per side
          () => conv(conv(x, f, 1, 1, 'same', 'relu'), f, 5, 1, { top: 1, bottom: 3, left: 3, right: 1 }, block.activation),
          () => conv(add({ kind: 'pool', type: block.pool, size: [3, 3], stride: [1, 1], padding: 'same' }, [x], x.shape), f, 1, 1, 'same', block.activation),
        ];
        const outs = block.branches.map((b) => branch[b]!());
        const [h, w] = spatial(x);
        x = add({ kind: 'concat' }, outs, [h, w, outs.reduce((n, o) => n + channels(o), 0)]);
        break;
      }
      case 'dense': {
        for (let i = 0; i < block.repeat; i++) {
          let y = block.norm ? norm(x) : x;
          y = conv(y, block.growth, 3, 1, 'same', block.activation);
          const [h, w] = spatial(x);
          x = add({ kind: 'concat' }, [x, y], [h, w, channels(x) + block.growth]);
        }
        break;
      }
      case 'down': {
        const [h, w, c] = spatial(x);
        const size = block.padding === 'same' ? block.size : Math.min(block.size, h, w);
        x = add({ kind: 'pool', type: block.type, size: [size, size], stride: [2, 2], padding: block.padding },
          [x], [outputLength(h, size, 2, block.padding), outputLength(w, size, 2, block.padding), c]);
        break;
      }
    }
  }
  const head = recipe.headActivation;
  if (recipe.head === 'global-avg' || recipe.head === 'global-max') {
    x = add({ kind: 'pool', type: recipe.head === 'global-avg' ? 'avg' : 'max', size: 'global', stride: [1, 1], padding: 'valid' }, [x], [1, 1, channels(x)]);
  }
  const [h, w, c] = spatial(x);
  x = add({ kind: 'flatten' }, [x], [h * w * c]);
  if (recipe.dropout) x = add({ kind: 'dropout', rate: 0.3 }, [x], x.shape);
  if (recipe.head === 'flat-add' || recipe.head === 'flat-concat') {
    const a = add({ kind: 'dense', units: 6, activation: 'relu', init: 'glorot_uniform', bias: true }, [x], [6]);
    const b = norm(add({ kind: 'dense', units: 6, activation: 'none', init: 'glorot_uniform', bias: false }, [x], [6]));
    x = recipe.head === 'flat-add' ? add({ kind: 'add', activation: 'relu' }, [a, b], [6]) : add({ kind: 'concat' }, [a, b], [12]);
  }
  add({ kind: 'dense', units: 10, activation: head, init: 'glorot_uniform', bias: true }, [x], [10]);
  const model = netModel(recipe.input, drafts.map((d) => d.draft));
  model.layers = model.layers.map((layer, i): Layer => ({ ...layer, inputs: drafts[i]!.inputs }));
  return model;
}

/** Which of the structures the tests must cover a model holds. */
export function graphFeatures(model: NetModel): string[] {
  const features = new Set<string>();
  for (const layer of model.layers) {
    if (layer.kind === 'add') features.add(layer.inputs.length > 2 ? 'add of 3' : 'residual add');
    if (layer.kind === 'concat' && layer.inputs.length === 4) features.add('concat of 4');
    if (layer.kind === 'concat' && model.layers.some((l) => l.kind === 'concat' && l.inputs.includes(layer.name))) features.add('repeated concat');
    if (layer.kind === 'pool' && layer.size === 'global') features.add(`global ${layer.type}`);
    if (layer.kind === 'conv' && typeof layer.padding === 'object' && layer.padding.top !== layer.padding.bottom) features.add('asymmetric pads');
    if ((layer.kind === 'add' || layer.kind === 'concat') && model.layers.find((l) => l.name === layer.inputs[0])?.kind === 'dense') features.add('flat merge');
  }
  return [...features].sort();
}

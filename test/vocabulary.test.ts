/**
 * The spec's vocabulary is written twice, once for users (schema/lenetc.schema.json: enums and
 * defaults) and once for TypeScript (src/model.ts's name lists, src/parser/normalize.ts's
 * defaults): these check that the two say the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import schema from '../schema/lenetc.schema.json' with { type: 'json' };
import { ACTIVATIONS, DATASETS, INITIALIZERS, LAYER_KINDS, OPTIMIZERS, POOL_TYPES, type NetModel } from '../src/model.js';
import { parseSpec } from '../src/parser/index.js';

type Json = { [key: string]: Json } & Json[];

/** The schema node at a JSON pointer (`/definitions/conv/properties/stride`). */
function at(pointer: string): Json {
  return pointer.split('/').slice(1).reduce<Json>((node, key) => node[key], schema as unknown as Json);
}

test('the name lists are the schema\'s enums', () => {
  assert.deepEqual(ACTIVATIONS, at('/definitions/activationName/enum'));
  assert.deepEqual(INITIALIZERS, at('/definitions/initializer/enum'));
  assert.deepEqual(POOL_TYPES, at('/definitions/poolType/enum'));
  // the built-in names are the first branch of `dataset`; the second is a folder's path
  assert.deepEqual(DATASETS, at('/definitions/train/properties/dataset/anyOf/0/enum'));
  assert.deepEqual(OPTIMIZERS, at('/definitions/optimizer/oneOf/0/enum'));
  const optimizerTypes = (at('/definitions/optimizer/oneOf') as Json[]).slice(1).map((branch) => branch.properties.type.const);
  assert.deepEqual(optimizerTypes, OPTIMIZERS);
  // each `kind: params` branch of a layer (and a block's use), and the bare kinds are among them
  const branches = (at('/definitions/layer/oneOf') as Json[]);
  assert.deepEqual(branches.slice(1).map((b) => b.required[0]), [...LAYER_KINDS, 'block']);
  for (const bare of branches[0].enum) assert.ok((LAYER_KINDS as readonly unknown[]).includes(bare), `bare kind ${String(bare)}`);
});

/** A spec that sets nothing it need not, through the real parser. */
function minimal(train: string, layers = '[{conv: {filters: 2, kernel: 3}}, {pool: {size: 2}}, batchnorm, flatten, {dense: {units: 10}}]'): NetModel {
  const text = `name: m\ninput: [28, 28, 1]\nlayers: ${layers}\ntrain: ${train}\n`;
  const parsed = parseSpec({ file: 'm.yaml', text }, { reader: { resolve: (_, ref) => ref, read: () => undefined } });
  assert.deepEqual(parsed.diagnostics, []);
  return parsed.model!;
}

test('the parser fills in the schema\'s defaults', () => {
  const model = minimal('{}');
  const [conv, pool, batchnorm] = model.layers;
  assert.ok(conv.kind === 'conv' && pool.kind === 'pool' && batchnorm.kind === 'batchnorm');
  const d = (pointer: string) => at(`${pointer}/default`);
  const pair = (v: Json) => [v, v];
  const checks: [string, unknown, unknown][] = [
    ['defaults.activation', conv.activation, d('/properties/defaults/properties/activation')],
    ['defaults.init', conv.init, d('/properties/defaults/properties/init')],
    ['defaults.bias', conv.bias, d('/properties/defaults/properties/bias')],
    ['defaults.pool', pool.type, d('/properties/defaults/properties/pool')],
    ['conv.stride', conv.stride, pair(d('/definitions/conv/properties/stride'))],
    // integer padding 0 is normalized to `valid`
    ['conv.padding', conv.padding === 'valid' ? 0 : conv.padding, d('/definitions/convPadding')],
    ['pool.padding', pool.padding, d('/definitions/pool/properties/padding')],
    ['batchnorm.momentum', batchnorm.momentum, d('/definitions/batchnorm/properties/momentum')],
    ['batchnorm.epsilon', batchnorm.epsilon, d('/definitions/batchnorm/properties/epsilon')],
    ['train.dataset', model.train.dataset, d('/definitions/train/properties/dataset')],
    ['train.epochs', model.train.epochs, d('/definitions/train/properties/epochs')],
    ['train.batch_size', model.train.batch_size, d('/definitions/train/properties/batch_size')],
    ['train.weight_decay', model.train.weight_decay, d('/definitions/train/properties/weight_decay')],
    ['train.seed', model.train.seed, d('/definitions/train/properties/seed')],
    ['train.augment.flip', model.train.augment.flip, d('/definitions/train/properties/augment/properties/flip')],
    ['train.augment.shift', model.train.augment.shift, d('/definitions/train/properties/augment/properties/shift')],
    ['train.optimizer', model.train.optimizer.type, d('/definitions/optimizer')],
    ['train.schedule', model.train.schedule.type, d('/definitions/schedule')],
  ];
  const optimizers = at('/definitions/optimizer/oneOf') as Json[];
  for (const branch of optimizers.slice(1)) {
    const type = String(branch.properties.type.const);
    const optimizer = minimal(`{optimizer: {type: ${type}}}`).train.optimizer as unknown as Record<string, unknown>;
    for (const [key, property] of Object.entries(branch.properties)) {
      const fallback = property.default ?? (property.$ref ? at(String(property.$ref).slice(1)).default : undefined);
      if (key !== 'type' && fallback !== undefined) checks.push([`optimizer ${type}.${key}`, optimizer[key], fallback]);
    }
  }
  const cosine = minimal('{schedule: {type: cosine}}').train.schedule as unknown as Record<string, unknown>;
  for (const key of ['min_lr', 'warmup']) checks.push([`cosine.${key}`, cosine[key], d(`/definitions/schedule/oneOf/4/properties/${key}`)]);
  for (const [what, actual, expected] of checks) assert.deepEqual(actual, expected, what);
});

/** Unit tests of parseSpec: normalization, defaults, extends, overrides, locate, hints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { lineColumn, sortByLocation, type Diagnostic } from '../src/diagnostics.js';
import type { ConvLayer, DenseLayer, PoolLayer } from '../src/model.js';
import { parseSpec } from '../src/parser/index.js';
import type { ParseResult, SpecReader } from '../src/parser/types.js';
import { fromRoot } from './helpers/paths.js';

/** An in-memory file system: paths are taken as written. */
function memory(files: Record<string, string>): SpecReader {
  return { resolve: (_from, ref) => ref, read: (file) => files[file] };
}

const lenet = fs.readFileSync(fromRoot('specs', 'lenet5.yaml'), 'utf8');
const HEAD = 'name: t\ninput: [28, 28, 1]\n';

function parse(text: string, files: Record<string, string> = {}, overrides?: string[]): ParseResult {
  return parseSpec({ file: 'spec.yaml', text }, { reader: memory(files), overrides });
}

/** code, file, line, column of each diagnostic. */
function where(result: ParseResult): [string, string | undefined, number?, number?][] {
  return result.diagnostics.map((d: Diagnostic) => {
    const at = d.file && d.range ? lineColumn(result.sources.get(d.file)!, d.range[0]) : undefined;
    return [d.code, d.file, at?.line, at?.column];
  });
}

test('lenet5.yaml normalizes to d2l LeNet-5', () => {
  const { model, diagnostics } = parse(lenet);
  assert.deepEqual(diagnostics, []);
  assert.ok(model);
  assert.equal(model.name, 'lenet5');
  assert.deepEqual(model.input, [28, 28, 1]);
  assert.deepEqual(model.layers.map((l) => l.name), ['conv1', 'pool1', 'conv2', 'pool2', 'flatten1', 'dense1', 'dense2', 'dense3']);
  const conv1 = model.layers[0] as ConvLayer;
  assert.deepEqual(conv1, {
    index: 0, name: 'conv1', path: ['layers', 0], inputs: ['input'], kind: 'conv', filters: 6, kernel: [5, 5], stride: [1, 1],
    padding: { top: 2, bottom: 2, left: 2, right: 2 }, activation: 'sigmoid', init: 'xavier_uniform', bias: true,
  });
  assert.equal((model.layers[2] as ConvLayer).padding, 'valid');
  assert.deepEqual(model.layers[1], { index: 1, name: 'pool1', path: ['layers', 1], inputs: ['conv1'], kind: 'pool', type: 'avg', size: [2, 2], stride: [2, 2], padding: 'valid' });
  assert.equal((model.layers[6] as DenseLayer).activation, 'sigmoid');
  assert.equal((model.layers[7] as DenseLayer).activation, 'none');
  assert.deepEqual(model.train, {
    dataset: 'fashion-mnist', epochs: 10, batch_size: 128, optimizer: { type: 'sgd' }, lr: 0.1,
    schedule: { type: 'constant' }, weight_decay: 0, seed: 42, augment: { flip: false, shift: 0 },
  });
});

test('without defaults: activation none, init xavier_uniform, max pooling, bias, train defaults', () => {
  const { model } = parse(`${HEAD}layers:\n  - conv: {filters: 2, kernel: [3, 5], padding: [1, 2]}\n  - pool: {size: [2, 3]}\n  - flatten\n  - dense: {units: 10}\n`);
  assert.ok(model);
  const conv = model.layers[0] as ConvLayer;
  assert.equal(conv.activation, 'none');
  assert.equal(conv.init, 'xavier_uniform');
  assert.equal(conv.bias, true);
  assert.deepEqual(conv.kernel, [3, 5]);
  assert.deepEqual(conv.padding, { top: 1, bottom: 1, left: 2, right: 2 });
  const pool = model.layers[1] as PoolLayer;
  assert.equal(pool.type, 'max');
  assert.deepEqual(pool.stride, [2, 3]);
  assert.equal(model.train.lr, 0.1);
});

test('every layer form, names and optimizer/schedule defaults', () => {
  const { model, diagnostics } = parse(`${HEAD}defaults: {bias: false}\nlayers:
  - batchnorm
  - batchnorm: {momentum: 0.5}
  - dropout: 0.25
  - dropout: {rate: 0.5, name: drop}
  - activation: relu
  - activation: {activation: tanh}
  - flatten
  - dense: {units: 10, bias: true}
train: {optimizer: adam, schedule: {type: cosine}}
`);
  assert.deepEqual(diagnostics, []);
  assert.ok(model);
  const [bn1, bn2, d1, d2, a1, a2, , dense] = model.layers;
  assert.deepEqual([bn1, bn2].map((l) => l?.kind === 'batchnorm' && [l.name, l.momentum, l.epsilon]), [['batchnorm1', 0.99, 1e-3], ['batchnorm2', 0.5, 1e-3]]);
  assert.deepEqual([d1, d2].map((l) => l?.kind === 'dropout' && [l.name, l.rate]), [['dropout1', 0.25], ['drop', 0.5]]);
  assert.deepEqual([a1, a2].map((l) => l?.kind === 'activation' && [l.name, l.activation]), [['activation1', 'relu'], ['activation2', 'tanh']]);
  assert.equal((dense as DenseLayer).bias, true);
  assert.deepEqual(model.train.optimizer, { type: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
  assert.equal(model.train.lr, 0.001);
  assert.deepEqual(model.train.schedule, { type: 'cosine', min_lr: 0, warmup: 0 });
  for (const [optimizer, lr] of [['momentum', 0.05], ['rmsprop', 0.001]] as const) {
    assert.equal(parse(`${HEAD}layers: [flatten]\ntrain: {optimizer: ${optimizer}}\n`).model?.train.lr, lr);
  }
  assert.deepEqual(parse(`${HEAD}layers: [flatten]\ntrain: {optimizer: {type: momentum, nesterov: true}}\n`).model?.train.optimizer, { type: 'momentum', momentum: 0.9, nesterov: true });
});

test('extends merges maps deeply and replaces lists; resolved has no extends', () => {
  const files = { 'base.yaml': lenet };
  const r = parse('extends: base.yaml\nname: m\ndefaults: {activation: relu, pool: max}\ntrain: {epochs: 3}\n', files);
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.model);
  assert.equal((r.model.layers[0] as ConvLayer).activation, 'relu');
  assert.equal((r.model.layers[0] as ConvLayer).init, 'xavier_uniform');
  assert.equal((r.model.layers[1] as PoolLayer).type, 'max');
  assert.equal(r.model.train.epochs, 3);
  assert.equal(r.model.train.batch_size, 128);
  const resolved = r.resolved as Record<string, unknown>;
  assert.equal(resolved.extends, undefined);
  assert.equal(resolved.name, 'm');
  assert.deepEqual([...r.sources.keys()], ['spec.yaml', 'base.yaml']);

  const replaced = parse('extends: base.yaml\nname: m\nlayers: [flatten, {dense: {units: 10}}]\n', files);
  assert.deepEqual(replaced.model?.layers.map((l) => l.kind), ['flatten', 'dense']);
});

test('locate: entry over base, nearest ancestor as fallback', () => {
  const r = parse('extends: base.yaml\nname: m\ntrain: {epochs: 3}\n', { 'base.yaml': lenet });
  const at = (path: (string | number)[]) => {
    const loc = r.locate(path);
    return loc && [loc.file, lineColumn(r.sources.get(loc.file)!, loc.range[0])];
  };
  assert.deepEqual(at(['train', 'epochs']), ['spec.yaml', { line: 3, column: 17 }]);
  assert.deepEqual(at(['train', 'lr']), ['base.yaml', { line: 24, column: 7 }]);
  assert.deepEqual(at(['layers', 2, 'conv', 'kernel']), ['base.yaml', { line: 13, column: 33 }]);
  // not written anywhere: its nearest written ancestor, `layers.2.conv`
  assert.deepEqual(at(['layers', 2, 'conv', 'stride']), ['base.yaml', { line: 13, column: 11 }]);
});

test('diagnostics in a base file point into the base file', () => {
  const r = parse('extends: base.yaml\nname: m\n', { 'base.yaml': `${HEAD}layers:\n  - conv: {filters: 6, kernel: 5, strides: 2}\n` });
  assert.deepEqual(where(r), [['UNKNOWN_KEY', 'base.yaml', 4, 35]]);
  assert.equal(r.diagnostics[0]?.hint, 'did you mean `stride`?');
  assert.equal(r.model, undefined);
});

test('extends: missing file and cycles are reported at the extends value', () => {
  assert.deepEqual(where(parse('name: m\nextends: nope.yaml\n')), [['EXTENDS_NOT_FOUND', 'spec.yaml', 2, 10]]);
  const cycle = parse('extends: a.yaml\n', { 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n' });
  assert.deepEqual(where(cycle), [['EXTENDS_CYCLE', 'b.yaml', 1, 10]]);
});

test('extends reads only YAML files: another file is never read, so none of its lines is quoted', () => {
  const reads: string[] = [];
  const reader: SpecReader = { resolve: (_from, ref) => ref, read: (file) => { reads.push(file); return 'root:x:0:0:secret\n'; } };
  const result = parseSpec({ file: 'spec.yaml', text: 'name: m\nextends: /etc/passwd\n' }, { reader });
  assert.deepEqual(where(result), [['EXTENDS_NOT_YAML', 'spec.yaml', 2, 10]]);
  assert.deepEqual(reads, []);
  assert.deepEqual([...result.sources.keys()], ['spec.yaml']);
  assert.doesNotMatch(JSON.stringify(result.diagnostics), /secret/);
  // .yml and any case are YAML
  assert.deepEqual(where(parse('extends: base.YML\n', { 'base.YML': lenet })).filter(([code]) => code.startsWith('EXTENDS')), []);
});

test('a duplicate key is named whole, and the caret spans it', () => {
  const result = parse('name: a\ninput: [28, 28, 1]\nname: b\nlayers: []\n');
  const duplicate = result.diagnostics.find((d) => d.code === 'DUPLICATE_KEY')!;
  assert.match(duplicate.message, /found `name` again/);
  assert.deepEqual(where({ ...result, diagnostics: [duplicate] }), [['DUPLICATE_KEY', 'spec.yaml', 3, 1]]);
  assert.equal(duplicate.range![1] - duplicate.range![0], 'name'.length);
});

test('problems in several files come out grouped by file and in order within each, however they were found', () => {
  const base = `${HEAD}layers:\n  - conv: {filters: 6, kernel: 5, strides: 2}\n  - flatten\n  - dense: {units: 10, activaton: relu}\n`;
  const r = parse('extends: base.yaml\nname: m\ntrain: {epochs: 0}\nbogus: 1\n', { 'base.yaml': base });
  assert.deepEqual(where(r), [
    ['UNKNOWN_KEY', 'base.yaml', 4, 35],
    ['UNKNOWN_KEY', 'base.yaml', 6, 24],
    ['OUT_OF_RANGE', 'spec.yaml', 3, 17],
    ['UNKNOWN_KEY', 'spec.yaml', 4, 1],
  ]);
  const shuffled = [r.diagnostics[3]!, r.diagnostics[0]!, r.diagnostics[2]!, r.diagnostics[1]!];
  assert.deepEqual(sortByLocation(shuffled), r.diagnostics);
});

test('each limit and each list length has its own code', () => {
  const codes = (text: string, files: Record<string, string> = {}) => parse(text, files).diagnostics.map((d) => d.code);
  assert.deepEqual(codes(`name: m\ninput: [28, 28]\nlayers: [flatten, {dense: {units: 10}}]\n`), ['WRONG_LENGTH']);
  assert.deepEqual(codes(`${HEAD}layers: [${Array(1001).fill('flatten').join(', ')}]\n`), ['TOO_MANY_LAYERS']);
  assert.deepEqual(codes(`${HEAD}layers: [conv, flatten, {dense: {units: 10}}]\n`), ['MISSING_PARAMETERS']);
  const chain = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`b${i}.yaml`, `extends: b${i + 1}.yaml\n`]));
  assert.deepEqual(codes('extends: b0.yaml\n', chain), ['EXTENDS_TOO_DEEP']);
  assert.deepEqual(codes(`${'- x\n'.repeat(10_001)}`), ['TOO_MANY_ITEMS']);
});

test('overrides are typed through the schema and located in <--set>', () => {
  const ok = parse(lenet, {}, ['layers.0.conv.kernel=[3, 5]', 'layers.0.conv.padding=same', 'train.lr=0.5', 'train.lr=0.25', 'train.augment.flip=true']);
  assert.deepEqual(ok.diagnostics, []);
  const conv = ok.model?.layers[0] as ConvLayer;
  assert.deepEqual(conv.kernel, [3, 5]);
  assert.equal(conv.padding, 'same');
  assert.equal(ok.model?.train.lr, 0.25);
  assert.equal(ok.model?.train.augment.flip, true);
  assert.equal(ok.sources.get('<--set>')?.split('\n').length, 5);
  assert.equal(ok.locate(['train', 'lr'])?.file, '<--set>');
  assert.equal(lineColumn(ok.sources.get('<--set>')!, ok.locate(['train', 'lr'])!.range[0]).line, 4);
  assert.equal(ok.locate(['train', 'epochs'])?.file, 'spec.yaml');

  const bad = parse(lenet, {}, ['train.epochs=0', 'nonsense', 'layers.8.conv.kernel=3', 'train.lr.x=1', 'layers.0.conv.kernel=[3, 0]']);
  assert.deepEqual(where(bad), [
    ['BAD_OVERRIDE', '<--set>', 2, 1],
    ['BAD_OVERRIDE', '<--set>', 3, 1],
    ['BAD_OVERRIDE', '<--set>', 4, 1],
    ['OUT_OF_RANGE', '<--set>', 1, 14],
    ['OUT_OF_RANGE', '<--set>', 5, 26],
  ]);
});

test('schema problems: codes, positions and hints, all in one run', () => {
  const r = parse(`${HEAD}layers:
  - conv: {filter: 6, kernel: 0, activation: sigmiod}
  - convv: {filters: 6}
  - dense: {units: 6.5}
train: {dataset: mnst, optimizer: adamm, lr: .nan}
`);
  assert.deepEqual(where(r), [
    ['UNKNOWN_KEY', 'spec.yaml', 4, 12],
    ['OUT_OF_RANGE', 'spec.yaml', 4, 31],
    ['UNKNOWN_VALUE', 'spec.yaml', 4, 46],
    ['UNKNOWN_LAYER_KIND', 'spec.yaml', 5, 5],
    ['NOT_AN_INTEGER', 'spec.yaml', 6, 20],
    ['UNKNOWN_VALUE', 'spec.yaml', 7, 18],
    ['UNKNOWN_VALUE', 'spec.yaml', 7, 35],
    ['NOT_FINITE', 'spec.yaml', 7, 46],
  ]);
  assert.deepEqual(r.diagnostics.map((d) => d.hint?.match(/`(.*)`/)?.[1]), ['filters', undefined, 'sigmoid', 'conv', undefined, 'mnist', 'adam', undefined]);
});

test('hostile keys never reach a prototype', () => {
  const r = parse(`${HEAD}layers: [flatten]\n__proto__: {polluted: 1}\ntrain: {constructor: {polluted: 1}}\n`, {}, ['__proto__.polluted=1']);
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['FORBIDDEN_KEY', 'FORBIDDEN_KEY', 'FORBIDDEN_KEY']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(r.resolved), Object.prototype);
});

test('bytes are checked before parsing', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const code = (text: string | Uint8Array) => parseSpec({ file: 'x', text }, { reader: memory({}) }).diagnostics.map((d) => d.code);
  assert.deepEqual(code(bytes(lenet)), []);
  assert.deepEqual(code(new Uint8Array(3 * 1024 * 1024)), ['FILE_TOO_LARGE']);
  assert.deepEqual(code(new Uint8Array([0x61, 0, 0x62])), ['BINARY_INPUT']);
  assert.deepEqual(code(new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28])), ['NOT_UTF8']);
  assert.deepEqual(code(`a: ${'['.repeat(100_000)}`), ['TOO_DEEP']);
  assert.deepEqual(code(`${'- '.repeat(100_000)}x`), ['TOO_DEEP']);
});

test('duplicate layer names are reported at the name', () => {
  const r = parse(`${HEAD}layers:\n  - flatten\n  - dense: {units: 4, name: dense2}\n  - dense: {units: 10}\n`);
  // the second `dense2` is the third layer's default name; it has no `name:`, so its map is shown
  assert.deepEqual(where(r), [['DUPLICATE_NAME', 'spec.yaml', 6, 12]]);
});

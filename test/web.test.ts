/**
 * The playground's pure modules, in Node: links that carry a spec, the shipped specs as the
 * page's file system, where the cursor is in a half-typed spec and what the schema offers there.
 * The page itself is tested in Chromium (playground.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import schema from '../schema/lenetc.schema.json' with { type: 'json' };
import { checkSpec } from '../src/pipeline.js';
import { schemaOptions, type JsonSchema } from '../src/web/editor/schema-completion.js';
import { yamlPosition } from '../src/web/editor/yaml-position.js';
import { readSpecHash, specHash } from '../src/web/share.js';
import { EDITOR_FILE, SHIPPED_NAMES, shippedReader, shippedSpec } from '../src/web/shipped.js';
import { fromRoot } from './helpers/paths.js';

test('a spec survives the trip through #spec= exactly, whatever its characters', () => {
  const texts = ['', 'name: a\n', '# ünïcødé — 28×28 → ✓ 🧠\nname: x\n\n\tinput: [1]\r\n', 'x'.repeat(100_000)];
  for (const text of texts) {
    const hash = specHash(text);
    assert.match(hash, /^#spec=[A-Za-z0-9_-]*$/, 'base64url without padding');
    assert.deepEqual(readSpecHash(hash), { kind: 'spec', text });
  }
  // padded and standard-alphabet links from other tools read the same
  assert.deepEqual(readSpecHash('#spec=P_8='), readSpecHash('#spec=P_8'));
  assert.deepEqual(readSpecHash('#spec=P/8'), readSpecHash('#spec=P_8'));
});

test('a #spec= that is not base64url or not UTF-8 is reported, not shown as garbage', () => {
  assert.deepEqual(readSpecHash(''), { kind: 'none' });
  assert.deepEqual(readSpecHash('#other=1'), { kind: 'none' });
  assert.equal(readSpecHash('#spec=a!b').kind, 'invalid');
  assert.equal(readSpecHash('#spec=abcde').kind, 'invalid', 'a length of 1 mod 4 is no base64');
  // 0xff 0xfe is not UTF-8
  assert.equal(readSpecHash('#spec=__4').kind, 'invalid');
});

test('the shipped specs are the files in specs/, and extends between them resolves in the page', () => {
  const onDisk = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort();
  assert.deepEqual([...SHIPPED_NAMES], onDisk);
  for (const name of onDisk) {
    assert.equal(shippedSpec(name), fs.readFileSync(fromRoot('specs', name), 'utf8'));
    const result = checkSpec({ file: EDITOR_FILE, text: shippedSpec(name)! }, { reader: shippedReader });
    assert.ok(result.ok, `${name}: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  }
  assert.equal(shippedReader.resolve('spec.yaml', './sub/../lenet5.yaml'), 'lenet5.yaml');
  assert.equal(shippedReader.read('nope.yaml'), undefined);
  assert.equal(shippedSpec('constructor'), undefined);
  // the editor's text is spec.yaml beside them: extending itself is a cycle, as on disk
  const self = checkSpec({ file: EDITOR_FILE, text: 'extends: spec.yaml\nname: x\n' }, { reader: shippedReader });
  assert.deepEqual(self.diagnostics.map((d) => d.code), ['EXTENDS_CYCLE']);
  const missing = checkSpec({ file: EDITOR_FILE, text: 'extends: ../specs/lenet5.yaml\nname: x\n' }, { reader: shippedReader });
  assert.deepEqual(missing.diagnostics.map((d) => d.code), ['EXTENDS_NOT_FOUND']);
});

/** The labels offered at the end of `text` (or at the `|` in it). */
function offered(text: string): string[] | undefined {
  const pos = text.includes('|') ? text.indexOf('|') : text.length;
  const at = yamlPosition(text.replace('|', ''), pos);
  return at && schemaOptions(schema as JsonSchema, at).map((o) => o.label);
}

test('the cursor\'s place in a half-typed spec: block keys, list items, flow maps, values', () => {
  const item = 'name: x\nlayers:\n  - conv: {filters: 6}\n  - pool: {si';
  assert.deepEqual(yamlPosition(item, item.length), {
    path: ['layers', 1, 'pool'], slot: 'key', prefix: 'si', from: item.length - 2, present: [],
  });
  assert.deepEqual(yamlPosition('train:\n  opt', 12), { path: ['train'], slot: 'key', prefix: 'opt', from: 9, present: [] });
  const nested = 'layers:\n  - conv:\n      filters: 6\n      act';
  assert.deepEqual(yamlPosition(nested, nested.length)?.path, ['layers', 0, 'conv']);
  assert.deepEqual(yamlPosition(nested, nested.length)?.present, ['filters']);
  const value = 'train:\n  optimizer: {type: adam, beta1: 0.9}\n  schedule: {type: co';
  assert.deepEqual(yamlPosition(value, value.length), { path: ['train', 'schedule', 'type'], slot: 'value', prefix: 'co', from: value.length - 2, present: [] });
  assert.equal(yamlPosition('name: x # a comm', 16), undefined, 'no completion inside a comment');
  assert.equal(yamlPosition('name: "a b', 10), undefined, 'nor inside a quoted string');
});

test('completion offers what the schema allows there, and not what the map already has', () => {
  assert.deepEqual(offered('na'), ['name']);
  assert.deepEqual(offered('layers:\n  - conv: {filters: 6, k'), ['kernel']);
  assert.deepEqual(offered('layers:\n  - fl'), ['flatten'], 'a plain-word layer in a list item');
  assert.deepEqual(offered('layers:\n  - po'), ['pool']);
  assert.deepEqual(offered('defaults:\n  activation: re'), ['relu', 'relu6']);
  assert.deepEqual(offered('train:\n  dataset: '), ['fashion-mnist', 'mnist']);
  assert.deepEqual(offered('train:\n  optimizer: {type: a'), ['adam']);
  assert.deepEqual(offered('layers:\n  - conv: {bias: '), ['true', 'false']);
  assert.deepEqual(offered('train:\n  epochs: 3\n  |\n  lr: 0.1\n')?.includes('epochs'), false);
  assert.deepEqual(offered('train:\n  epochs: 3\n  |\n  lr: 0.1\n')?.includes('lr'), false);
  assert.deepEqual(offered('train:\n  epochs: 3\n  |\n  lr: 0.1\n')?.includes('batch_size'), true);
  assert.deepEqual(offered('layers:\n  - dense: {units: 10}\n  - dense:\n      un'), ['units']);
  assert.deepEqual(offered('nonsense:\n  x'), []);
});

test('completion offers the keys of branches and blocks, inside a block\'s layers too', { timeout: 10_000 }, () => {
  assert.deepEqual(offered('layers:\n  - conv: {filters: 6, fr'), ['from']);
  assert.deepEqual(offered('layers:\n  - ad'), ['add']);
  assert.deepEqual(offered('layers:\n  - conc'), ['concat']);
  assert.deepEqual(offered('layers:\n  - add: {'), ['name', 'from', 'activation']);
  assert.deepEqual(offered('layers:\n  - bl'), ['block']);
  assert.deepEqual(offered('layers:\n  - block: {use: res, '), ['name', 'from', 'repeat']);
  assert.deepEqual(offered('layers:\n  - pool: {size: gl'), ['global']);
  assert.deepEqual(offered('bl'), ['blocks']);
  assert.deepEqual(offered('blocks:\n  res:\n    '), ['params', 'layers']);
  const inBlock = 'blocks:\n  res:\n    params: {filters: null}\n    layers:\n      - conv: {filters: $filters, kernel: 1}\n      - ';
  assert.deepEqual(offered(`${inBlock}ad`), ['add']);
  assert.deepEqual(offered(`${inBlock}bl`), ['block']);
  assert.deepEqual(offered(`${inBlock}concat: {fr`), ['from']);
  assert.deepEqual(offered(`${inBlock}pool:\n          size: gl`), ['global']);
});

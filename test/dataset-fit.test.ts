/**
 * An architecture checks as an architecture: `check` holds a spec to a built-in data set's
 * image shape and class count only when the spec names that data set (`train.dataset`, written
 * in the file or a base it extends). `train` holds every spec to the data set it trains on.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkSpec } from '../src/pipeline.js';
import { memoryReader } from '../src/parser/memory-reader.js';
import { EXIT } from '../src/cli/io.js';
import { runCli } from './helpers/cli.js';

const errors = (text: string, files: Record<string, string> = {}) =>
  checkSpec({ file: 'spec.yaml', text }, { reader: memoryReader(files) }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

const NO_TRAIN = `name: small
input: [24, 24, 1]
layers:
  - conv: {filters: 4, kernel: 3}
  - flatten
  - dense: {units: 7}
`;

describe('check: the data-set fit applies when the spec names its data set', { timeout: 60_000 }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-fit-'));
    fs.writeFileSync(path.join(dir, 'small.yaml'), NO_TRAIN);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no train section: neither the 24×24 input nor the 7 classes is an error', () => {
    assert.deepEqual(errors(NO_TRAIN), []);
    // a train section that names no data set is the same
    assert.deepEqual(errors(`${NO_TRAIN}train: {epochs: 2}\n`), []);
  });

  test('a named data set holds the spec to it, written here or in a base', () => {
    assert.deepEqual(errors(`${NO_TRAIN}train: {dataset: fashion-mnist}\n`), ['INPUT_MISMATCH', 'CLASS_MISMATCH']);
    const base = 'train: {dataset: mnist}\n';
    assert.deepEqual(errors(`extends: base.yaml\n${NO_TRAIN}`, { 'base.yaml': base }), ['INPUT_MISMATCH', 'CLASS_MISMATCH']);
  });

  test('lenetc check exits 0; lenetc train refuses it before loading any data', async () => {
    const checked = await runCli(['check', 'small.yaml'], dir);
    assert.equal(checked.code, EXIT.ok, checked.stderr);
    const trained = await runCli(['train', 'small.yaml', '--data', 'nowhere', '--out', 'run'], dir);
    assert.equal(trained.code, EXIT.invalid, trained.stderr);
    assert.match(trained.stderr, /error\[INPUT_MISMATCH\]/);
    assert.doesNotMatch(trained.stderr, /DATA_NOT_FOUND/);
    assert.equal(fs.existsSync(path.join(dir, 'run')), false);
  });

  test('40 generated architectures with other input sizes and no train section check clean', () => {
    const convArb = fc.record({ filters: fc.integer({ min: 1, max: 8 }), kernel: fc.integer({ min: 1, max: 5 }), stride: fc.integer({ min: 1, max: 2 }), pool: fc.boolean() });
    const archArb = fc.record({
      input: fc.tuple(fc.integer({ min: 6, max: 64 }), fc.integer({ min: 6, max: 64 }), fc.constantFrom(1, 3)),
      convs: fc.array(convArb, { minLength: 1, maxLength: 3 }),
      units: fc.integer({ min: 2, max: 20 }),
    }).filter((a) => a.input.join() !== '28,28,1');
    let checked = 0;
    fc.assert(fc.property(archArb, ({ input, convs, units }) => {
      const layers = convs.flatMap((c) => [
        `  - conv: {filters: ${c.filters}, kernel: ${c.kernel}, stride: ${c.stride}, padding: same, activation: relu}`,
        ...(c.pool ? ['  - pool: {size: 2, padding: same}'] : []),
      ]);
      const text = `name: generated\ninput: [${input.join(', ')}]\nlayers:\n${layers.join('\n')}\n  - flatten\n  - dense: {units: ${units}}\n`;
      assert.deepEqual(errors(text), [], text);
      checked++;
    }), { numRuns: 40 });
    assert.equal(checked, 40);
  });
});

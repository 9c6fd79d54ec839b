/**
 * Fixture runner: each test/fixtures/<case>/ holds spec.yaml (or a generator below), optional
 * extra files for `extends`, an optional overrides.json list, and expected.json with what
 * checkSpec reports. `UPDATE_SNAPSHOTS=1` rewrites expected.json (review the diff).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lineColumn } from '../src/diagnostics.js';
import { checkSpec } from '../src/pipeline.js';
import type { SpecReader } from '../src/parser/types.js';
import { fromRoot } from './helpers/paths.js';

const fixtures = fromRoot('test', 'fixtures');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const lenet = fs.readFileSync(fromRoot('specs', 'lenet5.yaml'), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Inputs too big or too odd to commit: built here, named like the fixture folders they stand for. */
const GENERATED: Record<string, () => string | Uint8Array> = {
  'huge-file': () => new Uint8Array(50 * 1024 * 1024).fill(0x61),
  'binary-nul': () => new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x00, 0xff, 0x13, 0x37]),
  'not-utf8': () => new Uint8Array([...utf8('name: caf'), 0xe9, ...utf8('\ninput: [28, 28, 1]\n')]),
  'alias-bomb': () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    return `${lines.join('\n')}\n`;
  },
  'deep-flow-seq': () => `name: x\ninput: ${'['.repeat(100_000)}\n`,
  'deep-flow-map': () => `name: x\ninput: ${'{a: '.repeat(100_000)}\n`,
  'deep-block-seq': () => `name: x\nlayers:\n  ${'- '.repeat(100_000)}flatten\n`,
  'many-items': () => `${lenet}sweep:\n  train.lr: [${Array(20_000).fill('0.1').join(', ')}]\n`,
};

const reader: SpecReader = {
  resolve: (from, ref) => path.join(path.dirname(from), ref),
  read: (file) => (fs.existsSync(file) ? fs.readFileSync(file) : undefined),
};

// compile the schema once up front, so the per-case time limit measures the case itself
checkSpec({ file: 'warm-up.yaml', text: lenet }, { reader });

for (const name of fs.readdirSync(fixtures).sort()) {
  const dir = path.join(fixtures, name);
  if (!fs.statSync(dir).isDirectory()) continue;
  test(name, () => {
    const specFile = path.join(dir, 'spec.yaml');
    const text = GENERATED[name]?.() ?? fs.readFileSync(specFile);
    const overridesFile = path.join(dir, 'overrides.json');
    const overrides = fs.existsSync(overridesFile) ? (JSON.parse(fs.readFileSync(overridesFile, 'utf8')) as string[]) : undefined;

    const started = performance.now();
    const result = checkSpec({ file: specFile, text }, { reader, overrides });
    const elapsed = performance.now() - started;

    const actual = {
      ok: result.ok,
      diagnostics: result.diagnostics.map((d) => {
        const source = d.file !== undefined ? result.sources.get(d.file) : undefined;
        const at = source !== undefined && d.range ? lineColumn(source, d.range[0]) : undefined;
        const notes = d.notes?.map((n) => {
          const text = n.file !== undefined ? result.sources.get(n.file) : undefined;
          const place = text !== undefined && n.range ? lineColumn(text, n.range[0]) : undefined;
          return { line: place?.line, column: place?.column, file: n.file && path.basename(n.file) };
        });
        return { code: d.code, severity: d.severity, line: at?.line, column: at?.column, file: d.file && path.basename(d.file), notes };
      }),
      // `inputs` only where a layer takes other than the one before it: straight specs read as they did
      layers: result.shapes?.layers.map((l, i, all) => ({
        index: l.index, kind: l.kind, output: l.output, params: l.params, macs: l.macs,
        ...(l.inputs.length === 1 && l.inputs[0] === (all[i - 1]?.name ?? 'input') ? {} : { inputs: l.inputs }),
      })),
      params: result.shapes?.params,
      macs: result.shapes?.macs,
    };
    const expectedFile = path.join(dir, 'expected.json');
    if (update) {
      fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    // JSON round trip: undefined fields drop out as they do in the file
    assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
    assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
  });
}

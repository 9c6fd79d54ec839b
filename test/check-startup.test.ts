/**
 * What keeps `lenetc check` fast to start: the schema's validators are generated at build time
 * (scripts/compile-schema.ts), they report exactly what ajv compiling the schema at run time
 * reports, and `check` loads neither ajv nor TensorFlow.js.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import schema from '../schema/lenetc.schema.json' with { type: 'json' };
import { fromRoot, repoRoot } from './helpers/paths.js';

let generated: Readonly<Record<string, ValidateFunction>>;
let compiled: Map<string, ValidateFunction>;
let origin: string;

before(async () => {
  // like embedTemplates(): regenerate if the schema changed since the last build
  execFileSync(process.execPath, ['--import', 'tsx', fromRoot('scripts', 'compile-schema.ts')], { stdio: 'inherit' });
  ({ VALIDATORS: generated } = await import('../src/parser/schema-validators.generated.js'));
  ({ validatorOrigin: origin } = await import('../src/parser/schema-validators.js'));
  compiled = (await import('../src/parser/schema-compile.js')).compileValidators(schema);
});

test('the parser uses the generated validators once they match the schema', () => {
  assert.equal(origin, 'generated');
  assert.deepEqual(Object.keys(generated).sort(), [...compiled.keys()].sort());
});

/** Every spec the fixtures hold, as data; a spec that is not valid YAML is skipped. */
function fixtureSpecs(): unknown[] {
  const specs: unknown[] = [];
  for (const name of fs.readdirSync(fromRoot('test', 'fixtures')).sort()) {
    const file = fromRoot('test', 'fixtures', name, 'spec.yaml');
    if (!fs.existsSync(file)) continue;
    try {
      specs.push(parse(fs.readFileSync(file, 'utf8'), { maxAliasCount: 100 }));
    } catch {
      // YAML errors never reach the validators
    }
  }
  return specs;
}

/** The values validate.ts hands each validator: whole specs, and each layer's parameters. */
function inputs(pointer: string, spec: unknown): unknown[] {
  const kind = /^\/definitions\/(\w+)$/.exec(pointer)?.[1];
  if (!kind) return [spec];
  const layers = (spec as { layers?: unknown } | null)?.layers;
  return Array.isArray(layers) ? layers.flatMap((l) => (l !== null && typeof l === 'object' && kind in l ? [(l as Record<string, unknown>)[kind]] : [])) : [];
}

test('generated validators report what run-time compiled ones report, down to the subschema objects', () => {
  let errorsSeen = 0;
  for (const spec of fixtureSpecs()) {
    for (const [pointer, validate] of compiled) {
      for (const value of inputs(pointer, spec)) {
        const expected = validate(value) ? [] : [...(validate.errors ?? [])];
        const standalone = generated[pointer]!;
        const actual = standalone(value) ? [] : [...(standalone.errors ?? [])];
        assert.equal(actual.length, expected.length, `#${pointer}`);
        actual.forEach(({ schema: s, parentSchema: parent, ...rest }, i) => {
          const { schema: expectedSchema, parentSchema: expectedParent, ...expectedRest } = expected[i]!;
          assert.deepEqual(rest, expectedRest, `#${pointer} error ${i}`);
          // validate.ts finds a union's pointer from `parentSchema` by identity with the imported schema
          assert.ok(s === expectedSchema && parent === expectedParent, `#${pointer} error ${i}: not the same subschema object`);
        });
        errorsSeen += actual.length;
      }
    }
  }
  assert.ok(errorsSeen > 100, `only ${errorsSeen} errors compared`);
});

test('check loads neither ajv nor TensorFlow.js', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-loads-'));
  try {
    const log = path.join(dir, 'loads.txt');
    // ES module resolutions go through the hook (on the loader thread), require() through _load
    fs.writeFileSync(path.join(dir, 'hooks.mjs'), [
      "import { appendFileSync } from 'node:fs';",
      'export async function resolve(specifier, context, next) {',
      '  const resolved = await next(specifier, context);',
      `  appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');`,
      '  return resolved;',
      '}',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'record.mjs'), [
      "import Module, { register } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      "register('./hooks.mjs', import.meta.url);",
      'const load = Module._load;',
      `Module._load = function (request, parent, isMain) { appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent, isMain) + '\\n'); return load.apply(this, arguments); };`,
    ].join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--import', path.join(dir, 'record.mjs'), fromRoot('src', 'cli', 'bin.ts'), 'check', '--json', 'specs/lenet5.yaml'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal((JSON.parse(out) as { params: number }).params, 61_706);
    const loaded = fs.readFileSync(log, 'utf8').split('\n');
    // the recorder works: it saw the parser and yaml
    assert.ok(loaded.some((url) => url.endsWith('/src/parser/validate.ts')));
    assert.ok(loaded.some((url) => url.includes('/node_modules/yaml/')));
    assert.deepEqual(loaded.filter((url) => /\/node_modules\/(ajv|@tensorflow)\//.test(url)), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

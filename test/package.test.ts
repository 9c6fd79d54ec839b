/**
 * lenetc as a library, as users get it: the packed tarball installed into a fresh folder
 * (offline, from the npm cache `npm ci` filled), imported from plain Node, and a TypeScript
 * file compiled against its declarations with `tsc --strict`. And the compiler entry point
 * bundles for a browser: nothing it reaches imports a Node module.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { fromRoot, repoRoot } from './helpers/paths.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A TypeScript file that uses both entry points' types as a user would. */
const CONSUMER_TS = `import { checkSpec, memoryReader, planModel, type CheckResult, type Diagnostic, type NetModel, type ModelPlan } from 'lenetc';
import { buildModel, checkSpecFile, train, type LoadedDataset, type TrainOptions } from 'lenetc/node';

const result: CheckResult = checkSpec({ file: 'a.yaml', text: 'name: a' }, { reader: memoryReader({}) });
const diagnostics: Diagnostic[] = result.diagnostics;
const model: NetModel | undefined = result.model;
const plan: ModelPlan | undefined = model && result.shapes ? planModel(model, result.shapes) : undefined;
const options: TrainOptions = { runDir: 'runs/x', backend: 'cpu' };
export async function run(data: LoadedDataset): Promise<number> {
  const spec = checkSpecFile('specs/lenet5.yaml');
  if (!spec?.ok || !spec.model) return diagnostics.length;
  const trained = await train(spec, data, options);
  return buildModel(spec.model, 1).countParams() + trained.metrics.length + (plan?.nodes.length ?? 0);
}
`;

/** The same calls with the types broken: the declarations must say so, so they are not `any`. */
const WRONG_TS = `import { checkSpec, memoryReader } from 'lenetc';
import { train } from 'lenetc/node';
const result = checkSpec({ file: 'a.yaml', text: 'name: a' }, { reader: memoryReader({}) });
export const params: string = result.shapes!.params;
export const run = () => train(result, undefined, { runDir: 'runs/x' });
`;

/** Uses the installed package from plain Node: the compiler, then tfjs through lenetc/node. */
const CONSUMER_MJS = `import { checkSpec, memoryReader, emitTypeScript, planModel } from 'lenetc';
import { buildModel, selectBackend } from 'lenetc/node';
const files = { 'specs/base.yaml': 'name: base\\ninput: [28, 28, 1]\\nlayers:\\n  - conv: {filters: 4, kernel: 5, activation: relu}\\n  - pool: {size: 2}\\n  - flatten\\n  - dense: {units: 10}\\n' };
const result = checkSpec({ file: 'specs/net.yaml', text: 'extends: base.yaml\\nname: net\\n' }, { reader: memoryReader(files) });
const plan = planModel(result.model, result.shapes);
await selectBackend('cpu');
const net = buildModel(result.model, 1);
console.log(JSON.stringify({ ok: result.ok, params: result.shapes.params, tfjsParams: net.countParams(), layers: plan.nodes.map((n) => n.op), output: plan.output.kind, emitted: emitTypeScript(result.model, result.shapes, { specFile: 'specs/net.yaml' }).includes('createModel') }));
`;

describe('the packed package', () => {
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(fromRoot('dist', 'src', 'index.d.ts')), 'run `npm run build` first (npm test does)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-package-'));
    const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', dir], repoRoot).trim().split('\n').pop()!;
    // npm ci needs no registry: a lockfile naming lenetc's own locked dependencies, whose
    // tarballs `npm ci` put in the cache (registry metadata, which --offline lacks, is not asked for)
    const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string> };
    const lock = JSON.parse(fs.readFileSync(fromRoot('package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const packages: Record<string, unknown> = {
      '': { name: 'consumer', dependencies: { lenetc: `file:${tarball}` } },
      'node_modules/lenetc': { version: pkg.version, resolved: `file:${tarball}`, dependencies: pkg.dependencies, bin: pkg.bin },
    };
    for (const [key, entry] of Object.entries(lock.packages)) if (key !== '' && !entry.dev) packages[key] = entry;
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { lenetc: `file:${tarball}` } }));
    fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
    npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports from plain Node: lenetc checks, plans and emits, lenetc/node builds the tfjs model', () => {
    fs.writeFileSync(path.join(dir, 'consumer.mjs'), CONSUMER_MJS);
    const out = JSON.parse(execFileSync(process.execPath, ['consumer.mjs'], { cwd: dir, encoding: 'utf8' })) as Record<string, unknown>;
    assert.deepEqual(out, { ok: true, params: 5874, tfjsParams: 5874, layers: ['conv', 'pool', 'flatten', 'dense'], output: 'logits', emitted: true });
  });

  it('the installed lenetc binary runs', () => {
    const out = execFileSync(path.join(dir, 'node_modules', '.bin', 'lenetc'), ['check', '--json', path.join(dir, 'node_modules', 'lenetc', 'specs', 'lenet5.yaml')], { encoding: 'utf8' });
    assert.equal((JSON.parse(out) as { params: number }).params, 61_706);
  });

  it('a TypeScript file compiles against its declarations with tsc --strict, and wrong types do not', () => {
    fs.writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER_TS);
    fs.writeFileSync(path.join(dir, 'wrong.ts'), WRONG_TS);
    // tfjs's own declarations do not pass --strict (so lenetc compiles with skipLibCheck); every other file must
    const tsc = spawnSync(process.execPath, [fromRoot('node_modules', 'typescript', 'bin', 'tsc'), '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'consumer.ts', 'wrong.ts'], { cwd: dir, encoding: 'utf8' });
    const errors = tsc.stdout.split('\n').filter((l) => /error TS\d+/.test(l) && !l.startsWith('node_modules/@tensorflow/'));
    assert.deepEqual(errors.map((l) => l.replace(/\(.*$/, '')), ['wrong.ts', 'wrong.ts'], tsc.stdout);
    assert.match(errors[0]!, /^wrong\.ts\(4,14\): error TS2322: Type 'number' is not assignable to type 'string'/);
    assert.match(errors[1]!, /^wrong\.ts\(5,40\): error TS2345/);
  });
});

describe('the compiler entry point', () => {
  it('bundles for a browser: nothing it reaches imports a Node module', async () => {
    const result = await build({ entryPoints: [fromRoot('src', 'index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true, absWorkingDir: repoRoot });
    const ours = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/'));
    // the whole compiler is in it: parser, shapes, plan, codegen, ONNX
    for (const stage of ['src/parser/index.ts', 'src/shape-inference/index.ts', 'src/plan/index.ts', 'src/codegen/typescript.ts', 'src/codegen/onnx/index.ts']) assert.ok(ours.includes(stage), stage);
    // nothing of the Node-only folders (test/layout.test.ts holds every browser-safe file to the same rule)
    assert.deepEqual(ours.filter((f) => /^src\/(node|jobs|server|cli)\//.test(f)), []);
  });

  it('would not bundle if a module it reaches imported node:fs', async () => {
    // the check above is only as good as esbuild's refusal: prove it refuses
    const probe = fromRoot('src', `.browser-probe-${process.pid}.ts`);
    fs.writeFileSync(probe, "import { readFileSync } from 'node:fs';\nexport * from './index.js';\nexport const read = readFileSync;\n");
    try {
      await assert.rejects(build({ entryPoints: [probe], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' }), /node:fs/);
    } finally {
      fs.rmSync(probe);
    }
  });
});

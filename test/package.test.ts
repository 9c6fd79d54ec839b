/**
 * lenetc as a library, as users get it: the packed tarball installed into a fresh folder (its
 * files unpacked, its declared dependencies linked), imported from plain Node, and a TypeScript
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
    // the tarball unpacked where npm installs it, its bins linked and made executable as npm does;
    // its declared dependencies linked to this checkout's installed copies (npm ci of those, 300 MB,
    // cost 17 core-seconds), and nothing else: an import of an undeclared package fails here
    const installed = path.join(dir, 'node_modules', 'lenetc');
    fs.mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', installed, '--strip-components=1']);
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; bin: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) {
      const link = path.join(dir, 'node_modules', dep);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(fromRoot('node_modules', dep), link, 'dir');
    }
    fs.mkdirSync(path.join(dir, 'node_modules', '.bin'));
    for (const [name, file] of Object.entries(pkg.bin)) {
      fs.chmodSync(path.join(installed, file), 0o755);
      fs.symlinkSync(path.join('..', 'lenetc', file), path.join(dir, 'node_modules', '.bin', name));
    }
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { lenetc: `file:${tarball}` } }));
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
    // (tsc names a linked dependency's files by their real path, in this checkout's node_modules)
    const errors = tsc.stdout.split('\n').filter((l) => /error TS\d+/.test(l) && !/^(\.\.\/)*[^(]*node_modules\/@tensorflow\//.test(l));
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

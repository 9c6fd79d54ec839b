/**
 * Emitted TypeScript against an independent oracle: every shipped spec and a grid of generated
 * LeNet-style models are emitted, compiled together by one strict tsc run, imported, and their
 * createModel() compared layer by layer with what check reports (shapes, params) and with what
 * the runtime builds (the same initial weights). emit --json is loaded back with modelFromJSON.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { cli } from '../src/cli/index.js';
import type { CliIO } from '../src/cli/io.js';
import { nodeSpecReader, readBytes } from '../src/node/reader.js';
import { hasErrors } from '../src/diagnostics.js';
import { INITIALIZERS, type Activation, type Layer, type NetModel } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import { buildModel } from '../src/tfjs/build.js';
import { inferShapes } from '../src/shape-inference/index.js';
import type { ShapeReport } from '../src/shape-inference/types.js';
import { embedTemplates } from './helpers/embed.js';
import { fromRoot, repoRoot } from './helpers/paths.js';

interface Case {
  label: string;
  /** The spec file, for shipped specs (emit --json goes through the CLI for these). */
  spec?: string;
  model: NetModel;
  shapes: ShapeReport;
}

const GENERATED = 20;

let tmp: string;
let emitTypeScript: typeof import('../src/codegen/typescript.js').emitTypeScript;

before(async () => {
  embedTemplates();
  // imported only after the templates are embedded: codegen reads the generated module
  ({ emitTypeScript } = await import('../src/codegen/typescript.js'));
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  // inside the repository, so the compiled modules resolve @tensorflow/tfjs from node_modules
  tmp = fs.mkdtempSync(fromRoot('.tmp', 'emit-'));
});

after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function shippedCases(): Case[] {
  const files = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort();
  return files.map((f) => {
    const spec = `specs/${f}`;
    const result = checkSpec({ file: spec, text: readBytes(fromRoot(spec))! }, { reader: nodeSpecReader(repoRoot) });
    assert.ok(result.ok && result.model && result.shapes, `${spec} does not check: ${JSON.stringify(result.diagnostics)}`);
    return { label: spec, spec, model: result.model, shapes: result.shapes };
  });
}

/** mulberry32: a tiny seeded PRNG, so the generated grid is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTS: Activation[] = ['none', 'relu', 'sigmoid', 'tanh', 'elu', 'relu6', 'softplus', 'swish', 'hard_sigmoid'];

/** A LeNet-style model: conv blocks (with optional batchnorm, activation, pooling), flatten, dense head. */
function randomModel(rand: () => number, n: number): NetModel {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const layers: Layer[] = [];
  const counts = new Map<string, number>();
  const add = (layer: Record<string, unknown> & { kind: Layer['kind'] }) => {
    const count = (counts.get(layer.kind) ?? 0) + 1;
    counts.set(layer.kind, count);
    const index = layers.length;
    layers.push({ ...layer, index, name: `${layer.kind}${count}`, path: ['layers', index], inputs: [layers[index - 1]?.name ?? 'input'] } as unknown as Layer);
  };
  const side = int(8, 32);
  const input = [side, chance(0.5) ? side : int(8, 32), pick([1, 3])] as const;
  // orthogonal runs a QR decomposition on the CPU: keep it to small weights
  const convInits = INITIALIZERS.filter((i) => i !== 'orthogonal');
  for (let b = int(1, 3); b > 0; b--) {
    const padding = pick(['same', 'valid', 'explicit'] as const);
    add({
      kind: 'conv', filters: int(1, 8), kernel: [int(1, 5), int(1, 5)], stride: [int(1, 2), int(1, 2)],
      padding: padding === 'explicit' ? { top: int(0, 2), bottom: int(0, 2), left: int(0, 2), right: int(0, 2) } : padding,
      activation: pick(ACTS), init: pick(convInits), bias: chance(0.8),
    });
    if (chance(0.25)) add({ kind: 'batchnorm', momentum: pick([0.9, 0.99]), epsilon: pick([1e-3, 1e-5]) });
    if (chance(0.2)) add({ kind: 'activation', activation: pick(ACTS) });
    if (chance(0.7)) {
      const size = [int(1, 3), int(1, 3)] as const;
      add({ kind: 'pool', type: pick(['avg', 'max'] as const), size, stride: chance(0.7) ? size : [int(1, 3), int(1, 3)], padding: pick(['same', 'valid'] as const) });
    }
  }
  add({ kind: 'flatten' });
  if (chance(0.3)) add({ kind: 'dropout', rate: pick([0.1, 0.5]) });
  const hidden = chance(0.6);
  if (hidden) add({ kind: 'dense', units: int(4, 64), activation: pick(ACTS), init: pick(convInits), bias: chance(0.8) });
  add({ kind: 'dense', units: 10, activation: pick(['none', 'softmax'] as const), init: pick(hidden ? INITIALIZERS : convInits), bias: true });
  return {
    name: `gen-${n}`,
    input,
    layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 32, lr: 0.01, weight_decay: 0, seed: n,
      optimizer: pick([{ type: 'sgd' }, { type: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }] as const),
      schedule: { type: 'constant' }, augment: { flip: false, shift: 0 },
    },
  };
}

/** GENERATED models whose shapes check clean (a draw with a shape error is skipped). */
function generatedCases(): Case[] {
  const rand = prng(20240607);
  const cases: Case[] = [];
  for (let n = 0; cases.length < GENERATED; n++) {
    assert.ok(n < 2000, 'the generator rarely makes valid models');
    const model = randomModel(rand, n);
    const shapes = inferShapes(model);
    if (!hasErrors(shapes.diagnostics)) cases.push({ label: `${model.name} ${shapesTrace(shapes)}`, model, shapes });
  }
  return cases;
}

function shapesTrace(shapes: ShapeReport): string {
  return shapes.layers.map((l) => `${l.kind} ${l.output.join('×')}`).join(' → ');
}

/** Compiles every emitted module with one strict tsc run and returns the compiled paths. */
function compileAll(cases: Case[]): string[] {
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ type: 'module' }));
  const sources = cases.map((c, i) => {
    const file = path.join(tmp, `model${i}.ts`);
    fs.writeFileSync(file, emitTypeScript(c.model, c.shapes, { specFile: c.spec ?? `${c.model.name}.yaml`, seed: c.model.train.seed }));
    return file;
  });
  const tsc = fromRoot('node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [
      tsc, '--strict', '--noEmit', 'false', '--noUnusedLocals', '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
      '--target', 'ES2022', '--skipLibCheck', '--types', 'node', '--rootDir', tmp, '--outDir', path.join(tmp, 'out'), ...sources,
    ], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    assert.fail(`emitted TypeScript does not compile:\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
  return sources.map((_, i) => path.join(tmp, 'out', `model${i}.js`));
}

function trainableCount(model: tf.LayersModel): number {
  return model.trainableWeights.reduce((sum, w) => sum + w.read().size, 0);
}

test('emitted TypeScript compiles strictly and builds the model check describes, with the runtime\'s weights', async () => {
  const cases = [...shippedCases(), ...generatedCases()];
  const compiled = compileAll(cases);
  for (const [i, c] of cases.entries()) {
    const mod = (await import(pathToFileURL(compiled[i]!).href)) as { createModel(): tf.Sequential; training: Record<string, unknown> };
    const emitted = mod.createModel();
    for (const report of c.shapes.layers) {
      const layer = emitted.getLayer(report.name);
      const shape = layer.outputShape as (number | null)[];
      assert.deepEqual(shape.slice(1), [...report.output], `${c.label}: ${report.name} shape`);
      assert.equal(layer.countParams(), report.params, `${c.label}: ${report.name} params`);
    }
    assert.equal(emitted.countParams(), c.shapes.params, `${c.label}: total params`);
    assert.equal(trainableCount(emitted), c.shapes.trainableParams, `${c.label}: trainable params`);
    assert.equal(mod.training.batchSize, c.model.train.batch_size);

    // the plan is shared, so the runtime's model has the same layers and the same initial weights
    const runtime = buildModel(c.model, c.model.train.seed);
    assert.deepEqual(emitted.layers.map((l) => l.name), runtime.layers.map((l) => l.name), c.label);
    const a = emitted.getWeights();
    const b = runtime.getWeights();
    assert.equal(a.length, b.length);
    for (const [k, w] of a.entries()) {
      assert.deepEqual(w.shape, b[k]!.shape);
      assert.ok(tf.tidy(() => tf.all(tf.equal(w, b[k]!)).dataSync()[0] === 1), `${c.label}: weight ${k} differs from the runtime's`);
    }

    // emit --json's topology round-trips through tf.models.modelFromJSON
    const loaded = await tf.models.modelFromJSON(JSON.parse(JSON.stringify(runtime.toJSON(undefined, false))));
    assert.equal(loaded.countParams(), c.shapes.params, `${c.label}: modelFromJSON params`);
    for (const m of [emitted, runtime, loaded]) m.dispose();
  }
});

test('emit --json through the CLI loads with tf.models.modelFromJSON', async () => {
  for (const c of shippedCases()) {
    let stdout = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: () => {}, isTTY: false, cwd: repoRoot, env: {} };
    assert.equal(await cli(['emit', '--json', c.spec!], io), 0);
    const model = await tf.models.modelFromJSON(JSON.parse(stdout));
    assert.equal(model.countParams(), c.shapes.params, c.label);
    assert.deepEqual(model.outputs[0]!.shape.slice(1), [...c.shapes.layers.at(-1)!.output]);
    model.dispose();
  }
});

/**
 * The WGSL codegen stage without a GPU: every shipped spec and generated lines and graphs
 * compile, the generated text holds what the program promises (every name it uses declared, no
 * trivial arithmetic, a gradient written once and completed once per op), the layout's limits,
 * Philox's known answers, the step record's one field table, and the committed snapshots of
 * `lenetc emit --wgsl` (test/snapshots/wgsl/<spec>.wgsl; `UPDATE_SNAPSHOTS=1` rewrites them).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  compileTraining, DEFAULT_MAX_BINDING_BYTES, GPU_ACCUMULATORS, philox, programText, STEP_BYTES, STEP_FIELDS, SOFTWARE_ACCUMULATORS, writeStepRecord, type TrainingProgram,
} from '../src/codegen/wgsl/index.js';
import { wgslLineComment as comment } from '../src/codegen/escape.js';
import { cli } from '../src/cli/index.js';
import type { CliIO } from '../src/cli/io.js';
import type { NetModel } from '../src/model.js';
import { planModel } from '../src/plan/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { conv, dense, graphArbitrary, graphModel, graphOf } from './helpers/train-graphs.js';
import { fromRoot, repoRoot } from './helpers/paths.js';
import { shipped } from './helpers/shipped.js';
import { specArbitrary, toModel } from './helpers/specs.js';

const update = process.env.UPDATE_SNAPSHOTS === '1';
const SNAPSHOTS = fromRoot('test', 'snapshots', 'wgsl');
const SPECS = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort();


/** `model`'s program at the default limits (or `batch`), asserting it compiles. */
function compile(model: NetModel, options: { batch?: number; fuse?: boolean; accumulators?: number } = {}): TrainingProgram {
  const result = compileTraining(model, planModel(model, inferShapes(model)), { maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, classes: 10, ...options });
  assert.ok(result.program, JSON.stringify(result.diagnostics.map((d) => d.code)));
  return result.program;
}

/** WGSL without its comments. */
function code(text: string): string {
  return text.replace(/\/\/.*$/gm, '');
}

/** What every compiled program must hold, whatever the network; returns the first broken promise. */
function problems(program: TrainingProgram): string[] {
  const found: string[] = [];
  for (const k of program.kernels) {
    const body = code(k.code);
    // every upper-case name is a constant the kernel declares (a missing one fails only on a GPU)
    const declared = new Set([...body.matchAll(/\bconst ([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1]));
    for (const [name] of body.matchAll(/\b[A-Z][A-Z0-9_]+\b/g)) if (!declared.has(name)) found.push(`${k.name}: ${name} is not declared`);
    // arithmetic a reader should never see: x / 1, x * 1, x + 0, x % 1, a loop of one
    for (const pattern of [/[/%] 1u?\b(?![.\d])/, /\* 1u?\b(?![.\d])/, /(?<![\w.])1u? \*/, /[+-] 0u?\b(?![.\d])/, /< 1u?;/, /(?<!\w)\(\d+u?\)/]) {
      const hit = body.split('\n').find((l) => pattern.test(l));
      if (hit) found.push(`${k.name}: ${pattern} in \`${hit.trim()}\``);
    }
    // a `let` of a bare integer is an i32, where an index (a u32) is meant: WGSL refuses the sum
    const bare = body.split('\n').find((l) => /\blet \w+ = -?\d+;/.test(l));
    if (bare) found.push(`${k.name}: an i32 literal bound as an index in \`${bare.trim()}\``);
    const storage = k.bindings.filter((b) => b.access !== 'uniform').length;
    if (storage > 8) found.push(`${k.name}: ${storage} storage buffers, more than every adapter allows (8)`);
  }
  // every gradient is started once and completed (its activation derivative applied) once
  const joins = new Map<string, string[]>();
  for (const input of [program.graph.output, ...program.graph.ops.flatMap((op) => op.inputs)]) {
    if (input.join) joins.set(input.from.layer + input.from.kind, [...(joins.get(input.from.layer + input.from.kind) ?? []), input.join]);
  }
  for (const [op, list] of joins) {
    const starts = list.filter((j) => j === 'first' || j === 'only').length;
    const ends = list.filter((j) => j === 'last' || j === 'only').length;
    if (starts !== 1 || ends !== 1) found.push(`${op}'s gradient joins ${list.join(', ')}`);
  }
  return found;
}

describe('the WGSL training program, compiled without a GPU', () => {
  it('Philox4x32-10 gives Random123\'s known answers', { timeout: 5_000 }, () => {
    assert.deepEqual(philox([0, 0, 0, 0], [0, 0]), [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
    assert.deepEqual(philox([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff]), [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]);
    assert.deepEqual(philox([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]), [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]);
  });

  for (const spec of SPECS) {
    it(`${spec}: compiles, fused and kernel by kernel, and its program is the committed snapshot`, { timeout: 30_000 }, () => {
      const model = shipped(spec);
      for (const fuse of [true, false]) assert.deepEqual(problems(compile(model, { fuse })), []);
      const text = emitted(model);
      const file = path.join(SNAPSHOTS, spec.replace(/\.yaml$/, '.wgsl'));
      if (update) {
        fs.mkdirSync(SNAPSHOTS, { recursive: true });
        fs.writeFileSync(file, text);
      }
      assert.ok(fs.existsSync(file), `${file} is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
      // compared line by line, so a failure names the first line that changed
      const expected = fs.readFileSync(file, 'utf8').split('\n');
      const actual = text.split('\n');
      const first = actual.findIndex((line, i) => line !== expected[i]);
      assert.ok(first === -1 && actual.length === expected.length, `${spec}: the program changed at line ${first + 1}: \`${actual[first]}\` (was \`${expected[first]}\`); if that is meant, run with UPDATE_SNAPSHOTS=1 and review the diff`);
    });
  }

  it('generated lines and graphs compile, and hold every promise', { timeout: 60_000 }, () => {
    // a GPU's program and a software adapter's (more running sums per work item)
    const accumulators = fc.constantFrom(GPU_ACCUMULATORS, SOFTWARE_ACCUMULATORS);
    fc.assert(fc.property(specArbitrary({ maxSide: 16, maxBlocks: 3 }), fc.integer({ min: 1, max: 64 }), accumulators, (spec, batch, sums) => {
      assert.deepEqual(problems(compile(toModel(spec), { batch, accumulators: sums })), []);
    }), { numRuns: 60, seed: 1204 });
    fc.assert(fc.property(graphArbitrary(), fc.integer({ min: 1, max: 64 }), fc.boolean(), accumulators, (spec, batch, fuse, sums) => {
      assert.deepEqual(problems(compile(graphModel(spec), { batch, fuse, accumulators: sums })), []);
    }), { numRuns: 60, seed: 1205 });
  });

  it('a gradient several layers read is written by the one the backward pass reaches first and finished by the last', { timeout: 5_000 }, () => {
    // l0 (relu) is read by l1 and l2; the backward pass reaches l2 first
    const model = graphOf([6, 6, 1], [
      conv(2, 3, 'relu'), conv(2, 3, 'none'), { ...conv(2, 1, 'none'), from: ['l0'] }, { kind: 'add', activation: 'none', from: ['l1', 'l2'] },
      { kind: 'flatten' }, dense(10, 'none'),
    ]);
    const program = compile(model);
    const joins = program.graph.ops.flatMap((op) => op.inputs.filter((i) => i.from.layer === 'l0').map((i) => [op.layer, i.join]));
    assert.deepEqual(joins, [['l1', 'last'], ['l2', 'first']]);
    const train = program.kernels.find((k) => k.name === program.train[0])!.code;
    // l2 writes l0's gradient, l1 adds to it and applies relu's derivative
    assert.ok(train.indexOf('l2.input-gradient') < train.indexOf('l1.input-gradient'));
    assert.match(train, /a0\[L0_DZ \+ [^\]]+\] = \(a0\[L0_DZ \+ [^\]]+\] \+ acc0_0\) \* dact_relu\(a0\[L0_Z/);
  });

  it('a layer the output does not depend on is left out, with its weights', { timeout: 5_000 }, () => {
    const model = graphOf([6, 6, 1], [
      conv(2, 3, 'relu'), { ...conv(3, 3, 'relu'), from: ['input'] }, { kind: 'flatten', from: ['l0'] },
      dense(10, 'none'),
    ]);
    const program = compile(model);
    assert.deepEqual(program.graph.ops.map((op) => op.layer), ['input', 'l0', 'l3']);
    assert.deepEqual(program.graph.params.map((p) => p.name), ['l0/kernel', 'l0/bias', 'l3/kernel', 'l3/bias']);
  });

  it('an activation layer folds into the op before it only when nothing else reads that op', { timeout: 5_000 }, () => {
    const alone = compile(graphOf([6, 6, 1], [conv(2, 3, 'none'), { kind: 'activation', activation: 'tanh' }, { kind: 'flatten' }, dense(10, 'none')]));
    assert.deepEqual(alone.graph.ops.map((op) => [op.kind, op.act]), [['input', 'linear'], ['conv', 'tanh'], ['dense', 'linear']]);
    const shared = compile(graphOf([6, 6, 1], [
      conv(2, 3, 'none'), { kind: 'activation', activation: 'tanh' }, { kind: 'add', activation: 'none', from: ['l1', 'l0'] },
      { kind: 'flatten' }, dense(10, 'none'),
    ]));
    assert.deepEqual(shared.graph.ops.map((op) => [op.kind, op.act]), [['input', 'linear'], ['conv', 'linear'], ['act', 'tanh'], ['add', 'linear'], ['dense', 'linear']]);
  });

  it('a batch that does not fit the GPU\'s largest buffer is a diagnostic at train.batch_size, not a crash', { timeout: 5_000 }, () => {
    const model = shipped('best.yaml');
    const result = compileTraining(model, planModel(model, inferShapes(model)), { maxBindingBytes: 1 << 20, classes: 10 });
    assert.equal(result.program, undefined);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.path]), [['GPU_BUFFER_TOO_LARGE', ['train', 'batch_size']]]);
  });

  it('kernels bind no more storage buffers than the device allows: fused kernels end early, and one that alone needs more is a diagnostic', { timeout: 10_000 }, () => {
    const model = shipped('densenet.yaml');
    const plan = planModel(model, inferShapes(model));
    const storage = (k: { bindings: readonly { access: string }[] }) => k.bindings.filter((b) => b.access !== 'uniform').length;
    const at = (maxStorageBuffers: number) => compileTraining(model, plan, { maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, classes: 10, maxStorageBuffers });
    const roomy = at(64).program!;
    const tight = at(8).program!;
    // densenet's activations span 7 arenas: with room, evaluation is one kernel; at 8 it is cut
    assert.ok(roomy.graph.arenas.length >= 7 && Math.max(...roomy.kernels.map(storage)) > 8);
    assert.ok(tight.evaluate.length > roomy.evaluate.length, `${tight.evaluate.length} evaluation kernels at 8, ${roomy.evaluate.length} at 64`);
    assert.ok(Math.max(...tight.kernels.map(storage)) <= 8);
    const refused = at(3);
    assert.equal(refused.program, undefined);
    assert.deepEqual(refused.diagnostics.map((d) => [d.code, d.path]), [['GPU_TOO_MANY_BUFFERS', ['train', 'batch_size']]]);
    // params read as vec4s is a binding of its own: lenet5 at 4096 (four arenas) fits 8 only when fusing counts it
    const big = compile(shipped('lenet5.yaml'), { batch: 4096 });
    assert.ok(big.graph.arenas.length >= 4 && big.kernels.some((k) => k.bindings.some((b) => b.view === 'vec4')));
    assert.ok(Math.max(...big.kernels.map(storage)) <= 8);
  });

  it('the step record is one field table: the struct every kernel declares and the bytes the engine writes', { timeout: 5_000 }, () => {
    const kernel = compile(shipped('lenet5.yaml')).kernels[0]!.code;
    const struct = /struct Step \{([\s\S]*?)\n\}/.exec(kernel)![1]!;
    assert.deepEqual([...struct.matchAll(/^\s+(\w+): (u32|f32),/gm)].map((m) => [m[1], m[2]]), STEP_FIELDS.map((f) => [f.name, f.type]));
    const buffer = new ArrayBuffer(16 + STEP_BYTES);
    const record = { n: 7, row: 896, slot: 3, gstep: 0xfffffffe, lr: 0.1, c1: 0.5, c2: 1, seed: -1 };
    writeStepRecord(buffer, 16, record);
    const view = new DataView(buffer, 16);
    STEP_FIELDS.forEach((f, i) => {
      const value = f.type === 'u32' ? view.getUint32(i * 4, true) : view.getFloat32(i * 4, true);
      assert.equal(value, f.type === 'u32' ? record[f.name] >>> 0 : Math.fround(record[f.name]), f.name);
    });
  });

  it('lenetc emit --wgsl prints the snapshot\'s program; a batch too large for every adapter is a located error', { timeout: 60_000 }, async () => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTTY: false, cwd: repoRoot, env: {} };
    assert.equal(await cli(['emit', '--wgsl', 'specs/lenet5.yaml'], io), 0, stderr);
    assert.equal(stdout, fs.readFileSync(path.join(SNAPSHOTS, 'lenet5.wgsl'), 'utf8'));
    stdout = '';
    assert.equal(await cli(['emit', '--wgsl', 'specs/best.yaml', '--set', 'train.batch_size=20000'], io), 1);
    assert.equal(stdout, '');
    assert.match(stderr, /:\d+:\d+: error\[GPU_BUFFER_TOO_LARGE\]/);
  });

  it('spec text in the program\'s comments cannot end a comment or a line', { timeout: 5_000 }, () => {
    for (const breaker of ['\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '*/', '/*']) {
      assert.ok(!/[\n\r\u000b\u000c\u0085\u2028\u2029]|\*\/|\/\*/.test(comment(`a${breaker}b`)), JSON.stringify(breaker));
    }
    const model = { ...shipped('lenet5.yaml'), name: 'evil */ name', description: 'line one\u2028fn main() {}\n*/ @compute' };
    const text = emitted(model);
    const header = text.slice(0, text.indexOf('\n\n'));
    for (const line of header.split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/)) assert.match(line, /^\/\//);
    assert.ok(!text.includes('*/'));
  });
});

/** `emit --wgsl`'s text for `model`, at the default limits. */
function emitted(model: NetModel): string {
  return programText(compile(model), { name: model.name, description: model.description, maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, limitSource: 'WebGPU\'s default maxStorageBufferBindingSize, which every adapter allows' });
}

/**
 * What each dispatch of a training program asks of a GPU (src/codegen/wgsl/cost.ts) and the
 * estimate `bench:engine --explain` makes of it (bench/explain.ts): counted from the graph, they
 * must agree with what check says of the same spec. No adapter needed.
 */
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileTraining, DEFAULT_MAX_BINDING_BYTES, type TrainingProgram } from '../src/codegen/wgsl/index.js';
import { programCost, type DispatchCost } from '../src/codegen/wgsl/cost.js';
import type { NetModel } from '../src/model.js';
import { planModel } from '../src/plan/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { estimateSeconds, explain, GPUS } from '../bench/explain.js';
import { compiled, fromRoot } from './helpers/paths.js';
import { shipped } from './helpers/shipped.js';


function compile(model: NetModel, batch: number, fuse = true): TrainingProgram {
  const result = compileTraining(model, planModel(model, inferShapes(model)), { maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, classes: 10, batch, fuse });
  assert.ok(result.program);
  return result.program;
}

describe('the cost of a training step', { timeout: 60_000 }, () => {
  for (const name of ['lenet5.yaml', 'best.yaml', 'resnet-small.yaml', 'googlenet.yaml']) {
    it(`${name}: conv and dense forward FLOPs are twice check's MACs per example, the weight gradients as many again`, () => {
      const model = shipped(name);
      const macs = inferShapes(model).macs;
      for (const fuse of [true, false]) {
        const program = compile(model, 64, fuse);
        const weighted = new Set(program.graph.ops.filter((op) => op.kind === 'conv' || op.kind === 'dense').map((op) => `${op.layer}.forward`));
        const cost = programCost(program);
        assert.deepEqual(cost.map((d) => d.kernel), program.train, 'a row per dispatch, in order');
        const forward = cost.flatMap((d) => d.phases).filter((p) => weighted.has(p.name)).reduce((sum, p) => sum + p.flops, 0);
        assert.equal(forward, 2 * macs, `${name} fused=${fuse}`);
        const grads = cost.find((d) => d.kernel === 'weight-gradients')!;
        // plus one add a bias element
        assert.ok(grads.flops >= 2 * 64 * macs && grads.flops < 2 * 64 * macs * 1.1, `weight gradients ${grads.flops}, forward ${2 * 64 * macs}`);
        // an example kernel's cost is its phases' per example times the batch
        for (const d of cost.filter((c) => c.phases.length)) assert.equal(d.flops, 64 * d.phases.reduce((s, p) => s + p.flops, 0));
      }
    });
  }

  it('lenet5 at batch 2048: the partial sums read every group once, and the update adds one sum per run of about √groups', () => {
    const program = compile(shipped('lenet5.yaml'), 2048, true);
    const conv1 = program.graph.ops.find((op) => op.layer === 'conv1')!;
    assert.ok(conv1.kind === 'conv');
    const { groups, chunk } = conv1.grads;
    assert.equal(groups, 2048);
    assert.equal(chunk, 46);
    const cost = programCost(program);
    const sums = cost.find((d) => d.kernel === 'partial-sums')!;
    const update = cost.find((d) => d.kernel === 'update')!;
    const layers = program.graph.ops.flatMap((op) => (op.kind === 'conv' || op.kind === 'dense' ? [op] : []));
    const weights = (op: (typeof layers)[number]) => op.kernel.size + (op.bias?.size ?? 0);
    assert.equal(sums.flops, layers.filter((op) => op.grads.chunk > 1).reduce((n, op) => n + op.grads.groups * weights(op), 0));
    const added = layers.reduce((n, op) => n + Math.ceil(op.grads.groups / op.grads.chunk) * weights(op), 0);
    const every = layers.reduce((n, op) => n + op.grads.groups * weights(op), 0);
    assert.ok(added < every / 5, `the update adds ${added} of ${every} partial sums`);
    assert.ok(update.flops >= added);
    // the update's loop steps over the runs' firsts
    assert.match(program.kernels.find((k) => k.name === 'update')!.code, /for \(var k = 0u; k < 2048u; k \+= 46u\)/);
  });

  it('the estimate: a phase on few threads takes longer than the same work on many, and memory bounds a thin dispatch', () => {
    const gpu = GPUS.h200!;
    const phase = (items: number) => ({ name: 'x.forward', items, flops: 1e6, bytes: 0, weightBytes: 0 });
    const kernel = (items: number): DispatchCost => ({ kernel: 'k', workgroups: 128, threads: 256, flops: 128e6, bytes: 0, barriers: 1, phases: [phase(items)] });
    assert.ok(estimateSeconds(kernel(10), gpu) > 5 * estimateSeconds(kernel(256), gpu));
    const copy: DispatchCost = { kernel: 'copy', workgroups: 1000, threads: 64, flops: 0, bytes: 4.8e12, barriers: 0, phases: [] };
    assert.ok(Math.abs(estimateSeconds(copy, gpu) - 1) < 1e-3, 'bytes over bandwidth');
  });

  it('explain: lenet5 at batch 128 has a row per dispatch and a step estimate that is their sum', () => {
    const e = explain('specs/lenet5.yaml', 128, GPUS.h200!);
    // conv1's 128 groups (one example each) are summed in two levels: partial-sums, then the update
    assert.deepEqual(e.dispatches.map((d) => d.kernel.split(':')[0]), ['train 1', 'weight-gradients', 'partial-sums', 'update']);
    assert.ok(Math.abs(e.step_us - e.dispatches.reduce((s, d) => s + d.estimate_us, 0)) < 1e-9);
    assert.ok(e.images_per_s > 0 && Number.isFinite(e.images_per_s));
  });
});

describe('bench:engine\'s command line', () => {
  // compiled under npm test (dist/bench, beside this file's dist/test), else the source through tsx
  const entry = compiled ? [fromRoot('dist', 'bench', 'run-engine.js')] : ['--import', 'tsx', fromRoot('bench', 'run-engine.ts')];
  const bench = (...args: string[]) => spawnSync(process.execPath, [...entry, ...args], { cwd: fromRoot(), encoding: 'utf8' });

  it('--help prints the flags; an unknown flag is one line and the flags, exit 2, no stack', { timeout: 60_000 }, () => {
    const help = bench('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^usage: bench-engine .*--spec FILE.*\n(.*\n)*\s+bench-engine --explain /);
    const bad = bench('--bogus');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^bench-engine: Unknown option '--bogus'\nusage: bench-engine /m);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});

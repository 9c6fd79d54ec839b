/**
 * The compiled CPU program with fused multiply-adds (relaxed SIMD's f32x4.relaxed_madd), which it
 * uses where the host validates relaxed SIMD: Chromium, Node from 22. This file turns relaxed SIMD
 * on in Node 20's V8 before any module is compiled (the flag is process-wide, worker threads
 * included), so the fused program trains here as it does in a browser tab: each of 50 steps as the
 * wasm trainer takes it from the same weights, and on two threads the same floats as on one.
 */
import v8 from 'node:v8';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileCpuTraining } from '../src/codegen/wasm/index.js';
import { cpuTrainer, cpuTrainerOn, hostHasRelaxedSimd } from '../src/cpu/trainer.js';
import { nodeCpuThreads } from '../src/node/cpu-threads.js';
import { selectBackend } from '../src/node/backend.js';
import { loadDataset } from '../src/node/data/index.js';
import { planModel } from '../src/plan/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import type { ImageSplit } from '../src/train/data/split.js';
import { assertStepsAsWasm, drawSteps, losses } from './helpers/follows.js';
import { shipped } from './helpers/shipped.js';

/** What the host said before the flag: V8 ships relaxed SIMD from 11.4 (Chromium 114, Node 22); Node 20's 11.3 has it behind the flag. */
const withoutFlag = hostHasRelaxedSimd();
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

const FASHION = '/usr/share/datasets/fashion-mnist';
const STEPS = 50;
const BATCH = 32;

describe('the compiled CPU program, its multiply-adds fused', { timeout: 300_000 }, () => {
  let train: ImageSplit;

  before(async () => {
    await selectBackend('wasm');
    const data = await loadDataset({ dataset: 'fashion-mnist', dataDir: FASHION, download: false, trainLimit: STEPS * BATCH / 2, valLimit: 100 });
    train = data.train;
  }, { timeout: 120_000 });

  it('is what a host with relaxed SIMD gets: every conv and dense multiply-add is one relaxed_madd', async () => {
    const [major, minor] = process.versions.v8.split('.').map(Number) as [number, number];
    assert.equal(withoutFlag, major > 11 || (major === 11 && minor >= 4), `V8 ${process.versions.v8}`);
    assert.equal(hostHasRelaxedSimd(), true);
    const model = shipped('modern.yaml');
    const plan = planModel(model, inferShapes(model));
    const fused = compileCpuTraining(model, plan, { classes: 10, fused: true }).program!.wat;
    const separate = compileCpuTraining(model, plan, { classes: 10 }).program!.wat;
    const count = (wat: string, op: string) => wat.split(`(${op} `).length - 1;
    assert.ok(count(fused, 'f32x4.relaxed_madd') > 20, `${count(fused, 'f32x4.relaxed_madd')} fused multiply-adds`);
    assert.equal(count(separate, 'f32x4.relaxed_madd'), 0);
    // each fused one replaced a multiply and an add
    assert.equal(count(separate, 'f32x4.mul') - count(fused, 'f32x4.mul'), count(fused, 'f32x4.relaxed_madd'));
  });

  for (const [name, overrides] of [['modern.yaml', []], ['best.yaml', ['train.batch_size=8']]] as const) {
    it(`${name}: each of the first ${STEPS} steps gives the wasm trainer's loss from the same weights`, async () => {
      const model = shipped(name, [`train.batch_size=${BATCH}`, ...overrides]);
      await assertStepsAsWasm(cpuTrainer, model, train, drawSteps(model, train, STEPS), name);
    });
  }

  it('on two threads gives the same floats as on one', async () => {
    const model = shipped('modern.yaml', ['train.batch_size=40']);
    const steps = drawSteps(model, train, 6);
    const one = await losses(cpuTrainer, model, train, steps);
    const two = await losses((init) => cpuTrainerOn(nodeCpuThreads)({ ...init, threads: 2 }), model, train, steps);
    assert.deepEqual(two.losses, one.losses);
    assert.deepEqual(two.state.model['weights.bin'], one.state.model['weights.bin']);
  });
});

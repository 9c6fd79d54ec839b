/** Backend selection: what auto picks here, and how an unusable explicit choice fails. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../src/node/backend.js';
import { UserError } from '../src/errors.js';

const hasNativeTf = async (pkg: string) => import(pkg).then(() => true, () => false);

test('auto passes over tensorflow-gpu, tensorflow and webgpu, in that order, and picks wasm: the compiled CPU program to train, tfjs\'s wasm to compute', { timeout: 120_000 }, async (t) => {
  if (await hasNativeTf('@tensorflow/tfjs-node')) return t.skip('@tensorflow/tfjs-node is installed here');
  const choice = await selectBackend('auto', { engine: true });
  if (choice.name === 'webgpu') return t.skip('this machine has a hardware WebGPU adapter');
  assert.equal(choice.name, 'wasm');
  assert.equal(tf.getBackend(), 'wasm');
  assert.deepEqual(choice.skipped.map((s) => s.name), ['tensorflow-gpu', 'tensorflow', 'webgpu']);
  // a few words each for the one line, the whole reason and the advice for --verbose
  assert.deepEqual(choice.skipped.slice(0, 2).map((s) => s.short), ['not installed', 'not installed']);
  for (const s of choice.skipped) assert.ok(s.reason.length > s.short.length && s.hint, s.name);
  // the thread count is the caller's to say, once
  assert.match(choice.device, /^wasm \(lenetc's compiled training program, SIMD(, fused multiply-adds)?\) on /);
  assert.doesNotMatch(choice.device, /thread|cores/);
  assert.equal(choice.cpuProgram, true);
  // a command that only computes (predict, eval) gets tfjs's wasm backend under the same name
  const computing = await selectBackend('auto');
  assert.equal(computing.name, 'wasm');
  assert.equal(computing.cpuProgram, undefined);
  assert.match(computing.device, /^wasm \(XNNPACK, (no )?SIMD\) on /);
  const tfjsWasm = await selectBackend('tfjs-wasm', { engine: true });
  assert.deepEqual([tfjsWasm.name, tfjsWasm.cpuProgram], ['tfjs-wasm', undefined]);
  // lenetc's kernels are registered with it: wasm 4.22 ships no Conv2DBackpropFilter
  assert.ok(tf.getKernel('Conv2DBackpropFilter', 'wasm'));
});

for (const name of ['tensorflow', 'tensorflow-gpu'] as const) {
  test(`an explicit ${name} that is not installed is a UserError with exit code 2`, async (t) => {
    if (await hasNativeTf(name === 'tensorflow' ? '@tensorflow/tfjs-node' : '@tensorflow/tfjs-node-gpu')) return t.skip('installed here');
    await assert.rejects(selectBackend(name), (err: unknown) => {
      assert.ok(err instanceof UserError);
      assert.equal(err.exitCode, 2);
      assert.ok(err.hint);
      return true;
    });
  });
}

test('an explicit webgpu without an adapter is a UserError with exit code 2', async () => {
  // a Vulkan loader that finds no driver: Dawn's adapter request comes back empty
  const saved = process.env.VK_ICD_FILENAMES;
  process.env.VK_ICD_FILENAMES = '/nonexistent/no-driver.json';
  try {
    for (const engine of [true, false]) {
      await assert.rejects(selectBackend('webgpu', { engine }), (err: unknown) => {
        assert.ok(err instanceof UserError);
        assert.equal(err.code, 'BACKEND_UNAVAILABLE');
        assert.equal(err.exitCode, 2);
        assert.match(err.message, /no WebGPU adapter/);
        return true;
      });
    }
  } finally {
    if (saved === undefined) delete process.env.VK_ICD_FILENAMES;
    else process.env.VK_ICD_FILENAMES = saved;
  }
});

test('auto passes over a software WebGPU adapter, saying why; an explicit webgpu takes it and says it is software', { timeout: 120_000 }, async (t) => {
  const { probeAdapter } = await import('../src/node/dawn.js');
  const probe = await probeAdapter();
  if (!probe.ok || !probe.software) return t.skip(`no software adapter here (${probe.ok ? 'a hardware one' : probe.reason})`);
  const auto = await selectBackend('auto', { engine: true });
  assert.notEqual(auto.name, 'webgpu');
  assert.equal(auto.skipped.find((s) => s.name === 'webgpu')?.short, 'software adapter');
  const explicit = await selectBackend('webgpu', { engine: true });
  assert.equal(explicit.name, 'webgpu');
  assert.match(explicit.device, /software adapter/);
  assert.ok(explicit.gpu, 'the engine gets a GPUDevice');
  explicit.gpu.destroy();
});

test('cpu and wasm can be chosen explicitly, one after the other', async () => {
  const cpu = await selectBackend('cpu');
  assert.deepEqual([cpu.name, cpu.skipped.length, tf.getBackend()], ['cpu', 0, 'cpu']);
  assert.equal(tf.tidy(() => tf.add(tf.scalar(2), tf.scalar(3)).dataSync()[0]), 5);
  const wasm = await selectBackend('wasm');
  assert.deepEqual([wasm.name, tf.getBackend()], ['wasm', 'wasm']);
  // lenetc's kernels and its SIMD module are all in place here: the backend line has no note
  assert.doesNotMatch(wasm.device, /did not load|written for/);
  assert.equal(tf.tidy(() => tf.add(tf.scalar(2), tf.scalar(3)).dataSync()[0]), 5);
});

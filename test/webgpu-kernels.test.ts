/**
 * lenetc's WebGPU kernels (src/tfjs/kernels/webgpu) against tfjs's cpu backend. Needs a
 * WebGPU adapter: on a machine without one (no usable Vulkan driver) the value checks skip
 * with the reason; the chunking arithmetic is checked everywhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/errors.js';
import { selectBackend } from '../src/node/backend.js';
import { filterChunks } from '../src/tfjs/kernels/webgpu/conv2d-backprop-filter.js';
import { registerWebGPUKernels, unregisterWebGPUKernels, WEBGPU_KERNEL_NAMES } from '../src/tfjs/kernels/webgpu/index.js';
import { checkWebGPUKernels, KERNEL_CASES } from './helpers/webgpu-kernel-check.js';

/** Why the value checks cannot run here, or undefined when a WebGPU adapter was found. */
async function noAdapterReason(): Promise<string | undefined> {
  try {
    await selectBackend('webgpu');
    return undefined;
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
}

const skip = await noAdapterReason();
/** tfjs-backend-webgpu's version (its version.js: the package's index does not export it). */
const webgpuVersion = (await import('@tensorflow/tfjs-backend-webgpu/dist/version.js')).version;

test('filter-gradient chunks cover every position once, in workgroup multiples, at most 256 per weight', { timeout: 5_000 }, () => {
  for (const positions of [1, 63, 64, 1000, 1024, 1025, 12_800, 100_352, 262_144, 262_145, 1_605_632, 3_211_264]) {
    const [chunkSize, chunks] = filterChunks(positions);
    assert.equal(chunkSize % 64, 0, `chunk size ${chunkSize} for ${positions}`);
    assert.ok(chunks <= 256, `${chunks} chunks for ${positions}`);
    assert.ok(chunks * chunkSize >= positions && (chunks - 1) * chunkSize < positions, `${chunks}×${chunkSize} for ${positions}`);
  }
  // LeNet's conv1 at batch 128: 128·28·28 positions in 1024-position chunks
  assert.deepEqual(filterChunks(128 * 28 * 28), [1024, 98]);
});

test('custom kernels replace the stock ones and can be put back', { skip, timeout: 60_000 }, () => {
  // selectBackend may have registered ours already
  unregisterWebGPUKernels();
  const stock = WEBGPU_KERNEL_NAMES.map((name) => tf.getKernel(name, 'webgpu').kernelFunc);
  assert.deepEqual(registerWebGPUKernels(webgpuVersion).kernels, [...WEBGPU_KERNEL_NAMES]);
  WEBGPU_KERNEL_NAMES.forEach((name, i) => assert.notEqual(tf.getKernel(name, 'webgpu').kernelFunc, stock[i]));
  unregisterWebGPUKernels();
  WEBGPU_KERNEL_NAMES.forEach((name, i) => assert.equal(tf.getKernel(name, 'webgpu').kernelFunc, stock[i]));
});

test('custom kernels match the cpu backend', { skip, timeout: 300_000 }, async () => {
  registerWebGPUKernels(webgpuVersion);
  const results = await checkWebGPUKernels();
  assert.equal(results.length, KERNEL_CASES.length);
  for (const r of results) {
    assert.ok(r.ours, `${r.kernel} ${r.name}: the stock kernel ran instead of ours`);
    assert.ok(r.maxAbsDiff <= r.tolerance, `${r.kernel} ${r.name}: max |diff| ${r.maxAbsDiff} > ${r.tolerance}`);
  }
});

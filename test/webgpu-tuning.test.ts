import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/errors.js';
import { applyWebGPUFlags, cachedBindGroups, formatFlags, isKnownFlag, parseFlags } from '../src/tfjs/kernels/webgpu/tuning.js';

test('parseFlags types values and formatFlags sorts them back', { timeout: 5_000 }, () => {
  const flags = parseFlags(' WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE=64, WEBGPU_CPU_FORWARD=false,WEBGPU_PRINT_SHADER=conv ');
  assert.deepEqual(flags, { WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE: 64, WEBGPU_CPU_FORWARD: false, WEBGPU_PRINT_SHADER: 'conv' });
  assert.equal(formatFlags(flags), 'WEBGPU_CPU_FORWARD=false,WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE=64,WEBGPU_PRINT_SHADER=conv');
  assert.deepEqual(parseFlags('default'), {});
  assert.deepEqual(parseFlags(undefined), {});
  assert.equal(formatFlags({}), 'default');
  assert.throws(() => parseFlags('WEBGPU_CPU_FORWARD'), UserError);
});

test('applyWebGPUFlags sets tfjs flags and its undo restores them; unknown names are refused', { timeout: 5_000 }, () => {
  const before = tf.env().getBool('CHECK_COMPUTATION_FOR_ERRORS');
  const undo = applyWebGPUFlags({ CHECK_COMPUTATION_FOR_ERRORS: !before });
  assert.equal(tf.env().getBool('CHECK_COMPUTATION_FOR_ERRORS'), !before);
  undo();
  assert.equal(tf.env().getBool('CHECK_COMPUTATION_FOR_ERRORS'), before);
  assert.equal(isKnownFlag('NO_SUCH_FLAG'), false);
  assert.equal(isKnownFlag('LENETC_CACHE_BIND_GROUPS'), true);
  assert.throws(() => applyWebGPUFlags({ NO_SUCH_FLAG: 1 }), UserError);
});

test('LENETC_CACHE_BIND_GROUPS reuses a bind group only for the same layout and buffers', { timeout: 5_000 }, () => {
  // stand-ins for Dawn's classes: count what reaches the "native" methods
  let layoutsMade = 0;
  let groupsMade = 0;
  class FakePipeline {
    getBindGroupLayout(_index: number): object {
      layoutsMade++;
      return {};
    }
  }
  class FakeDevice {
    createBindGroup(_descriptor: unknown): object {
      groupsMade++;
      return {};
    }
  }
  Object.assign(globalThis, { GPUComputePipeline: FakePipeline, GPUDevice: FakeDevice });
  const device = new FakeDevice();
  const pipelines = [new FakePipeline(), new FakePipeline()];
  const [a, b, uniform] = [{}, {}, {}];
  const bind = (pipeline: FakePipeline, buffers: object[], texture = false) => device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [
      ...buffers.map((buffer, i) => ({ binding: i, resource: texture && i === 0 ? {} : { buffer } })),
      { binding: buffers.length, resource: { offset: 0, size: 48, buffer: uniform } },
    ],
  });

  const undo = applyWebGPUFlags({ LENETC_CACHE_BIND_GROUPS: true });
  const first = bind(pipelines[0], [a, b]);
  assert.equal(bind(pipelines[0], [a, b]), first);
  assert.equal(layoutsMade, 1);
  assert.equal(groupsMade, 1);
  assert.notEqual(bind(pipelines[0], [b, a]), first); // other buffer order
  assert.notEqual(bind(pipelines[1], [a, b]), first); // other pipeline's layout
  assert.equal(groupsMade, 3);
  assert.equal(cachedBindGroups(), 3);
  bind(pipelines[0], [a, b], true); // a texture view: never cached
  bind(pipelines[0], [a, b], true);
  assert.equal(groupsMade, 5);
  undo();
  assert.equal(cachedBindGroups(), 0);
  // off again: every call reaches the native methods
  bind(pipelines[0], [a, b]);
  assert.equal(groupsMade, 6);
  assert.equal(layoutsMade, 3);
});

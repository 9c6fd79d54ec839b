/**
 * The one way lenetc replaces tfjs kernels (src/tfjs/kernels/override.ts), on a backend
 * name of the test's own, so that no real backend's registry changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import {
  override, overrideCalls, registerOverrides, restoreStockKernels, stockKernel, TFJS_VERSION, type KernelOverride,
} from '../src/tfjs/kernels/override.js';

type FakeBackend = { name: string };

const info = (value: number): tf.TensorInfo => ({ dataId: { value }, shape: [], dtype: 'float32' });
const valueOf = (t: tf.TensorInfo) => (t.dataId as { value: number }).value;

/** Registers a stock Add (a + b, from the inputs' data ids) and Identity on `backendName`. */
function stockKernels(backendName: string): { add: tf.KernelConfig; identity: tf.KernelConfig } {
  const add: tf.KernelConfig = {
    kernelName: 'Add', backendName, setupFunc: () => {}, disposeFunc: () => {},
    kernelFunc: (({ inputs }: { inputs: { a: tf.TensorInfo; b: tf.TensorInfo } }) => info(valueOf(inputs.a) + valueOf(inputs.b))) as unknown as tf.KernelFunc,
  };
  const identity: tf.KernelConfig = { kernelName: 'Identity', backendName, kernelFunc: (({ inputs }: { inputs: { x: tf.TensorInfo } }) => inputs.x) as unknown as tf.KernelFunc };
  tf.registerKernel(add);
  tf.registerKernel(identity);
  return { add, identity };
}

/** Ours: Add of two odd numbers only (times 100, to tell), MaxPoolGrad that the backend lacks. */
const OURS: KernelOverride<FakeBackend>[] = [
  override<'Add', FakeBackend>('Add', ({ inputs: { a, b } }) => (valueOf(a) % 2 && valueOf(b) % 2 ? info(100 * (valueOf(a) + valueOf(b))) : undefined)),
  override<'MaxPoolGrad', FakeBackend>('MaxPoolGrad', ({ inputs: { dy } }) => info(-valueOf(dy))),
];

const run = (backendName: string, name: string, inputs: Record<string, tf.TensorInfo>) =>
  tf.getKernel(name, backendName)!.kernelFunc({ inputs, backend: { name: backendName }, attrs: {} }) as tf.TensorInfo;

test('an override runs for the cases it covers, hands the rest to the stock kernel, and keeps its setup', () => {
  const backend = 'lenetc-test-same';
  const stock = stockKernels(backend);
  const registration = registerOverrides(backend, OURS, { 'tfjs-core': TFJS_VERSION, 'tfjs-backend-test': TFJS_VERSION });
  assert.deepEqual(registration, { kernels: ['Add', 'MaxPoolGrad'] });
  assert.equal(valueOf(run(backend, 'Add', { a: info(1), b: info(3) })), 400);
  assert.equal(valueOf(run(backend, 'Add', { a: info(2), b: info(3) })), 5);
  assert.equal(valueOf(run(backend, 'MaxPoolGrad', { dy: info(7) })), -7);
  assert.deepEqual(overrideCalls(backend), { Add: { ours: 1, stock: 1 }, MaxPoolGrad: { ours: 1, stock: 0 } });
  const registered = tf.getKernel('Add', backend)!;
  assert.equal(registered.setupFunc, stock.add.setupFunc);
  assert.equal(registered.disposeFunc, stock.add.disposeFunc);
  assert.equal(stockKernel(backend, 'Add'), stock.add.kernelFunc);
  // idempotent: a second registration wraps nothing twice
  registerOverrides(backend, OURS, { 'tfjs-core': TFJS_VERSION });
  assert.equal(tf.getKernel('Add', backend)!.kernelFunc, registered.kernelFunc);

  restoreStockKernels(backend);
  assert.equal(tf.getKernel('Add', backend), stock.add);
  assert.equal(tf.getKernel('MaxPoolGrad', backend), undefined);
  assert.deepEqual(overrideCalls(backend), {});
});

test('on another tfjs version the stock kernels stay, lenetc adds only what the backend lacks, and says so', () => {
  const backend = 'lenetc-test-other';
  const stock = stockKernels(backend);
  const registration = registerOverrides(backend, OURS, { 'tfjs-core': TFJS_VERSION, 'tfjs-backend-test': '4.23.0' });
  assert.deepEqual(registration.kernels, ['MaxPoolGrad']);
  assert.match(registration.note ?? '', new RegExp(`written for tfjs ${TFJS_VERSION.replaceAll('.', '\\.')}, found tfjs-backend-test 4\\.23\\.0`));
  assert.equal(tf.getKernel('Add', backend), stock.add);
  assert.equal(valueOf(run(backend, 'Add', { a: info(1), b: info(3) })), 4);
  restoreStockKernels(backend);
});

test('a kernel the backend lacks has no stock kernel to fall back to: falling back is an error, not a silent result', () => {
  const backend = 'lenetc-test-missing';
  registerOverrides(backend, [override<'Tile', FakeBackend>('Tile', () => undefined)], { 'tfjs-core': TFJS_VERSION });
  assert.throws(() => run(backend, 'Tile', { x: info(1) }), /has no Tile kernel to fall back to/);
  assert.throws(() => stockKernel(backend, 'Tile')({ inputs: { x: info(1) }, backend: {}, attrs: { reps: [1] } }), /has no Tile kernel/);
  restoreStockKernels(backend);
});

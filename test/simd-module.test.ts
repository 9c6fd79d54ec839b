/**
 * lenetc's SIMD module (src/tfjs/kernels/wasm/simd): the committed binary is built from the
 * C and the shared operation codes as they are now, an unknown code traps, and the module
 * finds tfjs's memory wherever Emscripten keeps it. Runs on a memory of its own, without tfjs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { SIMD_SOURCE_SHA256 } from '../src/tfjs/kernels/wasm/simd/binary.js';
import { heapMemory, simdKernels, simdLoadError } from '../src/tfjs/kernels/wasm/simd/index.js';
import { ACTIVATION_GRAD_OP, opsHeader, PATTERN_OP } from '../src/tfjs/kernels/wasm/simd/ops.js';
import { fromRoot } from './helpers/paths.js';

const dir = 'src/tfjs/kernels/wasm/simd';

test('ops.h is what ops.ts generates', () => {
  assert.equal(readFileSync(fromRoot(dir, 'ops.h'), 'utf8'), opsHeader(), 'ops.h is stale: run scripts/build-simd.sh');
});

test('binary.ts was built from kernels.c and ops.h as they are', () => {
  const hash = createHash('sha256').update(readFileSync(fromRoot(dir, 'kernels.c'))).update(readFileSync(fromRoot(dir, 'ops.h'))).digest('hex');
  assert.equal(SIMD_SOURCE_SHA256, hash, 'binary.ts is stale: run scripts/build-simd.sh (needs clang and lld)');
});

/** A stand-in for tfjs's wasm backend: an Emscripten-like module over a memory of our own. */
function fakeBackend(emscripten: (memory: WebAssembly.Memory, heap: Uint8Array) => object): { backend: BackendWasm; heap: Float32Array } {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const heap = new Uint8Array(memory.buffer);
  return { backend: { wasm: emscripten(memory, heap) } as unknown as BackendWasm, heap: new Float32Array(memory.buffer) };
}

test('the kernels compute with the shared codes, and an unknown code traps', () => {
  const { backend, heap } = fakeBackend((memory, HEAPU8) => ({ HEAPU8, wasmExports: { memory } }));
  const simd = simdKernels(backend);
  assert.ok(simd, simdLoadError(backend));
  // x = 1..8 at float 0, pattern [10, 20, 30, 40] at float 16, out at float 32
  heap.set([1, 2, 3, 4, 5, 6, 7, 8], 0);
  heap.set([10, 20, 30, 40], 16);
  simd.binaryPattern(PATTERN_OP.rsub, 0, 64, 128, 8, 4);
  assert.deepEqual([...heap.subarray(32, 40)], [9, 18, 27, 36, 5, 14, 23, 32]);
  heap.set([-11, 0, -31, 0, 0, 0, 0, 0], 0);
  simd.binaryPattern(PATTERN_OP.addRelu, 0, 64, 128, 8, 4);
  assert.deepEqual([...heap.subarray(32, 40)], [0, 20, 0, 40, 10, 20, 30, 40]);
  // dy = 2 everywhere, y = [0.5, -1, 3, 0.25]: relu' and sigmoid' from y
  heap.set([2, 2, 2, 2], 0);
  heap.set([0.5, -1, 3, 0.25], 16);
  simd.activationGrad(ACTIVATION_GRAD_OP.relu, 0, 64, 128, 4);
  assert.deepEqual([...heap.subarray(32, 36)], [2, 0, 2, 2]);
  simd.activationGrad(ACTIVATION_GRAD_OP.sigmoid, 0, 64, 128, 4);
  assert.deepEqual([...heap.subarray(32, 36)], [0.5, -4, -12, 0.375]);
  const count = (ops: object) => Object.keys(ops).length;
  assert.throws(() => simd.binaryPattern(count(PATTERN_OP), 0, 64, 128, 8, 4), WebAssembly.RuntimeError);
  assert.throws(() => simd.binaryPattern(-1, 0, 64, 128, 8, 4), WebAssembly.RuntimeError);
  assert.throws(() => simd.activationGrad(count(ACTIVATION_GRAD_OP), 0, 64, 128, 4), WebAssembly.RuntimeError);
});

test('the heap\'s memory is found wherever Emscripten keeps it, and only if it is the heap\'s', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const HEAPU8 = new Uint8Array(memory.buffer);
  assert.equal(heapMemory({ HEAPU8, asm: { memory } }), memory, 'Module.asm (Emscripten up to 3.1.3x, tfjs 4.22)');
  assert.equal(heapMemory({ HEAPU8, wasmExports: { memory } }), memory, 'wasmExports (newer Emscripten)');
  assert.equal(heapMemory({ HEAPU8, wasmMemory: memory }), memory, 'an exported wasmMemory');
  assert.equal(heapMemory({ HEAPU8, asm: { memory: new WebAssembly.Memory({ initial: 1 }) } }), undefined, 'another memory');
  assert.equal(heapMemory({ asm: { memory } }), undefined, 'no heap view');
  // builds with assertions put getters that abort on removed names: never run one
  const guarded = Object.defineProperty({ HEAPU8, wasmExports: { memory } }, 'asm', { enumerable: true, get: () => assert.fail('ran a getter') });
  assert.equal(heapMemory(guarded), memory);
});

test('where the module cannot load, it says why', () => {
  const { backend } = fakeBackend((_memory, HEAPU8) => ({ HEAPU8 }));
  assert.equal(simdKernels(backend), undefined);
  assert.match(simdLoadError(backend) ?? '', /cannot find the memory/);
  const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  const threaded = { wasm: { HEAPU8: new Uint8Array(shared.buffer), wasmMemory: shared } } as unknown as BackendWasm;
  assert.match(simdLoadError(threaded) ?? '', /threaded wasm build shares its memory/);
});

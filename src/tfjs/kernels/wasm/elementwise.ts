/**
 * Add, Multiply and Sub of a tensor and a per-channel vector ([C] or [1,…,1,C] against
 * [..., C]): a bias added to a conv's output, batch norm's scale and shift. The shipped kernels
 * compute broadcast indices per element (LeNet's conv1 bias at batch 128: 1.6 ms); lenetc's
 * SIMD kernel repeats the vector to a whole number of SIMD lanes and streams the rest.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { heapF32, offsetOf, wasmKernel, type WasmArgs } from './kernel.js';
import { simdKernels } from './simd/index.js';
import { PATTERN_OP } from './simd/ops.js';

/** Below this many elements the shipped kernel's fixed cost is the smaller. */
const MIN_SIZE = 4096;

/** Add of a per-channel vector; others go to the stock kernel. */
export const add = wasmKernel('Add', (args) => channelBroadcast(args, PATTERN_OP.add, PATTERN_OP.add));

/** Multiply by a per-channel vector; others go to the stock kernel. */
export const multiply = wasmKernel('Multiply', (args) => channelBroadcast(args, PATTERN_OP.mul, PATTERN_OP.mul));

/** Sub of or from a per-channel vector; others go to the stock kernel. */
export const sub = wasmKernel('Sub', (args) => channelBroadcast(args, PATTERN_OP.sub, PATTERN_OP.rsub));

/**
 * a (op) b where one of them is a per-channel vector for the other, as binary_pattern's `op`
 * when b is the vector, `swapped` when a is; undefined for the stock kernel.
 */
function channelBroadcast(args: WasmArgs<'Add' | 'Multiply' | 'Sub'>, op: number, swapped: number): tf.TensorInfo | undefined {
  const { inputs: { a, b }, backend } = args;
  if (!simdKernels(backend) || a.dtype !== 'float32' || b.dtype !== 'float32') return undefined;
  const aIsVector = isChannelVector(a, b);
  const big = aIsVector ? b : a;
  if ((!aIsVector && !isChannelVector(b, a)) || tf.util.sizeFromShape(big.shape) < MIN_SIZE) return undefined;
  return patternPass(backend, big, aIsVector ? a : b, aIsVector ? swapped : op);
}

/**
 * relu(x + bias) for a float32 x [..., C] and bias [C], in one SIMD pass; undefined where the
 * SIMD kernels do not load.
 */
export function addBiasRelu(backend: BackendWasm, x: tf.TensorInfo, bias: tf.TensorInfo): tf.TensorInfo | undefined {
  if (!simdKernels(backend) || !isChannelVector(bias, x)) return undefined;
  return patternPass(backend, x, bias, PATTERN_OP.addRelu);
}

/** x (code) the per-channel vector, as binary_pattern's op `code`, into a new tensor. */
function patternPass(backend: BackendWasm, x: tf.TensorInfo, vector: tf.TensorInfo, code: number): tf.TensorInfo {
  const channels = vector.shape[vector.shape.length - 1];
  // the vector repeated to a multiple of four floats: whole SIMD lanes per period
  const period = (channels * 4) / gcd(channels, 4);
  const pattern = patternOf(backend, vector, period);
  const out = backend.makeOutput([...x.shape], 'float32');
  const at = offsetOf(backend);
  simdKernels(backend)!.binaryPattern(code, at(x), at(pattern), at(out), tf.util.sizeFromShape(x.shape), period);
  backend.disposeData(pattern.dataId);
  return out;
}

/** Whether `v` is a per-channel vector for `x`: [C] or [1,…,1,C] with C x's last axis, rank ≤ x's. */
function isChannelVector(v: tf.TensorInfo, x: tf.TensorInfo): boolean {
  const rank = x.shape.length;
  const channels = x.shape[rank - 1];
  if (rank < 2 || v.shape.length === 0 || v.shape.length > rank || channels === undefined) return false;
  return v.shape[v.shape.length - 1] === channels && v.shape.slice(0, -1).every((d) => d === 1);
}

function patternOf(backend: BackendWasm, vector: tf.TensorInfo, period: number): tf.TensorInfo {
  const pattern = backend.makeOutput([period], 'float32');
  const heap = heapF32(backend);
  const src = backend.getMemoryOffset(vector.dataId) / 4;
  const dst = backend.getMemoryOffset(pattern.dataId) / 4;
  const channels = tf.util.sizeFromShape(vector.shape);
  for (let i = 0; i < period; i += channels) heap.copyWithin(dst + i, src, src + channels);
  return pattern;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

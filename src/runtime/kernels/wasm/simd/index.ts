/**
 * lenetc's own WebAssembly SIMD kernels (kernels.c), instantiated on the wasm backend's memory so
 * that they read and write tensors where they lie. Written by hand because tfjs ships no kernel
 * for these shapes that keeps the vector units busy: XNNPACK's matrix product runs a
 * one-channel filter gradient (a 25 × 100,352 × 6 product for LeNet's conv1) at a third of its
 * speed, and the shipped pooling gradients are scalar loops over every window pair.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { SIMD_WASM_BASE64 } from './binary.js';

/** The kernels, each taking byte offsets into the backend's heap (`getMemoryOffset`). */
export interface SimdKernels {
  /** `count` matrices of rows × cols blocks of `block` floats, transposed: dst[k][c][r][·] = src[k][r][c][·]. */
  transposeBlocks(src: number, dst: number, count: number, rows: number, cols: number, block: number): void;
  /** col2im into zeroed NHWC dx, dilation 1: col is [n·oh·ow, fh·fw·ci]. */
  col2im(col: number, dx: number, n: number, h: number, w: number, ci: number, oh: number, ow: number, fh: number, fw: number, sh: number, sw: number, top: number, left: number): void;
  /** See kernels.c; returns 1 (nothing written) when the filter is wider than the kernel's registers. */
  convFilterGradC1(x: number, dy: number, dw: number, n: number, h: number, w: number, oh: number, ow: number, fh: number, fw: number, co: number): number;
  maxPoolGrad(
    x: number, dy: number, dx: number, n: number, h: number, w: number, c: number, oh: number, ow: number,
    fh: number, fw: number, sh: number, sw: number, top: number, left: number,
  ): void;
  /** A one-channel, stride-1, unpadded convolution into channel planes [n][co][oh][ow]. */
  convC1(x: number, w: number, y: number, n: number, h: number, wd: number, oh: number, ow: number, fh: number, fw: number, co: number): void;
  /** out = x (op) a repeating pattern of `period` floats (a multiple of 4); op 0 +, 1 ×, 2 x − p, 3 p − x, 4 relu(x + p). */
  binaryPattern(op: number, x: number, pattern: number, out: number, size: number, period: number): void;
  /** out[j] = scale · Σ_r x[r][j] over a [rows][inner] matrix, summed in doubles. */
  sumRows(x: number, out: number, rows: number, inner: number, scale: number): void;
  /** c [m][n] = a(i,k) · b [k][n] (+ bias, relu if 1), a read at a[i·asI + k·asK]; bias 0 for none. */
  gemm(a: number, asI: number, asK: number, b: number, bias: number, c: number, m: number, n: number, k: number, relu: number): void;
  /** out = dy · f'(from y) over `size` floats: op 0 relu, 1 sigmoid. */
  activationGrad(op: number, dy: number, y: number, out: number, size: number): void;
  /** AvgPoolGrad for windows that tile x exactly. */
  avgPoolGradTiles(dy: number, dx: number, n: number, oh: number, ow: number, c: number, fh: number, fw: number, scale: number): void;
}

interface Exports {
  transpose_blocks: SimdKernels['transposeBlocks'];
  col2im_nhwc: SimdKernels['col2im'];
  conv_filter_grad_c1: SimdKernels['convFilterGradC1'];
  max_pool_grad: SimdKernels['maxPoolGrad'];
  conv_c1: SimdKernels['convC1'];
  binary_pattern: SimdKernels['binaryPattern'];
  avg_pool_grad_tiles: SimdKernels['avgPoolGradTiles'];
  sum_rows: SimdKernels['sumRows'];
  gemm: SimdKernels['gemm'];
  activation_grad: SimdKernels['activationGrad'];
}

const instances = new WeakMap<BackendWasm, SimdKernels | null>();
let enabled = true;

/**
 * The kernels on `backend`'s memory, or undefined where they cannot run: a backend whose
 * memory is not exported (tfjs's threaded build shares its memory), an engine without SIMD,
 * or after `useSimdKernels(false)`. Callers then take their JavaScript path.
 */
export function simdKernels(backend: BackendWasm): SimdKernels | undefined {
  if (!enabled) return undefined;
  let kernels = instances.get(backend);
  if (kernels === undefined) {
    kernels = instantiate(backend);
    instances.set(backend, kernels);
  }
  return kernels ?? undefined;
}

/** Turns the SIMD kernels off (or back on), so tests can check the JavaScript paths too. */
export function useSimdKernels(on: boolean): void {
  enabled = on;
}

function instantiate(backend: BackendWasm): SimdKernels | null {
  const memory = (backend.wasm as unknown as { asm?: { memory?: unknown } }).asm?.memory;
  if (!(memory instanceof WebAssembly.Memory)) return null;
  try {
    // 25 KiB: compiling synchronously costs about a millisecond
    const module = new WebAssembly.Module(Uint8Array.from(atob(SIMD_WASM_BASE64), (c) => c.charCodeAt(0)));
    const e = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as Exports;
    return {
      transposeBlocks: e.transpose_blocks,
      col2im: e.col2im_nhwc,
      convFilterGradC1: e.conv_filter_grad_c1,
      maxPoolGrad: e.max_pool_grad,
      convC1: e.conv_c1,
      binaryPattern: e.binary_pattern,
      avgPoolGradTiles: e.avg_pool_grad_tiles,
      sumRows: e.sum_rows,
      gemm: e.gemm,
      activationGrad: e.activation_grad,
    };
  } catch {
    return null;
  }
}

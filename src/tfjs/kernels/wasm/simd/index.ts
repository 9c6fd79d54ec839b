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
  /** out = x (op) a repeating pattern of `period` floats (a multiple of 4); op a PATTERN_OP code. */
  binaryPattern(op: number, x: number, pattern: number, out: number, size: number, period: number): void;
  /** out[j] = scale · Σ_r x[r][j] over a [rows][inner] matrix, summed in doubles. */
  sumRows(x: number, out: number, rows: number, inner: number, scale: number): void;
  /** c [m][n] = a(i,k) · b [k][n] (+ bias, relu if 1), a read at a[i·asI + k·asK]; bias 0 for none. */
  gemm(a: number, asI: number, asK: number, b: number, bias: number, c: number, m: number, n: number, k: number, relu: number): void;
  /** out = dy · f'(from y) over `size` floats; op an ACTIVATION_GRAD_OP code. */
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

/** The kernels on a backend, or why they cannot run there. */
type Loaded = { kernels: SimdKernels } | { error: string };

const instances = new WeakMap<BackendWasm, Loaded>();
let enabled = true;

/**
 * The kernels on `backend`'s memory, or undefined where they cannot run (simdLoadError says
 * why) or after `useSimdKernels(false)`. Callers then take their JavaScript path.
 */
export function simdKernels(backend: BackendWasm): SimdKernels | undefined {
  if (!enabled) return undefined;
  const loaded = load(backend);
  return 'kernels' in loaded ? loaded.kernels : undefined;
}

/** Why the kernels cannot run on `backend`, or undefined when they can. */
export function simdLoadError(backend: BackendWasm): string | undefined {
  const loaded = load(backend);
  return 'error' in loaded ? loaded.error : undefined;
}

/** Turns the SIMD kernels off (or back on), so tests can check the JavaScript paths too. */
export function useSimdKernels(on: boolean): void {
  enabled = on;
}

function load(backend: BackendWasm): Loaded {
  let loaded = instances.get(backend);
  if (!loaded) {
    loaded = instantiate(backend.wasm);
    instances.set(backend, loaded);
  }
  return loaded;
}

/**
 * The WebAssembly.Memory behind an Emscripten module's heap. Emscripten has kept it in
 * different places (`Module.asm.memory` up to 3.1.3x, then `wasmExports.memory`, and
 * `wasmMemory` where exported); whichever holds it, it is the memory whose buffer the heap
 * views (HEAPU8) look at, which is what makes it the right one. Only data properties are
 * read: builds with assertions put getters that abort on removed names.
 */
export function heapMemory(emscripten: object): WebAssembly.Memory | undefined {
  const heap = ownValue(emscripten, 'HEAPU8');
  if (!(heap instanceof Uint8Array)) return undefined;
  const holders = [emscripten, ownValue(emscripten, 'asm'), ownValue(emscripten, 'wasmExports')];
  for (const holder of holders) {
    if (typeof holder !== 'object' || holder === null) continue;
    for (const key of Object.keys(holder)) {
      const value = ownValue(holder, key);
      if (value instanceof WebAssembly.Memory && value.buffer === heap.buffer) return value;
    }
  }
  return undefined;
}

/** `holder[key]` if it is a plain data property, without running a getter. */
function ownValue(holder: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(holder, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function instantiate(emscripten: object): Loaded {
  const memory = heapMemory(emscripten);
  if (!memory) return { error: 'cannot find the memory of tfjs\'s wasm module' };
  // tfjs's threaded build shares its memory, which a module importing plain memory cannot take
  if (typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer) {
    return { error: 'tfjs\'s threaded wasm build shares its memory' };
  }
  try {
    // 25 KiB: compiling synchronously costs about a millisecond
    const compiled = new WebAssembly.Module(Uint8Array.from(atob(SIMD_WASM_BASE64), (c) => c.charCodeAt(0)));
    const e = new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as Exports;
    return {
      kernels: {
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
      },
    };
  } catch (err) {
    // an engine without WebAssembly SIMD refuses to compile the module
    return { error: `WebAssembly refused the module: ${err instanceof Error ? err.message : String(err)}` };
  }
}

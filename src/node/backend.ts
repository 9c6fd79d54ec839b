/**
 * Picks and initializes what a run trains on, and says what it runs on: lenetc's compiled WebGPU
 * engine (`webgpu`), or a TensorFlow.js backend. The native bindings are optional packages,
 * WebGPU needs Dawn and a GPU adapter, and the wasm backend needs its .wasm binaries on disk:
 * each candidate either works or says why not.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../errors.js';
import type { BackendName } from '../tfjs/backend-names.js';
import type { Probe } from './dawn.js';
import { hostHasRelaxedSimd } from '../cpu/trainer.js';
import { registerWasmKernels } from '../tfjs/kernels/wasm/index.js';

export { BACKENDS, type BackendName } from '../tfjs/backend-names.js';

/** The backend a run uses, what it runs on, and why faster ones were not used. */
export interface BackendChoice {
  name: ConcreteBackend;
  /** What computes, without a thread count (the caller knows how many threads it runs): `wasm (XNNPACK, SIMD) on AMD EPYC`. */
  device: string;
  /** When lenetc's own kernels (or its SIMD module) are not in place: the slow paths, said once. */
  note?: string;
  /** The backends auto tried first and passed over, in its order. */
  skipped: PassedOver[];
  /** For `webgpu`: the device the compiled engine runs on (tfjs itself runs on its cpu backend). */
  gpu?: GPUDevice;
  /** For `wasm` when training: the compiled CPU program trains (tfjs's wasm backend builds and saves the model). */
  cpuProgram?: true;
}

/** A backend auto tried and could not use here. */
export interface PassedOver {
  name: ConcreteBackend;
  /** A few words, for a one-line summary: `not installed`, `software adapter`. */
  short: string;
  /** The whole reason. */
  reason: string;
  /** What would make it usable here (what to install). */
  hint: string;
}

type ConcreteBackend = Exclude<BackendName, 'auto'>;

/** The order `auto` tries, fastest first (tfjs's op-by-op WebGPU only on request: the engine is faster). */
const AUTO_ORDER: readonly ConcreteBackend[] = ['tensorflow-gpu', 'tensorflow', 'webgpu', 'wasm', 'cpu'];

/** How long to wait for a WebGPU adapter before calling it absent. */
const ADAPTER_TIMEOUT_MS = 10_000;

/** Why a backend cannot be used here (in a few words, and whole), and what would fix it. */
class Unavailable extends Error {
  constructor(readonly short: string, message: string, readonly hint: string) {
    super(message);
  }
}

/**
 * Makes `requested` the active tfjs backend (for auto: the first that works in the order
 * tensorflow-gpu, tensorflow, webgpu, wasm, cpu) and registers lenetc's kernels for it.
 * Prints nothing: the choice says what runs and why auto passed over the others, for the
 * caller to say in its own words. Throws UserError (exit 2) when an explicitly requested
 * backend cannot be used, saying why and what to install.
 */
export async function selectBackend(
  requested: BackendName,
  options: {
    /** Whether the caller trains with a compiled program (webgpu's, wasm's); others compute with tfjs, so `webgpu` and `wasm` are tfjs's. */
    engine?: boolean;
  } = {},
): Promise<BackendChoice> {
  // production mode: tfjs's advice to install tfjs-node (and its other warnings) is not for our users
  tf.enableProdMode();
  const candidates = requested === 'auto' ? AUTO_ORDER : [requested];
  const skipped: PassedOver[] = [];
  for (const candidate of candidates) {
    // the engine trains; a caller that computes with tfjs gets tfjs's own WebGPU backend
    const name = candidate === 'webgpu' && !options.engine ? 'tfjs-webgpu' : candidate;
    try {
      const { device, note, gpu } = await activate(name, requested === 'auto');
      if (name === 'wasm' && options.engine) {
        const fused = hostHasRelaxedSimd() ? ', fused multiply-adds' : '';
        return { name, device: `wasm (lenetc's compiled training program, SIMD${fused}) on ${cpuModel()}`, skipped, cpuProgram: true };
      }
      return { name, device, skipped, ...(note ? { note } : {}), ...(gpu ? { gpu } : {}) };
    } catch (err) {
      if (!(err instanceof Unavailable)) throw err;
      if (requested !== 'auto') {
        throw new UserError('BACKEND_UNAVAILABLE', { name, reason: err.message, hint: err.hint });
      }
      skipped.push({ name, short: err.short, reason: err.message, hint: err.hint });
    }
  }
  // cpu is pure JavaScript and always initializes, so auto never gets here
  throw new Error('no tfjs backend could be initialized');
}

/** What an initialized backend runs on, and what of lenetc's is missing from it. */
interface Activated {
  device: string;
  note?: string;
  gpu?: GPUDevice;
}

/**
 * Initializes one backend and makes it active; returns its device string (and the engine's
 * GPUDevice for webgpu) or throws Unavailable. `auto` passes over a software WebGPU adapter.
 */
async function activate(name: ConcreteBackend, auto: boolean): Promise<Activated> {
  switch (name) {
    case 'tensorflow-gpu':
      return { device: await activateNode('@tensorflow/tfjs-node-gpu', 'needs CUDA 11.2 and cuDNN 8.1', 'TensorFlow C library with CUDA') };
    case 'tensorflow':
      return { device: await activateNode('@tensorflow/tfjs-node', 'downloads libtensorflow at install time', 'TensorFlow C library') };
    case 'webgpu':
      return activateEngine(auto);
    case 'tfjs-webgpu':
      return activateWebGpu(auto);
    case 'wasm':
    case 'tfjs-wasm':
      return activateWasm();
    case 'cpu':
      await setBackend('cpu');
      return { device: `cpu (plain JavaScript) on ${cpuModel()}` };
  }
}

/**
 * lenetc's compiled WebGPU engine on Dawn's adapter. A software adapter (lavapipe, SwiftShader)
 * trains correctly but slower than wasm: auto passes over it, an explicit request gets it with
 * a word that it is software. tfjs itself stays on its cpu backend, which only builds and saves
 * the model.
 */
async function activateEngine(auto: boolean): Promise<{ device: string; gpu: GPUDevice }> {
  const probe = await probeWebGpu(auto);
  const { dawnDevice } = await import('./dawn.js');
  const { requiredFeatures, requiredLimits } = await import('../engine/index.js');
  const { device } = await dawnDevice(requiredLimits, requiredFeatures);
  await setBackend('cpu');
  const software = probe.software ? ' (a software adapter: for testing, far slower than a GPU)' : '';
  return { device: `webgpu (lenetc's compiled training program, Dawn) on ${adapterName(probe)}${software}`, gpu: device };
}

/**
 * Dawn's adapter as the child-process probe found it, or Unavailable with the reason. A software
 * adapter (lavapipe, SwiftShader) computes correctly but slower than wasm: `auto` passes over it.
 */
async function probeWebGpu(auto: boolean): Promise<Extract<Probe, { ok: true }>> {
  // without a Vulkan loader Dawn finds no adapter anyway
  if (process.platform === 'linux' && !vulkanLoader()) {
    throw new Unavailable('no Vulkan loader', 'no Vulkan loader (libvulkan.so.1) on this machine', 'install the Vulkan loader (Debian: apt-get install libvulkan1) and a GPU driver with Vulkan support');
  }
  const { probeAdapter } = await import('./dawn.js');
  const probe = await probeAdapter();
  if (!probe.ok) throw new Unavailable('no GPU adapter', `no WebGPU adapter: ${probe.reason}`, 'the webgpu backend needs a GPU with a Vulkan driver; use --backend wasm here');
  if (probe.software && auto) {
    throw new Unavailable('software adapter', `the only WebGPU adapter is a software renderer (${adapterName(probe)}), slower than wasm`, 'pass --backend webgpu to use it anyway');
  }
  return probe;
}

function adapterName(probe: Extract<Probe, { ok: true }>): string {
  const parts = [probe.vendor, probe.architecture, probe.device, probe.description].filter((s) => s);
  return parts.length ? parts.join(' ') : 'an unnamed adapter';
}

/** Activates a backend whose package registered it; Unavailable when its initialization fails. */
async function setBackend(name: string): Promise<void> {
  // tfjs catches an initialization error, warns about it, and returns false
  if (!(await tf.setBackend(name))) {
    throw new Unavailable('failed to initialize', `the ${name} backend failed to initialize`, 'run with --backend cpu to train without it');
  }
  await tf.ready();
}

/** The native TensorFlow bindings: optional packages that register the `tensorflow` backend. */
async function activateNode(pkg: string, needs: string, what: string): Promise<string> {
  // a variable specifier keeps tsc and bundlers from requiring the optional package
  const specifier: string = pkg;
  try {
    await import(specifier);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Unavailable('not installed', `not installed: npm install ${pkg} (${needs})`, `npm install ${pkg}`);
    }
    throw new Unavailable('failed to load', `${pkg} failed to load: ${firstLine(err)}`, `reinstall ${pkg} (${needs})`);
  }
  await setBackend('tensorflow');
  return `tensorflow (${what}) on ${cpuModel()}`;
}

let webGpuAdapter: Promise<GPUAdapter | null> | undefined;

/** tfjs's WebGPU backend through Dawn (the `webgpu` package); needs a GPU adapter, which this may not have. */
async function activateWebGpu(auto: boolean): Promise<Activated> {
  await probeWebGpu(auto);
  webGpuAdapter ??= findWebGpuAdapter();
  const adapter = await webGpuAdapter;
  if (!adapter) {
    throw new Unavailable(
      'no GPU adapter',
      'no WebGPU adapter: requestAdapter() returned null (no usable Vulkan driver)',
      'the webgpu backend needs a GPU with a Vulkan driver; use --backend wasm here',
    );
  }
  await setBackend('webgpu');
  // after the backend module is loaded: importing it registers the stock kernels over ours
  // the package's index does not export its version, its dist/version.js does (an ES module
  // that Node before 20.19 cannot load from this CommonJS package: then lenetc's kernels stay out)
  const [{ registerWebGPUKernels }, { version }] = await Promise.all([
    import('../tfjs/kernels/webgpu/index.js'),
    import('@tensorflow/tfjs-backend-webgpu/dist/version.js').catch(() => ({ version: 'of unknown version' })),
  ]);
  const { note } = registerWebGPUKernels(version);
  // the per-step overhead knobs: lenetc's defaults, then $LENETC_WEBGPU_FLAGS (k=v,k=v) over them
  const { WEBGPU_DEFAULT_FLAGS, applyWebGPUFlags, parseFlags } = await import('../tfjs/kernels/webgpu/tuning.js');
  applyWebGPUFlags({ ...WEBGPU_DEFAULT_FLAGS, ...parseFlags(process.env.LENETC_WEBGPU_FLAGS) });
  const info = adapter.info;
  const parts = [info.vendor, info.architecture, info.device, info.description].filter((s) => s);
  return { device: `webgpu (Dawn) on ${parts.length ? parts.join(' ') : 'an unnamed adapter'}`, ...(note ? { note } : {}) };
}

/** Exposes Dawn as navigator.gpu, loads tfjs's WebGPU backend, and asks for an adapter. */
async function findWebGpuAdapter(): Promise<GPUAdapter | null> {
  const { dawnGpu, pollGentlyOn } = await import('./dawn.js');
  let gpu: GPU;
  try {
    gpu = await dawnGpu();
  } catch (err) {
    throw new Unavailable('Dawn failed to load', `the webgpu package (Dawn) failed to load: ${firstLine(err)}`, 'npm install webgpu');
  }
  exposeGpu(gpu);
  // the backend registers itself only if navigator.gpu exists when its module is evaluated
  await import('@tensorflow/tfjs-backend-webgpu');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ADAPTER_TIMEOUT_MS);
  });
  try {
    const adapter = await Promise.race([gpu.requestAdapter().catch(() => null), timeout]);
    if (adapter) pollGentlyOn(adapter);
    return adapter;
  } finally {
    clearTimeout(timer);
  }
}

/** Where the dynamic loader would find libvulkan.so.1 (LD_LIBRARY_PATH or the usual library folders), if anywhere. */
export function vulkanLoader(): string | undefined {
  const dirs = [
    ...(process.env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean),
    '/lib', '/usr/lib', '/lib64', '/usr/lib64', '/usr/local/lib',
    `/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`,
    `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`,
  ];
  return dirs.map((dir) => join(dir, 'libvulkan.so.1')).find((file) => existsSync(file));
}

/** Sets navigator.gpu; Node 21+ has a navigator (a getter on globalThis) without one. */
function exposeGpu(gpu: GPU): void {
  const holder = globalThis as { navigator?: object };
  if (holder.navigator) {
    Object.defineProperty(holder.navigator, 'gpu', { value: gpu, configurable: true });
  } else {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  }
}

/** The .wasm binaries the wasm backend loads at initialization. */
const WASM_BINARY = 'tfjs-backend-wasm-simd.wasm';

/**
 * XNNPACK compiled to WebAssembly; lenetc adds the training kernels it lacks. tfjs's own wasm
 * threads are off under Node; lenetc's data-parallel workers (node/parallel) are the threads,
 * which the caller counts.
 */
async function activateWasm(): Promise<Activated> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const dir = wasmDir();
  if (!dir) {
    throw new Unavailable(
      'wasm binaries missing',
      `cannot find ${WASM_BINARY}`,
      'set LENETC_WASM_DIR to the folder holding the tfjs wasm binaries (node_modules/@tensorflow/tfjs-backend-wasm/dist)',
    );
  }
  // only before the backend's first initialization; later calls would warn and be ignored
  if (!tf.findBackend('wasm')) wasm.setWasmPaths(dir.endsWith('/') ? dir : `${dir}/`);
  await setBackend('wasm');
  // the note says when lenetc's kernels or its SIMD module are not in place (the slow paths)
  const { note } = registerWasmKernels(wasm.version_wasm);
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'SIMD' : 'no SIMD';
  return { device: `wasm (XNNPACK, ${simd}) on ${cpuModel()}`, ...(note ? { note } : {}) };
}

/**
 * Where the wasm binaries are: $LENETC_WASM_DIR, beside this module (the esbuild bundle copies
 * them next to itself), or the installed package's dist folder.
 */
function wasmDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env.LENETC_WASM_DIR) candidates.push(process.env.LENETC_WASM_DIR);
  candidates.push(dirname(fileURLToPath(import.meta.url)));
  try {
    const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    candidates.push(dirname(main));
  } catch {
    // a bundle carries no node_modules; the folders above are its only chance
  }
  return candidates.find((dir) => existsSync(join(dir, WASM_BINARY)));
}

/** The CPU's model name; the thread count is the caller's to say. */
function cpuModel(): string {
  return cpus()[0]?.model.trim() || 'an unknown CPU';
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

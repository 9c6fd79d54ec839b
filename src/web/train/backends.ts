/**
 * What training in the tab runs on, started when Train is pressed (this module comes with
 * import(), with tfjs): lenetc's compiled WebGPU engine on a GPUDevice of the tab's adapter, or
 * on the CPU lenetc's compiled WebAssembly program (tfjs's wasm backend with lenetc's kernels
 * where the browser lacks SIMD). The wasm binaries are bundled beside the page
 * (esbuild's file loader), so it trains offline.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths, version_wasm } from '@tensorflow/tfjs-backend-wasm';
import plainWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm';
import simdWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm';
import { hostHasRelaxedSimd } from '../../cpu/trainer.js';
import { requiredFeatures, requiredLimits } from '../../engine/index.js';
import { registerWasmKernels } from '../../tfjs/kernels/wasm/index.js';
import { tabThreads } from './cpu-threads.js';
import { DeviceError, REFUSED_HINT, type TrainingDevice } from './device.js';

/**
 * Where a session trains: the engine on `gpu`, or the CPU: lenetc's compiled program on `threads`
 * threads where the browser has WebAssembly SIMD (`compiled`), else (or when chosen) tfjs's wasm
 * backend on one. `line` says which, for people.
 */
export type Opened =
  | { kind: 'webgpu'; gpu: GPUDevice; line: string }
  | { kind: 'wasm'; compiled: boolean; threads: number; line: string };

/**
 * Opens where `device` says to train (device.ts's `chooseDevice`, as the Device panel shows it):
 * the engine on a GPUDevice of its adapter, or wasm with the reason the panel gave. A refused
 * device is a DeviceError.
 */
export async function openDevice(device: TrainingDevice): Promise<Opened> {
  tf.enableProdMode();
  if (device.kind === 'refused') throw new DeviceError(`cannot train on WebGPU: ${device.reason}`, REFUSED_HINT);
  if (device.kind === 'wasm') return startWasm(device.reason, device.tfjs ?? false);
  let gpu: GPUDevice;
  try {
    gpu = await device.adapter.requestDevice({ requiredLimits: requiredLimits(device.adapter), requiredFeatures: requiredFeatures(device.adapter) });
  } catch (e) {
    throw new DeviceError(`the WebGPU adapter refused a device: ${(e as Error).message}`, 'Choose "wasm (CPU)" as the device.');
  }
  // the engine builds and saves the network with tfjs, which computes nothing else here
  await setBackend('cpu');
  return { kind: 'webgpu', gpu, line: `Training on WebGPU with lenetc's compiled engine: ${device.name}${device.software ? ' (a software renderer: far slower than a GPU)' : ''}.` };
}

/**
 * tfjs's wasm backend, single-threaded, with lenetc's kernels registered over the stock ones, and
 * the compiled program's threads; `why` ends the line that says so (the engine could not take the
 * spec, say), `tfjs` keeps training on tfjs's backend.
 */
async function startWasm(why: string, tfjs: boolean): Promise<Opened> {
  if (!tf.findBackend('wasm') || tf.getBackend() !== 'wasm') {
    // lenetc's SIMD kernels work on the backend's own memory, which the threaded build shares:
    // one thread, the SIMD or plain binary
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    const url = (file: string) => new URL(file, import.meta.url).href;
    // setWasmPaths wants all three names; the threaded one is never fetched with threads off
    if (!wasmPathsSet) setWasmPaths({ 'tfjs-backend-wasm.wasm': url(plainWasm), 'tfjs-backend-wasm-simd.wasm': url(simdWasm), 'tfjs-backend-wasm-threaded-simd.wasm': url(simdWasm) });
    wasmPathsSet = true;
    await setBackend('wasm');
  }
  const { note } = registerWasmKernels(version_wasm);
  const noted = note ? ` Note: ${note}.` : '';
  // the compiled program needs WebAssembly SIMD; tfjs's wasm backend (which still builds, saves
  // and draws the network) runs without it
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) as boolean;
  if (tfjs) return { kind: 'wasm', compiled: false, threads: 1, line: `Training on the CPU with TensorFlow.js's wasm backend (${simd ? 'SIMD' : 'no SIMD'}, one thread) and lenetc's kernels, op by op: ${why}.${noted}` };
  if (!simd) {
    return { kind: 'wasm', compiled: false, threads: 1, line: `Training on the CPU with TensorFlow.js's wasm backend (no SIMD, one thread) and lenetc's kernels: ${why}. This browser has no WebAssembly SIMD, which lenetc's compiled program needs.${noted}` };
  }
  const { threads, why: single } = tabThreads();
  const on = threads > 1 ? `${threads} threads` : 'one thread';
  const alone = single ? ` One thread, as ${single}.` : '';
  const fused = hostHasRelaxedSimd() ? ' with fused multiply-adds' : '';
  return { kind: 'wasm', compiled: true, threads, line: `Training on the CPU with lenetc's compiled program (WebAssembly SIMD${fused}, ${on}): ${why}.${alone}` };
}

let wasmPathsSet = false;

async function setBackend(name: string): Promise<void> {
  // tfjs warns and returns false when a backend fails to initialize
  if (!(await tf.setBackend(name))) throw new DeviceError(`TensorFlow.js's ${name} backend failed to start in this tab`, 'Reload the page; if it persists, this browser lacks WebAssembly.');
  await tf.ready();
}

/**
 * Which device training in this tab uses, decided in one place for the Device panel and for
 * Train alike: the WebGPU engine where `navigator.gpu` gives a hardware adapter, else lenetc's
 * compiled WebAssembly program on the CPU (TensorFlow.js's wasm backend when chosen, to compare).
 * A software adapter (SwiftShader, lavapipe) trains correctly but slower than wasm, so `auto`
 * passes over it, as `lenetc train --backend auto` does; choosing WebGPU takes it anyway. Part of
 * the first load: no tfjs here.
 */

import { isSoftwareAdapter, type AdapterInfo } from '../../engine/adapter.js';

/** A problem with the device that the user can act on: what happened and what to do. */
export class DeviceError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'DeviceError';
  }
}

/** What the user picked in the Device box. */
export type DeviceChoice = 'auto' | 'webgpu' | 'wasm' | 'tfjs-wasm';

/**
 * What the tab offers: a WebGPU adapter, or why there is none. An adapter gives one device, so
 * each run asks afresh, and the Device panel shows what that asking found.
 */
export type GpuProbe =
  | { kind: 'adapter'; adapter: GPUAdapter; name: string; software: boolean }
  | { kind: 'none'; reason: string };

/** Where a run trains, and why: what the Device panel says and what the run's own line says. */
export type TrainingDevice =
  /** `adapter` gives the run its GPUDevice; `name` is the adapter's, for people. */
  | { kind: 'webgpu'; adapter: GPUAdapter; name: string; software: boolean }
  /**
   * `reason`: why not WebGPU (`chosen`: the user picked wasm); `software`: the adapter passed
   * over, which choosing WebGPU would take; `tfjs`: TensorFlow.js's wasm backend op by op instead
   * of lenetc's compiled program (for comparison, as `lenetc train --backend tfjs-wasm`).
   */
  | { kind: 'wasm'; reason: string; chosen?: boolean; software?: string; tfjs?: boolean }
  /** WebGPU was chosen and the tab has none. */
  | { kind: 'refused'; reason: string };

/** The adapter's name from its info, for people. */
export function adapterName(info: AdapterInfo | undefined): string {
  const parts = [info?.vendor, info?.architecture, info?.device, info?.description].filter((s) => s);
  return parts.join(' ') || 'a WebGPU adapter';
}

/** Asks the browser for a WebGPU adapter; never throws. */
export async function probeGpu(): Promise<GpuProbe> {
  const gpu = (navigator as Navigator & { gpu?: GPU }).gpu;
  if (!gpu) return { kind: 'none', reason: window.isSecureContext ? 'this browser has no WebGPU' : 'WebGPU needs a secure context (https or localhost)' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { kind: 'none', reason: 'the browser offers no WebGPU adapter (no GPU, or WebGPU is turned off)' };
    const info = adapter.info as AdapterInfo | undefined;
    return { kind: 'adapter', adapter, name: adapterName(info), software: isSoftwareAdapter(info, (adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter) };
  } catch (e) {
    return { kind: 'none', reason: `asking for a WebGPU adapter failed (${(e as Error).message})` };
  }
}

/** Where a run with `choice` trains on what `probe` found: the one rule the panel and the run share. */
export function chooseDevice(choice: DeviceChoice, probe: GpuProbe): TrainingDevice {
  if (choice === 'wasm') return { kind: 'wasm', reason: 'you chose wasm', chosen: true };
  if (choice === 'tfjs-wasm') return { kind: 'wasm', reason: 'you chose tfjs-wasm', chosen: true, tfjs: true };
  if (probe.kind === 'none') return choice === 'webgpu' ? { kind: 'refused', reason: probe.reason } : { kind: 'wasm', reason: probe.reason };
  if (choice === 'auto' && probe.software) return { kind: 'wasm', reason: `the only WebGPU adapter is a software renderer (${probe.name}), slower than wasm`, software: probe.name };
  return { kind: 'webgpu', adapter: probe.adapter, name: probe.name, software: probe.software };
}

/** The Device panel's line for `device`, and how it reads (fine, slower than it could be, or no way). */
export function describeDevice(device: TrainingDevice): { text: string; kind: 'ok' | 'warning' | 'error' } {
  switch (device.kind) {
    case 'webgpu':
      return device.software
        ? { text: `WebGPU: training will run on ${device.name}, a software renderer (far slower than a GPU), with lenetc's compiled engine.`, kind: 'warning' }
        : { text: `WebGPU: training will run on ${device.name} with lenetc's compiled engine.`, kind: 'ok' };
    case 'wasm': {
      if (device.tfjs) return { text: 'Training will run on the CPU with TensorFlow.js\'s wasm backend, op by op (with lenetc\'s kernels), as you chose: slower than lenetc\'s compiled program, and there to compare with it.', kind: 'ok' };
      if (device.chosen) return { text: 'Training will run on the CPU with lenetc\'s compiled WebAssembly program, as you chose.', kind: 'ok' };
      const anyway = device.software ? ' Choose WebGPU as the device to use the software adapter anyway.' : '';
      return { text: `No WebGPU here: ${device.reason}. Training will run on the CPU with lenetc's compiled WebAssembly program (slower).${anyway}`, kind: 'warning' };
    }
    case 'refused':
      return { text: `WebGPU is chosen as the device, but ${device.reason}: training cannot start. Choose "auto" or "wasm (CPU)".`, kind: 'error' };
  }
}

/** What to do about a refused device, for the run's error line. */
export const REFUSED_HINT = 'Choose "wasm (CPU)" as the device, or open the page in a browser with WebGPU (Chrome, Edge; Firefox and Safari behind a setting).';

/**
 * Which device training in this tab would use: the WebGPU engine where `navigator.gpu` gives a
 * hardware adapter, else TensorFlow.js's wasm backend with lenetc's kernels on the CPU. A
 * software adapter (SwiftShader, lavapipe) trains correctly but slower than wasm, so `auto`
 * passes over it, as `lenetc train --backend auto` does. Part of the first load: no tfjs here.
 */

/** What the user picked in the Device box. */
export type DeviceChoice = 'auto' | 'webgpu' | 'wasm';

/** The parts of GPUAdapterInfo read here (some browsers leave fields out). */
export interface GpuAdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}
interface Gpu {
  requestAdapter(): Promise<{ info?: GpuAdapterInfo; isFallbackAdapter?: boolean } | null>;
}

/** Where training would run on `auto`, and why. */
export type TrainingDevice =
  | { kind: 'webgpu'; adapter: string }
  | { kind: 'wasm'; reason: string; software?: string };

/** The adapter's name from its info, for people. */
export function adapterName(info: GpuAdapterInfo | undefined): string {
  const parts = [info?.vendor, info?.architecture, info?.device, info?.description].filter((s) => s);
  return parts.join(' ') || 'a WebGPU adapter';
}

/** Whether the adapter is a software renderer (the same rule as the CLI's Dawn probe). */
export function isSoftware(info: GpuAdapterInfo | undefined, fallback?: boolean): boolean {
  const text = adapterName(info).toLowerCase();
  return fallback === true || info?.isFallbackAdapter === true || info?.architecture === 'software' || /llvmpipe|lavapipe|swiftshader/.test(text);
}

/** Asks the browser for a WebGPU adapter; never throws. */
export async function probeDevice(): Promise<TrainingDevice> {
  const gpu = (navigator as Navigator & { gpu?: Gpu }).gpu;
  if (!gpu) {
    const reason = window.isSecureContext ? 'this browser has no WebGPU' : 'WebGPU needs a secure context (https or localhost)';
    return { kind: 'wasm', reason };
  }
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { kind: 'wasm', reason: 'the browser offers no WebGPU adapter (no GPU, or WebGPU is turned off)' };
    const name = adapterName(adapter.info);
    if (isSoftware(adapter.info, adapter.isFallbackAdapter)) return { kind: 'wasm', reason: `the only WebGPU adapter is a software renderer (${name}), slower than wasm`, software: name };
    return { kind: 'webgpu', adapter: name };
  } catch (e) {
    return { kind: 'wasm', reason: `asking for a WebGPU adapter failed (${(e as Error).message})` };
  }
}

/** The device line of the training panel. */
export function describeDevice(device: TrainingDevice): string {
  if (device.kind === 'webgpu') return `WebGPU: training will run on ${device.adapter}.`;
  const anyway = device.software ? ' Choose WebGPU as the device to use the software adapter anyway.' : '';
  return `No WebGPU here: ${device.reason}. Training will run on the CPU with TensorFlow.js's wasm backend and lenetc's kernels (slower).${anyway}`;
}

/**
 * Which device training in this tab would use: the WebGPU engine where `navigator.gpu` gives an
 * adapter, else TensorFlow.js's wasm backend with lenetc's kernels on the CPU.
 */

/** The parts of WebGPU's API read here (TypeScript's DOM library does not declare WebGPU yet). */
interface GpuAdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
}
interface Gpu {
  requestAdapter(): Promise<{ info?: GpuAdapterInfo } | null>;
}

/** Where training would run, and why. */
export type TrainingDevice =
  | { kind: 'webgpu'; adapter: string }
  | { kind: 'wasm'; reason: string };

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
    const info = adapter.info ?? {};
    const name = [info.vendor, info.architecture, info.device, info.description].filter((s) => s).join(' ');
    return { kind: 'webgpu', adapter: name || 'a WebGPU adapter' };
  } catch (e) {
    return { kind: 'wasm', reason: `asking for a WebGPU adapter failed (${(e as Error).message})` };
  }
}

/** The device line of the training panel. */
export function describeDevice(device: TrainingDevice): string {
  return device.kind === 'webgpu'
    ? `WebGPU: training will run on ${device.adapter}.`
    : `No WebGPU here: ${device.reason}. Training will run on the CPU with TensorFlow.js's wasm backend and lenetc's kernels (slower).`;
}

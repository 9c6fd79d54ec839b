/**
 * What kind of adapter a WebGPU device runs on, from what it says of itself: one rule for the
 * engine's compile options and the tab's Device panel (the CLI's Dawn probe, a script of its own
 * in a child process, applies the same test). No imports: the tab's first load reads it.
 */

/** The parts of GPUAdapterInfo the engine reads (some browsers leave fields out). */
export interface AdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

/** Whether an adapter is a software renderer (lavapipe, SwiftShader: the "GPU" is the CPU), by its info or its fallback flag. */
export function isSoftwareAdapter(info: AdapterInfo | undefined, fallback?: boolean): boolean {
  const text = [info?.vendor, info?.architecture, info?.device, info?.description].join(' ').toLowerCase();
  return fallback === true || info?.isFallbackAdapter === true || info?.architecture === 'software' || /llvmpipe|lavapipe|swiftshader/.test(text);
}

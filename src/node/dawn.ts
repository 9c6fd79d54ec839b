/**
 * WebGPU in Node through Dawn (the `webgpu` package). Looking for an adapter is done in a child
 * process first: Dawn, the Vulkan loader and the drivers print to the process's stderr from
 * native code (`XDG_RUNTIME_DIR is invalid`, `Warning: ... at InitializeImpl (...)`), which no
 * JavaScript can silence, and a user who never asked for WebGPU must not see that. Only when the
 * child found an adapter does this process load Dawn itself.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isSoftwareAdapter } from '../engine/adapter.js';

/** What the probe found. */
export type Probe =
  | { ok: true; vendor: string; architecture: string; device: string; description: string; software: boolean }
  | { ok: false; reason: string };

/** How long the probe may take (loading Dawn and enumerating adapters) before it counts as absent. */
const PROBE_TIMEOUT_MS = 20_000;
const MARK = 'lenetc-webgpu-probe:';

/**
 * Asks a child process for Dawn's adapter, so nothing native reaches this process's terminal.
 * Asked once per process and environment: the answer does not change while lenetc runs, and a
 * process that runs commands in-process (the tests; a sweep's points) asked again for each one.
 */
export function probeAdapter(): Promise<Probe> {
  const env = dawnEnv();
  const key = JSON.stringify(env);
  let probe = probes.get(key);
  if (!probe) probes.set(key, (probe = probeIn(env)));
  return probe;
}

const probes = new Map<string, Promise<Probe>>();

async function probeIn(env: NodeJS.ProcessEnv): Promise<Probe> {
  let webgpu: string;
  try {
    webgpu = import.meta.resolve('webgpu');
  } catch {
    return { ok: false, reason: 'the webgpu package (Dawn) is not installed' };
  }
  const script = `
const mark = ${JSON.stringify(MARK)};
try {
  const { create } = await import(${JSON.stringify(webgpu)});
  const adapter = await create([]).requestAdapter();
  if (!adapter) {
    console.log(mark + JSON.stringify({ ok: false, reason: 'requestAdapter() returned null (no usable Vulkan driver)' }));
  } else {
    const i = adapter.info;
    const text = [i.vendor, i.architecture, i.device, i.description].join(' ').toLowerCase();
    const software = adapter.isFallbackAdapter === true || i.architecture === 'software' || /llvmpipe|lavapipe|swiftshader/.test(text);
    console.log(mark + JSON.stringify({ ok: true, vendor: i.vendor, architecture: i.architecture, device: i.device, description: i.description, software }));
  }
} catch (err) {
  console.log(mark + JSON.stringify({ ok: false, reason: 'Dawn failed to load: ' + String(err && err.message || err).split('\\n')[0] }));
}
process.exit(0);`;
  return new Promise<Probe>((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    // the child's stderr is where the native noise goes: read and dropped
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS);
    child.on('error', (err) => resolve({ ok: false, reason: `could not start the probe: ${err.message}` }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').reverse().find((l) => l.startsWith(MARK));
      if (line) resolve(JSON.parse(line.slice(MARK.length)) as Probe);
      else resolve({ ok: false, reason: signal ? `the adapter probe did not finish (${signal})` : `the adapter probe failed (exit code ${code})` });
    });
  });
}

// The GPU instance must stay reachable while any of its devices lives: when it is garbage
// collected, Dawn's event processing runs on a destroyed instance and the process aborts.
let instance: GPU | undefined;

/** This process's Dawn instance, loaded once (after a probe said an adapter is there). */
export async function dawnGpu(): Promise<GPU> {
  if (!instance) {
    Object.assign(process.env, dawnEnv());
    const { create, globals } = await import('webgpu');
    Object.assign(globalThis, globals);
    instance = create([]);
  }
  return instance;
}

/** A device on Dawn's adapter with the limits the engine asks for. */
export async function dawnDevice(
  limits: (adapter: GPUAdapter) => Record<string, number>,
  features: (adapter: GPUAdapter) => GPUFeatureName[] = () => [],
): Promise<{ device: GPUDevice; adapter: GPUAdapter }> {
  const adapter = await (await dawnGpu()).requestAdapter();
  if (!adapter) throw new Error('Dawn found no adapter, though the probe did');
  const device = await adapter.requestDevice({ requiredLimits: limits(adapter), requiredFeatures: features(adapter) });
  pollGentlyOn(adapter);
  return { device, adapter };
}

/** Whether pollGentlyOn replaced setImmediate in this process (once is enough: it is global). */
let gentle = false;

/**
 * On a software adapter, Dawn's event processing runs each millisecond instead of back to back.
 *
 * dawn.node settles a pending GPU promise (mapAsync, onSubmittedWorkDone) by queueing
 * wgpuInstanceProcessEvents with setImmediate, again and again, for as long as one is pending
 * (crbug.com/dawn/1127): a process waiting on the GPU keeps one core at 100%. On a GPU that only
 * costs power. On lavapipe the "GPU" is the CPU's other threads, and the spinning thread takes
 * a core from them: lenet5's engine steps took 3.2 s spinning and 2.0 s polled each millisecond
 * with lavapipe's default two threads on two cores (the same 64 steps), and with one lavapipe
 * thread the same time at half the CPU (4.9 s against 2.8 s), which a machine running two jobs
 * gets back. Dawn looks up the global setImmediate each time it queues a poll, and its poll is
 * the only native function without a name that reaches it; everything else goes through as it was.
 */
export function pollGentlyOn(adapter: GPUAdapter): void {
  if (gentle || !isSoftwareAdapter(adapter.info)) return;
  gentle = true;
  const immediate = globalThis.setImmediate;
  const isDawnPoll = (callback: unknown) =>
    typeof callback === 'function' && callback.name === '' && Function.prototype.toString.call(callback).includes('[native code]');
  const polite = function (this: unknown, callback: (...args: unknown[]) => void, ...args: unknown[]) {
    // Dawn drops what setImmediate returns, so a Timeout in its place is never cleared as an Immediate
    if (isDawnPoll(callback)) return setTimeout(callback, 1) as unknown as NodeJS.Immediate;
    return immediate(callback, ...args);
  };
  // util.promisify(setImmediate) and the like read properties of the function itself
  Object.defineProperties(polite, Object.getOwnPropertyDescriptors(immediate));
  globalThis.setImmediate = polite as typeof setImmediate;
}

/**
 * The environment Dawn runs in: Mesa's Wayland code complains when XDG_RUNTIME_DIR is unset, so
 * it gets a private folder when it has none.
 */
function dawnEnv(): NodeJS.ProcessEnv {
  if (process.env.XDG_RUNTIME_DIR) return process.env;
  const dir = path.join(os.tmpdir(), `lenetc-runtime-${process.getuid?.() ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { ...process.env, XDG_RUNTIME_DIR: dir };
}

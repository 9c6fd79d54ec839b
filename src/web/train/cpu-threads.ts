/**
 * Worker threads for the compiled CPU program in the tab, where the page may have them: shared
 * memory needs a cross-origin-isolated page (`lenetc playground` serves it so; a static copy
 * elsewhere usually is not), and the training thread, which may not block, waits on the workers
 * with Atomics.waitAsync. Elsewhere the program runs on the tab's thread alone.
 */
import workerScript from 'lenetc:cpu-worker';
import type { CpuThreads } from '../../cpu/trainer.js';
import { DeviceError } from './device.js';

/** What to do when a worker fails. */
const RETRY_HINT = 'Reload the page and train again; if it happens again, choose "tfjs-wasm" as the device.';

/** Beyond this, a batch of 128 (8 chunks of 16) leaves threads idle. */
const MAX_THREADS = 8;

/** How many threads the compiled program can use in this tab (1: no workers), and if only one, why. */
export function tabThreads(): { threads: number; why?: string } {
  if (!globalThis.crossOriginIsolated) return { threads: 1, why: 'this page is not cross-origin isolated, so it has no shared memory for worker threads (`lenetc playground` serves it isolated)' };
  if (typeof (Atomics as { waitAsync?: unknown }).waitAsync !== 'function') return { threads: 1, why: 'this browser has no Atomics.waitAsync' };
  const cores = navigator.hardwareConcurrency || 1;
  return cores > 1 ? { threads: Math.min(cores, MAX_THREADS) } : { threads: 1, why: 'this browser reports one core' };
}

/** Starts `workers` Web Workers on the module and memory; a worker that fails to load or run fails the run. */
export const webCpuThreads: CpuThreads = async ({ module, memory, control, phases, workers, fail }) => {
  const started: Worker[] = [];
  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL(workerScript, import.meta.url), { name: `lenetc CPU thread ${i + 1}` });
    worker.addEventListener('error', (event) => fail(new DeviceError(`a CPU worker thread failed: ${event.message || 'its script could not be loaded'}`, RETRY_HINT)));
    worker.addEventListener('messageerror', () => fail(new DeviceError('a CPU worker thread could not receive the program', RETRY_HINT)));
    worker.postMessage({ module, memory, control, phases, workers });
    started.push(worker);
  }
  return {
    async stop() {
      for (const worker of started) worker.terminate();
    },
  };
};

/**
 * Worker threads for the compiled CPU program in Node: each instantiates the program's module on
 * the shared memory and runs src/cpu/team.ts's worker loop (./cpu-worker.ts).
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { CpuWorkerData } from '../cpu/team.js';
import type { CpuThreads } from '../cpu/trainer.js';
import { startWorker } from './parallel/index.js';

/** Starts `workers` threads on the module and memory; `stop` ends them once the team has told them to. */
export const nodeCpuThreads: CpuThreads = async ({ module, memory, control, phases, workers, fail }) => {
  const entry = new URL(`./cpu-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const started: Worker[] = [];
  for (let i = 0; i < workers; i++) {
    const data: CpuWorkerData = { module, memory, control, phases, workers };
    const worker = startWorker(entry, data);
    worker.on('error', (err) => fail(err));
    worker.on('exit', (code) => { if (code !== 0) fail(new Error(`a CPU worker thread exited with code ${code}`)); });
    // kept referenced: the training thread's asynchronous waits on them do not keep Node's event loop alive by themselves
    started.push(worker);
  }
  return {
    async stop() {
      await Promise.all(started.map((w) => w.terminate()));
    },
  };
};

/** A thread of the compiled CPU program (src/cpu/team.ts): its instance on the shared memory, running phases until told to stop. */
import { workerData } from 'node:worker_threads';
import { workerLoop } from '../cpu/team.js';
import type { CpuWorkerData } from './cpu-threads.js';

const { module, memory, control, phases, workers } = workerData as CpuWorkerData;
const instance = new WebAssembly.Instance(module, { env: { memory, log: Math.log } });
const exports = instance.exports as Record<string, CallableFunction>;
workerLoop(control, {
  phases: phases.map((name) => exports[name] as (e0: number, e1: number, n: number, chunk: number, step: number) => void),
  update: exports.update as (part: number, parts: number, lr: number, c1: number, c2: number) => void,
}, workers);

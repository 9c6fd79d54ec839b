/** A thread of the compiled CPU program (src/cpu/team.ts) under Node's worker_threads. */
import { workerData } from 'node:worker_threads';
import { runWorker, type CpuWorkerData } from '../cpu/team.js';

runWorker(workerData as CpuWorkerData);

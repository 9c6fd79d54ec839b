/**
 * Threads for the compiled CPU program: the training thread and its workers share the module's
 * memory and a small control block (a SharedArrayBuffer), and run each phase of a step together.
 * The leader writes the phase, wakes the workers, and every thread (itself included) takes the
 * next unclaimed chunk until none is left; the leader then waits until every worker is done. Which
 * thread runs a chunk changes nothing: each chunk writes only its own examples and its own partial
 * gradients, so a run gives the same numbers on any number of threads. Browser-safe: it needs
 * only Atomics (a worker, or Node's main thread, may wait on them).
 */
import { CHUNK } from '../codegen/wasm/index.js';

/** Int32 slots of the control block. */
const GEN = 0;
const PHASE = 1;
const COUNT = 2;
const N = 3;
const STEP = 4;
const NEXT = 5;
const DONE = 6;
const STOP = 7;
/** The update's learning rate and adam's corrections, as f32, after the int slots. */
const VALUES = 8;

/** The control block's size in bytes. */
export const CONTROL_BYTES = 4 * (VALUES + 3);

/** What a thread runs: the module's phase functions (in the program's order) and its update. */
export interface PhaseExports {
  phases: Array<(e0: number, e1: number, n: number, chunk: number, step: number) => void>;
  update(part: number, parts: number, lr: number, c1: number, c2: number): void;
}

/** The update is phase -1: its parts are the "chunks". */
export const UPDATE = -1;

/** Takes chunks of the current phase until none is left. */
function work(ints: Int32Array, floats: Float32Array, run: PhaseExports): void {
  const phase = Atomics.load(ints, PHASE);
  const count = Atomics.load(ints, COUNT);
  const n = Atomics.load(ints, N);
  const step = Atomics.load(ints, STEP);
  for (;;) {
    const chunk = Atomics.add(ints, NEXT, 1);
    if (chunk >= count) return;
    if (phase === UPDATE) run.update(chunk, count, floats[VALUES]!, floats[VALUES + 1]!, floats[VALUES + 2]!);
    else run.phases[phase]!(chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK), n, chunk, step);
  }
}

/** What a worker thread starts with (Node's worker_threads and a browser's Web Worker alike). */
export interface CpuWorkerData {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  /** The program's phase functions, in order. */
  phases: string[];
  /** How many workers there are (the training thread not counted). */
  workers: number;
}

/** A worker thread's whole life: its own instance of the module on the shared memory, running phases until told to stop. */
export function runWorker({ module, memory, control, phases, workers }: CpuWorkerData): void {
  const exports = new WebAssembly.Instance(module, { env: { memory, log: Math.log } }).exports as Record<string, CallableFunction>;
  workerLoop(control, {
    phases: phases.map((name) => exports[name] as PhaseExports['phases'][number]),
    update: exports.update as PhaseExports['update'],
  }, workers);
}

/** A worker's life: wait for a phase, work on it, say so; until told to stop. */
function workerLoop(control: SharedArrayBuffer, run: PhaseExports, workers: number): void {
  const ints = new Int32Array(control);
  const floats = new Float32Array(control);
  let generation = 0;
  for (;;) {
    Atomics.wait(ints, GEN, generation);
    generation = Atomics.load(ints, GEN);
    if (Atomics.load(ints, STOP)) return;
    work(ints, floats, run);
    if (Atomics.add(ints, DONE, 1) + 1 === workers) Atomics.notify(ints, DONE);
  }
}

/** Atomics.waitAsync (ES2024; in Node since 16 and in every current browser), which this project's TypeScript lib does not declare. */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number, timeout: number): { async: boolean; value: Promise<string> | string };
}).waitAsync;

/** The training thread's side: runs phases with `workers` others (0: alone). */
export class Team {
  private readonly ints: Int32Array;
  private readonly floats: Float32Array;
  private failure: Error | undefined;

  /** `control` is shared when there are workers; alone, a plain buffer does (Atomics work on either). */
  constructor(readonly control: SharedArrayBuffer | ArrayBuffer, private readonly run: PhaseExports, private readonly workers: number) {
    this.ints = new Int32Array(control);
    this.floats = new Float32Array(control);
  }

  /**
   * Runs phase `phase` (or UPDATE) over `count` chunks on every thread; resolves when all are
   * done. The wait for the workers is asynchronous, so a worker's crash (fail) is heard.
   */
  async spread(phase: number, count: number, n: number, step: number, values: readonly [number, number, number] = [0, 0, 0]): Promise<void> {
    const { ints } = this;
    if (this.failure) throw this.failure;
    Atomics.store(ints, PHASE, phase);
    Atomics.store(ints, COUNT, count);
    Atomics.store(ints, N, n);
    Atomics.store(ints, STEP, step);
    this.floats.set(values, VALUES);
    Atomics.store(ints, NEXT, 0);
    Atomics.store(ints, DONE, 0);
    if (this.workers > 0) {
      Atomics.add(ints, GEN, 1);
      Atomics.notify(ints, GEN);
    }
    work(ints, this.floats, this.run);
    for (let done = Atomics.load(ints, DONE); done < this.workers; done = Atomics.load(ints, DONE)) {
      if (this.failure) throw this.failure;
      const waited = waitAsync(ints, DONE, done, 1000);
      if (waited.async) await waited.value;
    }
  }

  /** A worker died: the phase in flight (and every later one) rejects with `error`. */
  fail(error: Error): void {
    this.failure ??= error;
    Atomics.notify(this.ints, DONE);
  }

  /** Tells the workers to end. */
  stop(): void {
    Atomics.store(this.ints, STOP, 1);
    Atomics.add(this.ints, GEN, 1);
    Atomics.notify(this.ints, GEN);
  }
}

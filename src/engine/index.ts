/**
 * Runs a compiled training program (src/codegen/wgsl) on a GPUDevice: the data set uploaded once
 * as bytes, every pipeline and bind group created once (./placement.ts), a chunk of steps encoded
 * into one command buffer with one submit, per-step values at dynamic offsets into a table
 * written once per chunk (./step-table.ts), two chunks in flight, and the metrics read back once
 * per chunk. It talks only to the GPUDevice it is given, so Node (through Dawn) and a browser
 * tab run the same engine.
 */
import { adamCorrections, GPU_ACCUMULATORS, SOFTWARE_ACCUMULATORS, STEP_STRIDE, type CompileOptions, type TrainingProgram } from '../codegen/wgsl/index.js';
import type { OptimizerConfig } from '../model.js';
import type { ImageSplit } from '../train/data/split.js';
import { isSoftwareAdapter, type AdapterInfo } from './adapter.js';
import { MAP_READ_MODE, placeProgram, USAGE, type CompileWatch, type PlacedSplit } from './placement.js';
import { StepTable, type StepFields } from './step-table.js';

/** A data set split as the engine takes it: an ImageSplit's labels and count, its pixels as N×H×W×C bytes (engineSplit makes one). */
export type EngineSplit = Pick<ImageSplit, 'labels' | 'count'> & { images: Uint8Array };

/** One training step's batch: example indices into the train split, their augmentation words, the rate. */
export interface EngineBatch {
  indices: Uint32Array;
  /** One word per example (codegen's augmentWord), or undefined for none. */
  augment?: Uint32Array;
  lr: number;
  /** The step's index over the whole run: with the seed it keys the dropout masks (default: the engine's step count). */
  step?: number;
}

/** A step's numbers as read back: the mean loss of the batch and how many examples it got right. */
export interface StepMetrics {
  loss: number;
  hits: number;
}

/** Per-example losses and predictions of an evaluated split. */
export interface EngineEvaluation {
  losses: Float32Array;
  predictions: Uint8Array;
}

/** What the engine needs besides the device and the program. */
export interface EngineOptions {
  /** The split training steps' indices point into, uploaded once. */
  train: EngineSplit;
  optimizer: OptimizerConfig;
  /** The run's seed: keys the dropout masks. */
  seed: number;
  /** Steps encoded per command buffer (default 64). */
  chunk?: number;
  /** Hears of the pipelines compiling, and stops it (see placeProgram). */
  watch?: CompileWatch;
}

/** A training program placed on a device, ready to train. */
export interface Engine {
  readonly program: TrainingProgram;
  /** Steps trained so far (the optimizer's iteration count); set it when restoring state. */
  iterations: number;
  /** Replaces every parameter (plan order, trainable weights and moving statistics). */
  writeParams(params: Float32Array<ArrayBuffer>): void;
  /** Replaces the optimizer's state buffers (program.states order). */
  writeState(states: readonly Float32Array<ArrayBuffer>[]): void;
  readParams(): Promise<Float32Array>;
  readState(): Promise<Float32Array[]>;
  /** Each trainable float's gradient from the last step trained. */
  readGradient(): Promise<Float32Array>;
  /**
   * Trains `batches` (at most `chunk`) as one submit; resolves with each step's metrics. A
   * second call may be made before the first resolves: two chunks run in flight.
   */
  train(batches: readonly EngineBatch[]): Promise<StepMetrics[]>;
  /** Runs inference over every example of `split` (uploaded on its first use, then kept). */
  evaluate(split: EngineSplit): Promise<EngineEvaluation>;
  /**
   * Trains one step with every kernel in a pass of its own and returns each kernel's GPU time
   * (timestamp queries; undefined when the device lacks 'timestamp-query'). For finding where a
   * step's time goes, not for training: it changes the weights like any step.
   */
  profile(batch: EngineBatch): Promise<{ kernel: string; ms: number }[] | undefined>;
  /** Waits for everything submitted. */
  idle(): Promise<void>;
  destroy(): void;
}

/** The limits a program needs from a device: ask for them in requestDevice. */
export function requiredLimits(adapter: GPUAdapter): Record<string, number> {
  const l = adapter.limits;
  return {
    maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
    maxBufferSize: l.maxBufferSize,
    maxStorageBuffersPerShaderStage: l.maxStorageBuffersPerShaderStage,
    maxComputeWorkgroupsPerDimension: l.maxComputeWorkgroupsPerDimension,
  };
}

/**
 * How to compile a training program for `device`: its binding limits, and whether an example's
 * phases are fused into one kernel. A software adapter gets each phase as a kernel of its own:
 * it runs a fused kernel's phases as coroutines split at every barrier, which its compiler pays
 * for far beyond the phases' own size (lavapipe, nothing cached: lenet5's fused 15-phase kernel
 * took 16.8 s, its 15 phases apart 6.0 s; modern.yaml's whole program 29.4 s fused, 6.5 s apart), while its
 * steps take about as long either way. The floats are the same either way. A software adapter's
 * conv work items also keep more running sums (SOFTWARE_ACCUMULATORS), since its loads cost most.
 */
export function compileOptionsFor(device: GPUDevice): Pick<CompileOptions, 'maxBindingBytes' | 'maxStorageBuffers' | 'fuse' | 'accumulators'> {
  const info = (device as GPUDevice & { adapterInfo?: AdapterInfo }).adapterInfo;
  const software = isSoftwareAdapter(info);
  return {
    maxBindingBytes: device.limits.maxStorageBufferBindingSize,
    maxStorageBuffers: device.limits.maxStorageBuffersPerShaderStage,
    fuse: !software,
    accumulators: software ? SOFTWARE_ACCUMULATORS : GPU_ACCUMULATORS,
  };
}

/** The optional features the engine uses where the adapter has them: timestamps for profile(). */
export function requiredFeatures(adapter: GPUAdapter): GPUFeatureName[] {
  return adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
}

/** One step to encode: its record in the step table (which says which rows and metrics slot are its). */
interface Encoded {
  names: readonly string[];
  record: number;
}

/**
 * Places `program` and the data on `device` (buffers, pipelines, bind groups, once), and returns
 * the engine that runs it. Training, evaluation and profiling fill the same step table and encode
 * through the same `encode`; they differ only in which kernels, how many steps, and what is read back.
 */
export async function createEngine(device: GPUDevice, program: TrainingProgram, options: EngineOptions): Promise<Engine> {
  const { graph } = program;
  const B = graph.batch;
  const chunk = options.chunk ?? 64;
  // two chunks in flight, each its own records; evaluation uses the same window of records
  const records = 2 * chunk;
  const placement = await placeProgram(device, program, { records, rows: records * B, slots: records }, options.watch);
  const table = new StepTable(records, B, options.seed);
  const trainSplit = placement.place(options.train);
  const staging = [0, 1].map((k) => device.createBuffer({ label: `metrics staging ${k}`, size: chunk * 8, usage: USAGE.MAP_READ | USAGE.COPY_DST }));

  /**
   * Encodes `steps` over `split`'s data: all in one compute pass, or with `timestamps` each
   * dispatch in a pass of its own that writes its start and end (for profile).
   */
  const encode = (encoder: GPUCommandEncoder, steps: readonly Encoded[], split: PlacedSplit, timestamps?: GPUQuerySet) => {
    const pass = timestamps ? undefined : encoder.beginComputePass();
    let dispatched = 0;
    for (const { names, record } of steps) {
      for (const name of names) {
        const own = timestamps ? encoder.beginComputePass({ timestampWrites: { querySet: timestamps, beginningOfPassWriteIndex: 2 * dispatched, endOfPassWriteIndex: 2 * dispatched + 1 } }) : pass!;
        const kernel = placement.bind(own, name, split, record * STEP_STRIDE);
        own.dispatchWorkgroups(kernel.workgroups[0], kernel.workgroups[1]);
        if (timestamps) own.end();
        dispatched++;
      }
    }
    pass?.end();
  };
  /** The fields of a training step's record: the optimizer's step count goes up by one. */
  const trainingStep = (batch: EngineBatch): StepFields => {
    const t = ++engine.iterations;
    const [c1, c2] = adamCorrections(options.optimizer, t);
    return { n: batch.indices.length, gstep: batch.step ?? t - 1, lr: batch.lr, c1, c2 };
  };

  const inFlight: (Promise<unknown> | undefined)[] = [undefined, undefined];
  let parity = 0;
  const engine: Engine = {
    program,
    iterations: 0,
    writeParams(values) {
      if (values.length !== graph.paramFloats) throw new Error(`expected ${graph.paramFloats} parameters, got ${values.length}`);
      device.queue.writeBuffer(placement.params, 0, values);
    },
    writeState(values) {
      values.forEach((v, k) => device.queue.writeBuffer(placement.state, k * graph.trainableFloats * 4, v));
    },
    async readParams() {
      return readBack(device, placement.params, 0, graph.paramFloats * 4);
    },
    async readState() {
      const all = await readBack(device, placement.state, 0, program.states.length * graph.trainableFloats * 4);
      return program.states.map((_, k) => all.slice(k * graph.trainableFloats, (k + 1) * graph.trainableFloats));
    },
    async readGradient() {
      const t = program.gradient;
      return readBack(device, placement.arena(t.arena), t.offset * 4, graph.trainableFloats * 4);
    },
    async train(batches) {
      if (batches.length > chunk) throw new Error(`at most ${chunk} steps per call, got ${batches.length}`);
      const p = parity;
      parity = 1 - parity;
      // this half of the records is free once its previous chunk has been read back
      await inFlight[p];
      const first = p * chunk;
      batches.forEach((batch, s) => table.set(first + s, trainingStep(batch), batch.indices, batch.augment));
      table.upload(placement, first, batches.length);
      const encoder = device.createCommandEncoder({ label: 'training chunk' });
      encode(encoder, batches.map((_, s) => ({ names: program.train, record: first + s })), trainSplit);
      encoder.copyBufferToBuffer(placement.metrics, first * 8, staging[p]!, 0, batches.length * 8);
      device.queue.submit([encoder.finish()]);
      const done = staging[p]!.mapAsync(MAP_READ_MODE, 0, batches.length * 8).then(() => {
        const values = new Float32Array(staging[p]!.getMappedRange(0, batches.length * 8).slice(0));
        staging[p]!.unmap();
        return batches.map((batch, s) => ({ loss: values[s * 2]! / batch.indices.length, hits: values[s * 2 + 1]! }));
      });
      inFlight[p] = done.catch(() => undefined);
      return done;
    },
    async evaluate(split) {
      await engine.idle();
      const data = placement.place(split);
      const losses = new Float32Array(data.count);
      const predictions = new Uint8Array(data.count);
      // a window of batches per submit and readback: the table and results hold that many rows
      const rows = records * B;
      for (let first = 0; first < data.count; first += rows) {
        const n = Math.min(rows, data.count - first);
        const batches = Math.ceil(n / B);
        for (let k = 0; k < batches; k++) {
          const size = Math.min(B, n - k * B);
          table.set(k, { n: size, gstep: 0, lr: 0, c1: 1, c2: 1 }, Uint32Array.from({ length: size }, (_, i) => first + k * B + i));
        }
        table.upload(placement, 0, batches);
        const encoder = device.createCommandEncoder({ label: 'evaluation' });
        encode(encoder, Array.from({ length: batches }, (_, k) => ({ names: program.evaluate, record: k })), data);
        device.queue.submit([encoder.finish()]);
        const values = await readBack(device, placement.results, 0, n * 8);
        for (let i = 0; i < n; i++) {
          losses[first + i] = values[i * 2]!;
          predictions[first + i] = values[i * 2 + 1]!;
        }
      }
      return { losses, predictions };
    },
    async profile(batch) {
      if (!device.features.has('timestamp-query')) return undefined;
      await engine.idle();
      const names = program.train;
      const querySet = device.createQuerySet({ type: 'timestamp', count: 2 * names.length });
      const resolved = device.createBuffer({ size: 16 * names.length, usage: USAGE.COPY_SRC | USAGE.QUERY_RESOLVE });
      table.set(0, trainingStep(batch), batch.indices, batch.augment);
      table.upload(placement, 0, 1);
      const encoder = device.createCommandEncoder({ label: 'profiled step' });
      encode(encoder, [{ names, record: 0 }], trainSplit, querySet);
      encoder.resolveQuerySet(querySet, 0, 2 * names.length, resolved, 0);
      device.queue.submit([encoder.finish()]);
      const stamps = new BigUint64Array((await readBack(device, resolved, 0, 16 * names.length)).buffer);
      querySet.destroy();
      resolved.destroy();
      return names.map((kernel, k) => ({ kernel, ms: Number(stamps[2 * k + 1]! - stamps[2 * k]!) / 1e6 }));
    },
    async idle() {
      await Promise.all(inFlight);
      await device.queue.onSubmittedWorkDone();
    },
    destroy() {
      placement.destroy();
      for (const b of staging) b.destroy();
    },
  };
  return engine;
}

/** Copies `bytes` of `source` at `offset` back to the CPU. */
async function readBack(device: GPUDevice, source: GPUBuffer, offset: number, bytes: number): Promise<Float32Array> {
  const target = device.createBuffer({ label: 'readback', size: Math.max(16, Math.ceil(bytes / 16) * 16), usage: USAGE.MAP_READ | USAGE.COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(source, offset, target, 0, bytes);
  device.queue.submit([encoder.finish()]);
  await target.mapAsync(MAP_READ_MODE);
  const values = new Float32Array(target.getMappedRange().slice(0, bytes));
  target.unmap();
  target.destroy();
  return values;
}

/**
 * Runs a compiled training program (src/codegen/wgsl) on a GPUDevice: the data set uploaded once
 * as bytes, every pipeline and bind group created once, a chunk of steps encoded into one command
 * buffer with one submit, per-step values at dynamic offsets into a table written once per
 * chunk, two chunks in flight, and the metrics read back once per chunk. It talks only to the
 * GPUDevice it is given, so Node (through Dawn) and a browser tab run the same engine.
 */
import { STEP_STRIDE, type Kernel, type TrainingProgram } from '../../codegen/wgsl/index.js';
import type { OptimizerConfig } from '../../model.js';

// The WebGPU spec's flag values, written out so the engine needs no GPU globals (Node has none
// until Dawn's are installed).
const USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, UNIFORM: 0x40, STORAGE: 0x80 } as const;
const COMPUTE_STAGE = 0x4;
const MAP_READ_MODE = 0x1;
/** Floats of the step record the kernels read (its WGSL struct). */
const STEP_WORDS = 8;

/** A data set split as the engine takes it: N×H×W×C bytes and N labels. */
export interface EngineSplit {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/** One training step's batch: example indices into the train split, their augmentation words, the rate. */
export interface EngineBatch {
  indices: Uint32Array;
  /** One word per example (codegen's augmentWord), or undefined for none. */
  augment?: Uint32Array;
  lr: number;
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
  train: EngineSplit;
  test: EngineSplit;
  optimizer: OptimizerConfig;
  /** The run's seed: keys the dropout masks. */
  seed: number;
  /** Steps encoded per command buffer (default 64). */
  chunk?: number;
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
  /** Runs inference over the first `count` examples of a split (default: all of the test split). */
  evaluate(split?: 'train' | 'test', count?: number): Promise<EngineEvaluation>;
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

/** Places `program` and the data on `device`: buffers, pipelines and bind groups, once. */
export async function createEngine(device: GPUDevice, program: TrainingProgram, options: EngineOptions): Promise<Engine> {
  const { graph } = program;
  const B = graph.batch;
  const chunk = options.chunk ?? 64;
  const evalBatches = Math.ceil(Math.max(options.test.count, options.train.count) / B);
  const records = Math.max(2 * chunk, evalBatches);
  const rows = Math.max(2 * chunk * B, options.test.count, options.train.count);
  const buffers = new Map<string, GPUBuffer>();
  const make = (name: string, bytes: number, usage: number) => {
    const buffer = device.createBuffer({ label: name, size: Math.max(16, Math.ceil(bytes / 16) * 16), usage });
    buffers.set(name, buffer);
    return buffer;
  };
  const storage = USAGE.STORAGE | USAGE.COPY_DST | USAGE.COPY_SRC;
  graph.arenas.forEach((floats, k) => make(`arena${k}`, floats * 4, storage));
  const params = make('params', graph.paramFloats * 4, storage);
  const state = make('state', Math.max(1, program.states.length) * graph.trainableFloats * 4, storage);
  const stepBuffer = make('step', records * STEP_STRIDE, USAGE.UNIFORM | USAGE.COPY_DST);
  const table = make('table', rows * 8, storage);
  const results = make('results', rows * 8, storage);
  const metrics = make('metrics', 2 * chunk * 8, storage);
  const splits = {
    train: { images: upload(device, 'train images', packBytes(options.train.images)), labels: upload(device, 'train labels', Uint32Array.from(options.train.labels)), count: options.train.count },
    test: { images: upload(device, 'test images', packBytes(options.test.images)), labels: upload(device, 'test labels', Uint32Array.from(options.test.labels)), count: options.test.count },
  };
  const staging = [0, 1].map((k) => device.createBuffer({ label: `metrics staging ${k}`, size: chunk * 8, usage: USAGE.MAP_READ | USAGE.COPY_DST }));

  const pipelines = new Map<string, { pipeline: GPUComputePipeline; groups: { train: GPUBindGroup; test: GPUBindGroup }; kernel: Kernel }>();
  // one pipeline at a time: lavapipe (Mesa 25) crashes now and then when several compile at once
  for (const kernel of program.kernels) {
    const layout = device.createBindGroupLayout({
      label: kernel.name,
      entries: kernel.bindings.map((b, i) => ({
        binding: i,
        visibility: COMPUTE_STAGE,
        buffer: b.access === 'uniform' ? { type: 'uniform' as const, hasDynamicOffset: true, minBindingSize: STEP_WORDS * 4 }
          : { type: b.access === 'read' ? 'read-only-storage' as const : 'storage' as const },
      })),
    });
    const module = device.createShaderModule({ label: kernel.name, code: kernel.code });
    const pipeline = await device.createComputePipelineAsync({
      label: kernel.name, layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module, entryPoint: 'main' },
    });
    const group = (split: 'train' | 'test') => device.createBindGroup({
      label: `${kernel.name} (${split})`, layout,
      entries: kernel.bindings.map((b, i) => {
        if (b.buffer === 'step') return { binding: i, resource: { buffer: stepBuffer, offset: 0, size: STEP_WORDS * 4 } };
        if (b.buffer === 'images' || b.buffer === 'labels') return { binding: i, resource: { buffer: splits[split][b.buffer] } };
        return { binding: i, resource: { buffer: buffers.get(b.buffer)! } };
      }),
    });
    pipelines.set(kernel.name, { pipeline, groups: { train: group('train'), test: group('test') }, kernel });
  }

  /** Encodes one step (or evaluation batch) whose record is `record`. */
  const encodeStep = (pass: GPUComputePassEncoder, names: readonly string[], record: number, split: 'train' | 'test') => {
    for (const name of names) {
      const { pipeline, groups, kernel } = pipelines.get(name)!;
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, groups[split], kernel.bindings.some((b) => b.buffer === 'step') ? [record * STEP_STRIDE] : []);
      pass.dispatchWorkgroups(kernel.workgroups[0], kernel.workgroups[1]);
    }
  };
  const stepRecords = new ArrayBuffer(records * STEP_STRIDE);
  const writeRecord = (record: number, fields: { n: number; row: number; slot: number; gstep: number; lr: number; c1: number; c2: number }) => {
    const u = new Uint32Array(stepRecords, record * STEP_STRIDE, STEP_WORDS);
    const f = new Float32Array(stepRecords, record * STEP_STRIDE, STEP_WORDS);
    u[0] = fields.n; u[1] = fields.row; u[2] = fields.slot; u[3] = fields.gstep;
    f[4] = fields.lr; f[5] = fields.c1; f[6] = fields.c2; u[7] = options.seed >>> 0;
  };

  const inFlight: (Promise<unknown> | undefined)[] = [undefined, undefined];
  let parity = 0;
  const engine: Engine = {
    program,
    iterations: 0,
    writeParams(values) {
      if (values.length !== graph.paramFloats) throw new Error(`expected ${graph.paramFloats} parameters, got ${values.length}`);
      device.queue.writeBuffer(params, 0, values);
    },
    writeState(values) {
      values.forEach((v, k) => device.queue.writeBuffer(state, k * graph.trainableFloats * 4, v));
    },
    async readParams() {
      return readBack(device, params, 0, graph.paramFloats * 4);
    },
    async readState() {
      const all = await readBack(device, state, 0, program.states.length * graph.trainableFloats * 4);
      return program.states.map((_, k) => all.slice(k * graph.trainableFloats, (k + 1) * graph.trainableFloats));
    },
    async readGradient() {
      const t = program.gradient;
      return readBack(device, buffers.get(`arena${t.arena}`)!, t.offset * 4, graph.trainableFloats * 4);
    },
    async train(batches) {
      if (batches.length > chunk) throw new Error(`at most ${chunk} steps per call, got ${batches.length}`);
      const p = parity;
      parity = 1 - parity;
      // this slot's buffers are free once its previous chunk has been read back
      await inFlight[p];
      const words = new Uint32Array(batches.length * B * 2);
      batches.forEach((batch, s) => {
        if (batch.indices.length > B || batch.indices.length === 0) throw new Error(`a batch has ${batch.indices.length} examples; the program's batch is ${B}`);
        for (let b = 0; b < batch.indices.length; b++) {
          words[(s * B + b) * 2] = batch.indices[b];
          words[(s * B + b) * 2 + 1] = batch.augment ? batch.augment[b] : 0x00808000;
        }
        const t = ++engine.iterations;
        const [c1, c2] = adamCorrections(options.optimizer, t);
        writeRecord(p * chunk + s, { n: batch.indices.length, row: (p * chunk + s) * B, slot: p * chunk + s, gstep: t - 1, lr: batch.lr, c1, c2 });
      });
      device.queue.writeBuffer(table, p * chunk * B * 8, words);
      device.queue.writeBuffer(stepBuffer, p * chunk * STEP_STRIDE, stepRecords, p * chunk * STEP_STRIDE, batches.length * STEP_STRIDE);
      const encoder = device.createCommandEncoder({ label: 'training chunk' });
      const pass = encoder.beginComputePass();
      batches.forEach((_, s) => encodeStep(pass, program.train, p * chunk + s, 'train'));
      pass.end();
      encoder.copyBufferToBuffer(metrics, p * chunk * 8, staging[p], 0, batches.length * 8);
      device.queue.submit([encoder.finish()]);
      const done = staging[p].mapAsync(MAP_READ_MODE, 0, batches.length * 8).then(() => {
        const values = new Float32Array(staging[p].getMappedRange(0, batches.length * 8).slice(0));
        staging[p].unmap();
        return batches.map((batch, s) => ({ loss: values[s * 2] / batch.indices.length, hits: values[s * 2 + 1] }));
      });
      inFlight[p] = done.catch(() => undefined);
      return done;
    },
    async evaluate(split = 'test', count) {
      await engine.idle();
      const n = Math.min(count ?? splits[split].count, splits[split].count);
      const words = new Uint32Array(n * 2);
      for (let i = 0; i < n; i++) { words[i * 2] = i; words[i * 2 + 1] = 0x00808000; }
      device.queue.writeBuffer(table, 0, words);
      const batches = Math.ceil(n / B);
      for (let k = 0; k < batches; k++) {
        writeRecord(k, { n: Math.min(B, n - k * B), row: k * B, slot: 0, gstep: 0, lr: 0, c1: 1, c2: 1 });
      }
      device.queue.writeBuffer(stepBuffer, 0, stepRecords, 0, batches * STEP_STRIDE);
      // a chunk's worth of batches per command buffer, as training submits them
      for (let first = 0; first < batches; first += chunk) {
        const encoder = device.createCommandEncoder({ label: 'evaluation' });
        const pass = encoder.beginComputePass();
        for (let k = first; k < Math.min(first + chunk, batches); k++) encodeStep(pass, program.evaluate, k, split);
        pass.end();
        device.queue.submit([encoder.finish()]);
      }
      const values = await readBack(device, results, 0, n * 8);
      const losses = new Float32Array(n);
      const predictions = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        losses[i] = values[i * 2];
        predictions[i] = values[i * 2 + 1];
      }
      return { losses, predictions };
    },
    async idle() {
      await Promise.all(inFlight);
      await device.queue.onSubmittedWorkDone();
    },
    destroy() {
      for (const b of [...buffers.values(), ...staging, ...Object.values(splits).flatMap((s) => [s.images, s.labels])]) b.destroy();
    },
  };
  return engine;
}

/** Adam's bias corrections 1 − β^t for step t (1-based); 1 for the others. */
function adamCorrections(optimizer: OptimizerConfig, t: number): [number, number] {
  if (optimizer.type !== 'adam') return [1, 1];
  return [1 - optimizer.beta1 ** t, 1 - optimizer.beta2 ** t];
}

/** Bytes as u32 words, four to a word, little-endian (the WGSL side unpacks them so). */
function packBytes(bytes: Uint8Array): Uint32Array<ArrayBuffer> {
  const words = new Uint32Array(Math.max(1, Math.ceil(bytes.length / 4)));
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

function upload(device: GPUDevice, label: string, data: Uint32Array<ArrayBuffer>): GPUBuffer {
  const buffer = device.createBuffer({ label, size: Math.max(16, Math.ceil(data.byteLength / 16) * 16), usage: USAGE.STORAGE | USAGE.COPY_DST });
  device.queue.writeBuffer(buffer, 0, data);
  return buffer;
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

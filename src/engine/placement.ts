/**
 * A training program placed on a GPUDevice: its buffers (sized for a window of steps), one
 * pipeline per kernel (created once), and each kernel's bind group over each data split
 * (created on first use). Nothing here encodes work; ./index.ts does.
 */
import { STEP_BYTES, type Kernel, type TrainingProgram } from '../codegen/wgsl/index.js';
import type { EngineSplit } from './index.js';

// The WebGPU spec's flag values, written out so the engine needs no GPU globals (Node has none
// until Dawn's are installed).
export const USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, UNIFORM: 0x40, STORAGE: 0x80, QUERY_RESOLVE: 0x200 } as const;
export const MAP_READ_MODE = 0x1;
const COMPUTE_STAGE = 0x4;

/** A split on the device: its bytes, its labels, and each kernel's bind group over them. */
export interface PlacedSplit {
  images: GPUBuffer;
  labels: GPUBuffer;
  count: number;
  groups: Map<string, GPUBindGroup>;
}

/** How many step records and example rows the buffers hold: a window of steps. */
export interface PlacementSizes {
  /** Step records (each STEP_STRIDE bytes apart). */
  records: number;
  /** Rows of the batch table and the results: records × the batch. */
  rows: number;
  /** Metrics slots (one per step record). */
  slots: number;
}

/** The program's buffers, pipelines and bind groups on one device. */
export interface Placement {
  readonly device: GPUDevice;
  readonly params: GPUBuffer;
  readonly state: GPUBuffer;
  readonly step: GPUBuffer;
  readonly table: GPUBuffer;
  readonly results: GPUBuffer;
  readonly metrics: GPUBuffer;
  /** The arena buffer `k`. */
  arena(k: number): GPUBuffer;
  /** `split` on the device: uploaded on its first use, then kept. */
  place(split: EngineSplit): PlacedSplit;
  /** Sets kernel `name`'s pipeline and its bind group over `split` on `pass`, the step record at `record`. */
  bind(pass: GPUComputePassEncoder, name: string, split: PlacedSplit, recordOffset: number): Kernel;
  destroy(): void;
}

/** How placing a program reports its compiling, and how it is stopped. */
export interface CompileWatch {
  /** Aborting it stops the compiling at once: placeProgram rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called before the first pipeline and after each: `done` of `total` kernels compiled. */
  onCompile?: (done: number, total: number) => void;
}

/**
 * Creates `program`'s buffers and pipelines on `device`, and runs each kernel once. Compiling is
 * the slow part of a start (seconds per kernel on a driver's cold cache), and some drivers
 * (lavapipe) compile at a pipeline's first dispatch, not at its creation: so each kernel is
 * created and dispatched in turn, one workgroup on blank data, `watch` hears of each, and its
 * signal stops the wait at once. Every buffer is cleared after.
 */
export async function placeProgram(device: GPUDevice, program: TrainingProgram, sizes: PlacementSizes, watch: CompileWatch = {}): Promise<Placement> {
  const { graph } = program;
  const owned: GPUBuffer[] = [];
  const make = (label: string, bytes: number, usage: number) => {
    const buffer = device.createBuffer({ label, size: Math.max(16, Math.ceil(bytes / 16) * 16), usage });
    owned.push(buffer);
    return buffer;
  };
  const storage = USAGE.STORAGE | USAGE.COPY_DST | USAGE.COPY_SRC;
  const arenas = graph.arenas.map((floats, k) => make(`arena${k}`, floats * 4, storage));
  const buffers = {
    params: make('params', graph.paramFloats * 4, storage),
    state: make('state', Math.max(1, program.states.length) * graph.trainableFloats * 4, storage),
    step: make('step', sizes.records * 256, USAGE.UNIFORM | USAGE.COPY_DST),
    table: make('table', sizes.rows * 8, storage),
    results: make('results', sizes.rows * 8, storage),
    metrics: make('metrics', sizes.slots * 8, storage),
  };
  const pipelines = new Map<string, { pipeline: GPUComputePipeline; layout: GPUBindGroupLayout; kernel: Kernel }>();

  const splits = new Map<EngineSplit, PlacedSplit>();
  const upload = (label: string, data: Uint32Array<ArrayBuffer>) => {
    const buffer = make(label, data.byteLength, USAGE.STORAGE | USAGE.COPY_DST);
    device.queue.writeBuffer(buffer, 0, data);
    return buffer;
  };
  /** `name`'s bind group over `split`'s data (made once per kernel and split). */
  const bindGroup = (name: string, split: PlacedSplit): GPUBindGroup => {
    let group = split.groups.get(name);
    if (!group) {
      const { layout, kernel } = pipelines.get(name)!;
      group = device.createBindGroup({
        label: name, layout,
        entries: kernel.bindings.map((b, i) => {
          if (b.buffer === 'step') return { binding: i, resource: { buffer: buffers.step, offset: 0, size: STEP_BYTES } };
          if (b.buffer === 'images' || b.buffer === 'labels') return { binding: i, resource: { buffer: split[b.buffer] } };
          if (b.buffer.startsWith('arena')) return { binding: i, resource: { buffer: arenas[Number(b.buffer.slice(5))]! } };
          return { binding: i, resource: { buffer: buffers[b.buffer as keyof typeof buffers] } };
        }),
      });
      split.groups.set(name, group);
    }
    return group;
  };
  const placement: Placement = {
    device, ...buffers,
    arena: (k) => arenas[k]!,
    place(split) {
      let p = splits.get(split);
      if (!p) {
        p = { images: upload('images', packBytes(split.images)), labels: upload('labels', Uint32Array.from(split.labels)), count: split.count, groups: new Map() };
        splits.set(split, p);
      }
      return p;
    },
    bind(pass, name, split, recordOffset) {
      const { pipeline, kernel } = pipelines.get(name)!;
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup(name, split), kernel.bindings.some((b) => b.buffer === 'step') ? [recordOffset] : []);
      return kernel;
    },
    destroy() {
      for (const b of owned) b.destroy();
    },
  };

  try {
    const [h, w, c] = graph.ops[0]!.out;
    const blank: EngineSplit = { images: new Uint8Array(h * w * c), labels: new Uint8Array(1), count: 1 };
    const { signal, onCompile } = watch;
    onCompile?.(0, program.kernels.length);
    // one kernel at a time: lavapipe (Mesa 25) crashes now and then when several compile at once
    for (const kernel of program.kernels) {
      if (signal?.aborted) throw abortReason(signal);
      pipelines.set(kernel.name, { ...(await createPipeline(device, kernel, signal)), kernel });
      const encoder = device.createCommandEncoder({ label: `first ${kernel.name}` });
      const pass = encoder.beginComputePass();
      placement.bind(pass, kernel.name, placement.place(blank), 0);
      pass.dispatchWorkgroups(1);
      pass.end();
      device.queue.submit([encoder.finish()]);
      await abortable(device.queue.onSubmittedWorkDone(), signal);
      onCompile?.(pipelines.size, program.kernels.length);
    }
    // what the first dispatches wrote is gone; the blank split's buffers stay, unused
    const encoder = device.createCommandEncoder({ label: 'clear' });
    for (const buffer of [...arenas, buffers.params, buffers.state, buffers.table, buffers.results, buffers.metrics]) encoder.clearBuffer(buffer);
    device.queue.submit([encoder.finish()]);
  } catch (e) {
    placement.destroy();
    throw e;
  }
  return placement;
}

/** `kernel`'s pipeline and its bind group layout. */
async function createPipeline(device: GPUDevice, kernel: Kernel, signal: AbortSignal | undefined): Promise<{ pipeline: GPUComputePipeline; layout: GPUBindGroupLayout }> {
  const layout = device.createBindGroupLayout({
    label: kernel.name,
    entries: kernel.bindings.map((b, i) => ({
      binding: i,
      visibility: COMPUTE_STAGE,
      buffer: b.access === 'uniform' ? { type: 'uniform' as const, hasDynamicOffset: true, minBindingSize: STEP_BYTES }
        : { type: b.access === 'read' ? 'read-only-storage' as const : 'storage' as const },
    })),
  });
  const module = device.createShaderModule({ label: kernel.name, code: kernel.code });
  const pipeline = await abortable(device.createComputePipelineAsync({
    label: kernel.name, layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module, entryPoint: 'main' },
  }), signal);
  return { pipeline, layout };
}

/** `work`, or the signal's reason as soon as it aborts (the driver finishes the abandoned work on its own). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = <V>(to: (v: V) => void) => (v: V) => {
      signal.removeEventListener('abort', onAbort);
      to(v);
    };
    work.then(settle(resolve), settle(reject));
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}

/** Bytes as u32 words, four to a word, little-endian (the WGSL side unpacks them so). */
function packBytes(bytes: Uint8Array): Uint32Array<ArrayBuffer> {
  const words = new Uint32Array(Math.max(1, Math.ceil(bytes.length / 4)));
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

/**
 * What every generated kernel shares: the buffers it may bind, the per-step record, how a
 * thread finds its index, and how a tensor is addressed. A kernel is data: WGSL text, the
 * buffers it binds in binding order, and how many workgroups one dispatch runs.
 *
 * The text reads top down: a header saying what the kernel computes and how it is dispatched,
 * a named constant for every tensor and weight it touches (with its arena and offset), the
 * step record, the bindings, helper functions, then `main`, whose phases each name the layer
 * they compute.
 */
import { activationFunctions } from './activations.js';
import { declareUsed, factor, indent, type Named } from './expr.js';
import type { ElementwiseAct, Graph, OpInput, Tensor } from './graph.js';
import { PHILOX_WGSL } from './random.js';
import { wgslLineComment } from '../escape.js';

/**
 * The buffers of a training program:
 * - `arena0`, `arena1`, ...: activations, gradients, partial sums (f32);
 * - `params`: every weight and moving statistic (f32); `state`: the optimizer's (f32);
 * - `step`: the per-step record (uniform, bound at a dynamic offset, one record per step);
 * - `table`: per example of a batch, its index in the data set and its augmentation (u32 pairs);
 * - `images` (the split's pixels, four uint8 per u32) and `labels` (u32), train or test split;
 * - `results`: per example, its loss and whether it was right (training) or its prediction;
 * - `metrics`: per step, the batch's loss sum and correct count.
 */
export type BufferName = `arena${number}` | 'params' | 'state' | 'step' | 'table' | 'images' | 'labels' | 'results' | 'metrics';

/** How a kernel binds a buffer. */
export type Access = 'read' | 'read_write' | 'uniform';

/** One binding of a kernel, in binding order (binding i is the i-th entry). */
export interface Binding {
  buffer: BufferName;
  access: Access;
  /**
   * `vec4`: the buffer read as `array<vec4<f32>>` (`params4`), beside its scalar binding, so a
   * kernel loads four neighbouring weights at once. Only a read-only buffer can have it: WebGPU
   * forbids two writable bindings of one buffer in a dispatch.
   */
  view?: 'vec4';
}

/** The WGSL name of binding `b`: `a0` for arena 0, `params4` for params read as vec4s. */
export function bindingName(b: Binding): string {
  const name = b.buffer.startsWith('arena') ? `a${b.buffer.slice(5)}` : b.buffer;
  return b.view === 'vec4' ? `${name}4` : name;
}

/** A compute kernel: one WGSL module with entry point `main`, and its dispatch size. */
export interface Kernel {
  /** Unique in the program: `conv1.statistics`, `weight-gradients`, `update`... */
  name: string;
  code: string;
  bindings: Binding[];
  /** Workgroups of one dispatch, [x, y]. */
  workgroups: [number, number];
  /** Threads per workgroup. */
  threads: number;
  /** An example kernel's phases in order, each with its work items (see exampleKernel); none for a batch-wide kernel. */
  phases?: readonly { name: string; items: number }[];
}

/** Threads per workgroup of the batch-wide kernels. */
export const WORKGROUP = 64;
/** Workgroups per dispatch dimension every WebGPU device allows. */
const MAX_GROUPS = 65535;

/** One field of the step record: a 32-bit word. */
export interface StepField {
  name: string;
  type: 'u32' | 'f32';
  /** What it holds, for the WGSL struct's comment. */
  doc: string;
}

/**
 * The per-step record every kernel may read, one per step: the one table both the WGSL `struct
 * Step` and the engine's writer (writeStepRecord) are made from, so they cannot disagree.
 */
export const STEP_FIELDS = [
  { name: 'n', type: 'u32', doc: 'examples in this batch (the last batch of an epoch may be short)' },
  { name: 'row', type: 'u32', doc: 'this batch\'s first row in the table and the results' },
  { name: 'slot', type: 'u32', doc: 'this step\'s metrics slot' },
  { name: 'gstep', type: 'u32', doc: 'steps trained since the run began: keys the dropout masks' },
  { name: 'lr', type: 'f32', doc: 'the learning rate' },
  { name: 'c1', type: 'f32', doc: 'adam: 1 - beta1^t' },
  { name: 'c2', type: 'f32', doc: 'adam: 1 - beta2^t' },
  { name: 'seed', type: 'u32', doc: 'the run\'s seed: keys the dropout masks' },
] as const satisfies readonly StepField[];

/** One step's record, field by field. */
export type StepRecord = { [F in (typeof STEP_FIELDS)[number] as F['name']]: number };

/** Bytes of one step record as the kernels read it. */
export const STEP_BYTES = STEP_FIELDS.length * 4;

/** Bytes between consecutive step records: WebGPU's minimum dynamic-offset alignment. */
export const STEP_STRIDE = 256;

/** Writes `record` at `byteOffset` of `buffer` in the layout of `struct Step` (little-endian words). */
export function writeStepRecord(buffer: ArrayBuffer, byteOffset: number, record: StepRecord): void {
  const view = new DataView(buffer, byteOffset, STEP_BYTES);
  STEP_FIELDS.forEach((field, i) => {
    const value = record[field.name];
    if (field.type === 'u32') view.setUint32(i * 4, value >>> 0, true);
    else view.setFloat32(i * 4, value, true);
  });
}

/** The WGSL struct of the step record. */
const STEP_STRUCT = `struct Step {
${STEP_FIELDS.map((f) => `  ${`${f.name}: ${f.type},`.padEnd(12)} // ${f.doc}`).join('\n')}
}`;

/** `a0[CONV1_Z + (expr)]`: element `index` of `tensor`. */
export function at(tensor: Tensor, index: string | number): string {
  return `a${tensor.arena}[${tensor.name}${index === 0 ? '' : ` + ${index}`}]`;
}

/** The buffers `tensors` live in, as read-write bindings. */
export function arenasOf(...tensors: (Tensor | undefined)[]): Binding[] {
  const arenas = [...new Set(tensors.filter((t): t is Tensor => t !== undefined).map((t) => t.arena))].sort((a, b) => a - b);
  return arenas.map((k) => ({ buffer: `arena${k}` as const, access: 'read_write' as const }));
}

/** The WGSL declarations of `bindings`, binding i for the i-th. */
function declarations(bindings: readonly Binding[]): string {
  return bindings.map((b, i) => {
    const type = b.view === 'vec4' ? 'array<vec4<f32>>' : b.buffer === 'table' || b.buffer === 'images' || b.buffer === 'labels' ? 'array<u32>' : 'array<f32>';
    const name = bindingName(b);
    if (b.access === 'uniform') return `@group(0) @binding(${i}) var<uniform> ${name}: Step;`;
    return `@group(0) @binding(${i}) var<storage, ${b.access}> ${name}: ${type};`;
  }).join('\n');
}

/** `groups` workgroups as [x, y], x within the per-dimension limit. */
function grid(groups: number): [number, number] {
  const n = Math.max(1, groups);
  return n <= MAX_GROUPS ? [n, 1] : [MAX_GROUPS, Math.ceil(n / MAX_GROUPS)];
}

/** The module around `main`: what it is, the step record, the bindings, then `functions` and `main`. */
function module(about: string, bindings: readonly Binding[], functions: string, main: string): string {
  return `${about.split('\n').map((l) => `// ${l}`.trimEnd()).join('\n')}

${STEP_STRUCT}

${declarations(bindings)}
${functions.trim() ? `\n${functions.trim()}\n` : ''}
${main}
`;
}

/**
 * A kernel with one thread per index in [0, threads): `body` sees `i` (u32) and returns early
 * past the end. `functions` are WGSL definitions placed before `main`.
 */
export function threadKernel(name: string, about: string, bindings: Binding[], threads: number, body: string, functions = ''): Kernel {
  const workgroups = grid(Math.ceil(threads / WORKGROUP));
  const index = workgroups[1] === 1 ? 'gid.x' : `gid.x + gid.y * ${workgroups[0] * WORKGROUP}u`;
  const main = `@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = ${index};
  if (i >= ${threads}u) { return; }
${indent(body)}
}`;
  return { name, code: module(`kernel ${name}\n${about}\none thread per index below ${threads}, ${WORKGROUP} to a workgroup`, bindings, functions, main), bindings, workgroups, threads: WORKGROUP };
}

/**
 * A kernel with one workgroup of `size` threads per index in [0, groups): `body` sees `g` (the
 * workgroup's index), `t` (the thread's index in it) and may use workgroup memory and barriers.
 */
export function groupKernel(name: string, about: string, bindings: Binding[], groups: number, size: number, body: string, functions = ''): Kernel {
  const workgroups = grid(groups);
  const index = workgroups[1] === 1 ? 'wid.x' : `wid.x + wid.y * ${workgroups[0]}u`;
  const main = `@compute @workgroup_size(${size})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = ${index};
  if (g >= ${groups}u) { return; }
${indent(body)}
}`;
  return { name, code: module(`kernel ${name}\n${about}\n${groups} workgroups of ${size} threads`, bindings, functions, main), bindings, workgroups, threads: size };
}

/**
 * WGSL that sums `value` (an f32 expression of the loop index `k`, for k in [0, count) with
 * count a u32 expression) over a workgroup of `size` threads into `out` (a `let`), in the same
 * order every time: each thread sums a strided slice, then a tree in workgroup memory `scratch`.
 */
export function workgroupSum(out: string, value: string, count: string, size: number, scratch: string): string {
  let tree = '';
  for (let half = size / 2; half >= 1; half /= 2) {
    tree += `  if (t < ${half}u) { ${scratch}[t] = ${scratch}[t] + ${scratch}[t + ${half}u]; }\n  workgroupBarrier();\n`;
  }
  return `{
  var partial = 0.0;
  for (var k = t; k < ${count}; k = k + ${size}u) { partial = partial + (${value}); }
  ${scratch}[t] = partial;
  workgroupBarrier();
${tree}}
let ${out} = ${scratch}[0];
workgroupBarrier();`;
}

/**
 * One op's work on one example (forward or backward): `count` work items, each `body` with `b`
 * (the example) and `e` (the item, in [0, count)) in scope. Bodies never return: the threads of
 * an example kernel go on to the next phase.
 */
export interface Phase {
  /** `conv1.forward`, `conv1.input-gradient`...: the layer and what of it. */
  name: string;
  /** One line saying what it computes, for the comment above it. */
  about: string;
  count: number;
  body: string;
  /** The numbers the body names (a layer's sizes, its stride), declared at the phase's top. */
  constants?: readonly Named[];
  /** The activations the body calls (act_*, dact_*). */
  acts: readonly ElementwiseAct[];
  /** Whether the body draws dropout masks. */
  philox?: boolean;
  /** The arena tensors it reads or writes. */
  tensors: readonly (Tensor | undefined)[];
  /** The other buffers it binds (the step record always comes along). */
  buffers: readonly Binding[];
}

/**
 * One kernel that runs `phases` in order for every example of the batch: a workgroup of
 * `threads` per example, each phase's items spread over its threads, a storage barrier between
 * phases. An example's forward and backward pass never read another example's data (only batch
 * norm's statistics, the weight gradients and the update do), so one workgroup can carry an
 * example from one such batch-wide step to the next without a dispatch in between.
 */
export function exampleKernel(name: string, batch: number, threads: number, phases: readonly Phase[]): Kernel {
  const bindings: Binding[] = [{ buffer: 'step', access: 'uniform' }];
  const add = (b: Binding) => {
    const existing = bindings.find((x) => bindingName(x) === bindingName(b));
    if (!existing) bindings.push(b);
    else if (b.access === 'read_write') existing.access = 'read_write';
  };
  for (const phase of phases) for (const b of phase.buffers) if (b.buffer !== 'step') add(b);
  for (const b of arenasOf(...phases.flatMap((p) => p.tensors))) add(b);
  const functions = `${phases.some((p) => p.philox) ? PHILOX_WGSL : ''}${activationFunctions(phases.flatMap((p) => p.acts))}`;
  const body = phases.map((p) => {
    const items: Named = { name: 'ITEMS', value: p.count };
    // a phase with no more items than threads is one pass: no loop
    const work = p.count <= threads
      ? `if (t < ITEMS) {\n  let e = t;\n${indent(p.body)}\n}`
      : `for (var e = t; e < ITEMS; e += THREADS) {\n${indent(p.body)}\n}`;
    const constants = declareUsed([items, ...(p.constants ?? [])], work);
    return `// ${wgslLineComment(`${p.name}: ${p.about}`)}\n{\n${indent(`${constants}\n${work}`)}\n}`;
  }).join('\nstorageBarrier();\n');
  const about = 'one example\'s phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them';
  // a workgroup per example of the largest batch; a shorter one (an epoch's last) leaves some idle
  const kernel = groupKernel(name, about, bindings, batch, threads, `let b = g;\nif (b >= step.n) { return; }\n${body}`, `const THREADS = ${threads}u;\n${functions}`);
  return { ...kernel, phases: phases.map((p) => ({ name: p.name, items: p.count })) };
}

/** The derivative factor `input`'s gradient is written with: `from`'s activation derivative when this write completes the sum. */
function derivative(input: OpInput, index: string | number): string {
  const { from, join } = input;
  if (from.act === 'linear' || join === 'first' || join === 'middle') return '';
  return ` * dact_${from.act}(${at(from.z, index)})`;
}

/**
 * Writes `value` as `input`'s contribution to the gradient of its op's pre-activation at flat
 * index `index`: written, added to what readers reached earlier wrote, and (by the last reader)
 * times the op's activation derivative, so no kernel of its own is needed for it (see Join).
 */
export function passGradient(input: OpInput, index: string | number, value: string): string {
  const { from, join } = input;
  if (!from.dz || !join) throw new Error(`${from.layer} has no gradient tensor`);
  const target = at(from.dz, index);
  const sum = join === 'only' || join === 'first' ? value : `${target} + ${value}`;
  const d = derivative(input, index);
  return d ? `${target} = ${factor(sum)}${d};` : `${target} = ${sum};`;
}

/** The activations passGradient's code for `input` calls. */
export function gradientActs(input: OpInput): ElementwiseAct[] {
  return input.join === 'only' || input.join === 'last' ? [input.from.act] : [];
}

/** The tensors passGradient's code for `input` reads and writes. */
export function gradientTensors(input: OpInput): Tensor[] {
  return gradientActs(input).some((a) => a !== 'linear') ? [input.from.dz!, input.from.z] : [input.from.dz!];
}

/**
 * The kernel with a constant for every tensor and weight its code names, each with where it
 * is, declared above everything else (WGSL's module-scope declarations may come in any order).
 */
export function declareTensors(kernel: Kernel, graph: Graph, extra: readonly Tensor[] = []): Kernel {
  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(kernel.code);
  const lines: string[] = [];
  for (const t of [...graph.tensors, ...extra]) {
    if (!used(t.name)) continue;
    const size = t.perExample ? `${t.perExample} floats per example` : `${t.floats} floats`;
    lines.push(`const ${t.name} = ${t.offset}u; // a${t.arena}, ${size}: ${t.what}`);
  }
  for (const p of graph.params) {
    if (!used(p.constant)) continue;
    lines.push(`const ${p.constant} = ${p.offset}u; // params: ${p.name} [${p.shape.join(', ')}]`);
  }
  for (const line of lines) {
    const name = line.split(' ')[1]!;
    // a phase's own constant of the same name would hide this one
    if (new RegExp(`const ${name}\\b`).test(kernel.code)) throw new Error(`${kernel.name}: ${name} is declared twice`);
  }
  if (lines.length === 0) return kernel;
  const [about, rest] = splitHeader(kernel.code);
  return { ...kernel, code: `${about}\n\n// where its tensors are: offsets in floats into an arena (a0, a1...) or params\n${lines.join('\n')}\n${rest}` };
}

/** The module's leading comment block and the rest. */
function splitHeader(code: string): [string, string] {
  const end = code.indexOf('\n\n');
  return [code.slice(0, end), code.slice(end + 1)];
}

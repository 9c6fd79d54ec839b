/**
 * What every generated kernel shares: the buffers it may bind, the per-step record, how a
 * thread finds its index, and how a tensor is addressed. A kernel is data: WGSL text, the
 * buffers it binds in binding order, and how many workgroups one dispatch runs.
 */
import { activationFunctions } from './activations.js';
import type { ElementwiseAct, Tensor } from './graph.js';
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
}

/** A compute kernel: one WGSL module with entry point `main`, and its dispatch size. */
export interface Kernel {
  /** Unique in the program: `conv1.forward`, `update`... */
  name: string;
  code: string;
  bindings: Binding[];
  /** Workgroups of one dispatch, [x, y]. */
  workgroups: [number, number];
}

/** Threads per workgroup of the batch-wide kernels. */
export const WORKGROUP = 64;
/** Workgroups per dispatch dimension every WebGPU device allows. */
const MAX_GROUPS = 65535;

/** The per-step record every kernel may read, one per step, each at a 256-byte offset. */
export const STEP_STRUCT = `struct Step {
  n: u32,       // examples in this batch (the last batch of an epoch may be short)
  row: u32,     // this batch's first row in the table and the results
  slot: u32,    // this step's metrics slot
  gstep: u32,   // steps trained since the run began: keys the dropout masks
  lr: f32,
  c1: f32,      // adam: 1 - beta1^t
  c2: f32,      // adam: 1 - beta2^t
  seed: u32,
}`;

/** Bytes between consecutive step records: WebGPU's minimum dynamic-offset alignment. */
export const STEP_STRIDE = 256;

/** `a0[64u + (expr)]`: element `index` of `tensor`. */
export function at(tensor: Tensor, index: string): string {
  return `a${tensor.arena}[${tensor.offset}u + (${index})]`;
}

/** The buffers `tensors` live in, as read-write bindings. */
export function arenasOf(...tensors: (Tensor | undefined)[]): Binding[] {
  const arenas = [...new Set(tensors.filter((t): t is Tensor => t !== undefined).map((t) => t.arena))].sort((a, b) => a - b);
  return arenas.map((k) => ({ buffer: `arena${k}` as const, access: 'read_write' as const }));
}

/** The WGSL declarations of `bindings`, binding i for the i-th. */
function declarations(bindings: readonly Binding[]): string {
  return bindings.map((b, i) => {
    const type = b.buffer === 'table' || b.buffer === 'images' || b.buffer === 'labels' ? 'array<u32>' : 'array<f32>';
    const name = b.buffer.startsWith('arena') ? `a${b.buffer.slice(5)}` : b.buffer;
    if (b.access === 'uniform') return `@group(0) @binding(${i}) var<uniform> ${name}: Step;`;
    return `@group(0) @binding(${i}) var<storage, ${b.access}> ${name}: ${type};`;
  }).join('\n');
}

/** `groups` workgroups as [x, y], x within the per-dimension limit. */
function grid(groups: number): [number, number] {
  const n = Math.max(1, groups);
  return n <= MAX_GROUPS ? [n, 1] : [MAX_GROUPS, Math.ceil(n / MAX_GROUPS)];
}

/**
 * A kernel with one thread per index in [0, threads): `body` sees `i` (u32) and returns early
 * past the end. `functions` are WGSL definitions placed before `main`.
 */
export function threadKernel(name: string, bindings: Binding[], threads: number, body: string, functions = ''): Kernel {
  const workgroups = grid(Math.ceil(threads / WORKGROUP));
  const code = `${STEP_STRUCT}
${declarations(bindings)}
${functions}
@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x + gid.y * ${workgroups[0] * WORKGROUP}u;
  if (i >= ${threads}u) { return; }
${indent(body)}
}
`;
  return { name, code, bindings, workgroups };
}

/**
 * A kernel with one workgroup of `size` threads per index in [0, groups): `body` sees `g` (the
 * workgroup's index), `t` (the thread's index in it) and may use workgroup memory and barriers.
 */
export function groupKernel(name: string, bindings: Binding[], groups: number, size: number, body: string, functions = ''): Kernel {
  const workgroups = grid(groups);
  const code = `${STEP_STRUCT}
${declarations(bindings)}
${functions}
@compute @workgroup_size(${size})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x + wid.y * ${workgroups[0]}u;
  if (g >= ${groups}u) { return; }
${indent(body)}
}
`;
  return { name, code, bindings, workgroups };
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

function indent(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

/**
 * One op's work on one example (forward or backward): `count` work items, each `body` with `b`
 * (the example) and `e` (the item, in [0, count)) in scope. Bodies never return: the threads of
 * an example kernel go on to the next phase.
 */
export interface Phase {
  name: string;
  count: number;
  body: string;
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
    const existing = bindings.find((x) => x.buffer === b.buffer);
    if (!existing) bindings.push(b);
    else if (b.access === 'read_write') existing.access = 'read_write';
  };
  for (const phase of phases) for (const b of phase.buffers) if (b.buffer !== 'step') add(b);
  for (const b of arenasOf(...phases.flatMap((p) => p.tensors))) add(b);
  const functions = `${phases.some((p) => p.philox) ? PHILOX_WGSL : ''}${activationFunctions(phases.flatMap((p) => p.acts))}`;
  const body = phases.map((p) => `// ${wgslLineComment(p.name)}
for (var e = t; e < ${p.count}u; e = e + ${threads}u) {
${indent(p.body)}
}`).join('\nstorageBarrier();\n');
  // a workgroup per example of the largest batch; a shorter one (an epoch's last) leaves some idle
  return groupKernel(name, bindings, batch, threads, `let b = g;\nif (b >= step.n) { return; }\n${body}`, functions);
}

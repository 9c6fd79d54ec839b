/**
 * The WebAssembly codegen stage: the plan lowered (by the same lowering the WGSL program uses,
 * ../wgsl/graph.ts) to one WebAssembly text module that trains the network on the CPU. Every
 * tensor, weight, gradient and optimizer state has one place in one linear memory, laid out
 * here once; each op's forward pass, the loss, each op's gradients and the update are functions
 * whose loops are specialised to that layer's shapes, the channel loops in 128-bit SIMD.
 *
 * A step is `train(n, lr)`: the batch's images and labels are where the layout says, the
 * forward pass in the plan's order, the softmax cross-entropy with its gradient, the backward
 * pass from the last op to the first (a reader's contribution to an op's gradient is written by
 * the first reader the backward pass reaches and added by later ones; the last applies the op's
 * activation derivative, as in the WGSL program), then the optimizer's update.
 *
 * Pure: data in, text out. Every layer kind, activation, optimizer and merge the schema allows
 * compiles; a step that would not fit in one WebAssembly memory is a diagnostic at `batch_size`.
 */
import { error, type Diagnostic } from '../../diagnostics.js';
import { watLineComment } from '../escape.js';
import type { NetModel } from '../../model.js';
import type { ModelPlan } from '../../plan/index.js';
import { lowerPlan, volume, type AddOp, type BatchNormOp, type ConcatOp, type ConvOp, type DenseOp, type DropoutOp, type SoftmaxOp, type ElementwiseAct, type Graph, type Op, type OpInput, type PoolOp, type Tensor } from '../wgsl/graph.js';
import { optimizerStates } from '../wgsl/kernels/update.js';
import { ACTIVATION_FUNCTIONS, EXP, EXP4, PHILOX, SIGMOID, TANH } from './math.js';
import { add, f32, Func, get, i32, indent, lines, load, loadI, loadSplat, loadV, loop, mul, pairs, set, store, storeI, storeV } from './wat.js';

/** Where everything of a step lies in the module's memory, in bytes. */
export interface CpuLayout {
  params: number;
  /**
   * Each chunk's weight gradients (its examples' sum), `chunks` × trainable floats; the update sums
   * them in chunk order, so any number of threads gives the same numbers. Batch norm's gamma and
   * beta have theirs in chunk 0's (summed over the batch already).
   */
  partials: number;
  chunks: number;
  /** Per batch norm layer: its chunks' f64 sums (chunk-major, two per channel). */
  sums: Record<string, number>;
  /** One region per optimizer state buffer, each `graph.trainableFloats` floats. */
  states: number[];
  /** Every tensor of the step: a tensor lies at arena + 4·offset. */
  arena: number;
  /** The batch's labels (i32). */
  labels: number;
  /** Each example's loss (f32) after `train` or `infer`. */
  losses: number;
  /** Each example's predicted class (i32). */
  predictions: number;
  /** Trainable floats: one chunk's partial gradients, and each optimizer state. */
  trainable: number;
  /** The memory's size. */
  bytes: number;
}

/** A compiled CPU training program. */
export interface CpuProgram {
  graph: Graph;
  layout: CpuLayout;
  /** The optimizer's state buffers by tfjs's suffix (`momentum`), as the WGSL program names them. */
  states: readonly string[];
  /** A training step's parts in order (exported functions), then `update`. */
  phases: Phase[];
  /** The module, as WebAssembly text (assemble.ts turns it into a module). */
  wat: string;
}

/** What compiling needs besides the plan and the model. */
export interface CpuCompileOptions {
  classes: number;
  /** Overrides the spec's batch size. */
  batch?: number;
  /** The memory is shared with worker threads (a SharedArrayBuffer). */
  shared?: boolean;
  /** Multiply-adds through relaxed SIMD's fused instruction: only where the host validates it (cpu/trainer.ts's `hostHasRelaxedSimd`). */
  fused?: boolean;
}

/** The most memory a program may lay out: what every browser gives one WebAssembly memory (2 GiB). */
const MAX_BYTES = 2 ** 31;
/** Every op function's parameters: examples [e0, e1) of a batch of n, the chunk they are (which partial gradients they write), and the global step (dropout's masks). */
const OP_PARAMS = [['e0', 'i32'], ['e1', 'i32'], ['n', 'i32'], ['chunk', 'i32'], ['step', 'i32']] as const;

/** A call of op function `name` from a phase, passing the phase's own parameters on. */
function callOp(name: string): string {
  return `(call $${name} ${OP_PARAMS.map(([p]) => `(local.get $${p})`).join(' ')})`;
}

/** acc + a × b, four lanes: the kernels' one multiply-add, spelled as the program's host can run it. */
type Madd = (acc: string, a: string, b: string) => string;
/** A multiply and an add, rounded after each: every WebAssembly SIMD host. */
const separateMadd: Madd = (acc, a, b) => `(f32x4.add ${acc} (f32x4.mul ${a} ${b}))`;
/**
 * Relaxed SIMD's multiply-add: one fused instruction where the CPU has one (x86's FMA3, Arm's
 * NEON), rounded once. A host picks fused or not once for all its code (V8's baseline and
 * optimizing compilers emit the same instruction), so a run still gives the same numbers at
 * any thread count; against the separate form they differ in the last bits.
 */
const fusedMadd: Madd = (acc, a, b) => `(f32x4.relaxed_madd ${a} ${b} ${acc})`;

/** Where this call's chunk's partial gradients start, in floats from `layout.partials`: chunk × the trainable floats. */
function chunkPartials(layout: CpuLayout): string {
  return `(i32.mul ${get('$chunk')} ${i32(layout.trainable)})`;
}

/** Examples per chunk: the unit of parallel work and of the fixed-order gradient sums. */
export const CHUNK = 16;
/** Output channel groups (of 4) a conv computes two positions at once for: 2 × this many accumulators in registers. */
const PAIRED_GROUPS = 4;
/** Regions start at multiples of this many bytes. */
const ALIGN = 64;
const PAGE = 65536;

/** The CPU training program of `plan` (the plan of `model`), or the diagnostic saying why it cannot run. */
export function compileCpuTraining(model: NetModel, plan: ModelPlan, options: CpuCompileOptions): { program: CpuProgram; diagnostics: [] } | { program?: undefined; diagnostics: Diagnostic[] } {
  const batch = options.batch ?? model.train.batch_size;
  const states = optimizerStates(model.train.optimizer);
  const laid = layOut(model, plan, options.classes, batch, states.length);
  if (!laid) {
    const bytes = bytesAt(model, plan, options.classes, batch, states.length);
    return {
      diagnostics: [error('CPU_MEMORY_TOO_LARGE', {
        mib: (bytes / 2 ** 20).toFixed(1), batch, limit: String(MAX_BYTES / 2 ** 20), largest: largestBatch(model, plan, options.classes, batch, states.length),
      }, { path: ['train', 'batch_size'] })],
    };
  }
  const { graph, layout } = laid;
  const { text, phases } = moduleText(graph, layout, model, plan.name, options.shared ?? false, options.fused ? fusedMadd : separateMadd);
  return { program: { graph, layout, states, phases, wat: text }, diagnostics: [] };
}

/** The graph and its memory at `batch`, or undefined where a step would not fit in MAX_BYTES. */
function layOut(model: NetModel, plan: ModelPlan, classes: number, batch: number, states: number): { graph: Graph; layout: CpuLayout } | undefined {
  if (bytesAt(model, plan, classes, batch, states) > MAX_BYTES) return undefined;
  const graph = lowerPlan(plan, { batch, classes, train: model.train, maxArenaFloats: MAX_BYTES / 4 });
  return { graph, layout: place(graph, states) };
}

/** The memory a step at `batch` lays out (unbounded: a tensor past MAX_BYTES counts as it is). */
function bytesAt(model: NetModel, plan: ModelPlan, classes: number, batch: number, states: number): number {
  return place(lowerPlan(plan, { batch, classes, train: model.train, maxArenaFloats: Number.MAX_SAFE_INTEGER }), states).bytes;
}

/** The largest batch below `batch` whose step fits: from the memory's growth per example, then checked. */
function largestBatch(model: NetModel, plan: ModelPlan, classes: number, batch: number, states: number): number {
  const one = bytesAt(model, plan, classes, 1, states);
  const perExample = (bytesAt(model, plan, classes, batch, states) - one) / Math.max(1, batch - 1);
  let largest = Math.max(1, Math.min(batch - 1, Math.floor((MAX_BYTES - one) / perExample) + 1));
  while (largest > 1 && bytesAt(model, plan, classes, largest, states) > MAX_BYTES) largest--;
  return largest;
}

/** Lays out the parameters, gradients, optimizer states, tensors and the per-example results. */
function place(graph: Graph, states: number): CpuLayout {
  let at = 0;
  const region = (bytes: number) => {
    const start = at;
    at = Math.ceil((at + bytes) / ALIGN) * ALIGN;
    return start;
  };
  // 16 bytes of slack after each float region: a 4-lane load at a region's last float stays inside it
  const floats = (n: number) => region(4 * n + 16);
  const params = floats(graph.paramFloats);
  const chunks = Math.ceil(graph.batch / CHUNK);
  const partials = floats(chunks * graph.trainableFloats);
  const stateRegions = Array.from({ length: states }, () => floats(graph.trainableFloats));
  const arena = floats(graph.arenas.reduce((a, b) => a + b, 0));
  const labels = region(4 * graph.batch);
  const losses = region(4 * graph.batch);
  const predictions = region(4 * graph.batch);
  // batch norm's per-chunk sums, in f64: two per channel
  const sums: Record<string, number> = {};
  for (const op of graph.ops) if (op.kind === 'batchnorm') sums[op.layer] = region(8 * chunks * 2 * op.in[2]);
  return { params, partials, chunks, trainable: graph.trainableFloats, states: stateRegions, arena, labels, losses, predictions, sums, bytes: Math.ceil(at / PAGE) * PAGE };
}

/** The whole module: memory, math helpers, each op's functions, and the exported `train` and `infer`. */
function moduleText(graph: Graph, layout: CpuLayout, model: NetModel, name: string, shared: boolean, madd: Madd): { text: string; phases: Phase[] } {
  const at = (t: Tensor) => layout.arena + 4 * t.offset;
  const evaluate: string[] = [];
  // each function once, though training and evaluation may share it
  const funcs = new Set<string>();
  const steps: Emitted[] = [];
  for (const op of graph.ops) {
    for (const fwd of forwardOf(op, at, layout, model, madd, true)) steps.push(fwd);
    for (const fwd of forwardOf(op, at, layout, model, madd, false)) {
      if (fwd.single) throw new Error(`evaluation needs no whole-batch step (${op.layer})`);
      funcs.add(fwd.text);
      evaluate.push(fwd.call);
    }
  }
  const loss = lossFunctions(graph, at, layout);
  steps.push({ text: loss.text, call: loss.train });
  for (const op of [...graph.ops].reverse()) {
    if (op.dz) steps.push(...backwardOf(op, at, layout, model, madd));
  }
  // consecutive per-chunk steps make one phase; a whole-batch step is one of its own
  const phases: Array<Phase & { calls: string[] }> = [];
  for (const step of steps) {
    funcs.add(step.text);
    const last = phases.at(-1);
    if (!step.single && last?.kind === 'chunks') last.calls.push(step.call);
    else phases.push({ name: `phase${phases.length}`, kind: step.single ? 'once' : 'chunks', calls: [step.call] });
  }
  const update = updateFunction(graph, layout, model);
  const inferFn = new Func('infer', OP_PARAMS);
  const phaseText = phases.map((phase) => new Func(phase.name, OP_PARAMS).text(
    phase.kind === 'chunks' ? `training, part ${phase.name.slice(5)}: examples [e0, e1), chunk \`chunk\`` : `training, part ${phase.name.slice(5)}: once for the whole batch`,
    lines(...phase.calls), true));
  const text = `;; ${watLineComment(name)}: one training step on the CPU, generated by lenetc from the plan.
;; memory: params @${layout.params}, ${layout.chunks} chunks' partial gradients @${layout.partials}, optimizer state @${layout.states.join(', ') || '(none)'},
;; tensors @${layout.arena}, labels @${layout.labels}, losses @${layout.losses}, predictions @${layout.predictions}
(module
(import "env" "log" (func $log (param f32) (result f32)))
(import "env" "memory" (memory ${layout.bytes / PAGE} ${layout.bytes / PAGE}${shared ? ' shared' : ''}))
${EXP}
${SIGMOID}
${TANH}
${EXP4}
${ACTIVATION_FUNCTIONS}
${PHILOX}
${[...funcs].join('\n')}
${update}
${phaseText.join('\n')}
${inferFn.text('the forward pass and each example\'s loss and prediction for examples [e0, e1), no gradients', lines(...evaluate, loss.infer), true)}
)
`;
  return { text, phases: phases.map(({ name, kind }) => ({ name, kind })) };
}

interface Emitted {
  /** The function's definition. */
  text: string;
  /** How a phase calls it. */
  call: string;
  /** It needs the whole batch (a reduction over chunks): a phase of its own, run once, after every chunk's. */
  single?: true;
}

/** A part of a training step: every chunk of examples through `calls` (in parallel, chunk by chunk), or `calls` once. */
export interface Phase {
  /** The exported function that runs it. */
  name: string;
  kind: 'chunks' | 'once';
}

/**
 * `y = f(i)` over floats [0, count): four at a time with `vector`, the last count mod 4 one by
 * one with `scalar` (both given the index as an i32 expression), so no store passes the tensor's end.
 */
function elementwise(fn: Func, from: string, to: string, vector: ((i: string) => string) | undefined, scalar: (i: string) => string): string {
  const end = fn.local('end', 'i32');
  const vectors = vector && `(block $vectors_done (loop $vectors
  (br_if $vectors_done (i32.gt_s (i32.add ${get('$i')} (i32.const 4)) ${get(end)}))
${vector(get('$i'))}
  ${set('$i', `(i32.add ${get('$i')} (i32.const 4))`)}
  (br $vectors)))`;
  return lines(set('$i', from), set(end, to), vectors, `(block $scalars_done (loop $scalars
  (br_if $scalars_done (i32.ge_s ${get('$i')} ${get(end)}))
${scalar(get('$i'))}
  ${set('$i', `(i32.add ${get('$i')} (i32.const 1))`)}
  (br $scalars)))`);
}

/** `y = act(z)` over n examples' worth of an op's output, or nothing when the activation is linear. */
function activate(op: Op, at: (t: Tensor) => number): Emitted | undefined {
  if (op.act === 'linear') return undefined;
  const fn = new Func(`act_${op.layer}`, OP_PARAMS);
  fn.local('i', 'i32');
  const vector = actOf4(op.act, '(z)') === undefined ? undefined : (i: string) => storeV(at(op.y), i, actOf4(op.act, loadV(at(op.z), i))!);
  const body = elementwise(fn, mul(get('$e0'), op.z.perExample), mul(get('$e1'), op.z.perExample), vector, (i) => store(at(op.y), i, actOf(op.act, load(at(op.z), i))));
  return { text: fn.text(`${op.layer}: ${op.act} of its output`, body), call: callOp(`act_${op.layer}`) };
}

/** WAT for activation `act` applied to four lanes of the v128 expression `z`, where it has a four-lane form. */
function actOf4(act: ElementwiseAct, z: string): string | undefined {
  switch (act) {
    case 'linear': return z;
    case 'relu': return `(f32x4.max ${z} (v128.const i32x4 0 0 0 0))`;
    case 'sigmoid': return `(call $sigmoid4 ${z})`;
    case 'tanh': return `(call $tanh4 ${z})`;
    default: return undefined;
  }
}

/** WAT for activation `act` applied to the f32 expression `z`. */
function actOf(act: ElementwiseAct, z: string): string {
  return act === 'linear' ? z : `(call $${act} ${z})`;
}

/** The forward functions of `op`: its computation, then its activation. */
function forwardOf(op: Op, at: (t: Tensor) => number, layout: CpuLayout, model: NetModel, madd: Madd, training: boolean): Emitted[] {
  /** The op's own steps, before its activation (a linear activation layer's: a copy where it has its own tensor). */
  const own = (): Array<Emitted | undefined> => {
    switch (op.kind) {
      case 'input': return [];
      case 'conv': return [op.in[2] === 1 && op.sw === 1 && op.out[1] >= 4 ? convForwardRows(op, at, layout, madd) : convForward(op, at, layout, madd)];
      case 'dense': return [denseForward(op, at, layout, madd)];
      case 'pool': return [poolForward(op, at)];
      case 'act': return op.act === 'linear' ? [copy(op, at)] : [];
      case 'add': return [addForward(op, at)];
      case 'concat': return [concatForward(op, at)];
      case 'batchnorm': return batchNormForward(op, at, layout, training);
      case 'dropout': return [training && op.rate > 0 ? dropoutForward(op, at, model.train.seed) : copy(op, at)];
      case 'softmax': return [softmaxForward(op, at)];
    }
  };
  return [...own(), activate(op, at)].filter((e): e is Emitted => e !== undefined);
}

/** z = x where the op computes nothing (a linear activation layer, dropout at evaluation): a copy, unless they share a tensor. */
function copy(op: Op, at: (t: Tensor) => number): Emitted | undefined {
  if (op.z.offset === op.x.offset) return undefined;
  const fn = new Func(`copy_${op.layer}`, OP_PARAMS);
  const body = loop(fn, 'i', mul(get('$e0'), op.z.perExample), mul(get('$e1'), op.z.perExample), store(at(op.z), get('$i'), load(at(op.x), get('$i'))));
  return { text: fn.text(`${op.layer}: its input as it is`, body), call: callOp(`copy_${op.layer}`) };
}

/** 4-lane groups covering `count` channels: [first channel, lanes that are real]. */
function groupsOf(count: number): Array<[number, number]> {
  return Array.from({ length: Math.ceil(count / 4) }, (_, g) => [4 * g, Math.min(4, count - 4 * g)]);
}

/** Channel blocks of at most `per` 4-lane groups: the accumulators a loop keeps in registers. */
function blocksOf(count: number, per = 8): Array<Array<[number, number]>> {
  const groups = groupsOf(count);
  const out: Array<Array<[number, number]>> = [];
  for (let i = 0; i < groups.length; i += per) out.push(groups.slice(i, i + per));
  return out;
}

/**
 * A conv's z: for each output position, the 4-lane groups of its output channels accumulate
 * input × kernel over the window's cells inside the input (the kernel is [kh][kw][ci][co], so a
 * cell's channel row is contiguous), then the bias.
 */
function convForward(op: ConvOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const [h, w, ci] = op.in;
  const [oh, ow, co] = op.out;
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const K = layout.params + 4 * op.kernel.offset;
  const B = op.bias ? layout.params + 4 * op.bias.offset : 0;
  const bodyFor = (block: Array<[number, number]>) => {
    const acc = block.map(([c]) => fn.local(`acc${c}`, 'v128'));
    const init = acc.map((a) => set(a, '(v128.const i32x4 0 0 0 0)'));
    const x = fn.local('x', 'v128');
    const inner = loop(fn, 'c', 0, ci, lines(
      set(x, `(f32x4.splat ${load(at(op.x), add(get('$row'), get('$c')))})`),
      ...block.map(([c], g) => set(acc[g]!, madd(get(acc[g]!), get(x), loadV(K, add(get('$krow'), mul(get('$c'), co), c))))),
    ));
    const cells = loop(fn, 'ky', get('$ky0'), get('$ky1'), loop(fn, 'kx', get('$kx0'), get('$kx1'), lines(
      set(fn.local('row', 'i32'), mul(add(mul(add(mul(get('$e'), h), get('$iy0'), get('$ky')), w), get('$ix0'), get('$kx')), ci)),
      set(fn.local('krow', 'i32'), mul(add(mul(get('$ky'), op.kw), get('$kx')), ci * co)),
      inner,
    )));
    const out = block.map(([c, lanes], g) => {
      const bias = op.bias ? `(f32x4.add ${get(acc[g]!)} ${loadV(B, i32(c))})` : get(acc[g]!);
      return storeV(at(op.z), add(get('$o'), c), bias, lanes);
    });
    return lines(...init, cells, ...out);
  };
  const blocks = blocksOf(co);
  const single = lines(
    set(fn.local('o', 'i32'), mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$ox')), co)),
    ...blocks.map(bodyFor),
  );
  if (blocks.length > 1 || blocks[0]!.length > PAIRED_GROUPS || ow < 2) {
    const body = eachWindow(fn, op, single);
    return { text: fn.text(`${op.layer}: ${op.kh}×${op.kw} conv, ${ci} → ${co} channels, ${h}×${w} → ${oh}×${ow}`, body), call: callOp(`forward_${op.layer}`) };
  }
  // two neighbouring output positions at once where both windows lie wholly inside the input's
  // columns: each kernel row is loaded once for both (the same sums, in the same order)
  const block = blocks[0]!;
  const acc = [0, 1].map((p) => block.map(([c]) => fn.local(`pair${p}_${c}`, 'v128')));
  const [x0, x1, k] = [fn.local('x0', 'v128'), fn.local('x1', 'v128'), fn.local('k', 'v128')];
  const next = op.sw * ci;
  const pairCells = loop(fn, 'ky', get('$ky0'), get('$ky1'), loop(fn, 'kx', 0, op.kw, lines(
    set(fn.local('row', 'i32'), mul(add(mul(add(mul(get('$e'), h), get('$iy0'), get('$ky')), w), get('$ix0'), get('$kx')), ci)),
    set(fn.local('krow', 'i32'), mul(add(mul(get('$ky'), op.kw), get('$kx')), ci * co)),
    loop(fn, 'c', 0, ci, lines(
      set(x0, `(f32x4.splat ${load(at(op.x), add(get('$row'), get('$c')))})`),
      set(x1, `(f32x4.splat ${load(at(op.x) + 4 * next, add(get('$row'), get('$c')))})`),
      ...block.flatMap(([c], g) => [
        set(k, loadV(K, add(get('$krow'), mul(get('$c'), co), c))),
        set(acc[0]![g]!, madd(get(acc[0]![g]!), get(x0), get(k))),
        set(acc[1]![g]!, madd(get(acc[1]![g]!), get(x1), get(k))),
      ]),
    )),
  )));
  const pair = lines(
    set(fn.local('o', 'i32'), mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$ox')), co)),
    ...acc.flat().map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
    pairCells,
    ...[0, 1].flatMap((p) => block.map(([c, lanes], g) =>
      storeV(at(op.z) + 4 * p * co, add(get('$o'), c), op.bias ? `(f32x4.add ${get(acc[p]![g]!)} ${loadV(B, i32(c))})` : get(acc[p]![g]!), lanes))),
  );
  const ix0 = fn.local('ix0', 'i32');
  const both = `(i32.and (i32.lt_s ${add(get('$ox'), 1)} ${i32(ow)}) (i32.and (i32.ge_s ${get(ix0)} (i32.const 0)) (i32.le_s ${add(get(ix0), op.sw + op.kw)} ${i32(w)})))`;
  fn.local('ox', 'i32');
  const body = loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'oy', 0, oh, lines(
    set(fn.local('iy0', 'i32'), add(mul(get('$oy'), op.sh), -op.top)),
    windowRange(fn, 'ky', get('$iy0'), op.kh, h),
    set('$ox', i32(0)),
    `(block $ox_done (loop $ox_next
  (br_if $ox_done (i32.ge_s ${get('$ox')} ${i32(ow)}))
  ${set(ix0, add(mul(get('$ox'), op.sw), -op.left))}
  (if ${both}
    (then
${indent(indent(indent(lines(pair, set('$ox', add(get('$ox'), 2))))))})
    (else
${indent(indent(indent(lines(windowRange(fn, 'kx', get(ix0), op.kw, w), single, set('$ox', add(get('$ox'), 1))))))}))
  (br $ox_next)))`,
  )));
  return { text: fn.text(`${op.layer}: ${op.kh}×${op.kw} conv, ${ci} → ${co} channels, ${h}×${w} → ${oh}×${ow}, two positions at a time where their windows are inside`, body), call: callOp(`forward_${op.layer}`) };
}

/**
 * A conv with one input channel and stride 1 along a row (a first layer on grey images): four
 * neighbouring output positions make a vector, since their window cells lie side by side in the
 * input's row. Each cell is one load (its lanes past the row's ends masked to zero in the blocks
 * at the edges) times each output channel's kernel value, splat; at the end the four positions'
 * channels are transposed back into the channels-last output. The sums are the other path's, in
 * its order. A row whose width is not a multiple of four computes its last block from width − 4,
 * a few positions twice, to the same floats.
 */
function convForwardRows(op: ConvOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const [h, w] = op.in;
  const [oh, ow, co] = op.out;
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const K = layout.params + 4 * op.kernel.offset;
  const B = op.bias ? layout.params + 4 * op.bias.offset : 0;
  const x = fn.local('x', 'v128');
  const ix0 = fn.local('ix0', 'i32');
  /** Channels [first, first + count) of the block at $bx, its cells' loads masked or not. */
  const channelsFor = (first: number, count: number, masked: boolean) => {
    const acc = Array.from({ length: count }, (_, j) => fn.local(`acc${j}`, 'v128'));
    // the row's index from $bx, never negative; the left pad comes off the memarg's offset instead
    const cell = loadV(at(op.x) - 4 * op.left, add(get('$xrow'), get('$kx')));
    // lanes whose column ix0 + kx + lane lies in [0, w)
    const columns = `(i32x4.add (i32x4.splat ${add(get(ix0), get('$kx'))}) (v128.const i32x4 0 1 2 3))`;
    const inside = `(v128.and (i32x4.ge_s (local.tee $cols ${columns}) (v128.const i32x4 0 0 0 0)) (i32x4.lt_s (local.get $cols) (i32x4.splat ${i32(w)})))`;
    if (masked) fn.local('cols', 'v128');
    const cells = loop(fn, 'ky', get('$ky0'), get('$ky1'), lines(
      set(fn.local('xrow', 'i32'), add(mul(add(mul(get('$e'), h), get('$iy0'), get('$ky')), w), get('$bx'))),
      set(fn.local('krow', 'i32'), mul(get('$ky'), op.kw * co)),
      loop(fn, 'kx', 0, op.kw, lines(
        set(x, masked ? `(v128.and ${cell} ${inside})` : cell),
        ...acc.map((a, j) => set(a, madd(get(a), get(x), loadSplat(K, add(get('$krow'), mul(get('$kx'), co), first + j))))),
      )),
    ));
    const biased = (j: number) => (op.bias ? `(f32x4.add ${get(acc[j]!)} ${loadSplat(B, i32(first + j))})` : get(acc[j]!));
    return lines(
      ...acc.map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      cells,
      ...groupsOf(count).map(([c, lanes]) => storePositions(fn, at(op.z), co, first + c, lanes, [0, 1, 2, 3].map((j) => (j < lanes ? biased(c + j) : '(v128.const i32x4 0 0 0 0)')))),
    );
  };
  const block = (masked: boolean) => lines(...blocksOf(co, 2).map((b) => channelsFor(b[0]![0], b.reduce((n, [, lanes]) => n + lanes, 0), masked)));
  const body = loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'oy', 0, oh, lines(
    set(fn.local('iy0', 'i32'), add(mul(get('$oy'), op.sh), -op.top)),
    windowRange(fn, 'ky', get('$iy0'), op.kh, h),
    set(fn.local('ox', 'i32'), i32(0)),
    `(block $ox_done (loop $ox_next
  (br_if $ox_done (i32.ge_s ${get('$ox')} ${i32(ow)}))
  ${set(fn.local('bx', 'i32'), `(select ${get('$ox')} ${i32(ow - 4)} (i32.le_s ${get('$ox')} ${i32(ow - 4)}))`)}
  ${set(ix0, add(get('$bx'), -op.left))}
  ${set(fn.local('o', 'i32'), mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$bx')), co))}
  (if (i32.and (i32.ge_s ${get(ix0)} (i32.const 0)) (i32.le_s ${add(get(ix0), op.kw + 3)} ${i32(w)}))
    (then
${indent(indent(indent(block(false))))})
    (else
${indent(indent(indent(block(true))))}))
  ${set('$ox', add(get('$ox'), 4))}
  (br $ox_next)))`,
  )));
  return { text: fn.text(`${op.layer}: ${op.kh}×${op.kw} conv, 1 → ${co} channels, ${h}×${w} → ${oh}×${ow}, four positions of a row at a time`, body), call: callOp(`forward_${op.layer}`) };
}

/**
 * Stores four positions' values of channels [c, c + lanes) from `values` (one vector per channel,
 * a position per lane) into the channels-last tensor at byte `base` from float $o: a 4×4 transpose
 * (channel-major to position-major), then each position's lanes.
 */
function storePositions(fn: Func, base: number, channels: number, c: number, lanes: number, values: string[]): string {
  const t = [0, 1, 2, 3].map((i) => fn.local(`t${i}`, 'v128'));
  const [a, b, cc, d] = values as [string, string, string, string];
  // bytes of the lanes to interleave: low halves (0 4 1 5) and high halves (2 6 3 7) of two vectors
  const LOW = '0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23';
  const HIGH = '8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31';
  const FIRST = '0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23';
  const SECOND = '8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31';
  const position = (p: number) => {
    const [u, v] = p < 2 ? [t[0]!, t[2]!] : [t[1]!, t[3]!];
    return `(i8x16.shuffle ${p % 2 === 0 ? FIRST : SECOND} ${get(u)} ${get(v)})`;
  };
  return lines(
    set(t[0]!, `(i8x16.shuffle ${LOW} ${a} ${b})`),
    set(t[1]!, `(i8x16.shuffle ${HIGH} ${a} ${b})`),
    lanes > 2 ? set(t[2]!, `(i8x16.shuffle ${LOW} ${cc} ${d})`) : set(t[2]!, '(v128.const i32x4 0 0 0 0)'),
    lanes > 2 ? set(t[3]!, `(i8x16.shuffle ${HIGH} ${cc} ${d})`) : set(t[3]!, '(v128.const i32x4 0 0 0 0)'),
    ...[0, 1, 2, 3].map((p) => storeV(base, add(get('$o'), p * channels + c), position(p), lanes)),
  );
}

/**
 * For each example of the chunk and each output position ($oy, $ox) of a conv or pool: its
 * window's corner ($iy0, $ix0: pads subtracted) and the offsets of its cells inside the input
 * ($ky0–$ky1, $kx0–$kx1), then `body`.
 */
function eachWindow(fn: Func, op: ConvOp | PoolOp, body: string): string {
  const [h, w] = op.in;
  const [oh, ow] = op.out;
  return loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'oy', 0, oh, lines(
    set(fn.local('iy0', 'i32'), add(mul(get('$oy'), op.sh), -op.top)),
    windowRange(fn, 'ky', get('$iy0'), op.kh, h),
    loop(fn, 'ox', 0, ow, lines(
      set(fn.local('ix0', 'i32'), add(mul(get('$ox'), op.sw), -op.left)),
      windowRange(fn, 'kx', get('$ix0'), op.kw, w),
      body,
    )),
  )));
}

/** `k0`, `k1`: the window offsets whose cell `start + k` lies inside [0, size). */
function windowRange(fn: Func, k: string, start: string, window: number, size: number): string {
  const lo = fn.local(`${k}0`, 'i32');
  const hi = fn.local(`${k}1`, 'i32');
  // k0 = max(0, -start); k1 = min(window, size - start)
  return lines(
    set(lo, `(select (i32.const 0) (i32.sub (i32.const 0) ${start}) (i32.ge_s ${start} (i32.const 0)))`),
    set(hi, `(select ${i32(window)} (i32.sub ${i32(size)} ${start}) (i32.le_s ${add(start, window)} ${i32(size)}))`),
  );
}

/** A dense layer's z: x · W + b, 4-lane groups of outputs accumulating over the inputs. */
function denseForward(op: DenseOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const inputs = volume(op.in);
  const units = op.out[2];
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const W = layout.params + 4 * op.kernel.offset;
  const B = op.bias ? layout.params + 4 * op.bias.offset : 0;
  const w = fn.local('w', 'v128');
  /** Examples $e (and $e + 1, `both`), units in `block`: each row of W is loaded once for both. */
  const bodyFor = (block: Array<[number, number]>, both: boolean) => {
    const examples = both ? [0, 1] : [0];
    const xs = examples.map((k) => fn.local(`x${k}`, 'v128'));
    const acc = examples.map((k) => block.map(([c]) => fn.local(`acc${k}_${c}`, 'v128')));
    return lines(
      ...acc.flat().map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      loop(fn, 'i', 0, inputs, lines(
        ...examples.map((k) => set(xs[k]!, `(f32x4.splat ${load(at(op.x), add(mul(add(get('$e'), k), inputs), get('$i')))})`)),
        ...block.flatMap(([c], g) => [
          set(w, loadV(W, add(mul(get('$i'), units), c))),
          ...examples.map((k) => set(acc[k]![g]!, madd(get(acc[k]![g]!), get(xs[k]!), get(w)))),
        ]),
      )),
      ...examples.flatMap((k) => block.map(([c, lanes], g) => storeV(at(op.z), add(mul(add(get('$e'), k), units), c), op.bias ? `(f32x4.add ${get(acc[k]![g]!)} ${loadV(B, i32(c))})` : get(acc[k]![g]!), lanes))),
    );
  };
  // two examples at a time: four 4-lane groups each keep eight accumulators in registers
  const body = pairs(fn, 'e', get('$e0'), get('$e1'), lines(...blocksOf(units, 4).map((b) => bodyFor(b, true))), lines(...blocksOf(units).map((b) => bodyFor(b, false))));
  return { text: fn.text(`${op.layer}: dense, ${inputs} → ${units}`, body), call: callOp(`forward_${op.layer}`) };
}

/** Average (over the window's cells inside the input) or max pooling, a channel at a time. */
function poolForward(op: PoolOp, at: (t: Tensor) => number): Emitted {
  const [h, w, c] = op.in;
  const [oh, ow] = op.out;
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const max = op.type === 'max';
  const acc = fn.local('acc', 'v128');
  const cellRow = add(mul(add(mul(add(mul(get('$e'), h), get('$iy0'), get('$ky')), w), get('$ix0'), get('$kx')), c));
  const outRow = add(mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$ox')), c));
  const count = `(f32x4.splat (f32.convert_i32_s (i32.mul (i32.sub ${get('$ky1')} ${get('$ky0')}) (i32.sub ${get('$kx1')} ${get('$kx0')}))))`;
  // four channels at a time: the window's cells inside the input, then the count of them for an average
  const groups = groupsOf(c).map(([g, lanes]) => lines(
    set(acc, max ? `(f32x4.splat ${f32(-3.4028234663852886e38)})` : '(v128.const i32x4 0 0 0 0)'),
    loop(fn, 'ky', get('$ky0'), get('$ky1'), loop(fn, 'kx', get('$kx0'), get('$kx1'),
      set(acc, `(${max ? 'f32x4.max' : 'f32x4.add'} ${get(acc)} ${loadV(at(op.x), add(cellRow, g))})`))),
    storeV(at(op.z), add(outRow, g), max ? get(acc) : `(f32x4.div ${get(acc)} ${count})`, lanes),
  ));
  const body = eachWindow(fn, op, lines(...groups));
  return { text: fn.text(`${op.layer}: ${op.type} pool ${op.kh}×${op.kw} stride ${op.sh}×${op.sw}, ${h}×${w} → ${oh}×${ow}, four channels at a time`, body), call: callOp(`forward_${op.layer}`) };
}

/** The loss: `train` writes each example's loss and prediction and the output's dz; `infer` only the first two. */
function lossFunctions(graph: Graph, at: (t: Tensor) => number, layout: CpuLayout): { text: string; train: string; infer: string } {
  const out = graph.output;
  const k = graph.classes;
  const z = at(out.x);
  const fn = new Func('loss', [...OP_PARAMS, ['grad', 'i32']]);
  const [top, total, best, label] = [fn.local('top', 'f32'), fn.local('total', 'f32'), fn.local('best', 'i32'), fn.local('label', 'i32')];
  const v = (j: string) => load(z, add(mul(get('$e'), k), j));
  const dz = out.from.dz ? at(out.from.dz) : 0;
  const body = loop(fn, 'e', get('$e0'), get('$e1'), lines(
    set(top, v(i32(0))),
    set(best, i32(0)),
    loop(fn, 'j', 1, k, `(if (f32.gt ${v(get('$j'))} ${get(top)}) (then ${set(top, v(get('$j')))} ${set(best, get('$j'))}))`),
    set(label, loadI(layout.labels, get('$e'))),
    storeI(layout.predictions, get('$e'), get(best)),
    graph.probabilities ? probabilityLoss() : logitLoss(),
  ));
  /** log-sum-exp − z[label], and the gradient (softmax − one-hot)/n. */
  function logitLoss(): string {
    return lines(
      set(total, f32(0)),
      loop(fn, 'j', 0, k, set(total, `(f32.add ${get(total)} (call $exp (f32.sub ${v(get('$j'))} ${get(top)})))`)),
      store(layout.losses, get('$e'), `(f32.sub (f32.add ${get(top)} (call $log ${get(total)})) ${v(get(label))})`),
      out.from.dz ? `(if ${get('$grad')} (then
${loop(fn, 'j', 0, k, store(dz, add(mul(get('$e'), k), get('$j')),
    `(f32.div (f32.sub (f32.div (call $exp (f32.sub ${v(get('$j'))} ${get(top)})) ${get(total)}) (f32.convert_i32_s (i32.eq ${get('$j')} ${get(label)}))) (f32.convert_i32_s (local.get $n)))`))}))` : '',
    );
  }
  /** −log(clip(p, 1e-7, 1)) of the label's probability, and its gradient −1/p at the label (0 where clipped), over n. */
  function probabilityLoss(): string {
    const p = fn.local('p', 'f32');
    const inRange = `(i32.and (f32.ge ${get(p)} ${f32(1e-7)}) (f32.le ${get(p)} (f32.const 1)))`;
    return lines(
      set(p, v(get(label))),
      store(layout.losses, get('$e'), `(f32.neg (call $log (f32.min (f32.max ${get(p)} ${f32(1e-7)}) (f32.const 1))))`),
      out.from.dz ? `(if ${get('$grad')} (then
${loop(fn, 'j', 0, k, store(dz, add(mul(get('$e'), k), get('$j')),
    `(select (f32.div (f32.div (f32.const -1) ${get(p)}) (f32.convert_i32_s (local.get $n))) (f32.const 0) (i32.and (i32.eq ${get('$j')} ${get(label)}) ${inRange}))`))}))` : '',
    );
  }
  const derivative = out.from.dz ? activationGradient(out.from, at) : undefined;
  return {
    text: lines(fn.text(`cross-entropy of ${graph.probabilities ? 'the probabilities' : 'the logits (log-softmax)'}: each example's loss and prediction, and with grad the mean loss's gradient`, body), derivative?.text),
    train: lines(`(call $loss ${OP_PARAMS.map(([p]) => `(local.get $${p})`).join(' ')} (i32.const 1))`, derivative?.call),
    infer: `(call $loss ${OP_PARAMS.map(([p]) => `(local.get $${p})`).join(' ')} (i32.const 0))`,
  };
}

/** dz *= act'(z) over `op`'s gradient, once every reader has written it; nothing for a linear op. */
function activationGradient(op: Op, at: (t: Tensor) => number): Emitted | undefined {
  if (op.act === 'linear' || !op.dz) return undefined;
  const fn = new Func(`dact_${op.layer}`, OP_PARAMS);
  fn.local('i', 'i32');
  const [y, y4] = [fn.local('y', 'f32'), fn.local('y4', 'v128')];
  const dz = at(op.dz);
  let scalar: (i: string) => string;
  let vector: ((i: string) => string) | undefined;
  switch (op.act) {
    case 'relu':
      scalar = (i) => `(select ${load(dz, i)} (f32.const 0) (f32.gt ${load(at(op.z), i)} (f32.const 0)))`;
      vector = (i) => `(v128.and ${loadV(dz, i)} (f32x4.gt ${loadV(at(op.z), i)} (v128.const i32x4 0 0 0 0)))`;
      break;
    case 'sigmoid':
      scalar = (i) => `(f32.mul ${load(dz, i)} (f32.mul (local.tee ${y} ${load(at(op.y), i)}) (f32.sub (f32.const 1) (local.get ${y}))))`;
      vector = (i) => `(f32x4.mul ${loadV(dz, i)} (f32x4.mul (local.tee ${y4} ${loadV(at(op.y), i)}) (f32x4.sub (f32x4.splat (f32.const 1)) (local.get ${y4}))))`;
      break;
    case 'tanh':
      scalar = (i) => `(f32.mul ${load(dz, i)} (f32.sub (f32.const 1) (f32.mul (local.tee ${y} ${load(at(op.y), i)}) (local.get ${y}))))`;
      vector = (i) => `(f32x4.mul ${loadV(dz, i)} (f32x4.sub (f32x4.splat (f32.const 1)) (f32x4.mul (local.tee ${y4} ${loadV(at(op.y), i)}) (local.get ${y4}))))`;
      break;
    default:
      // the others' derivatives as functions of z, as the WGSL program computes them
      scalar = (i) => `(f32.mul ${load(dz, i)} (call $d${op.act} ${load(at(op.z), i)}))`;
      vector = undefined;
  }
  const body = elementwise(fn, mul(get('$e0'), op.dz.perExample), mul(get('$e1'), op.dz.perExample), vector && ((i) => storeV(dz, i, vector!(i))), (i) => store(dz, i, scalar(i)));
  return { text: fn.text(`${op.layer}: its gradient through its ${op.act}`, body), call: callOp(`dact_${op.layer}`) };
}

/** `op`'s backward functions: its weights' gradients, then each input's gradient (and that input's activation derivative). */
function backwardOf(op: Op, at: (t: Tensor) => number, layout: CpuLayout, model: NetModel, madd: Madd): Emitted[] {
  const out: Emitted[] = [];
  if (op.kind === 'conv') out.push(op.in[2] === 1 ? convWeightGradientRows(op, at, layout, madd) : convWeightGradient(op, at, layout, madd));
  if (op.kind === 'dense') out.push(denseWeightGradient(op, at, layout, madd));
  if (op.kind === 'batchnorm') out.push(...batchNormSums(op, at, layout));
  // an op's inputs from the last back: the order the lowering gave their joins in
  for (let j = op.inputs.length - 1; j >= 0; j--) {
    const input = op.inputs[j]!;
    if (!input.join) continue;
    const gradient: Gradient = { input, name: op.inputs.length > 1 ? `xgrad_${op.layer}_${j}` : `xgrad_${op.layer}`, adds: input.join === 'middle' || input.join === 'last' };
    switch (op.kind) {
      case 'conv': out.push(convInputGradient(op, gradient, at, layout, madd)); break;
      case 'dense': out.push(denseInputGradient(op, gradient, at, layout)); break;
      case 'pool': out.push(poolInputGradient(op, gradient, at)); break;
      case 'act': case 'add': out.push(passThrough(op, gradient, at)); break;
      case 'concat': out.push(concatInputGradient(op, j, gradient, at)); break;
      case 'batchnorm': out.push(batchNormInputGradient(op, gradient, at, layout)); break;
      case 'dropout': out.push(op.rate > 0 ? dropoutInputGradient(op, gradient, at, model.train.seed) : passThrough(op, gradient, at)); break;
      case 'softmax': out.push(softmaxInputGradient(op, gradient, at)); break;
      default: throw new Error(`no CPU gradient for ${op.kind}`);
    }
    // the last reader to write an op's gradient applies its activation derivative
    if (input.join === 'only' || input.join === 'last') {
      const derivative = activationGradient(input.from, at);
      if (derivative) out.push(derivative);
    }
  }
  return out;
}

/** One input gradient an op writes: which, its function's name, and whether it adds to what earlier readers wrote. */
interface Gradient {
  input: OpInput;
  name: string;
  adds: boolean;
}

/** `value` written to float `index` of the gradient at byte `base`, or added to it. */
function write(gradient: Gradient, base: number, index: string, value: string): string {
  return store(base, index, gradient.adds ? `(f32.add ${load(base, index)} ${value})` : value);
}

/** An activation layer's or an add's input gradient: dz as it is (the op's own derivative is in dz already). */
function passThrough(op: Op, gradient: Gradient, at: (t: Tensor) => number): Emitted {
  const fn = new Func(gradient.name, OP_PARAMS);
  const body = loop(fn, 'i', mul(get('$e0'), op.dz!.perExample), mul(get('$e1'), op.dz!.perExample), write(gradient, at(gradient.input.from.dz!), get('$i'), load(at(op.dz!), get('$i'))));
  return { text: fn.text(`${op.layer}: the gradient reaching ${gradient.input.from.layer}`, body), call: callOp(`${gradient.name}`) };
}

/** A concat's gradient to input `j`: its channels of dz. */
function concatInputGradient(op: ConcatOp, j: number, gradient: Gradient, at: (t: Tensor) => number): Emitted {
  const fn = new Func(gradient.name, OP_PARAMS);
  const channels = gradient.input.dims[2];
  const [oh, ow, all] = op.out;
  const body = loop(fn, 'p', mul(get('$e0'), oh * ow), mul(get('$e1'), oh * ow), loop(fn, 'c', 0, channels,
    write(gradient, at(gradient.input.from.dz!), add(mul(get('$p'), channels), get('$c')), load(at(op.dz!), add(mul(get('$p'), all), get('$c'), op.offsets[j]!)))));
  return { text: fn.text(`${op.layer}: the gradient reaching ${gradient.input.from.layer}, channels ${op.offsets[j]}–${op.offsets[j]! + channels - 1} of dz`, body), call: callOp(`${gradient.name}`) };
}

/** An add's z: its inputs summed left to right, as tfjs adds them. */
function addForward(op: AddOp, at: (t: Tensor) => number): Emitted {
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const sum = op.inputs.map((input) => load(at(input.x), get('$i'))).reduce((a, b) => `(f32.add ${a} ${b})`);
  const body = loop(fn, 'i', mul(get('$e0'), op.z.perExample), mul(get('$e1'), op.z.perExample), store(at(op.z), get('$i'), sum));
  return { text: fn.text(`${op.layer}: ${op.inputs.map((i) => i.from.layer).join(' + ')}`, body), call: callOp(`forward_${op.layer}`) };
}

/** A concat's z: each input's channels where its offset says. */
function concatForward(op: ConcatOp, at: (t: Tensor) => number): Emitted {
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const [oh, ow, all] = op.out;
  const body = lines(...op.inputs.map((input, j) => {
    const channels = input.dims[2];
    return loop(fn, 'p', mul(get('$e0'), oh * ow), mul(get('$e1'), oh * ow), loop(fn, 'c', 0, channels,
      store(at(op.z), add(mul(get('$p'), all), get('$c'), op.offsets[j]!), load(at(input.x), add(mul(get('$p'), channels), get('$c'))))));
  }));
  return { text: fn.text(`${op.layer}: ${op.inputs.map((i) => i.from.layer).join(', ')} side by side`, body), call: callOp(`forward_${op.layer}`) };
}

/**
 * A conv's kernel and bias gradients, summed over the batch and every output position: for each
 * kernel row (ky, kx, ci) the 4-lane groups of output channels accumulate x × dz.
 */
function convWeightGradient(op: ConvOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const [h, w, ci] = op.in;
  const [oh, ow, co] = op.out;
  const fn = new Func(`wgrad_${op.layer}`, OP_PARAMS);
  const dK = layout.partials + 4 * op.kernel.trainableOffset;
  const dz = at(op.dz!);
  const chunkBase = fn.local('pbase', 'i32');
  /**
   * Kernel rows (ky, kx, $c + j) for j < channels, output channels in `block`: every output
   * position of the batch adds x × dz, each dz group loaded once for all the rows.
   */
  const rowsFor = (block: Array<[number, number]>, channels: number) => {
    // few accumulators (conv1's one input channel, six outputs: two) wait on their own adds: then
    // neighbouring positions go to a second set, added to the first at the end
    const sets = channels * block.length <= 4 ? 2 : 1;
    const acc = Array.from({ length: sets }, (_, q) => Array.from({ length: channels }, (_, j) => block.map(([c]) => fn.local(`acc${q}_${j}_${c}`, 'v128'))));
    const xs = Array.from({ length: channels }, (_, j) => fn.local(`x${j}`, 'v128'));
    const d = fn.local('dv', 'v128');
    /** Output position ($ox + `dx`) of example $e, row $oy, into accumulator set `q`. */
    const position = (dx: number, q: number) => lines(
      set(fn.local('xi', 'i32'), add(mul(add(mul(add(mul(get('$e'), h), mul(get('$oy'), op.sh), get('$ky'), -op.top), w), mul(add(get('$ox'), dx), op.sw), get('$kx'), -op.left), ci), get('$c'))),
      ...xs.map((x, j) => set(x, `(f32x4.splat ${load(at(op.x), add(get('$xi'), j))})`)),
      set(fn.local('d', 'i32'), mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$ox'), dx), co)),
      ...block.flatMap(([c], g) => [
        set(d, loadV(dz, add(get('$d'), c))),
        ...xs.map((x, j) => set(acc[q]![j]![g]!, madd(get(acc[q]![j]![g]!), get(x), get(d)))),
      ]),
    );
    const overRow = sets === 2
      ? pairs(fn, 'ox', get('$ox0'), get('$ox1'), lines(position(0, 0), position(1, 1)), position(0, 0))
      : loop(fn, 'ox', get('$ox0'), get('$ox1'), position(0, 0));
    const positions = loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'oy', get('$oy0'), get('$oy1'), overRow));
    const total = (j: number, g: number) => (sets === 2 ? `(f32x4.add ${get(acc[0]![j]![g]!)} ${get(acc[1]![j]![g]!)})` : get(acc[0]![j]![g]!));
    return lines(
      ...acc.flat(2).map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      positions,
      ...xs.flatMap((_, j) => block.map(([c, lanes], g) =>
        storeV(dK, add(mul(add(mul(add(mul(get('$ky'), op.kw), get('$kx')), ci), get('$c'), j), co), c, get(chunkBase)), total(j, g), lanes))),
    );
  };
  // as many input channels per pass as keep about eight accumulators in registers
  const blocks = blocksOf(co);
  const perPass = Math.max(1, Math.min(ci, Math.floor(8 / Math.max(...blocks.map((b) => b.length)))));
  // whole passes in a loop over $pass, a last short one after it
  const whole = Math.floor(ci / perPass);
  const rest = ci - whole * perPass;
  fn.local('c', 'i32');
  const channelPasses = [
    loop(fn, 'pass', 0, whole, lines(set('$c', mul(get('$pass'), perPass)), ...blocks.map((b) => rowsFor(b, perPass)))),
    rest > 0 ? lines(set('$c', i32(whole * perPass)), ...blocks.map((b) => rowsFor(b, rest))) : '',
  ];
  const body = lines(
    set(chunkBase, chunkPartials(layout)),
    loop(fn, 'ky', 0, op.kh, lines(
      outputRange(fn, 'oy', get('$ky'), op.top, op.sh, oh, h),
      loop(fn, 'kx', 0, op.kw, lines(
        outputRange(fn, 'ox', get('$kx'), op.left, op.sw, ow, w),
        ...channelPasses,
      )),
    )),
    op.bias ? biasGradient(fn, op.bias.trainableOffset, layout, dz, oh * ow, co) : '',
  );
  return { text: fn.text(`${op.layer}: kernel${op.bias ? ' and bias' : ''} gradients over the batch`, body), call: callOp(`wgrad_${op.layer}`) };
}

/**
 * A conv's kernel gradient where it has one input channel (a first layer on grey images): for each
 * kernel row ky, each output position's dz groups are loaded once for all kw cells of the row, each
 * cell's input splat against them (kw × groups accumulators, at most MAX_ROW_ACCUMULATORS). The
 * columns whose windows reach past the input's sides go through a loop that zeroes the cells outside.
 */
function convWeightGradientRows(op: ConvOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const [h, w] = op.in;
  const [oh, ow, co] = op.out;
  const fn = new Func(`wgrad_${op.layer}`, OP_PARAMS);
  const dK = layout.partials + 4 * op.kernel.trainableOffset;
  const dz = at(op.dz!);
  // the input's row from column 0 at $xrow; the left pad comes off the memarg's offset, so an index is never negative
  const X = at(op.x) - 4 * op.left;
  const xs = fn.local('xs', 'v128');
  // columns whose whole row of window cells lies inside the input: ox·sw − left ≥ 0 and ox·sw − left + kw ≤ w
  const inner0 = Math.min(ow, Math.ceil(op.left / op.sw));
  const inner1 = Math.max(inner0, Math.min(ow, Math.floor((w - op.kw + op.left) / op.sw) + 1));
  /** Kernel row cells [k0, k0 + cells) of output channel groups `block`, over every output position. */
  const rowFor = (block: Array<[number, number]>, k0: number, cells: number) => {
    const acc = Array.from({ length: cells }, (_, j) => block.map(([c]) => fn.local(`acc${j}_${c}`, 'v128')));
    const d = block.map(([c]) => fn.local(`d${c}`, 'v128'));
    /** Output column $ox of row $oy: its dz groups, then each cell of the kernel row (`checked`: zero where outside the input). */
    const column = (checked: boolean) => lines(
      ...block.map(([c], g) => set(d[g]!, loadV(dz, add(mul(add(get('$drow'), get('$ox')), co), c)))),
      ...acc.flatMap((row, j) => {
        const kx = k0 + j;
        const cell = load(X, add(get('$xrow'), mul(get('$ox'), op.sw), kx));
        const ix = add(mul(get('$ox'), op.sw), kx - op.left);
        const value = checked ? `(select ${cell} (f32.const 0) (i32.lt_u ${ix} ${i32(w)}))` : cell;
        return [set(xs, `(f32x4.splat ${value})`), ...row.map((a, g) => set(a, madd(get(a), get(xs), get(d[g]!))))];
      }),
    );
    return lines(
      ...acc.flat().map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'oy', get('$oy0'), get('$oy1'), lines(
        set(fn.local('xrow', 'i32'), mul(add(mul(get('$e'), h), mul(get('$oy'), op.sh), get('$ky'), -op.top), w)),
        set(fn.local('drow', 'i32'), mul(add(mul(get('$e'), oh), get('$oy')), ow)),
        loop(fn, 'ox', 0, inner0, column(true)),
        loop(fn, 'ox', inner0, inner1, column(false)),
        loop(fn, 'ox', inner1, ow, column(true)),
      ))),
      ...acc.flatMap((row, j) => block.map(([c, lanes], g) =>
        storeV(dK, add(mul(add(mul(get('$ky'), op.kw), k0 + j), co), c, get('$pbase')), get(row[g]!), lanes))),
    );
  };
  // as many of a row's cells per pass over the positions as keep MAX_ROW_ACCUMULATORS
  const passes = blocksOf(co, MAX_ROW_ACCUMULATORS).flatMap((block) => {
    const cells = Math.max(1, Math.floor(MAX_ROW_ACCUMULATORS / block.length));
    return Array.from({ length: Math.ceil(op.kw / cells) }, (_, p) => rowFor(block, p * cells, Math.min(cells, op.kw - p * cells)));
  });
  const body = lines(
    set(fn.local('pbase', 'i32'), chunkPartials(layout)),
    loop(fn, 'ky', 0, op.kh, lines(
      outputRange(fn, 'oy', get('$ky'), op.top, op.sh, oh, h),
      ...passes,
    )),
    op.bias ? biasGradient(fn, op.bias.trainableOffset, layout, dz, oh * ow, co) : '',
  );
  return { text: fn.text(`${op.layer}: kernel${op.bias ? ' and bias' : ''} gradients over the batch, a kernel row's cells at once`, body), call: callOp(`wgrad_${op.layer}`) };
}

/**
 * The most accumulators convWeightGradientRows keeps. x86-64 has 16 vector registers and V8
 * keeps one; Node 20's V8 also loads a loop body's values before its arithmetic, so ten
 * accumulators spilled there (2.0 ms for modern's conv1, against 1.0 in Chromium 156's V8).
 */
const MAX_ROW_ACCUMULATORS = 6;

/** `o0`, `o1`: the output positions whose cell at window offset `k` (pads `pad`, stride `stride`) lies inside [0, size). */
function outputRange(fn: Func, o: string, k: string, pad: number, stride: number, outputs: number, size: number): string {
  // o·stride + k − pad ∈ [0, size)  ⇔  o ≥ ceil((pad − k) / stride) and o ≤ floor((size − 1 + pad − k) / stride)
  const lo = fn.local(`${o}0`, 'i32');
  const hi = fn.local(`${o}1`, 'i32');
  const low = `(i32.sub ${i32(pad)} ${k})`;
  const reach = fn.local(`${o}reach`, 'i32');
  return lines(
    set(lo, `(select (i32.const 0) (i32.div_s ${add(low, stride - 1)} ${i32(stride)}) (i32.le_s ${low} (i32.const 0)))`),
    // the last cell's window offset reach = size − 1 + pad − k; none when it is negative
    set(reach, `(i32.sub ${i32(size - 1 + pad)} ${k})`),
    set(hi, `(select (i32.const 0) (select ${i32(outputs)} (i32.add (i32.div_s ${get(reach)} ${i32(stride)}) (i32.const 1)) (i32.ge_s (i32.div_s ${get(reach)} ${i32(stride)}) ${i32(outputs)})) (i32.lt_s ${get(reach)} (i32.const 0)))`),
  );
}

/** A bias's gradient: Σ dz over the batch and `positions` positions, 4-lane groups of `channels`. */
function biasGradient(fn: Func, trainableOffset: number, layout: CpuLayout, dz: number, positions: number, channels: number): string {
  const dB = layout.partials + 4 * trainableOffset;
  return lines(...blocksOf(channels).map((block) => {
    const acc = block.map(([c]) => fn.local(`acc${c}`, 'v128'));
    return lines(
      ...acc.map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      loop(fn, 'p', mul(get('$e0'), positions), mul(get('$e1'), positions), lines(
        ...block.map(([c], g) => set(acc[g]!, `(f32x4.add ${get(acc[g]!)} ${loadV(dz, add(mul(get('$p'), channels), c))})`)),
      )),
      ...block.map(([c, lanes], g) => storeV(dB, add(chunkPartials(layout), c), get(acc[g]!), lanes)),
    );
  }));
}

/** The first `lanes` lanes of a 4-lane value kept, the rest zeroed. */
function masked(value: string, lanes: number): string {
  if (lanes === 4) return value;
  const mask = [0, 1, 2, 3].map((l) => (l < lanes ? -1 : 0)).join(' ');
  return `(v128.and ${value} (v128.const i32x4 ${mask}))`;
}

/** The sum of a 4-lane value's lanes, (a0 + a1) + (a2 + a3). */
function lanesSum(v: string): string {
  const lane = (l: number) => `(f32x4.extract_lane ${l} ${v})`;
  return `(f32.add (f32.add ${lane(0)} ${lane(1)}) (f32.add ${lane(2)} ${lane(3)}))`;
}

/**
 * A conv's input gradient: every output position spreads kernel · dz over the cells of its
 * window, into the input's gradient zeroed first.
 */
function convInputGradient(op: ConvOp, gradient: Gradient, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const { input } = gradient;
  const [h, w, ci] = op.in;
  const [oh, ow, co] = op.out;
  const fn = new Func(gradient.name, OP_PARAMS);
  const K = layout.params + 4 * op.kernel.offset;
  const dx = at(input.from.dz!);
  const dz = at(op.dz!);
  const d = fn.local('d', 'v128');
  /**
   * Input channels [first, first + count) of one input cell: each gathers kernel[ky][kx][c][·] · dz
   * of every output position whose window holds the cell, four output channels at a time, and
   * sums its lanes once at the end.
   */
  const channels = (first: number, count: number) => {
    const acc = Array.from({ length: count }, (_, k) => fn.local(`acc${k}`, 'v128'));
    const cellOf = (k: number) => add(get('$cell'), first + k);
    return lines(
      ...acc.map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      loop(fn, 'ky', 0, op.kh, lines(
        // the output row whose window reaches the cell at kernel row ky: (iy + top − ky) / stride, if whole and in range
        set(fn.local('ty', 'i32'), add(get('$iy'), op.top, `(i32.sub (i32.const 0) ${get('$ky')})`)),
        `(if ${inRange('$ty', op.sh, oh)} (then
${indent(loop(fn, 'kx', 0, op.kw, lines(
    set(fn.local('tx', 'i32'), add(get('$ix'), op.left, `(i32.sub (i32.const 0) ${get('$kx')})`)),
    `(if ${inRange('$tx', op.sw, ow)} (then
${indent(lines(
    set(fn.local('o', 'i32'), mul(add(mul(add(mul(get('$e'), oh), op.sh === 1 ? get('$ty') : `(i32.div_s ${get('$ty')} ${i32(op.sh)})`), ow), op.sw === 1 ? get('$tx') : `(i32.div_s ${get('$tx')} ${i32(op.sw)})`), co)),
    set(fn.local('krow', 'i32'), mul(add(mul(get('$ky'), op.kw), get('$kx')), ci * co)),
    ...(co % 4 === 0
      ? [loop(fn, 'g', 0, co / 4, lines(
        set(fn.local('og', 'i32'), add(get('$o'), mul(get('$g'), 4))),
        set(fn.local('kg', 'i32'), add(get('$krow'), mul(get('$g'), 4))),
        set(d, loadV(dz, get('$og'))),
        ...acc.map((a, k) => set(a, madd(get(a), get(d), loadV(K, add(get('$kg'), (first + k) * co))))),
      ))]
      : groupsOf(co).flatMap(([g, lanes]) => [
        set(d, masked(loadV(dz, add(get('$o'), g)), lanes)),
        ...acc.map((a, k) => set(a, madd(get(a), get(d), loadV(K, add(get('$krow'), (first + k) * co + g))))),
      ])),
  ))}))`,
  )))}))`,
      )),
      ...acc.map((a, k) => write(gradient, dx, cellOf(k), lanesSum(get(a)))),
    );
  };
  const blocks: string[] = [];
  for (let first = 0; first < ci; first += CHANNEL_BLOCK) blocks.push(channels(first, Math.min(CHANNEL_BLOCK, ci - first)));
  const body = loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'iy', 0, h, loop(fn, 'ix', 0, w, lines(
    set(fn.local('cell', 'i32'), mul(add(mul(add(mul(get('$e'), h), get('$iy')), w), get('$ix')), ci)),
    ...blocks,
  ))));
  return { text: fn.text(`${op.layer}: the gradient reaching ${input.from.layer}, each input cell gathering dz from the windows that hold it`, body), call: callOp(`${gradient.name}`) };
}

/** Input channels one gathering pass keeps in registers. */
const CHANNEL_BLOCK = 8;

/** Whether the local `t` (an input coordinate plus pad minus a kernel offset) is a whole number of strides inside [0, outputs). */
function inRange(t: string, stride: number, outputs: number): string {
  const whole = stride === 1 ? '(i32.const 1)' : `(i32.eqz (i32.rem_s (local.get ${t}) ${i32(stride)}))`;
  return `(i32.and (i32.and (i32.ge_s (local.get ${t}) (i32.const 0)) (i32.lt_s (local.get ${t}) ${i32(outputs * stride)})) ${whole})`;
}

/** A dense layer's kernel gradient (xᵀ · dz, 4-lane groups of outputs accumulating over the batch) and bias gradient. */
function denseWeightGradient(op: DenseOp, at: (t: Tensor) => number, layout: CpuLayout, madd: Madd): Emitted {
  const inputs = volume(op.in);
  const units = op.out[2];
  const fn = new Func(`wgrad_${op.layer}`, OP_PARAMS);
  const dW = layout.partials + 4 * op.kernel.trainableOffset;
  const dz = at(op.dz!);
  const x = fn.local('x', 'v128');
  const rowFor = (block: Array<[number, number]>) => {
    const acc = block.map(([c]) => fn.local(`acc${c}`, 'v128'));
    return lines(
      ...acc.map((a) => set(a, '(v128.const i32x4 0 0 0 0)')),
      loop(fn, 'e', get('$e0'), get('$e1'), lines(
        set(x, `(f32x4.splat ${load(at(op.x), add(mul(get('$e'), inputs), get('$i')))})`),
        ...block.map(([c], g) => set(acc[g]!, madd(get(acc[g]!), get(x), loadV(dz, add(mul(get('$e'), units), c))))),
      )),
      ...block.map(([c, lanes], g) => storeV(dW, add(mul(get('$i'), units), c, chunkPartials(layout)), get(acc[g]!), lanes)),
    );
  };
  const body = lines(
    loop(fn, 'i', 0, inputs, lines(...blocksOf(units).map(rowFor))),
    op.bias ? biasGradient(fn, op.bias.trainableOffset, layout, dz, 1, units) : '',
  );
  return { text: fn.text(`${op.layer}: kernel${op.bias ? ' and bias' : ''} gradients over the batch`, body), call: callOp(`wgrad_${op.layer}`) };
}

/** A dense layer's input gradient: dz · Wᵀ, each input's row of W against dz in 4-lane groups. */
function denseInputGradient(op: DenseOp, gradient: Gradient, at: (t: Tensor) => number, layout: CpuLayout): Emitted {
  const { input } = gradient;
  const inputs = volume(op.in);
  const units = op.out[2];
  const fn = new Func(gradient.name, OP_PARAMS);
  const W = layout.params + 4 * op.kernel.offset;
  const dz = at(op.dz!);
  const acc = fn.local('acc', 'v128');
  const body = loop(fn, 'e', get('$e0'), get('$e1'), loop(fn, 'i', 0, inputs, lines(
    set(acc, '(v128.const i32x4 0 0 0 0)'),
    ...groupsOf(units).map(([c, lanes]) => set(acc, `(f32x4.add ${get(acc)} ${masked(`(f32x4.mul ${loadV(W, add(mul(get('$i'), units), c))} ${loadV(dz, add(mul(get('$e'), units), c))})`, lanes)})`)),
    write(gradient, at(input.from.dz!), add(mul(get('$e'), inputs), get('$i')), lanesSum(get(acc))),
  )));
  return { text: fn.text(`${op.layer}: the gradient reaching ${input.from.layer}`, body), call: callOp(`${gradient.name}`) };
}

/**
 * A pool's input gradient, zeroed first: an average spreads dz/(kh·kw) to every cell of its
 * window inside the input (tfjs's AvgPoolGrad); a max gives dz to its window's first largest cell.
 */
function poolInputGradient(op: PoolOp, gradient: Gradient, at: (t: Tensor) => number): Emitted {
  const { input } = gradient;
  const [h, w, c] = op.in;
  const [oh, ow] = op.out;
  const fn = new Func(gradient.name, OP_PARAMS);
  const max = op.type === 'max';
  const dx = at(input.from.dz!);
  /** The cell's first float (its row of channels) in the batch's input. */
  const cellRow = add(mul(add(mul(add(mul(get('$e'), h), get('$iy0'), get('$ky')), w), get('$ix0'), get('$kx')), c));
  const outRow = add(mul(add(mul(add(mul(get('$e'), oh), get('$oy')), ow), get('$ox')), c));
  const [best, where, d, better] = [fn.local('best', 'v128'), fn.local('where', 'v128'), fn.local('d', 'v128'), fn.local('better', 'v128')];
  const cells = (body: string) => loop(fn, 'ky', get('$ky0'), get('$ky1'), loop(fn, 'kx', get('$kx0'), get('$kx1'), lines(set(fn.local('row', 'i32'), cellRow), body)));
  // windows that tile the input (stride = size, no pads, nothing left over) reach every cell
  // once: each cell's gradient is written, and nothing needs zeroing first
  const tiles = op.sh === op.kh && op.sw === op.kw && op.top === 0 && op.left === 0 && oh * op.kh === h && ow * op.kw === w;
  const put = (g: number, lanes: number, value: string) => (tiles && !gradient.adds
    ? storeV(dx, add(get('$row'), g), value, lanes)
    : storeV(dx, add(get('$row'), g), `(f32x4.add ${loadV(dx, add(get('$row'), g))} ${value})`, lanes));
  // four channels at a time; a max finds each lane's first largest cell, then gives it dz in a second pass
  const groups = groupsOf(c).map(([g, lanes]) => max
    ? lines(
      set(best, `(f32x4.splat ${f32(-3.4028234663852886e38)})`),
      set(where, '(v128.const i32x4 -1 -1 -1 -1)'),
      cells(lines(
        set(better, `(f32x4.gt ${loadV(at(op.x), add(get('$row'), g))} ${get(best)})`),
        set(best, `(v128.bitselect ${loadV(at(op.x), add(get('$row'), g))} ${get(best)} ${get(better)})`),
        set(where, `(v128.bitselect (i32x4.splat ${get('$row')}) ${get(where)} ${get(better)})`),
      )),
      set(d, loadV(at(op.dz!), add(outRow, g))),
      cells(put(g, lanes, `(v128.and ${get(d)} (i32x4.eq ${get(where)} (i32x4.splat ${get('$row')})))`)),
    )
    : lines(
      set(d, `(f32x4.mul ${loadV(at(op.dz!), add(outRow, g))} (f32x4.splat ${f32(1 / (op.kh * op.kw))}))`),
      cells(put(g, lanes, get(d))),
    ));
  const perExample = 4 * h * w * c;
  const body = lines(
    gradient.adds || tiles ? '' : `(memory.fill (i32.add ${i32(dx)} ${mul(get('$e0'), perExample)}) (i32.const 0) ${mul(`(i32.sub ${get('$e1')} ${get('$e0')})`, perExample)})`,
    eachWindow(fn, op, lines(...groups)),
  );
  return { text: fn.text(`${op.layer}: the gradient reaching ${input.from.layer}, ${max ? 'dz to the first largest cell' : 'dz/(window cells) to every cell'}, four channels at a time`, body), call: callOp(`${gradient.name}`) };
}

/** The exported `update`: the optimizer's step for part `part` of `parts` of every trainable weight, as tfjs computes it. */
function updateFunction(graph: Graph, layout: CpuLayout, model: NetModel): string {
  const fn = new Func('update', [['part', 'i32'], ['parts', 'i32'], ['lr', 'f32'], ['c1', 'f32'], ['c2', 'f32']]);
  const { optimizer: config, weight_decay: decay } = model.train;
  fn.local('i', 'i32');
  /** Where part `k` of `parts` of a slot of `size` floats starts: a multiple of 4, the last part ending at size. */
  const cut = (size: number, k: string) => `(select ${i32(size)} (i32.and (i32.div_u (i32.mul ${i32(size)} ${k}) ${get('$parts')}) (i32.const -4)) (i32.ge_u ${k} ${get('$parts')}))`;
  const slots = graph.params.filter((p) => p.trainableOffset >= 0);
  const body = lines(...slots.map((slot) => {
    const p = layout.params + 4 * slot.offset;
    const t = 4 * slot.trainableOffset;
    const step = (o: Lanes, i: string) => {
      const state = (k: number) => layout.states[k]! + t;
      const [g, w, a, b] = [fn.local(`g${o.suffix}`, o.type), fn.local(`w${o.suffix}`, o.type), fn.local(`a${o.suffix}`, o.type), fn.local(`b${o.suffix}`, o.type)];
      const minusLr = o.splat('(f32.neg (local.get $lr))');
      const head = lines(
        set(w, o.load(p, i)),
        // the chunks' partial gradients, summed in chunk order (batch norm's are whole in chunk 0's)
        set(g, o.load(layout.partials + t, i)),
        chunks > 1 ? loop(fn, 'k', 1, chunks, set(g, o.add(get(g), o.load(layout.partials + t, add(i, `(i32.mul ${get('$k')} ${i32(layout.trainable)})`))))) : '',
        // L2 weight decay on kernels, as the tfjs trainer adds it to the gradient
        slot.decay && decay > 0 ? set(g, o.add(get(g), o.mul(get(w), o.c(decay)))) : '',
      );
      switch (config.type) {
        case 'sgd':
          return lines(head, o.store(p, i, o.add(get(w), o.mul(minusLr, get(g)))));
        case 'momentum':
          return lines(head,
            set(a, o.add(o.mul(o.c(config.momentum), o.load(state(0), i)), get(g))),
            o.store(state(0), i, get(a)),
            o.store(p, i, config.nesterov ? o.add(o.mul(minusLr, o.add(get(g), o.mul(get(a), o.c(config.momentum)))), get(w)) : o.add(o.mul(minusLr, get(a)), get(w))));
        case 'adam':
          return lines(head,
            set(a, o.add(o.mul(o.load(state(0), i), o.c(config.beta1)), o.mul(get(g), o.c(1 - config.beta1)))),
            set(b, o.add(o.mul(o.load(state(1), i), o.c(config.beta2)), o.mul(o.mul(get(g), get(g)), o.c(1 - config.beta2)))),
            o.store(state(0), i, get(a)),
            o.store(state(1), i, get(b)),
            o.store(p, i, o.add(o.mul(o.div(o.div(get(a), o.splat('(local.get $c1)')), o.add(o.sqrt(o.div(get(b), o.splat('(local.get $c2)'))), o.c(config.epsilon))), minusLr), get(w))));
        case 'rmsprop':
          return lines(head,
            set(a, o.add(o.mul(o.load(state(0), i), o.c(config.rho)), o.mul(o.mul(get(g), get(g)), o.c(1 - config.rho)))),
            set(b, o.add(o.mul(o.load(state(1), i), o.c(config.momentum)), o.div(o.mul(get(g), o.splat('(local.get $lr)')), o.sqrt(o.add(get(a), o.c(config.epsilon)))))),
            o.store(state(0), i, get(a)),
            o.store(state(1), i, get(b)),
            o.store(p, i, o.sub(get(w), get(b))));
      }
    };
    const chunks = slot.role === 'gamma' || slot.role === 'beta' ? 1 : layout.chunks;
    return lines(`;; ${slot.name}: this part's floats`, elementwise(fn, cut(slot.size, get('$part')), cut(slot.size, `(i32.add ${get('$part')} (i32.const 1))`), (i) => step(FOUR, i), (i) => step(ONE, i)));
  }));
  return fn.text(`the ${config.type} update of part \`part\` of \`parts\` of every trainable weight${decay > 0 ? ', with L2 weight decay on kernels' : ''}, four at a time`, body, true);
}

/** Arithmetic on one float or on four lanes, so a formula is written once for both. */
interface Lanes {
  type: 'f32' | 'v128';
  suffix: string;
  c(x: number): string;
  splat(scalar: string): string;
  load(base: number, i: string): string;
  store(base: number, i: string, value: string): string;
  add(a: string, b: string): string;
  sub(a: string, b: string): string;
  mul(a: string, b: string): string;
  div(a: string, b: string): string;
  sqrt(a: string): string;
}

const ONE: Lanes = {
  type: 'f32', suffix: '', c: f32, splat: (s) => s, load, store,
  add: (a, b) => `(f32.add ${a} ${b})`, sub: (a, b) => `(f32.sub ${a} ${b})`, mul: (a, b) => `(f32.mul ${a} ${b})`, div: (a, b) => `(f32.div ${a} ${b})`, sqrt: (a) => `(f32.sqrt ${a})`,
};

const FOUR: Lanes = {
  type: 'v128', suffix: '4', c: (x) => `(f32x4.splat ${f32(x)})`, splat: (s) => `(f32x4.splat ${s})`, load: loadV, store: (base, i, value) => storeV(base, i, value),
  add: (a, b) => `(f32x4.add ${a} ${b})`, sub: (a, b) => `(f32x4.sub ${a} ${b})`, mul: (a, b) => `(f32x4.mul ${a} ${b})`, div: (a, b) => `(f32x4.div ${a} ${b})`, sqrt: (a) => `(f32x4.sqrt ${a})`,
};

function overChannel(fn: Func, op: BatchNormOp, body: string): string {
  const positions = op.in[0] * op.in[1];
  return loop(fn, 'k', mul(get('$e0'), positions), mul(get('$e1'), positions), body);
}

/** The f64 at chunk `chunk` (an i32 expression), sum `which` (0 or 1), channel $c of a batch norm's per-chunk sums. */
function chunkSum(layout: CpuLayout, op: BatchNormOp, chunk: string, which: number): { at: number; index: string } {
  const channels = op.in[2];
  return { at: layout.sums[op.layer]!, index: add(`(i32.mul ${chunk} ${i32(2 * channels)})`, which * channels, get('$c')) };
}
const loadF64 = (s: { at: number; index: string }) => `(f64.load offset=${s.at} (i32.shl ${s.index} (i32.const 3)))`;
const storeF64 = (s: { at: number; index: string }, value: string) => `(f64.store offset=${s.at} (i32.shl ${s.index} (i32.const 3)) ${value})`;

/** Σ over every chunk's sum `which` of channel $c, in chunk order. */
function overChunks(fn: Func, layout: CpuLayout, op: BatchNormOp, which: number, total: string): string {
  return lines(set(total, '(f64.const 0)'), loop(fn, 'q', 0, layout.chunks, set(total, `(f64.add ${get(total)} ${loadF64(chunkSum(layout, op, get('$q'), which))})`)));
}

/**
 * Batch norm's forward steps. Training: each chunk sums x per channel (f64); once, the mean; each
 * chunk sums (x − mean)²; once, the (biased) variance and the moving statistics' update (moving −
 * (moving − batch)·(1 − momentum)); then each chunk normalizes. Evaluation: the moving statistics.
 * z = beta + (x − mean)·gamma/√(variance + ε).
 */
function batchNormForward(op: BatchNormOp, at: (t: Tensor) => number, layout: CpuLayout, training: boolean): Emitted[] {
  const channels = op.in[2];
  const param = (slot: BatchNormOp['gamma']) => layout.params + 4 * slot.offset;
  const x = load(at(op.x), add(mul(get('$k'), channels), get('$c')));
  const step = (name: string, about: string, body: (fn: Func) => string, single?: true): Emitted => {
    const fn = new Func(name, OP_PARAMS);
    return { text: fn.text(`${op.layer}: ${about}`, body(fn)), call: callOp(name), ...(single ? { single } : {}) };
  };
  const count = (fn: Func) => set(fn.local('count', 'f32'), `(f32.convert_i32_s ${mul(get('$n'), op.in[0] * op.in[1])})`);
  const chunkSums = (which: number, term: (fn: Func) => string) => (fn: Func) => {
    const total = fn.local('total', 'f64');
    return loop(fn, 'c', 0, channels, lines(
      set(total, '(f64.const 0)'),
      overChannel(fn, op, set(total, `(f64.add ${get(total)} (f64.promote_f32 ${term(fn)}))`)),
      storeF64(chunkSum(layout, op, get('$chunk'), which), get(total)),
    ));
  };
  const mean = load(at(op.stats), get('$c'));
  const normalize = (name: string, meanOf: string, varianceOf: string, about: string) => step(name, about, (fn) => loop(fn, 'k', mul(get('$e0'), op.in[0] * op.in[1]), mul(get('$e1'), op.in[0] * op.in[1]), loop(fn, 'c', 0, channels,
    store(at(op.z), add(mul(get('$k'), channels), get('$c')),
      `(f32.add ${load(param(op.beta), get('$c'))} (f32.div (f32.mul (f32.sub ${x} ${meanOf}) ${load(param(op.gamma), get('$c'))}) (f32.sqrt (f32.add ${varianceOf} ${f32(op.epsilon)}))))`))));
  if (!training) return [normalize(`evaluate_${op.layer}`, load(param(op.movingMean), get('$c')), load(param(op.movingVariance), get('$c')), 'batch norm by the moving statistics')];
  return [
    step(`bnsum_${op.layer}`, 'each channel\'s sum over the chunk', chunkSums(0, () => x)),
    step(`bnmean_${op.layer}`, 'the batch\'s mean per channel', (fn) => {
      const total = fn.local('total', 'f64');
      return lines(count(fn), loop(fn, 'c', 0, channels, lines(overChunks(fn, layout, op, 0, total), store(at(op.stats), get('$c'), `(f32.div (f32.demote_f64 ${get(total)}) ${get('$count')})`))));
    }, true),
    step(`bnsq_${op.layer}`, 'each channel\'s squared deviations summed over the chunk', chunkSums(1, () => `(f32.mul (f32.sub ${x} ${mean}) (f32.sub ${x} ${mean}))`)),
    step(`bnvar_${op.layer}`, 'the batch\'s (biased) variance per channel, and the moving statistics\' update', (fn) => {
      const [total, variance] = [fn.local('total', 'f64'), fn.local('variance', 'f32')];
      return lines(count(fn), loop(fn, 'c', 0, channels, lines(
        overChunks(fn, layout, op, 1, total),
        set(variance, `(f32.div (f32.demote_f64 ${get(total)}) ${get('$count')})`),
        store(at(op.stats), add(get('$c'), channels), get(variance)),
        ...([[op.movingMean, mean], [op.movingVariance, get(variance)]] as const).map(([slot, batch]) =>
          store(param(slot), get('$c'), `(f32.sub ${load(param(slot), get('$c'))} (f32.mul (f32.sub ${load(param(slot), get('$c'))} ${batch}) ${f32(1 - op.momentum)}))`)),
      )));
    }, true),
    normalize(`forward_${op.layer}`, mean, load(at(op.stats), add(get('$c'), channels)), 'batch norm by the batch\'s statistics'),
  ];
}

/** Σ dz·x̂ and Σ dz per channel: each chunk's (f64), then once their sums in chunk order, into `sums` and as gamma's and beta's gradients. */
function batchNormSums(op: BatchNormOp, at: (t: Tensor) => number, layout: CpuLayout): Emitted[] {
  const channels = op.in[2];
  const partial = new Func(`bngsum_${op.layer}`, OP_PARAMS);
  const [dgamma, dbeta, mean, inv] = [partial.local('dgamma', 'f64'), partial.local('dbeta', 'f64'), partial.local('mean', 'f32'), partial.local('inv', 'f32')];
  const element = add(mul(get('$k'), channels), get('$c'));
  const dz = load(at(op.dz!), element);
  const partialBody = loop(partial, 'c', 0, channels, lines(
    set(mean, load(at(op.stats), get('$c'))),
    set(inv, `(f32.div (f32.const 1) (f32.sqrt (f32.add ${load(at(op.stats), add(get('$c'), channels))} ${f32(op.epsilon)})))`),
    set(dgamma, '(f64.const 0)'),
    set(dbeta, '(f64.const 0)'),
    overChannel(partial, op, lines(
      set(dgamma, `(f64.add ${get(dgamma)} (f64.promote_f32 (f32.mul (f32.mul ${dz} (f32.sub ${load(at(op.x), element)} ${get(mean)})) ${get(inv)})))`),
      set(dbeta, `(f64.add ${get(dbeta)} (f64.promote_f32 ${dz}))`),
    )),
    storeF64(chunkSum(layout, op, get('$chunk'), 0), get(dgamma)),
    storeF64(chunkSum(layout, op, get('$chunk'), 1), get(dbeta)),
  ));
  const reduce = new Func(`bngreduce_${op.layer}`, OP_PARAMS);
  const total = reduce.local('total', 'f64');
  const reduceBody = loop(reduce, 'c', 0, channels, lines(
    ...([[0, op.gamma], [1, op.beta]] as const).flatMap(([which, slot]) => [
      overChunks(reduce, layout, op, which, total),
      store(at(op.sums), add(get('$c'), which * channels), `(f32.demote_f64 ${get(total)})`),
      store(layout.partials + 4 * slot.trainableOffset, get('$c'), `(f32.demote_f64 ${get(total)})`),
    ]),
  ));
  return [
    { text: partial.text(`${op.layer}: Σ dz·x̂ and Σ dz per channel over the chunk`, partialBody), call: callOp(`bngsum_${op.layer}`) },
    { text: reduce.text(`${op.layer}: gamma's and beta's gradients, the chunks' sums added in order`, reduceBody), call: callOp(`bngreduce_${op.layer}`), single: true },
  ];
}

/** Batch norm's input gradient: gamma·inv·(dz − Σdz/N − x̂·Σdz·x̂/N). */
function batchNormInputGradient(op: BatchNormOp, gradient: Gradient, at: (t: Tensor) => number, layout: CpuLayout): Emitted {
  const channels = op.in[2];
  const fn = new Func(gradient.name, OP_PARAMS);
  const [count, inv] = [fn.local('count', 'f32'), fn.local('inv', 'f32')];
  const element = add(mul(get('$k'), channels), get('$c'));
  const sums = (k: number) => load(at(op.sums), add(get('$c'), k));
  const xhat = `(f32.mul (f32.sub ${load(at(op.x), element)} ${load(at(op.stats), get('$c'))}) ${get(inv)})`;
  const body = lines(
    set(count, `(f32.convert_i32_s ${mul(get('$n'), op.in[0] * op.in[1])})`),
    loop(fn, 'k', mul(get('$e0'), op.in[0] * op.in[1]), mul(get('$e1'), op.in[0] * op.in[1]), loop(fn, 'c', 0, channels, lines(
      set(inv, `(f32.div (f32.const 1) (f32.sqrt (f32.add ${load(at(op.stats), add(get('$c'), channels))} ${f32(op.epsilon)})))`),
      write(gradient, at(gradient.input.from.dz!), element,
        `(f32.mul (f32.mul ${load(layout.params + 4 * op.gamma.offset, get('$c'))} ${get(inv)}) (f32.sub (f32.sub ${load(at(op.dz!), element)} (f32.div ${sums(channels)} ${get(count)})) (f32.div (f32.mul ${xhat} ${sums(0)}) ${get(count)})))`),
    ))),
  );
  return { text: fn.text(`${op.layer}: the gradient reaching ${gradient.input.from.layer} through the batch's normalization`, body), call: callOp(`${gradient.name}`) };
}

/** dz or x times dropout's scale at batch element $i: 1/keep where stream `op.stream`'s mask keeps it, else 0. */
function dropoutScaled(op: DropoutOp, seed: number, value: string): string {
  return `(select (f32.mul ${value} ${f32(1 / (1 - op.rate))}) (f32.const 0) (call $keep ${i32(seed >>> 0)} (local.get $step) ${i32(op.stream)} ${get('$i')} (f64.const ${op.rate})))`;
}

/** Inverted dropout while training: z = x · mask/keep, the mask a function of (seed, step, stream, element). */
function dropoutForward(op: DropoutOp, at: (t: Tensor) => number, seed: number): Emitted {
  const fn = new Func(`forward_${op.layer}`, OP_PARAMS);
  const body = loop(fn, 'i', mul(get('$e0'), op.z.perExample), mul(get('$e1'), op.z.perExample), store(at(op.z), get('$i'), dropoutScaled(op, seed, load(at(op.x), get('$i')))));
  return { text: fn.text(`${op.layer}: dropout at rate ${op.rate}, mask stream ${op.stream}`, body), call: callOp(`forward_${op.layer}`) };
}

/** Dropout's input gradient: dz times the same mask. */
function dropoutInputGradient(op: DropoutOp, gradient: Gradient, at: (t: Tensor) => number, seed: number): Emitted {
  const fn = new Func(gradient.name, OP_PARAMS);
  const body = loop(fn, 'i', mul(get('$e0'), op.z.perExample), mul(get('$e1'), op.z.perExample), write(gradient, at(gradient.input.from.dz!), get('$i'), dropoutScaled(op, seed, load(at(op.dz!), get('$i')))));
  return { text: fn.text(`${op.layer}: the gradient reaching ${gradient.input.from.layer}, through the same mask`, body), call: callOp(`${gradient.name}`) };
}

/** Softmax over the channels, a row (position) at a time: exp(x − max) / Σ exp(x − max). */
function softmaxForward(op: SoftmaxOp, at: (t: Tensor) => number): Emitted {
  const channels = op.in[2];
  const fn = new Func(`forward_${op.layer}_softmax`, OP_PARAMS);
  const [top, total] = [fn.local('top', 'f32'), fn.local('total', 'f32')];
  const x = (j: string) => load(at(op.x), add(mul(get('$r'), channels), j));
  const body = loop(fn, 'r', mul(get('$e0'), op.in[0] * op.in[1]), mul(get('$e1'), op.in[0] * op.in[1]), lines(
    set(top, x(i32(0))),
    loop(fn, 'j', 1, channels, set(top, `(f32.max ${get(top)} ${x(get('$j'))})`)),
    set(total, f32(0)),
    loop(fn, 'j', 0, channels, set(total, `(f32.add ${get(total)} (call $exp (f32.sub ${x(get('$j'))} ${get(top)})))`)),
    loop(fn, 'j', 0, channels, store(at(op.y), add(mul(get('$r'), channels), get('$j')), `(f32.div (call $exp (f32.sub ${x(get('$j'))} ${get(top)})) ${get(total)})`)),
  ));
  return { text: fn.text(`${op.layer}: softmax over its ${channels} channels`, body), call: callOp(`forward_${op.layer}_softmax`) };
}

/** Softmax's input gradient: y·(dy − Σ_row dy·y). */
function softmaxInputGradient(op: SoftmaxOp, gradient: Gradient, at: (t: Tensor) => number): Emitted {
  const channels = op.in[2];
  const fn = new Func(`${gradient.name}_softmax`, OP_PARAMS);
  const dot = fn.local('dot', 'f32');
  const element = (j: string) => add(mul(get('$r'), channels), j);
  const body = loop(fn, 'r', mul(get('$e0'), op.in[0] * op.in[1]), mul(get('$e1'), op.in[0] * op.in[1]), lines(
    set(dot, f32(0)),
    loop(fn, 'j', 0, channels, set(dot, `(f32.add ${get(dot)} (f32.mul ${load(at(op.dz!), element(get('$j')))} ${load(at(op.y), element(get('$j')))}))`)),
    loop(fn, 'j', 0, channels, write(gradient, at(gradient.input.from.dz!), element(get('$j')),
      `(f32.mul ${load(at(op.y), element(get('$j')))} (f32.sub ${load(at(op.dz!), element(get('$j')))} ${get(dot)}))`)),
  ));
  return { text: fn.text(`${op.layer}: the gradient reaching ${gradient.input.from.layer} through the softmax`, body), call: callOp(`${gradient.name}_softmax`) };
}

/**
 * What each dispatch of a training program asks of a GPU, counted from the lowered graph: its
 * workgroups and threads, the floating-point operations it does, the bytes it must move at
 * least (each example's tensors read or written once; a layer's weights once per dispatch, as a
 * GPU's cache keeps them for the examples after the first), the barriers in its code, and, for an example kernel,
 * how many of its threads each phase keeps busy. For `bench:engine --explain` and docs/engine.md;
 * the counts are of the arithmetic the kernels are written to do, not of instructions.
 */
import { layerWeights, weightedLayers, type ConvOp, type DenseOp, type Graph, type Op } from './graph.js';
import type { Kernel } from './kernel.js';
import type { TrainingProgram } from './index.js';

/** One phase of an example kernel: its work per example and how many threads it keeps busy. */
export interface PhaseCost {
  name: string;
  /** Work items, each one thread's (at most the workgroup's threads run at once). */
  items: number;
  flops: number;
  /** The example's own tensors. */
  bytes: number;
  /** The weights it reads, once per dispatch. */
  weightBytes: number;
}

/** One dispatch of a training step. */
export interface DispatchCost {
  kernel: string;
  workgroups: number;
  threads: number;
  /** Over the whole dispatch (all examples). */
  flops: number;
  bytes: number;
  /** Barriers written in its code (a barrier in a loop counts once). */
  barriers: number;
  /** An example kernel's phases, per example; empty for a batch-wide kernel. */
  phases: PhaseCost[];
}

const FLOAT = 4;
const elements = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/** The cost of each dispatch of one training step of `program`, in dispatch order. */
export function programCost(program: TrainingProgram): DispatchCost[] {
  const { graph } = program;
  return program.train.map((name) => {
    const kernel = program.kernels.find((k) => k.name === name)!;
    const workgroups = kernel.workgroups[0] * kernel.workgroups[1];
    const barriers = (kernel.code.match(/\b(storageBarrier|workgroupBarrier)\(\)/g) ?? []).length;
    if (kernel.phases) {
      const phases = kernel.phases.map((p) => ({ name: p.name, items: p.items, weightBytes: 0, ...phaseWork(graph, p.name) }));
      const sum = (pick: (p: PhaseCost) => number) => phases.reduce((n, p) => n + pick(p), 0);
      const bytes = sum((p) => p.bytes) * graph.batch + sum((p) => p.weightBytes);
      return { kernel: name, workgroups, threads: kernel.threads, flops: sum((p) => p.flops) * graph.batch, bytes, barriers, phases };
    }
    return { kernel: name, workgroups, threads: kernel.threads, ...batchWork(graph, kernel, program.states.length), barriers, phases: [] };
  });
}

/** The op a phase named `layer.what` belongs to (the longest layer name that prefixes it). */
function opOf(graph: Graph, phase: string): Op | undefined {
  let found: Op | undefined;
  for (const op of graph.ops) {
    if (phase.startsWith(`${op.layer}.`) && (!found || op.layer.length > found.layer.length)) found = op;
  }
  return found;
}

/** Multiply-adds of a conv or dense op per example (forward; the input and weight gradients do as many). */
function macs(op: Op): number {
  if (op.kind === 'conv') return elements(op.out) * op.kh * op.kw * op.in[2];
  if (op.kind === 'dense') return elements(op.out) * elements(op.in);
  return 0;
}

/** One phase's arithmetic and compulsory traffic for one example, and the weights it reads (if any). */
function phaseWork(graph: Graph, phase: string): { flops: number; bytes: number; weightBytes?: number } {
  if (phase === 'loss' || phase.startsWith('loss.')) return { flops: 6 * graph.classes, bytes: FLOAT * 2 * graph.classes };
  const op = opOf(graph, phase);
  if (!op) return { flops: 0, bytes: 0 };
  const input = op.inputs.reduce((n, i) => n + elements(i.dims), 0);
  const output = elements(op.out);
  switch (op.kind) {
    case 'input':
      // one byte a pixel in, a float out
      return { flops: 2 * output, bytes: output + FLOAT * output };
    case 'conv':
    case 'dense':
      return { flops: 2 * macs(op), bytes: FLOAT * (input + output), weightBytes: FLOAT * layerWeights(op) };
    case 'pool':
      return { flops: output * op.kh * op.kw, bytes: FLOAT * (input + output) };
    case 'batchnorm':
      return { flops: 6 * output, bytes: FLOAT * (input + output), weightBytes: FLOAT * 4 * op.out[2] };
    default:
      // element-wise: an activation, dropout, a merge, softmax
      return { flops: 4 * output, bytes: FLOAT * (input + output) };
  }
}

/** A batch-wide kernel's arithmetic and compulsory traffic over the whole batch. */
function batchWork(graph: Graph, kernel: Kernel, states: number): { flops: number; bytes: number } {
  const B = graph.batch;
  const layers = weightedLayers(graph);
  if (kernel.name === 'weight-gradients') {
    let flops = 0;
    let bytes = 0;
    for (const op of layers) {
      flops += B * (2 * macs(op) + elements(op.out));
      // each example's input and output gradient read, each group's partial sums written
      bytes += FLOAT * (B * (elements(op.in) + elements(op.out)) + op.grads.groups * layerWeights(op));
    }
    return { flops, bytes };
  }
  // the partial sums each layer's update adds: every group, or the first of each run partial-sums added
  const added = (op: ConvOp | DenseOp) => Math.ceil(op.grads.groups / op.grads.chunk) * layerWeights(op);
  if (kernel.name === 'partial-sums') {
    // each run of groups read once, its sum written into its first
    const summed = layers.filter((op) => op.grads.chunk > 1);
    const read = summed.reduce((n, op) => n + op.grads.groups * layerWeights(op), 0);
    const written = summed.reduce((n, op) => n + added(op), 0);
    return { flops: read, bytes: FLOAT * (read + written) };
  }
  if (kernel.name === 'update') {
    const partials = layers.reduce((n, op) => n + added(op), 0);
    // the partial sums added, then the rule: a few operations per weight and state
    return { flops: partials + graph.trainableFloats * (4 + 4 * states), bytes: FLOAT * (partials + graph.trainableFloats * (2 + 2 * states)) };
  }
  const op = opOf(graph, kernel.name);
  if (op?.kind === 'batchnorm') {
    // statistics or gradient sums: each channel's values over the batch, a few operations each
    const n = B * elements(op.out);
    return { flops: 4 * n, bytes: FLOAT * (kernel.name.endsWith('gradient-sums') ? 2 * n : n) };
  }
  return { flops: 0, bytes: 0 };
}

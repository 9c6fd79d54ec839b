/**
 * A training program as one text (`lenetc emit --wgsl`): a header saying what it was compiled for
 * and the limits it assumed, the buffers and where every tensor and weight lives in them, the
 * dispatch order of a training step and of an evaluation batch, then every kernel's WGSL. It is
 * a product like the emitted TypeScript, and the committed snapshots of it (test/snapshots/wgsl)
 * make every change to the generated code a change in review.
 */
import { wgslLineComment } from '../escape.js';
import type { TrainingProgram } from './index.js';

/** What the header says besides the program. */
export interface ProgramTextOptions {
  /** The spec's name and description: spec text, escaped before it lands in a comment. */
  name: string;
  description?: string;
  /** The largest storage buffer binding the program was laid out for, in bytes. */
  maxBindingBytes: number;
  /** Where the limit came from, for the header: `the WebGPU default every adapter allows`... */
  limitSource: string;
}

/** The whole program, kernels in the order a training step first dispatches them. */
export function programText(program: TrainingProgram, options: ProgramTextOptions): string {
  const { graph } = program;
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const header = [
    `lenetc training program for ${wgslLineComment(options.name)}`,
    ...(options.description ? [wgslLineComment(options.description)] : []),
    '',
    `Compiled for batch ${graph.batch}, ${graph.classes} classes, storage bindings of at most ${mib(options.maxBindingBytes)} (${wgslLineComment(options.limitSource)}).`,
    'A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.',
    '',
    'Buffers:',
    ...graph.arenas.map((floats, k) => `  a${k} (arena${k}): ${floats} floats (${mib(floats * 4)})`),
    `  params: ${graph.paramFloats} floats (every weight and moving statistic); state: ${program.states.length} × ${graph.trainableFloats} floats (${program.states.join(', ') || 'none'})`,
    '',
    'Tensors (offsets in floats; per-example tensors repeat for each example of the batch):',
    ...[...graph.tensors, program.gradient].map((t) => `  ${t.name.padEnd(24)} a${t.arena} @ ${String(t.offset).padEnd(9)} ${t.perExample ? `${t.perExample} per example` : `${t.floats} floats`}: ${t.what}`),
    '',
    'Weights (offsets in floats into params; trainable ones also index the gradient and state):',
    ...graph.params.map((p) => `  ${p.constant.padEnd(24)} params @ ${String(p.offset).padEnd(9)} ${p.name} [${p.shape.join(', ')}]${p.trainableOffset >= 0 ? `, trainable @ ${p.trainableOffset}` : ', not trained by the optimizer'}`),
    '',
    'A training step dispatches, in order:',
    ...program.train.map((name) => `  ${dispatch(program, name)}`),
    'An evaluation batch dispatches:',
    ...program.evaluate.map((name) => `  ${dispatch(program, name)}`),
  ];
  const kernels = program.kernels.map((k) => `${'/'.repeat(100)}\n${k.code}`);
  return `${header.map((l) => `// ${l}`.trimEnd()).join('\n')}\n\n${kernels.join('\n')}`;
}

/** `name` with its dispatch size and bindings. */
function dispatch(program: TrainingProgram, name: string): string {
  const k = program.kernels.find((kernel) => kernel.name === name)!;
  const [x, y] = k.workgroups;
  return `${name} (${y === 1 ? x : `${x}×${y}`} workgroups; binds ${k.bindings.map((b) => `${b.buffer}${b.view ? ` as ${b.view}s` : ''}`).join(', ')})`;
}

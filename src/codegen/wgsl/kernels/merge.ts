/**
 * The merges: add (the element-wise sum of inputs of one shape, then an activation: a residual
 * connection) and concat (inputs side by side along the channels, as tfjs's concatenate on the
 * last axis). Backward, each input gets its share of dz, written or added to that input's
 * gradient in the fixed order the lowering chose (graph.ts's Join): add passes dz on to every
 * input, concat passes each input its channels.
 */
import { bind, lines, named, product, quotient, remainder, sum } from '../expr.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { volume, type AddOp, type ConcatOp, type OpInput } from '../graph.js';
import { ofExample, writeOutput } from './shared.js';

/** z = Σ inputs, y = act(z): an item per element. */
export function addForward(op: AddOp): Phase {
  const i = ofExample(volume(op.out));
  const terms = op.inputs.map((input) => at(input.x, 'i')).join(' + ');
  return {
    name: `${op.layer}.forward`, about: `${op.act === 'linear' ? 'z' : `z, and y = ${op.act}(z),`} = ${op.inputs.map((input) => input.from.layer).join(' + ')}; an item per element`,
    count: volume(op.out), body: `let i = ${i};\n${writeOutput(op, 'i', terms)}`, acts: [op.act], tensors: [op.z, op.y, ...op.inputs.map((input) => input.x)], buffers: [],
  };
}

/**
 * Every input's gradient from dz: one phase, an item per element, writing the inputs from the
 * last back (the order their Joins were given in); an input read twice gets both writes in turn.
 */
export function addInputGradient(op: AddOp): Phase | undefined {
  const inputs = [...op.inputs].reverse().filter((input) => input.join !== undefined);
  if (inputs.length === 0) return undefined;
  const body = lines(`let i = ${ofExample(volume(op.out))};`, `let d = ${at(op.dz!, 'i')};`, ...inputs.map((input) => passGradient(input, 'i', 'd')));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${inputs.map((input) => input.from.layer).join(', ')}: dz, to each; an item per element`,
    count: volume(op.out), body, acts: inputs.flatMap(gradientActs), tensors: [op.dz, ...inputs.flatMap(gradientTensors)], buffers: [],
  };
}

/** The names of a concat phase for input `j`: its channels, the output's, and where its channels start. */
function geometry(op: ConcatOp, j: number) {
  const [h, w, c] = op.out;
  return named({ POSITIONS: h * w, IN_C: op.inputs[j]!.dims[2], OUT_C: c, FIRST: op.offsets[j]! });
}

/** Where element `e` of input `j` lands in the output: `let at = ...`. */
function landing(op: ConcatOp, j: number): string {
  const g = geometry(op, j);
  const pos = bind('pos', quotient('e', g.IN_C));
  const c = remainder('e', g.IN_C);
  return lines(pos.code, `let at = ${sum(product(sum(product('b', g.POSITIONS), pos.ref), g.OUT_C), g.FIRST, c)};`);
}

/** The output's channels of input `j` (one phase per input): an item per element of that input. */
export function concatForward(op: ConcatOp, j: number): Phase {
  const input = op.inputs[j]!;
  const g = geometry(op, j);
  const body = lines(landing(op, j), writeOutput(op, 'at', at(input.x, ofExample(volume(input.dims)))));
  return {
    name: `${op.layer}.forward from ${input.from.layer}`, about: `${input.from.layer}'s output as channels ${op.offsets[j]}–${op.offsets[j]! + input.dims[2] - 1} of ${op.out[2]}; an item per element of it`,
    count: volume(input.dims), body, constants: Object.values(g), acts: [op.act], tensors: [input.x, op.z, op.y], buffers: [],
  };
}

/** Input `j`'s gradient: its channels of dz (one phase per input, from the last back). */
export function concatInputGradient(op: ConcatOp, j: number, input: OpInput): Phase {
  const g = geometry(op, j);
  const body = lines(landing(op, j), passGradient(input, ofExample(volume(input.dims)), at(op.dz!, 'at')));
  return {
    name: `${op.layer}.input-gradient to ${input.from.layer}`, about: `the gradient reaching ${input.from.layer}: channels ${op.offsets[j]}–${op.offsets[j]! + input.dims[2] - 1} of dz; an item per element of it`,
    count: volume(input.dims), body, constants: Object.values(g), acts: gradientActs(input), tensors: [op.dz, ...gradientTensors(input)], buffers: [],
  };
}

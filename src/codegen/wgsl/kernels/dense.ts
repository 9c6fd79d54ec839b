/**
 * A dense layer on a flat input: forward, input gradient, and the weight gradient's partial sums.
 * Each work item is a block of units, accumulating in registers.
 */
import { bind, lines, loop, named, product, quotient, remainder, sum, type Operand } from '../expr.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { layerWeights, volume, type DenseOp, type OpInput } from '../graph.js';
import { blockOf, fourWeights, lane, PARAMS, PARAMS4, readsFour, unrolled, writeOutput, type GradientPart } from './shared.js';

function geometry(op: DenseOp) {
  return named({ IN_UNITS: volume(op.in), OUT_UNITS: volume(op.out) });
}

/** z = x·W + bias, y = act(z): an item per block of output units. */
export function denseForward(op: DenseOp): Phase {
  const g = geometry(op);
  const n = blockOf(g.OUT_UNITS.value);
  const k = named({ BLOCK: n });
  const o = bind('o', product('e', k.BLOCK));
  const bias = (j: number) => (op.bias ? ` + params[${sum(op.bias.constant, o.ref, j)}]` : '');
  // four units' weights per vec4 load, and a vec4 of running sums per four units
  const four = readsFour(n, g.OUT_UNITS.value);
  const units = (kk: Operand) => `let xv = ${at(op.x, sum(product('b', g.IN_UNITS), kk))};
${four
    ? unrolled(n / 4, (v) => `acc${v} = acc${v} + xv * ${fourWeights('wi', v)};`)
    : unrolled(n, (j) => `acc${j} = acc${j} + xv * params[${sum('wi', j)}];`)}`;
  const unit = (j: number) => (four ? lane(`acc${j >> 2}`, j & 3) : `acc${j}`);
  const body = lines(o.code,
    four ? unrolled(n / 4, (v) => `var acc${v} = vec4<f32>();`) : unrolled(n, (j) => `var acc${j} = 0.0;`),
    g.IN_UNITS.value === 1
      ? `let wi = ${sum(op.kernel.constant, o.ref)};\n${units(0)}`
      : `var wi = ${sum(op.kernel.constant, o.ref)};\nfor (var k = 0u; k < IN_UNITS; k++) {\n${indented(units('k'))}\n  wi = wi + OUT_UNITS;\n}`,
    unrolled(n, (j) => `{\n${indented(writeOutput(op, sum(product('b', g.OUT_UNITS), o.ref, j), `${unit(j)}${bias(j)}`))}\n}`));
  return {
    name: `${op.layer}.forward`, about: `${op.act === 'linear' ? 'z' : `z, and y = ${op.act}(z),`} = ${op.inputs[0]!.from.layer}'s output · kernel${op.bias ? ' + bias' : ''}; an item per ${n} units${four ? ', their weights read four at a time' : ''}`,
    count: g.OUT_UNITS.value / n, body, constants: [...Object.values(g), ...Object.values(k)],
    acts: [op.act], tensors: [op.x, op.z, op.y], buffers: four ? [PARAMS, PARAMS4] : [PARAMS],
  };
}

/** dz·Wᵀ, through the input op's activation: an item per block of input units. */
export function denseInputGradient(op: DenseOp, input: OpInput): Phase {
  const g = geometry(op);
  const n = blockOf(g.IN_UNITS.value);
  const k = named({ BLOCK: n });
  const kk = bind('k', product('e', k.BLOCK));
  // four output units a step where they come in fours: each input unit's four weights in one vec4
  const four = readsFour(4, g.OUT_UNITS.value);
  const k4 = named({ OUT_FOURS: g.OUT_UNITS.value / 4 });
  const one = (o: Operand) => `let d = ${at(op.dz!, sum(product('b', g.OUT_UNITS), o))};
${unrolled(n, (j) => `acc${j} = acc${j} + d * params[${sum('wi', product(j, g.OUT_UNITS), o)}];`)}`;
  // the same multiply-adds in the same order, four units of dz a step
  const fours = (o4: Operand) => {
    const o = bind('o', product(o4, 4));
    const dz = Array.from({ length: 4 }, (_, c) => at(op.dz!, sum(product('b', g.OUT_UNITS), o.ref, c))).join(', ');
    const products = (j: number) => Array.from({ length: 4 }, (_, c) => ` + ${lane('d', c)} * ${lane(`w${j}`, c)}`).join('');
    return lines(o.code, `let d = vec4<f32>(${dz});`,
      unrolled(n, (j) => `let w${j} = ${fourWeights(sum('wi', product(j, g.OUT_UNITS)), o4)};`),
      unrolled(n, (j) => `acc${j} = acc${j}${products(j)};`));
  };
  const body = lines(kk.code,
    unrolled(n, (j) => `var acc${j} = 0.0;`),
    `let wi = ${sum(op.kernel.constant, product(kk.ref, g.OUT_UNITS))};`,
    four ? loop('o4', k4.OUT_FOURS, fours) : loop('o', g.OUT_UNITS, one),
    unrolled(n, (j) => passGradient(input, sum(product('b', g.IN_UNITS), kk.ref, j), `acc${j}`)));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer}: dz · kernelᵀ; an item per ${n} input units${four ? ', four of dz\'s units a step' : ''}`,
    count: g.IN_UNITS.value / n, body, constants: [...Object.values(g), ...Object.values(k), ...(four ? [k4.OUT_FOURS] : [])],
    acts: gradientActs(input), tensors: [op.dz, ...gradientTensors(input)], buffers: four ? [PARAMS, PARAMS4] : [PARAMS],
  };
}

/**
 * The weight gradient's thread ranges for thread `t` of group `group` (examples [b0, b1)): the
 * partial sums of a block of input units' weights to one output unit, then of one bias per
 * thread in a range of its own, into the layer's partials. The output unit is the fastest index:
 * neighbouring threads read neighbouring dz and share the inputs they read.
 */
export function denseWeightGradient(op: DenseOp, most: number): GradientPart[] {
  const g = geometry(op);
  const n = blockOf(g.IN_UNITS.value);
  // output units per thread: each input it reads then feeds u sums, each dz n
  const u = [4, 2].find((c) => g.OUT_UNITS.value % c === 0 && c * n <= most) ?? 1;
  const k = named({
    BLOCK: n, UNIT_BLOCK: u, UNIT_BLOCKS: g.OUT_UNITS.value / u,
    KERNEL_WEIGHTS: op.kernel.size, WEIGHTS: layerWeights(op),
  });
  const partial = (index: Operand) => at(op.grads.partials, sum(product('group', k.WEIGHTS), index));
  const o = bind('o', u === 1 ? remainder('t', g.OUT_UNITS) : product(remainder('t', k.UNIT_BLOCKS), k.UNIT_BLOCK));
  const kk = bind('k', product(quotient('t', u === 1 ? g.OUT_UNITS : k.UNIT_BLOCKS), k.BLOCK));
  const sums = (body: (j: number, c: number) => string) => unrolled(n, (j) => unrolled(u, (c) => body(j, c)));
  const kernel = lines(o.code, kk.code,
    sums((j, c) => `var acc${j}_${c} = 0.0;`),
    `for (var b = b0; b < b1; b++) {
${unrolled(u, (c) => `  let d${c} = ${at(op.dz!, sum(product('b', g.OUT_UNITS), o.ref, c))};`)}
${unrolled(n, (j) => `  let x${j} = ${at(op.x, sum(product('b', g.IN_UNITS), kk.ref, j))};`)}
${sums((j, c) => `  acc${j}_${c} = acc${j}_${c} + x${j} * d${c};`)}
}`,
    sums((j, c) => `${partial(sum(product(sum(kk.ref, j), g.OUT_UNITS), o.ref, c))} = acc${j}_${c};`));
  const biases = `let o = t;
var acc = 0.0;
for (var b = b0; b < b1; b++) {
  acc = acc + ${at(op.dz!, sum(product('b', g.OUT_UNITS), 'o'))};
}
${partial(sum(k.KERNEL_WEIGHTS, 'o'))} = acc;`;
  const constants = [...Object.values(g), ...Object.values(k)];
  const parts: GradientPart[] = [{ what: `${op.kernel.name}: ${n} input units' weights to ${u === 1 ? 'one output unit' : `${u} output units`}`, threads: (g.IN_UNITS.value / n) * (g.OUT_UNITS.value / u), body: kernel, constants }];
  if (op.bias) parts.push({ what: `${op.bias.name}: one unit`, threads: g.OUT_UNITS.value, body: biases, constants });
  return parts;
}

function indented(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

/**
 * A 2-D convolution (NHWC input, tfjs's [kh, kw, cin, cout] kernel): forward with bias and
 * activation, the input gradient (through the input op's activation), and the weight
 * gradient's partial sums. Each work item is a few neighbouring positions of a row and a block of
 * channels, accumulating in registers, so every value it loads feeds several multiply-adds; the
 * channel block is the slowest index, so neighbouring threads (a GPU's warp, lavapipe's SIMD
 * lanes) share every weight they read and differ only in position.
 */
import { bind, i32, lines, loop, minus, named, product, quotient, remainder, rolledLoop, sum, u32, type Named, type Operand } from '../expr.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { layerWeights, type ConvOp, type OpInput } from '../graph.js';
import { blockOf, fourWeights, lane, PARAMS, PARAMS4, readsFour, sizes, unrolled, writeOutput, type GradientPart } from './shared.js';

/**
 * How many neighbouring positions along a row one work item computes, beside its `n` channels:
 * each value it loads then feeds `positions × n` accumulators, not `n`. At most `most`
 * accumulators (CompileOptions.accumulators), and a count that divides the row exactly, so no
 * item runs past its end.
 */
function rowBlock(width: number, n: number, most: number): number {
  return [7, 5, 4, 3, 2].find((q) => width % q === 0 && q * n <= most) ?? 1;
}

/** The names a conv phase may use: its sizes and window. */
function geometry(op: ConvOp) {
  return {
    ...sizes(op.in, op.out),
    ...named({ KERNEL_H: op.kh, KERNEL_W: op.kw, STRIDE_H: op.sh, STRIDE_W: op.sw, PAD_TOP: op.top, PAD_LEFT: op.left }),
  };
}

/** Index expression `i` (an i32) kept inside [0, size) as a u32: a padded tap reads a real element and is masked. */
function clamped(i: Operand, size: Named): string {
  return `u32(clamp(${i}, 0, ${size.name} - 1))`;
}

/**
 * Whether some tap of `op`'s window can fall outside its input, along rows and along columns:
 * only then does the code need a bounds check (valid padding needs none).
 */
function reachesOutside(op: ConvOp): { rows: boolean; cols: boolean } {
  const [h, w] = op.in;
  const [oh, ow] = op.out;
  return {
    rows: op.top > 0 || (oh - 1) * op.sh + op.kh - 1 - op.top >= h,
    cols: op.left > 0 || (ow - 1) * op.sw + op.kw - 1 - op.left >= w,
  };
}

/** The register accumulator for channel `j` of the block and position (or tap) `k`. */
function acc(j: number, k: number): string {
  return `acc${j}_${k}`;
}

/** `body(j, k)` for every channel j in [0, n) and position (or tap) k in [0, q), one per line. */
function cells(n: number, q: number, body: (j: number, k: number) => string): string {
  return unrolled(n, (j) => unrolled(q, (k) => body(j, k)));
}

/**
 * How a work item finds its block of `n` channels and `q` positions of a row, out of
 * `rows × (width / q)` positions per channel block: the `let`s, and what to write for each of
 * the channel, row and column (a number where it folded: one channel block has channel 0).
 */
function itemOf(rows: number, width: number, channels: number, n: number, q: number, names: [string, string, string]) {
  const [c, y, x] = names;
  const k = named({ POSITIONS: rows * (width / q), ROW_ITEMS: width / q, BLOCK: n, ROW_BLOCK: q });
  const oneBlock = channels === n;
  const channel = bind(c, oneBlock ? 0 : product(quotient('e', k.POSITIONS), k.BLOCK));
  const r = oneBlock ? 'e' : 'r';
  const row = bind(y, quotient(r, k.ROW_ITEMS));
  const column = bind(x, product(remainder(r, k.ROW_ITEMS), k.ROW_BLOCK));
  const code = lines(channel.code, oneBlock ? '' : `let r = ${remainder('e', k.POSITIONS)};`, row.code, column.code);
  return { code, channel: channel.ref, row: row.ref, column: column.ref, items: rows * (width / q) * (channels / n), constants: Object.values(k) };
}

/** z = bias + Σ x·w over the window, y = act(z): an item per block of q positions in a row and block of n filters. */
export function convForward(op: ConvOp, most: number): Phase {
  const g = geometry(op);
  const [, , cout] = op.out;
  const n = blockOf(cout);
  const q = rowBlock(op.out[1], n, most);
  const item = itemOf(op.out[0], op.out[1], cout, n, q, ['co', 'oy', 'ox']);
  const { channel: co, row: oy, column: ox } = item;
  const outside = reachesOutside(op);
  // four filters' weights per vec4 load, and a vec4 accumulator per four filters and position
  const four = readsFour(n, cout);
  const filters = four ? n / 4 : n;
  const take = four
    ? unrolled(filters, (v) => `let w${v} = ${fourWeights('wi', v)};`)
    : unrolled(n, (j) => `let w${j} = params[${sum('wi', j)}];`);
  const filter = (j: number, k: number) => (four ? lane(acc(j >> 2, k), j & 3) : acc(j, k));
  const taps = (ky: Operand, kx: Operand) => {
    const ix = bind('ix', minus(sum(product(i32(ox), g.STRIDE_W), kx), g.PAD_LEFT));
    const column = (k: number) => sum(ix.ref, k * op.sw);
    const xi = unrolled(q, (k) => outside.cols
      ? `let in${k} = ${column(k)} >= 0 && ${column(k)} < IN_W;\nlet xi${k} = ${product(sum('row', clamped(column(k), g.IN_W)), g.IN_C)};`
      : `let xi${k} = ${product(sum('row', u32(column(k))), g.IN_C)};`);
    const weights = sum(op.kernel.constant, product(sum(product(u32(ky), g.KERNEL_W), u32(kx)), product(g.IN_C, g.OUT_C)), co);
    const multiply = (ci: Operand) => `${unrolled(q, (k) => `let x${k} = ${outside.cols ? `select(0.0, ${at(op.x, sum(`xi${k}`, ci))}, in${k})` : at(op.x, sum(`xi${k}`, ci))};`)}
${take}
${cells(filters, q, (j, k) => `${acc(j, k)} = ${acc(j, k)} + x${k} * w${j};`)}`;
    const channels = op.in[2] === 1
      ? `let wi = ${weights};\n${multiply(0)}`
      : `var wi = ${weights};\nfor (var ci = 0u; ci < IN_C; ci++) {\n${indented(multiply('ci'))}\n  wi = wi + OUT_C;\n}`;
    return lines(ix.code, xi, channels);
  };
  const rows = (ky: Operand) => {
    const iy = bind('iy', minus(sum(product(i32(oy), g.STRIDE_H), ky), g.PAD_TOP));
    const inner = `let row = ${product(sum(product('b', g.IN_H), u32(iy.ref)), g.IN_W)};\n${loop('kx', g.KERNEL_W, (kx) => taps(ky, kx), 'i32')}`;
    return lines(iy.code, outside.rows ? `if (${iy.ref} >= 0 && ${iy.ref} < IN_H) {\n${indented(inner)}\n}` : inner);
  };
  const bias = (j: number) => (op.bias ? ` + params[${sum(op.bias.constant, co, j)}]` : '');
  const body = lines(item.code,
    cells(filters, q, (j, k) => `var ${acc(j, k)} = ${four ? 'vec4<f32>()' : '0.0'};`),
    loop('ky', g.KERNEL_H, rows, 'i32'),
    unrolled(q, (k) => `let out${k} = ${sum(product(sum(product('b', g.OUT_H, g.OUT_W), product(oy, g.OUT_W), ox, k), g.OUT_C), co)};`),
    cells(n, q, (j, k) => `{\n${indented(writeOutput(op, String(sum(`out${k}`, j)), `${filter(j, k)}${bias(j)}`))}\n}`));
  return {
    name: `${op.layer}.forward`, about: `${op.act === 'linear' ? 'z' : `z, and y = ${op.act}(z),`} = ${op.bias ? 'bias + ' : ''}${op.kh}×${op.kw} windows of ${op.inputs[0]!.from.layer}'s output · kernel; an item per ${n} filters × ${q} positions of a row${four ? ', their weights read four at a time' : ''}`,
    count: item.items, body, constants: [...Object.values(g), ...item.constants],
    acts: [op.act], tensors: [op.x, op.z, op.y], buffers: four ? [PARAMS, PARAMS4] : [PARAMS],
  };
}

/**
 * The gradient of the input op's pre-activation: the transposed convolution of dz, times its
 * activation's derivative. An item per input position (per block of positions in a row, at
 * stride 1) and block of input channels.
 */
export function convInputGradient(op: ConvOp, input: OpInput, most: number): Phase {
  return op.sh === 1 && op.sw === 1 ? unitStrideInputGradient(op, input, most) : stridedInputGradient(op, input);
}

/** The input gradient at stride 1: every tap of a position lands on an output, bounds permitting. */
function unitStrideInputGradient(op: ConvOp, input: OpInput, most: number): Phase {
  const g = geometry(op);
  const [h, w, cin] = op.in;
  const n = blockOf(cin);
  const q = rowBlock(w, n, most);
  const item = itemOf(h, w, cin, n, q, ['ci', 'iy', 'ix']);
  const { channel: ci, row: iy, column: ix } = item;
  // one output channel a step: four a step with vec4 weights was slower once items hold seven
  // positions (lavapipe, batch 128: lenet5's conv2 input gradient 8.1–9.0 ms against 5.4–6.1,
  // best.yaml's conv2 93–115 against 45–67), since the four dz values per position crowd out the sums
  const multiply = (co: Operand) => `${unrolled(q, (k) => `let d${k} = select(0.0, ${at(op.dz!, sum(`di${k}`, co))}, in${k});`)}
${unrolled(n, (j) => `let w${j} = params[${sum('wi', product(j, g.OUT_C), co)}];`)}
${cells(n, q, (j, k) => `${acc(j, k)} = ${acc(j, k)} + d${k} * w${j};`)}`;
  const taps = (ky: Operand, kx: Operand) => {
    const tx = bind('tx', minus(sum(i32(ix), g.PAD_LEFT), kx));
    const column = (k: number) => sum(tx.ref, k);
    const weights = sum(op.kernel.constant, product(sum(product(sum(product(u32(ky), g.KERNEL_W), u32(kx)), g.IN_C), ci), g.OUT_C));
    return lines(tx.code,
      unrolled(q, (k) => `let in${k} = ${column(k)} >= 0 && ${column(k)} < OUT_W;\nlet di${k} = ${product(sum('row', clamped(String(column(k)), g.OUT_W)), g.OUT_C)};`),
      `let wi = ${weights};`,
      loop('co', g.OUT_C, multiply));
  };
  const rows = (ky: Operand) => {
    const ty = bind('ty', minus(sum(i32(iy), g.PAD_TOP), ky));
    return lines(ty.code, `if (${ty.ref} >= 0 && ${ty.ref} < OUT_H) {
  let row = ${product(sum(product('b', g.OUT_H), u32(ty.ref)), g.OUT_W)};
${indented(loop('kx', g.KERNEL_W, (kx) => taps(ky, kx), 'i32'))}
}`);
  };
  const body = lines(item.code,
    cells(n, q, (j, k) => `var ${acc(j, k)} = 0.0;`),
    loop('ky', g.KERNEL_H, rows, 'i32'),
    unrolled(q, (k) => `let at${k} = ${sum(product(sum(product('b', g.IN_H, g.IN_W), product(iy, g.IN_W), ix, k), g.IN_C), ci)};`),
    cells(n, q, (j, k) => passGradient(input, String(sum(`at${k}`, j)), acc(j, k))));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer}: dz through the transposed kernel; an item per ${n} channels × ${q} positions of a row`,
    count: item.items, body, constants: [...Object.values(g), ...item.constants],
    acts: gradientActs(input), tensors: [op.dz, ...gradientTensors(input)], buffers: [PARAMS],
  };
}

/** The condition that output coordinate `v` (an i32) is one a strided window starts at, and its index (u32). */
function onStride(v: Operand, stride: Named, size: Named): { inside: string; index: string | number } {
  if (stride.value === 1) return { inside: `${v} >= 0 && ${v} < ${size.name}`, index: u32(v) };
  return { inside: `${v} >= 0 && ${v} % ${stride.name} == 0 && ${v} / ${stride.name} < ${size.name}`, index: `u32(${v} / ${stride.name})` };
}

/** The input gradient at any stride: an item per input position and block of input channels. */
function stridedInputGradient(op: ConvOp, input: OpInput): Phase {
  const g = geometry(op);
  const [h, w, cin] = op.in;
  const n = blockOf(cin);
  const k = named({ POSITIONS: h * w, BLOCK: n });
  const oneBlock = cin === n;
  const ci = bind('ci', oneBlock ? 0 : product(quotient('e', k.POSITIONS), k.BLOCK));
  const pos = oneBlock ? 'e' : 'pos';
  const ix = bind('ix', remainder(pos, g.IN_W));
  const iy = bind('iy', quotient(pos, g.IN_W));
  const taps = (ty: { inside: string; index: string | number }, ky: Operand, kx: Operand) => {
    const tx = bind('tx', minus(sum(i32(ix.ref), g.PAD_LEFT), kx));
    const column = onStride(tx.ref, g.STRIDE_W, g.OUT_W);
    return lines(tx.code, `if (${column.inside}) {
  let di = ${product(sum(product(sum(product('b', g.OUT_H), ty.index), g.OUT_W), column.index), g.OUT_C)};
  let wi = ${sum(op.kernel.constant, product(sum(product(sum(product(u32(ky), g.KERNEL_W), u32(kx)), g.IN_C), ci.ref), g.OUT_C))};
${indented(loop('co', g.OUT_C, (co) => `let d = ${at(op.dz!, sum('di', co))};\n${unrolled(n, (j) => `acc${j} = acc${j} + d * params[${sum('wi', product(j, g.OUT_C), co)}];`)}`))}
}`);
  };
  const rows = (ky: Operand) => {
    const ty = bind('ty', minus(sum(i32(iy.ref), g.PAD_TOP), ky));
    const row = onStride(ty.ref, g.STRIDE_H, g.OUT_H);
    return lines(ty.code, `if (${row.inside}) {\n${indented(loop('kx', g.KERNEL_W, (kx) => taps(row, ky, kx), 'i32'))}\n}`);
  };
  const body = lines(ci.code, oneBlock ? '' : `let pos = ${remainder('e', k.POSITIONS)};`, ix.code, iy.code,
    unrolled(n, (j) => `var acc${j} = 0.0;`),
    loop('ky', g.KERNEL_H, rows, 'i32'),
    `let at0 = ${sum(product(sum(product('b', k.POSITIONS), pos), g.IN_C), ci.ref)};`,
    unrolled(n, (j) => passGradient(input, String(sum('at0', j)), `acc${j}`)));
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer}: the taps of dz whose window saw each input position; an item per position × ${n} channels`,
    count: h * w * (cin / n), body, constants: [...Object.values(g), ...Object.values(k)],
    acts: gradientActs(input), tensors: [op.dz, ...gradientTensors(input)], buffers: [PARAMS],
  };
}

/**
 * The filters (m) and input channels (c) one weight-gradient thread sums at once, m × c × kw
 * running sums (at most `most`): a position then costs m loads of dz and c of the input (one
 * new column each, at stride 1) for m·c·kw multiply-adds, so the fewest loads per multiply-add
 * win, then the larger tile.
 */
function weightTile(op: ConvOp, most: number): { m: number; c: number } {
  const [, , cin] = op.in;
  const cout = op.out[2];
  let best = { m: 1, c: 1 };
  const worth = ({ m, c }: { m: number; c: number }) => (m * c) / (m + c);
  for (const m of [8, 6, 4, 3, 2, 1].filter((v) => cout % v === 0)) {
    for (const c of [8, 6, 4, 3, 2, 1].filter((v) => cin % v === 0 && m * v * op.kw <= most)) {
      const tile = { m, c };
      if (worth(tile) > worth(best) || (worth(tile) === worth(best) && m * c > best.m * best.c)) best = tile;
    }
  }
  return best;
}

/**
 * The weight gradient's thread ranges for thread `t` of group `group` (examples [b0, b1)), each
 * writing the layer's partials (group-major, kernel elements then biases): a block of filters'
 * weights along a kernel row (all kw taps of one input channel) per thread, then one bias per
 * thread in a range of its own, so no warp (or lavapipe SIMD vector) runs both. The filter
 * block is the fastest index, so neighbouring threads read neighbouring dz and share the input
 * they read; each input read feeds a block of filters, each dz read kw taps.
 */
export function convWeightGradient(op: ConvOp, most: number): GradientPart[] {
  const g = geometry(op);
  const [, , cin] = op.in;
  const [oh, ow, cout] = op.out;
  const { m, c } = weightTile(op, most);
  const blocks = cout / m;
  const k = named({
    FILTER_BLOCKS: blocks, FILTER_BLOCK: m, CHANNEL_BLOCKS: cin / c, CHANNEL_BLOCK: c,
    KERNEL_WEIGHTS: op.kernel.size, WEIGHTS: layerWeights(op), OUT_POSITIONS: oh * ow,
  });
  const partial = (index: Operand) => at(op.grads.partials, String(sum(product('group', k.WEIGHTS), index)));
  const outside = reachesOutside(op);
  const co = bind('co', product(remainder('t', k.FILTER_BLOCKS), k.FILTER_BLOCK));
  const ci = bind('ci', c === 1 ? remainder(quotient('t', k.FILTER_BLOCKS), g.IN_C) : product(remainder(quotient('t', k.FILTER_BLOCKS), k.CHANNEL_BLOCKS), k.CHANNEL_BLOCK));
  // a one-row kernel has only row 0
  const ky = bind('ky', op.kh === 1 ? 0 : `i32(${quotient('t', product(c === 1 ? g.IN_C : k.CHANNEL_BLOCKS, k.FILTER_BLOCKS))})`);
  // names: filter j, input channel i of the block, tap kx (one channel: no channel index)
  const x = (i: number, kx: number) => (c === 1 ? `x${kx}` : `x${i}_${kx}`);
  const total = (j: number, i: number, kx: number) => (c === 1 ? acc(j, kx) : `acc${j}_${i}_${kx}`);
  const every = (body: (j: number, i: number, kx: number) => string) => unrolled(m, (j) => unrolled(c, (i) => unrolled(op.kw, (kx) => body(j, i, kx))));
  // channel i of the block's input at column `column` (an i32) of the row, 0 in the padding
  const input = (column: Operand, i: number) => {
    const value = at(op.x, String(sum(product(sum('row', outside.cols ? clamped(column, g.IN_W) : u32(column)), g.IN_C), ci.ref, i)));
    return outside.cols ? `select(0.0, ${value}, ${column} >= 0 && ${column} < IN_W)` : value;
  };
  const position = (oy: Operand, ox: Operand, taps: string) => lines(
    `let di = ${sum(product(sum(product(sum(product('b', g.OUT_H), u32(oy)), g.OUT_W), u32(ox)), g.OUT_C), co.ref)};`,
    unrolled(m, (j) => `let d${j} = ${at(op.dz!, String(sum('di', j)))};`),
    taps,
    every((j, i, kx) => `${total(j, i, kx)} = ${total(j, i, kx)} + d${j} * ${x(i, kx)};`));
  // every tap of the window read at each position
  const window = (oy: Operand) => rolledLoop('ox', g.OUT_W, (ox) => {
    const ix = bind('ix', minus(product(ox, g.STRIDE_W), g.PAD_LEFT));
    return position(oy, ox, lines(ix.code, unrolled(c, (i) => unrolled(op.kw, (kx) => `let ${x(i, kx)} = ${input(sum(ix.ref, kx), i)};`))));
  }, 'i32');
  // at stride 1 the window slides one column a position: it reads one new input and keeps the others
  const last = op.kw - 1;
  const sliding = (oy: Operand) => lines(
    unrolled(c, (i) => unrolled(last, (kx) => `var ${x(i, kx)} = ${input(String(minus(kx, g.PAD_LEFT)), i)};`)),
    rolledLoop('ox', g.OUT_W, (ox) => lines(
      position(oy, ox, unrolled(c, (i) => `let ${x(i, last)} = ${input(String(minus(sum(ox, last), g.PAD_LEFT)), i)};`)),
      unrolled(c, (i) => unrolled(last, (kx) => `${x(i, kx)} = ${x(i, kx + 1)};`))), 'i32'));
  const rows = (oy: Operand) => {
    const iy = bind('iy', minus(sum(product(oy, g.STRIDE_H), ky.ref), g.PAD_TOP));
    const inner = `let row = ${product(sum(product('b', g.IN_H), u32(iy.ref)), g.IN_W)};\n${op.sw === 1 ? sliding(oy) : window(oy)}`;
    return lines(iy.code, outside.rows ? `if (${iy.ref} >= 0 && ${iy.ref} < IN_H) {\n${indented(inner)}\n}` : inner);
  };
  // the first of the thread's weights: its kernel row, the block's first input channel and first filter
  const wi = bind('wi', sum(product(sum(product(u32(ky.ref), g.KERNEL_W, g.IN_C), ci.ref), g.OUT_C), co.ref));
  const kernel = lines(co.code, ci.code, ky.code,
    every((j, i, kx) => `var ${total(j, i, kx)} = 0.0;`),
    `for (var b = b0; b < b1; b++) {\n${indented(rolledLoop('oy', g.OUT_H, rows, 'i32'))}\n}`,
    wi.code,
    every((j, i, kx) => `${partial(sum(wi.ref, kx * cin * cout + i * cout + j))} = ${total(j, i, kx)};`));
  const biases = `let co = t;
var acc = 0.0;
for (var b = b0; b < b1; b++) {
${indented(rolledLoop('p', k.OUT_POSITIONS, (p) => `acc = acc + ${at(op.dz!, String(sum(product(sum(product('b', k.OUT_POSITIONS), p), g.OUT_C), 'co')))};`))}
}
${partial(sum(k.KERNEL_WEIGHTS, 'co'))} = acc;`;
  const constants = [...Object.values(g), ...Object.values(k)];
  const parts: GradientPart[] = [{ what: `${op.kernel.name}: ${m} filters × ${op.kw} taps of a kernel row × ${c === 1 ? 'one input channel' : `${c} input channels`}`, threads: op.kh * (cin / c) * blocks, body: kernel, constants }];
  if (op.bias) parts.push({ what: `${op.bias.name}: one filter`, threads: cout, body: biases, constants });
  return parts;
}

function indented(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

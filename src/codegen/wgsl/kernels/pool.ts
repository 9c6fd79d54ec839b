/**
 * Average and max pooling as tfjs computes them: an average divides by the window's cells inside
 * the input, but its gradient spreads dz/(kh·kw) to every cell (tfjs-backend-cpu's AvgPoolGrad,
 * which the wasm trainer matches); a max routes dz to the window's first largest cell in
 * row-major order, found again in the backward pass rather than stored. Global pooling is a
 * window as large as the input: the same code, with every bound check and loop it does not need
 * folded away.
 */
import { f32 } from '../activations.js';
import { bind, i32, lines, loop, minus, named, product, quotient, sum, u32, type Named, type Operand } from '../expr.js';
import { at, gradientActs, gradientTensors, passGradient, type Phase } from '../kernel.js';
import { volume, type OpInput, type PoolOp } from '../graph.js';
import { decode, ofExample, sizes, writeOutput } from './shared.js';

/** The most negative f32: where a max starts. */
const LOWEST = '-3.4028234663852886e38';

function geometry(op: PoolOp) {
  return {
    ...sizes(op.in, op.out),
    ...named({ WINDOW_H: op.kh, WINDOW_W: op.kw, STRIDE_H: op.sh, STRIDE_W: op.sw, PAD_TOP: op.top, PAD_LEFT: op.left }),
  };
}

/** Whether some window can reach past the input along rows and along columns (only `same` padding can). */
function reachesOutside(op: PoolOp): { rows: boolean; cols: boolean } {
  const [h, w] = op.in;
  const [oh, ow] = op.out;
  return {
    rows: op.top > 0 || (oh - 1) * op.sh + op.kh - 1 - op.top >= h,
    cols: op.left > 0 || (ow - 1) * op.sw + op.kw - 1 - op.left >= w,
  };
}

/**
 * `visit` for every cell of the window at output (oy, ox) that lies inside the input, with `iy`
 * and `ix` (i32) its row and column: loops of one cell folded, bound checks only where a window
 * can reach outside.
 */
function eachCell(op: PoolOp, oy: Operand, ox: Operand, names: [string, string], visit: (iy: Operand, ix: Operand) => string): string {
  const g = geometry(op);
  const outside = reachesOutside(op);
  const [rowName, colName] = names;
  return loop('ky', g.WINDOW_H, (ky) => {
    const iy = bind(rowName, minus(sum(product(i32(oy), g.STRIDE_H), ky), g.PAD_TOP));
    const columns = loop('kx', g.WINDOW_W, (kx) => {
      const ix = bind(colName, minus(sum(product(i32(ox), g.STRIDE_W), kx), g.PAD_LEFT));
      const cell = visit(iy.ref, ix.ref);
      return lines(ix.code, outside.cols ? `if (${ix.ref} >= 0 && ${ix.ref} < IN_W) {\n${indented(cell)}\n}` : cell);
    }, 'i32');
    return lines(iy.code, outside.rows ? `if (${iy.ref} >= 0 && ${iy.ref} < IN_H) {\n${indented(columns)}\n}` : columns);
  }, 'i32');
}

/** An item per output element. */
export function poolForward(op: PoolOp): Phase {
  const g = geometry(op);
  const max = op.type === 'max';
  const outside = reachesOutside(op);
  const counts = !max && (outside.rows || outside.cols);
  const out = decode(g.OUT_H, g.OUT_W, g.OUT_C, ['oy', 'ox', 'c']);
  const cell = (iy: Operand, ix: Operand) => lines(
    `let v = ${at(op.x, sum(product(sum(product(sum(product('b', g.IN_H), u32(iy)), g.IN_W), u32(ix)), g.IN_C), out.c))};`,
    max ? 'if (v > acc) { acc = v; }' : 'acc = acc + v;',
    counts ? 'count = count + 1.0;' : '');
  // the average divides by the cells inside the input: all of the window's, unless it can reach outside
  const result = max ? 'acc' : counts ? 'acc / max(count, 1.0)' : `acc / ${f32(op.kh * op.kw)}`;
  const body = lines(out.code,
    `var acc = ${max ? LOWEST : '0.0'};`,
    counts ? 'var count = 0.0;' : '',
    eachCell(op, out.y, out.x, ['iy', 'ix'], cell),
    writeOutput(op, ofExample(volume(op.out)), result));
  const what = op.global ? `global ${op.type} pooling` : `${op.type} pooling over ${op.kh}×${op.kw} windows`;
  return {
    name: `${op.layer}.forward`, about: `${what} of ${op.inputs[0]!.from.layer}'s output; an item per output element`,
    count: volume(op.out), body, constants: Object.values(g), acts: [op.act], tensors: [op.x, op.z, op.y], buffers: [],
  };
}

/** An item per input element: the dz of every window that takes it, through the input op's activation. */
export function poolInputGradient(op: PoolOp, input: OpInput): Phase {
  const g = geometry(op);
  const max = op.type === 'max';
  const cell = decode(g.IN_H, g.IN_W, g.IN_C, ['iy', 'ix', 'c']);
  const c = cell.c;
  /** The first and last window (output row or column) that takes input coordinate `v`, as `let`s, or 0 when the output has one. */
  const range = (v: Operand, pad: Named, window: Named, stride: Named, size: Named, names: [string, string, string]) => {
    if (size.value === 1) return { code: '', from: 0, to: 0 };
    const [low, lo, hi] = names;
    const reach = sum(i32(v), pad);
    const start = bind(low, window.value === 1 ? reach : minus(sum(reach, 1), window));
    // the first window whose last cell reaches v (rounded up to a window start), and the last whose first does
    const first = stride.value === 1 ? `max(${start.ref}, 0)` : `select((${start.ref} + ${stride.name} - 1) / ${stride.name}, 0, ${start.ref} <= 0)`;
    return {
      code: lines(start.code, `let ${lo} = ${first};`, `let ${hi} = min(${size.name} - 1, ${quotient(reach, stride)});`),
      from: lo, to: hi,
    };
  };
  const rows = range(cell.y, g.PAD_TOP, g.WINDOW_H, g.STRIDE_H, g.OUT_H, ['loY', 'oy0', 'oy1']);
  const cols = range(cell.x, g.PAD_LEFT, g.WINDOW_W, g.STRIDE_W, g.OUT_W, ['loX', 'ox0', 'ox1']);
  const window = (oy: Operand, ox: Operand) => {
    const dz = at(op.dz!, sum(product(sum(product(sum(product('b', g.OUT_H), u32(oy)), g.OUT_W), u32(ox)), g.OUT_C), c));
    if (!max) return `acc = acc + ${dz};`;
    const find = eachCell(op, oy, ox, ['py', 'px'], (py, px) => `let v = ${at(op.x, sum(product(sum(product(sum(product('b', g.IN_H), u32(py)), g.IN_W), u32(px)), g.IN_C), c))};
if (v > best) { best = v; by = ${py}; bx = ${px}; }`);
    return `var best = ${LOWEST};\nvar by = -1;\nvar bx = -1;\n${find}\nif (by == ${i32(cell.y)} && bx == ${i32(cell.x)}) { acc = acc + ${dz}; }`;
  };
  const over = (lo: Operand, hi: Operand, v: string, body: (o: Operand) => string) =>
    (lo === 0 && hi === 0 ? body(0) : `for (var ${v} = ${lo}; ${v} <= ${hi}; ${v}++) {\n${indented(body(v))}\n}`);
  const body = lines(cell.code, rows.code, cols.code,
    'var acc = 0.0;',
    over(rows.from, rows.to, 'oy', (oy) => over(cols.from, cols.to, 'ox', (ox) => window(oy, ox))),
    passGradient(input, ofExample(volume(op.in)), max ? 'acc' : `acc * ${f32(1 / (op.kh * op.kw))}`));
  const what = op.global ? `global ${op.type} pooling` : `${op.type} pooling`;
  return {
    name: `${op.layer}.input-gradient`, about: `the gradient reaching ${input.from.layer} through ${what}: ${max ? 'dz to the first largest cell of each window' : 'dz/(window cells) to every cell'}; an item per input element`,
    count: volume(op.in), body, constants: Object.values(g),
    acts: gradientActs(input), tensors: [op.x, op.dz, ...gradientTensors(input)], buffers: [],
  };
}

function indented(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

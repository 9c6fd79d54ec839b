/**
 * A 2-D convolution (NHWC input, tfjs's [kh, kw, cin, cout] kernel): forward with bias and
 * activation, the input gradient (through the previous op's activation), and the weight
 * gradient's partial sums. Each work item is a few neighbouring positions of a row and a block of
 * channels, accumulating in registers, so every value it loads feeds several multiply-adds; the
 * channel block is the slowest index, so neighbouring threads (a GPU's warp, lavapipe's SIMD
 * lanes) share every weight they read and differ only in position.
 */
import { at, type Phase } from '../kernel.js';
import type { ConvOp, Op } from '../graph.js';
import { blockOf, PARAMS, passGradient, unrolled, writeOutput } from './shared.js';

/**
 * How many neighbouring positions along a row one work item computes, beside its `n` channels:
 * each value it loads then feeds `positions × n` accumulators, not `n`. At most 16 accumulators
 * (lavapipe keeps each in one of x86's 16 vector registers; a GPU has room for more), and a
 * count that divides the row exactly, so no item runs past its end.
 */
function rowBlock(width: number, n: number): number {
  return [4, 3, 2].find((q) => width % q === 0 && q * n <= 16) ?? 1;
}

/** Index expression `i` kept inside [0, size) (an i32), as a u32: a padded tap reads a real element and is masked. */
function clamped(i: string, size: number): string {
  return `u32(clamp(${i}, 0, ${size - 1}))`;
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

/** z = bias + Σ x·w over the window, y = act(z): an item per block of q positions in a row and block of n filters. */
export function convForward(op: ConvOp): Phase {
  const [h, w, cin] = op.in;
  const [oh, ow, cout] = op.out;
  const n = blockOf(cout);
  const q = rowBlock(ow, n);
  const items = oh * (ow / q);
  const outside = reachesOutside(op);
  const body = `let co = (e / ${items}u) * ${n}u;
let r = e % ${items}u;
let oy = r / ${ow / q}u;
let ox = (r % ${ow / q}u) * ${q}u;
${cells(n, q, (j, k) => `var ${acc(j, k)} = 0.0;`)}
for (var ky = 0; ky < ${op.kh}; ky++) {
  let iy = i32(oy) * ${op.sh} + ky - ${op.top};
${outside.rows ? `  if (iy < 0 || iy >= ${h}) { continue; }
` : ''}  let row = (b * ${h}u + u32(iy)) * ${w}u;
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let ix = i32(ox) * ${op.sw} + kx - ${op.left};
${unrolled(q, (k) => outside.cols
    ? `    let in${k} = ix + ${k * op.sw} >= 0 && ix + ${k * op.sw} < ${w};
    let xi${k} = (row + ${clamped(`ix + ${k * op.sw}`, w)}) * ${cin}u;`
    : `    let xi${k} = (row + u32(ix + ${k * op.sw})) * ${cin}u;`)}
    var wi = ${op.kernel.offset}u + (u32(ky) * ${op.kw}u + u32(kx)) * ${cin * cout}u + co;
    for (var ci = 0u; ci < ${cin}u; ci++) {
${unrolled(q, (k) => `      let x${k} = ${outside.cols ? `select(0.0, ${at(op.x, `xi${k} + ci`)}, in${k})` : at(op.x, `xi${k} + ci`)};`)}
${unrolled(n, (j) => `      let w${j} = params[wi + ${j}u];`)}
${cells(n, q, (j, k) => `      ${acc(j, k)} = ${acc(j, k)} + x${k} * w${j};`)}
      wi = wi + ${cout}u;
    }
  }
}
${unrolled(q, (k) => `let out${k} = (b * ${oh * ow}u + oy * ${ow}u + ox + ${k}u) * ${cout}u + co;`)}
${cells(n, q, (j, k) => `{\n${writeOutput(op, `out${k} + ${j}u`, `${acc(j, k)}${op.bias ? ` + params[${op.bias.offset}u + co + ${j}u]` : ''}`)}\n}`)}`;
  return { name: `${op.layer}.forward`, count: items * (cout / n), body, acts: [op.act], tensors: [op.x, op.z, op.y], buffers: [PARAMS] };
}

/**
 * The gradient of the previous op's pre-activation: the transposed convolution of dz, times its
 * activation's derivative. An item per input position (per block of positions in a row, at
 * stride 1) and block of input channels.
 */
export function convInputGradient(op: ConvOp, prev: Op): Phase {
  return op.sh === 1 && op.sw === 1 ? unitStrideInputGradient(op, prev) : stridedInputGradient(op, prev);
}

/** The input gradient at stride 1: every tap of a position lands on an output, bounds permitting. */
function unitStrideInputGradient(op: ConvOp, prev: Op): Phase {
  const [h, w, cin] = op.in;
  const [oh, ow, cout] = op.out;
  const n = blockOf(cin);
  const q = rowBlock(w, n);
  const items = h * (w / q);
  const body = `let ci = (e / ${items}u) * ${n}u;
let r = e % ${items}u;
let iy = r / ${w / q}u;
let ix = (r % ${w / q}u) * ${q}u;
${cells(n, q, (j, k) => `var ${acc(j, k)} = 0.0;`)}
for (var ky = 0; ky < ${op.kh}; ky++) {
  let ty = i32(iy) + ${op.top} - ky;
  if (ty < 0 || ty >= ${oh}) { continue; }
  let row = (b * ${oh}u + u32(ty)) * ${ow}u;
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let tx = i32(ix) + ${op.left} - kx;
${unrolled(q, (k) => `    let in${k} = tx + ${k} >= 0 && tx + ${k} < ${ow};
    let di${k} = (row + ${clamped(`tx + ${k}`, ow)}) * ${cout}u;`)}
    let wi = ${op.kernel.offset}u + ((u32(ky) * ${op.kw}u + u32(kx)) * ${cin}u + ci) * ${cout}u;
    for (var co = 0u; co < ${cout}u; co++) {
${unrolled(q, (k) => `      let d${k} = select(0.0, ${at(op.dz!, `di${k} + co`)}, in${k});`)}
${unrolled(n, (j) => `      let w${j} = params[wi + ${j * cout}u + co];`)}
${cells(n, q, (j, k) => `      ${acc(j, k)} = ${acc(j, k)} + d${k} * w${j};`)}
    }
  }
}
${unrolled(q, (k) => `let at${k} = (b * ${h * w}u + iy * ${w}u + ix + ${k}u) * ${cin}u + ci;`)}
${cells(n, q, (j, k) => passGradient(prev, `at${k} + ${j}u`, acc(j, k)))}`;
  return { name: `${op.layer}.input-gradient`, count: items * (cin / n), body, acts: [prev.act], tensors: [op.dz, prev.dz, prev.z], buffers: [PARAMS] };
}

/** The input gradient at any stride: an item per input position and block of input channels. */
function stridedInputGradient(op: ConvOp, prev: Op): Phase {
  const [h, w, cin] = op.in;
  const [oh, ow, cout] = op.out;
  const n = blockOf(cin);
  const positions = h * w;
  const body = `let ci = (e / ${positions}u) * ${n}u;
let pos = e % ${positions}u;
let ix = pos % ${w}u;
let iy = pos / ${w}u;
${unrolled(n, (j) => `var acc${j} = 0.0;`)}
for (var ky = 0; ky < ${op.kh}; ky++) {
  let ty = i32(iy) + ${op.top} - ky;
  if (ty < 0 || ty % ${op.sh} != 0 || ty / ${op.sh} >= ${oh}) { continue; }
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let tx = i32(ix) + ${op.left} - kx;
    if (tx < 0 || tx % ${op.sw} != 0 || tx / ${op.sw} >= ${ow}) { continue; }
    let di = ((b * ${oh}u + u32(ty / ${op.sh})) * ${ow}u + u32(tx / ${op.sw})) * ${cout}u;
    let wi = ${op.kernel.offset}u + ((u32(ky) * ${op.kw}u + u32(kx)) * ${cin}u + ci) * ${cout}u;
    for (var co = 0u; co < ${cout}u; co++) {
      let d = ${at(op.dz!, 'di + co')};
${unrolled(n, (j) => `      acc${j} = acc${j} + d * params[wi + ${j * cout}u + co];`)}
    }
  }
}
let at0 = (b * ${positions}u + pos) * ${cin}u + ci;
${unrolled(n, (j) => passGradient(prev, `at0 + ${j}u`, `acc${j}`))}`;
  return { name: `${op.layer}.input-gradient`, count: positions * (cin / n), body, acts: [prev.act], tensors: [op.dz, prev.dz, prev.z], buffers: [PARAMS] };
}

/** Filters one weight-gradient thread sums at once: each input it reads then feeds `filters × kw` accumulators (at most 16). */
function filterBlock(op: ConvOp): number {
  const cout = op.out[2];
  return [4, 3, 2].find((m) => cout % m === 0 && m * op.kw <= 16) ?? 1;
}

/** Threads per batch group of the weight gradient: one per block of filters, kernel row and input channel, and one per bias. */
export function convWeightThreads(op: ConvOp): number {
  const cout = op.out[2];
  return op.kh * op.in[2] * (cout / filterBlock(op)) + (op.bias ? cout : 0);
}

/**
 * WGSL for thread `t` of group `group` (examples [b0, b1)): the partial sums of a block of
 * filters' weights along a kernel row (all kw taps of one input channel) or of one bias, written
 * to `partials` (group-major, kernel elements then biases). The filter block is the fastest
 * index, so neighbouring threads read neighbouring dz and share the input they read; each input
 * read feeds a block of filters, each dz read kw taps.
 */
export function convWeightGradient(op: ConvOp): string {
  const [h, w, cin] = op.in;
  const [oh, ow, cout] = op.out;
  const m = filterBlock(op);
  const blocks = cout / m;
  const kernelThreads = op.kh * cin * blocks;
  const weights = op.kernel.size + (op.bias?.size ?? 0);
  const partial = (index: string) => at(op.grads.partials, `group * ${weights}u + ${index}`);
  const outside = reachesOutside(op);
  const input = (kx: number) => at(op.x, `(row + ${outside.cols ? clamped(`ix + ${kx}`, w) : `u32(ix + ${kx})`}) * ${cin}u + ci`);
  return `if (t < ${kernelThreads}u) {
  let co = (t % ${blocks}u) * ${m}u;
  let ci = (t / ${blocks}u) % ${cin}u;
  let ky = i32(t / ${cin * blocks}u);
${cells(m, op.kw, (j, kx) => `  var ${acc(j, kx)} = 0.0;`)}
  for (var b = b0; b < b1; b++) {
    for (var oy = 0; oy < ${oh}; oy++) {
      let iy = oy * ${op.sh} + ky - ${op.top};
${outside.rows ? `      if (iy < 0 || iy >= ${h}) { continue; }
` : ''}      let row = (b * ${h}u + u32(iy)) * ${w}u;
      for (var ox = 0; ox < ${ow}; ox++) {
        let di = ((b * ${oh}u + u32(oy)) * ${ow}u + u32(ox)) * ${cout}u + co;
${unrolled(m, (j) => `        let d${j} = ${at(op.dz!, `di + ${j}u`)};`)}
        let ix = ox * ${op.sw} - ${op.left};
${unrolled(op.kw, (kx) => `        let x${kx} = ${outside.cols ? `select(0.0, ${input(kx)}, ix + ${kx} >= 0 && ix + ${kx} < ${w})` : input(kx)};`)}
${cells(m, op.kw, (j, kx) => `        ${acc(j, kx)} = ${acc(j, kx)} + d${j} * x${kx};`)}
      }
    }
  }
  let wi = (u32(ky) * ${op.kw}u * ${cin}u + ci) * ${cout}u + co;
${cells(m, op.kw, (j, kx) => `  ${partial(`wi + ${kx * cin * cout + j}u`)} = ${acc(j, kx)};`)}
} else {
  let co = t - ${kernelThreads}u;
  var acc = 0.0;
  for (var b = b0; b < b1; b++) {
    for (var p = 0u; p < ${oh * ow}u; p++) {
      acc = acc + ${at(op.dz!, `(b * ${oh * ow}u + p) * ${cout}u + co`)};
    }
  }
  ${partial(`${op.kernel.size}u + co`)} = acc;
}`;
}

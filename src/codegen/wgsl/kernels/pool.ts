/**
 * Average and max pooling as tfjs computes them: an average divides by the window's cells inside
 * the input, but its gradient spreads dz/(kh·kw) to every cell (tfjs-backend-cpu's AvgPoolGrad,
 * which the wasm trainer matches); a max routes dz to the window's first largest cell in
 * row-major order, found again in the backward pass rather than stored.
 */
import { activationFunctions, f32 } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type Graph, type Op, type PoolOp } from '../graph.js';
import { decode, passGradient, usedActs, writeOutput } from './shared.js';

const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** One thread per output element. */
export function poolForward(graph: Graph, op: PoolOp): Kernel {
  const [h, w, c] = op.in;
  const max = op.type === 'max';
  const body = `${decode(op.out, ['b', 'oy', 'ox', 'c'])}
if (b >= step.n) { return; }
var acc = ${max ? '-3.4028234663852886e38' : '0.0'};
var count = 0.0;
for (var ky = 0; ky < ${op.kh}; ky++) {
  let iy = i32(oy) * ${op.sh} + ky - ${op.top};
  if (iy < 0 || iy >= ${h}) { continue; }
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let ix = i32(ox) * ${op.sw} + kx - ${op.left};
    if (ix < 0 || ix >= ${w}) { continue; }
    let v = ${at(op.x, `((b * ${h}u + u32(iy)) * ${w}u + u32(ix)) * ${c}u + c`)};
    ${max ? 'if (v > acc) { acc = v; }' : 'acc = acc + v;'}
    count = count + 1.0;
  }
}
${writeOutput(op, 'i', max ? 'acc' : 'acc / max(count, 1.0)')}`;
  return threadKernel(`${op.layer}.forward`, [STEP, ...arenasOf(op.x, op.z, op.y)], graph.batch * volume(op.out), body, activationFunctions(usedActs(op)));
}

/** One thread per input element: the dz of every window that takes it, through the previous op's activation. */
export function poolInputGradient(graph: Graph, op: PoolOp, prev: Op): Kernel {
  const [h, w, c] = op.in;
  const [oh, ow] = op.out;
  const max = op.type === 'max';
  const window = max
    ? `var best = -3.4028234663852886e38;
    var by = -1;
    var bx = -1;
    for (var ky = 0; ky < ${op.kh}; ky++) {
      let py = oy * ${op.sh} + ky - ${op.top};
      if (py < 0 || py >= ${h}) { continue; }
      for (var kx = 0; kx < ${op.kw}; kx++) {
        let px = ox * ${op.sw} + kx - ${op.left};
        if (px < 0 || px >= ${w}) { continue; }
        let v = ${at(op.x, `((b * ${h}u + u32(py)) * ${w}u + u32(px)) * ${c}u + c`)};
        if (v > best) { best = v; by = py; bx = px; }
      }
    }
    if (by == i32(iy) && bx == i32(ix)) { acc = acc + ${at(op.dz!, `((b * ${oh}u + u32(oy)) * ${ow}u + u32(ox)) * ${c}u + c`)}; }`
    : `acc = acc + ${at(op.dz!, `((b * ${oh}u + u32(oy)) * ${ow}u + u32(ox)) * ${c}u + c`)};`;
  const body = `${decode(op.in, ['b', 'iy', 'ix', 'c'])}
if (b >= step.n) { return; }
let loY = i32(iy) + ${op.top - op.kh + 1};
let loX = i32(ix) + ${op.left - op.kw + 1};
let oy0 = select((loY + ${op.sh - 1}) / ${op.sh}, 0, loY <= 0);
let ox0 = select((loX + ${op.sw - 1}) / ${op.sw}, 0, loX <= 0);
let oy1 = min(${oh - 1}, (i32(iy) + ${op.top}) / ${op.sh});
let ox1 = min(${ow - 1}, (i32(ix) + ${op.left}) / ${op.sw});
var acc = 0.0;
for (var oy = oy0; oy <= oy1; oy++) {
  for (var ox = ox0; ox <= ox1; ox++) {
    ${window}
  }
}
${passGradient(prev, 'i', max ? 'acc' : `acc * ${f32(1 / (op.kh * op.kw))}`)}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, ...arenasOf(op.x, op.dz, prev.dz, prev.z)], graph.batch * volume(op.in), body, activationFunctions(usedActs(prev)));
}

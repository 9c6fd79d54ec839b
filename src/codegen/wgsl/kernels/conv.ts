/**
 * A 2-D convolution (NHWC input, tfjs's [kh, kw, cin, cout] kernel): forward with bias and
 * activation, the input gradient (through the previous op's activation), and one thread's share
 * of the weight gradient. One thread per output (or input) element: no workgroup memory and no
 * barriers, which suits lavapipe and leaves the GPU's caches to share the kernel's reads.
 */
import { activationFunctions } from '../activations.js';
import { arenasOf, at, threadKernel, type Kernel } from '../kernel.js';
import { volume, type ConvOp, type Graph, type Op } from '../graph.js';
import { decode, passGradient, usedActs, writeOutput } from './shared.js';

const PARAMS = { buffer: 'params' as const, access: 'read' as const };
const STEP = { buffer: 'step' as const, access: 'uniform' as const };

/** z = bias + Σ x·w over the window, y = act(z), for examples [0, step.n). */
export function convForward(graph: Graph, op: ConvOp): Kernel {
  const [h, w, cin] = op.in;
  const cout = op.out[2];
  const bias = op.bias ? ` + params[${op.bias.offset}u + co]` : '';
  const body = `${decode(op.out, ['b', 'oy', 'ox', 'co'])}
if (b >= step.n) { return; }
var acc = 0.0;
for (var ky = 0; ky < ${op.kh}; ky++) {
  let iy = i32(oy) * ${op.sh} + ky - ${op.top};
  if (iy < 0 || iy >= ${h}) { continue; }
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let ix = i32(ox) * ${op.sw} + kx - ${op.left};
    if (ix < 0 || ix >= ${w}) { continue; }
    let xi = ((b * ${h}u + u32(iy)) * ${w}u + u32(ix)) * ${cin}u;
    let wi = (u32(ky) * ${op.kw}u + u32(kx)) * ${cin * cout}u + co;
    for (var ci = 0u; ci < ${cin}u; ci++) {
      acc = acc + ${at(op.x, 'xi + ci')} * params[${op.kernel.offset}u + wi + ci * ${cout}u];
    }
  }
}
${writeOutput(op, 'i', `acc${bias}`)}`;
  return threadKernel(`${op.layer}.forward`, [STEP, PARAMS, ...arenasOf(op.x, op.z, op.y)], graph.batch * volume(op.out), body, activationFunctions(usedActs(op)));
}

/** The gradient of the previous op's pre-activation: the transposed convolution of dz, times its activation's derivative. */
export function convInputGradient(graph: Graph, op: ConvOp, prev: Op): Kernel {
  const cin = op.in[2];
  const [oh, ow, cout] = op.out;
  const body = `${decode(op.in, ['b', 'iy', 'ix', 'ci'])}
if (b >= step.n) { return; }
var acc = 0.0;
for (var ky = 0; ky < ${op.kh}; ky++) {
  let ty = i32(iy) + ${op.top} - ky;
  if (ty < 0 || ty % ${op.sh} != 0 || ty / ${op.sh} >= ${oh}) { continue; }
  for (var kx = 0; kx < ${op.kw}; kx++) {
    let tx = i32(ix) + ${op.left} - kx;
    if (tx < 0 || tx % ${op.sw} != 0 || tx / ${op.sw} >= ${ow}) { continue; }
    let di = ((b * ${oh}u + u32(ty / ${op.sh})) * ${ow}u + u32(tx / ${op.sw})) * ${cout}u;
    let wi = ((u32(ky) * ${op.kw}u + u32(kx)) * ${cin}u + ci) * ${cout}u;
    for (var co = 0u; co < ${cout}u; co++) {
      acc = acc + ${at(op.dz!, 'di + co')} * params[${op.kernel.offset}u + wi + co];
    }
  }
}
${passGradient(prev, 'i', 'acc')}`;
  return threadKernel(`${op.layer}.input-gradient`, [STEP, PARAMS, ...arenasOf(op.dz, prev.dz, prev.z)], graph.batch * volume(op.in), body, activationFunctions(usedActs(prev)));
}

/**
 * WGSL for one thread's partial weight gradient: weight `wgt` (kernel elements, then biases)
 * summed over examples [b0, b1) into `acc`.
 */
export function convWeightGradient(op: ConvOp): string {
  const [h, w, cin] = op.in;
  const [oh, ow, cout] = op.out;
  const kernelSize = op.kernel.size;
  return `if (wgt < ${kernelSize}u) {
  let co = wgt % ${cout}u;
  let ci = (wgt / ${cout}u) % ${cin}u;
  let kx = i32((wgt / ${cin * cout}u) % ${op.kw}u);
  let ky = i32(wgt / ${op.kw * cin * cout}u);
  for (var b = b0; b < b1; b++) {
    for (var oy = 0; oy < ${oh}; oy++) {
      let iy = oy * ${op.sh} + ky - ${op.top};
      if (iy < 0 || iy >= ${h}) { continue; }
      for (var ox = 0; ox < ${ow}; ox++) {
        let ix = ox * ${op.sw} + kx - ${op.left};
        if (ix < 0 || ix >= ${w}) { continue; }
        acc = acc + ${at(op.dz!, `((b * ${oh}u + u32(oy)) * ${ow}u + u32(ox)) * ${cout}u + co`)} * ${at(op.x, `((b * ${h}u + u32(iy)) * ${w}u + u32(ix)) * ${cin}u + ci`)};
      }
    }
  }
} else {
  let co = wgt - ${kernelSize}u;
  for (var b = b0; b < b1; b++) {
    for (var p = 0u; p < ${oh * ow}u; p++) {
      acc = acc + ${at(op.dz!, `(b * ${oh * ow}u + p) * ${cout}u + co`)};
    }
  }
}`;
}

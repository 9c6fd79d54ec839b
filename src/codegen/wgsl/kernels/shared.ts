/** WGSL fragments the layer kernels share: decoding a thread's index, and passing a gradient on. */
import { at } from '../kernel.js';
import { volume, type Dims, type Op } from '../graph.js';

/** `let b = ...; let y = ...; let x = ...; let c = ...;` for flat index `i` over [batch, h, w, c]. */
export function decode([h, w, c]: Dims, names: readonly [string, string, string, string] = ['b', 'y', 'x', 'c'], i = 'i'): string {
  const [b, y, x, ch] = names;
  return `let ${b} = ${i} / ${volume([h, w, c])}u;
let ${y} = (${i} / ${w * c}u) % ${h}u;
let ${x} = (${i} / ${c}u) % ${w}u;
let ${ch} = ${i} % ${c}u;`;
}

/**
 * Writes the gradient `value` of `prev`'s output at flat index `index` as the gradient of its
 * pre-activation: the derivative of `prev`'s activation is applied here, by whoever computes the
 * gradient of its output, so no kernel of its own is needed for it.
 */
export function passGradient(prev: Op, index: string, value: string): string {
  if (!prev.dz) throw new Error(`${prev.layer} has no gradient tensor`);
  const derivative = prev.act === 'linear' ? '' : ` * dact_${prev.act}(${at(prev.z, index)})`;
  return `${at(prev.dz, index)} = (${value})${derivative};`;
}

/** The elementwise activations `ops` apply, for activationFunctions. */
export function usedActs(...ops: (Op | undefined)[]): Op['act'][] {
  return ops.filter((o): o is Op => o !== undefined).map((o) => o.act);
}

/** Writes `z` (an f32 expression) as the op's output at `index`, and its activation when it has one. */
export function writeOutput(op: Op, index: string, z: string): string {
  if (op.act === 'linear') return `${at(op.y, index)} = ${z};`;
  return `let zv = ${z};\n${at(op.z, index)} = zv;\n${at(op.y, index)} = act_${op.act}(zv);`;
}

/**
 * Every elementwise activation the schema allows, in WGSL: the function tfjs-layers computes and
 * its derivative with respect to the pre-activation, as tfjs's gradients compute it (relu6's
 * derivative is 0 at 0 and at 6; elu's is taken from its output; gelu uses tfjs's erf
 * approximation forward and the exact erf derivative backward, as tfjs-core's Erf gradient does).
 */
import type { ElementwiseAct } from './graph.js';

/** WGSL helpers the activations share. */
const HELPERS = `
fn lenetc_sigmoid(z: f32) -> f32 { return 1.0 / (1.0 + exp(-z)); }
// tanh through exp(-2|z|): WGSL's tanh may overflow to NaN for large |z| on some drivers
fn lenetc_tanh(z: f32) -> f32 { let e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }
// tfjs's softplus: x above -log(eps)-2, exp(x) below log(eps)+2, log1p(exp(x)) between
fn lenetc_softplus(z: f32) -> f32 {
  let threshold = -13.942384719848633;
  if (z < threshold) { return exp(z); }
  if (z > -threshold) { return z; }
  return log(1.0 + exp(z));
}
// tfjs's erf: Abramowitz and Stegun 7.1.26
fn lenetc_erf(x: f32) -> f32 {
  let v = abs(x);
  let t = 1.0 / (1.0 + 0.3275911 * v);
  let poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign(x) * (1.0 - poly * exp(-v * v));
}`;

const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_SCALE_ALPHA = 1.7580993408473768599402175208123;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** Each activation's value and derivative as WGSL expressions of `z` (f32). */
const FORMULAS: Record<ElementwiseAct, { f: string; df: string }> = {
  linear: { f: 'z', df: '1.0' },
  sigmoid: { f: 'lenetc_sigmoid(z)', df: 'lenetc_sigmoid(z) * (1.0 - lenetc_sigmoid(z))' },
  relu: { f: 'max(z, 0.0)', df: 'select(0.0, 1.0, z > 0.0)' },
  relu6: { f: 'min(max(z, 0.0), 6.0)', df: 'select(0.0, 1.0, z > 0.0 && z < 6.0)' },
  tanh: { f: 'lenetc_tanh(z)', df: '1.0 - lenetc_tanh(z) * lenetc_tanh(z)' },
  // tfjs's EluGrad reads the output y: dy where y >= 0, else dy·(y + 1)
  elu: { f: 'select(exp(z) - 1.0, z, z >= 0.0)', df: 'select(exp(z), 1.0, z >= 0.0)' },
  selu: { f: `select(${f32(SELU_SCALE_ALPHA)} * (exp(z) - 1.0), ${f32(SELU_SCALE)} * z, z >= 0.0)`, df: `select(${f32(SELU_SCALE_ALPHA)} * exp(z), ${f32(SELU_SCALE)}, z > 0.0)` },
  gelu: {
    f: `z * 0.5 * (1.0 + lenetc_erf(z * ${f32(Math.SQRT1_2)}))`,
    df: `0.5 * (1.0 + lenetc_erf(z * ${f32(Math.SQRT1_2)})) + z * 0.5 * ${f32(TWO_OVER_SQRT_PI * Math.SQRT1_2)} * exp(-0.5 * z * z)`,
  },
  gelu_new: {
    f: `0.5 * z * (1.0 + lenetc_tanh(${f32(SQRT_2_OVER_PI)} * (z + 0.044715 * z * z * z)))`,
    df: `0.5 * (1.0 + lenetc_tanh(${f32(SQRT_2_OVER_PI)} * (z + 0.044715 * z * z * z))) + 0.5 * z * (1.0 - lenetc_tanh(${f32(SQRT_2_OVER_PI)} * (z + 0.044715 * z * z * z)) * lenetc_tanh(${f32(SQRT_2_OVER_PI)} * (z + 0.044715 * z * z * z))) * ${f32(SQRT_2_OVER_PI)} * (1.0 + 3.0 * 0.044715 * z * z)`,
  },
  softplus: { f: 'lenetc_softplus(z)', df: 'lenetc_sigmoid(z)' },
  softsign: { f: 'z / (abs(z) + 1.0)', df: '1.0 / ((abs(z) + 1.0) * (abs(z) + 1.0))' },
  swish: { f: 'z * lenetc_sigmoid(z)', df: 'lenetc_sigmoid(z) + z * lenetc_sigmoid(z) * (1.0 - lenetc_sigmoid(z))' },
  mish: {
    f: 'z * lenetc_tanh(lenetc_softplus(z))',
    df: 'lenetc_tanh(lenetc_softplus(z)) + z * (1.0 - lenetc_tanh(lenetc_softplus(z)) * lenetc_tanh(lenetc_softplus(z))) * lenetc_sigmoid(z)',
  },
  // clipByValue's gradient passes where the clipped value lies in [0, 1], bounds included
  hard_sigmoid: { f: 'clamp(0.2 * z + 0.5, 0.0, 1.0)', df: 'select(0.0, 0.2, 0.2 * z + 0.5 >= 0.0 && 0.2 * z + 0.5 <= 1.0)' },
};

/** WGSL definitions of `act_<name>(z)` and `dact_<name>(z)` for each of `acts`, with their helpers. */
export function activationFunctions(acts: Iterable<ElementwiseAct>): string {
  const names = [...new Set(acts)].sort();
  const defs = names.map((a) => `fn act_${a}(z: f32) -> f32 { return ${FORMULAS[a].f}; }\nfn dact_${a}(z: f32) -> f32 { return ${FORMULAS[a].df}; }`);
  return `${HELPERS}\n${defs.join('\n')}\n`;
}

/** A float literal WGSL reads as f32 (always with a point or exponent). */
export function f32(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const text = String(Math.fround(x));
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * The elementary functions the CPU program needs, in WebAssembly text (WebAssembly has none).
 * exp is Cephes's expf: x = k·ln 2 + r with |r| ≤ ln 2 / 2 (ln 2 split in two so r is exact),
 * a degree-6 polynomial for e^r, and 2^k put into the exponent bits; within 2 ulp of the true
 * value over the range it is used in (softmax's z − max ≤ 0, activations). Inputs are clamped to
 * [−87.3, 88], where float32's e^x neither overflows nor leaves the normal range; a NaN stays NaN
 * (the exponent is truncated saturating, which never traps). The loss's log
 * (once per example) is the host's.
 */
import { KEY1, M0, M1, W0, W1 } from '../../train/dropout-mask.js';
import type { ElementwiseAct } from '../wgsl/graph.js';

export const EXP = `;; e^x (Cephes expf)
(func $exp (param $x f32) (result f32)
  (local $k f32) (local $r f32) (local $p f32)
  (local.set $x (f32.min (f32.max (local.get $x) (f32.const -87.33654)) (f32.const 88)))
  (local.set $k (f32.nearest (f32.mul (local.get $x) (f32.const 1.44269504088896341))))
  (local.set $r (f32.sub (f32.sub (local.get $x) (f32.mul (local.get $k) (f32.const 0.693359375))) (f32.mul (local.get $k) (f32.const -2.12194440e-4))))
  (local.set $p (f32.const 1.9875691500e-4))
  (local.set $p (f32.add (f32.mul (local.get $p) (local.get $r)) (f32.const 1.3981999507e-3)))
  (local.set $p (f32.add (f32.mul (local.get $p) (local.get $r)) (f32.const 8.3334519073e-3)))
  (local.set $p (f32.add (f32.mul (local.get $p) (local.get $r)) (f32.const 4.1665795894e-2)))
  (local.set $p (f32.add (f32.mul (local.get $p) (local.get $r)) (f32.const 1.6666665459e-1)))
  (local.set $p (f32.add (f32.mul (local.get $p) (local.get $r)) (f32.const 5.0000001201e-1)))
  (local.set $p (f32.add (f32.add (f32.mul (f32.mul (local.get $p) (local.get $r)) (local.get $r)) (local.get $r)) (f32.const 1)))
  (f32.mul (local.get $p)
    (f32.reinterpret_i32 (i32.shl (i32.add (i32.trunc_sat_f32_s (local.get $k)) (i32.const 127)) (i32.const 23)))))`;

export const SIGMOID = `;; 1 / (1 + e^-z)
(func $sigmoid (param $z f32) (result f32)
  (f32.div (f32.const 1) (f32.add (f32.const 1) (call $exp (f32.neg (local.get $z))))))`;

export const TANH = `;; tanh through e^(-2|z|), which never overflows
(func $tanh (param $z f32) (result f32)
  (local $e f32)
  (local.set $e (call $exp (f32.mul (f32.const -2) (f32.abs (local.get $z)))))
  (f32.copysign (f32.div (f32.sub (f32.const 1) (local.get $e)) (f32.add (f32.const 1) (local.get $e))) (local.get $z)))`;

/** `f` on four lanes at once: $exp's steps, lane by lane the same floats. */
export const EXP4 = `;; e^x on four lanes (the same steps as $exp)
(func $exp4 (param $x v128) (result v128)
  (local $k v128) (local $r v128) (local $p v128)
  (local.set $x (f32x4.min (f32x4.max (local.get $x) (f32x4.splat (f32.const -87.33654))) (f32x4.splat (f32.const 88))))
  (local.set $k (f32x4.nearest (f32x4.mul (local.get $x) (f32x4.splat (f32.const 1.44269504088896341)))))
  (local.set $r (f32x4.sub (f32x4.sub (local.get $x) (f32x4.mul (local.get $k) (f32x4.splat (f32.const 0.693359375)))) (f32x4.mul (local.get $k) (f32x4.splat (f32.const -2.12194440e-4)))))
  (local.set $p (f32x4.splat (f32.const 1.9875691500e-4)))
  (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 1.3981999507e-3))))
  (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 8.3334519073e-3))))
  (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 4.1665795894e-2))))
  (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 1.6666665459e-1))))
  (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 5.0000001201e-1))))
  (local.set $p (f32x4.add (f32x4.add (f32x4.mul (f32x4.mul (local.get $p) (local.get $r)) (local.get $r)) (local.get $r)) (f32x4.splat (f32.const 1))))
  (f32x4.mul (local.get $p)
    (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $k)) (i32x4.splat (i32.const 127))) (i32.const 23))))

(func $sigmoid4 (param $z v128) (result v128)
  (f32x4.div (f32x4.splat (f32.const 1)) (f32x4.add (f32x4.splat (f32.const 1)) (call $exp4 (f32x4.neg (local.get $z))))))

(func $tanh4 (param $z v128) (result v128)
  (local $e v128)
  (local.set $e (call $exp4 (f32x4.mul (f32x4.splat (f32.const -2)) (f32x4.abs (local.get $z)))))
  ;; copysign: the magnitude's bits but the sign bit of z
  (v128.bitselect (local.get $z)
    (f32x4.div (f32x4.sub (f32x4.splat (f32.const 1)) (local.get $e)) (f32x4.add (f32x4.splat (f32.const 1)) (local.get $e)))
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))`;

/**
 * Whether dropout keeps element `element` of the batch at global step `gstep` in dropout stream
 * `stream`: Philox4x32-10 of (element, gstep, stream, 0) under (seed, KEY1), its first word's top
 * 24 bits as u ∈ [0, 1), kept when u ≥ rate (compared in f64, as dropoutKeep in
 * src/train/dropout-mask.ts does). The 32×32 → 64-bit products give mulhi directly.
 */
export const PHILOX = `;; dropoutKeep (src/train/dropout-mask.ts): Philox4x32-10, u = top 24 bits / 2^24, kept when u >= rate
(func $keep (param $seed i32) (param $gstep i32) (param $stream i32) (param $element i32) (param $rate f64) (result i32)
  (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32) (local $k0 i32) (local $k1 i32)
  (local $p0 i64) (local $p1 i64) (local $t0 i32) (local $t2 i32) (local $round i32)
  (local.set $c0 (local.get $element))
  (local.set $c1 (local.get $gstep))
  (local.set $c2 (local.get $stream))
  (local.set $k0 (local.get $seed))
  (local.set $k1 (i32.const ${KEY1}))
  (block $done (loop $rounds
    (local.set $p0 (i64.mul (i64.const ${M0}) (i64.extend_i32_u (local.get $c0))))
    (local.set $p1 (i64.mul (i64.const ${M1}) (i64.extend_i32_u (local.get $c2))))
    (local.set $t0 (i32.xor (i32.xor (i32.wrap_i64 (i64.shr_u (local.get $p1) (i64.const 32))) (local.get $c1)) (local.get $k0)))
    (local.set $t2 (i32.xor (i32.xor (i32.wrap_i64 (i64.shr_u (local.get $p0) (i64.const 32))) (local.get $c3)) (local.get $k1)))
    (local.set $c1 (i32.wrap_i64 (local.get $p1)))
    (local.set $c3 (i32.wrap_i64 (local.get $p0)))
    (local.set $c0 (local.get $t0))
    (local.set $c2 (local.get $t2))
    (local.set $k0 (i32.add (local.get $k0) (i32.const ${W0})))
    (local.set $k1 (i32.add (local.get $k1) (i32.const ${W1})))
    (local.set $round (i32.add (local.get $round) (i32.const 1)))
    (br_if $rounds (i32.lt_u (local.get $round) (i32.const 10)))))
  (f64.ge (f64.mul (f64.convert_i32_u (i32.shr_u (local.get $c0) (i32.const 8))) (f64.const 0x1p-24)) (local.get $rate)))`;

const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_SCALE_ALPHA = 1.7580993408473768599402175208123;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const c = (x: number) => `(f32.const ${Math.fround(x)})`;
const z = '(local.get $z)';

/**
 * Each activation the schema allows, as the WGSL program computes it (src/codegen/wgsl/activations.ts,
 * which follows tfjs): `f` its value and `df` its derivative with respect to z, WAT expressions of
 * $z with the locals $a and $b free. relu, sigmoid and tanh also have four-lane forms (index.ts).
 */
export const SCALAR_ACTIVATIONS: Record<ElementwiseAct, { f: string; df: string }> = {
  linear: { f: z, df: c(1) },
  relu: { f: `(f32.max ${z} ${c(0)})`, df: `(f32.convert_i32_s (f32.gt ${z} ${c(0)}))` },
  sigmoid: { f: `(call $sigmoid ${z})`, df: `(f32.mul (local.tee $a (call $sigmoid ${z})) (f32.sub ${c(1)} (local.get $a)))` },
  tanh: { f: `(call $tanh ${z})`, df: `(f32.sub ${c(1)} (f32.mul (local.tee $a (call $tanh ${z})) (local.get $a)))` },
  relu6: { f: `(f32.min (f32.max ${z} ${c(0)}) ${c(6)})`, df: `(f32.convert_i32_s (i32.and (f32.gt ${z} ${c(0)}) (f32.lt ${z} ${c(6)})))` },
  elu: { f: `(select ${z} (f32.sub (call $exp ${z}) ${c(1)}) (f32.ge ${z} ${c(0)}))`, df: `(select ${c(1)} (call $exp ${z}) (f32.ge ${z} ${c(0)}))` },
  selu: {
    f: `(select (f32.mul ${c(SELU_SCALE)} ${z}) (f32.mul ${c(SELU_SCALE_ALPHA)} (f32.sub (call $exp ${z}) ${c(1)})) (f32.ge ${z} ${c(0)}))`,
    df: `(select ${c(SELU_SCALE)} (f32.mul ${c(SELU_SCALE_ALPHA)} (call $exp ${z})) (f32.gt ${z} ${c(0)}))`,
  },
  gelu: {
    f: `(f32.mul (f32.mul ${z} ${c(0.5)}) (f32.add ${c(1)} (call $erf (f32.mul ${z} ${c(Math.SQRT1_2)}))))`,
    df: `(f32.add (f32.mul ${c(0.5)} (f32.add ${c(1)} (call $erf (f32.mul ${z} ${c(Math.SQRT1_2)})))) (f32.mul (f32.mul (f32.mul ${z} ${c(0.5)}) ${c(TWO_OVER_SQRT_PI * Math.SQRT1_2)}) (call $exp (f32.mul (f32.mul ${c(-0.5)} ${z}) ${z}))))`,
  },
  gelu_new: {
    f: `(f32.mul (f32.mul ${c(0.5)} ${z}) (f32.add ${c(1)} (call $tanh (f32.mul ${c(SQRT_2_OVER_PI)} (f32.add ${z} (f32.mul (f32.mul (f32.mul ${c(0.044715)} ${z}) ${z}) ${z}))))))`,
    df: `(local.set $a (call $tanh (f32.mul ${c(SQRT_2_OVER_PI)} (f32.add ${z} (f32.mul (f32.mul (f32.mul ${c(0.044715)} ${z}) ${z}) ${z})))))
  (f32.add (f32.mul ${c(0.5)} (f32.add ${c(1)} (local.get $a))) (f32.mul (f32.mul (f32.mul (f32.mul ${c(0.5)} ${z}) (f32.sub ${c(1)} (f32.mul (local.get $a) (local.get $a)))) ${c(SQRT_2_OVER_PI)}) (f32.add ${c(1)} (f32.mul (f32.mul ${c(3 * 0.044715)} ${z}) ${z}))))`,
  },
  softplus: { f: `(call $softplus_of ${z})`, df: `(call $sigmoid ${z})` },
  softsign: { f: `(f32.div ${z} (f32.add (f32.abs ${z}) ${c(1)}))`, df: `(f32.div ${c(1)} (f32.mul (f32.add (f32.abs ${z}) ${c(1)}) (f32.add (f32.abs ${z}) ${c(1)})))` },
  swish: { f: `(f32.mul ${z} (call $sigmoid ${z}))`, df: `(f32.add (local.tee $a (call $sigmoid ${z})) (f32.mul (f32.mul ${z} (local.get $a)) (f32.sub ${c(1)} (local.get $a))))` },
  mish: {
    f: `(f32.mul ${z} (call $tanh (call $softplus_of ${z})))`,
    df: `(f32.add (local.tee $a (call $tanh (call $softplus_of ${z}))) (f32.mul (f32.mul ${z} (f32.sub ${c(1)} (f32.mul (local.get $a) (local.get $a)))) (call $sigmoid ${z})))`,
  },
  hard_sigmoid: {
    f: `(f32.min (f32.max (f32.add (f32.mul ${c(0.2)} ${z}) ${c(0.5)}) ${c(0)}) ${c(1)})`,
    df: `(select ${c(0.2)} ${c(0)} (i32.and (f32.ge (local.tee $a (f32.add (f32.mul ${c(0.2)} ${z}) ${c(0.5)})) ${c(0)}) (f32.le (local.get $a) ${c(1)})))`,
  },
};

/** $<act>(z) and $d<act>(z) for every activation but linear, sigmoid and tanh's values (above), with their helpers. */
export const ACTIVATION_FUNCTIONS = `;; tfjs's softplus: x above -log(eps)-2, exp(x) below log(eps)+2, log1p(exp(x)) between
(func $softplus_of (param $z f32) (result f32)
  (if (f32.lt ${z} ${c(-13.942384719848633)}) (then (return (call $exp ${z}))))
  (if (f32.gt ${z} ${c(13.942384719848633)}) (then (return ${z})))
  (call $log (f32.add ${c(1)} (call $exp ${z}))))
;; tfjs's erf: Abramowitz and Stegun 7.1.26
(func $erf (param $x f32) (result f32)
  (local $v f32) (local $t f32) (local $poly f32)
  (local.set $v (f32.abs (local.get $x)))
  (local.set $t (f32.div ${c(1)} (f32.add ${c(1)} (f32.mul ${c(0.3275911)} (local.get $v)))))
  (local.set $poly (f32.mul (f32.add (f32.mul (f32.add (f32.mul (f32.add (f32.mul (f32.sub (f32.mul ${c(1.061405429)} (local.get $t)) ${c(1.453152027)}) (local.get $t)) ${c(1.421413741)}) (local.get $t)) ${c(-0.284496736)}) (local.get $t)) ${c(0.254829592)}) (local.get $t)))
  (f32.copysign (f32.sub ${c(1)} (f32.mul (local.get $poly) (call $exp (f32.neg (f32.mul (local.get $v) (local.get $v)))))) (local.get $x)))
${Object.entries(SCALAR_ACTIVATIONS).filter(([name]) => name !== 'linear').map(([name, { f, df }]) => `${name === 'sigmoid' || name === 'tanh' ? '' : `(func $${name} (param $z f32) (result f32) (local $a f32) ${f})\n`}(func $d${name} (param $z f32) (result f32) (local $a f32) (local $b f32)
  ${df})`).join('\n')}`;

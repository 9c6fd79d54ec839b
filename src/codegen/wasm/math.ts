/**
 * The elementary functions the CPU program needs, in WebAssembly text (WebAssembly has none).
 * exp is Cephes's expf: x = k·ln 2 + r with |r| ≤ ln 2 / 2 (ln 2 split in two so r is exact),
 * a degree-6 polynomial for e^r, and 2^k put into the exponent bits; within 2 ulp of the true
 * value over the range it is used in (softmax's z − max ≤ 0, activations). Inputs are clamped to
 * [−87.3, 88], where float32's e^x neither overflows nor leaves the normal range. The loss's log
 * (once per example) is the host's.
 */

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
    (f32.reinterpret_i32 (i32.shl (i32.add (i32.trunc_f32_s (local.get $k)) (i32.const 127)) (i32.const 23)))))`;

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

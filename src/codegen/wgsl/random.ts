/**
 * Philox4x32-10 in WGSL, for the compiled program's dropout masks: the twin of
 * src/train/dropout-mask.ts, which holds the reference (the tfjs trainers draw with it, and the
 * kernels are tested against it). WGSL has no 64-bit product, so the high half of each 32×32
 * multiply is assembled from 16-bit halves, as the reference's mulhi does.
 */
import { KEY1, M0, M1, W0, W1 } from '../../train/dropout-mask.js';

/** WGSL `philox(counter, key) -> vec4<u32>` and `dropout_keep(seed, gstep, stream, element, rate) -> bool`. */
export const PHILOX_WGSL = `
fn philox_mulhi(a: u32, b: u32) -> u32 {
  let al = a & 0xffffu; let ah = a >> 16u; let bl = b & 0xffffu; let bh = b >> 16u;
  let t = ah * bl + ((al * bl) >> 16u);
  let w = (t & 0xffffu) + al * bh;
  return ah * bh + (t >> 16u) + (w >> 16u);
}
fn philox(counter: vec4<u32>, key: vec2<u32>) -> vec4<u32> {
  var c = counter;
  var k = key;
  for (var r = 0; r < 10; r++) {
    let hi0 = philox_mulhi(${M0}u, c.x); let lo0 = ${M0}u * c.x;
    let hi1 = philox_mulhi(${M1}u, c.z); let lo1 = ${M1}u * c.z;
    c = vec4<u32>(hi1 ^ c.y ^ k.x, lo1, hi0 ^ c.w ^ k.y, lo0);
    k = k + vec2<u32>(${W0}u, ${W1}u);
  }
  return c;
}
// keep an element when its uniform draw in [0, 1) (24 bits) is at least the rate
fn dropout_keep(seed: u32, gstep: u32, stream: u32, element: u32, rate: f32) -> bool {
  let u = f32(philox(vec4<u32>(element, gstep, stream, 0u), vec2<u32>(seed, ${KEY1}u)).x >> 8u) * ${2 ** -24};
  return u >= rate;
}
`;

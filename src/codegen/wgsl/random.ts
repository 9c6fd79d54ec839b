/**
 * Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011): a
 * counter-based generator, so a dropout mask is a pure function of (seed, step, layer, element)
 * — reproducible, resumable mid-epoch, and the same on every thread layout. WGSL has no 64-bit
 * product, so the high half of each 32×32 multiply is assembled from 16-bit halves; the
 * TypeScript twin below is the reference the kernels are tested against.
 */

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;
/** The key's second word: a constant, so the seed alone keys a run. */
export const KEY1 = 0x6c656e65;

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

/** The high 32 bits of a·b for uint32 a and b, from 16-bit halves as the WGSL does (every product below 2^53). */
function mulhi(a: number, b: number): number {
  const al = a & 0xffff;
  const ah = a >>> 16;
  const bl = b & 0xffff;
  const bh = b >>> 16;
  const t = ah * bl + ((al * bl) >>> 16);
  const w = (t % 0x10000) + al * bh;
  return (ah * bh + Math.floor(t / 0x10000) + Math.floor(w / 0x10000)) >>> 0;
}

/** Philox4x32-10 of `counter` under `key`, as the WGSL above computes it. */
export function philox(counter: readonly [number, number, number, number], key: readonly [number, number]): [number, number, number, number] {
  let [c0, c1, c2, c3] = counter.map((v) => v >>> 0);
  let [k0, k1] = key.map((v) => v >>> 0);
  for (let r = 0; r < 10; r++) {
    const hi0 = mulhi(M0, c0);
    const lo0 = Math.imul(M0, c0) >>> 0;
    const hi1 = mulhi(M1, c2);
    const lo1 = Math.imul(M1, c2) >>> 0;
    [c0, c1, c2, c3] = [(hi1 ^ c1 ^ k0) >>> 0, lo1, (hi0 ^ c3 ^ k1) >>> 0, lo0];
    k0 = (k0 + W0) >>> 0;
    k1 = (k1 + W1) >>> 0;
  }
  return [c0, c1, c2, c3];
}

/** Whether dropout keeps `element` of a batch at global step `gstep` in dropout layer `stream`. */
export function dropoutKeep(seed: number, gstep: number, stream: number, element: number, rate: number): boolean {
  const u = (philox([element, gstep, stream, 0], [seed, KEY1])[0] >>> 8) * 2 ** -24;
  return u >= rate;
}

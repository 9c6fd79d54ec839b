/**
 * Dropout masks as every trainer draws them: Philox4x32-10 (Salmon et al., "Parallel random
 * numbers: as easy as 1, 2, 3", SC 2011), a counter-based generator, so a mask is a pure function
 * of (seed, step, layer, element): reproducible, resumable mid-epoch, and the same on every thread
 * layout and engine. The tfjs trainers call dropoutKeep; the compiled WebGPU program runs its WGSL
 * twin (src/codegen/wgsl/random.ts), built from the constants here and tested against philox().
 */

/** Philox4x32-10's multipliers and Weyl increments. */
export const M0 = 0xd2511f53;
export const M1 = 0xcd9e8d57;
export const W0 = 0x9e3779b9;
export const W1 = 0xbb67ae85;
/** The key's second word: a constant, so the seed alone keys a run. */
export const KEY1 = 0x6c656e65;

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

/** Philox4x32-10 of `counter` under `key`, as the WGSL twin computes it. */
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

/**
 * A small seedable PRNG (mulberry32). Ours rather than Math.random so that a run's data order
 * and augmentation depend only on --seed, and so its state fits in a checkpoint as one number.
 */

/** A mulberry32 generator whose whole state is one uint32, readable and restorable. */
export class Rng {
  private s: number;

  constructor(seed: number) {
    // mix the seed once so that small neighbouring seeds do not start out correlated
    this.s = (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x85ebca6b) >>> 0;
  }

  /** The generator's state, to save in a checkpoint. */
  get state(): number {
    return this.s;
  }

  set state(value: number) {
    this.s = value >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** 0..n-1 in a random order (Fisher-Yates). */
  permutation(n: number): Uint32Array {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}

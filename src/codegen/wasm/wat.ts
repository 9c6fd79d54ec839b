/**
 * The pieces generated WebAssembly text is written with: loops, loads and stores at a tensor's
 * place, numbers as WAT reads them, and a function that declares the locals its body used.
 * Written by hand because they are how our text reads; assembling the text into a module is
 * wabt's (assemble.ts).
 */
import { watLineComment } from '../escape.js';

/** A value type of a local. */
export type ValType = 'i32' | 'f32' | 'f64' | 'v128';

/** A function under construction: its locals are declared as the body asks for them. */
export class Func {
  private readonly locals = new Map<string, ValType>();

  constructor(readonly name: string, private readonly params: ReadonlyArray<readonly [string, ValType]> = [], private readonly result?: ValType) {}

  /** Names a local of `type` (declared once, however often asked for): `$name`. */
  local(name: string, type: ValType): string {
    const known = this.locals.get(name);
    if (known && known !== type) throw new Error(`local $${name} is ${known}, asked for as ${type}`);
    if (!this.params.some(([p]) => p === name)) this.locals.set(name, type);
    return `$${name}`;
  }

  /** The function's text around `body`, with `comment` above it. */
  text(comment: string, body: string, exported = false): string {
    const params = this.params.map(([n, t]) => ` (param $${n} ${t})`).join('');
    const result = this.result ? ` (result ${this.result})` : '';
    const locals = [...this.locals].map(([n, t]) => `  (local $${n} ${t})`).join('\n');
    const head = `(func $${this.name}${exported ? ` (export "${this.name}")` : ''}${params}${result}`;
    return `;; ${watLineComment(comment)}\n${head}\n${locals ? `${locals}\n` : ''}${indent(body)})`;
  }
}

/** `text` indented two spaces a level. */
export function indent(text: string): string {
  return text.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

/** Lines of code, empty ones dropped. */
export function lines(...parts: Array<string | false | undefined>): string {
  return parts.filter((p): p is string => !!p).join('\n');
}

/** An i32 constant. */
export const i32 = (n: number): string => {
  if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 32) throw new Error(`not an i32: ${n}`);
  return `(i32.const ${n})`;
};

/** An f32 constant, exactly the float32 nearest `x`. */
export const f32 = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return `(f32.const ${Math.fround(x)})`;
};

/** Reads a local. */
export const get = (name: string): string => `(local.get ${name})`;
/** Writes a local. */
export const set = (name: string, value: string): string => `(local.set ${name} ${value})`;

/** i32 sum of its terms, constants folded. */
export function add(...terms: Array<string | number>): string {
  const constant = terms.filter((t): t is number => typeof t === 'number').reduce((a, b) => a + b, 0);
  const rest = terms.filter((t): t is string => typeof t === 'string');
  const all = constant !== 0 || rest.length === 0 ? [...rest, i32(constant)] : rest;
  return all.reduce((a, b) => `(i32.add ${a} ${b})`);
}

/** i32 product of an expression and a constant, trivial ones folded. */
export function mul(a: string, k: number): string {
  if (k === 0) return i32(0);
  if (k === 1) return a;
  return `(i32.mul ${a} ${i32(k)})`;
}

/**
 * `for (v = from; v < to; v++) body`, tested at the top (an empty range runs nothing), with `v`
 * an i32 local of `fn`. Constant bounds of one trip are folded to the body with v set once.
 */
export function loop(fn: Func, v: string, from: string | number, to: string | number, body: string): string {
  const name = fn.local(v, 'i32');
  const lo = typeof from === 'number' ? i32(from) : from;
  if (typeof from === 'number' && typeof to === 'number' && to - from === 1) return lines(set(name, lo), body);
  const hi = typeof to === 'number' ? i32(to) : to;
  return `${set(name, lo)}
(block ${name}_done
  (loop ${name}_next
    (br_if ${name}_done (i32.ge_s ${get(name)} ${hi}))
${indent(indent(body))}
    ${set(name, `(i32.add ${get(name)} (i32.const 1))`)}
    (br ${name}_next)))`;
}

/**
 * `v` from `from` up to `to` two at a time: `paired` runs for v and v + 1 while both are below
 * `to`, then `single` for a last odd one.
 */
export function pairs(fn: Func, v: string, from: string | number, to: string | number, paired: string, single: string): string {
  const name = fn.local(v, 'i32');
  const lo = typeof from === 'number' ? i32(from) : from;
  const hi = typeof to === 'number' ? i32(to) : to;
  return `${set(name, lo)}
(block ${name}_pairs_done
  (loop ${name}_pairs_next
    (br_if ${name}_pairs_done (i32.ge_s (i32.add ${get(name)} (i32.const 1)) ${hi}))
${indent(indent(paired))}
    ${set(name, `(i32.add ${get(name)} (i32.const 2))`)}
    (br ${name}_pairs_next)))
(if (i32.lt_s ${get(name)} ${hi}) (then
${indent(single)}))`;
}

/**
 * The memarg of float `index` (an i32 expression) of the region at byte `base`: `offset=B X`.
 * A constant term of the index (add() puts it last) moves into the offset, so a run of loads at
 * fixed distances from one local costs no address arithmetic each.
 */
function at(base: number, index: string): string {
  const folded = /^\(i32\.add (.+) \(i32\.const (-?\d+)\)\)$/s.exec(index);
  if (folded && balanced(folded[1]!) && base + 4 * Number(folded[2]) >= 0) return `offset=${base + 4 * Number(folded[2])} (i32.shl ${folded[1]} (i32.const 2))`;
  return `offset=${base} (i32.shl ${index} (i32.const 2))`;
}

/** A lane store's immediates and address: the lane goes between the memarg and the address. */
const lane = (memarg: string, n: number): string => memarg.replace(' ', ` ${n} `);

/** Whether `text`'s parentheses pair up (it is whole expressions, not a cut through one). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Loads float `index` of the region at byte `base`. */
export const load = (base: number, index: string): string => `(f32.load ${at(base, index)})`;
/** Stores `value` at float `index` of the region at byte `base`. */
export const store = (base: number, index: string, value: string): string => `(f32.store ${at(base, index)} ${value})`;
/** Loads floats index..index+3 of the region at byte `base`. */
export const loadV = (base: number, index: string): string => `(v128.load ${at(base, index)})`;
/** Loads float `index` of the region at byte `base` into all four lanes. */
export const loadSplat = (base: number, index: string): string => `(v128.load32_splat ${at(base, index)})`;
/** Stores the first `lanes` (1–4) floats of `value` at float `index` of the region at byte `base`. */
export function storeV(base: number, index: string, value: string, lanes = 4): string {
  switch (lanes) {
    case 4: return `(v128.store ${at(base, index)} ${value})`;
    case 2: return `(v128.store64_lane ${lane(at(base, index), 0)} ${value})`;
    case 1: return `(v128.store32_lane ${lane(at(base, index), 0)} ${value})`;
    case 3: return lines(storeV(base, index, value, 2), `(v128.store32_lane ${lane(at(base + 8, index), 2)} ${value})`);
    default: throw new Error(`lanes ${lanes}`);
  }
}
/** Loads an i32 at element `index` of the region at byte `base`. */
export const loadI = (base: number, index: string): string => `(i32.load ${at(base, index)})`;
/** Stores an i32 at element `index` of the region at byte `base`. */
export const storeI = (base: number, index: string, value: string): string => `(i32.store ${at(base, index)} ${value})`;

/**
 * Integer arithmetic for generated WGSL, folded as it is written: a factor of 1, a term of 0 or a
 * division by 1 never reaches the program, and a number the program names (a layer's width, its
 * stride) is written by its name. So the generated code says `oy * STRIDE_H + ky - PAD_TOP` for
 * a strided, padded convolution and `oy + ky` for one that is neither, and never `(e / 1u) % 28u`.
 *
 * Named numbers are WGSL `const` declarations without a type suffix (abstract integers), so one
 * name serves where the code computes in i32 (window taps that may fall outside) and in u32
 * (indices); literals are written the same way.
 */

/** A whole number that generated code writes by its name (declared as a `const` where it is used). */
export interface Named {
  name: string;
  value: number;
}

/** A term of an expression: WGSL text of unknown value, a known number, or a named one. */
export type Operand = string | number | Named;

/** `Named` numbers for each entry of `values`, keyed as given: the names a phase declares. */
export function named<K extends string>(values: Record<K, number>): Record<K, Named> {
  const out = {} as Record<K, Named>;
  for (const name of Object.keys(values) as K[]) out[name] = { name, value: values[name] };
  return out;
}

/** The number an operand is known to be, or undefined for an expression. */
function known(o: Operand): number | undefined {
  return typeof o === 'number' ? o : typeof o === 'string' ? undefined : o.value;
}

/** The operand as WGSL text. */
export function text(o: Operand): string {
  if (typeof o === 'number') {
    if (!Number.isSafeInteger(o)) throw new Error(`not a whole number: ${o}`);
    return String(o);
  }
  return typeof o === 'string' ? o : o.name;
}

/** Whether `s` needs no parentheses as an operand: a name, a literal, or a name with one bracketed group (a call, an index). */
function atomic(s: string): boolean {
  const head = /^[A-Za-z_][A-Za-z0-9_]*|^-?\d+(\.\d+)?[uif]?/.exec(s);
  if (!head) return s.startsWith('(') && closes(s, 0) === s.length - 1;
  const rest = head[0].length;
  if (rest === s.length) return true;
  return (s[rest] === '(' || s[rest] === '[') && closes(s, rest) === s.length - 1;
}

/** The index of the bracket that closes the one at `open`. */
function closes(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(' || s[i] === '[') depth++;
    else if (s[i] === ')' || s[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `o` as an operand of a product or quotient: parenthesized unless atomic. */
export function factor(o: Operand): string {
  const s = text(o);
  return atomic(s) ? s : `(${s})`;
}

/**
 * The sum of `terms`: zeros dropped, plain numbers added into one literal at the end (a named
 * number stays a name). A number when nothing else is left.
 */
export function sum(...terms: Operand[]): string | number {
  let literal = 0;
  const kept: (string | Named)[] = [];
  for (const t of terms) {
    if (typeof t === 'number') literal += t;
    else if (known(t) !== 0) kept.push(t);
  }
  if (kept.length === 0) return literal;
  const parts = kept.map((t, i) => (i === 0 ? text(t) : `+ ${text(t)}`));
  if (literal > 0) parts.push(`+ ${literal}`);
  if (literal < 0) parts.push(`- ${-literal}`);
  return parts.join(' ');
}

/** `a - b`, or `a` when b is 0. */
export function minus(a: Operand, b: Operand): string | number {
  if (known(b) === 0) return typeof a === 'object' ? text(a) : a;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return `${text(a)} - ${factor(b)}`;
}

/**
 * The product of `factors`: 0 when one is zero, ones dropped, plain numbers multiplied into one
 * literal at the end (`OUT_C * 2`). A number when nothing else is left.
 */
export function product(...factors: Operand[]): string | number {
  if (factors.some((f) => known(f) === 0)) return 0;
  let literal = 1;
  const kept: (string | Named)[] = [];
  for (const f of factors) {
    if (typeof f === 'number') literal *= f;
    else if (known(f) !== 1) kept.push(f);
  }
  if (kept.length === 0) return literal;
  if (kept.length === 1 && literal === 1) return text(kept[0]!);
  return [...kept.map(factor), ...(literal === 1 ? [] : [String(literal)])].join(' * ');
}

/** `a / b` (whole numbers), or `a` when b is 1. */
export function quotient(a: Operand, b: Operand): string | number {
  if (known(b) === 1) return typeof a === 'object' ? text(a) : a;
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b);
  if (known(a) === 0) return 0;
  return `${factor(a)} / ${factor(b)}`;
}

/** `a % b`, or 0 when b is 1. */
export function remainder(a: Operand, b: Operand): string | number {
  if (known(b) === 1 || known(a) === 0) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return `${factor(a)} % ${factor(b)}`;
}

/**
 * `let name = value;` and what the code should write for it from then on: the name, or the
 * number or name itself where `value` folded to one (a `let` of a bare literal would be an i32
 * where a u32 is meant, and says nothing).
 */
export function bind(name: string, value: Operand): { code: string; ref: string | number } {
  if (typeof value === 'number') return { code: '', ref: value };
  // another name for a name says nothing either: `let iy = ky;` is just `ky`
  if (typeof value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return { code: '', ref: value };
  return { code: `let ${name} = ${text(value)};`, ref: name };
}

/** The non-empty lines of `lines`, joined: code where some parts folded away. */
export function lines(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('\n');
}

/** `const NAME = value;` for each of `constants` that `code` uses, one per line (none when unused). */
export function declareUsed(constants: readonly Named[], code: string): string {
  return constants.filter((c) => new RegExp(`\\b${c.name}\\b`).test(code)).map((c) => `const ${c.name} = ${c.value};`).join('\n');
}

/**
 * A loop of `v` over [0, count) around `body(v)`: `body` gets the counter's name, or the number 0
 * when the count is 1 (no loop, and the body folds it away); a count of 0 is nothing. `start` is
 * the u32 the counter starts from, 0 (see rolledLoop).
 */
export function loop(v: string, count: Operand, body: (v: Operand) => string, type: 'u32' | 'i32' = 'u32', start = '0u'): string {
  const n = known(count);
  if (n === 0) return '';
  if (n === 1) return body(0);
  const from = type === 'u32' ? start : start === '0u' ? '0' : `i32(${start})`;
  return `for (var ${v} = ${from}; ${v} < ${text(count)}; ${v}++) {\n${indent(body(v))}\n}`;
}

/**
 * `loop`, kept a loop by the driver's compiler: it starts at `zero`, which is 0 but read from the
 * step record (ROLLED_ZERO declares it), so the compiler cannot count the trips and unroll them
 * all. For long reductions over positions: lavapipe's LLVM unrolled the 7- and 10-trip position
 * loops of a small graph's weight gradients into a kernel that took 78.6 s to compile (0.8 s rolled).
 */
export function rolledLoop(v: string, count: Operand, body: (v: Operand) => string, type: 'u32' | 'i32' = 'u32'): string {
  return loop(v, count, body, type, 'zero');
}

/** What a kernel with rolledLoop's loops declares first (it binds the step record). */
export const ROLLED_ZERO = 'let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops';

/** `u32(v)` for an i32 expression, a number as it is. */
export function u32(v: Operand): string | number {
  return typeof v === 'string' ? `u32(${v})` : typeof v === 'number' ? v : v.name;
}

/** `i32(v)` for a u32 expression, a number as it is. */
export function i32(v: Operand): string | number {
  return typeof v === 'string' ? `i32(${v})` : typeof v === 'number' ? v : v.name;
}

/** Every line of `text` indented two spaces (blank lines left blank). */
export function indent(text: string, by = '  '): string {
  return text.split('\n').map((l) => (l ? `${by}${l}` : l)).join('\n');
}

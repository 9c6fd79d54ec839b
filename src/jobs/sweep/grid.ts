/**
 * The sweep grid: varied spec paths (`--vary path=v1,v2` or the spec's `sweep:` block), their
 * cartesian product, and a readable, filesystem-safe id per point. Pure: no I/O here.
 */
import { createHash } from 'node:crypto';
import { parseDocument, stringify } from 'yaml';

/** One value of a varied path. */
export interface AxisValue {
  value: unknown;
  /** The value as flow YAML, for `--set path=text` and the results tables. */
  text: string;
}

/** A varied spec path and the values it takes, in order. */
export interface Axis {
  path: string;
  values: AxisValue[];
}

/** One combination of values: the folder it trains into and the overrides that make it. */
export interface GridPoint {
  id: string;
  /** One value per axis, in axis order. */
  values: AxisValue[];
  /** `path=text`, one per axis. */
  overrides: string[];
}

/** More points than this is almost surely a typo, and would take days. */
export const MAX_POINTS = 1000;

/** The same path pattern the schema's `sweep:` keys follow. */
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*$/;

/** Longest point id kept whole; longer ones are cut and get a hash so they stay unique. */
const MAX_ID = 100;

/** Parses `--vary dotted.path=v1,v2,...`; values are YAML (`[3,5]`, `'a,b'`, `same`). A string is the problem. */
export function parseVary(arg: string): Axis | string {
  const eq = arg.indexOf('=');
  if (eq === -1) return `expected \`dotted.path=value,value,...\`, found \`${arg}\``;
  const path = arg.slice(0, eq).trim();
  if (!PATH.test(path)) return `expected a dotted spec path such as train.lr or layers.0.conv.kernel, found \`${path}\``;
  const items = splitTopLevel(arg.slice(eq + 1));
  if (typeof items === 'string') return `${path}: ${items}`;
  const values: AxisValue[] = [];
  for (const item of items) {
    if (item === '') return `${path}: expected a value between every pair of commas, found an empty one`;
    const doc = parseDocument(item);
    if (doc.errors.length) return `${path}: \`${item}\` is not a YAML value (${doc.errors[0]!.code})`;
    values.push(axisValue(doc.toJS()));
  }
  return { path, values: dedupe(values) };
}

/** The axes of a spec's `sweep:` block (as resolved; anything malformed was reported by the schema). */
export function specAxes(resolved: unknown): Axis[] {
  const sweep = typeof resolved === 'object' && resolved !== null ? (resolved as Record<string, unknown>).sweep : undefined;
  if (typeof sweep !== 'object' || sweep === null || Array.isArray(sweep)) return [];
  return Object.entries(sweep)
    .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([path, values]) => ({ path, values: dedupe(values.map(axisValue)) }));
}

/** The spec's axes with the flags' applied over them: a flag replaces the same path's values, new paths go last. */
export function mergeAxes(fromSpec: readonly Axis[], fromFlags: readonly Axis[]): Axis[] {
  const merged = new Map<string, Axis>();
  for (const axis of [...fromSpec, ...fromFlags]) merged.set(axis.path, axis);
  return [...merged.values()];
}

/** Every combination of the axes' values (the last axis varies fastest), each with its id. */
export function gridPoints(axes: readonly Axis[]): GridPoint[] {
  if (axes.length === 0) return [];
  const names = shortNames(axes.map((a) => a.path));
  let combos: AxisValue[][] = [[]];
  for (const axis of axes) combos = combos.flatMap((combo) => axis.values.map((v) => [...combo, v]));
  const taken = new Set<string>();
  return combos.map((values) => {
    const id = uniqueId(values.map((v, i) => `${names[i]}=${label(v.value)}`).join(','), taken);
    return { id, values, overrides: values.map((v, i) => `${axes[i]!.path}=${v.text}`) };
  });
}

/** How many points the axes make. */
export function gridSize(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * a.values.length, axes.length ? 1 : 0);
}

/**
 * The shortest path tails that tell the axes apart (`lr`, `kernel`); a tail never starts at
 * a list index, so two layers' kernels keep their whole paths.
 */
export function shortNames(paths: readonly string[]): string[] {
  const segments = paths.map((p) => p.split('.'));
  const longest = Math.max(...segments.map((s) => s.length));
  for (let k = 1; k < longest; k++) {
    const names = segments.map((s) => s.slice(-k).join('.'));
    const readable = segments.every((s) => s.length <= k || !/^\d+$/.test(s[s.length - k]!));
    if (readable && new Set(names).size === names.length) return names;
  }
  return [...paths];
}

/**
 * Splits at commas outside brackets, braces and quotes, so `[3,5],[5,3]` is two values and
 * `'a,b'` one. Items come back trimmed; unbalanced input is reported.
 */
export function splitTopLevel(text: string): string[] | string {
  const items: string[] = [];
  const closers: string[] = [];
  let quote: '"' | "'" | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      // YAML escapes a single quote inside single quotes by doubling it
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[' || c === '{') {
      closers.push(c === '[' ? ']' : '}');
    } else if (c === ']' || c === '}') {
      if (closers.pop() !== c) return `expected balanced brackets, found an unexpected \`${c}\` at character ${i + 1}`;
    } else if (c === ',' && closers.length === 0) {
      items.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (quote) return `expected a closing ${quote} quote`;
  if (closers.length) return `expected a closing \`${closers.at(-1)}\``;
  items.push(text.slice(start).trim());
  return items;
}

function axisValue(value: unknown): AxisValue {
  return { value, text: stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim() };
}

/** Keeps the first of equal values: two equal points would train the same run twice. */
function dedupe(values: AxisValue[]): AxisValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.text) && Boolean(seen.add(v.text)));
}

/** A value as it reads in a folder name: `0.1`, `same`, `3x5` for [3, 5]. */
function label(value: unknown): string {
  if (Array.isArray(value)) return value.map(label).join('x');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([k, v]) => `${k}-${label(v)}`).join('+');
  }
  return String(value);
}

/**
 * Whether `id` is a point id as uniqueId makes them: one path segment of letters, digits and
 * `._+=,~-`, not starting with a dot (so never `.` or `..`). A point id names a folder inside
 * the sweep folder, so every place that takes one from elsewhere (a queued job) checks it.
 */
export function isPointId(id: string): boolean {
  return /^[A-Za-z0-9_+=,~-][A-Za-z0-9._+=,~-]{0,127}$/.test(id);
}

/**
 * Makes `raw` safe as one path segment on every common file system (letters, digits and
 * `._+-=,` only, no leading dot) and unique among `taken`.
 */
function uniqueId(raw: string, taken: Set<string>): string {
  let id = raw.replace(/[^A-Za-z0-9._+=,-]/g, '_').replace(/^\./, '_');
  if (id.length > MAX_ID) id = `${id.slice(0, MAX_ID - 9)}-${createHash('sha1').update(raw).digest('hex').slice(0, 8)}`;
  let unique = id;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${id}~${n}`;
  // case-insensitive file systems (macOS, Windows) would merge `a=X` and `a=x`
  taken.add(unique.toLowerCase());
  return unique;
}

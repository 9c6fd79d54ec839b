/** `extends:` chains: load each base spec through the reader and merge them into one plain object. */
import { error, type Diagnostic } from '../diagnostics.js';
import { loadDocument, nodeAt, rangeOf, FORBIDDEN_KEYS, type LoadedDocument } from './document.js';
import { decodeSource } from './source.js';
import type { SpecReader } from './types.js';

/** Longer chains are refused; real ones are one or two files deep. */
const MAX_EXTENDS_DEPTH = 16;

/** A plain spec map. */
export type SpecMap = Record<string, unknown>;

export interface ExtendsChain {
  /** The entry first, then its base, its base's base... (only documents that parsed). */
  documents: LoadedDocument[];
  /** Every file's text, by name, for code frames. */
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The merged spec without `extends`, when every file in the chain loaded. */
  merged?: SpecMap;
}

/** Follows `entry`'s `extends` chain and merges it: maps deeply, lists replaced, later files win. */
export function resolveExtends(entry: LoadedDocument, reader: SpecReader): ExtendsChain {
  const documents: LoadedDocument[] = [];
  const sources = new Map<string, string>([[entry.file, entry.text]]);
  const diagnostics: Diagnostic[] = [];
  const seen = [entry.file];
  let current: LoadedDocument | undefined = entry;
  let complete = true;
  while (current) {
    documents.push(current);
    diagnostics.push(...current.diagnostics);
    const value = current.value;
    if (value === undefined) {
      complete = false;
      break;
    }
    if (!isMap(value)) {
      diagnostics.push(error('NOT_A_MAPPING', { found: describe(value) }, { file: current.file, range: rangeOf(current.doc.contents) ?? [0, 0] }));
      complete = false;
      break;
    }
    const ref = value.extends;
    if (ref === undefined) break;
    const where = { file: current.file, range: rangeOf(nodeAt(current.doc, ['extends'])) ?? [0, 0] as const, path: ['extends'] };
    if (typeof ref !== 'string' || ref === '') {
      diagnostics.push(error('WRONG_TYPE', { expected: 'a file path', where: '`extends`', found: describe(ref) }, where));
      complete = false;
      break;
    }
    const file = reader.resolve(current.file, ref);
    // not even read: a file that is not a spec must not have its lines quoted in a code frame
    if (!/\.ya?ml$/i.test(file)) {
      diagnostics.push(error('EXTENDS_NOT_YAML', { file }, where));
      complete = false;
      break;
    }
    if (seen.includes(file)) {
      diagnostics.push(error('EXTENDS_CYCLE', { file, chain: [...seen, file] }, where));
      complete = false;
      break;
    }
    if (seen.length > MAX_EXTENDS_DEPTH) {
      diagnostics.push(error('EXTENDS_TOO_DEEP', { limit: MAX_EXTENDS_DEPTH }, where));
      complete = false;
      break;
    }
    seen.push(file);
    const raw = reader.read(file);
    if (raw === undefined) {
      diagnostics.push(error('EXTENDS_NOT_FOUND', { file }, where));
      complete = false;
      break;
    }
    const decoded = decodeSource(file, raw);
    if (decoded.text === undefined) {
      if (decoded.shown !== undefined) sources.set(file, decoded.shown);
      diagnostics.push(...decoded.diagnostics);
      complete = false;
      break;
    }
    sources.set(file, decoded.text);
    current = loadDocument(file, decoded.text);
  }
  if (!complete) return { documents, sources, diagnostics };
  let merged: SpecMap = {};
  for (const document of [...documents].reverse()) {
    const { extends: _ref, ...own } = document.value as SpecMap;
    merged = mergeSpecs(merged, own);
  }
  return { documents, sources, diagnostics, merged };
}

/** `over` on top of `base`: maps merge deeply, anything else (lists included) replaces. Never mutates. */
export function mergeSpecs(base: SpecMap, over: SpecMap): SpecMap {
  const out: SpecMap = {};
  for (const [key, value] of Object.entries(base)) {
    if (!FORBIDDEN_KEYS.has(key)) out[key] = value;
  }
  for (const [key, value] of Object.entries(over)) {
    // forbidden keys were reported already; skipping them here keeps prototypes clean regardless
    if (FORBIDDEN_KEYS.has(key)) continue;
    const old = out[key];
    out[key] = isMap(old) && isMap(value) ? mergeSpecs(old, value) : value;
  }
  return out;
}

/** A plain map (not a list, not null). */
export function isMap(value: unknown): value is SpecMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a list", "the number 3"...: how a found value reads in a message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the string \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} \`${String(value)}\``;
}

/** One YAML source: parsed with positions, checked for YAML-level problems, searchable by spec path. */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { error, type Diagnostic, type Range, type SpecPath } from '../diagnostics.js';
import { yamlProblem } from './yaml-errors.js';

/** More alias expansions than this is an alias bomb ("billion laughs"); a spec needs a handful. */
export const MAX_ALIAS_COUNT = 100;
/** Keys that would reach Object.prototype when copied into plain objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A parsed source: its document and its plain-object value (undefined when it could not be built). */
export interface LoadedDocument {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** The plain value; undefined when the YAML was too broken (or too explosive) to build one. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Parses `text` and reports YAML syntax problems, forbidden keys and alias bombs as diagnostics. */
export function loadDocument(file: string, text: string): LoadedDocument {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const syntaxLines = new Set<number>();
  const diagnostics: Diagnostic[] = doc.errors.flatMap((e) => {
    const range: Range = [e.pos[0], Math.max(e.pos[1], e.pos[0])];
    if (e.code === 'TAB_AS_INDENT') {
      return [error('YAML_TAB_INDENT', {}, { file, range })];
    }
    if (e.code === 'DUPLICATE_KEY') {
      // yaml points at the key's first character: the message and the caret take the whole key
      const key = keyRangeAt(doc, range[0]) ?? range;
      return [error('DUPLICATE_KEY', { key: text.slice(key[0], key[1]) || 'a key' }, { file, range: key })];
    }
    const placed = yamlProblem(e, doc, text);
    // one mistake sets off several of yaml's errors (an item out of line is also a key without a
    // value): the first on a line says it, the rest would bury it. A line counts as said both
    // where yaml noticed the mistake and where the mistake is.
    const lines = [lineOf(text, range[0]), lineOf(text, placed.range[0])];
    if (lines.some((line) => syntaxLines.has(line))) return [];
    for (const line of lines) syntaxLines.add(line);
    return [error('YAML_SYNTAX', placed.problem, { file, range: placed.range })];
  });
  diagnostics.push(...forbiddenKeys(file, doc));
  let value: unknown;
  // duplicate and forbidden keys leave the structure intact, so checking can go on and report more
  if (diagnostics.every((d) => d.code === 'DUPLICATE_KEY' || d.code === 'FORBIDDEN_KEY')) {
    try {
      value = withoutForbiddenKeys(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (e) {
      // yaml throws a ReferenceError when aliases expand past maxAliasCount, and for an alias
      // that names no anchor (`*a`, meant as text): only the first is a bomb
      if (!(e instanceof ReferenceError)) throw e;
      const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(e.message)?.[1];
      diagnostics.push(unresolved === undefined
        ? error('ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, { file, range: rangeOf(doc.contents) ?? [0, 0] })
        : error('YAML_SYNTAX', { problem: 'other', reason: `the alias *${unresolved} names no anchor (&${unresolved}) set before it` }, {
          file, range: aliasRange(doc, unresolved) ?? rangeOf(doc.contents) ?? [0, 0], hint: 'a value that starts with * is an alias; quote it (\'*...\') if it is text',
        }));
    }
  }
  return { file, text, doc, value, diagnostics };
}

/** Where the first alias `*name` stands. */
function aliasRange(doc: Document, name: string): Range | undefined {
  let found: Range | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.source !== name || !node.range) return undefined;
      found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

/** A deep copy without forbidden keys, so nothing later can see or merge them. */
function withoutForbiddenKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutForbiddenKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!FORBIDDEN_KEYS.has(key)) out[key] = withoutForbiddenKeys(item);
  }
  return out;
}

/** The 0-based line of `offset`. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every `__proto__`/`constructor`/`prototype` key, anywhere (aliases point at nodes visited anyway). */
function forbiddenKeys(file: string, doc: Document.Parsed): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          found.push(error('FORBIDDEN_KEY', { key }, { file, range: rangeOf(pair.key) ?? [0, 0] }));
        }
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return found;
}

/** A node's [start, valueEnd) range. */
export function rangeOf(node: unknown): Range | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as Node).range;
    if (r) return [r[0], r[1]];
  }
  return undefined;
}

/** The node at `path` (its key node when `key` is set and the last step is a map key), or undefined. */
export function nodeAt(doc: Document.Parsed, path: SpecPath, key = false): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return undefined;
      if (key && i === path.length - 1) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' || isSeq(node) && /^\d+$/.test(String(step))) {
      node = (node as { items: unknown[] }).items[Number(step)];
    } else {
      return undefined;
    }
    if (node === null || node === undefined) return undefined;
  }
  return isPair(node) ? undefined : (node as Node);
}

/** The source range of the map key that starts at `offset`, if one does. */
function keyRangeAt(doc: Document.Parsed, offset: number): Range | undefined {
  let found: Range | undefined;
  visit(doc, {
    Pair(_, pair) {
      const range = isScalar(pair.key) ? pair.key.range : undefined;
      if (range?.[0] !== offset) return undefined;
      found = [range[0], range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

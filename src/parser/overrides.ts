/** `--set path=value` overrides: parsed from a synthetic `<--set>` source so their diagnostics have a place. */
import type { Document } from 'yaml';
import { error, type Diagnostic, type MessageParams, type Range, type SpecPath } from '../diagnostics.js';
import { loadDocument, FORBIDDEN_KEYS } from './document.js';
import { describe, isMap, type SpecMap } from './extends.js';

/** The file name diagnostics about overrides carry. */
export const OVERRIDE_SOURCE = '<--set>';

/** One applied override and where its text is in the `<--set>` source. */
export interface Override {
  path: SpecPath;
  /** The whole `path=value` line. */
  range: Range;
  /** Offset of the value's text, which `valueDoc`'s ranges are relative to. */
  valueStart: number;
  valueDoc: Document.Parsed;
}

export interface AppliedOverrides {
  spec: SpecMap;
  /** The `<--set>` source: one override per line. */
  text: string;
  overrides: Override[];
  diagnostics: Diagnostic[];
}

/** Applies each `dotted.path=yamlValue` to a copy of `spec`, in order (later ones win). */
export function applyOverrides(spec: SpecMap, lines: readonly string[]): AppliedOverrides {
  const out = structuredClone(spec);
  const overrides: Override[] = [];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  for (const line of lines) {
    const range: Range = [offset, offset + line.length];
    offset += line.length + 1;
    const bad = (params: MessageParams<'BAD_OVERRIDE'>) => diagnostics.push(error('BAD_OVERRIDE', params, { file: OVERRIDE_SOURCE, range }));
    const eq = line.indexOf('=');
    const pathText = eq === -1 ? '' : line.slice(0, eq).trim();
    if (eq === -1 || !/^[^.\s=]+(\.[^.\s=]+)*$/.test(pathText)) {
      bad({ line });
      continue;
    }
    const segments = pathText.split('.');
    const forbidden = segments.find((s) => FORBIDDEN_KEYS.has(s));
    if (forbidden !== undefined) {
      diagnostics.push(error('FORBIDDEN_KEY', { key: forbidden }, { file: OVERRIDE_SOURCE, range }));
      continue;
    }
    if (segments[0] === 'extends') {
      bad({ extends: true });
      continue;
    }
    const valueStart = range[0] + eq + 1;
    const loaded = loadDocument(OVERRIDE_SOURCE, line.slice(eq + 1));
    const shift = (r: Range | undefined): Range => (r ? [r[0] + valueStart, r[1] + valueStart] : range);
    if (loaded.value === undefined || loaded.diagnostics.length) {
      for (const d of loaded.diagnostics) {
        const code = d.code === 'YAML_SYNTAX' || d.code === 'YAML_TAB_INDENT' ? 'BAD_OVERRIDE' : d.code;
        diagnostics.push({ ...d, code, range: shift(d.range) });
      }
      continue;
    }
    const result = setPath(out, segments);
    if (typeof result === 'string') {
      bad({ path: result });
      continue;
    }
    result.set(loaded.value);
    overrides.push({ path: result.path, range, valueStart, valueDoc: loaded.doc });
  }
  return { spec: out, text: lines.join('\n'), overrides, diagnostics };
}

/**
 * Walks `segments` from `root`, creating missing maps, and returns a setter for the last step,
 * or a message when the path goes through a missing list item or a scalar.
 */
function setPath(root: SpecMap, segments: string[]): { path: SpecPath; set(value: unknown): void } | string {
  let container: SpecMap | unknown[] = root;
  const path: (string | number)[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (Array.isArray(container)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : NaN;
      if (!(index < container.length)) {
        return `expected an index below ${container.length} into \`${path.join('.')}\`, found \`${segment}\``;
      }
      path.push(index);
      if (last) {
        const list = container;
        return { path, set: (value) => { list[index] = value; } };
      }
      const next: unknown = container[index];
      if (typeof next !== 'object' || next === null) return `expected a map or list at \`${path.join('.')}\`, found ${describe(next)}`;
      container = next as SpecMap | unknown[];
    } else {
      path.push(segment);
      if (last) {
        const map = container;
        return { path, set: (value) => { map[segment] = value; } };
      }
      // own keys only: `toString` must not find Object.prototype's
      if (!Object.hasOwn(container, segment) || container[segment] === null) container[segment] = {};
      const next: unknown = container[segment];
      if (!isMap(next) && !Array.isArray(next)) return `expected a map or list at \`${path.join('.')}\`, found ${describe(next)}`;
      container = next;
    }
  }
  return 'expected a path';
}

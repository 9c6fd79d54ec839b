/**
 * Validation against schema/lenetc.schema.json with ajv, and the mapping of ajv's errors to
 * diagnostics: one code per problem, unions (`oneOf`) collapsed to the branch the user meant.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schema/lenetc.schema.json' with { type: 'json' };
import { error, sortByLocation, type Diagnostic, type DiagnosticCode, type MessageParams, type SpecPath } from '../diagnostics.js';
import { list } from '../messages.js';
import { LAYER_KINDS } from '../model.js';
import { describe, isMap } from './extends.js';
import { schemaValidator } from './schema-validators.js';
import { closest, didYouMean } from './suggest.js';
import type { SourceLocation } from './types.js';

/** Finds where a spec path was written; `key` asks for the key's range rather than the value's. */
export type Locator = (path: SpecPath, key?: boolean) => SourceLocation | undefined;

/** Past this many problems a spec is not a spec; more diagnostics would only bury the first ones. */
const MAX_REPORTED = 100;

/** Every schema problem of the resolved spec, located through `locate`. */
export function validateSpec(spec: unknown, locate: Locator): Diagnostic[] {
  const found: Found[] = [];
  const nonFinite = new Set<string>();
  findNonFinite(spec, [], (path, value) => {
    nonFinite.add(path.join('/'));
    found.push({ code: 'NOT_FINITE', path, params: { found: value } });
  });
  check(schemaValidator(), spec, [], found);
  if (found.length > MAX_REPORTED) found.length = MAX_REPORTED;
  // `filter:` for `filters:` is one problem, not an unknown key plus a missing one
  const misspelt = new Set(found.filter((f) => f.code === 'UNKNOWN_KEY' && f.suggestion).map((f) => [...f.path.slice(0, -1), f.suggestion].join('/')));
  const diagnostics = found
    .filter((f) => !(f.code === 'MISSING_KEY' && f.missing !== undefined && misspelt.has([...f.path, f.missing].join('/'))))
    .filter((f) => f.code === 'NOT_FINITE' || !nonFinite.has(f.path.join('/')))
    .map((f) => {
      const where = locate(f.path, f.key);
      return error(f.code, f.params as never, { path: f.path, ...(f.hint === undefined ? {} : { hint: f.hint }), ...(where ? { file: where.file, range: where.range, ...(where.notes ? { notes: where.notes } : {}) } : {}) });
    });
  return sortByLocation(diagnostics);
}

/** A problem before it is located: code C with its message's particulars. */
type Found = { [C in DiagnosticCode]: {
  code: C;
  params: MessageParams<C>;
  path: SpecPath;
  /** Point at the key rather than the value (unknown keys). */
  key?: boolean;
  /** Advice from the call site (a "did you mean"), else the code's own. */
  hint?: string;
  /** For UNKNOWN_KEY: the known key it is probably a typo of. */
  suggestion?: string;
  /** For MISSING_KEY: the key. */
  missing?: string;
} }[DiagnosticCode];

function findNonFinite(value: unknown, path: (string | number)[], report: (path: SpecPath, value: number) => void): void {
  if (typeof value === 'number' && !Number.isFinite(value)) report([...path], value);
  else if (Array.isArray(value)) value.forEach((item, i) => findNonFinite(item, [...path, i], report));
  else if (isMap(value)) for (const [k, v] of Object.entries(value)) findNonFinite(v, [...path, k], report);
}

/** JSON pointers of the schema's subschemas by identity: ajv's errors carry `parentSchema`, but their schemaPath is relative to a $ref's target. */
let pointers: WeakMap<object, string> | undefined;

function pointerOf(subschema: unknown): string {
  if (!pointers) {
    const map = new WeakMap<object, string>();
    const walk = (node: unknown, pointer: string): void => {
      if (typeof node !== 'object' || node === null) return;
      map.set(node, pointer);
      for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k}`);
    };
    walk(schema, '');
    pointers = map;
  }
  const pointer = typeof subschema === 'object' && subschema !== null ? pointers.get(subschema) : undefined;
  if (pointer === undefined) throw new Error('an ajv error points at a subschema outside lenetc.schema.json');
  return pointer;
}

/** Validates `data` (found at `base`) and reports its problems, collapsing each union to one branch. */
function check(validate: ValidateFunction, data: unknown, base: SpecPath, found: Found[]): void {
  if (validate(data)) return;
  const errors = validate.errors ?? [];
  // a union is the only keyword at its instance, so everything under a failed union's instance came from its branches
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const underUnion = (e: ErrorObject) => unions.some((u) => within(e.instancePath, u.instancePath));
  for (const e of errors) {
    if (!underUnion(e)) mapError(e, base, found);
  }
  // only the outermost unions: inner ones are handled when their branch is checked
  for (const u of unions) {
    if (unions.some((o) => o !== u && within(u.instancePath, o.instancePath) && o.instancePath !== u.instancePath)) continue;
    if (unions.some((o) => o !== u && o.instancePath === u.instancePath && errors.indexOf(o) > errors.indexOf(u))) continue;
    const path = [...base, ...pointerPath(u.instancePath)];
    const value = valueAt(data, u.instancePath);
    const pointer = pointerOf(u.parentSchema);
    if (pointer === '/definitions/layer' || pointer === '/definitions/blockLayer') checkLayer(value, path, found, pointer === '/definitions/blockLayer');
    else checkUnion(u, value, path, found);
  }
}

/** Picks the branch of a failed union that the value was meant for, and reports that branch's problems. */
function checkUnion(u: ErrorObject, value: unknown, path: SpecPath, found: Found[]): void {
  const pointer = `${pointerOf(u.parentSchema)}/${u.keyword}`;
  const branches = (u.schema as unknown[]).map((_, k) => schemaValidator(`${pointer}/${k}`));
  const candidates: { validate: ValidateFunction; errors: number }[] = [];
  const discriminators: string[] = [];
  const types: string[] = [];
  for (const validate of branches) {
    if (validate(value)) return; // cannot happen: the union failed
    const errors = validate.errors ?? [];
    const typeError = errors.find((e) => e.instancePath === '' && e.keyword === 'type');
    const constError = errors.find((e) => e.instancePath === '/type' && e.keyword === 'const');
    if (typeError) types.push(String(typeError.params.type));
    else {
      types.push(isMap(value) ? 'object' : typeof value);
    }
    if (constError) discriminators.push(String(constError.params.allowedValue));
    if (!typeError && !constError) candidates.push({ validate, errors: errors.length });
  }
  if (candidates.length) {
    candidates.sort((a, b) => a.errors - b.errors);
    check(candidates[0]!.validate, value, path, found);
    return;
  }
  if (discriminators.length && isMap(value)) {
    const type = value.type;
    if (type === undefined) {
      found.push({ code: 'MISSING_KEY', path, params: { key: 'type', options: discriminators } });
    } else {
      if (typeof type === 'string') {
        found.push({ code: 'UNKNOWN_VALUE', path: [...path, 'type'], params: { allowed: discriminators, found: describe(type) }, hint: didYouMean(type, discriminators) });
      } else {
        found.push({ code: 'WRONG_TYPE', path: [...path, 'type'], params: { expected: `one of ${list(discriminators)}`, found: describe(type) } });
      }
    }
    return;
  }
  found.push({ code: 'WRONG_TYPE', path, params: { expected: list([...new Set(types.map(typeName))], 'or'), found: describe(value) } });
}

/** What a `layers` entry may be: a layer kind, or a use of a block. */
const ENTRY_KINDS: readonly string[] = [...LAYER_KINDS, 'block'];

/**
 * A layer entry: find its kind first, then check its parameters against that kind's schema only
 * (in a block's definition, the kind's schema that also takes `$param` values).
 */
function checkLayer(value: unknown, path: SpecPath, found: Found[], inBlock: boolean): void {
  const kinds = ENTRY_KINDS;
  if (typeof value === 'string') {
    if (kinds.includes(value)) {
      found.push({ code: 'MISSING_PARAMETERS', path, params: { kind: value } });
    } else {
      found.push({ code: 'UNKNOWN_LAYER_KIND', path, params: { kinds, found: value }, hint: didYouMean(value, kinds) });
    }
    return;
  }
  if (!isMap(value)) {
    found.push({ code: 'WRONG_TYPE', path, params: { expected: 'a layer (`flatten` or a map like `conv: {...}`)', found: describe(value) } });
    return;
  }
  const keys = Object.keys(value);
  const kindKeys = keys.filter((k) => kinds.includes(k));
  if (!kindKeys.length) {
    if (!keys.length) {
      found.push({ code: 'MISSING_KEY', path, params: { kinds } });
    }
    for (const k of keys) {
      found.push({ code: 'UNKNOWN_LAYER_KIND', path: [...path, k], key: true, params: { kinds, found: k }, hint: didYouMean(k, kinds) });
    }
    return;
  }
  const kind = kindKeys[0]!;
  for (const k of keys) {
    if (k === kind) continue;
    if (kindKeys.includes(k)) found.push({ code: 'TWO_LAYER_KINDS', path: [...path, k], key: true, params: { kind, other: k } });
    else found.push({ code: 'UNKNOWN_KEY', path: [...path, k], key: true, params: { key: k, beside: kind } });
  }
  check(schemaValidator(`/definitions/${inBlock ? 'block_' : ''}${kind}`), value[kind], [...path, kind], found);
}

/** One ajv error (outside any union) as a Found. */
function mapError(e: ErrorObject, base: SpecPath, found: Found[]): void {
  const p = e.params as Record<string, unknown>;
    const isKey = e.propertyName !== undefined;
  const path = [...base, ...pointerPath(e.instancePath), ...(isKey ? [e.propertyName!] : [])];
  const last = path[path.length - 1];
  const where = last === undefined ? 'the spec' : typeof last === 'number' ? `item ${last} of \`${String(path[path.length - 2])}\`` : `\`${last}\``;
  const data: unknown = isKey ? e.propertyName : e.data;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties ?? {}) as object);
      const suggestion = closest(key, known);
      found.push({ code: 'UNKNOWN_KEY', path: [...path, key], key: true, suggestion, params: { key, known, where }, hint: suggestion && `did you mean \`${suggestion}\`?` });
      return;
    }
    case 'required':
      found.push({ code: 'MISSING_KEY', path, missing: String(p.missingProperty), params: { key: String(p.missingProperty), where } });
      return;
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? p.allowedValues : [p.allowedValue]) as unknown[];
      const names = allowed.map(String);
      found.push({ code: 'UNKNOWN_VALUE', path, params: { allowed: names, where, found: describe(data) }, hint: typeof data === 'string' ? didYouMean(data, names) : undefined });
      return;
    }
    case 'type': {
      const expected = typeName(String(p.type));
      if (p.type === 'integer' && typeof data === 'number') found.push({ code: 'NOT_AN_INTEGER', path, params: { expected, where, found: data } });
      else found.push({ code: 'WRONG_TYPE', path, params: { expected, where, found: describe(data) } });
      return;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      found.push({ code: 'OUT_OF_RANGE', path, params: { where, comparison: String(p.comparison), limit: String(p.limit), found: String(data) } });
      return;
    case 'minItems':
    case 'maxItems': {
      const [limit, count] = [Number(p.limit), (data as unknown[]).length];
      const layers = path.length === 1 && path[0] === 'layers';
      if (layers && e.keyword === 'minItems') found.push({ code: 'EMPTY_LAYERS', path, params: {} });
      else if (layers) found.push({ code: 'TOO_MANY_LAYERS', path, params: { limit, count } });
      else found.push({ code: 'WRONG_LENGTH', path, params: { bound: e.keyword === 'minItems' ? 'at least' : 'at most', limit, where, count } });
      return;
    }
    case 'if':
    case 'propertyNames':
      // `if` only says its `then` failed (reported already); propertyNames reports its own pattern error
      return;
    default:
      found.push({ code: 'SCHEMA', path, key: isKey, params: { where, keyword: e.keyword, detail: e.message ?? '', found: describe(data) } });
  }
}

function within(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** A JSON pointer as a spec path: list indexes become numbers. */
function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const step of pointerPath(pointer)) value = (value as Record<string | number, unknown>)[step];
  return value;
}

function typeName(type: string): string {
  return ({ integer: 'an integer', number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a map', null: 'nothing' } as Record<string, string>)[type] ?? type;
}

/**
 * Keys and values to offer at a place in a spec, read from the JSON Schema that validates specs
 * (schema/lenetc.schema.json), so the editor offers exactly what `lenetc check` accepts.
 */
import type { PathStep, YamlPosition } from './yaml-position.js';

/** The parts of a JSON Schema (draft-07) this reads. */
export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  definitions?: Record<string, JsonSchema>;
}

/** One thing to offer. */
export interface SchemaOption {
  /** What is inserted (a key gets `: ` after it). */
  label: string;
  apply: string;
  type: 'property' | 'enum' | 'keyword';
  /** A short line beside the label: the key's title or type. */
  detail?: string;
  /** The key's description, shown beside the list. */
  info?: string;
}

/** The keys or values the schema allows at `at`, whose label starts with the typed prefix. */
export function schemaOptions(root: JsonSchema, at: YamlPosition): SchemaOption[] {
  const schemas = schemasAt(root, at.path);
  const inList = typeof at.path[at.path.length - 1] === 'number';
  const options = at.slot === 'key' ? keyOptions(root, schemas, at.present, inList) : valueOptions(schemas);
  const seen = new Set<string>();
  return options.filter((o) => o.label.startsWith(at.prefix) && !seen.has(o.label) && seen.add(o.label));
}

/** Every subschema that may hold the value at `path`: references followed, alternatives spread. */
function schemasAt(root: JsonSchema, path: readonly PathStep[]): JsonSchema[] {
  let current = expand(root, root);
  for (const step of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      if (typeof step === 'string' && schema.properties && Object.hasOwn(schema.properties, step)) {
        next.push(schema.properties[step]!);
      } else if (typeof step === 'string' && typeof schema.additionalProperties === 'object') {
        next.push(schema.additionalProperties);
      } else if (typeof step === 'number' && Array.isArray(schema.items)) {
        if (schema.items[step]) next.push(schema.items[step]!);
      } else if (typeof step === 'number' && schema.items) {
        next.push(schema.items as JsonSchema);
      }
    }
    current = next.flatMap((s) => expand(root, s));
  }
  return current;
}

/** `schema` with its `$ref` followed (keeping its own description) and its `oneOf`/`anyOf` spread. */
function expand(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 16) return [];
  if (schema.$ref) {
    const target = resolveRef(root, schema.$ref);
    if (!target) return [];
    const { $ref: _ref, ...own } = schema;
    return expand(root, { ...target, ...own }, depth + 1);
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const { oneOf: _one, anyOf: _any, ...own } = schema;
    return alternatives.flatMap((alt) => expand(root, { ...own, ...alt }, depth + 1));
  }
  return [schema];
}

/** `#/definitions/conv` → the conv schema. */
function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}

function keyOptions(root: JsonSchema, schemas: readonly JsonSchema[], present: readonly string[], inList: boolean): SchemaOption[] {
  const options: SchemaOption[] = [];
  for (const schema of schemas) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (present.includes(key)) continue;
      const [target] = expand(root, property);
      options.push({
        label: key,
        apply: `${key}: `,
        type: 'property',
        detail: target?.title ?? typeName(root, property),
        info: property.description ?? target?.description,
      });
    }
  }
  // a list item may also be a plain word (`- flatten`): offer those where its key could go
  return inList ? [...options, ...valueOptions(schemas).filter((o) => o.type === 'enum')] : options;
}

function valueOptions(schemas: readonly JsonSchema[]): SchemaOption[] {
  const options: SchemaOption[] = [];
  for (const schema of schemas) {
    const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : []);
    for (const value of values) {
      if (typeof value === 'string') options.push({ label: value, apply: value, type: 'enum', detail: schema.title });
    }
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('boolean')) {
      for (const value of ['true', 'false']) options.push({ label: value, apply: value, type: 'keyword' });
    }
  }
  return options;
}

/** `integer`, `number`, `a list`...: what a key takes, when its schema has no title. */
function typeName(root: JsonSchema, schema: JsonSchema): string | undefined {
  const types = expand(root, schema).map((s) => (Array.isArray(s.type) ? s.type.join(' or ') : s.type ?? (s.enum ? 'string' : undefined)));
  const unique = [...new Set(types.filter((t): t is string => t !== undefined))];
  return unique.length ? unique.join(' or ') : undefined;
}

/**
 * Blocks: groups of layers defined once under `blocks` and used in `layers` as
 * `- block: {use: NAME, param: value, repeat: n}`. Expansion writes every use out as the layers
 * it stands for, so validation, normalization and every later stage see plain layers. It also
 * names every layer and keeps where each was written: a problem in a layer that came from a
 * block is reported where its text is (the definition, or the use that gave a parameter its
 * value), with a note at each use it came through, as a compiler reports an error inside a macro.
 */
import { error, warning, type Diagnostic, type DiagnosticNote, type SpecPath } from '../diagnostics.js';
import { say } from '../diagnostics.js';
import { INPUT_NAME } from '../model.js';
import { isMap, type SpecMap } from './extends.js';
import { didYouMean } from './suggest.js';

/** The schema's bound on `repeat`, for a count a parameter gives. */
const MAX_REPEAT = 100;

/** Past this many layers an expansion is a mistake (or an attack), not a network. */
export const MAX_EXPANDED_LAYERS = 2000;

/** A use of a block that an expanded layer came through. */
export interface BlockUse {
  block: string;
  /** This copy's name: its layers are called `<instance>_<layer>`. */
  instance: string;
  /** The use's entry, as written: ['layers', 3], or a layer of another block. */
  path: SpecPath;
  /** The values this copy's parameters have (given by the use, or the block's defaults). */
  params: Readonly<Record<string, unknown>>;
}

/** Where an expanded layer was written. */
export interface LayerOrigin {
  /** Its entry as written: ['layers', i] or ['blocks', NAME, 'layers', j]. */
  entry: SpecPath;
  /** The uses it came through, outermost first; none for a layer written in `layers`. */
  uses: readonly BlockUse[];
  /** The values parameters gave it: path below the entry (`conv/filters`) → where the value was written. */
  params: ReadonlyMap<string, SpecPath>;
}

/** The spec with its blocks written out. */
export interface Expansion {
  /** The spec with `layers` expanded (no block uses left) and everything else as it was. */
  spec: SpecMap;
  /** Per expanded layer, where it was written. */
  origins: LayerOrigin[];
  /** Per expanded layer, its name: the one it sets, else kind + count (conv1, conv2...); `<instance>_<name>` inside a block. */
  names: string[];
  /** A block use's name → its last layer's, so that `from: residual1` takes the block's output. */
  aliases: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
}

/** A parameter's value in one use, and where it was written. */
interface ParamValue {
  value: unknown;
  source: SpecPath;
}

/** What the layers of one list (the spec's, or one copy of a block's) are expanded within. */
interface Scope {
  /** `residual1_` inside a copy of a block; empty at the top. */
  prefix: string;
  /** The block being expanded, with its parameters' values; none at the top. */
  block?: { name: string; params: ReadonlyMap<string, ParamValue> };
  uses: readonly BlockUse[];
  /** What `input` means: the network's input at the top, the copy's input inside a block. */
  input: string;
  /** Where the use set the copy's input (its `from`), if it did. */
  inputSource?: SpecPath;
  /** Inside a block: its layers' and uses' names → their full names, as they are expanded. */
  local?: Map<string, string>;
  /** Kind (or block) → how many of it this list has had, for default names. */
  counts: Map<string, number>;
}

const USE_KEYS: ReadonlySet<string> = new Set(['use', 'name', 'from', 'repeat']);
const PARAM_REF = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * Writes out every block use of a spec that passed the schema. Errors here (an unknown block or
 * parameter, a cycle, too many layers) stop the parse; warnings (a block never used) do not.
 */
export function expandBlocks(spec: SpecMap): Expansion {
  const blocks = isMap(spec.blocks) ? spec.blocks : {};
  const aliases = new Map<string, string>();
  const out: Expansion = { spec, origins: [], names: [], aliases, diagnostics: [] };
  const layers: unknown[] = [];
  const used = new Set<string>();
  const seen = new Set<string>();
  const report = (d: Diagnostic) => {
    // a problem in a block's text is found once per copy: report it once
    const key = `${d.code} ${JSON.stringify(d.path)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.diagnostics.push(d);
  };

  const expandList = (entries: readonly unknown[], entryPath: (i: number) => SpecPath, scope: Scope, stack: readonly string[], previous: string): string => {
    entries.forEach((entry, i) => {
      if (layers.length > MAX_EXPANDED_LAYERS) return;
      const path = entryPath(i);
      const notes = useNotes(scope.uses);
      if (isMap(entry) && isMap(entry.block)) {
        previous = expandUse(entry.block, [...path, 'block'], path, scope, stack, previous, notes);
        return;
      }
      const [kind, raw] = typeof entry === 'string' ? [entry, undefined] : Object.entries(entry as SpecMap)[0]!;
      const count = (scope.counts.get(kind) ?? 0) + 1;
      scope.counts.set(kind, count);
      const params = new Map<string, SpecPath>();
      const p = isMap(raw) ? raw : {};
      const own = typeof p.name === 'string' ? p.name : `${kind}${count}`;
      const name = scope.prefix + own;
      if (!scope.block) {
        // written in `layers`: kept as it is; the normalizer reads it
        layers.push(entry);
        out.origins.push({ entry: path, uses: [], params });
      } else {
        const value = substitute(bodyOf(kind, raw), [...path, kind], [kind], scope, params, report, notes);
        const from = value.from === undefined ? previous : localRefs(value.from, [...path, kind, 'from'], scope, report, notes);
        // the copy's first layer takes what the use's `from` named: a bad name is the use's
        if (value.from === undefined && previous === scope.input && scope.inputSource) params.set(`${kind}/from`, scope.inputSource);
        layers.push({ [kind]: { ...value, name, from } });
        out.origins.push({ entry: path, uses: scope.uses, params });
        scope.local?.set(own, name);
      }
      out.names.push(name);
      previous = name;
    });
    return previous;
  };

  const expandUse = (use: SpecMap, usePath: SpecPath, entry: SpecPath, scope: Scope, stack: readonly string[], previous: string, notes: DiagnosticNote[]): string => {
    const blockName = String(use.use);
    const definition = blocks[blockName];
    if (!isMap(definition)) {
      report(error('UNKNOWN_BLOCK', { name: blockName, known: Object.keys(blocks) }, { path: [...usePath, 'use'], hint: didYouMean(blockName, Object.keys(blocks)), notes }));
      return previous;
    }
    used.add(blockName);
    if (stack.includes(blockName)) {
      report(error('BLOCK_CYCLE', { block: blockName, chain: [...stack, blockName] }, { path: [...usePath, 'use'], notes }));
      return previous;
    }
    const declared = isMap(definition.params) ? definition.params : {};
    const names = Object.keys(declared);
    const params = new Map<string, ParamValue>();
    let complete = true;
    for (const key of Object.keys(use)) {
      if (USE_KEYS.has(key) || Object.hasOwn(declared, key)) continue;
      report(error('UNKNOWN_BLOCK_PARAM', { name: key, block: blockName, params: names }, { path: [...usePath, key], hint: didYouMean(key, names), notes }));
      complete = false;
    }
    for (const name of names) {
      if (Object.hasOwn(use, name)) {
        // a use inside a block may pass its own parameter on: `filters: $filters`
        const ref = paramRef(use[name]);
        const outer = ref === undefined ? undefined : scope.block?.params.get(ref);
        if (ref !== undefined && !outer) {
          report(undeclared(ref, scope, [...usePath, name], notes));
          complete = false;
        }
        params.set(name, outer ?? { value: use[name], source: [...usePath, name] });
      } else if (declared[name] !== null && declared[name] !== undefined) {
        params.set(name, { value: declared[name], source: ['blocks', blockName, 'params', name] });
      } else {
        report(error('MISSING_BLOCK_PARAM', { name, block: blockName }, { path: usePath, notes }));
        complete = false;
      }
    }
    if (!complete) return previous;
    const repeat = repeatCount(use.repeat, [...usePath, 'repeat'], scope, report, notes);
    if (repeat === undefined) return previous;
    let input = use.from === undefined ? previous : scope.block ? localRefs(use.from, [...usePath, 'from'], scope, report, notes) as string : String(use.from);
    const values = Object.fromEntries([...params].map(([name, p]) => [name, p.value]));
    const count = (scope.counts.get(`block ${blockName}`) ?? 0);
    scope.counts.set(`block ${blockName}`, count + repeat);
    const written = typeof use.name === 'string' ? use.name : undefined;
    for (let r = 0; r < repeat; r++) {
      // residual1, residual2...; a name that ends in a digit takes a `_` first: conv3_1, not conv31
      const own = written === undefined ? `${blockName}${/\d$/.test(blockName) ? '_' : ''}${count + r + 1}` : repeat > 1 ? `${written}_${r + 1}` : written;
      const instance = scope.prefix + own;
      const inner: Scope = {
        prefix: `${instance}_`, block: { name: blockName, params }, input,
        ...(r === 0 && use.from !== undefined ? { inputSource: [...usePath, 'from'] } : {}),
        uses: [...scope.uses, { block: blockName, instance, path: entry, params: values }], local: new Map(), counts: new Map(),
      };
      const layersOf = Array.isArray(definition.layers) ? definition.layers : [];
      input = expandList(layersOf, (j) => ['blocks', blockName, 'layers', j], inner, [...stack, blockName], input);
      aliases.set(instance, input);
      scope.local?.set(own, input);
    }
    if (written !== undefined && repeat > 1) {
      aliases.set(scope.prefix + written, input);
      scope.local?.set(written, input);
    }
    return input;
  };

  // a parameter a block's layers name but its `params` do not declare is its definition's problem, used or not
  for (const [name, definition] of Object.entries(blocks)) {
    if (!isMap(definition)) continue;
    const declared = Object.keys(isMap(definition.params) ? definition.params : {});
    forEachRef(definition.layers, ['blocks', name, 'layers'], (ref, path) => {
      if (!declared.includes(ref)) report(error('UNDECLARED_PARAM', { ref: `$${ref}`, block: name, declared }, { path, hint: didYouMean(ref, declared) }));
    });
  }
  const top: Scope = { prefix: '', uses: [], input: INPUT_NAME, counts: new Map() };
  expandList(Array.isArray(spec.layers) ? spec.layers : [], (i) => ['layers', i], top, [], INPUT_NAME);
  if (layers.length > MAX_EXPANDED_LAYERS) {
    out.diagnostics.push(error('BLOCK_TOO_LARGE', { limit: MAX_EXPANDED_LAYERS, count: layers.length }, { path: ['layers'] }));
  }
  // a use that names no block may have meant an unused one: the error says so, a warning would repeat it
  const misnamed = out.diagnostics.some((d) => d.code === 'UNKNOWN_BLOCK');
  for (const name of Object.keys(blocks)) {
    if (!used.has(name) && !misnamed) out.diagnostics.push(warning('UNUSED_BLOCK', { block: name }, { path: ['blocks', name] }));
  }
  out.spec = { ...spec, layers };
  return out;
}

/**
 * The written path of a path into the expanded spec, and notes naming the block uses a layer came
 * through; paths outside `layers` are written where they are. The index one past the last
 * expanded layer (where a layer is appended) is one past the last written one.
 */
export function writtenPath(expansion: Pick<Expansion, 'origins'>, path: SpecPath): { path: SpecPath; notes: DiagnosticNote[] } {
  const index = path[0] === 'layers' ? path[1] : undefined;
  const last = expansion.origins[expansion.origins.length - 1];
  if (index === expansion.origins.length && path.length === 2 && last) {
    // the last layer's entry in `layers`: its own, or the outermost use of the block it came from
    const entry = last.uses[0]?.path ?? last.entry;
    return { path: ['layers', Number(entry[1]) + 1], notes: [] };
  }
  const origin = typeof index === 'number' ? expansion.origins[index] : undefined;
  if (!origin) return { path, notes: [] };
  const rest = path.slice(2);
  for (let n = rest.length; n > 0; n--) {
    const source = origin.params.get(rest.slice(0, n).join('/'));
    if (source) return { path: [...source, ...rest.slice(n)], notes: useNotes(origin.uses) };
  }
  return { path: [...origin.entry, ...rest], notes: useNotes(origin.uses) };
}

/** Innermost use first: the one nearest the problem. */
function useNotes(uses: readonly BlockUse[]): DiagnosticNote[] {
  return [...uses].reverse().map((u) => ({ message: say('BLOCK_USED_HERE', { block: u.block, instance: u.instance }).message, path: u.path }));
}

/** A layer's parameters as a map, whichever form it was written in (`- flatten`, `- dropout: 0.5`, `- activation: relu`). */
function bodyOf(kind: string, raw: unknown): SpecMap {
  if (isMap(raw)) return raw;
  if (kind === 'dropout' && raw !== undefined && raw !== null) return { rate: raw };
  if (kind === 'activation' && raw !== undefined && raw !== null) return { activation: raw };
  return {};
}

/** How many copies a use asks for: a number, or a parameter of the block it is in that holds one. */
function repeatCount(value: unknown, path: SpecPath, scope: Scope, report: (d: Diagnostic) => void, notes: DiagnosticNote[]): number | undefined {
  if (value === undefined) return 1;
  const ref = paramRef(value);
  const param = ref === undefined ? undefined : scope.block?.params.get(ref);
  if (ref !== undefined && !param) {
    report(undeclared(ref, scope, path, notes));
    return undefined;
  }
  const count = param ? param.value : value;
  const where = { path: param ? param.source : path, notes };
  if (typeof count !== 'number' || !Number.isInteger(count)) {
    report(error('WRONG_TYPE', { expected: 'an integer', where: '`repeat`', found: JSON.stringify(count) }, where));
    return undefined;
  }
  if (count < 1 || count > MAX_REPEAT) {
    report(error('OUT_OF_RANGE', { where: '`repeat`', comparison: count < 1 ? '>=' : '<=', limit: String(count < 1 ? 1 : MAX_REPEAT), found: String(count) }, where));
    return undefined;
  }
  return count;
}

/** Calls `visit` with every `$param` reference in `value` and its path. */
function forEachRef(value: unknown, path: SpecPath, visit: (ref: string, path: SpecPath) => void): void {
  const ref = paramRef(value);
  if (ref !== undefined) visit(ref, path);
  else if (Array.isArray(value)) value.forEach((v, i) => forEachRef(v, [...path, i], visit));
  else if (isMap(value)) for (const [k, v] of Object.entries(value)) forEachRef(v, [...path, k], visit);
}

/** `$name`'s name, for a parameter reference. */
function paramRef(value: unknown): string | undefined {
  return typeof value === 'string' ? PARAM_REF.exec(value)?.[1] : undefined;
}

/** `value` with every `$param` replaced by its value in `scope`, recording where each came from. */
function substitute<T>(value: T, path: SpecPath, rel: readonly (string | number)[], scope: Scope, params: Map<string, SpecPath>, report: (d: Diagnostic) => void, notes: DiagnosticNote[]): T {
  const ref = paramRef(value);
  if (ref !== undefined) {
    const param = scope.block?.params.get(ref);
    if (!param) {
      report(undeclared(ref, scope, path, notes));
      return value;
    }
    params.set(rel.join('/'), param.source);
    return structuredClone(param.value) as T;
  }
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, [...path, i], [...rel, i], scope, params, report, notes)) as T;
  if (isMap(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, [...path, k], [...rel, k], scope, params, report, notes)])) as T;
  }
  return value;
}

function undeclared(ref: string, scope: Scope, path: SpecPath, notes: DiagnosticNote[]): Diagnostic {
  const declared = scope.block ? [...scope.block.params.keys()] : [];
  return error('UNDECLARED_PARAM', { ref: `$${ref}`, block: scope.block?.name, declared }, { path, hint: didYouMean(ref, declared), notes });
}

/** A block layer's `from` in full names: its own layers', or the copy's input for `input`. */
function localRefs(from: unknown, path: SpecPath, scope: Scope, report: (d: Diagnostic) => void, notes: DiagnosticNote[]): string | string[] {
  const one = (name: unknown, at: SpecPath): string => {
    const ref = String(name);
    if (ref === INPUT_NAME) return scope.input;
    const full = scope.local?.get(ref);
    if (full !== undefined) return full;
    const known = [INPUT_NAME, ...(scope.local?.keys() ?? [])];
    report(error('UNKNOWN_LAYER_REF', { name: ref, layer: `this layer of block \`${scope.block?.name ?? ''}\`` }, { path: at, hint: didYouMean(ref, known) ?? `inside a block, \`from\` names the block's own earlier layers or \`input\`, the block's input`, notes }));
    return ref;
  };
  return Array.isArray(from) ? from.map((f, i) => one(f, [...path, i])) : one(from, path);
}

/**
 * Python source text for the PyTorch emitter: literals, comments and identifiers made from a
 * spec's text. A spec's name, description and paths may hold anything; here they become a
 * comment that stays one line, a string literal whose value is exactly the text, or an
 * identifier Python accepts and nn.Module does not already use (the escaping itself is
 * ../escape.ts's, shared by every emitter). Pure.
 */
import { pyString } from '../escape.js';

/** A number as Python reads it back: integers plain, others in JavaScript's shortest form (`0.001`, `1e-7`). */
export function pyNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'float("nan")' : `float("${n > 0 ? 'inf' : '-inf'}")`;
  return String(n);
}

/** A JSON-shaped value (the training settings) as a Python literal on one line. */
export function pyLiteral(value: unknown): string {
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return `[${value.map((v) => pyLiteral(v)).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`).join(', ')}}`;
}

/** Python's keywords: no identifier may be one. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);

/**
 * What a submodule may not be called: nn.Module's and nn.Sequential's public attributes
 * (PyTorch 1.13 and 2.x; those starting with `_` are kept from layers by another rule), the
 * emitted class's own (`reset_parameters`, `classes`), and `forward`'s names (`self`, `x`,
 * `inputs`), since a layer's name is also its variable there.
 */
const TAKEN_BY_TORCH: ReadonlySet<string> = new Set([
  'T_destination', 'add_module', 'append', 'apply', 'bfloat16', 'buffers', 'call_super_init', 'children', 'compile', 'cpu', 'cuda',
  'double', 'dump_patches', 'eval', 'extend', 'extra_repr', 'float', 'forward', 'get_buffer', 'get_extra_state', 'get_parameter',
  'get_submodule', 'half', 'insert', 'ipu', 'load_state_dict', 'modules', 'mtia', 'named_buffers', 'named_children', 'named_modules',
  'named_parameters', 'parameters', 'pop', 'register_backward_hook', 'register_buffer', 'register_forward_hook',
  'register_forward_pre_hook', 'register_full_backward_hook', 'register_full_backward_pre_hook', 'register_load_state_dict_post_hook',
  'register_load_state_dict_pre_hook', 'register_module', 'register_parameter', 'register_state_dict_post_hook',
  'register_state_dict_pre_hook', 'requires_grad_', 'set_extra_state', 'set_submodule', 'share_memory', 'state_dict', 'to', 'to_empty',
  'train', 'training', 'type', 'xpu', 'zero_grad',
  'reset_parameters', 'classes', 'self', 'x', 'inputs',
]);

/**
 * A Python name for each layer name (identifier-like already: `[A-Za-z_][A-Za-z0-9_]*`): the
 * name itself, unless Python or nn.Module has it (then `name_`, as PEP 8 does for keywords) or it
 * starts with `_` (nn.Module's private attributes, and `__x` would be mangled inside the class:
 * then `layer_name`). Unique: `_` is added until a name is free.
 */
export function pythonNames(layers: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set(layers.filter((l) => isPlain(l)));
  for (const layer of layers) {
    let name = layer;
    if (!isPlain(layer)) {
      name = layer.startsWith('_') ? `layer${layer}` : `${layer}_`;
      while (taken.has(name) || !isPlain(name)) name += '_';
      taken.add(name);
    }
    names.set(layer, name);
  }
  return names;
}

/** A name for a module that is part of a layer (`conv1_pad`, `conv1_relu`), not yet in `taken`, which it joins. */
export function partName(base: string, taken: Set<string>): string {
  let name = base;
  while (taken.has(name) || !isPlain(name)) name += '_';
  taken.add(name);
  return name;
}

function isPlain(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name) && !TAKEN_BY_TORCH.has(name);
}

/**
 * A class name for a spec name: its ASCII letters and digits in CamelCase (`lenet5-modern` →
 * `Lenet5Modern`), `Net` before a leading digit or for nothing left, `Net` after one of the
 * module's own names.
 */
export function className(spec: string, taken: ReadonlySet<string>): string {
  const words = spec.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  let name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (name === '' || /^[0-9]/.test(name)) name = `Net${name}`;
  while (KEYWORDS.has(name) || taken.has(name)) name += 'Net';
  return name;
}

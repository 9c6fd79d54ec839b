/**
 * What lenetc says about every problem, by code, kept together as data (as Svelte keeps its
 * compiler's messages): each entry takes the problem's particulars and returns its message
 * (what was expected, what was found) and, where the advice does not depend on the call
 * site, its hint. The codes are the closed set src/diagnostics.ts exports: spec diagnostics
 * (collected, located, printed as `file:line:col: error[CODE]`) and the runtime's user errors
 * (thrown as UserError, printed as `error[CODE]`). One code is one problem; tests assert on
 * codes, never on these words.
 */

import type { SpecEdit, SpecFix } from './diagnostics.js';
import { EXIT } from './exit.js';
import { formatRate, inlineYaml, layerEntry } from './format.js';
import type { YamlProblem } from './parser/yaml-problem.js';
import type { ChanceCause } from './train/chance.js';

/** A message with its advice and, for runtime errors, the CLI's exit code (1 unless said). */
export interface Said {
  message: string;
  hint?: string;
  exit?: number;
}

/** The exit code of a usage error: the command line asked for something impossible. */
const USAGE = EXIT.usage;

/** `a`, `` `a` or `b` ``, `` `a`, `b` or `c` ``. */
export function list(items: readonly string[], last = 'or'): string {
  const quoted = items.map((i) => `\`${i}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

const at = (where?: string) => (where ? ` for ${where}` : '');

/**
 * Where the reader sets the learning rate: `--lr` on the command line, or the training form's
 * field in the playground, so the advice names what is there to change.
 */
export type RateSetting = 'flag' | 'field';

/**
 * One edit of a fix as words say it: `padding: 1` (the key set), `- flatten` (the list item
 * inserted), `from[1]: shortcut` (a list entry set), `remove this layer`.
 */
function editLabel(edit: SpecEdit): string {
  if ('insert' in edit) return `- ${layerEntry(edit.insert.layer)}`;
  if ('remove' in edit) return 'remove this layer';
  const last = edit.path[edit.path.length - 1];
  const key = typeof last === 'number' ? `${String(edit.path[edit.path.length - 2])}[${last}]` : String(last);
  return `${key}: ${inlineYaml(edit.value)}`;
}

/** A fix as an editor offers it: its edits' words, without backticks (`padding: 1`). */
export function fixLabel(fix: SpecFix): string {
  return fix.edits.map(editLabel).join(', ');
}

/** A fix's edits in backticks, for a hint: `` `stride: 2` and `filters: 16` ``. */
function said(fix: SpecFix): string {
  return fix.edits.map((e) => `\`${editLabel(e)}\``).join(' and ');
}

/**
 * How MERGE_SHAPE_MISMATCH's branch can be made to fit the first (shape-inference/rules/merge.ts
 * decides, the hint says it).
 */
export type MergeChange =
  /** Flat branches of different widths. */
  | { kind: 'units' }
  /** Spatial sizes no stride turns into each other: heights `from` and `to`, and the size both must end at. */
  | { kind: 'sizes'; from: number; to: number; size: string }
  /**
   * The diagnostic's fix: new values for `layer`, the conv that shapes the branch, or (no `layer`)
   * a 1×1 conv inserted to merge instead; `stride`: the heights it divides, and by what.
   */
  | { kind: 'fix'; layer?: string; stride?: { from: number; to: number; by: number } };

/** MERGE_SHAPE_MISMATCH's hint: the shapes, the arithmetic, and the change. */
function mergeHint(p: { branch: number; shape: string; firstShape: string; change: MergeChange; fixes: readonly SpecFix[] }): string {
  const ends = `branch ${p.branch} ends ${p.shape}, branch 1 ${p.firstShape}`;
  const c = p.change;
  if (c.kind === 'units') return `${ends}; give both branches the same number of units`;
  if (c.kind === 'sizes') return `${ends}: ${c.from}/${c.to} is not a whole stride; change the pooling or strides before the merge so both branches end ${c.size}`;
  const arithmetic = c.stride ? ` (${c.stride.from}/${c.stride.to} = ${c.stride.by})` : '';
  const fix = p.fixes[0]!;
  if (c.layer !== undefined) return `${ends}${arithmetic}; give ${c.layer} ${said(fix)}`;
  // the fix inserts the conv and takes it in the merge: the words show the conv
  return `${ends}${arithmetic}; take it through a 1×1 conv: ${said({ edits: fix.edits.filter((e) => 'insert' in e) })} and merge that`;
}

/** Why a run may sit at chance, in words (see AT_CHANCE). */
function chanceCause(c: ChanceCause, setting: RateSetting): string {
  const flag = setting === 'flag';
  switch (c.cause) {
    case 'loss_exploding':
      return `the training loss is ${Number.isFinite(c.loss) ? c.loss.toFixed(3) : c.loss}, above where an untrained network starts: the steps overshoot, so lower the learning rate${flag ? ' (--lr)' : ''}`;
    case 'lr_too_high':
      return `lr ${formatRate(c.lr)} is ${Math.round(c.lr / c.usual)}× ${c.optimizer}'s usual ${formatRate(c.usual)}, which leaves the loss flat or growing: try ${flag ? '--lr ' : 'a learning rate of '}${formatRate(c.usual)}`;
    case 'logits_activation':
      return `${c.layer} applies ${c.activation} to the logits, which the loss softmaxes itself: use activation: none there`;
    case 'saturating_sgd':
      return `${c.activation} activations with plain SGD learn slowly at first: train more epochs (d2l's sigmoid LeNet takes about 10) or raise the learning rate (now ${formatRate(c.lr)}; d2l uses ${flag ? '--lr ' : ''}0.9), or use relu and momentum (${flag ? 'specs/modern.yaml' : 'modern.yaml in the menu'})`;
    case 'lr_too_low':
      return `lr ${formatRate(c.lr)} is 1/${Math.round(c.usual / c.lr)} of ${c.optimizer}'s usual ${formatRate(c.usual)}: train longer or raise it (${flag ? '--lr' : 'to'} ${formatRate(c.usual)})`;
    case 'few_steps':
      return `only ${c.steps} training step${c.steps === 1 ? '' : 's'} so far (${c.images} images an epoch in batches of ${c.batch}): train on more images or for more epochs before judging it`;
  }
}

/** What went wrong in the YAML, where (the diagnostic's range) is the mistake (see src/parser/yaml-errors.ts). */
function yamlProblem(p: YamlProblem): Said {
  switch (p.problem) {
    case 'unclosed': {
      const found = p.found === 'text_end' ? 'the end of the text' : p.found === 'line_end' ? 'the end of its line' : 'a line indented too little to go on with it';
      const what = p.open === '{' ? 'map' : p.open === '[' ? 'list' : 'text';
      return {
        message: `expected \`${p.close}\` to close the ${what} this \`${p.open}\` opens, found ${found}`,
        hint: p.fix ? `close it where its line ends: \`${p.fix}\`` : `a \`${p.open}...${p.close}\` that goes on over lines needs them indented past the key it belongs to`,
      };
    }
    case 'unopened':
      return { message: `expected \`${p.close}\` only after the \`${p.close === '}' ? '{' : '['}\` it closes, found one that closes nothing`, hint: 'remove it, or add the bracket it closes' };
    case 'after_value':
      return { message: `expected the end of the line after a value, found \`${p.found}\``, hint: 'remove it, or start a comment with ` #`' };
    case 'missing_colon':
      return { message: `expected \`key: value\` or a list item \`- ...\`, found \`${p.found}\` alone`, hint: `a key takes a colon (\`${p.found}: ...\`), a list item a dash and a space (\`- ${p.found}\`)` };
    case 'dash_without_space':
      return { message: `expected a space after a list item's \`-\`, found \`${p.found}\``, hint: `write \`- ${p.item}\`` };
    case 'nested_on_line':
      return { message: `expected one \`key:\` on a line, found \`${p.inner}:\` after \`${p.outer}:\``, hint: p.fix ? `put the inner map in braces: \`${p.fix}\`` : undefined };
    case 'out_of_line':
      return p.what === 'item'
        ? { message: `expected a list's items to start in one column, found this one at column ${p.column}`, hint: 'line its `-` up with the `-` of the items above it (two spaces a level)' }
        : { message: `expected a map's keys to start in one column, found this one at column ${p.column}`, hint: 'line it up with the keys above it (two spaces a level)' };
    case 'reserved_start':
      return { message: `expected a value, found \`${p.char}\`, which YAML keeps for itself at a value's start`, hint: 'quote the value (\'...\') if it is text' };
    case 'two_documents':
      return { message: `expected one YAML document, found a second after \`${p.marker}\``, hint: `a spec is one document: remove the \`${p.marker}\` line` };
    case 'other':
      return { message: `expected valid YAML: ${p.reason}` };
  }
}

/** Every code and what it says. */
export const MESSAGES = {
  // reading the file
  FILE_NOT_FOUND: (p: { what: string; file: string; hint?: string }): Said => ({ message: `no such ${p.what}: ${p.file}`, hint: p.hint, exit: USAGE }),
  FILE_UNREADABLE: (p: { what: string; file: string }): Said => ({ message: `cannot read ${p.what}: ${p.file}`, exit: USAGE }),
  FILE_TOO_LARGE: (p: { limit: number; size: number }): Said => ({
    message: `expected a spec of at most ${p.limit} bytes, found ${p.size}`, hint: 'a network spec is a few hundred bytes; is this the right file?',
  }),
  TOO_MANY_ITEMS: (p: { limit: number }): Said => ({
    message: `expected a spec of at most ${p.limit} YAML items, found more`, hint: 'a network spec has a few dozen entries; is this the right file?',
  }),
  NOT_UTF8: (): Said => ({ message: 'expected UTF-8 text, found bytes that are not valid UTF-8', hint: 'save the file as UTF-8' }),
  BINARY_INPUT: (p: { offset: number }): Said => ({ message: `expected YAML text, found binary data (a NUL byte at offset ${p.offset})`, hint: 'is this the right file?' }),

  // YAML syntax and structure
  YAML_SYNTAX: (p: YamlProblem): Said => yamlProblem(p),
  YAML_TAB_INDENT: (): Said => ({ message: 'expected indentation with spaces, found a tab', hint: 'YAML does not allow tabs for indentation; replace them with spaces' }),
  DUPLICATE_KEY: (p: { key: string }): Said => ({ message: `expected each key once in a map, found \`${p.key}\` again`, hint: 'remove one of the two entries' }),
  ALIAS_LIMIT: (p: { limit: number }): Said => ({
    message: `expected at most ${p.limit} alias expansions, found more (an alias bomb?)`, hint: 'write the values out instead of nesting aliases',
  }),
  TOO_DEEP: (p: { limit: number }): Said => ({
    message: `expected at most ${p.limit} levels of nesting, found more`, hint: 'a spec nests a few levels deep; this looks generated or corrupted',
  }),
  NOT_A_MAPPING: (p: { found: string }): Said => ({
    message: `expected a map of spec keys at the top level, found ${p.found}`, hint: 'a spec starts with `name:`, `input:` and `layers:`',
  }),
  FORBIDDEN_KEY: (p: { key: string }): Said => ({ message: `expected a spec key, found \`${p.key}\`, which is reserved`, hint: 'remove this key' }),

  // the schema
  UNKNOWN_KEY: (p: { key: string; known: readonly string[]; where: string } | { key: string; beside: string }): Said => ('beside' in p
    ? {
      message: `expected only \`${p.beside}\` in this layer entry, found \`${p.key}\` beside it`,
      hint: `indent \`${p.key}\` under \`${p.beside}:\` if it is one of its parameters`,
    }
    : { message: `expected one of ${list(p.known)} in ${p.where}, found \`${p.key}\`` }),
  TWO_LAYER_KINDS: (p: { kind: string; other: string }): Said => ({
    message: `expected one layer kind per list item, found \`${p.kind}\` and \`${p.other}\``, hint: `start another list item with \`- ${p.other}:\``,
  }),
  UNKNOWN_LAYER_KIND: (p: { kinds: readonly string[]; found: string }) => `expected a layer kind (${list(p.kinds)}), found \`${p.found}\``,
  UNKNOWN_VALUE: (p: { allowed: readonly string[]; where?: string; found: string }) => `expected one of ${list(p.allowed)}${at(p.where)}, found ${p.found}`,
  MISSING_KEY: (p: { key: string; where: string } | { key: 'type'; options: readonly string[] } | { kinds: readonly string[] }) => (
    'kinds' in p ? `expected a layer kind (${list(p.kinds)}), found an empty map`
      : 'options' in p ? `expected key \`${p.key}\` (one of ${list(p.options)}), found none`
        : `expected key \`${p.key}\` in ${p.where}, found none`),
  MISSING_PARAMETERS: (p: { kind: string }): Said => ({
    message: `expected parameters for \`${p.kind}\`, found none`, hint: `write it as a map, e.g. \`- ${p.kind}: {...}\``,
  }),
  WRONG_TYPE: (p: { expected: string; where?: string; found: string }) => `expected ${p.expected}${at(p.where)}, found ${p.found}`,
  WRONG_LENGTH: (p: { bound: 'at least' | 'at most'; limit: number; where: string; count: number }) =>
    `expected ${p.bound} ${p.limit} items in ${p.where}, found ${p.count}`,
  TOO_MANY_LAYERS: (p: { limit: number; count: number }): Said => ({
    message: `expected at most ${p.limit} layers, found ${p.count}`, hint: 'a network spec has a few dozen layers; is this the right file?',
  }),
  OUT_OF_RANGE: (p: { where: string; comparison: string; limit: string; found: string }) => `expected ${p.where} ${p.comparison} ${p.limit}, found ${p.found}`,
  NOT_AN_INTEGER: (p: { expected: string; where: string; found: number }): Said => ({
    message: `expected ${p.expected} for ${p.where}, found ${p.found}`, hint: `use a whole number, e.g. ${Math.round(p.found)}`,
  }),
  NOT_FINITE: (p: { found: number }): Said => ({ message: `expected a finite number, found ${p.found}`, hint: '.nan and .inf are not valid here' }),
  EMPTY_LAYERS: () => 'expected at least one layer, found none',
  DUPLICATE_NAME: (p: { name: string }): Said => ({
    message: `expected unique layer names, found \`${p.name}\` again`, hint: 'layers are named kind + count (conv1, conv2...) unless they set `name:`',
  }),
  SCHEMA: (p: { where: string; keyword: string; detail: string; found: string }) => `expected ${p.where} to satisfy \`${p.keyword}\`: ${p.detail}, found ${p.found}`,

  // branches: `from`, merges and blocks
  UNKNOWN_LAYER_REF: (p: { name: string; layer: string }) => `expected \`from\` to name an earlier layer or \`input\`, found \`${p.name}\`, which no layer before ${p.layer} is called`,
  LATER_LAYER_REF: (p: { name: string; layer: string }): Said => ({
    message: `expected \`from\` to name a layer before ${p.layer}, found \`${p.name}\`, which comes after it`,
    hint: 'layers run in order: move this layer below the one it takes, or take an earlier one',
  }),
  SELF_REF: (p: { name: string }) => `expected \`from\` to name an earlier layer, found ${p.name} itself`,
  RESERVED_NAME: (p: { name: string }): Said => ({
    message: `expected a layer name other than \`${p.name}\`, which names the network's input in \`from\``,
    hint: 'give the layer another name',
  }),
  UNUSED_LAYER: (p: { layer: string }): Said => ({
    message: `${p.layer}'s output is never used: no later layer takes it and it is not the network's output`,
    hint: 'take it with `from:` in a later layer (or a merge), or remove it',
  }),
  UNKNOWN_BLOCK: (p: { name: string; known: readonly string[] }) => (p.known.length
    ? `expected a block defined in \`blocks\` (${list(p.known)}), found \`${p.name}\``
    : `expected a block defined in \`blocks\`, found \`${p.name}\` and no \`blocks\` section`),
  UNKNOWN_BLOCK_PARAM: (p: { name: string; block: string; params: readonly string[] }) => (p.params.length
    ? `expected a parameter of block \`${p.block}\` (${list(p.params)}), found \`${p.name}\``
    : `expected no parameters for block \`${p.block}\` (it declares none), found \`${p.name}\``),
  MISSING_BLOCK_PARAM: (p: { name: string; block: string }): Said => ({
    message: `expected a value for \`${p.name}\`, a parameter of block \`${p.block}\` without a default, found none`,
    hint: `set it where the block is used: \`${p.name}: ...\``,
  }),
  UNDECLARED_PARAM: (p: { ref: string; block?: string; declared: readonly string[] }) => (p.block === undefined
    ? `expected a value, found the block parameter \`${p.ref}\` outside any block`
    : `expected a parameter declared in block \`${p.block}\`'s \`params\`${p.declared.length ? ` (${list(p.declared)})` : ''}, found \`${p.ref}\``),
  BLOCK_CYCLE: (p: { block: string; chain: readonly string[] }): Said => ({
    message: `expected blocks to end, found block \`${p.block}\` using itself`, hint: p.chain.join(' → '),
  }),
  BLOCK_TOO_LARGE: (p: { limit: number; count: number }): Said => ({
    message: `expected at most ${p.limit} layers once blocks are expanded, found ${p.count}`, hint: 'use fewer repeats or smaller blocks',
  }),
  UNUSED_BLOCK: (p: { block: string }): Said => ({ message: `block \`${p.block}\` is never used`, hint: 'use it in `layers` as `- block: {use: ...}`, or remove it' }),
  BLOCK_USED_HERE: (p: { block: string; instance: string }) => `in ${p.instance}, a use of block \`${p.block}\``,

  // extends and overrides
  EXTENDS_NOT_FOUND: (p: { file: string }): Said => ({
    message: `expected a spec file at ${p.file}, found none`, hint: '`extends` paths are relative to the folder of the file that has them',
  }),
  EXTENDS_CYCLE: (p: { file: string; chain: readonly string[] }): Said => ({
    message: `expected \`extends\` chains to end, found a cycle back to ${p.file}`, hint: p.chain.join(' → '),
  }),
  EXTENDS_TOO_DEEP: (p: { limit: number }) => `expected at most ${p.limit} files in an \`extends\` chain, found more`,
  EXTENDS_NOT_YAML: (p: { file: string }) => `expected a YAML spec file (.yaml or .yml) for \`extends\`, found ${p.file}`,
  BAD_OVERRIDE: (p: { line: string } | { extends: true } | { path: string }): Said => (
    'line' in p ? { message: `expected \`dotted.path=value\`, found \`${p.line}\``, hint: 'e.g. --set train.lr=0.05 or --set layers.0.conv.kernel=3' }
      : 'extends' in p ? { message: 'expected a spec value to override, found `extends` (bases are merged before overrides)' }
        : { message: p.path, hint: 'an override can only set keys of maps and existing list items' }),

  // shapes: each hint says the arithmetic and the fixes, which the diagnostic carries as data too
  NON_POSITIVE_OUTPUT: (p: {
    layer: string; size: string; kernel: string; input: string; arithmetic: readonly string[]; fixes: readonly [padding: SpecFix, same: SpecFix, kernel: SpecFix];
  }): Said => ({
    message: `${p.layer}'s output would be ${p.size} (height × width): expected every dimension ≥ 1`,
    hint: `kernel ${p.kernel} on a ${p.input} input: ${p.arithmetic.join(', ')}; add ${said(p.fixes[0])} (or ${said(p.fixes[1])}) or use ${said(p.fixes[2])}`,
  }),
  POOL_LARGER_THAN_INPUT: (p: { layer: string; window: string; input: string; arithmetic: readonly string[]; fixes: readonly [fits: SpecFix, global: SpecFix, same: SpecFix] }): Said => ({
    message: `${p.layer}'s ${p.window} window is larger than its ${p.input} input: expected a window of at most ${p.input} with \`padding: valid\``,
    hint: `${p.arithmetic.join(', ')}; use ${said(p.fixes[0])} (${said(p.fixes[1])} pools the whole input) or ${said(p.fixes[2])}`,
  }),
  /** `fixes`: the flatten to insert, when the layer takes the one before it (else `input` names what it takes). */
  DENSE_ON_SPATIAL: (p: { layer: string; shape: string; input: string; units: number; fixes: readonly [] | readonly [flatten: SpecFix] }): Said => ({
    message: `${p.layer} (dense) needs a flat input, found a spatial ${p.shape} one`,
    hint: p.fixes.length
      ? `insert ${said(p.fixes[0]!)} before it (it would then see ${p.units} inputs)`
      : `flatten ${p.input} and take that instead (it would then see ${p.units} inputs)`,
  }),
  /** `fixes`: removing a second flatten; a conv or pool has to move, which is no one edit. */
  SPATIAL_AFTER_FLATTEN: (p: { layer: string; kind: string; units: string; fixes: readonly [] | readonly [remove: SpecFix] }): Said => ({
    message: `${p.layer} (${p.kind}) needs a spatial [height, width, channels] input, found a flat one of ${p.units} units`,
    hint: p.fixes.length
      ? `the input is already flat; remove this \`- ${p.kind}\``
      : `a ${p.kind} layer cannot follow flatten or dense; move it before the \`- flatten\` layer`,
  }),
  MERGE_SHAPE_MISMATCH: (p: {
    layer: string; kind: 'add' | 'concat'; expected: string; branch: number; input: string; shape: string; first: string; firstShape: string; change: MergeChange; fixes: readonly SpecFix[];
  }): Said => ({
    message: p.kind === 'add'
      ? `${p.layer} (add) needs inputs of one shape: expected ${p.expected} (as ${p.first}), found ${p.shape} from ${p.input} (branch ${p.branch})`
      : `${p.layer} (concat) needs inputs of one height and width: expected ${p.expected} (as ${p.first}), found ${p.shape} from ${p.input} (branch ${p.branch})`,
    hint: mergeHint(p),
  }),
  MERGE_FLAT_AND_SPATIAL: (p: { layer: string; kind: string; input: string; shape: string; first: string; firstShape: string }): Said => ({
    message: `${p.layer} (${p.kind}) needs inputs that are all spatial or all flat: ${p.first} is ${p.firstShape}, ${p.input} is ${p.shape}`,
    hint: 'flatten the spatial inputs (or pool them globally) before merging them with flat ones',
  }),
  BRANCH_DIFFERS: (p: { input: string; shape: string }) => `this branch ends in ${p.input}, ${p.shape}`,
  /** `conv`: the layer is a conv (else a pool); `strided`: a conv whose stride is more than 1. */
  SHRUNK_HERE: (p: { layer: string; from: string; to: string; conv: boolean; strided: boolean }) =>
    `${p.layer} shrinks the map from ${p.from} to ${p.to}; ${p.conv && !p.strided
      ? '`padding: same` would keep its size'
      : `a smaller ${p.conv ? '`kernel` or `stride`' : '`size` or `stride`'} would keep more of it`}`,
  FAILS_HERE: () => 'where the map no longer fits: a layer this spec takes as it is from the one it extends',
  /** `fixes`: the units of the dense layer that sets the output's width, or a dense layer to add at the end. */
  CLASS_MISMATCH: (p: { units: number; classes: number; dataset: string; fixes: readonly [SpecFix] }): Said => ({
    message: `the model's output has ${p.units} units: expected ${p.classes}, one per class of ${p.dataset}`,
    hint: p.fixes[0].edits.some((e) => 'insert' in e) ? `add ${said(p.fixes[0])} at the end` : `use ${said(p.fixes[0])}`,
  }),
  NO_CLASSIFIER: (p: { shape: string; classes: number; dataset: string; fixes: readonly [SpecFix] }): Said => ({
    message: `the model's output is ${p.shape}: expected a flat output of ${p.classes} units, one per class of ${p.dataset}`,
    hint: `end the model with ${said(p.fixes[0])}`,
  }),
  // trains, but badly (warnings)
  /** `fixes`: `activation: none` on the layer that sets it, or removing an activation layer. */
  LOGITS_ACTIVATION: (p: { layer: string; activation: string; fixes: readonly [SpecFix] }): Said => ({
    message: `${p.layer} applies ${p.activation} to the logits: expected none (${p.activation === 'softmax'
      ? 'the loss applies softmax itself, so this one saturates and the loss falls back on a clipped log of probabilities'
      : `${p.activation} ${p.activation.startsWith('relu') ? 'zeroes every negative logit and its gradient' : 'squashes the logits into a narrow range'}, so classes stop being told apart`})`,
    hint: p.fixes[0].edits.some((e) => 'remove' in e) ? 'remove this activation layer' : `use ${said(p.fixes[0])} on ${p.layer}`,
  }),
  /** `fixes`: a stride that fits the window; `larger`: the window that would fit the stride. */
  STRIDE_SKIPS_INPUT: (p: { layer: string; stride: string; window: string; what: 'kernel' | 'window'; larger: number; fixes: readonly [SpecFix] }): Said => ({
    message: `${p.layer}'s stride ${p.stride} is larger than its ${p.window} ${p.what}: expected at most the window, or the rows and columns between windows are never read`,
    hint: `use ${said(p.fixes[0])} or a ${p.what === 'kernel' ? 'kernel' : 'size'} of at least ${p.larger}`,
  }),
  DATASET_FOLDER: (p: { path: string; found: string }): Said => ({
    message: `expected a folder of class subfolders at ${p.path}, found ${p.found}`,
    hint: 'train.dataset names a folder relative to the spec file, holding one subfolder of images per class: photos/cats/1.png, photos/dogs/1.jpg',
  }),
  TENSOR_TOO_LARGE: (p: { what: string; elements: string; gib: string }): Said => ({
    message: `${p.what} would hold ${p.elements} elements (${p.gib} GiB of float32): expected at most 2^31 elements in one tensor`,
    hint: 'reduce the sizes that multiply into it (batch_size, filters, units) or downsample earlier with stride or pooling',
  }),
  MODEL_TOO_LARGE: (p: { params: string; gib: string; limit: string }): Said => ({
    message: `the model has ${p.params} parameters, ${p.gib} GiB of float32: expected at most ${p.limit} GiB`,
    hint: 'most parameters usually sit in the first dense layer after flatten; pool or stride more before flattening, or use fewer units',
  }),
  BATCH_TOO_LARGE: (p: { batch: number; gib: string; perExample: string; limit: string; largest: number }): Said => ({
    message: `a batch of ${p.batch} keeps ${p.gib} GiB of activations (${p.perExample} GiB per example): expected at most ${p.limit} GiB`,
    hint: `use a smaller \`batch_size\` (at most ${p.largest}) or fewer filters`,
  }),
  GPU_PROGRAM: (p: { reason: string; hint?: string }): Said => ({ message: `the webgpu engine cannot run this spec: ${p.reason}`, hint: p.hint }),
  GPU_BUFFER_TOO_LARGE: (p: { what: string; mib: string; batch: number; limit: string; largest: number }): Said => ({
    message: `${p.what} need ${p.mib} MiB at batch ${p.batch}: expected at most ${p.limit} MiB, the largest buffer this GPU binds`,
    hint: `use a smaller \`batch_size\` (at most ${p.largest}) for the webgpu engine`,
  }),
  GPU_TOO_MANY_BUFFERS: (p: { kernel: string; buffers: number; limit: number; arenas: number }): Said => ({
    message: `kernel ${p.kernel} binds ${p.buffers} storage buffers (its activations span ${p.arenas} arenas): expected at most ${p.limit}, as many as this GPU binds at once`,
    hint: 'use a smaller `batch_size` for the webgpu engine: fewer, smaller arenas',
  }),
  CPU_PROGRAM: (p: { reason: string; hint?: string }): Said => ({ message: `the compiled CPU program cannot run this spec: ${p.reason}`, hint: p.hint }),
  CPU_MEMORY_TOO_LARGE: (p: { mib: string; batch: number; limit: string; largest: number }): Said => ({
    message: `a training step at batch ${p.batch} needs ${p.mib} MiB: expected at most ${p.limit} MiB, what one WebAssembly memory holds`,
    hint: `use a smaller \`batch_size\` (at most ${p.largest}) for the compiled CPU program`,
  }),
  PLAYGROUND_NOT_BUILT: (): Said => ({ message: 'the playground page is not built (no dist/web/index.html in the lenetc package)', hint: 'run `npm run build:web` in the lenetc folder' }),
  PORT_IN_USE: (p: { port: number; host: string }): Said => ({ message: `port ${p.port} on ${p.host} is in use`, hint: 'pass --port N for another one, or --port 0 for any free port' }),
  PORT_NOT_ALLOWED: (p: { port: number }): Said => ({ message: `not allowed to listen on port ${p.port}`, hint: 'ports below 1024 need privileges: pass --port N with N ≥ 1024' }),
  NO_SUCH_ADDRESS: (p: { host: string }): Said => ({ message: `cannot listen on ${p.host}: no such address here`, hint: 'pass --host with an address of this machine, or leave it out for 127.0.0.1' }),

  // the command line
  NEEDS_ARGUMENT: (p: { command: string; needs: string; hint?: string }): Said => ({ message: `${p.command} needs ${p.needs}`, hint: p.hint, exit: USAGE }),
  RESUME_CHANGES: (p: { options: readonly string[] }): Said => ({
    message: `--resume continues a run as it was started; it takes no ${p.options.join(', ')}`,
    hint: 'start a new run with lenetc train SPEC to change it', exit: USAGE,
  }),
  BAD_OPTION: (p: { option: string; expected: string; found: string; hint?: string }): Said => ({
    message: `${p.option} expects ${p.expected}, got ${p.found}`, hint: p.hint, exit: USAGE,
  }),
  FILE_EXISTS: (p: { file: string }): Said => ({ message: `${p.file} exists; not overwriting it`, hint: 'pass --force to replace it', exit: USAGE }),
  NO_SUCH_FOLDER: (p: { file: string }): Said => ({ message: `cannot write ${p.file}: no such folder`, exit: USAGE }),
  /** `is`: what the path is (`a folder`), `expected`: what the command takes there (`a spec file`). */
  NOT_A_FILE: (p: { file: string; is: string; expected: string; hint?: string }): Said => ({ message: `${p.file} is ${p.is}, not ${p.expected}`, hint: p.hint, exit: USAGE }),
  /** `reason`: the system's words and code, e.g. `no space left on the device (ENOSPC)`. */
  WRITE_FAILED: (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  READ_FAILED: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  NOT_JSON: (p: { file: string; hint?: string }): Said => ({ message: `${p.file} is not valid JSON`, hint: p.hint ?? 'the file is damaged or was not written by lenetc' }),
  TOO_MANY_POINTS: (p: { points: number; limit: number }): Said => ({
    message: `the sweep has ${p.points} points; at most ${p.limit} are allowed`, hint: 'vary fewer values at once', exit: USAGE,
  }),
  SPEC_INVALID: (p: { file: string; codes: readonly string[] }): Said => ({ message: `${p.file} does not check: ${p.codes.join(', ')}`, hint: `run lenetc check ${p.file}` }),
  SCHEMA_NOT_FOUND: (p: { file: string }) => `cannot find ${p.file} in the lenetc package`,
  NO_PYTHON_TORCH: (p: { tried: readonly string[] }): Said => ({
    message: `no Python with torch found (tried ${p.tried.join(', ')})`, hint: 'pass --python PATH or set LENETC_PYTHON',
  }),
  BASELINE_FAILED: (p: { status: number | null }) => `the PyTorch baseline failed (exit ${p.status})`,

  // backends
  BACKEND_UNAVAILABLE: (p: { name: string; reason: string; hint: string }): Said => ({
    message: `backend ${p.name} cannot be used: ${p.reason}`, hint: p.hint, exit: USAGE,
  }),
  BAD_FLAG: (p: { flag: string }): Said => ({
    message: `bad flag ${JSON.stringify(p.flag)}: expected NAME=value`, hint: 'e.g. WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE=100,WEBGPU_CPU_FORWARD=false',
  }),
  UNKNOWN_FLAG: (p: { name: string; ours: readonly string[] }): Said => ({
    message: `unknown flag ${p.name}`, hint: `tfjs flags (WEBGPU_*, DEBUG, ...) or ${p.ours.join(', ')}`,
  }),

  // data sets; `hint` is how to get the file right, which depends on where it came from
  /** With `missing`, the folder lacks files; without, it does not exist. */
  DATA_NOT_FOUND: (p: ({ dataset: string; looked: readonly string[] } | { via: string; dir: string; missing?: string }) & { hint: string }): Said => ({
    message: 'dataset' in p ? `${p.dataset} was not found (looked in ${p.looked.join(', ')}) and downloading is off`
      : p.missing === undefined ? `${p.via}: ${p.dir} does not exist` : `${p.via}: ${p.dir} lacks ${p.missing}`,
    hint: p.hint,
  }),
  DATA_BAD_MAGIC: (p: { file: string; magic: string; expected: string; what: string; dims?: { found: number; expected: number }; hint?: string }): Said => (p.dims
    ? { message: `${p.file} has magic number ${p.magic} (${p.dims.found} dimensions), expected ${p.expected} (IDX ${p.what}, ${p.dims.expected} dimensions)`, hint: p.hint ?? 'Check the file is the one its name says.' }
    : { message: `${p.file} is not an IDX file: magic number ${p.magic}, expected ${p.expected} (IDX ${p.what})`, hint: p.hint }),
  DATA_BAD_TYPE: (p: { file: string; type: string; hint?: string }): Said => ({ message: `${p.file} holds IDX element type ${p.type}, expected 0x08 (unsigned byte)`, hint: p.hint }),
  DATA_BAD_DIMS: (p: { file: string; shape: string; hint?: string } | { test: string; testSize: string; train: string; trainSize: string }): Said => ('shape' in p
    ? { message: `${p.file} has an empty dimension: ${p.shape}`, hint: p.hint }
    : { message: `${p.test} holds ${p.testSize} images but ${p.train} holds ${p.trainSize}`, hint: 'Both splits must come from the same dataset.' }),
  /** With no `header`, the file is shorter than a magic number; with `needs`, than its header says. */
  DATA_TRUNCATED: (p: { file: string; bytes: number; header?: number; shape?: string; needs?: number; hint?: string }): Said => ({
    message: `${p.file} is truncated: ${p.bytes} bytes, ${
      p.needs !== undefined ? `its header (${p.shape}) needs ${p.needs}` : p.header !== undefined ? `shorter than its ${p.header}-byte header` : 'not even an IDX magic number'}`,
    hint: p.hint,
  }),
  DATA_LENGTH_MISMATCH: (p: { file: string; extra: number; shape: string; hint?: string }): Said => ({
    message: `${p.file} has ${p.extra} bytes more than its header (${p.shape}) describes`, hint: p.hint,
  }),
  DATA_COUNT_MISMATCH: (p: { labels: string; labelCount: number; images: string; imageCount: number }): Said => ({
    message: `${p.labels} has ${p.labelCount} labels but ${p.images} has ${p.imageCount} images`, hint: 'The images and labels files must belong to the same split.',
  }),
  DATA_LABEL_RANGE: (p: { file: string; label: number; index: number; classes: number; hint?: string }): Said => ({
    message: `${p.file}: label ${p.label} at index ${p.index} is not a class (expected 0..${p.classes - 1})`, hint: p.hint,
  }),
  DATA_CORRUPT_GZIP: (p: { file: string; reason?: string; hint?: string }): Said => ({
    message: p.reason === undefined ? `${p.file} is not gzip data` : `${p.file} is a corrupt or truncated gzip file (${p.reason})`, hint: p.hint,
  }),
  DATA_IO: (p: { action: 'read' | 'write' | 'create'; file: string; reason: string; hint?: string }): Said => ({
    message: `cannot ${p.action} ${p.file}: ${p.reason}`, hint: p.hint,
  }),
  DATA_DOWNLOAD: (p: { file: string; url: string; reason: string; hint: string }): Said => ({ message: `could not download ${p.file} from ${p.url}: ${p.reason}`, hint: p.hint }),
  DATA_CHECKSUM: (p: { file: string; url: string; algorithm: string; actual: string; expected: string; hint: string }): Said => ({
    message: `${p.file} from ${p.url} has ${p.algorithm.toUpperCase()} ${p.actual}, expected the published ${p.expected}; it was not saved`,
    hint: `The server sent different bytes than the published file (a proxy, a partial or a tampered copy). Try again later, or: ${p.hint}`,
  }),
  DATA_BAD_OPTION: (p: { dataset: string; known: readonly string[] } | { name: string; value: number }): Said => ('dataset' in p
    ? { message: `unknown dataset ${JSON.stringify(p.dataset)}`, hint: `Use one of: ${p.known.join(', ')}.` }
    : { message: `${p.name} must be a positive integer, got ${p.value}` }),


  // a folder of your own images as the dataset
  DATA_FOLDER_MISSING: (p: { dir: string }): Said => ({ message: `the dataset folder ${p.dir} does not exist or cannot be read`, hint: 'train.dataset names a folder relative to the spec file' }),
  DATA_FOLDER_CLASSES: (p: { dir: string; count: number; only?: string }): Said => (p.count > 256
    ? { message: `the dataset folder ${p.dir} has ${p.count} class subfolders: lenetc takes at most 256` }
    : {
      message: `the dataset folder ${p.dir} has ${p.only === undefined ? 'no class subfolders' : `one class subfolder (${p.only})`}: expected one subfolder per class, at least two`,
      hint: 'lay it out as <folder>/<class>/<image>.png, e.g. photos/cats/1.png and photos/dogs/1.jpg',
    }),
  /** With `inClass`, `dir` is a folder inside that class's folder. */
  DATA_CLASS_EMPTY: (p: { dir: string; inClass?: string }): Said => (p.inClass === undefined
    ? { message: `the class folder ${p.dir} holds no PNG or JPEG images` }
    : { message: `the folder ${p.dir} in class ${p.inClass} holds no PNG or JPEG images`, hint: 'put its images in or remove it: lenetc skips nothing in a dataset folder without a word' }),
  DATA_FOLDER_LINK: (p: { file: string; is: string }): Said => ({
    message: `${p.file} is ${p.is}: lenetc follows no links inside a dataset folder`, hint: 'copy what it points to into the folder (cp -rL) or remove the link',
  }),
  DATA_FOLDER_STRAY: (p: { file: string; dir: string }): Said => ({
    message: `${p.file} is an image beside the class folders of ${p.dir}, in no class`, hint: 'move it into the folder of its class: an image\'s class is the subfolder it is in',
  }),
  DATA_CHANNELS: (p: { channels: number; height: number; width: number }): Said => ({
    message: `the spec's input has ${p.channels} channels: a folder dataset is read as grey (1) or RGB (3)`, hint: `set input: [${p.height}, ${p.width}, 1] or [${p.height}, ${p.width}, 3]`,
  }),
  // images (lenetc activations --image)
  IMAGE_EMPTY: (p: { file: string }) => `${p.file}: the file is empty`,
  IMAGE_UNSUPPORTED: (p: { file: string; format?: string }): Said => ({
    message: `${p.file}: ${p.format ? `${p.format} images are not supported` : 'not a PNG or JPEG image (unrecognized magic bytes)'}`, hint: 'convert it to PNG or JPEG',
  }),
  IMAGE_CORRUPT: (p: { file: string; format: string; truncated?: boolean; what: string }) =>
    `${p.file}: corrupt ${p.truncated ? 'or truncated ' : ''}${p.format.toUpperCase()}: ${p.what}`,
  IMAGE_ZERO_SIZE: (p: { file: string; width: number; height: number }) => `${p.file}: the image has zero size (${p.width}×${p.height})`,
  /** With `memory` (MiB), the pixels are allowed but decoding them would take more memory than `limit` MiB. */
  IMAGE_TOO_LARGE: (p: { file: string; width: number; height: number; limit: number; memory?: { mib: number; kind: string } }): Said => ({
    message: p.memory
      ? `${p.file}: the image is too large to decode: ${p.width}×${p.height} ${p.memory.kind} would take about ${p.memory.mib} MiB, more than ${p.limit} MiB`
      : `${p.file}: the image is too large: ${p.width}×${p.height} is ${(p.width * p.height / 1e6).toFixed(0)} megapixels, more than ${p.limit / 1e6}`,
    hint: 'scale it down first; the network sees 28×28 pixels anyway',
  }),

  IMAGE_UNREADABLE: (p: { file: string; reason: string }) => `${p.file}: cannot read it (${p.reason})`,
  NO_IMAGES: (p: { inputs: readonly string[] }): Said => ({ message: `no PNG or JPEG images in ${p.inputs.join(', ')}`, exit: USAGE }),
  UNSUPPORTED_CHANNELS: (p: { channels: number }) => `the network takes ${p.channels}-channel inputs; lenetc reads images as grey (1) or RGB (3)`,
  // run folders, checkpoints, training
  NOT_A_RUN_FOLDER: (p: { dir: string }): Said => ({ message: `${p.dir} is not a lenetc run folder`, exit: USAGE }),
  /** `model`: only runs with a trained model would do. */
  NO_RUNS: (p: { dir: string; model: boolean }): Said => ({
    message: `no run folder${p.model ? ' with a trained model' : ''} under ${p.dir}/ for \`latest\``,
    hint: p.model ? 'a run saves its model after its first epoch; train one with lenetc train SPEC' : 'train one with lenetc train SPEC', exit: USAGE,
  }),
  /** A folder of several specs' runs, or of a sweep's points: which one is meant cannot be told. */
  AMBIGUOUS_RUN: (p: { dir: string; runs: readonly string[] }): Said => ({
    message: `${p.dir} holds ${p.runs.length} runs of different specs or sweep points, newest first: ${p.runs.slice(0, 5).join(', ')}${p.runs.length > 5 ? `, and ${p.runs.length - 5} more` : ''}`,
    hint: `name one of them, or latest for the newest; lenetc runs ${p.dir} lists them all`, exit: USAGE,
  }),
  // usage errors, like the CLI's other refusals to overwrite, in train and sweep alike
  OUT_NOT_EMPTY: (p: { out: string; kind: 'run' | 'sweep' }): Said => (p.kind === 'run'
    ? { message: `--out ${p.out} is a non-empty folder that is not a lenetc run`, hint: 'give an empty or new folder; lenetc never writes over other files', exit: USAGE }
    : { message: `--out ${p.out} is a non-empty folder that is not a lenetc sweep`, hint: 'give an empty or new folder, or the folder of an earlier sweep to continue it', exit: USAGE }),
  OUT_HOLDS_RUN: (p: { out: string }): Said => ({
    message: `--out ${p.out} holds an earlier run; not replacing it`, hint: `pass --force to replace it, or go on with it: lenetc train --resume ${p.out}`, exit: USAGE,
  }),
  /** `holder`: the process, as `pid 123` or `pid 123 on host`; `lock`: the file to remove when that process is gone from another host. */
  RUN_FOLDER_BUSY: (p: { dir: string; holder: string; since: string; lock?: string }): Said => ({
    message: `${p.dir} is being written by another lenetc (${p.holder}, since ${p.since})`,
    hint: p.lock ? `if that process is gone, remove ${p.lock}` : 'wait for it to finish or stop it: a run folder has one writer at a time',
    exit: USAGE,
  }),
  /** As RUN_FOLDER_BUSY, for the folder of a sweep: one sweep writes it at a time. */
  SWEEP_FOLDER_BUSY: (p: { dir: string; holder: string; since: string; lock?: string }): Said => ({
    message: `${p.dir} is the folder of a sweep that another lenetc is running (${p.holder}, since ${p.since})`,
    hint: p.lock ? `if that process is gone, remove ${p.lock}` : 'wait for it to finish or stop it, or give this sweep its own --out',
    exit: USAGE,
  }),
  SWEEP_FOLDER_TAKEN: (p: { out: string; sweep: string; queue: string; unfinished: number }): Said => ({
    message: `--out ${p.out} is the folder of queued sweep ${p.sweep} (queue ${p.queue}), whose ${p.unfinished} point${p.unfinished === 1 ? ' has' : 's have'} not finished`,
    hint: 'give this sweep its own --out; the folder is free once that sweep is done (if it was given up, remove its sweep.json)',
    exit: USAGE,
  }),
  RESUME_MISMATCH: (p: { runDir: string; changes: readonly string[] }): Said => ({
    message: `${p.runDir} cannot be resumed as the same run: ${p.changes.join('; ')}`,
    hint: 'resume it as it was started (its spec, --data and --threads), or start a new run from its spec: lenetc train RUN_DIR/spec.resolved.yaml',
    exit: USAGE,
  }),
  /** `problem` says what is wrong with `file`, a file of the checkpoint folder. */
  CHECKPOINT_DAMAGED: (p: { file: string; problem: string }): Said => ({ message: `${p.file} ${p.problem}`, hint: 'the checkpoint is damaged; start the run again' }),
  /** `problem` says what is wrong with the model folder `dir` (or its file). */
  MODEL_DAMAGED: (p: { dir: string; problem: string }): Said => ({ message: `${p.dir}: ${p.problem}`, hint: 'the model folder is damaged or not lenetc\'s; train the run again' }),
  /** `count` of the weight's `total` values are NaN or infinite. */
  MODEL_NOT_FINITE: (p: { dir: string; weight: string; count: number; total: number }): Said => ({
    message: `${p.dir}: the weight ${p.weight} holds ${p.count === p.total ? 'only' : `${p.count} of ${p.total}`} NaN or infinite values`,
    hint: 'the training diverged before this model was saved; train it again, e.g. with a lower learning rate',
  }),
  WEIGHTS_MISMATCH: (p: { dir: string }): Said => ({
    message: `${p.dir} holds the weights of another network than the spec's`, hint: 'the spec changed since the checkpoint was written; start a new run',
  }),
  NO_MODEL: (p: { dir: string; file: string; hint: string }): Said => ({ message: `${p.dir} holds no model (${p.file})`, hint: p.hint }),
  NO_CHECKPOINT: (p: { runDir: string }): Said => ({
    message: `${p.runDir} has no checkpoint to resume from`, hint: 'a run writes one after each epoch; start it again with lenetc train SPEC',
  }),
  CHECKPOINT_VERSION: (p: { file: string; version: string }) => `${p.file} has version ${p.version}; this lenetc reads version 1`,
  /** A Ctrl-C while the GPU's training program compiled, before the first step. */
  START_INTERRUPTED: (p: { resumed: boolean }): Said => ({
    message: `interrupted while the training program compiled for the GPU, before the first step: ${p.resumed ? 'the run folder is as it was' : 'no run folder was kept'}`,
    exit: EXIT.interrupted,
  }),
  RUN_FINISHED: (p: { runDir: string; epochs: number }): Said => ({
    message: `${p.runDir} already finished all ${p.epochs} epochs`, hint: 'nothing to resume; evaluate it with lenetc eval',
  }),
  /** `fixes`: the spec's `input` set to the images' shape (check's); `hint`: advice of the caller's (train's, predict's). */
  INPUT_MISMATCH: (p: { model: string; images: string; dataset?: string; hint?: string; fixes?: readonly [SpecFix] }): Said => ({
    message: `the model takes ${p.model} inputs but ${p.dataset ? `${p.dataset}'s` : 'the dataset\'s'} images are ${p.images}`,
    hint: p.fixes ? `use ${said(p.fixes[0])}; to see more of the image per unit, pad inside the network (conv \`padding\`) instead` : p.hint,
  }),
  TOO_MANY_INPUTS: (p: { flag: string; count: number; limit: number }): Said => ({
    message: `${p.flag} ${p.count} is more than ${p.limit}`, hint: `ask for at most ${p.limit}: each input is one PNG`, exit: USAGE,
  }),
  /** The words of each cause come from train/chance.ts's data, the most likely first. */
  AT_CHANCE: (p: { epoch: number; valAcc: number; classes: number; causes: readonly ChanceCause[]; setting: RateSetting }): Said => ({
    message: `val_acc ${p.valAcc.toFixed(4)} after epoch ${p.epoch} is chance for ${p.classes} classes (1/${p.classes}): ${
      p.causes.length ? p.causes.map((c) => chanceCause(c, p.setting)).join('; also ') : 'nothing in the spec explains it: check that the images and their labels belong together, or train longer'}`,
  }),
  DIVERGED: (p: { loss: number; epoch: number; batch: number; checkpoint: string; lr: number }): Said => ({
    message: `the training loss became ${p.loss} at epoch ${p.epoch}, batch ${p.batch}; training stopped (the last good checkpoint is kept in ${p.checkpoint})`,
    hint: `lower the learning rate (now ${formatRate(p.lr)}), e.g. --lr ${formatRate(p.lr / 10)}`,
  }),

  // the job queue (lenetc sweep --queue, lenetc worker)
  QUEUE_URL: (p: { found: string; why?: string }): Said => ({
    message: `--queue expects a Redis URL such as redis://HOST:6379/0 or rediss://:PASSWORD@HOST:6380/0, found ${p.found}${p.why ? ` (${p.why})` : ''}`, exit: USAGE,
  }),
  QUEUE_OPTIONS: (p: { options: readonly string[]; queued: boolean }): Said => (p.queued
    ? { message: `with --queue each worker chooses ${p.options.join(', ')}`, hint: 'give them to the workers: lenetc worker --queue URL --backend NAME --concurrency N', exit: USAGE }
    : { message: `${p.options.join(', ')} ${p.options.length === 1 ? 'is' : 'are'} for sweeps with --queue`, exit: USAGE }),
  QUEUE_UNREACHABLE: (p: { where: string; why: string }): Said => ({
    message: `cannot reach Redis at ${p.where}: ${p.why}`, hint: 'is redis-server running there, and are host and port right?',
  }),
  QUEUE_AUTH: (p: { where: string; refused: boolean }): Said => ({
    message: p.refused ? `Redis at ${p.where} refused the user name or password` : `Redis at ${p.where} needs a password`,
    hint: 'give it in the URL (redis://:PASSWORD@HOST:PORT) or in LENETC_REDIS_PASSWORD',
  }),
  QUEUE_TLS: (p: { where: string; reason: string; untrusted: boolean }): Said => (p.untrusted
    ? { message: `the TLS certificate of Redis at ${p.where} is not trusted: ${p.reason}`, hint: 'point NODE_EXTRA_CA_CERTS at the certificate of the authority that signed it' }
    : { message: `no TLS handshake with Redis at ${p.where}: ${p.reason}`, hint: 'is it a plain port? then use redis://' }),
  QUEUE_REDIS_VERSION: (p: { where: string; version: string; needs: string }) => `Redis at ${p.where} is version ${p.version}; lenetc's job queue (BullMQ) needs ${p.needs} or newer`,
  QUEUE_OTHER_SWEEP: (p: { queue: string; where: string; other?: { sweep: string; folder: string } }): Said => ({
    message: `queue ${p.queue} at ${p.where} holds ${p.other ? `the unfinished points of another sweep (${p.other.sweep}, folder ${p.other.folder})` : 'jobs that are not lenetc sweep points'}`,
    hint: 'wait until it is done, or give this sweep its own queue (--queue-name NAME) or Redis database (redis://HOST:PORT/1)',
    // as for an --out folder that holds something else: nothing of theirs is touched
    exit: USAGE,
  }),
  WORKER_VERSION: (p: { point: string; sweep: string; theirs: string; mine: string }): Said => ({
    message: `point ${p.point} of sweep ${p.sweep} was queued by lenetc ${p.theirs}; this worker is lenetc ${p.mine}`, hint: 'run the same lenetc version on every machine of a sweep',
  }),
  WORKER_SPEC: (p: { point: string; sweep: string; here: string; there: string }): Said => ({
    message: `this worker resolves the spec of point ${p.point} of sweep ${p.sweep} differently: spec hash ${p.here} here, ${p.there} in the sweep`,
    hint: 'the machines run different lenetc builds: install the same one on every machine',
  }),
  WORKER_DATA: (p: { point: string; sweep: string; folder: string }): Said => ({
    message: `the data of point ${p.point} of sweep ${p.sweep}, ${p.folder}, is not on this machine`,
    hint: 'mount the data folder at the same path on every machine (NFS or similar), as the sweep folder',
  }),
  /** The job says something its sweep folder does not (a tampered job): it fails, untrained. */
  WORKER_JOB: (p: { point: string; sweep: string; problem: string }): Said => ({
    message: `point ${p.point} of sweep ${p.sweep} is not what its sweep queued: ${p.problem}`,
    hint: 'the job in Redis was changed after the sweep queued it, and nothing was trained; run the sweep\'s command again to queue it anew',
  }),
  WORKER_FOLDER: (p: { sweep: string; folder: string; another: boolean }): Said => ({
    message: `the folder of sweep ${p.sweep}, ${p.folder}, is ${p.another ? 'another sweep\'s' : 'not'} on this machine`,
    hint: 'mount the shared --out folder at the same path on every machine (NFS or similar)',
  }),

  // feature maps (lenetc activations)
  NO_CONV_LAYER: (p: { spatial: readonly string[] }): Said => ({
    message: 'the network has no convolution layer', hint: `choose layers with --layers (${p.spatial.join(', ') || 'none has spatial output'})`,
  }),
  UNKNOWN_LAYER: (p: { name: string; spatial: readonly string[]; suggestion?: string }): Said => ({
    message: `the network has no layer ${JSON.stringify(p.name)}`,
    hint: `${p.suggestion === undefined ? '' : `did you mean ${p.suggestion}? `}layers with feature maps: ${p.spatial.join(', ')}`,
  }),
  NO_FEATURE_MAPS: (p: { name: string; shape: string; spatial: readonly string[] }): Said => ({
    message: `layer ${p.name} has no feature maps (its output is ${p.shape})`, hint: `layers with feature maps: ${p.spatial.join(', ')}`,
  }),
  UNSUPPORTED_INPUT: (p: { shape: string }) => `the network takes ${p.shape} inputs; activations draws one-channel images of a fixed, square size only`,
  UNKNOWN_CLASS: (p: { dataset: string; name: string; classes: readonly string[]; suggestion?: string }): Said => ({
    message: `${p.dataset} has no class ${JSON.stringify(p.name)}`,
    hint: `${p.suggestion === undefined ? '' : `did you mean ${JSON.stringify(p.suggestion)}? `}classes: ${p.classes.join(', ')}`, exit: USAGE,
  }),
  /** `split`: `test`, or a folder data set's `validation`. */
  INDEX_OUT_OF_RANGE: (p: { index: number; count: number; split: string }): Said => ({
    message: `--index ${p.index} is past the end of the ${p.split} split (${p.count} examples)`, exit: USAGE,
  }),

  // trained models as files (lenetc export, predict)
  // exports (lenetc export --onnx, --pytorch): the run's spec gives the network, its model folder the weights
  EXPORT_NO_SPEC: (p: { dir: string; format: string }): Said => ({
    message: `${p.dir} holds a model but no spec.resolved.yaml, in it or in the run folder above it: the ${p.format} export builds the network from the spec it was trained from`,
    hint: 'export the run folder the model came from (runs/<name>/<timestamp>), or put the spec it was trained from beside model.json as spec.resolved.yaml',
  }),
  EXPORT_WEIGHT_MISSING: (p: { weight: string; layer: string }): Said => ({
    message: `${p.layer} needs the weight ${p.weight}, which the model folder does not hold`,
    hint: 'the model folder was not written for this spec: export the run folder it came from, as it was trained',
  }),
  EXPORT_WEIGHT_SHAPE: (p: { weight: string; layer: string; expected: string; found: string }): Said => ({
    message: `${p.layer}'s weight ${p.weight} is ${p.found} in the model folder: expected ${p.expected}`,
    hint: 'the spec changed since the model was saved: export the run as it was trained',
  }),
  EXPORT_WEIGHT_EXTRA: (p: { weight: string }): Said => ({
    message: `the model folder holds the weight ${p.weight}, which no layer of the spec has`,
    hint: 'the model folder was not written for this spec: export the run folder it came from, as it was trained',
  }),
} as const satisfies Record<string, (params: never) => string | Said>;

/**
 * Fixes as data: the edits each shape rule suggests for the fixture specs (placed where they are
 * written), the editor's text edit that makes them (src/web/editor/apply-fix.ts), and the proof
 * that matters: every fix, applied to the spec's text, leaves a spec without that problem.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SpecEdit, SpecFix, SpecPath, SpecValue } from '../src/diagnostics.js';
import { fixLabel } from '../src/messages.js';
import { OVERRIDE_SOURCE } from '../src/parser/overrides.js';
import type { SpecReader } from '../src/parser/types.js';
import { checkSpec, type CheckResult } from '../src/pipeline.js';
import { applyFix, changeBetween } from '../src/web/editor/apply-fix.js';
import { fromRoot } from './helpers/paths.js';

const fixtures = fromRoot('test', 'fixtures');

/** The spec files on disk, with `edited` texts in place of theirs. */
function reader(edited: ReadonlyMap<string, string> = new Map()): SpecReader {
  return {
    resolve: (from, ref) => path.join(path.dirname(from), ref),
    read: (file) => edited.get(file) ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
  };
}

/** A spec to check: a fixture's folder, or a text of its own. */
interface Case {
  name: string;
  file: string;
  text: string;
  overrides?: string[];
}

function fixtureCase(name: string): Case {
  const dir = path.join(fixtures, name);
  const overrides = path.join(dir, 'overrides.json');
  return {
    name, file: path.join(dir, 'spec.yaml'), text: fs.readFileSync(path.join(dir, 'spec.yaml'), 'utf8'),
    ...(fs.existsSync(overrides) ? { overrides: JSON.parse(fs.readFileSync(overrides, 'utf8')) as string[] } : {}),
  };
}

function check(c: Case, edited?: ReadonlyMap<string, string>): CheckResult {
  return checkSpec({ file: c.file, text: edited?.get(c.file) ?? c.text }, { reader: reader(edited), overrides: c.overrides });
}

const set = (p: SpecPath, value: SpecValue, file = 'spec.yaml'): SpecEdit => ({ path: p, value, file });
const insert = (before: SpecPath, layer: SpecValue, file = 'spec.yaml'): SpecEdit => ({ insert: { before, layer }, file });
const remove = (p: SpecPath, file = 'spec.yaml'): SpecEdit => ({ remove: p, file });
const fix = (...edits: SpecEdit[]): SpecFix => ({ edits });
const conv = (n: number) => ['layers', n, 'conv'];

/** Every fixture diagnostic that has fixes, with them (files by name): the rules' data, placed where each edit goes. */
const EXPECTED: Record<string, [string, SpecFix[]][]> = {
  'bad-dataset-input': [['INPUT_MISMATCH', [fix(set(['input'], [28, 28, 1]))]]],
  'block-shape-error': [['MERGE_SHAPE_MISMATCH', [fix(
    // into the block's text, its numbers the copy's parameters: the copy that does not stride keeps fitting
    insert(['blocks', 'residual', 'layers', 2], { conv: { name: 'shortcut', from: 'input', filters: '$filters', kernel: 1, stride: '$stride' } }),
    set(['blocks', 'residual', 'layers', 2, 'add', 'from', 1], 'shortcut'),
  )]]],
  'dense-on-spatial': [['DENSE_ON_SPATIAL', [fix(insert(['layers', 1], 'flatten'))]]],
  'every-problem-at-once': [
    ['NON_POSITIVE_OUTPUT', [fix(set([...conv(0), 'padding'], 1)), fix(set([...conv(0), 'padding'], 'same')), fix(set([...conv(0), 'kernel'], 28))]],
    ['POOL_LARGER_THAN_INPUT', [fix(set(['layers', 2, 'pool', 'size'], 3)), fix(set(['layers', 2, 'pool', 'size'], 'global')), fix(set(['layers', 2, 'pool', 'padding'], 'same'))]],
    ['STRIDE_SKIPS_INPUT', [fix(set([...conv(1), 'stride'], 3))]],
  ],
  // the base spec writes the layer, so the edit is the base's
  'extends-error-in-parent': [['LOGITS_ACTIVATION', [fix(set(['layers', 2, 'dense', 'activation'], 'none', 'base.yaml'))]]],
  'good-all-layer-forms': [['LOGITS_ACTIVATION', [fix(set(['layers', 12, 'dense', 'activation'], 'none'))]]],
  'kernel-too-big': [['NON_POSITIVE_OUTPUT', [fix(set([...conv(0), 'padding'], 1)), fix(set([...conv(0), 'padding'], 'same')), fix(set([...conv(0), 'kernel'], 28))]]],
  // stem feeds the first branch too, so a 1×1 conv on the second, not a stride on stem
  'merge-add-mismatch': [['MERGE_SHAPE_MISMATCH', [fix(
    insert(['layers', 3], { conv: { name: 'shortcut', from: 'stem', filters: 16, kernel: 1, stride: 2 } }),
    set(['layers', 3, 'add', 'from', 1], 'shortcut'),
  )]]],
  'override-cause': [['NON_POSITIVE_OUTPUT', [
    fix(set([...conv(2), 'padding'], 2, 'lenet5.yaml')), fix(set([...conv(2), 'padding'], 'same', 'lenet5.yaml')), fix(set([...conv(2), 'kernel'], 1, 'lenet5.yaml')),
  ]]],
  'shrink-cause': [['NON_POSITIVE_OUTPUT', [fix(set([...conv(2), 'padding'], 2)), fix(set([...conv(2), 'padding'], 'same')), fix(set([...conv(2), 'kernel'], 1))]]],
  'warn-trains-badly': [
    ['STRIDE_SKIPS_INPUT', [fix(set([...conv(0), 'stride'], 2))]],
    ['LOGITS_ACTIVATION', [fix(set(['layers', 3, 'dense', 'activation'], 'none'))]],
  ],
  'wrong-class-count': [['CLASS_MISMATCH', [fix(set(['layers', 1, 'dense', 'units'], 10))]]],
};

/** A fixture's fixes, files by name (the fixture folder is wherever the checkout is). */
function fixesOf(result: CheckResult): [string, SpecFix[]][] {
  return result.diagnostics.filter((d) => d.fixes).map((d) => [d.code, d.fixes!.map((f) => ({
    edits: f.edits.map((e) => ({ ...e, ...(e.file ? { file: path.basename(e.file) } : {}) })),
  }))]);
}

const specFixtures = fs.readdirSync(fixtures).filter((n) => fs.existsSync(path.join(fixtures, n, 'spec.yaml'))).sort();

test('every fixture diagnostic that names a fix carries it as data, at the path and in the file to edit', { timeout: 30_000 }, () => {
  for (const name of specFixtures) {
    assert.deepEqual(fixesOf(check(fixtureCase(name))), EXPECTED[name] ?? [], name);
  }
});

/** Specs that exercise the rules' other fixes: no fixture has them. */
const HEAD = 'name: t\ninput: [28, 28, 1]\n';
const TAIL = '  - flatten\n  - dense: {units: 10, activation: none}\n';
const RESIDUAL = `blocks:
  residual:
    params: {filters: null, stride: 1}
    layers:
      - conv: {filters: $filters, kernel: 3, padding: 1, stride: $stride}
      - conv:
          name: c2
          filters: $filters
          kernel: 3
          padding: 1
          from: input
      - add: {from: [conv1, c2], activation: relu}
`;
const MORE: Record<string, string> = {
  'pool in a block map': `${HEAD}layers:\n  - conv: {filters: 6, kernel: 5}\n  - pool:\n      size: 30\n${TAIL}`,
  'conv kernel in a block map, no padding key': `${HEAD}layers:\n  - conv:\n      filters: 6\n      kernel: [3, 31]   # too wide\n${TAIL}`,
  'dense on a block-map layer': `${HEAD}layers:\n  - conv: {filters: 6, kernel: 5}\n  - dense:\n      units: 10\n      activation: none\n`,
  'a second flatten': `${HEAD}layers:\n  - flatten\n  - flatten\n  - dense: {units: 10, activation: none}\n`,
  'no classifier, after a block': `${HEAD}train: {dataset: mnist}\n${RESIDUAL}layers:\n  - conv: {filters: 8, kernel: 3, padding: 1}\n  - block: {use: residual, filters: 8}\n`,
  'class count of a conv network': `${HEAD}train: {dataset: mnist}\nlayers:\n  - conv: {filters: 3, kernel: 3}\n  - pool: {size: global}\n  - flatten\n`,
  'input as a block list': 'name: t\ninput:\n  - 32\n  - 32\n  - 3\ntrain: {dataset: mnist}\nlayers:\n  - flatten\n  - dense: {units: 10, activation: none}\n',
  'logits: an activation layer': `${HEAD}layers:\n  - flatten\n  - dense: {units: 10, activation: none}\n  - activation: softmax\n`,
  'logits: from defaults': `${HEAD}defaults: {activation: relu}\nlayers:\n  - flatten\n  - dense: {units: 10}\n`,
  'pool stride': `${HEAD}layers:\n  - pool: {size: 2, stride: [2, 4]}\n${TAIL}`,
  'add: filters on a conv others take': `${HEAD}layers:\n  - conv: {name: stem, filters: 8, kernel: 3, padding: 1}\n  - conv: {name: a, filters: 16, kernel: 3, padding: 1}\n  - add: {from: [a, stem]}\n${TAIL}`,
  'add: stride and filters through batchnorm': `${HEAD}layers:\n  - conv: {name: stem, filters: 8, kernel: 3, padding: 1, stride: 2}\n  - conv: {name: a, filters: 16, kernel: 3, padding: 1, from: input}\n  - batchnorm\n  - add: {from: [stem, batchnorm1]}\n${TAIL}`,
  'add: the input': `${HEAD}layers:\n  - conv: {name: a, filters: 8, kernel: 3, padding: 1, stride: 2}\n  - add:\n      from:\n        - a\n        - input\n${TAIL}`,
  'concat: a branch the first runs through': `${HEAD}layers:\n  - conv: {name: a, filters: 8, kernel: 3, padding: 1}\n  - pool: {name: p, size: 2}\n  - concat: {from: [p, a]}\n${TAIL}`,
  'add in a block, its conv to stride': `${HEAD}${RESIDUAL}layers:\n  - conv: {filters: 16, kernel: 3, padding: 1}\n  - block: {use: residual, filters: 16}\n  - block: {use: residual, filters: 16, stride: 2}\n${TAIL}`,
};

/**
 * Window-fit errors a fix can move onto the next layer: a conv padded to give a 1×1 map leaves a
 * pool after it as little room as before (override-cause: the cause is an inherited conv the
 * override made too large, which the error's note names).
 */
const WINDOW_FIT = new Set(['NON_POSITIVE_OUTPUT', 'POOL_LARGER_THAN_INPUT']);

const count = (ds: readonly Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;

test('every fix, applied to the spec text, leaves a spec with one problem of its kind fewer and no new kind of error', { timeout: 60_000 }, () => {
  const cases: Case[] = [
    ...specFixtures.map(fixtureCase),
    ...Object.entries(MORE).map(([name, text]) => ({ name, file: fromRoot('test', `${name.replace(/\W+/g, '-')}.yaml`), text })),
  ];
  let applied = 0;
  for (const c of cases) {
    const before = check(c);
    for (const d of before.diagnostics) {
      for (const f of d.fixes ?? []) {
        // an override is not spec text to edit: its fix is the override's to change
        if (f.edits.some((e) => e.file === OVERRIDE_SOURCE)) continue;
        const label = `${c.name}: ${d.code}: ${fixLabel(f)}`;
        const edited = new Map<string, string>();
        for (const file of new Set(f.edits.map((e) => e.file!))) {
          const text = file === c.file ? c.text : before.sources.get(file)!;
          const fixed = applyFix(text, { edits: f.edits.filter((e) => e.file === file) });
          assert.ok(fixed !== undefined, `${label}: no place for an edit in ${file}`);
          edited.set(file, fixed);
        }
        const after = check(c, edited);
        // fewer of its kind, not the same problem in other words (a stride that shrinks both branches of a merge)
        assert.equal(count(after.diagnostics, d.code), count(before.diagnostics, d.code) - 1, `${label}: still there\n${edited.get(c.file) ?? ''}`);
        const kinds = new Set(before.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code));
        const moved = (code: string) => WINDOW_FIT.has(d.code) && WINDOW_FIT.has(code);
        const added = after.diagnostics.filter((x) => x.severity === 'error' && !kinds.has(x.code) && !moved(x.code)).map((x) => `${x.code}: ${x.message}`);
        assert.deepEqual(added, [], label);
        applied++;
      }
    }
  }
  // the fixtures' fixes, and those of the specs above: a guard against a loop that tests nothing
  assert.ok(applied >= 45, `${applied} fixes applied`);
});

test('applyFix sets a value where it is written, else adds its key to the map, as the hint writes it', { timeout: 10_000 }, () => {
  const flow = 'layers:\n  - conv: {filters: 6, kernel: 30}   # big\n';
  assert.equal(applyFix(flow, fix(set(['layers', 0, 'conv', 'kernel'], [3, 28]))), 'layers:\n  - conv: {filters: 6, kernel: [3, 28]}   # big\n');
  assert.equal(applyFix(flow, fix(set(['layers', 0, 'conv', 'padding'], 'same'))), 'layers:\n  - conv: {filters: 6, kernel: 30, padding: same}   # big\n');
  assert.equal(applyFix('a: { }\n', fix(set(['a', 'b'], 1))), 'a: {b: 1 }\n');
  assert.equal(applyFix('a: {x: 1, }\n', fix(set(['a', 'b'], 1))), 'a: {x: 1, b: 1 }\n');
  const block = 'layers:\n  - conv:\n      filters: 6\n      kernel: 30   # big\n  - flatten\n';
  assert.equal(applyFix(block, fix(set(['layers', 0, 'conv', 'padding'], 1))), 'layers:\n  - conv:\n      filters: 6\n      kernel: 30   # big\n      padding: 1\n  - flatten\n');
  // a block list value becomes an inline one, after its key
  assert.equal(applyFix('input:\n  - 32\n  - 3\nname: t\n', fix(set(['input'], [28, 28, 1]))), 'input: [28, 28, 1]\nname: t\n');
  // a list entry, and a string that would not read back as itself unquoted
  assert.equal(applyFix('add: {from: [a, b]}\n', fix(set(['add', 'from', 1], 'c'))), 'add: {from: [a, c]}\n');
  assert.equal(applyFix('a: {name: x}\n', fix(set(['a', 'name'], 'yes'))), 'a: {name: "yes"}\n');
  // nowhere to put it: no such map, or a layer written without one
  assert.equal(applyFix(flow, fix(set(['layers', 3, 'conv', 'padding'], 1))), undefined);
  assert.equal(applyFix('layers:\n  - flatten\n', fix(set(['layers', 0, 'flatten', 'name'], 'f'))), undefined);
});

test('applyFix inserts a layer on its own list line before the one given, or after the last, and removes one', { timeout: 10_000 }, () => {
  const text = 'layers:\n  - conv: {filters: 6, kernel: 5}\n  - dense:\n      units: 10\ntrain: {lr: 0.1}\n';
  assert.equal(applyFix(text, fix(insert(['layers', 1], 'flatten'))), 'layers:\n  - conv: {filters: 6, kernel: 5}\n  - flatten\n  - dense:\n      units: 10\ntrain: {lr: 0.1}\n');
  assert.equal(
    applyFix(text, fix(insert(['layers', 0], { conv: { name: 'shortcut', from: 'input', filters: 8, kernel: 1 } }))),
    'layers:\n  - conv: {name: shortcut, from: input, filters: 8, kernel: 1}\n  - conv: {filters: 6, kernel: 5}\n  - dense:\n      units: 10\ntrain: {lr: 0.1}\n',
  );
  // two layers appended, in order, after the last one's lines
  assert.equal(
    applyFix(text, fix(insert(['layers', 2], 'flatten'), insert(['layers', 2], { dense: { units: 10, activation: 'none' } }))),
    'layers:\n  - conv: {filters: 6, kernel: 5}\n  - dense:\n      units: 10\n  - flatten\n  - dense: {units: 10, activation: none}\ntrain: {lr: 0.1}\n',
  );
  assert.equal(applyFix('layers: [flatten, dense]\n', fix(insert(['layers', 1], 'dropout'))), 'layers: [flatten, dropout, dense]\n');
  assert.equal(applyFix('layers: [flatten]\n', fix(insert(['layers', 1], { dense: { units: 10 } }))), 'layers: [flatten, {dense: {units: 10}}]\n');
  assert.equal(applyFix(text, fix(remove(['layers', 1]))), 'layers:\n  - conv: {filters: 6, kernel: 5}\ntrain: {lr: 0.1}\n');
  assert.equal(applyFix('layers: [flatten, dropout, dense]\n', fix(remove(['layers', 1]))), 'layers: [flatten, dense]\n');
  assert.equal(applyFix('layers: [flatten, dropout]\n', fix(remove(['layers', 1]))), 'layers: [flatten]\n');
  // edits of one fix speak of the text before it: an insertion does not move the next edit's path
  assert.equal(
    applyFix('layers:\n  - conv: {name: a}\n  - add: {from: [a, input]}\n', fix(insert(['layers', 1], { conv: { name: 's', from: 'input' } }), set(['layers', 1, 'add', 'from', 1], 's'))),
    'layers:\n  - conv: {name: a}\n  - conv: {name: s, from: input}\n  - add: {from: [a, s]}\n',
  );
  // text that is not YAML gets no edit
  assert.equal(applyFix('layers: [\n', fix(insert(['layers', 0], 'flatten'))), undefined);
});

test('the editor dispatches only the part of the text a fix changed', { timeout: 10_000 }, () => {
  const text = 'layers:\n  - conv: {filters: 6, kernel: 30}\n  - flatten\n';
  const fixed = applyFix(text, fix(set(['layers', 0, 'conv', 'padding'], 1)))!;
  const change = changeBetween(text, fixed);
  assert.deepEqual(change, { from: text.indexOf('}'), to: text.indexOf('}'), insert: ', padding: 1' });
  assert.equal(text.slice(0, change.from) + change.insert + text.slice(change.to), fixed);
  // a removal, and texts that share a repeated run (the change is one of the places it could be)
  for (const [a, b] of [['a\nb\nc\n', 'a\nc\n'], ['xx', 'xxx'], ['', 'abc'], ['abc', 'abc']]) {
    const c = changeBetween(a!, b!);
    assert.equal(a!.slice(0, c.from) + c.insert + a!.slice(c.to), b, `${a} → ${b}`);
  }
});

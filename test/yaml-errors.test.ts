/**
 * YAML syntax errors in lenetc's words (src/parser/yaml-errors.ts): the mistakes of a spec half
 * typed, each placed where it is made (the `{` never closed, not the line where yaml noticed),
 * one diagnostic for one mistake, and the line a problem offers as its fix parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { lineColumn } from '../src/diagnostics.js';
import { loadDocument } from '../src/parser/document.js';
import { yamlProblem, type YamlProblem } from '../src/parser/yaml-errors.js';

const HEAD = 'name: x\ninput: [28, 28, 1]\nlayers:\n  - conv: {filters: 6, kernel: 5}\n';

/** Each case: the text after HEAD, the problem it is, and where (line, column, the text under the range). */
const CASES: [string, YamlProblem['problem'], number, number, string][] = [
  ['  - dense: {units: 10', 'unclosed', 5, 12, '{'],
  ['  - dense: {units: 10\n  - flatten\n', 'unclosed', 5, 12, '{'],
  ['  - dense: {units: 10\n\n# logits\n\ntrain: {lr: 1}\n', 'unclosed', 5, 12, '{'],
  ['  - dense: {units: [10, {a: 1}   # nested\n  - flatten\n', 'unclosed', 5, 20, '['],
  ['  - dense: {units: 10, activation: "relu}\n', 'unclosed', 5, 36, '"'],
  ['  - dense: {units: 10}}\n', 'unopened', 5, 23, '}'],
  ['  - dense: {units: 10} x\n', 'after_value', 5, 24, 'x'],
  ['train:\n  lr: 0.1\n  epo\n', 'missing_colon', 7, 3, 'epo'],
  ['train\n  lr: 0.1\n', 'missing_colon', 5, 1, 'train'],
  ['  -flatten\n', 'dash_without_space', 5, 3, '-flatten'],
  ['  - dense: units: 10\n', 'nested_on_line', 5, 12, 'units'],
  ['    - flatten\n', 'out_of_line', 5, 5, '- flatten'],
  ['   - conv\n', 'out_of_line', 5, 4, '- conv'],
  ['train:\n  lr: 0.1\n   epochs: 3\n', 'out_of_line', 7, 4, 'epochs: 3'],
  ['@foo: 1\n', 'reserved_start', 5, 1, '@'],
  ['---\nname: y\n', 'two_documents', 5, 1, '---'],
];

/** The first of yaml's errors in `text`, as lenetc's problem. */
function problemOf(text: string) {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  assert.ok(doc.errors.length > 0, `yaml finds nothing wrong in ${JSON.stringify(text)}`);
  return yamlProblem(doc.errors[0]!, doc, text);
}

test('each mistake of a half-typed spec is one YAML_SYNTAX, placed where it is made, in lenetc\'s words', { timeout: 30_000 }, () => {
  for (const [tail, problem, line, column, under] of CASES) {
    const text = HEAD + tail;
    const { diagnostics } = loadDocument('spec.yaml', text);
    const syntax = diagnostics.filter((d) => d.code === 'YAML_SYNTAX');
    // one mistake sets off up to three of yaml's errors: one diagnostic says it
    assert.equal(syntax.length, 1, `${JSON.stringify(tail)}: ${syntax.map((d) => d.message).join(' | ')}`);
    const d = syntax[0]!;
    assert.deepEqual({ ...lineColumn(text, d.range![0]), under: text.slice(d.range![0], d.range![1]) }, { line, column, under }, JSON.stringify(tail));
    assert.equal(problemOf(text).problem.problem, problem, JSON.stringify(tail));
    // yaml's own sentence is the fallback for mistakes not recognised; these all are
    assert.doesNotMatch(d.message, /^expected valid YAML/, JSON.stringify(tail));
    assert.ok(d.hint, JSON.stringify(tail));
  }
});

test('the line a problem offers as its fix parses, in place of the line it fixes', { timeout: 30_000 }, () => {
  let fixes = 0;
  for (const [tail] of CASES) {
    const text = HEAD + tail;
    const { problem, range } = problemOf(text);
    const fix = 'fix' in problem ? problem.fix : undefined;
    if (fix === undefined) continue;
    fixes++;
    const from = text.lastIndexOf('\n', range[0] - 1) + 1;
    const end = text.indexOf('\n', range[0]);
    const to = end === -1 ? text.length : end;
    const indent = /^\s*/.exec(text.slice(from, to))![0];
    const fixed = text.slice(0, from) + indent + fix + text.slice(to);
    assert.deepEqual(loadDocument('spec.yaml', fixed).diagnostics.map((d) => d.code), [], `${JSON.stringify(tail)} fixed as ${JSON.stringify(fix)}`);
  }
  // the unclosed brackets and quote, and the nested map
  assert.equal(fixes, 6);
});

test('the closing bracket goes after a quote the line leaves open, where the brackets were typed', { timeout: 30_000 }, () => {
  const { problem } = problemOf(`${HEAD}  - dense: {units: 10, activation: "relu}\n`);
  assert.deepEqual(problem, { problem: 'unclosed', open: '"', close: '"', found: 'text_end', fix: '- dense: {units: 10, activation: "relu"}' });
  const nested = problemOf(`${HEAD}  - dense: {units: [10, {a: 1}   # nested\n  - flatten\n`).problem;
  assert.deepEqual(nested, { problem: 'unclosed', open: '[', close: ']', found: 'line_end', fix: '- dense: {units: [10, {a: 1}]}' });
});

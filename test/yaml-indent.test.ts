/** The playground editor's Enter in a spec (src/web/editor/yaml-indent.ts): the column the new line starts at, after each kind of line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indentAfter } from '../src/web/editor/yaml-indent.js';

test('after a complete list item, the next item\'s column; after a bare key, one level deeper; else CodeMirror decides', { timeout: 30_000 }, () => {
  const cases: [string, number | undefined][] = [
    // the next item, in the item's own column
    ['  - dense: {units: 10}', 2],
    ['  - flatten', 2],
    ['  - dense: {units: 10, activation: none}   # the logits', 2],
    ['- conv: {filters: 6, kernel: 5}', 0],
    ['      - {a: "x # not a comment"}', 6],
    // a key with nothing after it: its value below, one level deeper (past the `- ` of an item)
    ['train:', 2],
    ['defaults:   # for every layer', 2],
    ['  optimizer:', 4],
    ['  - conv:', 6],
    ['  - block: {use: residual}', 2],
    // still open, or a plain value: CodeMirror's own indentation
    ['  - dense: {units: 10', undefined],
    ['  - dense: {units: 10, activation: "relu', undefined],
    ['  lr: 0.1', undefined],
    ['name: lenet5', undefined],
    ['  -', undefined],
    ['', undefined],
    ['# a comment', undefined],
  ];
  for (const [line, column] of cases) assert.equal(indentAfter(line, 2), column, JSON.stringify(line));
  // the level is the editor's indent unit
  assert.equal(indentAfter('train:', 4), 4);
});

/**
 * A diagnostic's fix made to a spec's text, as the editor's lint actions make it: text in, text
 * out, the rest of the text (comments, layout, quoting) as it was. A value is replaced where it
 * is written; a missing key goes into its map (inside a flow map's braces, or on a line of its
 * own in a block map); a layer goes on its own list line. Values are written as the hint shows
 * them (format.ts's inlineYaml), so what the hint says is what applying it writes.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { SpecEdit, SpecFix, SpecPath, SpecValue } from '../../diagnostics.js';
import { inlineYaml, layerEntry } from '../../format.js';
import { nodeAt } from '../../parser/document.js';

/** Replace [from, to) with `insert`. */
export interface Change {
  from: number;
  to: number;
  insert: string;
}

/**
 * `text` with every edit of `fix` made, each at its path in `text` as it is now (the paths of
 * one fix all speak of the text before it); undefined when an edit finds no place to go or the
 * result would not parse. The caller checks that the edits are this text's (their `file`).
 */
export function applyFix(text: string, fix: SpecFix): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const changes: Change[] = [];
  for (const edit of fix.edits) {
    const change = editChange(text, doc, edit);
    if (!change) return undefined;
    changes.push(change);
  }
  const result = applyChanges(text, changes);
  return result !== undefined && parseDocument(result).errors.length === 0 ? result : undefined;
}

function editChange(text: string, doc: Document.Parsed, edit: SpecEdit): Change | undefined {
  if ('insert' in edit) return insertItem(text, doc, edit.insert.before, edit.insert.layer);
  if ('remove' in edit) return removeItem(text, doc, edit.remove);
  return setValue(text, doc, edit.path, edit.value);
}

/** The value at `path` replaced, or its key added to the map above it. */
function setValue(text: string, doc: Document.Parsed, path: SpecPath, value: SpecValue): Change | undefined {
  const key = path[path.length - 1];
  const parent = nodeAt(doc, path.slice(0, -1));
  const node = nodeAt(doc, path);
  if (node?.range) {
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      // a block collection starts on the lines below its key: the inline value goes after the colon
      const pair = isMap(parent) ? pairOf(parent, key) : undefined;
      if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
      const colon = text.indexOf(':', pair.key.range[1]);
      return { from: colon + 1, to: contentEnd(text, node.range[1]), insert: ` ${inlineYaml(value)}` };
    }
    return { from: node.range[0], to: node.range[1], insert: inlineYaml(value) };
  }
  if (typeof key !== 'string' || !isMap(parent) || !parent.range) return undefined;
  const entry = `${inlineYaml(key)}: ${inlineYaml(value)}`;
  if (parent.flow) return beforeClosing(text, parent.range, entry, '{');
  // a block map: a line of its own after its last entry, indented as its first key is
  const first = parent.items[0]?.key;
  const last = parent.items[parent.items.length - 1];
  if (!isScalar(first) || !first.range || !last) return undefined;
  const indent = text.slice(lineStart(text, first.range[0]), first.range[0]).replace(/[^\t]/g, ' ');
  const end = lineEnd(text, contentEnd(text, rangeEnd(last)));
  return { from: end, to: end, insert: `\n${indent}${entry}` };
}

/** `layer` inserted before the list item at `before` (at the list's end for the index one past it). */
function insertItem(text: string, doc: Document.Parsed, before: SpecPath, layer: SpecValue): Change | undefined {
  const index = before[before.length - 1];
  const seq = nodeAt(doc, before.slice(0, -1));
  if (!isSeq(seq) || !seq.range || typeof index !== 'number' || index > seq.items.length) return undefined;
  const items = seq.items as Node[];
  if (seq.flow) {
    const item = items[index];
    return item?.range ? { from: item.range[0], to: item.range[0], insert: `${inlineYaml(layer)}, ` } : beforeClosing(text, seq.range, inlineYaml(layer), '[');
  }
  // a block list: the new item on its own line, with the dash and indentation of its neighbours
  const neighbour = items[Math.min(index, items.length - 1)];
  const dash = neighbour?.range ? dashOf(text, neighbour.range[0]) : undefined;
  if (!neighbour?.range || dash === undefined) return undefined;
  if (index < items.length) {
    const at = lineStart(text, neighbour.range[0]);
    return { from: at, to: at, insert: `${dash}${layerEntry(layer)}\n` };
  }
  const end = lineEnd(text, contentEnd(text, neighbour.range[1]));
  return { from: end, to: end, insert: `\n${dash}${layerEntry(layer)}` };
}

/** The list item at `path` removed: its lines in a block list, the item and a comma in a flow one. */
function removeItem(text: string, doc: Document.Parsed, path: SpecPath): Change | undefined {
  const index = path[path.length - 1];
  const seq = nodeAt(doc, path.slice(0, -1));
  if (!isSeq(seq) || typeof index !== 'number') return undefined;
  const items = seq.items as Node[];
  const item = items[index];
  if (!item?.range) return undefined;
  if (seq.flow) {
    const next = items[index + 1]?.range;
    const previous = items[index - 1]?.range;
    if (next) return { from: item.range[0], to: next[0], insert: '' };
    return { from: previous ? previous[1] : item.range[0], to: item.range[1], insert: '' };
  }
  if (dashOf(text, item.range[0]) === undefined) return undefined;
  const end = lineEnd(text, contentEnd(text, item.range[1]));
  return { from: lineStart(text, item.range[0]), to: Math.min(end + 1, text.length), insert: '' };
}

/** `entry` added as the last entry of the flow collection at `range`, before its `}` or `]`. */
function beforeClosing(text: string, range: readonly number[], entry: string, opening: '{' | '['): Change | undefined {
  const close = text.lastIndexOf(opening === '{' ? '}' : ']', range[1]! - 1);
  if (close < range[0]!) return undefined;
  let at = close;
  while (at > range[0]! && /\s/.test(text[at - 1]!)) at--;
  const empty = text[at - 1] === opening;
  const comma = empty || text[at - 1] === ',';
  return { from: at, to: at, insert: `${empty ? '' : comma ? ' ' : ', '}${entry}` };
}

/** The text before a block list item on its line, when it is only indentation and the item's dash: `  - `. */
function dashOf(text: string, itemStart: number): string | undefined {
  const before = text.slice(lineStart(text, itemStart), itemStart);
  return /^[ \t]*-[ \t]+$/.test(before) ? before : undefined;
}

function pairOf(map: { items: Pair[] }, key: string | number | undefined): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
}

/** Where a map entry's text ends: its value's, or its key's when it has no value. */
function rangeEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  const key = pair.key as Node;
  return value?.range?.[1] ?? key.range?.[1] ?? 0;
}

/** `end` moved back over the blank space (newlines, the next line's indentation) a node's range takes in. */
function contentEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The changes made at once; changes that overlap cannot be (insertions at one place keep their order). */
function applyChanges(text: string, changes: readonly Change[]): string | undefined {
  const sorted = changes.map((c, i) => ({ ...c, i })).sort((a, b) => a.from - b.from || a.i - b.i);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    if (c.from < at) return undefined;
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
}

/**
 * The one change that turns `before` into `after`: what lies between their common start and
 * end. The editor dispatches it rather than the whole text, so the cursor, the scroll position
 * and the undo history keep to the part that changed.
 */
export function changeBetween(before: string, after: string): Change {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

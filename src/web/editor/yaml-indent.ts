/**
 * Where Enter puts the cursor in a spec: after a list item that is complete on its line
 * (`  - dense: {units: 10}`), at the item's own column, ready for the next `- `; after a key
 * with nothing after it (`train:`, `  - conv:`), one level deeper than the key. CodeMirror's
 * YAML indentation nests the new line inside the item's map instead (four spaces after
 * `  - dense: ...`), where a `- ` is a syntax error. Everything else is left to it.
 */
import { indentService, type IndentContext } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { leftOpen, withoutComment } from '../../parser/yaml-line.js';

/** The indent service: the line Enter starts after a list item or a bare key; CodeMirror's own elsewhere. */
export function yamlIndent(): Extension {
  return indentService.of((context, pos) => {
    const above = lineAbove(context, pos);
    return above === undefined ? undefined : indentAfter(above, context.unit);
  });
}

/**
 * The column a new line takes after `line` (its text before the break), or undefined where
 * CodeMirror's YAML indentation knows better (inside an open `{`, a block scalar, a plain value).
 */
export function indentAfter(line: string, unit: number): number | undefined {
  const code = withoutComment(line).trimEnd();
  if (code.trim() === '') return undefined;
  const item = /^(\s*)-(?:\s+|$)(.*)$/.exec(code);
  if (item) {
    const indent = item[1]!;
    const content = item[2]!;
    if (content === '' || !closed(content)) return undefined;
    // `- conv:`: its map goes on below, past the key (which starts after the `- `)
    if (content.endsWith(':')) return code.length - content.length + unit;
    // `- dense: {units: 10}`: the next item, in the same column
    return indent.length;
  }
  // `train:`: its value goes on below, one level deeper
  const key = /^(\s*)[^\s#-][^#]*:$/.exec(code);
  if (key && closed(code)) return key[1]!.length + unit;
  return undefined;
}

/**
 * The text before the line break Enter makes at `pos`, or undefined where no line is being
 * broken there (reindenting a line, Enter at a line's start): those stay CodeMirror's.
 */
function lineAbove(context: IndentContext, pos: number): string | undefined {
  const before = context.lineAt(pos, -1);
  return before.from < pos ? before.text.slice(0, pos - before.from) : undefined;
}

/** Whether `text` (without its comment) closes every bracket and quote it opens. */
function closed(text: string): boolean {
  const open = leftOpen(text);
  return open !== undefined && open.quote === undefined && open.closers === '';
}

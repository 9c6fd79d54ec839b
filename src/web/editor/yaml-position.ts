/**
 * Where the cursor is in a spec being typed: the path of keys and list indexes above it, and
 * whether it stands where a key or a value goes. Read from the text's indentation and the
 * brackets of the current line rather than from a parse tree, because the text being typed is
 * usually not YAML yet: `train:\n  opt` parses as the two-line string "opt" under `train`, while
 * the person typing it means a key inside `train`.
 */
import { scanComment } from '../../parser/yaml-line.js';

/** A key or a list index. */
export type PathStep = string | number;

/** What sits at the cursor. */
export interface YamlPosition {
  /** The keys and indexes from the top of the document to the map or list the cursor is in. */
  path: PathStep[];
  /** A key of the map at `path` is being typed, or the value at `path`. */
  slot: 'key' | 'value';
  /** The word typed so far, which a completion replaces. */
  prefix: string;
  /** Where `prefix` starts in the text. */
  from: number;
  /** Keys the map at `path` already has (for `slot: 'key'`), so they are not offered again. */
  present: string[];
}

/** A block-structure token of one line: a `- ` or a `key:`, at its column. */
interface Token {
  column: number;
  /** The key's name, or undefined for a `- `. */
  key?: string;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#{}[\],:"'][^#{}[\],:]*?)\s*:(?=\s|$)/;

/** The cursor's place at `pos` in `text`, or undefined inside a comment or a quoted string. */
export function yamlPosition(text: string, pos: number): YamlPosition | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (inComment(before)) return undefined;
  const current = lineTokens(before);
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop(); // the empty piece after the last newline before the cursor's line

  // the block keys and dashes on the cursor's own line, then the ancestors above it
  const own: PathStep[] = [];
  let column = current.tokens.length > 0 ? current.tokens[0]!.column : current.restColumn;
  const above = ancestors(lines, column);
  for (const token of current.tokens) {
    if (token.key !== undefined) own.push(token.key);
    else own.push(siblingIndex(lines, token.column, above.parentLine));
  }
  const path = [...above.path, ...own];
  const rest = before.slice(current.restColumn);

  // `key: {a: 1, b` or `key: [1, 2` on this line: the brackets decide
  const flow = flowPosition(rest);
  if (flow) {
    const word = /[^\s{}[\],:]*$/.exec(rest)![0];
    return {
      path: [...path, ...flow.path],
      slot: flow.slot,
      prefix: word,
      from: pos - word.length,
      present: flow.present,
    };
  }
  const lastToken = current.tokens[current.tokens.length - 1];
  if (lastToken?.key !== undefined) {
    // `key: val`: the value of the last key
    const word = rest.replace(/^\s+/, '');
    return { path, slot: 'value', prefix: word, from: pos - word.length, present: [] };
  }
  column = current.restColumn;
  return {
    path,
    slot: 'key',
    prefix: rest,
    from: pos - rest.length,
    present: blockSiblings(text, lineStart, column),
  };
}

/** Whether the line so far ends inside a `#` comment (a `#` after a space, outside quotes) or a quote. */
function inComment(line: string): boolean {
  const { comment, quote } = scanComment(line);
  return comment !== undefined || quote !== undefined;
}

/** A line's leading block tokens (`- ` and `key:` with nothing but more tokens after), and where the rest begins. */
function lineTokens(line: string): { tokens: Token[]; restColumn: number } {
  const tokens: Token[] = [];
  let i = line.length - line.trimStart().length;
  for (;;) {
    const tail = line.slice(i);
    if (/^-(\s|$)/.test(tail)) {
      tokens.push({ column: i });
      i += 1 + (tail.slice(1).length - tail.slice(1).trimStart().length);
      continue;
    }
    const key = KEY.exec(tail);
    if (key) {
      tokens.push({ column: i, key: unquote(key[1]!.trimEnd()) });
      i += key[0].length;
      i += line.slice(i).length - line.slice(i).trimStart().length;
      // a key's value on the same line ends the block tokens
      return { tokens, restColumn: i };
    }
    return { tokens, restColumn: i };
  }
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
}

/** Whether a line is blank or only a comment: such lines say nothing about nesting. */
function isBlank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/** Whether a `key:` token has its value on the following lines (nothing after the colon). */
function opensBlock(line: string, token: Token): boolean {
  const key = KEY.exec(line.slice(token.column));
  return key !== null && /^\s*(#.*)?$/.test(line.slice(token.column + key[0].length));
}

/**
 * The path of the block whose entries start at `column`, from the lines above (innermost last),
 * and the index of the line that opened the innermost of them (-1 at the top level).
 */
function ancestors(lines: readonly string[], column: number): { path: PathStep[]; parentLine: number } {
  const path: PathStep[] = [];
  let parentLine = -1;
  let limit = column;
  for (let n = lines.length - 1; n >= 0 && limit > 0; n--) {
    const line = lines[n]!;
    if (isBlank(line)) continue;
    const { tokens } = lineTokens(line);
    // tokens left of the limit are this line's open blocks, innermost last
    const open = tokens.filter((t) => t.column < limit);
    if (open.length === 0) continue;
    if (parentLine === -1) parentLine = n;
    const steps: PathStep[] = [];
    for (let t = open.length - 1; t >= 0; t--) {
      const token = open[t]!;
      // a key with its value on the same line opens nothing, unless a dash follows it
      if (token.key !== undefined && t === tokens.length - 1 && !opensBlock(line, token)) continue;
      steps.unshift(token.key ?? siblingIndex(lines.slice(0, n), token.column, -1));
    }
    path.unshift(...steps);
    limit = open[0]!.column;
  }
  return { path, parentLine };
}

/** How many `- ` items at `column` precede the last line of `lines`, back to the block's start. */
function siblingIndex(lines: readonly string[], column: number, stopAt: number): number {
  let index = 0;
  for (let n = lines.length - 1; n > stopAt; n--) {
    const line = lines[n]!;
    if (isBlank(line)) continue;
    const { tokens } = lineTokens(line);
    const first = tokens[0]?.column ?? line.length - line.trimStart().length;
    if (first < column) break;
    if (tokens.some((t) => t.column === column && t.key === undefined)) index++;
  }
  return index;
}

/** Keys at `column` in the block around the cursor's line, above and below it. */
function blockSiblings(text: string, lineStart: number, column: number): string[] {
  const lines = text.split('\n');
  const at = text.slice(0, lineStart).split('\n').length - 1;
  const keys: string[] = [];
  for (const step of [-1, 1]) {
    for (let n = at + step; n >= 0 && n < lines.length; n += step) {
      const line = lines[n]!;
      if (isBlank(line)) continue;
      const { tokens } = lineTokens(line);
      const first = tokens[0]?.column ?? line.length - line.trimStart().length;
      if (first < column) break;
      const key = tokens.find((t) => t.column === column && t.key !== undefined);
      if (key?.key !== undefined) keys.push(key.key);
      // a dash at this column starts the next item: its keys are not this map's
      if (tokens.some((t) => t.column === column && t.key === undefined)) break;
    }
  }
  return keys;
}

/** Inside unclosed `{` or `[` on this line: the path within them, the slot and the keys before. */
function flowPosition(rest: string): { path: PathStep[]; slot: 'key' | 'value'; present: string[] } | undefined {
  interface Level {
    kind: 'map' | 'list';
    /** Map: the current key once its colon is typed; list: the current index. */
    key?: string;
    index: number;
    present: string[];
    /** Text since the last `{`, `[`, `,` or `:` at this level. */
    word: string;
  }
  const stack: Level[] = [];
  let quote: string | undefined;
  for (const c of rest) {
    const top = stack[stack.length - 1];
    if (quote) {
      if (c === quote) quote = undefined;
      if (top) top.word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      if (top) top.word += c;
    } else if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'map' : 'list', index: 0, present: [], word: '' });
    } else if (c === '}' || c === ']') {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.word = '';
    } else if (!top) {
      continue;
    } else if (c === ',') {
      if (top.kind === 'map') {
        const key = top.key ?? top.word.trim();
        if (key) top.present.push(unquote(key));
        top.key = undefined;
      } else {
        top.index++;
      }
      top.word = '';
    } else if (c === ':' && top.kind === 'map' && top.key === undefined) {
      top.key = unquote(top.word.trim());
      top.word = '';
    } else {
      top.word += c;
    }
  }
  if (stack.length === 0) return undefined;
  const path: PathStep[] = [];
  for (const level of stack.slice(0, -1)) path.push(level.kind === 'map' ? level.key ?? '' : level.index);
  const top = stack[stack.length - 1]!;
  if (top.kind === 'list') return { path: [...path, top.index], slot: 'value', present: [] };
  if (top.key !== undefined) return { path: [...path, top.key], slot: 'value', present: [] };
  return { path, slot: 'key', present: top.present };
}

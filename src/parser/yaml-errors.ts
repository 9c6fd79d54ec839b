/**
 * yaml's syntax errors as lenetc's problems: which mistake each is (a `{` never closed, a key
 * without its colon, items out of line...), where in the text the mistake is (the `{` itself,
 * not the next line, where yaml noticed it) and the line that fixes it where one can be written.
 * The words are src/messages.ts's (YAML_SYNTAX); what yaml says is kept only for errors not
 * recognised here.
 */
import { isCollection, isScalar, visit, type Document, type YAMLError } from 'yaml';
import type { Range } from '../diagnostics.js';
import { leftOpen, withoutComment } from './yaml-line.js';
import type { YamlProblem } from './yaml-problem.js';

export type { YamlProblem };

/** One of yaml's errors, placed and named. */
export interface PlacedProblem {
  problem: YamlProblem;
  range: Range;
}

const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']' };

/** What `error` in `text` (parsed as `doc`) is, and where the mistake behind it is. */
export function yamlProblem(error: YAMLError, doc: Document.Parsed, text: string): PlacedProblem {
  const pos = error.pos[0];
  const yamlRange: Range = [pos, Math.max(error.pos[1], pos)];
  const reason = firstLine(error.message);
  const line = lineAt(text, pos);
  const other: PlacedProblem = { problem: { problem: 'other', reason }, range: yamlRange };

  // `-flatten` reads as a key without a colon, out of line with the items: the dash is the mistake
  const dash = /^(\s*)-([^\s-].*)$/.exec(line.text);
  if (dash && (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR' || error.code === 'MULTILINE_IMPLICIT_KEY')) {
    const from = line.from + dash[1]!.length;
    const found = withoutComment(line.text).slice(dash[1]!.length);
    return { problem: { problem: 'dash_without_space', found, item: found.slice(1) }, range: [from, from + found.length] };
  }
  switch (error.code) {
    case 'BAD_INDENT': {
      const flow = /^Flow (map|sequence) in block collection/.exec(reason);
      if (flow) return unclosedFlow(flow[1] === 'map' ? '{' : '[', pos, doc, text) ?? other;
      if (/^All (sequence|mapping) items must start at the same column/.test(reason)) return outOfLine(/sequence/.test(reason) ? 'item' : 'key', pos, text);
      return other;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/^A block sequence may not be used as an implicit map key/.test(reason)) return outOfLine('item', pos, text);
      if (/^Nested mappings are not allowed in compact mappings/.test(reason)) return nestedOnLine(pos, text) ?? deeperKeyAfter(pos, text) ?? other;
      return other;
    case 'MISSING_CHAR':
    case 'MULTILINE_IMPLICIT_KEY': {
      const quote = /^Missing closing (["'])quote/.exec(reason);
      if (quote) return unclosedQuote(quote[1]!, pos, doc, text) ?? other;
      if (error.code === 'MISSING_CHAR' && !/^Implicit map keys need to be followed by map values/.test(reason)) return other;
      // the key as typed: its first line (yaml's range runs on over the lines it swallowed)
      const found = withoutComment(text.slice(pos, error.pos[1]).split('\n')[0]!).trim();
      return found ? { problem: { problem: 'missing_colon', found }, range: [pos, pos + found.length] } : other;
    }
    case 'UNEXPECTED_TOKEN': {
      const closer = /^Unexpected flow-(map|seq)-end token/.exec(reason);
      if (closer) return { problem: { problem: 'unopened', close: closer[1] === 'map' ? '}' : ']' }, range: [pos, pos + 1] };
      if (/^Unexpected scalar at node end/.test(reason)) {
        const found = withoutComment(text.slice(pos, lineAt(text, pos).to)).trim();
        return found ? { problem: { problem: 'after_value', found }, range: [pos, pos + found.length] } : other;
      }
      return other;
    }
    case 'BAD_SCALAR_START': {
      const char = /character (\S)$/.exec(reason)?.[1] ?? text[pos] ?? '';
      return char ? { problem: { problem: 'reserved_start', char }, range: [pos, pos + 1] } : other;
    }
    case 'MULTIPLE_DOCS': {
      // the marker line yaml's error starts at, or the last one before it
      const at = [...text.slice(0, pos + 3).matchAll(/^(---|\.\.\.)/gm)].at(-1);
      if (!at) return other;
      return { problem: { problem: 'two_documents', marker: at[1]! }, range: [at.index, at.index + 3] };
    }
    default:
      return other;
  }
}

/**
 * The `{` or `[` behind "Flow map in block collection must be sufficiently indented and end
 * with a }": the flow collection yaml ended at `pos` without its closer, innermost first.
 */
function unclosedFlow(open: string, pos: number, doc: Document.Parsed, text: string): PlacedProblem | undefined {
  let start: number | undefined;
  visit(doc, {
    Collection(_, node) {
      const range = node.range;
      if (!isCollection(node) || !node.flow || !range || text[range[0]] !== open) return;
      // yaml ends the unclosed collection where it gave up; a closed one ends on its closer
      if (range[1] === pos && text[range[1] - 1] !== CLOSER[open] && (start === undefined || range[0] > start)) start = range[0];
    },
  });
  if (start === undefined) return undefined;
  return { problem: { problem: 'unclosed', open, close: CLOSER[open]!, found: foundInstead(start, pos, text), fix: closedLine(start, text) }, range: [start, start + 1] };
}

/** The opening quote behind "Missing closing "quote": the quoted scalar yaml ran on to `pos`. */
function unclosedQuote(quote: string, pos: number, doc: Document.Parsed, text: string): PlacedProblem | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && node.range && text[node.range[0]] === quote && node.range[1] === pos) start = node.range[0];
    },
  });
  if (start === undefined) return undefined;
  return { problem: { problem: 'unclosed', open: quote, close: quote, found: foundInstead(start, pos, text), fix: closedLine(start, text) }, range: [start, start + 1] };
}

/** What came where the closer of the opener at `start` was due: its line's end, the text's, or a line indented too little. */
function foundInstead(start: number, pos: number, text: string): 'line_end' | 'text_end' | 'dedent' {
  if (text.slice(pos).trim() === '') return 'text_end';
  const between = text.slice(lineAt(text, start).to, pos);
  // only blank lines and comments between the opener's line and where yaml stopped
  return between.split('\n').every((l) => /^\s*(#.*)?$/.test(l)) ? 'line_end' : 'dedent';
}

/**
 * The line of the opener at `start` with what it leaves open closed at its end (before a
 * comment), or undefined where the line closes more than it opens (the value began above it).
 */
function closedLine(start: number, text: string): string | undefined {
  const code = withoutComment(lineAt(text, start).text).trim();
  let scan = leftOpen(code);
  // `"relu}`: the quote most likely ends before the brackets typed after it
  if (scan?.quote) {
    const quote = scan.quote;
    const candidate = code.replace(/([}\]]*)$/, `${quote}$1`);
    const rescan = leftOpen(candidate);
    if (rescan && !rescan.quote) return candidate + rescan.closers;
    scan = { quote: undefined, closers: quote + scan.closers };
  }
  return scan && scan.closers ? code + scan.closers : undefined;
}

/** A list item or key at `pos` out of line with those before it: its text on the line, and its column. */
function outOfLine(what: 'item' | 'key', pos: number, text: string): PlacedProblem {
  const line = lineAt(text, pos);
  // yaml points at the item's dash or the key; the line's own indentation is what is wrong
  const from = line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0);
  const to = Math.max(from + 1, line.from + withoutComment(line.text).trimEnd().length);
  return { problem: { problem: 'out_of_line', what, column: from - line.from + 1 }, range: [from, to] };
}

/** `dense: units: 10`: the second key at `pos`, the first before it, and the line with the inner map in braces. */
function nestedOnLine(pos: number, text: string): PlacedProblem | undefined {
  const line = lineAt(text, pos);
  const before = line.text.slice(0, pos - line.from);
  const after = withoutComment(line.text.slice(pos - line.from)).trimEnd();
  const outer = /([^\s:{}[\],-][^:{}[\],]*?):\s*$/.exec(before)?.[1];
  const inner = /^([^\s:{}[\],][^:{}[\],]*?):(\s|$)/.exec(after)?.[1];
  if (outer === undefined || inner === undefined) return undefined;
  return { problem: { problem: 'nested_on_line', outer, inner, fix: `${before.trim()} {${after}}` }, range: [pos, pos + inner.length] };
}

/**
 * `lr: 0.1` then `  epochs: 3` indented deeper: yaml reads the value as a map on two lines; the
 * mistake is the next line's indentation.
 */
function deeperKeyAfter(pos: number, text: string): PlacedProblem | undefined {
  for (let line = lineAt(text, pos); line.to < text.length;) {
    line = lineAt(text, line.to + 1);
    if (/^\s*(#.*)?$/.test(line.text)) continue;
    return /^\s*[^\s:{}[\],-][^:]*:(\s|$)/.test(line.text) ? outOfLine('key', line.from, text) : undefined;
  }
  return undefined;
}

/** The line holding `pos`: its text (without the newline) and where it starts and ends. */
function lineAt(text: string, pos: number): { text: string; from: number; to: number } {
  const from = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  const to = end === -1 ? text.length : end;
  return { text: text.slice(from, to), from, to };
}

/** yaml's message without its position and code frame. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Turns one source's bytes into text that is safe to hand to the YAML parser. */
import { error, type Diagnostic } from '../diagnostics.js';

/** Larger inputs are refused before parsing: a spec is a few hundred bytes. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** More YAML items than this are refused before parsing: yaml takes ~10 µs per item, a spec has ~100. */
export const MAX_ITEMS = 10_000;
/** Deeper nesting is refused before parsing, so the recursive YAML composer cannot overflow the stack. */
export const MAX_DEPTH = 64;

/** The text, or diagnostics (with `shown`, text good enough for a code frame, where there is one). */
export type DecodedSource = { text: string; diagnostics: [] } | { text?: undefined; shown?: string; diagnostics: Diagnostic[] };

/** Checks size, binary garbage, UTF-8 and nesting depth; returns the text or the diagnostics. */
export function decodeSource(file: string, raw: string | Uint8Array): DecodedSource {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size > MAX_SOURCE_BYTES) {
    return fail(error('FILE_TOO_LARGE', { limit: MAX_SOURCE_BYTES, size }, { file }));
  }
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    const nul = raw.indexOf(0);
    if (nul !== -1) return fail(binary(file, nul));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      // the replacement character marks the first bad byte (close enough for a code frame)
      const shown = new TextDecoder('utf-8').decode(raw);
      const at = Math.max(shown.indexOf('\uFFFD'), 0);
      return { shown, diagnostics: [error('NOT_UTF8', {}, { file, range: [at, at + 1] })] };
    }
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return fail(binary(file, nul));
  const scan = scanStructure(text);
  if (scan?.problem === 'depth') {
    return fail(error('TOO_DEEP', { limit: MAX_DEPTH }, { file, range: [scan.offset, scan.offset + 1] }), text);
  }
  if (scan?.problem === 'items') {
    return fail(error('TOO_MANY_ITEMS', { limit: MAX_ITEMS }, { file, range: [scan.offset, scan.offset + 1] }), text);
  }
  return { text, diagnostics: [] };
}

function fail(d: Diagnostic, shown?: string): DecodedSource {
  return { shown, diagnostics: [d] };
}

function binary(file: string, offset: number): Diagnostic {
  return error('BINARY_INPUT', { offset }, { file });
}

/**
 * Upper bounds on the YAML nesting depth and item count, without parsing: flow brackets and commas
 * outside quotes and comments, plus block levels (one per indentation step and per compact
 * `- `/`? `/`: ` indicator) and lines. Returns the offset where a limit is first passed. It may
 * overestimate (e.g. brackets inside block scalars), which only matters for inputs no spec looks like.
 */
function scanStructure(text: string): { problem: 'depth' | 'items'; offset: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let items = 0;
  let i = 0;
  while (i < text.length) {
    // one line per iteration
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1) lineEnd = text.length;
    let p = i;
    while (p < lineEnd && text[p] === ' ') p++;
    const blank = p === lineEnd || text[p] === '#' || text[p] === '\r';
    if (!blank && ++items > MAX_ITEMS) return { problem: 'items', offset: p };
    if (flow === 0 && !blank) {
      const indent = p - i;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let compact = 0;
      while (p + 1 < lineEnd && (text[p] === '-' || text[p] === '?' || text[p] === ':') && (text[p + 1] === ' ' || text[p + 1] === '\t')) {
        compact++;
        if (indents.length + compact > MAX_DEPTH) return { problem: 'depth', offset: p };
        p += 2;
        while (p < lineEnd && (text[p] === ' ' || text[p] === '\t')) p++;
      }
      if (indents.length + compact > MAX_DEPTH) return { problem: 'depth', offset: p };
    }
    let quote: string | undefined;
    for (; p < lineEnd; p++) {
      const c = text[p];
      if (quote) {
        if (c === quote) quote = undefined;
        else if (c === '\\' && quote === '"') p++;
      } else if ((c === '"' || c === "'") && (p === i || ' \t[{,'.includes(text[p - 1]!))) {
        // a quote opens a quoted scalar only where a token starts (`it's` is plain)
        quote = c;
      } else if (c === '#' && (p === i || text[p - 1] === ' ' || text[p - 1] === '\t')) {
        break;
      } else if (c === '[' || c === '{') {
        if (++flow + indents.length > MAX_DEPTH) return { problem: 'depth', offset: p };
      } else if (c === ',' && flow > 0) {
        if (++items > MAX_ITEMS) return { problem: 'items', offset: p };
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
    }
    i = lineEnd + 1;
  }
  return undefined;
}

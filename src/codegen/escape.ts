/**
 * Text from a spec (its name, description, a data folder's path, the spec file's own path, a
 * class name) escaped for where it lands in generated code, so that no text can end the comment
 * or string it sits in and become code: TypeScript strings and comments, WGSL and YAML
 * comments, Python strings and comments, and XML (SVG) text. Every emitter takes its escaping
 * from here. Pure.
 *
 * What ends a line differs by language (JavaScript also ends `//` comments at U+2028 and
 * U+2029, WGSL at VT, FF and NEL too), so comments drop every control character, line or
 * paragraph separator and lone surrogate, writing each as a visible `\uXXXX` (and `\n`, `\r`),
 * which also keeps a comment one line wherever it is read.
 */

/** Characters no comment or string may hold as they are: C0 and C1 controls (tab aside), DEL, U+2028, U+2029, lone surrogates. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `\n`, `\r`, else `\uXXXX`: how an unsafe character reads in a comment or a string. */
function visible(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` split at every line break any language knows (\r\n, \n, \r, VT, FF, NEL, U+2028, U+2029). */
export function lines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/);
}

/** Text safe after `//` in TypeScript and JavaScript: one line, whatever `text` holds. */
export function tsLineComment(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Text safe inside a `/* ... *\/` or `/** ... *\/` comment: one line, and no `*\/` to close it early. */
export function tsBlockComment(text: string): string {
  return tsLineComment(text).replace(/\*\//g, '*\\/');
}

/** A single-quoted TypeScript string literal whose value is exactly `text`. */
export function tsString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(UNSAFE, visible)}'`;
}

/** One line of plain text (a terminal, a text table): a class name with a newline or a bell in it shows them as `\n`, `\u0007`. */
export function textLine(text: string): string {
  return tsLineComment(text);
}

/**
 * Text safe after `//` in WGSL: one line (WGSL also breaks lines at VT, FF and NEL, which UNSAFE
 * covers), and no `/*` or `*\/`, so the text stays inert even if a tool reads block comments first.
 */
export function wgslLineComment(text: string): string {
  return tsLineComment(text).replace(/\*\//g, '* /').replace(/\/\*/g, '/ *');
}

/** Text safe after `;;` in WebAssembly text: one line, and no `(;` or `;)` that a block comment would read. */
export function watLineComment(text: string): string {
  return tsLineComment(text).replace(/\(;/g, '( ;').replace(/;\)/g, '; )');
}

/** Text safe after `#` in YAML: one line. */
export function yamlComment(text: string): string {
  return tsLineComment(text);
}

/** Text safe after `#` in Python: one line, no NUL (which Python source may not hold). */
export function pyComment(text: string): string {
  return tsLineComment(text);
}

/**
 * A double-quoted Python string literal whose value is exactly `text` (a lone surrogate
 * included: Python's `str` holds one, written `\udc80`).
 */
export function pyString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(UNSAFE, visible)}"`;
}

/**
 * `text` with what XML 1.0 cannot hold even as a character reference (control characters,
 * lone surrogates, U+FFFE and U+FFFF) replaced by U+FFFD; markup characters are left to the
 * template's escaping (see xmlText for text written without one).
 */
export function xmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');
}

/** `text` as XML character data or an attribute value: xmlChars, then `& < > " '` as entities. */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * One line of YAML read for what it leaves open: where its comment starts, and which quote and
 * brackets are still open at its end. Shared by the syntax errors' fixes (yaml-errors.ts) and
 * the playground editor's Enter, so both read a line alike. Flow brackets and quotes only: a
 * block scalar's text is not told apart.
 */

/**
 * Where `line`'s comment starts (a `#` outside quotes that starts the line or follows a space),
 * and the quote left open at its end where it has no comment.
 */
export function scanComment(line: string): { comment: number | undefined; quote: string | undefined } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === '\'') {
      quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return { comment: i, quote: undefined };
    }
  }
  return { comment: undefined, quote };
}

/** `line` up to its comment. */
export function withoutComment(line: string): string {
  const { comment } = scanComment(line);
  return comment === undefined ? line : line.slice(0, comment);
}

/**
 * What `code` (a line without its comment) leaves open: a quote, and the closers of its
 * brackets, innermost first; undefined where it closes a bracket it never opened.
 */
export function leftOpen(code: string): { quote: string | undefined; closers: string } | undefined {
  const open: string[] = [];
  let quote: string | undefined;
  for (const char of code) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === '\'') {
      quote = char;
    } else if (char === '{' || char === '[') {
      open.push(char === '{' ? '}' : ']');
    } else if ((char === '}' || char === ']') && open.pop() !== char) {
      return undefined;
    }
  }
  return { quote, closers: open.reverse().join('') };
}

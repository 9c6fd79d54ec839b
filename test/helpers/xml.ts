/**
 * A strict little XML 1.0 reader for the SVG lenetc writes (no XML parser is a dependency):
 * a prolog, elements with double- or single-quoted attributes, character data, the five named
 * entities and character references; comments and CDATA sections are allowed and skipped.
 * Throws on anything that is not well-formed: unbalanced tags, a bare `<` or `&`, characters
 * XML cannot hold, a duplicate attribute, text outside the root.
 */

/** An element: its name, attributes (decoded) and children (elements and decoded text). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML 1.0's Char production. */
const CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** Parses `text` as one XML document; returns its root element. */
export function parseXml(text: string): XmlElement {
  if (!CHAR.test(text)) throw new Error('a character XML cannot hold');
  let pos = 0;
  const fail = (what: string): never => { throw new Error(`${what} at ${pos}: ${JSON.stringify(text.slice(pos, pos + 40))}`); };
  const skipSpace = () => { while (pos < text.length && /[ \t\r\n]/.test(text[pos]!)) pos++; };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<?', pos)) pos = end('?>');
      else if (text.startsWith('<!--', pos)) pos = end('-->');
      else return;
    }
  };
  const end = (marker: string) => {
    const at = text.indexOf(marker, pos);
    if (at === -1) fail(`no closing ${marker}`);
    return at + marker.length;
  };
  const name = () => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return fail('expected a name');
    pos += m[0].length;
    return m[0];
  };
  const decode = (raw: string) => raw.replace(/&([^;]*);/g, (_, ref: string) => {
    if (ref in NAMED) return NAMED[ref]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${ref};`);
    const c = String.fromCodePoint(ref.startsWith('#x') ? parseInt(code, 16) : Number(code));
    if (!CHAR.test(c)) throw new Error(`&${ref}; is no XML character`);
    return c;
  });
  const checkAmpersands = (raw: string) => {
    if (/&(?![A-Za-z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)/.test(raw)) fail('a bare &');
  };
  const element = (): XmlElement => {
    if (text[pos] !== '<') fail('expected <');
    pos++;
    const el: XmlElement = { name: name(), attributes: {}, children: [] };
    for (;;) {
      skipSpace();
      if (text.startsWith('/>', pos)) { pos += 2; return el; }
      if (text[pos] === '>') { pos++; break; }
      const key = name();
      skipSpace();
      if (text[pos] !== '=') fail('expected =');
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted value');
      const close = text.indexOf(quote, pos + 1);
      if (close === -1) fail('an unclosed attribute value');
      const raw = text.slice(pos + 1, close);
      if (raw.includes('<')) fail('a < in an attribute value');
      checkAmpersands(raw);
      if (key in el.attributes) fail(`attribute ${key} twice`);
      el.attributes[key] = decode(raw);
      pos = close + 1;
    }
    for (;;) {
      if (pos >= text.length) fail(`unclosed <${el.name}>`);
      if (text.startsWith('</', pos)) {
        pos += 2;
        if (name() !== el.name) fail(`expected </${el.name}>`);
        skipSpace();
        if (text[pos] !== '>') fail('expected >');
        pos++;
        return el;
      }
      if (text.startsWith('<!--', pos)) { pos = end('-->'); continue; }
      if (text.startsWith('<![CDATA[', pos)) {
        const close = end(']]>');
        el.children.push(text.slice(pos + 9, close - 3));
        pos = close;
        continue;
      }
      if (text[pos] === '<') { el.children.push(element()); continue; }
      const next = text.indexOf('<', pos);
      const raw = text.slice(pos, next === -1 ? text.length : next);
      if (raw.includes(']]>')) fail(']]> in character data');
      checkAmpersands(raw);
      el.children.push(decode(raw));
      pos += raw.length;
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (pos !== text.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    if (el.name === name) found.push(el);
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return found;
}

/** The text of `el` and everything in it, concatenated. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

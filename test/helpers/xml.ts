/**
 * A small, strict XML parser for the SVG documents lenetc writes (no XML parser is a
 * dependency): elements, attributes and text, entities decoded; it throws (an assertion) on
 * anything that is not well-formed: unbalanced or mismatched tags, unquoted or duplicate
 * attributes, a raw `<` or stray `&` in text or attribute values, characters XML 1.0 forbids,
 * text outside the root. No DTDs, CDATA or processing instructions past the declaration.
 */
import assert from 'node:assert/strict';

/** One element of a parsed document. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Its own text, its children's left out, entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses `xml` into its root element; fails the test where it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'control character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  while (pos < body.length) {
    const lt = body.indexOf('<', pos);
    const text = decode(body.slice(pos, lt === -1 ? body.length : lt), pos);
    if (stack.length === 0) assert.match(text, /^\s*$/, `text outside the root at ${pos}`);
    else stack[stack.length - 1]!.text += text;
    if (lt === -1) break;
    if (body.startsWith('<!--', lt)) {
      const end = body.indexOf('-->', lt);
      assert.ok(end !== -1, `unclosed comment at ${lt}`);
      pos = end + 3;
      continue;
    }
    tag.lastIndex = lt;
    const m = tag.exec(body);
    assert.ok(m, `malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [whole, close, name, attrText, selfClose] = m;
    if (close) {
      assert.equal(attrText, '', `attributes on </${name}>`);
      assert.equal(stack.pop()?.name, name, `mismatched </${name}> at ${lt}`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        assert.ok(!(a[1]! in attrs), `duplicate attribute ${a[1]} in <${name}>`);
        attrs[a[1]!] = decode(a[2]!, lt);
      }
      const element: XmlElement = { name: name!, attrs, children: [], text: '' };
      if (stack.length === 0) {
        assert.equal(root, undefined, `a second root <${name}> at ${lt}`);
        root = element;
      } else stack[stack.length - 1]!.children.push(element);
      if (!selfClose) stack.push(element);
    }
    pos = lt + whole.length;
  }
  assert.deepEqual(stack.map((e) => e.name), [], 'unclosed tags');
  assert.ok(root, 'no root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** `text` with its entities replaced; fails on a `&` that starts none. */
function decode(text: string, at: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    assert.ok(whole.endsWith(';'), `bare & at ${at}: ${text.slice(0, 40)}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#(\d+)$/.exec(body)?.[1];
    assert.ok(code !== undefined, `unknown entity &${body}; at ${at}`);
    return String.fromCodePoint(body.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

/**
 * A spec in a link: `#spec=` + base64url of its UTF-8 text, so a link reproduces exactly what
 * was typed (comments, blank lines and all). Pure: the page reads and writes `location.hash`.
 */

const PREFIX = '#spec=';

/** The hash that carries `text`: `#spec=` + unpadded base64url of its UTF-8 bytes. */
export function specHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // in slices: String.fromCharCode(...bytes) overflows the call stack on large specs
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What a location hash holds: no spec, a spec's text, or a `#spec=` that does not decode (and why). */
export type HashSpec = { kind: 'none' } | { kind: 'spec'; text: string } | { kind: 'invalid'; reason: string };

/** Reads the spec out of a location hash (with or without padding; `+`/`/` accepted too). */
export function readSpecHash(hash: string): HashSpec {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const encoded = hash.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(encoded) || encoded.length % 4 === 1) {
    return { kind: 'invalid', reason: 'the text after #spec= is not base64url' };
  }
  const binary = atob(encoded + '='.repeat((4 - (encoded.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return { kind: 'spec', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'invalid', reason: 'the spec in the link is not UTF-8 text' };
  }
}

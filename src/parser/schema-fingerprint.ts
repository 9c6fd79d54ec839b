/** A fingerprint of the schema, so that validators generated from an older schema are never used. */

/** FNV-1a (32-bit) of the schema's JSON text, in hex: cheap at startup, and needs no `node:crypto`. */
export function schemaFingerprint(schema: unknown): string {
  const text = JSON.stringify(schema);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

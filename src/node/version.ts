/** lenetc's own version, from its package.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The version in lenetc's package.json, found by walking up from this module (it sits at other
 * depths in src/, dist/src/ and the bundle's chunks), as `lenetc schema` finds the schema.
 */
export function lenetcVersion(): string {
  if (cached !== undefined) return cached;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'lenetc' && typeof pkg.version === 'string') return (cached = pkg.version);
    } catch {
      // no package.json here (or not ours): look further up
    }
    if (path.dirname(dir) === dir) return (cached = 'unknown');
  }
}

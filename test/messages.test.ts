/** The closed set of codes (src/messages.ts): every code is a problem some part of lenetc reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MESSAGES } from '../src/messages.js';
import { fromRoot } from './helpers/paths.js';

/** The text of every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

test('every code is reported somewhere, so the set holds no dead codes', () => {
  const code = [...sources(fromRoot('src')), ...sources(fromRoot('bench'))]
    .map((text) => text.replace(/^export const MESSAGES = \{[\s\S]*?\n\} as const/m, ''))
    .join('\n');
  const unused = Object.keys(MESSAGES).filter((c) => !code.includes(`'${c}'`));
  assert.deepEqual(unused, []);
});

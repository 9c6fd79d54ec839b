#!/usr/bin/env node
/**
 * `npm test`'s runner, after the build: the test files as tsc compiled them (dist/test, beside the
 * dist/src they import), two at a time. Run through tsx, every file's process spent a second or
 * more of CPU compiling and resolving TypeScript (importing lenetc/node: 2.6 core-seconds through
 * tsx, 1.1 compiled), ~120 of the suite's ~750 core-seconds on this 2-core machine.
 *
 * The files are test/*.test.ts, or those named (`npm test -- test/queue.test.ts`), mapped to their
 * compiled twins: a test deleted from test/ whose old output lingers in dist/test does not run.
 * Other arguments go to `node --test` (`--test-name-pattern=...`, `--test-reporter=...`). One file
 * also runs from source, without a build: `node --import tsx --import ./test/setup.ts --test test/x.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const named = args.filter((a) => a.endsWith('.test.ts'));
const flags = args.filter((a) => !a.endsWith('.test.ts'));
const sources = named.length > 0
  ? named.map((f) => path.relative(root, path.resolve(f)))
  : readdirSync(path.join(root, 'test')).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join('test', f));
const unknown = sources.filter((f) => !existsSync(path.join(root, f)));
if (unknown.length > 0) {
  console.error(`npm test: no such test file: ${unknown.join(', ')} (name files under test/)`);
  process.exit(2);
}
const compiled = sources.map((f) => path.join(root, 'dist', f.replace(/\.ts$/, '.js')));
const stale = compiled.filter((f) => !existsSync(f));
if (stale.length > 0) {
  console.error(`npm test: not compiled yet: ${stale.map((f) => path.relative(root, f)).join(', ')} (npm run build compiles test/)`);
  process.exit(2);
}

// --test-timeout: every test fails after 40 minutes unless it sets its own limit (most do); a
// file that its tests' leftovers keep open is ended by test/setup.ts
const run = spawnSync(process.execPath, [
  '--import', path.join(root, 'dist', 'test', 'setup.js'),
  '--test', '--test-concurrency=2', '--test-timeout=2400000', ...flags, ...compiled,
], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);

/** The committed package-lock.json agrees with package.json, so `npm install` on a fresh clone does not rewrite it. */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromRoot } from './helpers/paths.js';

test('package-lock.json\'s root entry is package.json\'s: name, version, dependencies, bin, engines', () => {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(fromRoot('package-lock.json'), 'utf8'));
  const root = lock.packages[''];
  assert.equal(lock.name, pkg.name);
  assert.equal(lock.version, pkg.version);
  // npm rewrites the root entry whenever one of these differs from package.json
  for (const key of ['name', 'version', 'license', 'dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bin', 'engines']) {
    assert.deepEqual(root[key], pkg[key], key);
  }
  // every dependency is locked
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) assert.ok(lock.packages[`node_modules/${name}`], name);
});

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

/** A version's numbers, missing parts and wildcards as 0: `20.19` → [20, 19, 0]. */
function version(text: string): number[] {
  const parts = text.trim().replace(/^v/, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Whether `v` satisfies an npm engines range, in the forms the lockfile holds: `*`, `>=X`,
 * `>= X`, `<X`, `^X`, `X.x`/`X.*`, comparators joined by spaces (and) and `||` (or).
 */
function satisfies(v: number[], range: string): boolean {
  return range.split('||').some((alternative) => {
    const tokens = alternative.trim().replace(/([<>]=?|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return tokens.every((token) => {
      const [, op = '', rest = ''] = /^([<>]=?|\^|~)?(.*)$/.exec(token)!;
      if (rest === '*' || rest === 'x' || rest === '') return true;
      const target = version(rest);
      const known = rest.split('.').filter((p) => /^\d+$/.test(p)).length;
      switch (op) {
        case '>=': return compare(v, target) >= 0;
        case '>': return compare(v, target) > 0;
        case '<': return compare(v, target) < 0;
        case '<=': return compare(v, target) <= 0;
        case '^': return v[0] === target[0] && compare(v, target) >= 0;
        case '~': return v[0] === target[0] && v[1] === target[1] && compare(v, target) >= 0;
        // `6.x`, `4.x`, `20`: the parts given must match
        default: return v.slice(0, known).every((n, i) => n === target[i]);
      }
    });
  });
}

test('npm install warns of no engine on the oldest Node package.json allows: every locked package admits it', { timeout: 10_000 }, () => {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(fromRoot('package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
  const oldest = version(/^>=\s*(.+)$/.exec(pkg.engines.node)![1]!);
  // the check itself: a range the oldest version is outside of is caught
  assert.equal(satisfies([20, 0, 0], '>=22.12.0'), false);
  assert.equal(satisfies([20, 18, 0], '^20.19.0 || ^22.12.0 || >=23'), false);
  assert.equal(satisfies([20, 19, 0], '>=20.19.0 <22.0.0 || >=22.12.0'), true);
  const refused = Object.entries(lock.packages)
    .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node !== undefined)
    .filter(([, entry]) => !satisfies(oldest, (entry.engines as { node: string }).node))
    .map(([name, entry]) => `${name} needs node ${(entry.engines as { node: string }).node}`);
  assert.deepEqual(refused, []);
});

test('every dependency with an install script is decided in allowScripts, so npm 11 lists none as unreviewed', { timeout: 10_000 }, () => {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { allowScripts: Record<string, boolean> };
  const lock = JSON.parse(readFileSync(fromRoot('package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
  const withScripts = Object.entries(lock.packages).filter(([, e]) => e.hasInstallScript).map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
  assert.deepEqual(withScripts.filter((name) => !(name in pkg.allowScripts)), []);
});

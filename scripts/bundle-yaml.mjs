#!/usr/bin/env node
// Bundles the `yaml` package into dist/node_modules/yaml/, where Node finds it before the real one
// for everything under dist/. yaml ships about 70 CommonJS files, and loading them costs
// `lenetc check` some 30 ms of its startup (measured by bench/check-speed.ts); one ES module
// file loads in a few. Same code as the installed yaml (its Node build, not the browser one),
// so the built binary behaves as the sources do under tsx. Run by `npm run build` after tsc.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'node_modules', 'yaml');
const require = createRequire(path.join(root, 'package.json'));
const installed = require('yaml/package.json');

// ES modules cannot re-export a CommonJS module's names without knowing them: list them here
const entries = { index: 'yaml', util: 'yaml/util' };
const entryCode = (specifier) => {
  const names = Object.keys(require(specifier)).filter((name) => name !== 'default');
  return `import lib from '${specifier}';\nexport default lib;\nexport const { ${names.join(', ')} } = lib;\n`;
};

fs.rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(Object.keys(entries).map((name) => [name, `entry:${name}`])),
  bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
  outdir: outDir, logLevel: 'warning', legalComments: 'none',
  // yaml's Node build reads `process` through require(), which an ES module lacks
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [{
    name: 'yaml-entries',
    setup(b) {
      b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }));
      b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({ contents: entryCode(entries[args.path]), resolveDir: root, loader: 'js' }));
    },
  }],
});
fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({
  name: 'yaml',
  version: installed.version,
  description: `yaml ${installed.version} bundled by lenetc's scripts/bundle-yaml.mjs for a faster startup`,
  type: 'module',
  exports: { '.': './index.js', './util': './util.js', './package.json': './package.json' },
}, null, 2) + '\n');

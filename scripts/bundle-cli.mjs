#!/usr/bin/env node
// Bundles the lenetc CLI into dist/bundle/, the installed `lenetc` binary (package.json "bin").
// Run by `npm run build` after tsc, whose output in dist/src stays for the tests. Resolving and
// loading some 45 of our ES modules plus commander costs `lenetc check` tens of milliseconds of
// its startup (bench/check-speed.ts); a few bundled files load in a few. Splitting keeps each
// command's code in its own chunk, loaded only when that command runs, as src/cli/index.ts does.
//
// Layout, which code that finds files relative to its own module relies on:
//   dist/bundle/cli/bin.mjs              the entry (src/cli/bin.ts)
//   dist/bundle/lib/chunks/worker.mjs    the data-parallel worker (src/node/parallel/worker.ts)
//   dist/bundle/lib/chunks/cpu-worker.mjs a thread of the compiled CPU program (src/node/cpu-worker.ts)
//   dist/bundle/lib/chunks/chunk-*.mjs   everything else
// src/node/parallel/index.ts looks for ./worker<its extension> beside itself (src/node/cpu-threads.ts
// for ./cpu-worker), which holds from
// lib/chunks/, and the build fails below if it ends up anywhere else. A sweep's children start
// cli/bin.mjs, which passes its own location on (src/cli/self.ts). schema/lenetc.schema.json and
// package.json are found by walking up, and npm packages stay external, so they still find their
// own files (tfjs's wasm binaries, webgpu's dawn.node, bullmq's Lua scripts) in node_modules —
// except the small, self-contained ones in INLINE.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(path.join(root, 'package.json'));
const outDir = path.join(root, 'dist', 'bundle');
const LIB = 'lib/chunks';

// Packages bundled into our chunks: pure JavaScript that reads no files of its own. yaml stays
// external: dist/node_modules/yaml (scripts/bundle-yaml.mjs) already is one ES module.
const INLINE = new Set(['commander']);

// External packages that are CommonJS in Node and large, loaded with require() instead of import:
// Node's ES-module loader reads a CommonJS module's whole source to find its export names
// (cjs-module-lexer), which cost every tfjs command ~0.2 s of its start (an import of tfjs and
// its wasm backend took 0.44–0.54 s, a require 0.28–0.32 s).
const REQUIRED = new Set(['@tensorflow/tfjs', '@tensorflow/tfjs-core', '@tensorflow/tfjs-layers', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu']);

// Each module that locates a file relative to itself, and the output folder it must land in.
const PLACED = {
  'src/node/parallel/index.ts': LIB,
  'src/node/cpu-threads.ts': LIB,
};

/** The package a bare import names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

fs.rmSync(outDir, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    'cli/bin': path.join(root, 'src/cli/bin.ts'),
    [`${LIB}/worker`]: path.join(root, 'src/node/parallel/worker.ts'),
    [`${LIB}/cpu-worker`]: path.join(root, 'src/node/cpu-worker.ts'),
  },
  chunkNames: `${LIB}/chunk-[hash]`,
  outExtension: { '.js': '.mjs' },
  bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
  outdir: outDir, absWorkingDir: root, logLevel: 'warning', legalComments: 'none', metafile: true,
  // commander is CommonJS and require()s Node's modules, which an ES module has no require for
  banner: { js: "import { createRequire as __lenetcCreateRequire } from 'node:module'; const require = __lenetcCreateRequire(import.meta.url);" },
  plugins: [{
    name: 'external-packages',
    setup(b) {
      // a bare specifier is a package (or a node: builtin, which esbuild keeps external itself)
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || INLINE.has(packageName(args.path))) return undefined;
        if (REQUIRED.has(packageName(args.path)) && args.kind !== 'require-call') return { path: args.path, namespace: 'required' };
        return { path: args.path, external: true };
      });
      // a module that require()s the package at run time (the banner's require) and exports what
      // it has, by the names it has here and now, as Node's import of CommonJS would
      b.onLoad({ filter: /.*/, namespace: 'required' }, (args) => {
        const names = Object.keys(requireHere(args.path)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
        const contents = `const m = require(${JSON.stringify(args.path)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
        return { contents, loader: 'js' };
      });
    },
  }],
});

// Fail the build, not a user's `lenetc train`, if splitting moved a module that finds its
// neighbours by relative path.
for (const [source, dir] of Object.entries(PLACED)) {
  const holders = Object.entries(result.metafile.outputs)
    .filter(([, output]) => Object.keys(output.inputs).includes(source))
    .map(([file]) => path.relative(outDir, path.resolve(root, file)));
  if (holders.length !== 1 || path.dirname(holders[0]) !== dir) {
    throw new Error(`bundle-cli: ${source} must be bundled into one file in ${dir}/, but is in [${holders.join(', ')}]`);
  }
}

#!/usr/bin/env node
// Builds the playground (src/web/) into dist/web/, a static site that can be hosted anywhere and
// that `lenetc playground` serves: index.html, favicon.svg and assets/ with every script and
// style bundled by esbuild (nothing from a CDN, so it works offline). Asset names carry a
// content hash, so a server can cache them for good. Run by `npm run build` and
// `npm run build:web`, after the generated sources (templates, validators, shipped specs).
//
// The page's first load must stay small: the build fails if what index.html loads before
// training is requested pulls in TensorFlow.js, vega or the training engine; those belong in
// chunks loaded with import() when Train is pressed. Sizes of the first load (raw and gzip) are
// printed and written to dist/web-meta.json with esbuild's metafile, for BENCHMARKS.md and tests.
//
// dist/web holds no source maps: they were 15 of its 18 MB, and a visitor never needs them. They
// are written to dist/web-maps/, under the same names, for reading a bug report's minified stack
// trace (the bundled sources are inside each map).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src', 'web');
const outDir = path.join(root, 'dist', 'web');
const mapsDir = path.join(root, 'dist', 'web-maps');
const metaFile = path.join(root, 'dist', 'web-meta.json');

/**
 * Dynamic imports that run as the page starts, so they are part of the first load too: generated
 * modules (the parser's schema validators, which src/parser/schema-validators.ts awaits at its
 * top level). esbuild records which output imports a chunk, not which of its inputs does.
 */
const EAGER = /\.generated\.ts$/;

/** Inputs that must not be in the first load: they come with training, on demand. */
const LAZY_ONLY = [/node_modules\/@tensorflow\//, /node_modules\/wabt\//, /src\/codegen\/wasm\//, /src\/cpu\//, /node_modules\/vega/, /src\/train\/(loop|batches|checkpoint|chance|plots)/, /src\/tfjs\/(kernels|build|step|trainer|evaluate)/, /src\/node\//];

const TARGET = ['chrome113', 'firefox121', 'safari17'];

fs.rmSync(outDir, { recursive: true, force: true });
fs.rmSync(mapsDir, { recursive: true, force: true });

// the compiled CPU program's Web Worker (src/web/train/cpu-worker.ts): one classic script of its
// own, which the training chunk imports as `lenetc:cpu-worker` and gets as a URL (the file loader
// names it by its content hash, as the wasm binaries are)
const worker = await build({
  entryPoints: [path.join(srcDir, 'train', 'cpu-worker.ts')],
  bundle: true, format: 'iife', platform: 'browser', target: TARGET, minify: true, write: false, absWorkingDir: root, logLevel: 'warning',
});
const workerScript = {
  name: 'cpu-worker',
  setup(b) {
    b.onResolve({ filter: /^lenetc:cpu-worker$/ }, () => ({ path: 'cpu-worker.js', namespace: 'cpu-worker' }));
    b.onLoad({ filter: /.*/, namespace: 'cpu-worker' }, () => ({ contents: worker.outputFiles[0].contents, loader: 'file' }));
  },
};

const result = await build({
  entryPoints: { main: path.join(srcDir, 'main.ts'), style: path.join(srcDir, 'style.css') },
  entryNames: 'assets/[name]-[hash]',
  chunkNames: 'assets/chunk-[hash]',
  // tfjs's wasm binaries, imported by the training chunk as URLs (src/web/train/backends.ts)
  assetNames: 'assets/[name]-[hash]', loader: { '.wasm': 'file' },
  // tfjs without its WebGL backend, converter and tf.data, which the tab never uses
  alias: { '@tensorflow/tfjs': './src/web/train/tfjs.ts' },
  bundle: true, splitting: true, format: 'esm', platform: 'browser', target: TARGET,
  minify: true, sourcemap: 'external', legalComments: 'linked',
  outdir: outDir, absWorkingDir: root, logLevel: 'warning', metafile: true,
  plugins: [workerScript, {
    // wabt (the compiled CPU program's assembler) require()s fs only when it runs under Node
    name: 'no-node-fs',
    setup(b) {
      b.onResolve({ filter: /^fs$/ }, (args) => (/node_modules\/wabt\//.test(args.importer) ? { path: 'fs', namespace: 'no-node-fs' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'no-node-fs' }, () => ({ contents: 'export default {};', loader: 'js' }));
    },
  }],
});

const outputs = result.metafile.outputs;
const relative = (file) => path.relative(outDir, path.resolve(root, file)).split(path.sep).join('/');
const entry = (name) => Object.keys(outputs).find((file) => outputs[file].entryPoint === path.relative(root, path.join(srcDir, name)).split(path.sep).join('/') && !file.endsWith('.map'));
const script = entry('main.ts');
const style = entry('style.css');
if (!script || !style) throw new Error('build-web: esbuild produced no main script or style');

// the first load: the entry script, the chunks it imports statically or eagerly, and the style
const firstLoad = new Set([style]);
const eager = (imported) => imported.kind === 'dynamic-import' && Object.keys(outputs[imported.path].inputs).some((input) => EAGER.test(input));
const visit = (file) => {
  if (firstLoad.has(file)) return;
  firstLoad.add(file);
  for (const imported of outputs[file].imports) {
    if (!imported.external && (imported.kind === 'import-statement' || eager(imported))) visit(imported.path);
  }
};
visit(script);
for (const file of firstLoad) {
  const banned = Object.keys(outputs[file].inputs).filter((input) => LAZY_ONLY.some((pattern) => pattern.test(input)));
  if (banned.length) throw new Error(`build-web: the page's first load (${relative(file)}) includes ${banned.slice(0, 3).join(', ')}: load it with import() when Train is pressed`);
}

// 'external' maps carry no sourceMappingURL comment, so moving them out breaks no link
for (const file of Object.keys(outputs).filter((f) => f.endsWith('.map'))) {
  const to = path.join(mapsDir, relative(file));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(path.resolve(root, file), to);
}

const html = fs.readFileSync(path.join(srcDir, 'index.html'), 'utf8').replace('%SCRIPT%', relative(script)).replace('%STYLE%', relative(style));
fs.writeFileSync(path.join(outDir, 'index.html'), html);
fs.copyFileSync(path.join(srcDir, 'favicon.svg'), path.join(outDir, 'favicon.svg'));

const sizes = [...firstLoad].map((file) => {
  const bytes = fs.readFileSync(path.resolve(root, file));
  return { file: relative(file), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const lazy = Object.keys(outputs).filter((file) => !firstLoad.has(file) && !file.endsWith('.map') && !file.endsWith('.txt')).map(relative);
fs.writeFileSync(metaFile, JSON.stringify({ firstLoad: sizes, lazy, metafile: result.metafile }, null, 1) + '\n');
const total = sizes.reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzip: sum.gzip + s.gzip }), { bytes: 0, gzip: 0 });
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const site = fs.readdirSync(outDir, { recursive: true }).map((f) => fs.statSync(path.join(outDir, f))).filter((s) => s.isFile()).reduce((sum, s) => sum + s.size, 0);
console.log(`build-web: dist/web/, ${(site / 1024 / 1024).toFixed(1)} MiB; first load ${kib(total.bytes)} (${kib(total.gzip)} gzip) in ${sizes.length} files; ${lazy.length} chunks loaded on demand; source maps in dist/web-maps/`);

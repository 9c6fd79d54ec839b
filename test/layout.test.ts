/**
 * The layout says what runs where (README, "Architecture"): a folder is browser-safe or
 * Node-only, and nothing in a browser-safe folder imports a Node module or a Node-only folder's
 * file, directly or through a dynamic import. So whether code runs in a tab is decided by where
 * it lives, for every file, not by what three entry points happen to reach today.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { fromRoot } from './helpers/paths.js';

const SRC = fromRoot('src');
/** Folders whose code runs in a browser tab as it is: the compiler, the formats, the portable training core, tfjs and the engine, the page. */
const BROWSER_SAFE = ['parser', 'shape-inference', 'plan', 'codegen', 'formats', 'train', 'engine', 'cpu', 'tfjs', 'web'];
/** Folders of Node-only code: host I/O and orchestration, jobs, the HTTP server, the command line. */
const NODE_ONLY = ['node', 'jobs', 'server', 'cli'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that only run under Node. */
const NODE_PACKAGES = ['pngjs', 'bullmq', 'ioredis', 'onnxruntime-node', 'webgpu', 'commander', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every module `file` imports for its code, statically or with import(), as written (`import type` is erased, so not counted). */
function imports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The top folder under src/ of `file` ('' for a file at src/'s root). */
function room(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : '';
}

describe('the layout', () => {
  it('gives every folder under src/ a side: browser-safe or Node-only', { timeout: 10_000 }, () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    assert.deepEqual(folders, [...BROWSER_SAFE, ...NODE_ONLY].sort());
  });

  it('keeps browser-safe code off Node: no Node module, no Node-only package, no file of a Node-only folder', { timeout: 30_000 }, () => {
    const problems: string[] = [];
    const files = sources(SRC).filter((f) => room(f) === '' || BROWSER_SAFE.includes(room(f)));
    assert.ok(files.length > 100, `${files.length} files`);
    for (const file of files) {
      for (const spec of imports(file)) {
        const where = path.relative(fromRoot(), file);
        if (NODE_BUILTINS.has(spec) || NODE_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) problems.push(`${where} imports ${spec}`);
        if (spec.startsWith('.') && NODE_ONLY.includes(room(path.resolve(path.dirname(file), spec)))) problems.push(`${where} imports ${spec}, which is Node-only`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('keeps the library off the command line: src/node, src/jobs and src/server import nothing from src/cli', { timeout: 30_000 }, () => {
    const problems: string[] = [];
    for (const file of sources(SRC).filter((f) => ['node', 'jobs', 'server'].includes(room(f)))) {
      for (const spec of imports(file)) {
        if (spec.startsWith('.') && room(path.resolve(path.dirname(file), spec)) === 'cli') problems.push(`${path.relative(fromRoot(), file)} imports ${spec}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('would see a violation: the check reads static and dynamic imports alike, and passes over type-only ones', { timeout: 10_000 }, () => {
    const probe = path.join(SRC, 'train', `.layout-probe-${process.pid}.ts`);
    fs.writeFileSync(probe, "import fs from 'node:fs';\nimport type { RunFolder } from '../node/run-folder.js';\nexport const later = () => import('../node/files.js');\nexport const read = fs.readFileSync;\nexport type R = RunFolder;\n");
    try {
      assert.deepEqual(imports(probe), ['node:fs', '../node/files.js']);
      assert.equal(room(path.resolve(path.dirname(probe), '../node/files.js')), 'node');
    } finally {
      fs.rmSync(probe);
    }
  });
});

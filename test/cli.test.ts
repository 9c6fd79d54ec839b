/** The CLI in-process: exit codes, `check --json` numbers, diagnostics layout, usage errors, emit -o. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { backendLine, passedOverLines } from '../src/cli/backend-line.js';
import { asTyped, invocationName } from '../src/cli/invocation.js';
import { EXIT } from '../src/cli/io.js';
import type { BackendChoice } from '../src/node/backend.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';
import { embedTemplates } from './helpers/embed.js';
import { fromRoot, repoRoot } from './helpers/paths.js';

/** The CLI run in-process from `cwd` (the repository root by default). */
const run = (argv: string[], cwd = repoRoot) => runCli(argv, cwd);

const LENET5 = 'specs/lenet5.yaml';

// a LeNet-style spec whose second conv's kernel is larger than its 14×14 input
const BAD_SHAPE = `name: bad-shape
input: [28, 28, 1]
layers:
  - conv: {filters: 6, kernel: 5, padding: 2}
  - pool: {size: 2}
  - conv: {filters: 16, kernel: 20}
  - flatten
  - dense: {units: 10}
`;

// a misspelt key, two lines below a valid layer
const BAD_KEY = `name: bad-key
input: [28, 28, 1]
layers:
  - conv: {filters: 6, kernel: 5}
  - flatten
  - dense: {units: 10, activaton: softmax}
`;

let tmp: string;

before(() => {
  embedTemplates();
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  tmp = fs.mkdtempSync(fromRoot('.tmp', 'cli-'));
  fs.writeFileSync(path.join(tmp, 'bad-shape.yaml'), BAD_SHAPE);
  fs.writeFileSync(path.join(tmp, 'bad-key.yaml'), BAD_KEY);
});

after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Columns of `needle` in the given 1-based line of `text`: where a caret must point. */
function position(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.notEqual(line, -1, `fixture lacks ${needle}`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

describe('check', () => {
  test('--json on lenet5 reports every layer\'s shape, params and MACs', async () => {
    const r = await run(['check', LENET5, '--json']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const report = JSON.parse(lines[0]!);
    assert.equal(report.ok, true);
    assert.equal(report.spec, LENET5);
    assert.equal(report.name, 'lenet5');
    assert.deepEqual(report.input, [28, 28, 1]);
    const layers = report.layers.map((l: Record<string, unknown>) => ({ index: l.index, kind: l.kind, output: l.output, params: l.params, macs: l.macs }));
    assert.deepEqual(layers, [
      { index: 0, kind: 'conv', output: [28, 28, 6], params: 156, macs: 117600 },
      { index: 1, kind: 'pool', output: [14, 14, 6], params: 0, macs: 0 },
      { index: 2, kind: 'conv', output: [10, 10, 16], params: 2416, macs: 240000 },
      { index: 3, kind: 'pool', output: [5, 5, 16], params: 0, macs: 0 },
      { index: 4, kind: 'flatten', output: [400], params: 0, macs: 0 },
      { index: 5, kind: 'dense', output: [120], params: 48120, macs: 48000 },
      { index: 6, kind: 'dense', output: [84], params: 10164, macs: 10080 },
      { index: 7, kind: 'dense', output: [10], params: 850, macs: 840 },
    ]);
    assert.equal(report.params, 61706);
    assert.equal(report.macs, 416520);
    // 5×5 convs and 2×2 pools: 5, 6, 6 + 4·2 = 14, 14 + 1·2 = 16; none once flat
    assert.deepEqual(report.layers.map((l: { receptiveField?: number[] }) => l.receptiveField ?? null), [[5, 5], [6, 6], [14, 14], [16, 16], null, null, null, null]);
  });

  test('prints the table, totals and the shape trace', async () => {
    const r = await run(['check', LENET5]);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.ok(r.stdout.includes('conv 28×28×6 → pool 14×14×6 → conv 10×10×16 → pool 5×5×16 → flatten 400 → dense 120 → dense 84 → dense 10\n'));
    assert.match(r.stdout, /^\s+0\s+\S+\s+conv\s+28×28×6\s+156\s+117,600\s+5×5$/m);
    assert.match(r.stdout, /61,706/);
    assert.match(r.stdout, /416,520/);
    assert.equal(r.stderr, '');
  });

  test('--batch scales activation memory; the default is the spec\'s batch_size', async () => {
    const one = JSON.parse((await run(['check', LENET5, '--json', '--batch', '1'])).stdout);
    const ten = JSON.parse((await run(['check', LENET5, '--json', '--batch', '10'])).stdout);
    const dflt = JSON.parse((await run(['check', LENET5, '--json'])).stdout);
    // input 784 + 4704 + 1176 + 1600 + 400 + 400 + 120 + 84 + 10 floats
    assert.equal(one.activationBytes, 9278 * 4);
    assert.equal(ten.activationBytes, 10 * one.activationBytes);
    assert.equal(dflt.activationBytes, dflt.batch * one.activationBytes);
  });

  test('--set overrides a spec value before checking', async () => {
    const r = await run(['check', LENET5, '--json', '--set', 'layers.2.conv.kernel=3']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.layers[2].output, [12, 12, 16]);
    assert.deepEqual(report.layers[4].output, [576]);
  });

  test('a shape error prints file:line:column, the code, a code frame with a caret, and a count', async () => {
    const file = path.join(tmp, 'bad-shape.yaml');
    const r = await run(['check', file]);
    assert.equal(r.code, EXIT.invalid);
    assert.equal(r.stdout, '');
    const header = r.stderr.split('\n')[0]!;
    const m = /^(.+):(\d+):(\d+): error\[([A-Z_]+)\]: /.exec(header);
    assert.ok(m, header);
    assert.equal(m[1], file);
    assert.equal(m[4], 'NON_POSITIVE_OUTPUT');
    const line = Number(m[2]);
    assert.equal(line, position(BAD_SHAPE, 'kernel: 20').line);
    // the frame: the line before and the line, numbered, then carets starting at the column
    const frame = r.stderr.split('\n').slice(1, 4);
    assert.match(frame[0]!, new RegExp(`^\\s*${line - 1} \\| `));
    assert.match(frame[1]!, new RegExp(`^\\s*${line} \\| {3}- conv: \\{filters: 16, kernel: 20\\}$`));
    const caretLine = frame[2]!;
    const bar = caretLine.indexOf('| ') + 2;
    assert.equal(caretLine.indexOf('^') - bar + 1, Number(m[3]));
    assert.match(r.stderr, /^hint: /m);
    assert.match(r.stderr, /: 1 error\n$/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  test('--json errors carry code, 1-based line and column', async () => {
    const r = await run(['check', path.join(tmp, 'bad-key.yaml'), '--json']);
    assert.equal(r.code, EXIT.invalid);
    const report = JSON.parse(r.stdout);
    assert.equal(report.ok, false);
    const d = report.diagnostics.find((x: { code: string }) => x.code === 'UNKNOWN_KEY');
    assert.ok(d, r.stdout);
    assert.equal(d.severity, 'error');
    assert.equal(d.file, path.join(tmp, 'bad-key.yaml'));
    assert.deepEqual({ line: d.line, column: d.column }, position(BAD_KEY, 'activaton'));
    assert.equal(typeof d.message, 'string');
  });

  test('--json carries each diagnostic\'s fixes as data, each edit at its path as written in the file to change', { timeout: 30_000 }, async () => {
    const file = path.join(tmp, 'bad-shape.yaml');
    const r = await run(['check', file, '--json']);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'NON_POSITIVE_OUTPUT');
    // kernel 20 on 14×14: padding 3 makes 14 + 6 − 20 + 1 = 1, or same, or the largest kernel that fits
    const set = (key: string, value: unknown) => ({ edits: [{ path: ['layers', 2, 'conv', key], value, file }] });
    assert.deepEqual(d.fixes, [set('padding', 3), set('padding', 'same'), set('kernel', 14)]);
    // a warning of a spec that checks carries its fix too; an override decided the value, so the edit is the override's
    const warned = JSON.parse((await run(['check', LENET5, '--json', '--set', 'layers.7.dense.activation=relu'])).stdout);
    assert.equal(warned.ok, true);
    const logits = warned.diagnostics.find((x: { code: string }) => x.code === 'LOGITS_ACTIVATION');
    assert.deepEqual(logits.fixes, [{ edits: [{ path: ['layers', 7, 'dense', 'activation'], value: 'none', file: '<--set>' }] }]);
    // a problem with no one edit that fixes it has no fixes
    const plain = JSON.parse((await run(['check', path.join(tmp, 'bad-key.yaml'), '--json'])).stdout);
    assert.ok(plain.diagnostics.every((x: { fixes?: unknown }) => x.fixes === undefined));
  });

  test('several specs: every one is checked, one JSON line each, exit 1 if any fails', async () => {
    const bad = path.join(tmp, 'bad-shape.yaml');
    const r = await run(['check', LENET5, bad, LENET5, '--json']);
    assert.equal(r.code, EXIT.invalid);
    const reports = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(reports.map((x) => [x.spec, x.ok]), [[LENET5, true], [bad, false], [LENET5, true]]);
    const text = await run(['check', LENET5, LENET5]);
    assert.equal(text.code, EXIT.ok);
    assert.equal(text.stdout.split('conv 28×28×6 → pool').length - 1, 2);
  });

  test('every shipped spec checks clean', async () => {
    const specs = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).map((f) => `specs/${f}`);
    assert.ok(specs.length >= 1);
    const r = await run(['check', '--json', ...specs]);
    const failed = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).filter((x) => !x.ok);
    assert.deepEqual(failed, []);
    assert.equal(r.code, EXIT.ok);
  });
});

describe('usage errors exit 2 with a one-line message', () => {
  // the code where lenetc refuses (commander refuses the others, in its own words)
  const cases: [string, string[], string?][] = [
    ['no arguments', []],
    ['unknown command', ['frobnicate']],
    ['unknown flag', ['check', LENET5, '--frobnicate']],
    ['missing spec argument', ['check']],
    ['missing spec file', ['check', 'specs/does-not-exist.yaml'], 'FILE_NOT_FOUND'],
    ['one of several specs missing', ['check', LENET5, 'nope.yaml'], 'FILE_NOT_FOUND'],
    ['bad --batch', ['check', LENET5, '--batch', '0']],
    ['emit without --ts, --pytorch or --json', ['emit', LENET5], 'NEEDS_ARGUMENT'],
    ['emit with both --ts and --json', ['emit', '--ts', '--json', LENET5]],
    ['emit with both --pytorch and --ts', ['emit', '--pytorch', '--ts', LENET5]],
    ['a folder as a spec', ['check', 'specs']],
  ];
  for (const [name, argv, code] of cases) {
    test(name, async () => {
      const r = await run(argv);
      assert.equal(r.code, EXIT.usage, r.stderr);
      assert.equal(r.stdout, '');
      if (argv.length > 0) assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      if (code) assert.ok(r.stderr.startsWith(`error[${code}]: `), r.stderr);
    });
  }
});

describe('emit', () => {
  test('--ts prints a module exporting createModel and the training settings', async () => {
    const r = await run(['emit', '--ts', LENET5]);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.match(r.stdout, /^import \* as tf from '@tensorflow\/tfjs';$/m);
    assert.match(r.stdout, /^export function createModel\(\): tf\.Sequential \{$/m);
    assert.match(r.stdout, /^export const training: TrainingSettings = \{$/m);
    assert.equal(r.stdout.split('model.add(').length - 1, 8 + (r.stdout.includes('zeroPadding2d') ? 1 : 0));
  });

  test('-o writes the file, refuses to overwrite it without --force, replaces it with --force', async () => {
    const out = path.join(tmp, 'lenet5.ts');
    const first = await run(['emit', '--ts', LENET5, '-o', out]);
    assert.equal(first.code, EXIT.ok, first.stderr);
    assert.equal(first.stdout, '');
    assert.match(fs.readFileSync(out, 'utf8'), /createModel/);

    fs.writeFileSync(out, 'precious\n');
    const again = await run(['emit', '--ts', LENET5, '-o', out]);
    assert.equal(again.code, EXIT.usage);
    assert.match(again.stderr, /^error\[FILE_EXISTS\]: /);
    assert.equal(fs.readFileSync(out, 'utf8'), 'precious\n');
    assert.deepEqual(fs.readdirSync(tmp).filter((f) => /\.tmp-/.test(f)), [], 'no temp files left behind');

    const forced = await run(['emit', '--ts', LENET5, '-o', out, '--force']);
    assert.equal(forced.code, EXIT.ok, forced.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /createModel/);
  });

  test('-o into a folder that does not exist is a usage error', async () => {
    const r = await run(['emit', '--ts', LENET5, '-o', path.join(tmp, 'no', 'such', 'dir', 'x.ts')]);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.stderr, /^error\[NO_SUCH_FOLDER\]: /);
  });

  test('a spec with errors prints diagnostics, exits 1 and writes nothing', async () => {
    const out = path.join(tmp, 'bad.ts');
    const r = await run(['emit', '--ts', path.join(tmp, 'bad-shape.yaml'), '-o', out]);
    assert.equal(r.code, EXIT.invalid);
    assert.match(r.stderr, /error\[NON_POSITIVE_OUTPUT\]/);
    assert.equal(fs.existsSync(out), false);
  });
});

describe('-o on what is not a regular file', () => {
  test('a symbolic link is followed: its target is replaced (with --force), the link stays', async () => {
    const target = path.join(tmp, 'target.svg');
    const link = path.join(tmp, 'link.svg');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    const refused = await run(['graph', LENET5, '-o', link]);
    assert.equal(refused.code, EXIT.usage);
    const r = await run(['graph', LENET5, '-o', link, '--force']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.match(fs.readFileSync(target, 'utf8'), /<svg/);
  });

  test('a character device (through a link to /dev/null) and a FIFO are written through, never replaced', async () => {
    const devNull = path.join(tmp, 'null-link');
    fs.symlinkSync('/dev/null', devNull);
    const r = await run(['graph', LENET5, '-o', devNull, '--force']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.ok(fs.lstatSync(devNull).isSymbolicLink());
    assert.ok(fs.statSync('/dev/null').isCharacterDevice());

    const fifo = path.join(tmp, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      let text = '';
      fs.createReadStream(fifo, 'utf8').on('data', (c) => { text += c; }).on('end', () => resolve(text));
    });
    const w = await run(['emit', '--ts', LENET5, '-o', fifo]);
    assert.equal(w.code, EXIT.ok, w.stderr);
    assert.match(await reader, /createModel/);
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'still a FIFO');
  });

  test('a folder is refused with one line', async () => {
    const r = await run(['graph', LENET5, '-o', tmp, '--force']);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.stderr, /^error\[NOT_A_FILE\]: .* is a folder/m);
  });
});

test('a folder given as a spec is called a folder', async () => {
  const r = await run(['check', 'specs']);
  assert.match(r.stderr, /^error\[NOT_A_FILE\]: specs is a folder, not a spec file$/m);
});

describe('the same flags everywhere', () => {
  test('--version, -v and the former -V print the package\'s version', { timeout: 30_000 }, async () => {
    for (const flag of ['--version', '-v', '-V']) {
      const r = await run([flag]);
      assert.equal(r.code, EXIT.ok, flag);
      assert.equal(r.stdout.trim(), JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')).version, flag);
    }
  });

  test('every command that writes files takes -o and --out; activations and predict --backend default to auto', { timeout: 60_000 }, async () => {
    for (const command of ['train', 'sweep', 'activations', 'emit', 'graph', 'export', 'eval', 'schema']) {
      const help = await run([command, '--help']);
      assert.match(help.stdout, /-o, --out <(file|dir|path)>/, command);
    }
    assert.match((await run(['predict', '--help'])).stdout, /--backend <name>[^]*?\(default: "auto"\)/);
    const schema = path.join(tmp, 'schema.json');
    assert.equal((await run(['schema', '-o', schema])).code, EXIT.ok);
    assert.deepEqual(JSON.parse(fs.readFileSync(schema, 'utf8')), JSON.parse(fs.readFileSync(fromRoot('schema', 'lenetc.schema.json'), 'utf8')));
    const out = path.join(tmp, 'long.svg');
    const long = await run(['graph', LENET5, '--out', out]);
    assert.equal(long.code, EXIT.ok, long.stderr);
    assert.ok(fs.existsSync(out));
    // the former spelling still works
    const former = await run(['graph', LENET5, '--output', path.join(tmp, 'former.svg')]);
    assert.equal(former.code, EXIT.ok, former.stderr);
    assert.match((await run(['activations', '--help'])).stdout, /--backend <name>[^]*?\(default: "auto"\)\n  --force/);
  });
});

test('schema prints the JSON Schema', async () => {
  const r = await run(['schema']);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const schema = JSON.parse(r.stdout);
  assert.equal(typeof schema.$schema, 'string');
  assert.deepEqual(schema, JSON.parse(fs.readFileSync(fromRoot('schema', 'lenetc.schema.json'), 'utf8')));
});

describe('messages that say what is wrong, not what a library met', { timeout: 120_000 }, () => {
  const code = (stderr: string) => /^error\[([A-Z_]+)\]/m.exec(stderr)?.[1];

  test('check on a pipe or a device: not a spec file, rather than "no such spec file"', async () => {
    const fifo = path.join(tmp, 'spec-pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/null']) {
      const r = await run(['check', file]);
      assert.equal(r.code, EXIT.usage, r.stderr);
      assert.equal(code(r.stderr), 'NOT_A_FILE', file);
    }
  });

  test('--set with an alias that names no anchor is a YAML error at the override, not "an alias bomb?"', async () => {
    const r = await run(['check', LENET5, '--set', 'train.lr=*a']);
    assert.equal(r.code, EXIT.invalid, r.stderr);
    assert.doesNotMatch(r.stderr, /ALIAS_LIMIT|alias bomb/);
    assert.match(r.stderr, /error\[BAD_OVERRIDE\]: .*\*a names no anchor/);
    // in a spec file, the same at the alias
    fs.writeFileSync(path.join(tmp, 'alias.yaml'), 'name: a\ninput: [28, 28, 1]\nlayers:\n  - flatten\n  - dense: {units: 10}\ntrain: {lr: *a}\n');
    const file = await run(['check', path.join(tmp, 'alias.yaml')]);
    assert.equal(file.code, EXIT.invalid, file.stderr);
    assert.match(file.stderr, /alias\.yaml:6:13: error\[YAML_SYNTAX\]: .*\*a names no anchor/);
  });

  test('train SPEC --resume RUN names what it does not take in words that read', async () => {
    const r = await run(['train', LENET5, '--resume', tmp]);
    assert.equal(r.code, EXIT.usage, r.stderr);
    assert.equal(code(r.stderr), 'RESUME_CHANGES');
    assert.doesNotMatch(r.stderr, /takes no a /);
  });

  test('a data file too large to be one is refused from its size, not with ERR_FS_FILE_TOO_LARGE', async () => {
    const data = path.join(tmp, 'huge-data', 'fashion-mnist');
    fs.mkdirSync(data, { recursive: true });
    for (const name of ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte']) fs.writeFileSync(path.join(data, name), '');
    fs.truncateSync(path.join(data, 'train-images-idx3-ubyte'), 3 * 2 ** 30);
    const { loadDataset } = await import('../src/node/data/index.js');
    await assert.rejects(loadDataset({ dataset: 'fashion-mnist', dataDir: path.dirname(data), env: {} }), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'DATA_IO');
      assert.doesNotMatch(e.message, /ERR_FS_FILE_TOO_LARGE/);
      assert.match(e.message, /3,221,225,472 bytes/);
      return true;
    });
  });
});

describe('a mistake points at the way out', () => {
  test('a bad option points at its own command\'s --help', { timeout: 30_000 }, async () => {
    const r = await run(['train', LENET5, '--frobnicate']);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.stderr, /\(see npx lenetc train --help\)\n$/);
    const top = await run(['frobnicate']);
    assert.match(top.stderr, /\(see npx lenetc --help\)\n$/);
  });

  test('flag values and paths one letter off get "did you mean"', { timeout: 30_000 }, async () => {
    const backend = await run(['eval', 'runs/x', '--backend', 'wsam']);
    assert.equal(backend.code, EXIT.usage);
    assert.match(backend.stderr, /did you mean wasm\?/);
    const spec = await run(['check', 'specs/modren.yaml']);
    assert.equal(spec.code, EXIT.usage);
    assert.match(spec.stderr, /^error\[FILE_NOT_FOUND\]: .*\nhint: did you mean specs\/modern\.yaml\?$/m);
    // nothing close: no guess
    assert.doesNotMatch((await run(['check', 'specs/zzzzzzzzz.yaml'])).stderr, /did you mean/);
  });

  test('hints name the command as it can be typed here: lenetc on PATH, else npx lenetc', { timeout: 30_000 }, async () => {
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'lenetc'), '#!/bin/sh\n', { mode: 0o755 });
    const onPath = await runCli(['train'], repoRoot, { env: { PATH: bin } });
    assert.equal(onPath.code, EXIT.usage);
    assert.match(onPath.stderr, /^hint: lenetc train SPEC/m);
    const notOnPath = await runCli(['train'], repoRoot, { env: { PATH: '/nonexistent' } });
    assert.match(notOnPath.stderr, /^hint: npx lenetc train SPEC/m);
    // started by npx: what the user typed, whatever npx put on PATH
    const byNpx = await runCli(['train', '--frobnicate'], repoRoot, { env: { PATH: bin, npm_command: 'exec' } });
    assert.match(byNpx.stderr, /\(see npx lenetc train --help\)/);
  });
});

describe('invocationName and asTyped', () => {
  test('lenetc when an executable of that name is on PATH outside node_modules/.bin, npx lenetc otherwise or under npx', { timeout: 10_000 }, () => {
    const root = fs.mkdtempSync(path.join(tmp, 'path-'));
    const global = path.join(root, 'global');
    const local = path.join(root, 'project', 'node_modules', '.bin');
    const plain = path.join(root, 'plain');
    for (const dir of [global, local, plain]) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(global, 'lenetc'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(local, 'lenetc'), '#!/bin/sh\n', { mode: 0o755 });
    // there, but not executable: the shell would not run it
    fs.writeFileSync(path.join(plain, 'lenetc'), 'not a program\n', { mode: 0o644 });
    assert.equal(invocationName({ PATH: [plain, global].join(path.delimiter) }), 'lenetc');
    assert.equal(invocationName({ PATH: [local, plain].join(path.delimiter) }), 'npx lenetc');
    assert.equal(invocationName({ PATH: global, npm_command: 'exec' }), 'npx lenetc');
    assert.equal(invocationName({}), 'npx lenetc');
  });

  test('a lenetc command in a hint is respelled; lenetc itself, a path or one already spelled is not', { timeout: 10_000 }, () => {
    assert.equal(asTyped('resume it: lenetc train --resume runs/x', 'npx lenetc'), 'resume it: npx lenetc train --resume runs/x');
    assert.equal(asTyped('`lenetc worker --queue URL` or lenetc runs', 'npx lenetc'), '`npx lenetc worker --queue URL` or npx lenetc runs');
    for (const text of ['this lenetc reads version 1', 'already npx lenetc train x', 'runs/lenetc train', "lenetc's kernels"]) {
      assert.equal(asTyped(text, 'npx lenetc'), text);
    }
    assert.equal(asTyped('lenetc train SPEC', 'lenetc'), 'lenetc train SPEC');
  });
});

describe('the backend line', () => {
  const wasm: BackendChoice = {
    name: 'wasm', device: 'wasm (XNNPACK, SIMD) on AMD EPYC',
    skipped: [
      { name: 'tensorflow-gpu', short: 'not installed', reason: 'not installed: npm install @tensorflow/tfjs-node-gpu (needs CUDA 11.2 and cuDNN 8.1)', hint: 'npm install @tensorflow/tfjs-node-gpu' },
      { name: 'tensorflow', short: 'not installed', reason: 'not installed: npm install @tensorflow/tfjs-node (downloads libtensorflow at install time)', hint: 'npm install @tensorflow/tfjs-node' },
      { name: 'webgpu', short: 'software adapter', reason: 'the only WebGPU adapter is a software renderer (llvmpipe), slower than wasm', hint: 'pass --backend webgpu to use it anyway' },
    ],
  };

  test('one line: what runs, on how many threads, and why; runs of one reason said once', { timeout: 10_000 }, () => {
    assert.equal(
      backendLine(wasm, { why: 'auto', threads: 2, cores: 2 }),
      'backend: wasm (XNNPACK, SIMD) on AMD EPYC, 2 threads — auto passed over tensorflow-gpu, tensorflow (not installed) and webgpu (software adapter); --verbose says why',
    );
    assert.match(backendLine(wasm, { why: 'auto', threads: 1, cores: 4, verbose: true }), /, 1 thread of 4 cores — auto passed over .*\(software adapter\)$/);
    assert.equal(backendLine({ ...wasm, skipped: [] }, { why: 'flag', threads: 1, cores: 1 }), 'backend: wasm (XNNPACK, SIMD) on AMD EPYC, 1 thread — as --backend wasm asked');
    assert.match(backendLine({ ...wasm, name: 'webgpu', device: 'webgpu (Dawn) on NVIDIA H200', skipped: [] }, { why: 'run' }), /^backend: webgpu \(Dawn\) on NVIDIA H200 — the backend this run trained on/);
    // --verbose: each passed-over backend with its whole reason and what to install
    assert.deepEqual(passedOverLines(wasm), [
      'backend: passed over tensorflow-gpu: not installed: npm install @tensorflow/tfjs-node-gpu (needs CUDA 11.2 and cuDNN 8.1)',
      'backend: passed over tensorflow: not installed: npm install @tensorflow/tfjs-node (downloads libtensorflow at install time)',
      'backend: passed over webgpu: the only WebGPU adapter is a software renderer (llvmpipe), slower than wasm; pass --backend webgpu to use it anyway',
    ]);
  });

  test('train says it once, threads included, and no threads line after it; --verbose adds the passed-over ones', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'backend-'));
    writeTinyIdx(path.join(dir, 'data'), 64, 32);
    fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
    const r = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data', '--epochs', '1', '--out', 'run'], dir);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.deepEqual(r.stderr.match(/^backend: .*$/gm), [`backend: cpu (plain JavaScript) on ${os.cpus()[0]!.model.trim()}, 1 thread${os.availableParallelism() > 1 ? ` of ${os.availableParallelism()} cores` : ''} — as --backend cpu asked`]);
    assert.doesNotMatch(r.stderr, /^threads:/m);
    const verbose = await runCli(['--verbose', 'eval', 'run', '--data', 'data'], dir);
    assert.equal(verbose.code, EXIT.ok, verbose.stderr);
    const lines = verbose.stderr.match(/^backend: .*$/gm) ?? [];
    assert.ok(lines.length >= 1 && lines.slice(0, -1).every((l) => l.startsWith('backend: passed over ')), lines.join('\n'));
    assert.doesNotMatch(lines.at(-1)!, /--verbose says why/);
    const quiet = await runCli(['eval', 'run', '--data', 'data'], dir);
    assert.deepEqual(quiet.stderr.match(/^backend: .*$/gm)?.length, 1);
  });
});

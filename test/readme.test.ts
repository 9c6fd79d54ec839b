/** The README says what the tool does: its specs, run-folder names and files, commands and output. */
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RUN_FILES } from '../src/node/run-folder.js';
import { runCli } from './helpers/cli.js';
import { fromRoot, repoRoot } from './helpers/paths.js';

const readme = readFileSync(fromRoot('README.md'), 'utf8');

test('every shipped spec and every file of a run folder is in the README', () => {
  for (const spec of readdirSync(fromRoot('specs'))) assert.ok(readme.includes(`\`${spec}\``), spec);
  for (const file of Object.values(RUN_FILES)) assert.ok(readme.includes(`\`${file}`), file);
});

test('run folders are named as lenetc names them: runs/<name>/<yyyymmdd-hhmmss>', () => {
  const named = [...readme.matchAll(/runs\/[\w.-]+\/(\S+?)[`\s)]/g)].map((m) => m[1]);
  assert.ok(named.length >= 2);
  for (const stamp of named) assert.match(stamp, /^(\d{8}-\d{6}|<yyyymmdd-hhmmss>|<timestamp>)$/);
  assert.doesNotMatch(readme, /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}/);
});

test('the commands in the table are the CLI\'s, and the sample of train reads as train prints', async () => {
  const help = (await runCli(['--help'], repoRoot)).stdout;
  const listed = [...readme.matchAll(/^\| `lenetc (\w+)/gm)].map((m) => m[1]);
  assert.ok(listed.length >= 9);
  for (const command of new Set(listed)) assert.match(help, new RegExp(`^  ${command}\\b`, 'm'), command);
  const sample = readme.slice(readme.indexOf('```', readme.indexOf('printed for the run')));
  const epochs = sample.split('\n').filter((l) => l.startsWith('epoch '));
  assert.ok(epochs.length >= 2);
  for (const line of epochs) assert.match(line, /^epoch \d+\/\d+ {2}train_loss \d\.\d{4} {2}train_acc \d\.\d{4} {2}val_loss \d\.\d{4} {2}val_acc \d\.\d{4} {2}lr \S+ {2}\d+\.\ds {2}\d+ img\/s$/);
});

/**
 * How the user can type lenetc: `lenetc` where it is a command on their PATH (installed with
 * `npm install -g`, or linked), else `npx lenetc` (a clone, or a project that depends on it).
 * Hints that name a command ("resume with: lenetc train --resume ...") use this name, so they
 * can be pasted as they are.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The commands a hint may name; a `lenetc` before one of these is a command to type. */
const COMMANDS = ['check', 'emit', 'schema', 'train', 'eval', 'graph', 'activations', 'sweep', 'export', 'predict', 'playground', 'worker', 'runs', 'ls'];

/** `lenetc <command>` in text written for people, not already prefixed (`npx lenetc`) nor part of a path or a word. */
const COMMAND_IN_TEXT = new RegExp(`(?<![\\w./@-])(?<!npx )lenetc(?= (?:${COMMANDS.join('|')}|--help)\\b)`, 'g');

/**
 * The name to type lenetc by, from how this process was started. npx (`npm exec`) sets
 * npm_command=exec and puts the package's bin folder first on PATH, so there the user typed
 * `npx lenetc`, whatever PATH holds now. Otherwise `lenetc` when an executable of that name is
 * on PATH outside any node_modules/.bin (npm puts its own in front for scripts), else
 * `npx lenetc`, which works in a clone and in a project that depends on lenetc.
 */
export function invocationName(env: Record<string, string | undefined>): string {
  if (env.npm_command === 'exec') return 'npx lenetc';
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d && !d.split(/[\\/]/).join('/').endsWith('node_modules/.bin'));
  const names = process.platform === 'win32' ? ['lenetc.cmd', 'lenetc.exe', 'lenetc'] : ['lenetc'];
  return dirs.some((dir) => names.some((name) => executable(path.join(dir, name)))) ? 'lenetc' : 'npx lenetc';
}

/**
 * `text` with each `lenetc <command>` in it spelled as the user can type it (`npx lenetc train
 * ...`). For hints and lines that tell the user what to run: a message's prose ("not a lenetc
 * sweep point") is not theirs to type.
 */
export function asTyped(text: string, name: string): string {
  return name === 'lenetc' ? text : text.replace(COMMAND_IN_TEXT, name);
}

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

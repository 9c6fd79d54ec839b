/** The parser's window on the file system, for the CLI: specs and their `extends` chains. */
import fs from 'node:fs';
import path from 'node:path';
import { closest } from '../parser/suggest.js';
import type { SpecReader } from '../parser/types.js';
import { fileKind } from './files.js';

/**
 * Reads at most this many bytes of a spec: enough for the parser to see a file is too large
 * (FILE_TOO_LARGE) without pulling a multi-gigabyte file into memory.
 */
const READ_LIMIT = 16 * 1024 * 1024;

/**
 * A reader that resolves `extends:` relative to the extending spec's folder and reads raw bytes
 * (so the parser can tell non-UTF-8 and binary input apart). Relative paths are taken from `cwd`,
 * but names stay as written so diagnostics show the paths the user knows.
 */
export function nodeSpecReader(cwd: string): SpecReader {
  return {
    resolve(fromFile, ref) {
      return path.isAbsolute(ref) ? ref : path.join(path.dirname(fromFile), ref);
    },
    read(file) {
      return readBytes(path.resolve(cwd, file));
    },
  };
}

/** The file's bytes (up to READ_LIMIT + 1), or undefined when it is missing or not a readable file. */
export function readBytes(absolute: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    if (!fs.fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, READ_LIMIT + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const n = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether `file` (relative to `cwd`) names an existing regular file: a usage check before parsing. */
export function isFile(cwd: string, file: string): boolean {
  try {
    return fs.statSync(path.resolve(cwd, file)).isFile();
  } catch {
    return false;
  }
}

/** What `file` (relative to `cwd`) is when it exists (`a folder`, `a FIFO`...), for a spec argument that is no file. */
export function pathKind(cwd: string, file: string): string | undefined {
  try {
    return fileKind(fs.statSync(path.resolve(cwd, file)));
  } catch {
    return undefined;
  }
}

/**
 * The existing entry of `file`'s folder whose name is closest to `file`'s (a letter off:
 * `specs/modren.yaml` → `specs/modern.yaml`), spelled with the folder as the user gave it; for
 * "did you mean" on a path that does not exist. `kind` keeps to files or to folders.
 */
export function closestPath(cwd: string, file: string, kind: 'file' | 'folder'): string | undefined {
  const trimmed = file.replace(/[\\/]+$/, '');
  const folder = path.dirname(trimmed);
  let names: string[];
  try {
    names = fs.readdirSync(path.resolve(cwd, folder), { withFileTypes: true })
      .filter((e) => (kind === 'file' ? e.isFile() : e.isDirectory()) && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return undefined;
  }
  const name = closest(path.basename(trimmed), names);
  if (name === undefined) return undefined;
  return folder === '.' && !trimmed.startsWith('.') ? name : path.join(folder, name);
}

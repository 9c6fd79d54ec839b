/**
 * Writing and reading files so that nothing the user had is lost: every file is written under
 * a temporary name beside its target and renamed into place, folders are swapped in whole,
 * and a failed write removes its temporary file and reports the path the user knows.
 * The CLI's output files and the run folder both write through here.
 */
import { constants, rmSync, statSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** How writeFileAtomic treats a file that exists. */
export interface WriteOptions {
  /** Replace an existing file (lenetc's own run files; a user's `--force`); else refuse it (exit 2). */
  replace: boolean;
  /** The path as the user gave it, for messages (default: `file`). */
  shown?: string;
}

let tempCounter = 0;
/** Writes under way, so a second Ctrl-C can let them finish (writesSettled) rather than cut one in half. */
const inFlight = new Set<Promise<unknown>>();
/** Temporary files and folders not yet renamed into place, removed by removeTemporaries. */
const temporaries = new Set<string>();

/** Runs `write` as one tracked write: listed while it runs, its temporary `temp` removed on failure. */
async function tracked(temp: string, shown: string, write: () => Promise<void>): Promise<void> {
  temporaries.add(temp);
  const run = (async () => {
    try {
      await write();
    } catch (e) {
      await fs.rm(temp, { recursive: true, force: true });
      throw fileError(e, shown, 'write');
    } finally {
      temporaries.delete(temp);
    }
  })();
  inFlight.add(run);
  try {
    await run;
  } finally {
    inFlight.delete(run);
  }
}

/** Resolves once no write is under way (each write is whole: its file or folder renamed into place, or gone). */
export async function writesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** Removes every temporary file and folder of writes under way, synchronously: for a process about to exit at once. */
export function removeTemporaries(): void {
  for (const temp of temporaries) rmSync(temp, { recursive: true, force: true });
  temporaries.clear();
}

/** A sibling name for `target` that no other writer uses. */
function tempName(target: string, kind: string): string {
  tempCounter++;
  return `${target}.${kind}-${process.pid}-${tempCounter}`;
}

/**
 * Writes `data` to `file` through a temporary file and a rename, so readers never see half a
 * file. Without `replace`, an existing file is kept and the write refused; the last step is
 * then a hard link, which fails if the file appeared meanwhile, so there is no race.
 * Only a regular file is ever renamed over: a symbolic link is followed (the link stays),
 * a FIFO or a character device (a terminal, /dev/stdout, /dev/null) is written through, and a
 * folder, block device or socket is refused (exit 2).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  const shown = options.shown ?? file;
  const info = await fs.lstat(file).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    const target = await fs.realpath(file).catch(() => undefined);
    // a dangling link: writing through it creates its target
    if (target === undefined) return writeThrough(file, data, shown);
    return writeFileAtomic(target, data, { ...options, shown });
  }
  if (info?.isFIFO() || info?.isCharacterDevice()) return writeThrough(file, data, shown);
  if (info && !info.isFile()) {
    const what = info.isDirectory() ? 'a folder' : info.isBlockDevice() ? 'a block device' : 'not a regular file';
    throw new UserError('NOT_A_FILE', { file: shown, is: what, expected: 'a file to write', hint: 'give a file name (lenetc writes files, FIFOs and terminals)' });
  }
  // checked first too, so a refused write leaves no temporary file behind even for a moment
  if (!options.replace && info) throw refuseExisting(shown);
  const temp = tempName(file, 'tmp');
  await tracked(temp, shown, async () => {
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (options.replace) await fs.rename(temp, file);
    else await moveNoClobber(temp, file, shown);
  });
}

/** Writes `data` into an existing special file (or through a dangling link) as it is: nothing there to replace. */
async function writeThrough(file: string, data: string | Uint8Array, shown: string): Promise<void> {
  await fs.writeFile(file, data).catch((e: unknown) => { throw fileError(e, shown, 'write'); });
}

/** Moves `temp` to `file` unless `file` exists; the link fails atomically if it does. */
async function moveNoClobber(temp: string, file: string, shown: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refuseExisting(shown);
    // file systems without hard links: check, then rename (a small window, but no data loss)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    if (await exists(file)) throw refuseExisting(shown);
    await fs.rename(temp, file);
    return;
  }
  await fs.unlink(temp);
}

function refuseExisting(shown: string): UserError {
  return new UserError('FILE_EXISTS', { file: shown });
}

/**
 * Replaces the folder `dir` by one holding exactly `files`. The new folder is complete before
 * it takes the name; the old one is moved aside first (a folder cannot be renamed over a
 * non-empty one) and removed after.
 */
export async function writeDirAtomic(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const temp = tempName(dir, 'tmp');
  await tracked(temp, dir, async () => {
    await fs.mkdir(temp, { recursive: true });
    for (const [name, data] of Object.entries(files)) await fs.writeFile(path.join(temp, name), data);
    const old = tempName(dir, 'old');
    const hadOld = await exists(dir);
    if (hadOld) await fs.rename(dir, old);
    await fs.rename(temp, dir);
    if (hadOld) await fs.rm(old, { recursive: true, force: true });
  });
}

/**
 * The folder `dir`, or (when a kill landed between the two renames of writeDirAtomic) the
 * complete old copy that was moved aside.
 */
export async function findDir(dir: string): Promise<string | undefined> {
  if (await exists(dir)) return dir;
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.old-`;
  const entries = await fs.readdir(parent).catch(() => [] as string[]);
  const old = entries.filter((e) => e.startsWith(prefix)).sort();
  return old.length ? path.join(parent, old[old.length - 1]) : undefined;
}

/** Whether `file` exists. */
export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

/** The JSON in `file`, or undefined when there is no such file; a UserError naming it when it is not JSON. */
export async function readJson<T>(file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError(e, file, 'read');
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UserError('NOT_JSON', { file });
  }
}

/**
 * A file system error as a UserError naming `shown` (a missing folder is a usage error);
 * anything else as it is. A write that fails with ENOENT in a folder that exists (/proc, a
 * file system that takes no new files) is a failed write, not a missing folder.
 */
export function fileError(e: unknown, shown: string, verb: 'read' | 'write'): unknown {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return e;
  if (code === 'ENOENT' && verb === 'write') {
    const failed = (e as NodeJS.ErrnoException).path;
    const folder = failed === undefined ? undefined : path.dirname(failed);
    if (folder === undefined || !isFolderSync(folder)) return new UserError('NO_SUCH_FOLDER', { file: shown });
    return new UserError('WRITE_FAILED', { file: shown, reason: 'the folder takes no new files (ENOENT)' });
  }
  const reason = REASONS[code] ? `${REASONS[code]} (${code})` : code;
  return verb === 'write' ? new UserError('WRITE_FAILED', { file: shown, reason }) : new UserError('READ_FAILED', { file: shown, reason });
}

function isFolderSync(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** What a path is, for messages about what it should have been: `a folder`, `a FIFO`... */
export function fileKind(info: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string {
  if (info.isFile()) return 'a file';
  if (info.isDirectory()) return 'a folder';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why readRegularFile read nothing. */
export type NotRead =
  | { kind: 'missing' }
  /** Not a regular file: `is` says what it is (`a FIFO`, `a character device`...). */
  | { kind: 'special'; is: string }
  | { kind: 'too-large'; size: number; limit: number }
  /** `reason`: the system's words and code, e.g. `permission denied (EACCES)`. */
  | { kind: 'failed'; reason: string };

/**
 * The bytes of `file` when it is a regular file of at most `limit` bytes; otherwise why not,
 * without reading a byte. It is opened without blocking, so a FIFO cannot hang the process, and
 * the checks are made on the open file, so what is checked is what is read. Never throws for
 * the file's sake (a caller says what a refusal means in its own words).
 */
export async function readRegularFile(file: string, limit: number): Promise<Uint8Array | NotRead> {
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer; regular files ignore it
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'failed', reason: reason(e) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'special', is: fileKind(info) };
    if (info.size > limit) return { kind: 'too-large', size: info.size, limit };
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    // a file that grows meanwhile is read to its size when opened: the bound holds
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (e) {
    return { kind: 'failed', reason: reason(e) };
  } finally {
    await handle.close();
  }
}

/** `permission denied (EACCES)`, or the error's own message. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return e instanceof Error ? e.message : String(e);
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}

/** Words for a NotRead, for the messages of the callers: `a FIFO, not a regular file`. */
export function notReadReason(refusal: NotRead): string {
  switch (refusal.kind) {
    case 'missing': return 'no such file';
    case 'special': return `${refusal.is}, not a regular file`;
    case 'too-large': return `${refusal.size.toLocaleString('en-US')} bytes, more than the ${refusal.limit.toLocaleString('en-US')} lenetc reads`;
    case 'failed': return refusal.reason;
  }
}

/**
 * Makes the folder `dir` and any missing folders above it, one level at a time; `shown` names
 * it in errors. Node's own recursive mkdir loops forever where a level cannot be made although
 * its parent exists (/proc/self/x); this fails there, as WRITE_FAILED. Something other than a
 * folder in the way is refused (exit 2).
 */
export async function makeFolder(dir: string, shown: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const info = await fs.stat(at).catch(() => undefined);
    if (info?.isDirectory()) break;
    if (info) {
      throw new UserError('NOT_A_FILE', { file: at === path.resolve(dir) ? shown : at, is: fileKind(info), expected: 'a folder', hint: 'give a new folder or one that exists' });
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const level of missing) {
    try {
      await fs.mkdir(level);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await fs.stat(level).catch(() => undefined))?.isDirectory()) continue;
      throw fileError(e, shown, 'write');
    }
  }
}

/**
 * Writes several files into one folder as one step, as far as a file system allows: every
 * file is written under a temporary name first (nothing is replaced if one fails), then each is
 * renamed into place in the order given, so the file readers look for (model.json) can come
 * last. Without `replace` an existing file is refused before anything is written; a target
 * that is not a regular file (a folder, a link, a device) is always refused (exit 2).
 */
export async function writeFilesAtomic(dir: string, files: readonly { name: string; data: string | Uint8Array }[], options: WriteOptions): Promise<void> {
  const shownDir = options.shown ?? dir;
  for (const { name } of files) {
    const info = await fs.lstat(path.join(dir, name)).catch(() => undefined);
    if (!info) continue;
    const shown = path.join(shownDir, name);
    if (!info.isFile()) throw new UserError('NOT_A_FILE', { file: shown, is: fileKind(info), expected: 'a file to write', hint: 'remove it, or write elsewhere' });
    if (!options.replace) throw refuseExisting(shown);
  }
  const staged: { temp: string; target: string; shown: string }[] = [];
  try {
    for (const { name, data } of files) {
      const target = path.join(dir, name);
      const entry = { temp: tempName(target, 'tmp'), target, shown: path.join(shownDir, name) };
      staged.push(entry);
      temporaries.add(entry.temp);
      await fs.writeFile(entry.temp, data, { flag: 'wx' }).catch((e: unknown) => { throw fileError(e, entry.shown, 'write'); });
    }
    for (const entry of staged) {
      if (options.replace) await fs.rename(entry.temp, entry.target).catch((e: unknown) => { throw fileError(e, entry.shown, 'write'); });
      else await moveNoClobber(entry.temp, entry.target, entry.shown);
    }
  } finally {
    for (const { temp } of staged) {
      temporaries.delete(temp);
      await fs.rm(temp, { force: true });
    }
  }
}

/** Plain words for the errors a user can do something about. */
const REASONS: Partial<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file',
  EEXIST: 'it exists',
  EMFILE: 'too many open files',
};

/** Whether process `pid` runs on this machine (EPERM: it does, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per run folder: a lock file, created exclusively, that names the process holding
 * it. A lock whose process is gone (killed, crashed, the machine restarted) is stale and taken
 * over; one held by a live process is refused.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { UserError } from '../errors.js';
import { fileError, processAlive } from './files.js';

/** A held lock. */
export interface Lock {
  /** Removes the lock file (once; later calls do nothing). */
  release(): Promise<void>;
}

/** What a lock file says about its holder. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** Which folder a lock guards, for the refusal's code: a run folder or a sweep folder. */
export type LockedFolder = 'run' | 'sweep';

/**
 * Creates the lock file `file` for this process, or refuses (exit 2) when a live process holds
 * it; `shown` names the folder in the message, `folder` what kind it is.
 */
export async function takeLock(file: string, shown: string, folder: LockedFolder = 'run'): Promise<Lock> {
  const me: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fileError(e, file, 'write');
    }
    const holder = await readHolder(file);
    if (holder && (alive(holder) || attempt > 2)) throw busy(file, shown, holder, folder);
    // stale: moved aside under a name of our own first, so two processes never both remove
    // one lock (a process taking a fresh lock in between is a window of microseconds)
    const aside = `${file}.stale-${me.pid}`;
    await rename(file, aside).then(() => rm(aside, { force: true }), () => undefined);
  }
  // a process that exits without releasing (a second Ctrl-C) still removes its lock
  const onExit = () => rmSync(file, { force: true });
  process.on('exit', onExit);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      await rm(file, { force: true });
    },
  };
}

/** Refuses (exit 2) when a live process holds the lock file `file`; takes nothing. */
export async function checkUnlocked(file: string, shown: string, folder: LockedFolder = 'run'): Promise<void> {
  const holder = await readHolder(file);
  if (holder && alive(holder)) throw busy(file, shown, holder, folder);
}

function busy(file: string, shown: string, holder: Holder, folder: LockedFolder): UserError {
  const here = holder.host === os.hostname();
  const where = holder.pid === 0 ? 'starting just now' : here ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
  const params = { dir: shown, holder: where, since: holder.since, lock: here || holder.pid === 0 ? undefined : file };
  return folder === 'run' ? new UserError('RUN_FOLDER_BUSY', params) : new UserError('SWEEP_FOLDER_BUSY', params);
}

/**
 * The lock file's holder. A file that does not read as one is a lock being written this very
 * moment (then it counts as held by an unknown live process), or, once older than a few
 * seconds, one a crash left half-written: stale, undefined.
 */
async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>;
    if (Number.isSafeInteger(holder.pid) && typeof holder.host === 'string') return { since: '?', ...holder } as Holder;
  } catch {
    // unreadable or not JSON: judged by its age below
  }
  const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => -1);
  // no lock file at all
  if (age < 0) return undefined;
  return age < 5000 ? { pid: 0, host: '', since: new Date(Date.now() - age).toISOString() } : undefined;
}

/** Whether the holder's process still runs; on another host that cannot be told, so it counts as alive. */
function alive(holder: Holder): boolean {
  return holder.pid === 0 || holder.host !== os.hostname() || processAlive(holder.pid);
}

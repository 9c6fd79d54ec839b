/** Writing files the user asked for, so that nothing they had is lost. */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';

/**
 * Writes `text` to `file` atomically: a temp file in the same folder, then a rename, so readers
 * never see half a file. Without `force` an existing file is kept and the write refused (exit 2);
 * the final step is a hard link, which fails if the file appeared meanwhile, so there is no race.
 */
export function writeFileAtomic(cwd: string, shown: string, text: string | Uint8Array, force: boolean): void {
  const file = path.resolve(cwd, shown);
  const dir = path.dirname(file);
  // checked first too, so a refused write leaves no temp file behind even for a moment
  if (!force && fs.existsSync(file)) {
    throw new UserError('FILE_EXISTS', { file: shown });
  }
  if (!isDirectory(dir)) throw new UserError('NO_SUCH_FOLDER', { file: shown });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    if (force) fs.renameSync(temp, file);
    else moveNoClobber(temp, file, shown);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError('WRITE_FAILED', { file: shown, reason: code });
  }
}

/** Moves `temp` to `file` unless `file` exists; the link fails atomically if it does. */
function moveNoClobber(temp: string, file: string, shown: string): void {
  const refuse = () => new UserError('FILE_EXISTS', { file: shown });
  try {
    fs.linkSync(temp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refuse();
    // file systems without hard links: check, then rename (a small window, but no data loss)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    if (fs.existsSync(file)) throw refuse();
    fs.renameSync(temp, file);
    return;
  }
  fs.unlinkSync(temp);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Writing the files the user asked for (`-o FILE`), so that nothing they had is lost. */
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../node/files.js';

/**
 * Writes `data` to `shown` (relative to `cwd`) atomically. Without `force` an existing file is
 * kept and the write refused (exit 2); errors name the path as the user gave it.
 */
export async function writeOutputFile(cwd: string, shown: string, data: string | Uint8Array, force: boolean): Promise<void> {
  // `exp/new/` names a folder: writing a file called `exp/new` would not be what was asked
  if (shown.endsWith('/') || shown.endsWith(path.sep)) throw new UserError('NOT_A_FILE', { file: shown, is: 'a folder name (it ends in /)', expected: 'a file to write', hint: 'give a file name' });
  return writeFileAtomic(path.resolve(cwd, shown), data, { replace: force, shown });
}

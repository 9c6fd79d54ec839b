/** Writing the files the user asked for (`-o FILE`), so that nothing they had is lost. */
import path from 'node:path';
import { writeFileAtomic } from '../runtime/files.js';

/**
 * Writes `data` to `shown` (relative to `cwd`) atomically. Without `force` an existing file is
 * kept and the write refused (exit 2); errors name the path as the user gave it.
 */
export function writeOutputFile(cwd: string, shown: string, data: string | Uint8Array, force: boolean): Promise<void> {
  return writeFileAtomic(path.resolve(cwd, shown), data, { replace: force, shown });
}

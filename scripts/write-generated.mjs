// Writes a generated source file only when its text would change, so repeated builds do not
// touch its mtime (and do not retrigger watchers). Shared by the embed and compile scripts.
import fs from 'node:fs';

/** Writes `text` to `file` unless the file already holds exactly that. */
export function writeGenerated(file, text) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current !== text) fs.writeFileSync(file, text);
}

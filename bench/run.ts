/** `npm run bench [-- --backend wasm --batch 128,512 --spec specs/lenet5.yaml]`: see cli.ts. */
import { UserError } from '../src/errors.js';
import { runBench } from './cli.js';

try {
  await runBench(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UserError || (err instanceof TypeError && 'code' in err))) throw err;
  process.stderr.write(`bench: ${err.message}${err instanceof UserError && err.hint ? ` (${err.hint})` : ''}\n`);
  process.exitCode = 2;
}

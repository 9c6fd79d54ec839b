/**
 * Regenerates bench/baselines/specs/*.json, the checked models of the benchmark specs that
 * lenet_torch.py builds its networks from (committed, so a machine without Node can run it):
 *   node --import tsx bench/baselines/export-specs.ts [SPEC...]
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_SPECS, writeModelJson } from '../cli.js';

const specs = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_SPECS;
for (const file of writeModelJson(specs, fileURLToPath(new URL('specs/', import.meta.url)))) {
  process.stdout.write(`${file}\n`);
}

/** `lenetc schema`: prints the JSON Schema of specs (for editors: yaml-language-server). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeOutputFile } from '../output.js';

const SCHEMA = path.join('schema', 'lenetc.schema.json');

/** Adds `schema` to the program. */
export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema that specs are validated against')
    .option('-o, --out <file>', 'write it to this file instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .action(async (options: { out?: string; force?: boolean }) => {
      const schema = readSchema();
      if (options.out === undefined) ctx.io.stdout(schema);
      else await writeOutputFile(ctx.io.cwd, options.out, schema, Boolean(options.force));
      ctx.setExit(EXIT.ok);
    });
}

/**
 * The schema file's text as shipped. Found by walking up from this module, which sits at a
 * different depth in src/ (under tsx) and dist/src/ (built); the package root holds schema/.
 */
function readSchema(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, SCHEMA);
    if (fs.existsSync(candidate)) {
      const text = fs.readFileSync(candidate, 'utf8');
      return text.endsWith('\n') ? text : text + '\n';
    }
    if (path.dirname(dir) === dir) throw new UserError('SCHEMA_NOT_FOUND', { file: SCHEMA });
  }
}

// Compiles schema/lenetc.schema.json into src/parser/schema-validators.generated.ts (ajv
// standalone code), so `lenetc check` validates without loading ajv or compiling the schema at
// run time. Run by `npm run build` before tsc (with tsx: it shares src/parser/schema-compile.ts);
// writes only when the output would change, like scripts/embed-templates.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatorModule } from '../src/parser/schema-compile.js';
import { writeGenerated } from './write-generated.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = path.join(root, 'schema', 'lenetc.schema.json');
const outFile = path.join(root, 'src', 'parser', 'schema-validators.generated.ts');

const text = validatorModule(JSON.parse(fs.readFileSync(schemaFile, 'utf8')), '../../schema/lenetc.schema.json');
writeGenerated(outFile, text);

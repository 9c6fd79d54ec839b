/**
 * The schema's validators: generated at build time (scripts/compile-schema.ts), so `lenetc check`
 * neither loads ajv nor compiles the schema on every run; compiled at run time only where the
 * generated module is missing or was generated from another schema (a checkout before
 * `npm run build`, or after an edit to the schema).
 */
import type { ValidateFunction } from 'ajv';
import schema from '../../schema/lenetc.schema.json' with { type: 'json' };
import { schemaFingerprint } from './schema-fingerprint.js';

/** Where the validators came from: `generated` in a build, `compiled` in the fallback. */
export let validatorOrigin: 'generated' | 'compiled';

const validators: ReadonlyMap<string, ValidateFunction> = await loadValidators();

/** The validator of the subschema at `pointer` (a JSON pointer into schema/lenetc.schema.json). */
export function schemaValidator(pointer = ''): ValidateFunction {
  const validate = validators.get(pointer);
  if (!validate) throw new Error(`no validator for #${pointer}`);
  return validate;
}

async function loadValidators(): Promise<ReadonlyMap<string, ValidateFunction>> {
  const generated = await import('./schema-validators.generated.js').catch((e: unknown) => {
    if ((e as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes('schema-validators.generated')) return undefined;
    throw e;
  });
  if (generated?.SCHEMA_FINGERPRINT === schemaFingerprint(schema)) {
    validatorOrigin = 'generated';
    return new Map(Object.entries(generated.VALIDATORS));
  }
  validatorOrigin = 'compiled';
  const { compileValidators } = await import('./schema-compile.js');
  return compileValidators(schema);
}

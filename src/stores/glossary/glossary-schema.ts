import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

/** glossary/schema.json, shipped with the package (same relative place from src/ and dist/). */
export const GLOSSARY_SCHEMA_URL = new URL('../../../glossary/schema.json', import.meta.url);

let validate: ValidateFunction | undefined;

/** The compiled schema of one glossary file (a list of entries), built once. */
export function glossaryFileValidator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(GLOSSARY_SCHEMA_URL, 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(schema);
  }
  return validate;
}

/** Validates a file's value; every schema error, or none. */
export function validateGlossaryValue(value: unknown): ErrorObject[] {
  const check = glossaryFileValidator();
  return check(value) ? [] : [...(check.errors ?? [])];
}

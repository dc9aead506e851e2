/** Checks a dictionary file against the JSON Schema and reports the first problem as a DictionaryError. */
import type { DictionaryFile } from './types';
import { DictionaryError } from './errors';

interface SchemaError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

// Generated from dictionaries/schema/dictionary.schema.json by scripts/build-validator.ts.
const validateSchema = require('./schema-validator.generated.js') as Validator;

function describe(data: unknown, error: SchemaError): { entry: string | null; reason: string } {
  const m = /^\/entries\/(\d+)(.*)$/.exec(error.instancePath);
  let entry: string | null = null;
  let where = error.instancePath || '/';
  if (m) {
    const item = (data as { entries: { id?: unknown }[] }).entries[Number(m[1])];
    entry = typeof item?.id === 'string' ? `"${item.id}"` : `#${m[1]}`;
    where = m[2] || 'the entry';
  }
  const extra = error.params?.additionalProperty ? ` ("${String(error.params.additionalProperty)}")` : '';
  return { entry, reason: `${where} ${error.message ?? 'is invalid'}${extra}` };
}

/** Checks a parsed dictionary file against the JSON Schema; throws the first problem found. */
export function validateDictionaryFile(data: unknown, file: string): asserts data is DictionaryFile {
  if (validateSchema(data)) return;
  const errors = validateSchema.errors ?? [];
  // oneOf errors repeat for each branch: report the most specific one.
  const error = errors.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a), errors[0]);
  const { entry, reason } = describe(data, error ?? { instancePath: '', message: 'is invalid' });
  throw new DictionaryError(file, entry, `does not match the dictionary schema: ${reason}`);
}

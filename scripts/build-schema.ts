/**
 * Generates schema.json (JSON Schema draft 2020-12) from the
 * exported `ExtractionResult` type, so the published schema is the types,
 * never a hand-kept copy. Run after changing a type in src/types/:
 * `npm run build:schema`. A test fails while the file is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createGenerator } from 'ts-json-schema-generator';

const root = path.join(__dirname, '..');
export const SCHEMA_PATH = path.join(root, 'schema.json');
export const SCHEMA_ID = 'https://github.com/jobsift/jobsift/schema.json';

/** ts-json-schema-generator writes draft-07 `definitions`; 2020-12 names them `$defs`. */
function toDraft2020(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft2020);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/definitions/', '#/$defs/');
    else out[key === 'definitions' ? '$defs' : key] = toDraft2020(value);
  }
  return out;
}

export function generateResultSchema(): string {
  const generated = createGenerator({
    path: path.join(root, 'src/types/result.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: 'ExtractionResult',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: true,
    // The type-check is `npm test`'s job; skipping it here keeps generation to the types' shapes.
    skipTypeCheck: true,
  }).createSchema('ExtractionResult');
  const { $schema: _draft07, ...rest } = toDraft2020(generated) as Record<string, unknown>;
  const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: SCHEMA_ID, title: 'jobsift ExtractionResult', ...rest };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(SCHEMA_PATH, generateResultSchema());
  console.error(`wrote ${path.relative(process.cwd(), SCHEMA_PATH)}`);
}

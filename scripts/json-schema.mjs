#!/usr/bin/env node
// The package's machine-readable contract files (npm run build):
//   dist/schemas/form-definition.schema.json  JSON Schema (2020-12) of FormDefinition, made by
//                                             zod's own toJSONSchema from src/api/schemas.ts
//   dist/schemas/openapi.json                 the committed docs/openapi.json, copied
// so that a back-end team validates the forms it writes, and generates clients, from the
// same schemas the elements are built on (`motcua/schemas/…`).
//   node scripts/json-schema.mjs [--out dist/schemas]
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTypeScript, ROOT } from './generated-file.mjs';

export const SCHEMA_ID = 'https://motcua.dev/schemas/form-definition.schema.json';

/** The JSON Schema of FormDefinition, from the zod schema. */
export async function formDefinitionJsonSchema() {
  const { FormDefinitionSchema, toJSONSchema } = await importTypeScript(
    "export { FormDefinitionSchema } from './src/api/schemas.ts';\nexport { toJSONSchema } from 'zod/mini';\n",
    'form-definition-schema.ts',
  );
  // `output`: what a valid definition looks like once parsed, which is what a back end sends.
  const schema = toJSONSchema(FormDefinitionSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'motcua FormDefinition',
    description: 'A procedure\'s online form as GET /forms/{procedureCode} answers it (docs/api.md). Generated from src/api/schemas.ts.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = resolve(option('--out', join(ROOT, 'dist/schemas')));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'form-definition.schema.json'), `${JSON.stringify(await formDefinitionJsonSchema(), null, 2)}\n`);
  copyFileSync(join(ROOT, 'docs/openapi.json'), join(out, 'openapi.json'));
}

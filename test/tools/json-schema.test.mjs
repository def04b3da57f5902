// The JSON Schema of FormDefinition shipped in the package says what the zod schema says:
// read back into zod (zod's own fromJSONSchema), it accepts every hand-written mock form and
// rejects what the contract rejects.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fromJSONSchema } from 'zod';
import { importTypeScript } from '../../scripts/generated-file.mjs';
import { SCHEMA_ID, formDefinitionJsonSchema } from '../../scripts/json-schema.mjs';

describe('FormDefinition JSON Schema', () => {
  let schema;
  let forms;
  let FormDefinitionSchema;
  let safeParse;

  before(async () => {
    schema = await formDefinitionJsonSchema();
    const mocks = await importTypeScript(
      [
        "export { MockState, HAND_WRITTEN_FORM_CODES } from './src/mocks/index.ts';",
        "export { FormDefinitionSchema } from './src/api/schemas.ts';",
        "export { safeParse } from 'zod/mini';",
      ].join('\n'),
    );
    // The hand-written forms as the mock back end serves them.
    const state = new mocks.MockState({ seed: 1 });
    forms = mocks.HAND_WRITTEN_FORM_CODES.map((code) => state.forms.get(code));
    ({ FormDefinitionSchema, safeParse } = mocks);
  });

  it('is draft 2020-12 with its id and the top-level shape of the zod schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, SCHEMA_ID);
    assert.equal(schema.type, 'object');
    for (const key of ['procedureCode', 'version', 'title', 'steps', 'attachments']) assert.ok(schema.properties[key], key);
    assert.ok(schema.required.includes('steps'));
  });

  it('accepts every hand-written form, as zod does', () => {
    const fromSchema = fromJSONSchema(schema);
    assert.ok(forms.length >= 5, `${forms.length} hand-written forms`);
    for (const form of forms) assert.ok(form?.steps, 'a hand-written form the mock does not serve');
    for (const form of forms) {
      assert.equal(safeParse(FormDefinitionSchema, form).success, true, `zod rejects ${form.procedureCode}`);
      const result = fromSchema.safeParse(form);
      assert.equal(result.success, true, `${form.procedureCode}: ${result.error?.message}`);
    }
  });

  it('rejects what the contract rejects: no steps, an unknown field kind, a missing title', () => {
    const fromSchema = fromJSONSchema(schema);
    const [form] = forms;
    const broken = [
      { ...form, steps: [] },
      { ...form, title: undefined },
      { ...form, steps: [{ ...form.steps[0], fields: [{ ...form.steps[0].fields[0], kind: 'colour-picker' }] }] },
    ];
    for (const candidate of broken) {
      assert.equal(safeParse(FormDefinitionSchema, candidate).success, false);
      assert.equal(fromSchema.safeParse(candidate).success, false, JSON.stringify(candidate).slice(0, 120));
    }
  });
});

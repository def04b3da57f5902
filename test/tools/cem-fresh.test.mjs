// The manifest generator understands the project's conventions and the check can fail.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { differences, generateManifest } from '../../scripts/cem-fresh.mjs';

describe('custom-elements.json generation', () => {
  /** @type {any} */
  let manifest;

  before(async () => {
    manifest = JSON.parse(await generateManifest());
  });

  const classes = () => manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.kind === 'class');

  it('links defineElement() calls to their classes as tag names', () => {
    const config = classes().find((declaration) => declaration.name === 'GovConfigElement');
    assert.equal(config?.tagName, 'gov-config');
    assert.equal(config?.customElement, true);
    const definition = manifest.modules
      .flatMap((module) => module.exports ?? [])
      .find((entry) => entry.kind === 'custom-element-definition' && entry.name === 'gov-config');
    assert.deepEqual(definition?.declaration, { name: 'GovConfigElement', module: 'src/elements/config/gov-config.ts' });
  });

  it('reads Lit properties as attributes, and keeps private and protected members out', () => {
    const config = classes().find((declaration) => declaration.name === 'GovConfigElement');
    assert.ok(config.attributes.some((attribute) => attribute.name === 'api-base' && attribute.fieldName === 'apiBase'));
    for (const declaration of classes()) {
      for (const member of declaration.members ?? []) {
        assert.ok(!['private', 'protected'].includes(member.privacy), `${declaration.name}.${member.name} is ${member.privacy}`);
      }
    }
  });

  it('lists modules in a stable order and leaves styles and catalogues out', () => {
    const paths = manifest.modules.map((module) => module.path);
    assert.deepEqual(paths, [...paths].sort((a, b) => a.localeCompare(b)));
    assert.ok(!paths.some((path) => path.endsWith('.styles.ts') || path.endsWith('/messages.ts')));
  });

  it('reports the differing lines of a stale manifest', () => {
    const lines = differences('{\n  "a": 1\n}\n', '{\n  "a": 2\n}\n');
    assert.equal(lines.length, 1);
    assert.ok(lines[0].includes('line 2:'), lines[0]);
    assert.ok(lines[0].includes('committed:   "a": 1'), lines[0]);
    assert.ok(lines[0].includes('generated:   "a": 2'), lines[0]);
    assert.deepEqual(differences('same\n', 'same\n'), []);
  });
});

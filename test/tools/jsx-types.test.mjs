// The generated framework types work where portals use them: `tsc` type-checks a React 19
// TSX file and a Vue 3 file (test/types/) against dist/jsx/react.d.ts and vue.d.ts generated
// from the committed custom-elements.json, with @types/react 19 and vue's own types. Each
// `@ts-expect-error` in the fixtures must meet an error, so a type that lets mistakes through
// fails too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorFiles, vueHandlerName, writeEditorFiles } from '../../scripts/editor-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

function typecheck(fixture, jsxTypes) {
  // Inside the repository, so `react`, `vue` and lit resolve from node_modules.
  const dir = join(root, 'node_modules/.cache/motcua-types', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeEditorFiles(dir, manifest);
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
  const tsconfig = {
    compilerOptions: {
      ...base,
      noEmit: true,
      declaration: false,
      rootDir: undefined,
      outDir: undefined,
      jsx: 'react-jsx',
      types: [],
      baseUrl: root,
      paths: { motcua: ['src/index.ts'], [`motcua/${jsxTypes}`]: [join(dir, `jsx/${jsxTypes}.d.ts`)] },
    },
    files: [join(root, fixture)],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('generated framework types', () => {
  it('type-check a React 19 TSX file: every element, property, attribute and typed event handler', () => {
    assert.equal(typecheck('test/types/react19.tsx', 'react'), '');
  });

  it('type-check a Vue 3 file: props and @gov-… listeners of every element', () => {
    assert.equal(typecheck('test/types/vue.mts', 'vue'), '');
  });

  it('name every element, attribute, property and event of the manifest', () => {
    const files = editorFiles(manifest);
    const react = files['jsx/react.d.ts'];
    const vue = files['jsx/vue.d.ts'];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        assert.ok(react.includes(`'${declaration.tagName}': `), declaration.tagName);
        for (const attribute of declaration.attributes ?? []) assert.match(react, new RegExp(`\\n  '?${attribute.name}'?\\?: `), `${declaration.tagName} ${attribute.name}`);
        for (const event of declaration.events ?? []) {
          assert.ok(react.includes(`'on${event.name}'?: (event: GovEvent<'${event.name}'>)`), event.name);
          assert.ok(vue.includes(`${vueHandlerName(event.name)}?: (event: GovEvent<'${event.name}'>)`), event.name);
        }
      }
    }
    assert.equal(vueHandlerName('gov-dossier-submitted'), 'onGovDossierSubmitted');
  });
});

#!/usr/bin/env node
// Editor and framework support generated from custom-elements.json (npm run build runs it
// after the manifest): nobody copies tag lists or type declarations from the docs.
//   dist/editor/vscode.html-custom-data.json  VS Code: tags, attributes and their values
//   dist/editor/vscode.css-custom-data.json   VS Code: the --gov-* tokens in stylesheets
//   dist/editor/web-types.json                JetBrains IDEs (package.json "web-types")
//   dist/jsx/react.d.ts                       React 19 JSX: every attribute, property, typed event
//   dist/jsx/vue.d.ts                         Vue 3 templates (GlobalComponents)
// docs/embedding.md says how a portal turns each on.
//   node scripts/editor-data.mjs [--manifest custom-elements.json] [--out dist]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER = '// Generated from custom-elements.json by scripts/editor-data.mjs: do not edit.';

/**
 * The elements of a manifest, as plain data: tag, class, summary, attributes (with the field
 * they set), settable properties, events, slots, parts, CSS properties.
 */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
      );
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          type: attribute.type?.text ?? 'string',
          description: attribute.description ?? '',
          default: attribute.default,
        })),
        properties: fields
          .filter((field) => !field.readonly)
          .map((field) => ({ name: field.name, type: field.type?.text ?? 'unknown', description: field.description ?? '', attribute: field.attribute })),
        readonly: fields.filter((field) => field.readonly).map((field) => ({ name: field.name, type: field.type?.text ?? 'unknown', description: field.description ?? '' })),
        events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: event.description ?? '' })),
        slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name ?? '', description: slot.description ?? '' })),
        parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '', default: property.default })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `'on' | 'off' | undefined` → ['on', 'off']; anything else → undefined. */
export function literalValues(type) {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const folder = (tag) => tag.replace(/^gov-/, '');
/** The element's page in the handbook, when package.json says where the handbook is (`homepage`). */
const docUrl = (element, docsBase) => (docsBase ? `${docsBase.replace(/\/$/, '')}/docs/elements/${folder(element.tag)}.md` : undefined);
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

function vscodeHtml(elements, docsBase) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: [element.summary, element.events.length ? `Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}.` : ''].filter(Boolean).join('\n\n') },
      attributes: element.attributes.map((attribute) => {
        const values = literalValues(attribute.type);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      ...(docUrl(element, docsBase) ? { references: [{ name: 'motcua docs', url: docUrl(element, docsBase) }] } : {}),
    })),
  };
}

function vscodeCss(elements) {
  const seen = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) if (!seen.has(property.name)) seen.set(property.name, property);
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...seen.values()].map((property) => ({
      name: property.name,
      description: property.default === undefined ? property.description : `${property.description} Default: \`${property.default}\`.`,
    })),
  };
}

function webTypes(elements, version, docsBase) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'motcua',
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    framework: 'lit',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: element.summary,
          ...(docUrl(element, docsBase) ? { 'doc-url': docUrl(element, docsBase) } : {}),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default === undefined ? {} : { default: attribute.default }),
            value: { type: attribute.type, required: false },
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, description: property.description, type: property.type })),
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
            parts: element.parts.map((part) => ({ name: part.name, description: part.description })),
          },
        })),
      },
    },
  };
}

const jsDoc = (text, indent = '  ') => (text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * The props one element takes in JSX or a Vue template: each attribute under its own name,
 * each settable property under its name, typed from the element class itself (so the
 * types are exactly the element's); `eventKey` names each event's handler prop.
 */
function propLines(element, eventKey) {
  const lines = [];
  const names = new Set();
  for (const property of element.properties) {
    names.add(property.name);
    const attribute = property.attribute ? ` Attribute \`${property.attribute}\`.` : ' Property only.';
    lines.push(`${jsDoc(property.description + attribute)}  ${key(property.name)}?: ${element.className}['${property.name}'];`);
  }
  for (const attribute of element.attributes) {
    if (names.has(attribute.name)) continue;
    names.add(attribute.name);
    const type = attribute.field ? `${element.className}['${attribute.field}']` : 'string';
    lines.push(`${jsDoc(`${attribute.description} Attribute of the \`${attribute.field ?? attribute.name}\` property.`)}  ${key(attribute.name)}?: ${type} | string;`);
  }
  for (const event of element.events) {
    lines.push(`${jsDoc(`\`${event.name}\`: ${event.description}`)}  ${key(eventKey(event.name))}?: (event: GovEvent<'${event.name}'>) => void;`);
  }
  return lines.join('\n');
}

const propsName = (element, suffix) => `${element.className.replace(/Element$/, '')}${suffix}`;

const EVENT_TYPE = `/**
 * The event an element fires under that name: as the element declares it in
 * \`HTMLElementEventMap\` (e.g. \`CustomEvent<DossierReceipt>\`), or a \`CustomEvent\`.
 */
type GovEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;`;

function reactTypes(elements) {
  const classes = elements.map((element) => element.className).join(', ');
  return `${HEADER}
// React 19 JSX for motcua's elements: \`import type {} from 'motcua/react';\` once, e.g. in a
// .d.ts of the app. React 19 sets a property when the element has one (else an attribute) and
// listens to \`on<event name as written>\`: \`ongov-dossier-submitted\`. See docs/embedding.md.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from 'motcua';

${EVENT_TYPE}

${elements
  .map(
    (element) => `/** <${element.tag}>: ${oneLine(element.summary)} */
export interface ${propsName(element, 'Props')} extends DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> {
${propLines(element, (name) => `on${name}`)}
}`,
  )
  .join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      '${element.tag}': ${propsName(element, 'Props')};`).join('\n')}
    }
  }
}
`;
}

/** `gov-dossier-submitted` → `onGovDossierSubmitted`, the prop Vue's `@gov-dossier-submitted` binds. */
export function vueHandlerName(event) {
  const camel = event.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  return `on${camel[0].toUpperCase()}${camel.slice(1)}`;
}

function vueTypes(elements) {
  const classes = elements.map((element) => element.className).join(', ');
  return `${HEADER}
// Vue 3 template types for motcua's elements: \`import type {} from 'motcua/vue';\` once. Vue
// still needs \`isCustomElement\` for gov-* tags at run time (docs/embedding.md); these types
// let vue-tsc and editors check attributes, \`.prop\` bindings and \`@gov-…\` listeners.
import type { DefineComponent } from 'vue';
import type { ${classes} } from 'motcua';

${EVENT_TYPE}

${elements
  .map(
    (element) => `/** <${element.tag}>: ${oneLine(element.summary)} */
export interface ${propsName(element, 'VueProps')} {
${propLines(element, vueHandlerName)}
}`,
  )
  .join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `    '${element.tag}': DefineComponent<${propsName(element, 'VueProps')}>;`).join('\n')}
  }
}
`;
}

/** Every generated file: path under the output folder → contents. */
export function editorFiles(manifest, { version = '0.0.0', docsBase } = {}) {
  const elements = elementsOf(manifest);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'editor/vscode.html-custom-data.json': json(vscodeHtml(elements, docsBase)),
    'editor/vscode.css-custom-data.json': json(vscodeCss(elements)),
    'editor/web-types.json': json(webTypes(elements, version, docsBase)),
    'jsx/react.d.ts': reactTypes(elements),
    'jsx/vue.d.ts': vueTypes(elements),
    // So that `import 'motcua/react'` (not only `import type`) resolves at run time too.
    'jsx/react.js': 'export {};\n',
    'jsx/vue.js': 'export {};\n',
  };
}

export function writeEditorFiles(outDir, manifest, options) {
  const files = editorFiles(manifest, options);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), contents);
  }
  return Object.keys(files);
}

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(readFileSync(resolve(option('--manifest', join(root, 'custom-elements.json'))), 'utf8'));
  const { version, homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeEditorFiles(resolve(option('--out', join(root, 'dist'))), manifest, { version, docsBase: homepage });
}

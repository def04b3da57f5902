#!/usr/bin/env node
// What `npm publish` would put in the package, checked after a build (CI's "npm pack" step):
// every file package.json points to is in it; the CDN folder a portal copies holds only the
// production files (no mock back end: that is dist/dev/, never dist/cdn/); no tests, stories,
// demo or tooling ride along.
//   node scripts/pack-check.mjs    (run `npm run build` first)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Paths a package must carry besides the exports' targets. */
const REQUIRED = [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/cdn/autoloader.js',
  'dist/cdn/motcua.js',
  'dist/dev/motcua-mocks.js',
  'dist/editor/vscode.html-custom-data.json',
  'dist/editor/vscode.css-custom-data.json',
  'dist/editor/web-types.json',
  'dist/schemas/openapi.json',
  'dist/schemas/form-definition.schema.json',
  'dist/themes/tokens.json',
];

/** Never in the package: development folders, and anything mock-like in the production CDN folder. */
const FORBIDDEN = [
  [/^(test|stories|demo|scripts|\.storybook|\.ci|\.changeset|node_modules)\//, 'a development folder'],
  [/^dist\/cdn\/.*mock/i, 'mock code in the production CDN folder (it belongs in dist/dev/)'],
  [/^dist\/cdn\/(?!.*\.js(\.map)?$)/, 'a file other than a module or its source map in dist/cdn/'],
  [/^dist\/\.size\//, 'a size-measurement leftover'],
];

/** `./dist/x.js` targets of package.json (exports, main, types, web-types), wildcards expanded against `files`. */
export function targets(pkg) {
  const out = new Set([pkg.main, pkg.types, pkg['web-types']].filter(Boolean));
  const add = (value) => {
    if (typeof value === 'string') out.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  Object.values(pkg.exports ?? {}).forEach(add);
  return [...out].map((path) => path.replace(/^\.\//, ''));
}

/** The problems of a packed file list, as sentences; none when the package is right. */
export function packProblems(files, pkg) {
  const present = new Set(files);
  const problems = [];
  for (const path of [...REQUIRED, ...targets(pkg)]) {
    if (path.includes('*')) {
      const prefix = path.slice(0, path.indexOf('*'));
      if (!files.some((file) => file.startsWith(prefix))) problems.push(`nothing under ${prefix} (exports ${path})`);
    } else if (!present.has(path)) {
      problems.push(`missing ${path}`);
    }
  }
  for (const [tag] of Object.entries(pkg.customElementsTags ?? {})) if (!present.has(`dist/cdn/${tag}.js`)) problems.push(`missing dist/cdn/${tag}.js`);
  for (const file of files) {
    for (const [pattern, why] of FORBIDDEN) if (pattern.test(file)) problems.push(`${file}: ${why}`);
  }
  return problems;
}

/** The files `npm pack` would include, from npm itself. */
export function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [report] = JSON.parse(out);
  return { files: report.files.map((file) => file.path), size: report.size, unpackedSize: report.unpackedSize };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { files, size, unpackedSize } = packedFiles();
  const tags = Object.fromEntries(
    JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
      .modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName, true]),
  );
  const problems = packProblems(files, { ...pkg, customElementsTags: tags });
  console.log(`npm pack: ${files.length} files, ${(size / 1024).toFixed(0)} KB packed, ${(unpackedSize / 1024).toFixed(0)} KB unpacked`);
  for (const problem of problems) console.error(`npm pack: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('npm pack: content as expected');
}

#!/usr/bin/env node
// Is the committed custom-elements.json what the analyzer makes of the sources today?
//   node scripts/cem-fresh.mjs          regenerate it (same as `npm run analyze`)
//   node scripts/cem-fresh.mjs --check  exit 1 with the differing lines when it is stale
// The analyzer runs in memory with the project's custom-elements-manifest.config.mjs.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'custom-elements.json');

/** The manifest the analyzer produces now, serialised exactly as `cem analyze` writes it. */
export async function generateManifest() {
  const { cli } = await import(
    pathToFileURL(join(root, 'node_modules/@custom-elements-manifest/analyzer/cli.js')).href
  );
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Line-level differences, enough to see what changed without a diff tool. */
export function differences(expected, actual, limit = 20) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit; i++) {
    if (a[i] !== b[i]) out.push(`  line ${i + 1}:\n    committed: ${a[i] ?? '(none)'}\n    generated: ${b[i] ?? '(none)'}`);
  }
  return out;
}

async function main() {
  const check = process.argv.includes('--check');
  const generated = await generateManifest();
  if (!check) {
    writeFileSync(manifestPath, generated);
    console.log('custom-elements.json written');
    return;
  }
  const committed = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : '';
  if (committed === generated) {
    console.log('custom-elements.json is fresh');
    return;
  }
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  for (const line of differences(committed, generated)) console.error(line);
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

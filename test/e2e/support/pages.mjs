// Building blocks for the test pages: the bundle's routes and a page skeleton with the
// landmarks a real portal has (so axe judges our elements, not a bare test page).
import { readdirSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import { ENGLISH_PACK_FILE } from '../../../rollup.config.mjs';
import { untilNode } from './dom.mjs';
import { requireCdnBundle } from './env.mjs';

/** The tags the CDN bundle registers. */
export const ELEMENT_TAGS = [
  'gov-config',
  'gov-procedure-search',
  'gov-dossier-form',
  'gov-status-tracker',
  'gov-service-stats',
];

/**
 * The CDN bundle at one or more URLs (two URLs = two copies of the SDK for the browser), each
 * with the files it loads beside itself on demand (its English pack, the parts elements
 * fetch on demand), as a portal serves dist/cdn/.
 */
export function bundleRoutes(...paths) {
  const file = requireCdnBundle();
  const dir = dirname(file);
  const names = readdirSync(dir);
  const packs = names.filter((name) => ENGLISH_PACK_FILE.test(name));
  if (packs.length !== 1) throw new Error(`expected one English pack beside ${file}, found ${packs.length}`);
  const companions = [...packs, ...names.filter((name) => /^motcua-[\w-]+\.js$/.test(name) && !ENGLISH_PACK_FILE.test(name))];
  return Object.fromEntries(
    (paths.length ? paths : ['/motcua.js']).flatMap((path) => [
      [path, { file, type: 'js' }],
      ...companions.map((name) => [posix.join(posix.dirname(path), name), { file: join(dir, name), type: 'js' }]),
    ]),
  );
}

/**
 * Every file of the built dist/cdn/ folder (autoloader, element modules, chunks, all-in-one
 * file, without source maps) under `prefix`, as a portal serves its copy of the folder.
 */
export function cdnFolderRoutes(prefix = '/vendor/motcua') {
  const dir = dirname(requireCdnBundle());
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .filter((name) => name.endsWith('.js'))
      .map((name) => [posix.join(prefix, name.split(sep).join('/')), { file: join(dir, name), type: 'js' }]),
  );
}

/**
 * @param {{ title?: string, head?: string, body: string, lang?: string }} parts
 */
export function page({ title = 'Cổng dịch vụ công tỉnh Thái Nguyên', head = '', body, lang = 'vi' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Resolves once every listed tag is defined, from Node. With `problems` (from openPage), an
 * exception thrown in the page while waiting ends the wait at once and is the failure's
 * message: a bundle that throws while loading should say why, not time out.
 */
export async function whenDefined(page, tags = ELEMENT_TAGS, problems) {
  const defined = () => page.evaluate((tags) => tags.every((tag) => customElements.get(tag) !== undefined), tags);
  // An exception thrown in the page ends the wait at once; the backstop ends it too.
  await untilNode(async () => problems?.pageErrors.length || (await defined()), { interval: 50, what: `${tags.join(', ')} defined` }).catch(() => undefined);
  if (!(await defined())) {
    const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), tags);
    const errors = problems?.pageErrors.length ? `; the page threw:\n${problems.pageErrors.join('\n')}` : '';
    throw new Error(`Not defined by the bundle: ${missing.join(', ')}${errors}`);
  }
}

/**
 * The only globals the bundle may add: namespaced markers its libraries put on
 * `globalThis` on purpose, so that several copies on one page share them (Lit's version
 * lists and decorator metadata). motcua's own code adds none, and the elements carry no
 * zod; anything beyond this list fails the hostile-page test.
 */
export const LIBRARY_GLOBALS = new Set([
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
]);

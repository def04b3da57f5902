// Building blocks for the test pages: the bundle's routes and a page skeleton with the
// landmarks a real portal has (so axe judges our elements, not a bare test page).
import { requireCdnBundle } from './env.mjs';

/** The tags the CDN bundle registers. */
export const ELEMENT_TAGS = [
  'gov-config',
  'gov-procedure-search',
  'gov-dossier-form',
  'gov-status-tracker',
  'gov-service-stats',
];

/** The CDN bundle at one or more URLs (two URLs = two copies of the SDK for the browser). */
export function bundleRoutes(...paths) {
  const file = requireCdnBundle();
  return Object.fromEntries((paths.length ? paths : ['/motcua.js']).map((path) => [path, { file, type: 'js' }]));
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

/** Resolves once every listed tag is defined, from Node. */
export async function whenDefined(page, tags = ELEMENT_TAGS) {
  await page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag) !== undefined),
    { timeout: 10_000, polling: 50 },
    tags,
  ).catch(async (error) => {
    const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), tags);
    throw new Error(`Not defined by the bundle: ${missing.join(', ')}`, { cause: error });
  });
}

/**
 * The only globals the bundle may add: namespaced markers its libraries put on
 * `globalThis` on purpose, so that several copies on one page share them (Lit's version
 * lists and decorator metadata, zod's global config and registry). motcua's own code adds
 * none; anything beyond this list fails the hostile-page test.
 */
export const LIBRARY_GLOBALS = new Set([
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
  '__zod_globalConfig',
  '__zod_globalRegistry',
]);

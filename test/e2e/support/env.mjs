// Where things are, and the one check every e2e file makes before it starts a browser:
// the suite tests the built CDN bundle, so a missing build is a failure, never a skip.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromePath } from '../../../scripts/chrome-path.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The self-contained bundle a portal loads; MOTCUA_CDN points the suite at another build. */
export const CDN_BUNDLE = process.env.MOTCUA_CDN ?? resolve(ROOT, 'dist/cdn/motcua.js');

export const CHROME_PATH = chromePath();

/** The flags Debian's Chromium needs as root in a closed network, one list for every tool. */
export { CHROMIUM_FLAGS };

/** Throws with the fix in the message when the bundle has not been built. */
export function requireCdnBundle() {
  if (!existsSync(CDN_BUNDLE) || statSync(CDN_BUNDLE).size === 0) {
    throw new Error(`${CDN_BUNDLE} is missing: run npm run build first`);
  }
  return CDN_BUNDLE;
}

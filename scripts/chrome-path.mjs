// Where the Chromium (or Chrome) that the tests, the stories check, the e2e suite and the
// benchmark drive lives. No dependencies: `npm test` calls it before anything is installed.
//
// CHROME_PATH wins; otherwise the usual places of Debian's `chromium` package, other
// distributions' names and Google Chrome. None of our tools downloads its own browser: that
// fails behind the closed networks many provincial data centres run.
import { accessSync, constants } from 'node:fs';

/**
 * The flags every browser our tools launch needs: Debian's Chromium as root (no sandbox), in
 * a container (no GPU, a small /dev/shm) and in a closed network (nothing fetched in the
 * background). See the toolchain notes in docs/contributing.md.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to launch, or undefined when none is found. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find(executable);
}

/** What to tell a newcomer whose machine has no browser for the tests. */
export function missingChromeMessage(env = process.env) {
  const asked = env.CHROME_PATH ? `CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable.\n` : '';
  return `${asked}The tests run in a headless Chromium, and none was found.
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROME_PATH at an installed Chromium or Chrome:
  CHROME_PATH=/path/to/chrome npm test`;
}

/** For tools that need a browser now: the path, or a clear error. */
export function chromePath(env = process.env) {
  const found = findChrome(env);
  if (!found) throw new Error(missingChromeMessage(env));
  return found;
}

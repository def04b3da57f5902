// Debian's headless Chromium through puppeteer-core: one browser per test file, one
// page per test, and every page error, console error and failed request written down
// so a test can assert that there were none.
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './env.mjs';

export async function launchBrowser() {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    // Pages wait on conditions, never on sleeps; a condition that never comes should fail
    // well inside the file's time budget.
    protocolTimeout: 30_000,
  });
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<{ page: import('puppeteer-core').Page, problems: { pageErrors: string[], consoleErrors: string[] } }>}
 */
export async function openPage(browser, { viewport = { width: 1024, height: 800 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.setDefaultTimeout(10_000);
  const problems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error?.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  return { page, problems };
}

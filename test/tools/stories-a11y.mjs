#!/usr/bin/env node
// Smoke test of the built Storybook (npm run build-storybook first): every story is rendered
// in Debian's headless Chromium, alone in its iframe, against the msw mock back end; it
// fails when the story does not render, logs a console error or an uncaught exception, or
// has any axe violation of WCAG 2.0/2.1/2.2 A and AA in `#storybook-root`. The project's
// own MDX docs pages are rendered too and must be free of errors.
//   node test/tools/stories-a11y.mjs [--dir storybook-static] [--filter <substring>]
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath } from '../../scripts/chrome-path.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT_MS = 15_000;
const CONCURRENCY = 2;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** Chromium flags: the ones the browser tests use (web-test-runner.config.mjs). */
async function chromiumFlags() {
  const { chromiumFlags: flags } = await import('../../web-test-runner.config.mjs');
  return flags;
}

/**
 * Waits until Storybook has shown the story (or its error screen), then until the page's
 * network is quiet and every Lit element inside the root has finished updating.
 */
async function waitForStory(page, rootSelector) {
  await page.waitForFunction(
    () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
    { timeout: RENDER_TIMEOUT_MS, polling: 50 },
  );
  const shown = await page.evaluate(() => document.body.className);
  if (!shown.includes('sb-show-main')) {
    const message = await page.evaluate(
      () => document.querySelector('#error-message, .sb-errordisplay')?.textContent?.trim().slice(0, 500) ?? '',
    );
    throw new Error(`Storybook showed an error instead of the story${message ? `: ${message}` : ''}`);
  }
  await page.waitForNetworkIdle({ idleTime: 250, timeout: RENDER_TIMEOUT_MS }).catch(() => {});
  await page.evaluate(async (selector) => {
    const settle = async (node) => {
      const all = [node, ...node.querySelectorAll('*')];
      for (const element of all) {
        if (element.updateComplete) await element.updateComplete;
        if (element.shadowRoot) await settle(element.shadowRoot);
      }
    };
    const target = document.querySelector(selector);
    if (target) await settle(target);
  }, rootSelector);
  // One more quiet period: a finished update may have started a fetch (e.g. facets).
  await page.waitForNetworkIdle({ idleTime: 250, timeout: RENDER_TIMEOUT_MS }).catch(() => {});
}

async function axeViolations(page, selector, axeSource) {
  const present = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!present) await page.evaluate(axeSource);
  return runAxe(page, selector);
}

function runAxe(page, selector) {
  return page.evaluate(
    (selector, tags) =>
      window.axe
        .run(document.querySelector(selector), {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
        .then((result) =>
          result.violations.map((violation) => ({
            id: violation.id,
            help: violation.help,
            targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          })),
        ),
    selector,
    AXE_TAGS,
  );
}

async function checkEntry(browser, origin, entry, axeSource) {
  // A browser context per story: two stories rendered at once would otherwise share storage,
  // and the form's stories are then two tabs of one form (each hears the other's drafts).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error?.message ?? error).split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Stories of error states answer API requests with 4xx/5xx or a network error on
    // purpose; Chromium logs each as "Failed to load resource". Any other failed resource
    // (a script, a style, the worker) and every error the code logs still fails the story.
    const url = message.location()?.url ?? '';
    if (/^Failed to load resource/.test(message.text()) && /\/api\/v\d+\//.test(new URL(url, 'http://x').pathname)) return;
    problems.push(`console.error: ${message.text().split('\n')[0].slice(0, 300)}`);
  });
  try {
    await page.setViewport({ width: 1024, height: 800 });
    const docs = entry.type === 'docs';
    const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
    // `a11y.manual`: the a11y addon does not run axe after the story renders, as it does in
    // Storybook's own test run. Axe refuses a second run while one is going, and the addon
    // gives no sign of when its run ends; this check runs the same axe rules itself, once.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=a11y.manual:!true`, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT_MS,
    });
    await waitForStory(page, rootSelector);
    // Every gov-* element shown must be defined: a build that dropped an element's
    // registration (toolchain trap 5, `sideEffects`) renders nothing, and axe finds nothing
    // wrong with nothing.
    const undefinedTags = await page.evaluate((selector) => {
      const found = new Set();
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('gov-') && !customElements.get(element.localName)) found.add(element.localName);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      const target = document.querySelector(selector);
      if (target) visit(target);
      return [...found];
    }, rootSelector);
    for (const tag of undefinedTags) problems.push(`<${tag}> is not defined in the built Storybook`);
    // Docs pages are Storybook's own layout around our content: check they render and log
    // no error; axe judges the stories, where our elements are alone.
    if (!docs) {
      for (const violation of await axeViolations(page, rootSelector, axeSource)) {
        problems.push(`axe ${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
      }
    }
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

async function main() {
  const dir = resolve(root, option('--dir', 'storybook-static'));
  const filter = option('--filter', '');
  if (!existsSync(join(dir, 'index.json'))) {
    console.error(`${dir}/index.json is missing: run npm run build-storybook first`);
    process.exitCode = 1;
    return;
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' || (entry.type === 'docs' && (entry.tags?.includes('unattached-mdx') || entry.tags?.includes('attached-mdx'))))
    .filter((entry) => entry.id.includes(filter));
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  const server = await startStaticServer({ mounts: [{ prefix: '/', dir }] });
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: await chromiumFlags(),
    protocolTimeout: 60_000,
  });
  const results = new Map();
  try {
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        results.set(entry.id, await checkEntry(browser, server.origin, entry, axeSource));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  let passed = 0;
  let failed = 0;
  for (const entry of entries) {
    const problems = results.get(entry.id) ?? ['not run'];
    const label = `${entry.title} › ${entry.name} (${entry.id})`;
    if (problems.length === 0) {
      passed++;
      console.log(`  ok   ${label}`);
    } else {
      failed++;
      console.log(`  FAIL ${label}`);
      for (const problem of problems) console.log(`         ${problem}`);
    }
  }
  console.log(`${passed} stories passed, ${failed} failed`);
  if (failed > 0 || entries.length === 0) process.exitCode = 1;
}

await main();

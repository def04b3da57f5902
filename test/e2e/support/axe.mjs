// axe-core in the page under test. Its source is evaluated through CDP rather than added
// as a <script> tag: a strict CSP would block the tag (and report a violation), not this.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA plus axe's best practices, the bar the project sets for every state. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe over the whole document (shadow roots included) and returns its violations
 * in a readable form, empty when the state is clean.
 * @param {import('puppeteer-core').Page} page
 */
export async function axeViolations(page, { exclude = [] } = {}) {
  const present = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!present) await page.evaluate(await AXE_SOURCE);
  const violations = await page.evaluate(
    (tags, exclude) =>
      window.axe
        .run(
          { include: [document], exclude: exclude.map((selector) => [selector]) },
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
        )
        .then((result) =>
          result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, summary: node.failureSummary })),
          })),
        ),
    TAGS,
    exclude,
  );
  return violations;
}

/** Fails with axe's own explanation when the page state has any violation. */
export async function assertAccessible(page, state) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} violation(s) in state "${state}":\n${JSON.stringify(violations, null, 2)}`);
  }
}

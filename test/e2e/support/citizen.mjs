// What a citizen does, in puppeteer terms: find controls by their role and accessible name
// (as a screen reader or a person reading the page would), click them, type into them.
// ARIA selectors (`::-p-aria(...)`) read Chromium's accessibility tree, which runs through
// shadow roots, so the tests do not depend on the elements' internal markup.
import { BACKSTOP_MS, until, untilNode, waitFor } from './dom.mjs';

/** `::-p-aria` selector for a role and an exact accessible name. */
export function byRole(role, name) {
  const quoted = JSON.stringify(name);
  return `::-p-aria([name=${quoted}][role="${role}"])`;
}

/** Clicks the control with that role and name, once it is there and visible. */
export async function clickRole(page, role, name, { timeout = BACKSTOP_MS } = {}) {
  const handle = await waitFor(page, byRole(role, name), { timeout, visible: true });
  await handle.click();
  return handle;
}

export const clickButton = (page, name, options) => clickRole(page, 'button', name, options);

/** Clicks a text box by its label, and types into it like a person (one key at a time). */
export async function typeIntoLabelled(page, label, text, { role = 'textbox', clear = false } = {}) {
  const handle = await waitFor(page, byRole(role, label), { visible: true });
  await handle.click();
  if (clear) {
    await handle.evaluate((input) => input.select?.());
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text, { delay: 2 });
  return handle;
}

/** The value of a form control found by role and name. */
export async function valueOf(page, role, name) {
  const handle = await waitFor(page, byRole(role, name));
  return handle.evaluate((control) => control.value);
}

/**
 * Waits until the deepest focused element (through shadow roots), described as
 * `{ tag, id, text }`, satisfies `predicate` (a self-contained function, run in the page);
 * returns the description. Focus moves after an element's update, so this waits for it.
 */
export async function focusedOn(page, predicate, what = String(predicate)) {
  return until(
    page,
    `(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const described = active && { tag: active.localName, id: active.id, text: (active.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 160) };
      return described && (${predicate})(described) ? described : null;
    })()`,
    [],
    { what: `focus on ${what}` },
  );
}

/**
 * Chooses a province or a commune the way a citizen does with the form's address combobox
 * (issue #20): once the form has fetched it (on demand, for a form with an address question),
 * clicks the text box `control` finds, types the first words of the name, and clicks the
 * option with exactly `optionText` ("Ba Đình (Phường)"). The text box shows it once chosen.
 * @param {import('puppeteer-core').Page} page
 * @param {string} control  a selector for the text box (`byRole('combobox', label)` or CSS)
 */
export async function chooseUnit(page, control, optionText, typed = optionText.replace(/ \(.*$/, '')) {
  await until(page, () => customElements.get('gov-unit-combobox') !== undefined, [], { what: 'the address combobox' });
  // Until the combobox has taken the select's place, `control` may still find the select.
  const input = await untilNode(
    async () => {
      const handle = await page.$(control);
      const ready = handle && (await handle.evaluate((element) => element.localName === 'input' && element.getClientRects().length > 0));
      return ready ? handle : null;
    },
    { what: `the combobox ${control}` },
  );
  await input.click();
  await input.evaluate((box) => box.select());
  await page.keyboard.type(typed, { delay: 2 });
  await (await waitFor(page, byRole('option', optionText), { visible: true })).click();
  await until(page, (box, text) => box.value === text, [input, optionText], { what: `${control} to show ${optionText}` });
}

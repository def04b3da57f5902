/**
 * Layout checks shared by every element's tests: a citizen on a 320 px phone must never have
 * to scroll sideways, whatever text the server sends (long names, unbroken codes, URLs).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/** Sets a phone-sized viewport (320 × 640 by default); call `resetViewport` after. */
export async function phoneViewport(width = 320, height = 640): Promise<void> {
  await setViewport({ width, height });
}

export async function resetViewport(): Promise<void> {
  await setViewport({ width: 800, height: 600 });
}

/** Every rendered node under `root`, inside open shadow roots too. */
function* rendered(root: Element | ShadowRoot): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* rendered(node.shadowRoot);
  }
}

/**
 * Fails when `el` or anything it renders reaches past `width` px (1 px of rounding allowed),
 * naming the offending node so the failure says what to fix.
 */
export function expectFitsWidth(el: HTMLElement, width = 320): void {
  expect(el.scrollWidth, `${el.localName} scrolls sideways`).to.be.at.most(width);
  for (const node of rendered(el.shadowRoot ?? el)) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;
    expect(box.right, `${name} ends at ${Math.round(box.right)} px`).to.be.at.most(width + 1);
  }
}

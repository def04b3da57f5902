import { ensureContextRoot } from '../../context/root.js';

/**
 * Registers a tag unless it is already registered. Portals load scripts in
 * unexpected ways (two bundles, two versions, a CMS that injects a script
 * twice); the first definition wins and nothing throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  ensureContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, element);
}

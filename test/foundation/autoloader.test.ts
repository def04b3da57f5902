// The autoloader loads an element when its tag appears: in the document, inside the open
// shadow roots a portal's own components render, and in a root handed to `discover`.
// Each test uses a tag no earlier test has loaded (a definition cannot be undone).
import { expect } from '@open-wc/testing';
import { discover, tags } from '../../src/autoloader.js';

const defined = (tag: string) => customElements.get(tag) !== undefined;
// Waits on the definition itself, not on a clock: loading a module graph into a fresh page of a
// cold machine has no fixed duration, and mocha's timeout names the test if it never comes.
const until = async (tag: string) => {
  await customElements.whenDefined(tag);
};

describe('autoloader', () => {
  const added: Element[] = [];
  const add = <T extends Element>(element: T): T => {
    document.body.append(element);
    added.push(element);
    return element;
  };
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });

  it('knows every element of the package', () => {
    expect([...tags].sort()).to.deep.equal(
      ['gov-config', 'gov-dossier-form', 'gov-procedure-search', 'gov-service-stats', 'gov-status-tracker'],
    );
  });

  it('loads an element added to the document after it started', async () => {
    expect(defined('gov-config')).to.equal(false);
    add(document.createElement('div')).innerHTML = '<section><gov-config></gov-config></section>';
    await until('gov-config');
  });

  it('loads an element inside the open shadow root of a host defined after it was in the page', async () => {
    expect(defined('gov-service-stats')).to.equal(false);
    // The host is in the page before its class exists, as when a portal's bundle comes late.
    add(document.createElement('portal-stats-card'));
    customElements.define(
      'portal-stats-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
        connectedCallback() {
          // Rendered after connection, as Lit and most libraries do.
          queueMicrotask(() => {
            this.shadowRoot!.innerHTML = '<gov-service-stats></gov-service-stats>';
          });
        }
      },
    );
    await until('gov-service-stats');
  });

  it('loads an element two shadow roots deep', async () => {
    expect(defined('gov-dossier-form')).to.equal(false);
    const outer = add(document.createElement('div'));
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<gov-dossier-form></gov-dossier-form>';
    outerRoot.append(inner);
    await until('gov-dossier-form');
  });

  it('loads an element in a shadow root attached later, once the root is handed to discover()', async () => {
    expect(defined('gov-status-tracker')).to.equal(false);
    const host = add(document.createElement('div'));
    // Attached after the host entered the page: no observer can see this root by itself.
    const root = host.attachShadow({ mode: 'open' });
    discover(root);
    root.innerHTML = '<gov-status-tracker></gov-status-tracker>';
    await until('gov-status-tracker');
  });

  it('loads an element whose tag is in the markup already when discover() is called on it', async () => {
    expect(defined('gov-procedure-search')).to.equal(false);
    const host = add(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<gov-procedure-search></gov-procedure-search>';
    discover(root);
    await until('gov-procedure-search');
  });
});

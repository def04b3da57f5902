import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { heading, headingBase } from '../../../src/elements/shared/heading.js';

function rendered(base: number, depth: number, options?: Parameters<typeof heading>[3]): Element {
  const host = document.createElement('div');
  render(html`${heading(base, depth, 'Tiêu đề', options)}`, host);
  return host.firstElementChild!;
}

describe('kit: heading', () => {
  it('renders the host level plus the depth asked for', () => {
    expect(rendered(2, 0).tagName).to.equal('H2');
    expect(rendered(2, 1).tagName).to.equal('H3');
    expect(rendered(3, 0).tagName).to.equal('H3');
    expect(rendered(1, 2).tagName).to.equal('H3');
  });

  it('stays at h6 past the deepest level HTML has', () => {
    expect(rendered(5, 3).tagName).to.equal('H6');
  });

  it('reads a level outside 1–6 or not a number as 2', () => {
    expect(headingBase('4')).to.equal(4);
    for (const bad of [0, 7, 2.5, 'h3', undefined, null]) expect(headingBase(bad)).to.equal(2);
    expect(rendered(9, 0).tagName).to.equal('H2');
  });

  it('sets the id, the class and script focus only when asked', () => {
    const plain = rendered(2, 0);
    expect(plain.hasAttribute('id')).to.equal(false);
    expect(plain.hasAttribute('class')).to.equal(false);
    expect(plain.hasAttribute('tabindex')).to.equal(false);
    const full = rendered(2, 0, { id: 'title', class: 'page-heading', focusable: true });
    expect(full.id).to.equal('title');
    expect(full.className).to.equal('page-heading');
    expect(full.getAttribute('tabindex')).to.equal('-1');
    expect(full.textContent).to.equal('Tiêu đề');
  });
});

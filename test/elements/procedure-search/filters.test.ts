/**
 * Phones first (#20): on a narrow element the filters fold into one "Lọc" disclosure, the
 * active filters are chips that remove them, focus goes somewhere sensible after each
 * removal, and the new count is announced. Narrow is the element's own width (a container
 * query), so a sidebar on a wide screen folds too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { $, $$, chooseFilter, describeNode, focused, liveRegion, mockBackEnd, settled, text } from '../../support/procedure-search.js';

const BASE = '/t-search-filters/api/v1';
const backEnd = mockBackEnd(BASE);

/** Laid out, as a person would see it. */
const visible = (node: Element) => node.getClientRects().length > 0;

async function mountIn(width: string, template = html`<gov-procedure-search api-base=${BASE} query="dang ky"></gov-procedure-search>`, locale = 'vi') {
  const host = await fixture<HTMLDivElement>(html`<div class=${width}>${template}</div>`);
  const el = host.querySelector<GovProcedureSearch>('gov-procedure-search')!;
  if (locale !== 'vi') el.setAttribute('locale', locale);
  await settled(el);
  return el;
}

function chips(el: GovProcedureSearch): string[] {
  return $$(el, '[part="filter-chip"]').map((chip) => text(chip));
}

describe('<gov-procedure-search>: filters on a narrow element', () => {
  before(async () => {
    await backEnd.start();
    const style = document.createElement('style');
    style.textContent = '.narrow { width: 300px } .wide { width: 760px }';
    document.head.append(style);
  });
  after(() => backEnd.stop());
  beforeEach(() => backEnd.mock.reset());
  afterEach(() => resetViewport());

  it('folds the filters into "Lọc" in a narrow container on a wide screen, and not in a wide one', async () => {
    const narrow = await mountIn('narrow');
    const toggle = $(narrow, '[part="filter-toggle"]');
    expect(visible(toggle)).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('filters');
    expect(visible($(narrow, '#filter-sector'))).to.equal(false);
    // The results start right under the button.
    expect($(narrow, '.body').getBoundingClientRect().top - toggle.getBoundingClientRect().bottom).to.be.below(40);

    const wide = await mountIn('wide');
    expect(visible($(wide, '[part="filter-toggle"]'))).to.equal(false);
    expect(visible($(wide, '#filter-sector'))).to.equal(true);
  });

  it('opens and closes with the keyboard alone, counts the active filters, and is axe-clean at 320 px', async () => {
    await phoneViewport();
    const el = await mountIn('', html`<gov-procedure-search api-base=${BASE} query="dang ky"></gov-procedure-search>`);
    const toggle = $(el, '[part="filter-toggle"]');
    expect(text(toggle)).to.equal('Lọc');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="filter-toggle"]').getAttribute('aria-expanded')).to.equal('true');
    expect(visible($(el, '#filter-sector'))).to.equal(true);
    // Tab goes from the button into the filters.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(describeNode($(el, '#filter-sector')));
    await chooseFilter(el, 'sector', 'ho-tich');
    await settled(el);
    await chooseFilter(el, 'level', 'commune');
    await settled(el);
    expect(text($(el, '[part="filter-toggle"]'))).to.equal('Lọc (2)');
    expect(chips(el)).to.deep.equal(['Bỏ lọc: Hộ tịch ×', 'Bỏ lọc: Cấp xã ×']);
    expectFitsWidth(el);
    await expect(el).to.be.accessible();

    $(el, '[part="filter-toggle"]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '[part="filter-toggle"]').getAttribute('aria-expanded')).to.equal('false');
    // Folded, the active filters still show as chips.
    expect(chips(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('removes a filter with its chip, moves focus to the next chip, then the one before, then the "Lọc" button, and announces the count', async () => {
    await phoneViewport();
    const el = await mountIn('', html`<gov-procedure-search api-base=${BASE} query="cap"></gov-procedure-search>`);
    el.sector = 'ho-tich';
    el.level = 'commune';
    el.onlineLevel = 'full';
    await settled(el);
    const before = liveRegion(el);
    const middle = $$(el, '[part="filter-chip"]')[1]!;
    expect(middle.textContent).to.contain('Bỏ lọc:');
    middle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.level).to.equal('');
    expect(chips(el).map((chip) => chip.replace(/^Bỏ lọc: | ×$/g, ''))).to.deep.equal(['Hộ tịch', 'Toàn trình']);
    // The next chip took the removed one's place.
    expect(focused()).to.equal(describeNode($$(el, '[part="filter-chip"]')[1]));
    expect(liveRegion(el)).to.match(/^\d[\d.]* kết quả$/);
    expect(liveRegion(el)).to.not.equal(before);

    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(focused()).to.equal(describeNode($$(el, '[part="filter-chip"]')[0]));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(chips(el)).to.deep.equal([]);
    // No chip left and the filters folded: the disclosure's button.
    expect(focused()).to.equal(describeNode($(el, '[part="filter-toggle"]')));
    await expect(el).to.be.accessible();
  });

  it('speaks English in the disclosure and the chips', async () => {
    await phoneViewport();
    const el = await mountIn('', html`<gov-procedure-search api-base=${BASE} locale="en" query="cap" sector="ho-tich"></gov-procedure-search>`);
    await settled(el);
    expect(text($(el, '[part="filter-toggle"]'))).to.equal('Filter (1)');
    expect(text($(el, '[part="filter-chip"]'))).to.match(/^Remove filter: .+ ×$/);
    expect(text($(el, '.chips'))).to.contain('Filtered by');
    expectFitsWidth(el);
    await expect(el).to.be.accessible();
  });
});

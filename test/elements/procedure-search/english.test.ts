/**
 * English as complete as Vietnamese (#20): against a back end that has its procedure texts in
 * English (the mock with `contentLanguages: ['vi', 'en']`, as the demo and Storybook run it), an
 * English search page shows the procedures in English and none of the element's Vietnamese
 * words, from the suggestions to the detail.
 */
import { expect, html } from '@open-wc/testing';
import { vi as commonVi } from '../../../src/i18n/messages/vi.js';
import { vi as procedureVi } from '../../../src/i18n/messages/procedure-vi.js';
import { detailVi } from '../../../src/elements/procedure-search/messages-detail.vi.js';
import { vi as searchVi } from '../../../src/elements/procedure-search/messages.vi.js';
import { $, detailSettled, mockBackEnd, mount, resultNames, settled, text } from '../../support/procedure-search.js';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';

const BASE = '/t-search-english/api/v1';
const backEnd = mockBackEnd(BASE, { contentLanguages: ['vi', 'en'] });

/** The fixed Vietnamese words (placeholders cut out) that would betray a missing translation. */
const vietnameseWords = [...new Set(
  [...Object.values(searchVi), ...Object.values(detailVi), ...Object.values(procedureVi), ...Object.values(commonVi)]
    .flatMap((message) => message.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    // Pieces that are only punctuation, numbers or shared with English ("{label} ({count})").
    .filter((piece) => /[a-zà-ỹđ]{3}/i.test(piece) && /[^\x00-\x7f]/.test(piece)),
)];

/** Everything the element shows, its live region and labels included. */
function shownText(el: GovProcedureSearch): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return [text(root.querySelector('.root')), ...labels].join('\n');
}

function vietnameseIn(el: GovProcedureSearch): string[] {
  const shown = shownText(el);
  return vietnameseWords.filter((words) => shown.includes(words));
}

describe('<gov-procedure-search> in English against an English back end', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => backEnd.mock.reset());

  it('has a list of Vietnamese words to look for', () => {
    expect(vietnameseWords).to.include('Tìm thủ tục hành chính');
    expect(vietnameseWords).to.include('Theo quy định');
  });

  it('shows the suggestions, the results and a detail in English, without a Vietnamese word of its own', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} locale="en"></gov-procedure-search>`, ['idle']);
    expect(vietnameseIn(el)).to.deep.equal([]);
    el.query = 'birth registration';
    await settled(el, ['results']);
    expect(resultNames(el)[0]).to.equal('Birth registration');
    expect(vietnameseIn(el)).to.deep.equal([]);
    $(el, '.results [data-code]').click();
    await el.updateComplete;
    await detailSettled(el);
    expect(text($(el, '#detail-title'))).to.equal('Birth registration');
    expect(text($(el, '.detail'))).to.contain('Birth registration fee');
    expect(vietnameseIn(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

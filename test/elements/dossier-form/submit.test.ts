import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DossierReceipt, DossierSubmission } from '../../../src/api/schemas.js';
import { DOSSIER_CODE_PATTERN } from '../../../src/api/schemas.js';
import {
  $,
  $$,
  APPLICANT,
  describeNode,
  focused,
  button,
  click,
  fillBirthRegistration,
  heading,
  mockBackEnd,
  mountForm,
  text,
} from './support.js';

const base = '/t-form-submit/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

describe('<gov-dossier-form> review and submission', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  /** Dossiers created by the test: the mock seeds demo dossiers on reset. */
  let seeded = 0;
  const created = () => mock.store.dossiers.count() - seeded;

  beforeEach(() => {
    mock.reset();
    seeded = mock.store.dossiers.count();
    backEnd.requests.length = 0;
  });

  it('fills every step, reviews the answers and submits exactly one dossier', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    await fillBirthRegistration(el);
    expect(el.state).to.equal('review');
    expect(heading(el)).to.equal('Kiểm tra và nộp hồ sơ');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));

    const childRow = $(el, '.summary-row[data-field="childName"]');
    expect(text(childRow.querySelector('dd'))).to.equal('Nguyễn Minh Khôi');
    expect(text($(el, '.summary-row[data-field="childDateOfBirth"] dd'))).to.equal('03/11/2026');
    expect(text($(el, '.summary-row[data-field="childGender"] dd'))).to.equal('Nam');
    await waitUntil(() => text($(el, '.summary-row[data-field="residence"] dd')).includes('Phường Ba Đình'), 'unit names never loaded');
    expect(text($(el, '.summary-row[data-field="residence"] dd'))).to.equal('12 Phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    expect(text($(el, '.summary-row[data-document="GCS"] dd'))).to.equal('giay-chung-sinh.pdf');
    // A hidden question is not reviewed.
    expect($$(el, '.summary-row[data-field="birthAddress"]')).to.have.length(0);

    $(el, '#declaration').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp hồ sơ'));
    const event = (await submitted) as CustomEvent<DossierReceipt>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.code).to.match(DOSSIER_CODE_PATTERN);
    await el.updateComplete;
    expect(el.state).to.equal('submitted');
    expect(created()).to.equal(1);
    expect(text($(el, '.code'))).to.equal(event.detail.code);

    const posts = backEnd.calls('POST', '/dossiers');
    expect(posts).to.have.length(1);
    const body = JSON.parse(posts[0]!.body) as DossierSubmission;
    expect(body.answers['childName']).to.equal('Nguyễn Minh Khôi');
    expect(body.answers['childDateOfBirth']).to.equal('2026-11-03');
    expect(body.answers['extractCopies']).to.equal(1);
    expect(body.answers, 'hidden fields are not sent').not.to.have.property('birthAddress');
    expect(body.applicant).to.deep.equal({
      fullName: 'Nguyễn Văn An',
      nationalId: '001090012345',
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
    });
    expect(body.attachments).to.have.length(1);
  });
});

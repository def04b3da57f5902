// What the React 19 and Vue 3 snippets of docs/embedding.md do to the elements, done by
// hand in plain pages against the CDN bundle, so the snippets cannot drift from the
// elements without this failing. No React or Vue is installed: each page carries a few
// lines that apply the framework's own rules for custom elements:
//
// - React 19 (client): a prop `onX` holding a function listens to the DOM event named X as
//   written (`ongov-procedure-select` → `gov-procedure-select`); any other prop becomes the
//   element's property when `prop in element`, otherwise a string attribute (undefined or
//   a function removes the attribute). The SDK is imported before React renders, so the
//   elements are defined when React creates them: properties land after the upgrade.
// - Vue 3: `:x.prop` always sets the DOM property; a plain `:x` binding sets the property
//   when `x in element`, else the attribute; `@gov-…` listens to the DOM event of that
//   name. This page renders before the SDK has loaded (a late or async CDN script), so
//   `.prop` values land on elements that are not upgraded yet, and must survive the upgrade.
//
// Both walk the snippets' journey: search → apply (→ `gov-procedure-select`) →
// `<gov-dossier-form procedure case .applicant>` → submit (→ `gov-dossier-submitted`) →
// "track" (→ `gov-track-dossier`) → `<gov-status-tracker code>`.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, ELEMENT_TAGS, page, whenDefined } from './support/pages.mjs';
import { until, waitFor, waitForText } from './support/dom.mjs';
import { byRole, clickButton, clickRole, typeIntoLabelled, valueOf } from './support/citizen.mjs';
import { assertAccessible } from './support/axe.mjs';

const TOKEN = 'portal-session-7c1e';
const BIRTH = '1.001193';
/** The host's wording, through `messages`: shown instead of the catalogue's label. */
const SEARCH_LABEL = 'Tìm thủ tục trên Cổng dịch vụ công tỉnh';
/** From the portal's login, through `applicant`: the form starts filled with it. */
const APPLICANT = { fullName: 'Nguyễn Văn An', nationalId: '001203004567', phone: '0912345678' };

/** The React 19 rules for a prop on a custom element (react-dom's setPropOnCustomElement). */
const REACT_SHIM = `
export function setProp(element, name, value) {
  if (name.startsWith('on') && typeof value === 'function') {
    element.addEventListener(name.slice(2), value);
    return;
  }
  if (name in element) {
    element[name] = value;
    return;
  }
  if (value === undefined || value === null || value === false || typeof value === 'function' || typeof value === 'symbol') {
    element.removeAttribute(name);
    return;
  }
  element.setAttribute(name, value === true ? '' : String(value));
}

/** What React does for <tag {...props} />: create, set every prop, then insert. */
export function create(tag, props) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) setProp(element, name, value);
  return element;
}
`;

/** App.tsx of docs/embedding.md, as React 19 renders it (state → which elements exist). */
const REACT_APP = (apiBase) => `
import { create } from './react-dom-shim.js';

window.__log = [];
const record = (event) => window.__log.push({ type: event.type, detail: event.detail });
const getToken = () => Promise.resolve('${TOKEN}');
const messages = { vi: { 'search.label': '${SEARCH_LABEL}' } };
let procedure = null;
let tracking = null;

const config = create('gov-config', { 'api-base': '${apiBase}', locale: 'vi', getToken, messages });
const slot = document.createElement('div');
config.append(slot, create('gov-service-stats', {}));
document.getElementById('root').append(config);

function render() {
  let view;
  if (!procedure) {
    view = create('gov-procedure-search', {
      'ongov-procedure-select': (event) => { record(event); procedure = event.detail; render(); },
    });
  } else if (!tracking) {
    view = create('gov-dossier-form', {
      procedure: procedure.code,
      case: procedure.caseId,
      applicant: ${JSON.stringify(APPLICANT)},
      'ongov-dossier-submitted': (event) => record(event),
      'ongov-track-dossier': (event) => { record(event); tracking = event.detail.code; render(); },
    });
  } else {
    view = create('gov-status-tracker', { code: tracking });
  }
  slot.replaceChildren(view);
}
render();
`;

/** The Vue 3 single-file component of docs/embedding.md, as Vue's runtime patches it. */
const VUE_APP = (apiBase) => `
window.__log = [];
const record = (event) => window.__log.push({ type: event.type, detail: event.detail });

/** Vue's patchProp for an element: \`.prop\` → property; \`key in el\` → property; else attribute. */
function patch(element, key, value, { prop = false } = {}) {
  if (key.startsWith('@')) element.addEventListener(key.slice(1), value);
  else if (prop || key in element) element[key] = value;
  else if (value === undefined || value === null) element.removeAttribute(key);
  else element.setAttribute(key, value);
}
function h(tag, bindings) {
  const element = document.createElement(tag);
  for (const [key, value, modifiers] of bindings) patch(element, key, value, modifiers);
  return element;
}

const getToken = () => '${TOKEN}';
const messages = { vi: { 'search.label': '${SEARCH_LABEL}' } };
const applicant = ${JSON.stringify(APPLICANT)};
let procedure = null;
let tracking = null;

const config = h('gov-config', [
  ['api-base', '${apiBase}'],
  ['locale', 'vi'],
  ['getToken', getToken, { prop: true }],
  ['messages', messages, { prop: true }],
]);
const slot = document.createElement('div');
config.append(slot, h('gov-service-stats', []));
document.getElementById('app').append(config);

function render() {
  let view;
  if (!procedure) {
    view = h('gov-procedure-search', [['@gov-procedure-select', (event) => { record(event); procedure = event.detail; render(); }]]);
  } else if (!tracking) {
    view = h('gov-dossier-form', [
      ['procedure', procedure.code],
      ['case', procedure.caseId],
      ['applicant', applicant, { prop: true }],
      ['@gov-dossier-submitted', (event) => record(event)],
      ['@gov-track-dossier', (event) => { record(event); tracking = event.detail.code; render(); }],
    ]);
  } else {
    view = h('gov-status-tracker', [['code', tracking]]);
  }
  slot.replaceChildren(view);
}
render();
// What this page checks first: the properties were set before the elements were defined.
window.__setBeforeUpgrade = customElements.get('gov-config') === undefined && typeof config.getToken === 'function';
`;

describe('the React 19 and Vue 3 snippets, done by hand against the CDN bundle', () => {
  let browser;
  let site;
  let api;
  let close;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi({ ...bundleRoutes('/motcua.js'), '/react-dom-shim.js': { body: REACT_SHIM } }));
    site.routes['/app.js'] = { body: REACT_APP(api.base) };
    site.routes['/vue-app.js'] = { body: VUE_APP(api.base) };
    site.routes['/react'] = {
      body: page({
        // `import 'motcua'` at the top of main.tsx: the SDK runs before React renders.
        head: '<script type="module" src="/motcua.js"></script><script type="module" src="/app.js"></script>',
        body: '<main><h1>Dịch vụ công trực tuyến</h1><div id="root"></div></main>',
      }),
    };
    site.routes['/vue'] = {
      body: page({
        // The app renders first; the SDK arrives after it (module scripts run in order).
        head: '<script type="module" src="/vue-app.js"></script><script type="module" src="/motcua.js"></script>',
        body: '<main><h1>Dịch vụ công trực tuyến</h1><div id="app"></div></main>',
      }),
    };
  });

  beforeEach(() => {
    api.api.reset();
    api.requests.length = 0;
    // A back end may publish a short form (one step, prefilled from the login, no
    // documents): it keeps this test on what the snippets do; journey.test.mjs fills the
    // whole birth registration.
    api.api.store.forms.bump(BIRTH, (form) => {
      form.steps = [{ ...form.steps[0], fields: form.steps[0].fields.filter((field) => field.prefill) }];
      form.attachments = [];
    });
  });

  after(() => close?.());

  /**
   * The snippets' journey on one page; `apply` is the name of the button chosen in the
   * procedure's detail (a case's own button sets `caseId`).
   */
  async function walkTheSnippetJourney(path, { apply }) {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}${path}`);
    await whenDefined(tab, ELEMENT_TAGS, problems);

    // `messages` set as a property: the host's wording replaces the catalogue's.
    await waitFor(tab, byRole('searchbox', SEARCH_LABEL));
    await typeIntoLabelled(tab, SEARCH_LABEL, 'dang ky khai sinh', { role: 'searchbox' });
    await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm/);
    await clickButton(tab, 'Đăng ký khai sinh');
    await waitForText(tab, 'gov-procedure-search', 'Trường hợp nộp hồ sơ thông qua người được ủy quyền');
    await clickButton(tab, apply);

    // `gov-procedure-select` → the page renders the form with `procedure`, `case`, `.applicant`.
    await waitForText(tab, 'gov-dossier-form', 'Người yêu cầu');
    assert.equal(await valueOf(tab, 'textbox', 'Họ, chữ đệm và tên người yêu cầu'), APPLICANT.fullName);
    assert.equal(await valueOf(tab, 'textbox', 'Số định danh cá nhân'), APPLICANT.nationalId);
    assert.equal(await valueOf(tab, 'textbox', 'Số điện thoại di động'), APPLICANT.phone);
    await clickButton(tab, 'Tiếp tục');
    // The authorised case asks for the authorisation (optional): past the documents page.
    await waitForText(tab, 'gov-dossier-form', 'Đính kèm bản chụp hoặc bản quét');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, 'gov-dossier-form', 'Lời cam đoan');
    await clickRole(tab, 'checkbox', 'Tôi xác nhận lời cam đoan trên');
    await clickButton(tab, 'Nộp hồ sơ');
    await waitForText(tab, 'gov-dossier-form', 'Đã nộp hồ sơ thành công');

    const submitted = await until(tab, () => window.__log.find((entry) => entry.type === 'gov-dossier-submitted'));
    assert.match(submitted.detail.code, /^[\w.]+-\d{6}-\d{4}$/);
    assert.equal(submitted.detail.procedure.code, BIRTH);
    await waitForText(tab, 'gov-dossier-form', submitted.detail.code);

    // "Track": `gov-track-dossier` → the page renders the tracker with `code`.
    await clickButton(tab, 'Theo dõi hồ sơ');
    const track = await until(tab, () => window.__log.find((entry) => entry.type === 'gov-track-dossier'));
    assert.deepEqual(track.detail, { code: submitted.detail.code });
    assert.equal(await valueOf(tab, 'textbox', 'Mã hồ sơ'), submitted.detail.code);
    await typeIntoLabelled(tab, '4 số xác minh', APPLICANT.phone.slice(-4));
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', `Hồ sơ ${submitted.detail.code}`);
    await waitForText(tab, 'gov-service-stats', /[Gg]iải quyết đúng hạn\s*\d/);
    await assertAccessible(tab, `${path}: the tracker after the snippet's journey`);

    // Functions and objects went in as properties, never as string attributes.
    const stringified = await tab.evaluate(() =>
      [...document.querySelectorAll('gov-config, gov-config *')].flatMap((element) =>
        ['gettoken', 'messages', 'applicant'].filter((name) => element.hasAttribute(name)).map((name) => `${element.localName}[${name}]`),
      ),
    );
    assert.deepEqual(stringified, []);
    // `getToken` was in place for every request, the first included.
    assert.ok(api.requests.length > 5, 'the journey reached the API');
    assert.deepEqual(
      api.requests.filter((request) => request.headers.authorization !== `Bearer ${TOKEN}`).map((request) => request.path),
      [],
      'requests without the token',
    );
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    return { tab, submitted };
  }

  it('React 19: properties after the upgrade, `on<event>` listeners, a case chosen', async () => {
    await walkTheSnippetJourney('/react', { apply: 'Nộp hồ sơ trực tuyến: Trường hợp nộp hồ sơ thông qua người được ủy quyền' });
    // `case={procedure.caseId}` became the `case` attribute, and the form asked for that case.
    const forms = api.requests.filter((request) => request.path.startsWith(`/api/v1/procedures/${BIRTH}/form`));
    assert.deepEqual(forms.map((request) => request.path), [`/api/v1/procedures/${BIRTH}/form?case=nop-thay`]);
  });

  it('Vue 3: `.prop` values set before the SDK loaded survive the upgrade; `@event` listeners', async () => {
    const { tab } = await walkTheSnippetJourney('/vue', { apply: 'Nộp hồ sơ trực tuyến' });
    assert.equal(await tab.evaluate(() => window.__setBeforeUpgrade), true, 'the page did not set the properties before the upgrade');
    // No case chosen: `:case` bound to undefined left no attribute, and the form has no case.
    const forms = api.requests.filter((request) => request.path.startsWith(`/api/v1/procedures/${BIRTH}/form`));
    assert.deepEqual(forms.map((request) => request.path), [`/api/v1/procedures/${BIRTH}/form`]);
  });
});

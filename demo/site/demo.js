// The demo portal's own script: what a province's web team would write around motcua.
// Order matters: the mock back end (msw's service worker) starts first, then the CDN
// bundle registers the elements, so their first requests are already answered by the mock.
// Everything works with elements that are not (yet) defined: they stay empty tags.

const STATIC_TEXT = {
  en: {
    skip: 'Skip to main content',
    banner: 'Demonstration: all data is simulated and runs only in your browser; no dossier is sent anywhere.',
    owner: "Thai Nguyen Provincial People's Committee",
    portal: 'Thai Nguyen Public Service Portal',
    language: 'Language',
    nav: 'Main navigation',
    'nav.search': 'Administrative procedures',
    'nav.apply': 'Apply online',
    'nav.track': 'Track a dossier',
    'nav.stats': 'Service figures',
    title: 'Online public services',
    lead: 'Find a procedure, apply, and follow the result in one place, any time, on any device.',
    'search.title': 'Administrative procedures',
    'search.lead':
      'Type the name of a procedure, with or without Vietnamese diacritics (e.g. “cap giay phep xay dung”), or its code. Choose “Apply online” to start.',
    'apply.title': 'Apply online',
    'apply.empty': 'No procedure chosen yet. Find one above and choose “Apply online”.',
    'track.title': 'Track the status of a dossier',
    'track.lead':
      "Enter the dossier code printed on the receipt and the verification code (the last 4 digits of the applicant's phone number or ID number).",
    'track.samples': 'Sample dossiers to try (demonstration)',
    'track.code': 'Dossier code',
    'track.verifier': 'Verification code',
    'track.state': 'Status',
    'track.use': 'Use',
    'track.useButton': 'Use this code',
    'stats.title': 'Administrative procedure figures',
    'stats.lead': 'Published under Decree 118/2025/ND-CP on the one-stop-shop mechanism.',
    'footer.owner': "Managing agency: Thai Nguyen Provincial People's Committee (a demonstration, not the real portal).",
    'footer.hotline': 'Public service hotline: 1900 0000 (simulated).',
    'footer.built': 'Built with motcua, open-source web components for public services.',
    'mock.starting': 'Starting the simulated back end…',
    'mock.ready': 'The simulated back end is running in this browser.',
    'mock.failed':
      'The simulated back end could not start (this browser does not allow service workers here). Open the page at http://localhost.',
    'bundle.failed': 'The motcua components could not be loaded. Run npm run build, then reload.',
    'title.page': 'Thai Nguyen Public Service Portal',
  },
  vi: {
    'track.useButton': 'Dùng mã này',
    'mock.starting': 'Đang khởi động máy chủ giả lập…',
    'mock.ready': 'Máy chủ giả lập đang chạy trong trình duyệt này.',
    'mock.failed':
      'Không khởi động được máy chủ giả lập (trình duyệt không cho phép service worker tại địa chỉ này). Hãy mở trang qua http://localhost.',
    'bundle.failed': 'Không tải được các thành phần motcua. Hãy chạy npm run build rồi tải lại trang.',
    'title.page': 'Cổng Dịch vụ công tỉnh Thái Nguyên',
  },
};

/** Vietnamese texts as written in index.html, read once, so switching back restores them. */
const originalText = new Map();
let locale = 'vi';
let mockState = 'mock.starting';

function text(key) {
  if (locale === 'vi') return originalText.get(key) ?? STATIC_TEXT.vi[key] ?? key;
  return STATIC_TEXT.en[key] ?? originalText.get(key) ?? key;
}

function translatePage() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (!originalText.has(key)) originalText.set(key, element.textContent.trim());
    element.textContent = text(key);
  }
  document.documentElement.lang = locale;
  document.title = text('title.page');
  for (const button of document.querySelectorAll('.lang-button')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  for (const button of document.querySelectorAll('.use-code')) button.textContent = text('track.useButton');
  showMockStatus(mockState);
}

function setLocale(next) {
  locale = next === 'en' ? 'en' : 'vi';
  // One attribute: every element inside <gov-config> follows.
  document.getElementById('motcua-config')?.setAttribute('locale', locale);
  translatePage();
}

function showMockStatus(key) {
  mockState = key;
  const status = document.getElementById('mock-status');
  if (!status) return;
  status.textContent = text(key);
  status.classList.toggle('problem', key.endsWith('failed'));
}

function reveal(headingId) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  heading.focus({ preventScroll: true });
}

/** `gov-procedure-select` → the procedure's online form, in the "Apply online" section. */
function openForm({ code, caseId }) {
  if (typeof code !== 'string' || code === '') return;
  const form = document.createElement('gov-dossier-form');
  form.setAttribute('procedure', code);
  // Under the section's h2 "Nộp hồ sơ trực tuyến": the form's headings start at h3.
  form.setAttribute('heading-level', '3');
  if (typeof caseId === 'string' && caseId !== '') form.setAttribute('case', caseId);
  document.getElementById('apply-area')?.replaceChildren(form);
  document.getElementById('apply-empty')?.setAttribute('hidden', '');
  reveal('nop-ho-so-title');
}

/** Prefills the tracker with a dossier code; the applicant still types the verifier. */
function prefillTracker(code) {
  if (typeof code !== 'string' || code === '') return;
  document.querySelector('gov-status-tracker')?.setAttribute('code', code);
}

function fillDemoDossiers(dossiers) {
  const rows = document.getElementById('demo-dossier-rows');
  if (!rows || !Array.isArray(dossiers)) return;
  rows.replaceChildren(
    ...dossiers.map((dossier) => {
      const row = document.createElement('tr');
      const cells = [dossier.code, dossier.verifier, dossier.label].map((value) => {
        const cell = document.createElement('td');
        cell.textContent = String(value ?? '');
        return cell;
      });
      const action = document.createElement('td');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'use-code';
      button.textContent = text('track.useButton');
      button.addEventListener('click', () => {
        prefillTracker(dossier.code);
        reveal('tra-cuu-title');
      });
      action.append(button);
      row.append(...cells, action);
      return row;
    }),
  );
}

async function start() {
  translatePage();
  for (const button of document.querySelectorAll('.lang-button')) {
    button.addEventListener('click', () => setLocale(button.dataset.locale));
  }
  document.addEventListener('gov-procedure-select', (event) => openForm(event.detail ?? {}));
  document.addEventListener('gov-track-dossier', (event) => {
    prefillTracker(event.detail?.code);
    reveal('tra-cuu-title');
  });
  document.addEventListener('gov-dossier-submitted', (event) => prefillTracker(event.detail?.code));

  showMockStatus('mock.starting');
  try {
    const { startMockWorker } = await import('/dist/dev/motcua-mocks.js');
    // Statuses move on every 15 s, so a submitted dossier visibly progresses (and meets a
    // supplement request) while the demo is open; answers take a realistic 250 ms. The back end
    // has its texts in English too (contract 1.1, docs/api.md "Language"), so the English page
    // shows procedures, forms and notes in English where the mock has them.
    const mock = await startMockWorker({
      workerUrl: '/mockServiceWorker.js',
      latencyMs: 250,
      advanceEveryMs: 15_000,
      contentLanguages: ['vi', 'en'],
    });
    fillDemoDossiers(mock.demo);
    showMockStatus('mock.ready');
  } catch {
    showMockStatus('mock.failed');
  }

  try {
    // The autoloader loads each element when its tag is in the page (the form only when a
    // procedure is chosen), from the files beside it: what a portal copies from dist/cdn/.
    await import('/dist/cdn/autoloader.js');
  } catch {
    showMockStatus('bundle.failed');
  }
}

start();

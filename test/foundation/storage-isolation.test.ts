import { expect } from '@open-wc/testing';

// Read before any test of this file runs: what the runner promises every file
// (web-test-runner.config.mjs, testRunnerHtml and createPage).
const atStart = { local: localStorage.length, session: sessionStorage.length };

describe('test isolation', () => {
  it('starts every test file with empty storage, whatever ran before in this page', () => {
    expect(atStart).to.deep.equal({ local: 0, session: 0 });
    // Left behind on purpose: the next file in this page must not see it.
    localStorage.setItem('motcua:isolation-probe', 'left by storage-isolation.test.ts');
    sessionStorage.setItem('motcua:isolation-probe', 'left by storage-isolation.test.ts');
  });
});

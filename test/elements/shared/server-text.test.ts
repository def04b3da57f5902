import { expect } from '@open-wc/testing';
import { safeUrl } from '../../../src/elements/shared/server-text.js';

describe('safeUrl (every link from the server)', () => {
  it('keeps http(s) links and drops script, data and malformed ones', () => {
    expect(safeUrl('https://motcua.dev/templates/a.docx')).to.equal('https://motcua.dev/templates/a.docx');
    expect(safeUrl('http://example.gov.vn/a.pdf')).to.equal('http://example.gov.vn/a.pdf');
    expect(safeUrl('/templates/a.docx')).to.equal(new URL('/templates/a.docx', document.baseURI).href);
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl('http://[::1')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});

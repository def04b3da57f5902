import { expect } from '@open-wc/testing';
import { tokens } from '../../src/theme/token-docs.js';

/** The handbook's token table is for people; it must say what the code does. */
describe('docs/theming.md', () => {
  it('lists every token with its default value, and no token that does not exist', async () => {
    const response = await fetch('/docs/theming.md');
    expect(response.ok).to.equal(true);
    const text = await response.text();
    const rows = [...text.matchAll(/^\| `--(gov-[a-z0-9-]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).to.deep.equal(tokens.map((token) => [token.name, token.value]));
  });
});

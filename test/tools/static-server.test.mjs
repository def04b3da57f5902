// The project's one static server (sirv underneath) answers files with their types, routes
// with what they say, and nothing outside its roots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { rawGet } from './raw-get.mjs';

describe('static server', () => {
  let server;
  let base;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'motcua-static-'));
    mkdirSync(join(base, 'site'));
    writeFileSync(join(base, 'site/index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(base, 'site/app.js'), 'export {};');
    writeFileSync(join(base, 'secret.txt'), 'outside');
    server = await startStaticServer({
      mounts: [{ prefix: '/', dir: join(base, 'site') }],
      routes: { '/x.js': { file: join(base, 'site/app.js') }, '/page': { body: '<p>hi</p>', headers: { 'Content-Security-Policy': "default-src 'none'" } } },
      headers: { 'X-Content-Type-Options': 'nosniff' },
    });
  });

  after(() => server.close());

  it('serves files with their MIME type, directories by their index.html', async () => {
    const js = await fetch(`${server.origin}/app.js`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const html = await fetch(`${server.origin}/`);
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal((await fetch(`${server.origin}/x.js`)).status, 200);
    assert.equal(js.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers a route with its body and its own headers, and records every request', async () => {
    const page = await fetch(`${server.origin}/page?x=1`);
    assert.equal(await page.text(), '<p>hi</p>');
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('content-security-policy'), "default-src 'none'");
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(server.requests.at(-1), { method: 'GET', path: '/page', search: '?x=1' });
    assert.equal((await fetch(`${server.origin}/page`, { method: 'POST' })).status, 405);
    assert.equal((await fetch(`${server.origin}/missing.js`)).status, 404);
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const response = await rawGet(server.origin, path);
      assert.equal(response.status, 404, path);
      assert.notEqual(response.body, 'outside');
    }
  });
});

// The demo server: the portal, the build and msw's worker, each with its MIME type, always
// under the strict CSP, nothing outside demo/site/ and dist/, and a free port when 8080 is taken.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, createDemoServer, listen } from '../../demo/serve.mjs';
import { rawGet } from './raw-get.mjs';

describe('demo server', () => {
  let server;
  let origin;

  before(async () => {
    // A fake dist/, so the test does not depend on a build having run.
    const distDir = mkdtempSync(join(tmpdir(), 'motcua-dist-'));
    mkdirSync(join(distDir, 'cdn'));
    writeFileSync(join(distDir, 'cdn/motcua.js'), 'export {};');
    server = createDemoServer({ distDir });
    origin = (await listen(server, 0)).replace(/\/$/, '');
  });

  after(() => new Promise((done) => server.close(done)));

  it('serves the portal, its assets, the build and the msw worker with their types and the CSP', async () => {
    const expected = {
      '/': 'text/html; charset=utf-8',
      '/demo.js': 'text/javascript; charset=utf-8',
      '/demo.css': 'text/css; charset=utf-8',
      '/dist/cdn/motcua.js': 'text/javascript; charset=utf-8',
      '/mockServiceWorker.js': 'text/javascript; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await fetch(origin + path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
      assert.equal(response.headers.get('content-security-policy'), CSP, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
    assert.match(await (await fetch(`${origin}/mockServiceWorker.js`)).text(), /Mock Service Worker/);
    assert.equal(CSP, "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'");
  });

  it('loads only external scripts in the page (no inline script, no inline style)', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes, /\bsrc="\/[^"]+"/);
      assert.equal(body.trim(), '');
    }
    assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/i);
  });

  it('answers 404 outside demo/site/ and dist/, and never serves itself', async () => {
    for (const path of ['/../package.json', '/dist/../package.json', '/%2e%2e/package.json', '/dist/..%2f..%2fpackage.json', '/serve.mjs', '/../serve.mjs', '/%2e%2e/serve.mjs', '/nothing.html']) {
      const response = await rawGet(origin, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /"name": "motcua"|createDemoServer/, path);
    }
    assert.equal((await fetch(`${origin}/`, { method: 'POST' })).status, 405);
    const missing = await fetch(`${origin}/dist/cdn/nothing.js`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-security-policy'), CSP, 'a 404 carries the CSP too');
    assert.match(await missing.text(), /npm run build/);
  });

  it('falls back to a free port when the asked one is taken', async () => {
    const blocker = createServer();
    await new Promise((done) => blocker.listen(0, 'localhost', done));
    const taken = blocker.address().port;
    const other = createDemoServer();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const url = await listen(other, taken);
      assert.match(url, /^http:\/\/localhost:\d+\/$/);
      assert.notEqual(new URL(url).port, String(taken));
    } finally {
      console.warn = warn;
      await new Promise((done) => other.close(done));
      await new Promise((done) => blocker.close(done));
    }
  });
});

// The tools' static server answers files with their types and nothing outside its roots.
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
    server = await startStaticServer({ mounts: [{ prefix: '/', dir: join(base, 'site') }], files: { '/x.js': join(base, 'site/app.js') } });
  });

  after(() => server.close());

  it('serves files with their MIME type, directories by their index.html', async () => {
    const js = await fetch(`${server.origin}/app.js`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const html = await fetch(`${server.origin}/`);
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal((await fetch(`${server.origin}/x.js`)).status, 200);
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const response = await rawGet(server.origin, path);
      assert.equal(response.status, 404, path);
      assert.notEqual(response.body, 'outside');
    }
  });
});

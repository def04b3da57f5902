import { expect } from '@open-wc/testing';
import { until } from '../support/wait.js';
import { http, HttpResponse, delay } from 'msw';
import { setupWorker } from 'msw/browser';
import { ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';

const base = '/upload-test/api/v1';
const attachment = {
  id: 'att-1',
  name: 'giay-chung-sinh.pdf',
  size: 5,
  mediaType: 'application/pdf',
  sha256: 'a'.repeat(64),
};

/** Set when the slow handler has the request: the upload is under way. */
let slowStarted = false;

let received: { fields: Record<string, string>; fileName: string; authorization: string | null } | undefined;

const worker = setupWorker(
  http.post(`${base}/attachments`, async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file') as File;
    received = {
      fields: { procedureCode: String(form.get('procedureCode')), documentCode: String(form.get('documentCode')) },
      fileName: file.name,
      authorization: request.headers.get('authorization'),
    };
    if (file.size > 1000) {
      return HttpResponse.json(
        { type: 'https://motcua.dev/problems/too-large', title: 'Tệp quá lớn', status: 413 },
        { status: 413, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return HttpResponse.json(attachment, { status: 201 });
  }),
  http.post(`/slow${base}/attachments`, async () => {
    slowStarted = true;
    await delay('infinite');
    return HttpResponse.json(attachment, { status: 201 });
  }),
);

describe('ApiClient.uploadAttachment', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());

  it('sends the file as multipart with its target and returns the validated attachment', async () => {
    const client = new ApiClient({ baseUrl: base, getToken: () => 'tok' });
    const file = new File(['%PDF-'], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const result = await client.uploadAttachment(
      file,
      { procedureCode: '1.001193', documentCode: 'GCS' },
      { onProgress: (fraction) => progress.push(fraction) },
    );
    expect(result).to.deep.equal(attachment);
    expect(received).to.deep.equal({
      fields: { procedureCode: '1.001193', documentCode: 'GCS' },
      fileName: 'giay-chung-sinh.pdf',
      authorization: 'Bearer tok',
    });
    for (const fraction of progress) expect(fraction).to.be.within(0, 1);
  });

  it('turns a 413 problem into a typed http error', async () => {
    const client = new ApiClient({ baseUrl: base });
    const file = new File(['x'.repeat(2000)], 'big.pdf', { type: 'application/pdf' });
    try {
      await client.uploadAttachment(file, { procedureCode: '1.001193', documentCode: 'GCS' });
      expect.fail('the upload should have failed');
    } catch (error) {
      expect(error).to.be.instanceOf(ApiError);
      expect((error as ApiError).status).to.equal(413);
      expect((error as ApiError).problemType).to.equal('too-large');
    }
  });

  it('gives up on an upload that makes no progress within the idle limit', async () => {
    const client = new ApiClient({ baseUrl: `/slow${base}`, uploadIdleMs: 50 });
    const file = new File(['%PDF-'], 'a.pdf', { type: 'application/pdf' });
    try {
      await client.uploadAttachment(file, { procedureCode: '1', documentCode: 'A' });
      expect.fail('the upload should have timed out');
    } catch (error) {
      expect((error as ApiError).kind).to.equal('timeout');
      expect((error as ApiError).endpoint).to.equal('POST /attachments');
    }
  });

  it('does not start an upload whose signal is already aborted', async () => {
    received = undefined;
    const client = new ApiClient({ baseUrl: base });
    const controller = new AbortController();
    controller.abort();
    const file = new File(['%PDF-'], 'a.pdf', { type: 'application/pdf' });
    try {
      await client.uploadAttachment(file, { procedureCode: '1', documentCode: 'A' }, { signal: controller.signal });
      expect.fail('the upload should not have started');
    } catch (error) {
      expect((error as ApiError).kind).to.equal('aborted');
    }
    expect(received).to.equal(undefined);
  });

  it('can be cancelled by the applicant', async () => {
    const client = new ApiClient({ baseUrl: `/slow${base}` });
    const controller = new AbortController();
    const file = new File(['%PDF-'], 'a.pdf', { type: 'application/pdf' });
    slowStarted = false;
    const pending = client.uploadAttachment(file, { procedureCode: '1', documentCode: 'A' }, { signal: controller.signal });
    await until(() => slowStarted, 'the upload never reached the server');
    controller.abort();
    try {
      await pending;
      expect.fail('the upload should have been cancelled');
    } catch (error) {
      expect((error as ApiError).kind).to.equal('aborted');
    }
  });
});

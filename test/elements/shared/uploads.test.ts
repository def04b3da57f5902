import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttachmentRequirement } from '../../../src/api/schemas.js';
import { ApiTransport } from '../../../src/api/transport.js';
import { UploadsController, waitsForNetwork, type UploadEvent } from '../../../src/elements/shared/uploads.js';
import {
  DEFAULT_SUPPLEMENT_ACCEPT,
  DEFAULT_SUPPLEMENT_MAX_BYTES,
  supplementRules,
} from '../../../src/elements/status-tracker/supplement-controller.js';
import { FakeXhr, fakeXhrClass, pretendOnline } from '../../api/fakes.js';
import { until } from '../../support/wait.js';

/** A host that is always connected and counts the updates it is asked for. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
    controller.hostConnected?.();
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const requirement = (documentCode: string, rules: Partial<AttachmentRequirement> = {}): AttachmentRequirement => ({
  documentCode,
  name: documentCode,
  required: true,
  accept: ['application/pdf'],
  maxBytes: 1000,
  maxFiles: 2,
  ...rules,
});

const attachment = (id: string) => ({ id, name: `${id}.pdf`, size: 5, mediaType: 'application/pdf', sha256: 'a'.repeat(64) });

function controller(options: { messagePrefix?: string } = {}) {
  const host = new Host();
  const events: UploadEvent[] = [];
  const client = new ApiTransport({ baseUrl: '/api', XMLHttpRequest: fakeXhrClass });
  const uploads = new UploadsController(host, { transport: () => client, procedureCode: () => '1.001193', onEvent: (event) => events.push(event), ...options });
  return { host, uploads, events };
}

/** Answers the `index`th upload (in the order sent) with an attachment. */
async function answer(index: number, id: string): Promise<void> {
  await until(() => FakeXhr.sent[index], `upload ${index} sent`);
  FakeXhr.sent[index]!.respond(201, attachment(id));
}

describe('UploadsController (shared by the form and the tracker)', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
  });

  it('keeps document codes named __proto__, constructor and toString apart, like any other', async () => {
    const { uploads } = controller();
    const codes = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    for (const code of codes) uploads.add(requirement(code), [new File(['%PDF'], `${code}.pdf`, { type: 'application/pdf' })]);
    for (const [index, code] of codes.entries()) await answer(index, `att-${code}`);
    await uploads.settled();
    const stored = uploads.uploaded();
    expect(Object.keys(stored)).to.deep.equal(codes);
    for (const code of codes) expect(stored[code]!.map((item) => item.id)).to.deep.equal([`att-${code}`]);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['push']).to.equal(undefined);
    // What a draft stores survives JSON and comes back under the same codes.
    const { uploads: restored } = controller();
    restored.restore(JSON.parse(JSON.stringify(stored)), codes.map((code) => requirement(code)));
    expect(codes.map((code) => restored.items(code).length)).to.deep.equal([1, 1, 1, 1]);
  });

  it('names rejections with the element’s own message keys', () => {
    const { uploads, events } = controller({ messagePrefix: 'tracker.upload' });
    uploads.add(requirement('A'), [new File(['x'], 'a.txt', { type: 'text/plain' })]);
    uploads.add(requirement('B'), [new File([], 'b.pdf', { type: 'application/pdf' })]);
    uploads.add(requirement('C'), [new File([new Uint8Array(1001)], 'c.pdf', { type: 'application/pdf' })]);
    expect(events.map((event) => [event.type, event.item.rejection?.key])).to.deep.equal([
      ['rejected', 'tracker.upload.wrong-type'],
      ['rejected', 'tracker.upload.empty'],
      ['rejected', 'tracker.upload.too-large'],
    ]);
    expect(FakeXhr.sent, 'refused files never leave the device').to.have.length(0);
  });

  it('keeps the form’s keys by default', () => {
    const { uploads, events } = controller();
    uploads.add(requirement('A'), [new File([], 'a.pdf', { type: 'application/pdf' })]);
    expect(events[0]!.item.rejection?.key).to.equal('form.upload.empty');
  });

  it('settles when every upload under way has ended, whatever the outcome', async () => {
    const { uploads } = controller();
    uploads.add(requirement('A'), [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }), new File(['%PDF'], 'b.pdf', { type: 'application/pdf' })]);
    let settled = false;
    const waiting = uploads.settled().then(() => (settled = true));
    await answer(0, 'one');
    await until(() => uploads.items('A')[0]!.status === 'done', 'first done');
    expect(settled).to.equal(false);
    FakeXhr.sent[1]!.fail();
    await waiting;
    expect(uploads.items('A').map((item) => item.status)).to.deep.equal(['done', 'failed']);
  });

  it('retries an upload cut off by going offline when the browser is back online, and only that one', async () => {
    const { uploads, host } = controller();
    uploads.add(requirement('A'), [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })]);
    uploads.add(requirement('B'), [new File(['%PDF'], 'b.pdf', { type: 'application/pdf' })]);
    await until(() => FakeXhr.sent.length === 2, 'both sent');
    FakeXhr.sent[1]!.respond(500, { type: 'https://motcua.dev/problems/internal', title: 'Lỗi', status: 500 });
    const restore = pretendOnline(false);
    try {
      FakeXhr.sent[0]!.fail();
      await uploads.settled();
    } finally {
      restore();
    }
    const [a] = uploads.items('A');
    const [b] = uploads.items('B');
    expect(waitsForNetwork(a!)).to.equal(true);
    expect(waitsForNetwork(b!)).to.equal(false);
    window.dispatchEvent(new Event('online'));
    expect(a!.status).to.equal('uploading');
    await answer(2, 'again');
    await uploads.settled();
    expect(a!.status).to.equal('done');
    expect(b!.status, 'a server error waits for the applicant').to.equal('failed');
    host.disconnect();
  });

  it('stops listening for the network when its element leaves the page', async () => {
    const { uploads, host } = controller();
    uploads.add(requirement('A'), [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })]);
    await until(() => FakeXhr.sent.length === 1, 'sent');
    const restore = pretendOnline(false);
    try {
      FakeXhr.sent[0]!.fail();
      await uploads.settled();
    } finally {
      restore();
    }
    host.disconnect();
    window.dispatchEvent(new Event('online'));
    expect(uploads.items('A')[0]?.status ?? 'gone', 'not retried after the element left').to.not.equal('uploading');
  });
});

describe('supplement rules', () => {
  it('are PDF, JPG and PNG up to 10 MB when the request does not say', () => {
    expect(supplementRules({ code: 'TP1', name: 'Giấy tờ' })).to.deep.equal({ accept: DEFAULT_SUPPLEMENT_ACCEPT, maxBytes: DEFAULT_SUPPLEMENT_MAX_BYTES });
    expect(DEFAULT_SUPPLEMENT_ACCEPT).to.deep.equal(['application/pdf', 'image/jpeg', 'image/png']);
    expect(DEFAULT_SUPPLEMENT_MAX_BYTES).to.equal(10 * 1024 * 1024);
  });

  it('are the document’s own when it carries accept and maxBytes', () => {
    expect(supplementRules({ code: 'TP1', name: 'Ảnh', accept: ['image/*'], maxBytes: 2_000_000 })).to.deep.equal({ accept: ['image/*'], maxBytes: 2_000_000 });
  });

  it('fall back to the defaults for rules that cannot be right', () => {
    expect(supplementRules({ code: 'TP1', name: 'x', accept: [], maxBytes: 0 })).to.deep.equal({ accept: DEFAULT_SUPPLEMENT_ACCEPT, maxBytes: DEFAULT_SUPPLEMENT_MAX_BYTES });
    expect(supplementRules({ code: 'TP1', name: 'x', accept: [' '], maxBytes: -5 })).to.deep.equal({ accept: DEFAULT_SUPPLEMENT_ACCEPT, maxBytes: DEFAULT_SUPPLEMENT_MAX_BYTES });
  });
});

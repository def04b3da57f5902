import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { foldedWords } from '../../../src/i18n/fold.js';
import { LatestRequestController, type Outcome } from '../../../src/elements/procedure-search/latest-request.js';
import { highlightPieces, safeHref } from '../../../src/elements/procedure-search/text.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { until } from '../../support/wait.js';

/** The smallest host a controller needs. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

/** A request whose answer the test releases by hand, ignoring aborts like a careless server. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  const signals: AbortSignal[] = [];
  return { promise, resolve, signals, task: (signal: AbortSignal) => (signals.push(signal), promise) };
}

describe('LatestRequestController', () => {
  it('applies only the latest answer, even when an older one arrives after it', async () => {
    const applied: Array<Outcome<string>> = [];
    const controller = new LatestRequestController<string>(new Host(), (outcome) => applied.push(outcome));
    const first = deferred<string>();
    const second = deferred<string>();
    controller.schedule(first.task);
    controller.schedule(second.task);
    expect(first.signals[0]!.aborted).to.equal(true);
    second.resolve('second');
    // The controller listened to each answer before this test did: awaiting one runs its reaction first.
    await second.promise;
    first.resolve('first');
    await first.promise;
    expect(applied).to.deep.equal([{ ok: true, value: 'second' }]);
    expect(controller.pending).to.equal(false);
  });

  it('debounces: only the last of quick successive requests starts', async () => {
    const { clock, restore } = takeOverElementClock();
    try {
      const started: string[] = [];
      const settled: Promise<string>[] = [];
      const controller = new LatestRequestController<string>(new Host(), () => undefined);
      for (const query of ['k', 'kh', 'kha']) {
        controller.schedule(() => {
          started.push(query);
          const answer = Promise.resolve(query);
          settled.push(answer);
          return answer;
        }, 30);
        clock.advance(29);
      }
      expect(started, 'nothing before a 30 ms pause').to.deep.equal([]);
      expect(controller.pending).to.equal(true);
      clock.advance(1);
      expect(started).to.deep.equal(['kha']);
      await settled[0];
      expect(controller.pending).to.equal(false);
    } finally {
      restore();
    }
  });

  it('flush starts the debounced request now', async () => {
    const started: string[] = [];
    const controller = new LatestRequestController<string>(new Host(), () => undefined);
    controller.schedule(async () => (started.push('now'), 'now'), 10_000);
    controller.flush();
    expect(started).to.deep.equal(['now']);
    controller.flush();
    expect(started).to.deep.equal(['now']);
  });

  it('reports failures of the latest request and ignores cancelled ones', async () => {
    const applied: Array<Outcome<string>> = [];
    const host = new Host();
    const controller = new LatestRequestController<string>(host, (outcome) => applied.push(outcome));
    const failing = deferred<string>();
    controller.schedule((signal) => failing.task(signal).then(() => Promise.reject(new Error('boom'))));
    failing.resolve('');
    await failing.promise.then(() => undefined);
    await until(() => applied.length === 1, 'the failure applied');
    expect(applied).to.have.length(1);
    expect(applied[0]!.ok).to.equal(false);

    const cancelled = deferred<string>();
    controller.schedule(cancelled.task);
    controller.hostDisconnected();
    expect(cancelled.signals[0]!.aborted).to.equal(true);
    cancelled.resolve('late');
    await cancelled.promise;
    expect(applied).to.have.length(1);
    expect(controller.pending).to.equal(false);
  });
});

describe('highlightPieces', () => {
  const marked = (text: string, query: string) =>
    highlightPieces(text, foldedWords(query))
      .map((piece) => (piece.match ? `[${piece.text}]` : piece.text))
      .join('');

  it('marks words typed without diacritics, and one mark for adjacent words', () => {
    expect(marked('Đăng ký khai sinh', 'dang ky khai sinh')).to.equal('[Đăng ký khai sinh]');
    expect(marked('Đăng ký lại khai sinh', 'dang ky khai sinh')).to.equal('[Đăng ký] lại [khai sinh]');
    expect(marked('ĐĂNG KÝ KẾT HÔN', 'đăng ký')).to.equal('[ĐĂNG KÝ] KẾT HÔN');
  });

  it('keeps the text as it is when nothing matches, and the pieces cover the whole text', () => {
    expect(marked('Cấp giấy phép xây dựng', 'khai sinh')).to.equal('Cấp giấy phép xây dựng');
    const pieces = highlightPieces('<b>Đăng ký</b>', ['dang']);
    expect(pieces.map((piece) => piece.text).join('')).to.equal('<b>Đăng ký</b>');
  });
});

describe('safeHref', () => {
  it('keeps http(s) links and drops script, data and malformed ones', () => {
    expect(safeHref('https://motcua.dev/templates/a.docx')).to.equal('https://motcua.dev/templates/a.docx');
    expect(safeHref('http://example.gov.vn/a.pdf')).to.equal('http://example.gov.vn/a.pdf');
    expect(safeHref('/templates/a.docx')).to.equal(new URL('/templates/a.docx', document.baseURI).href);
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeHref('http://[::1')).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RequestController, type Outcome } from '../../../src/elements/shared/request.js';
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

type Task = (signal: AbortSignal) => Promise<string>;

/** A controller whose argument is the request itself, so each test says what each request does. */
function controller(host: ReactiveControllerHost, settled?: (outcome: Outcome<string>) => void) {
  return new RequestController<[Task], string>(host, { task: ([task], signal) => task(signal), ...(settled ? { settled } : {}) });
}

/** A request whose answer the test releases by hand, ignoring aborts like a careless server. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  const signals: AbortSignal[] = [];
  return { promise, resolve, signals, task: (signal: AbortSignal) => (signals.push(signal), promise) };
}

describe('RequestController (every load of the elements)', () => {
  it('applies only the latest answer, even when an older one arrives after it', async () => {
    const applied: Array<Outcome<string>> = [];
    const requests = controller(new Host(), (outcome) => applied.push(outcome));
    const first = deferred<string>();
    const second = deferred<string>();
    requests.run([first.task as Task]);
    requests.run([second.task as Task]);
    expect(first.signals[0]!.aborted).to.equal(true);
    second.resolve('second');
    // The controller listened to each answer before this test did: awaiting one runs its reaction first.
    await second.promise;
    first.resolve('first');
    await first.promise;
    expect(applied).to.deep.equal([{ ok: true, value: 'second' }]);
    expect(requests.pending).to.equal(false);
    expect(requests.status).to.equal('complete');
    expect(requests.value).to.equal('second');
  });

  it('debounces: only the last of quick successive requests starts', async () => {
    const { clock, restore } = takeOverElementClock();
    try {
      const started: string[] = [];
      const settled: Promise<string>[] = [];
      const requests = controller(new Host());
      for (const query of ['k', 'kh', 'kha']) {
        requests.run(
          [
            () => {
              started.push(query);
              const answer = Promise.resolve(query);
              settled.push(answer);
              return answer;
            },
          ],
          30,
        );
        clock.advance(29);
      }
      expect(started, 'nothing before a 30 ms pause').to.deep.equal([]);
      expect(requests.pending).to.equal(true);
      clock.advance(1);
      expect(started).to.deep.equal(['kha']);
      await settled[0];
      expect(requests.pending).to.equal(false);
    } finally {
      restore();
    }
  });

  it('flush starts the debounced request now', async () => {
    const started: string[] = [];
    const requests = controller(new Host());
    requests.run([async () => (started.push('now'), 'now')], 10_000);
    requests.flush();
    expect(started).to.deep.equal(['now']);
    requests.flush();
    expect(started).to.deep.equal(['now']);
  });

  it('reports failures of the latest request and ignores cancelled ones', async () => {
    const applied: Array<Outcome<string>> = [];
    const host = new Host();
    const requests = controller(host, (outcome) => applied.push(outcome));
    const failing = deferred<string>();
    requests.run([(signal) => failing.task(signal).then(() => Promise.reject(new Error('boom')))]);
    failing.resolve('');
    await failing.promise.then(() => undefined);
    await until(() => applied.length === 1, 'the failure applied');
    expect(applied).to.have.length(1);
    expect(applied[0]!.ok).to.equal(false);
    expect(requests.status).to.equal('error');

    const cancelled = deferred<string>();
    requests.run([cancelled.task as Task]);
    requests.hostDisconnected();
    expect(cancelled.signals[0]!.aborted).to.equal(true);
    cancelled.resolve('late');
    await cancelled.promise;
    expect(applied).to.have.length(1);
    expect(requests.pending).to.equal(false);
  });

  it('runs a request the removal cut short again when the host is back, with the same arguments', async () => {
    const host = new Host();
    const calls: string[] = [];
    const requests = new RequestController<[string], string>(host, { task: async ([code]) => (calls.push(code), code) });
    const held = deferred<string>();
    const cut = new RequestController<[string], string>(host, { task: ([code], signal) => (calls.push(`held ${code}`), held.task(signal)) });
    requests.run(['settled']);
    await until(() => requests.status === 'complete', 'the first request settled');
    cut.run(['1.001193']);
    requests.hostDisconnected();
    cut.hostDisconnected();
    requests.hostConnected();
    cut.hostConnected();
    expect(calls).to.deep.equal(['settled', 'held 1.001193', 'held 1.001193']);
    expect(cut.pending).to.equal(true);
    held.resolve('back');
    await until(() => cut.status === 'complete', 'the request run again settled');
    expect(cut.value).to.equal('back');
  });
});

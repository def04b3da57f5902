import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/api/client.js';

describe('newIdempotencyKey', () => {
  it('makes a distinct version-4 UUID per intent', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('falls back to getRandomValues outside a secure context (plain-HTTP intranet portals)', () => {
    const secure = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext')!;
    Object.defineProperty(globalThis, 'isSecureContext', { configurable: true, value: false });
    const randomUUID = crypto.randomUUID;
    let uuidCalls = 0;
    crypto.randomUUID = () => {
      uuidCalls++;
      return randomUUID.call(crypto);
    };
    try {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(uuidCalls).to.equal(0);
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID');
      Object.defineProperty(globalThis, 'isSecureContext', secure);
    }
  });
});

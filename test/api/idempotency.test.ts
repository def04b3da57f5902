import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/api/client.js';

describe('newIdempotencyKey', () => {
  it('makes a distinct version-4 UUID per intent', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

import { expect } from '@open-wc/testing';
import { ROUTES, routePath } from '../../src/api/routes.js';
import { mockBackEnd } from './support.js';

describe('mock back end: the route table', () => {
  const { ask } = mockBackEnd();

  it('answers every route of the table at its method and path, and nothing at another method', async () => {
    for (const route of ROUTES) {
      const params = { code: '000.20.01.H22-261122-0001', paymentId: 'pay_000001' };
      const path = route.path.includes('/procedures/') ? routePath(route, { code: '1.001193' }) : routePath(route, params);
      const answer = await ask(path, { method: route.method, json: route.method === 'POST' && route.request !== 'multipart' ? {} : undefined });
      // A handler answered: a body of the contract or a problem, never msw's "no handler".
      expect(answer.status, `${route.method} ${route.path}`).to.be.within(200, 499);
      const other = route.method === 'GET' ? 'POST' : 'GET';
      const wrong = await ask(path, { method: other }).catch((error: Error) => error);
      expect(wrong, `${other} ${route.path}`).to.be.instanceOf(Error);
    }
  });
});

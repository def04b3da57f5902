import type { Route } from '../route.js';

export const requestWithdrawalRoute = {
  operationId: 'requestWithdrawal',
  method: 'POST',
  path: '/dossiers/{code}/withdrawal',
  idempotency: 'key',
  success: 202,
  request: 'WithdrawalRequest',
  response: 'WithdrawalReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.1',
} as const satisfies Route;

/// <reference types="node" />
import { intOption, parse, UsageError, type Io } from './io.js';
import { ADMIN_PREFIX, ADMIN_ROUTES, startMockServer, type MockServer } from './mock-server.js';

export const MOCK_SERVER_USAGE = `motcua mock-server [options]

Serves the mock back end of motcua/mocks over HTTP.

  --port <n>             port (default 8787; 0 picks a free one)
  --host <address>       interface (default 127.0.0.1; 0.0.0.0 for a phone on the LAN)
  --base <path>          the API's path (default /api/v1)
  --origin <url>         allow this origin by CORS (repeatable; default: any origin)
  --seed <n>             seed of the generated catalogue (default 1)
  --latency <ms>         delay before every answer (default 0)
  --languages <list>     content languages, vi or vi,en (default vi)
  --lookup-limit <n>     failed lookups per minute before 429 (default 10)
  --advance-every <ms>   move every dossier one planned status per this many ms of the clock
  --payment-outcome <x>  what the payment platform does: paid, cancelled, processing (default paid)
  --quiet                no line per request

Admin routes (not part of the contract):
${Object.entries(ADMIN_ROUTES)
  .map(([route, what]) => `  ${route.padEnd(24)} ${what}`)
  .join('\n')}`;

/** Starts the server and keeps it running until the process is stopped. */
export async function mockServerCommand(argv: readonly string[], io: Io): Promise<{ server: MockServer }> {
  const { values, positionals } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    base: { type: 'string' },
    origin: { type: 'string', multiple: true },
    seed: { type: 'string' },
    latency: { type: 'string' },
    languages: { type: 'string' },
    'lookup-limit': { type: 'string' },
    'advance-every': { type: 'string' },
    'payment-outcome': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const languages = (values.languages ?? 'vi').split(',').map((language) => language.trim());
  if (!languages.every((language) => language === 'vi' || language === 'en') || !languages.includes('vi')) {
    throw new UsageError('--languages is vi or vi,en');
  }
  const outcome = values['payment-outcome'] ?? 'paid';
  if (outcome !== 'paid' && outcome !== 'cancelled' && outcome !== 'processing') {
    throw new UsageError('--payment-outcome is paid, cancelled or processing');
  }
  const advanceEvery = values['advance-every'] === undefined ? undefined : intOption(values['advance-every'], 'advance-every', 0, 1);
  const server = await startMockServer({
    port: intOption(values.port, 'port', 8787),
    host: values.host ?? '127.0.0.1',
    basePath: values.base ?? '/api/v1',
    origins: values.origin ?? [],
    seed: intOption(values.seed, 'seed', 1),
    latencyMs: intOption(values.latency, 'latency', 0),
    lookupLimit: intOption(values['lookup-limit'], 'lookup-limit', 10, 1),
    contentLanguages: languages as ('vi' | 'en')[],
    paymentOutcome: outcome,
    ...(advanceEvery === undefined ? {} : { advanceEveryMs: advanceEvery }),
    ...(values.quiet ? {} : { log: (line: string) => io.err(line) }),
  });
  const cors = values.origin?.length ? values.origin.join(', ') : 'any origin';
  io.out(
    [
      `motcua mock back end on ${server.url}`,
      `  CORS: ${cors}`,
      `  admin: ${server.origin}${ADMIN_PREFIX} (reset, clock, faults)`,
      `  demo dossiers (code, verifier, status):`,
      ...server.api.demo.map((dossier) => `    ${dossier.code}  ${dossier.verifier}  ${String(dossier.status).padStart(2)}  ${dossier.label}`),
      `  check it: npx motcua conform ${server.url} --write`,
    ].join('\n'),
  );
  return { server };
}

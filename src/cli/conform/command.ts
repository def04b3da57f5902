/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import type { DossierSubmission } from '../../api/schemas.js';
import { intOption, parse, UsageError, type ExitCode, type Io } from '../io.js';
import { firstMismatch } from './contract.js';
import { formatReport } from './report.js';
import { runConformance, type KnownDossier } from './run.js';

export const CONFORM_USAGE = `motcua conform <api-base> [options]

Calls every endpoint of the contract on <api-base> (for example https://dvc.example.gov.vn/api/v1)
and checks every answer. Exit code 0 only when every required check passes.

  --token <token>             send Authorization: Bearer <token>
  --header "<Name>: <value>"  send this header too (repeatable)
  --procedure <code>          the procedure to check forms and submissions with (default: the
                              first fully online procedure the search finds)
  --dossier <code>            a dossier the checker may look up (repeatable, each with --verifier)
  --verifier <4 digits>       its verifier, in the order of --dossier
  --write                     allow the checks that create records (uploads, a dossier, a
                              withdrawal, a rating, a checkout): only on a test server
  --submission <file>         a DossierSubmission to send instead of the filled-in sample
  --origin <url>              the portal's origin: check CORS for it
  --contract <1.0|1.1>        which contract to hold the server to (default 1.1; with 1.0 the
                              routes 1.1 added only warn)
  --skip <check-id>           leave this check out, or every check whose id starts with it
                              (repeatable; e.g. lookupDossier.rate-limit)
  --timeout <ms>              per request (default 10000)
  --json                      the report as JSON, for CI`;

export async function conformCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse(argv, {
    token: { type: 'string' },
    header: { type: 'string', multiple: true },
    procedure: { type: 'string' },
    dossier: { type: 'string', multiple: true },
    verifier: { type: 'string', multiple: true },
    write: { type: 'boolean' },
    submission: { type: 'string' },
    origin: { type: 'string' },
    contract: { type: 'string' },
    skip: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('give the API base URL, e.g. http://127.0.0.1:8787/api/v1');
  const base = positionals[0]!;
  let baseUrl: URL;
  try {
    baseUrl = new URL(base);
  } catch {
    throw new UsageError(`${base} is not a URL`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') throw new UsageError('the API base is an http or https URL');
  const codes = values.dossier ?? [];
  const verifiers = values.verifier ?? [];
  if (codes.length !== verifiers.length) throw new UsageError('give one --verifier for each --dossier');
  if (verifiers.some((verifier) => !/^\d{4}$/.test(verifier))) throw new UsageError('a verifier is 4 digits');
  const dossiers: KnownDossier[] = codes.map((code, index) => ({ code, verifier: verifiers[index]! }));
  const headers = (values.header ?? []).map((header): [string, string] => {
    const colon = header.indexOf(':');
    if (colon < 1) throw new UsageError(`--header "${header}" is not "Name: value"`);
    return [header.slice(0, colon).trim(), header.slice(colon + 1).trim()];
  });
  const contract = values.contract ?? '1.1';
  if (contract !== '1.0' && contract !== '1.1') throw new UsageError('--contract is 1.0 or 1.1');
  let origin: string | undefined;
  if (values.origin !== undefined) {
    try {
      origin = new URL(values.origin).origin;
    } catch {
      throw new UsageError(`--origin ${values.origin} is not a URL`);
    }
  }
  let submission: DossierSubmission | undefined;
  if (values.submission !== undefined) {
    const parsed: unknown = JSON.parse(await readFile(values.submission, 'utf8'));
    const mismatch = firstMismatch('DossierSubmission', parsed);
    if (mismatch) throw new UsageError(`${values.submission} is not a DossierSubmission: at ${mismatch.path}, ${mismatch.rule}`);
    submission = parsed as DossierSubmission;
  }
  const report = await runConformance({
    base,
    token: values.token,
    headers,
    procedure: values.procedure,
    dossiers,
    write: values.write === true,
    origin,
    contract,
    submission,
    skip: values.skip ?? [],
    timeoutMs: intOption(values.timeout, 'timeout', 10_000, 1),
  });
  io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { colour: io.tty }));
  return report.ok ? 0 : 1;
}

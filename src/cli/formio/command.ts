/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { PREFILL_KEYS, type PrefillKey } from '../../api/schemas.js';
import { parse, UsageError, type ExitCode, type Io } from '../io.js';
import { formatFindings, readJson } from '../lint/command.js';
import { lintForm } from '../lint/lint.js';
import { convertFormio, type ImportNote } from './convert.js';

export const IMPORT_FORMIO_USAGE = `motcua import-formio <form.json> [options]

Converts a Form.io form (a wizard's pages, its fields, conditions, rules, tables) into a
FormDefinition, lints it, and reports what it could not convert. The definition goes to
standard output (or --out), the report to standard error.

  --procedure <code>        the national procedure code (MaTTHC) of the form
  --form-version <version>  the definition's version (default: the day Form.io last changed it)
  --prefill <key>=<prefill> the question <key> takes the applicant's <prefill> (repeatable;
                            fullName, nationalId, phone, email, dateOfBirth, address, …)
  --out <file>              write the definition there instead of standard output
  --strict                  exit 1 when anything was not converted
  --json                    one JSON object: { definition, notes, findings }

Exit code 1 when the definition has a lint error (or, with --strict, when something was not converted).`;

const LABELS: Readonly<Record<ImportNote['level'], string>> = {
  'not-converted': 'NOT CONVERTED',
  approximated: 'approximated',
  ignored: 'ignored',
  info: 'info',
};

export function formatNotes(notes: readonly ImportNote[]): string {
  const order: ImportNote['level'][] = ['not-converted', 'approximated', 'ignored', 'info'];
  const lines: string[] = [];
  for (const level of order) {
    for (const note of notes.filter((candidate) => candidate.level === level)) lines.push(`${LABELS[level].padEnd(13)} ${note.path} (${note.type}): ${note.message}`);
  }
  const count = (level: ImportNote['level']) => notes.filter((note) => note.level === level).length;
  lines.push(`import: ${count('not-converted')} not converted, ${count('approximated')} approximated, ${count('ignored')} ignored`);
  return lines.join('\n');
}

export async function importFormioCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse(argv, {
    procedure: { type: 'string' },
    'form-version': { type: 'string' },
    prefill: { type: 'string', multiple: true },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('give one Form.io form file');
  const file = positionals[0]!;
  const input = await readJson(file);
  if (!input || typeof input !== 'object' || (!Array.isArray(input) && !Array.isArray((input as { components?: unknown }).components))) {
    throw new UsageError(`${file} is not a Form.io form (no components)`);
  }
  const prefill: Record<string, PrefillKey> = Object.create(null) as Record<string, PrefillKey>;
  for (const entry of values.prefill ?? []) {
    const [key, target] = entry.split('=');
    if (!key || !target || !(PREFILL_KEYS as readonly string[]).includes(target)) {
      throw new UsageError(`--prefill ${entry} is not <key>=<one of ${PREFILL_KEYS.join(', ')}>`);
    }
    prefill[key] = target as PrefillKey;
  }
  const { definition, notes } = convertFormio(input, { procedureCode: values.procedure, version: values['form-version'], prefill });
  const findings = lintForm(definition);
  const text = JSON.stringify(definition, null, 2);
  if (values.json) io.out(JSON.stringify({ definition, notes, findings }, null, 2));
  else {
    if (values.out) await writeFile(values.out, `${text}\n`);
    else io.out(text);
    const report = [formatNotes(notes), formatFindings(findings, 'lint')].join('\n');
    if (values.out) io.out(`wrote ${values.out}\n${report}`);
    else io.err(report);
  }
  const failed = findings.some((finding) => finding.severity === 'error') || (values.strict === true && notes.some((note) => note.level === 'not-converted'));
  return failed ? 1 : 0;
}

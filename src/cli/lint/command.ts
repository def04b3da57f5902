/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parse, UsageError, type ExitCode, type Io } from '../io.js';
import { LINT_RULES, lintForm, type Finding } from './lint.js';

export const LINT_FORM_USAGE = `motcua lint-form <definition.json> [options]

Checks a FormDefinition beyond its shape. Exit code 1 when there is an error.

  --translation <lang>=<file>   the same form in another language (repeatable), e.g.
                                --translation en=form.en.json: same structure, every text there
  --json                        the findings as JSON

Rules:
${Object.entries(LINT_RULES)
  .map(([rule, what]) => `  ${rule.padEnd(24)} ${what}`)
  .join('\n')}`;

export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

export function formatFindings(findings: readonly Finding[], subject: string): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = findings.map((finding) => `${finding.severity === 'error' ? '✗' : '!'} ${finding.rule.padEnd(24)} ${finding.path}\n  ${finding.message}`);
  lines.push(`${subject}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n');
}

export async function lintFormCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse(argv, {
    translation: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('give one definition file');
  const file = positionals[0]!;
  const translations: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const entry of values.translation ?? []) {
    const match = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)=(.+)$/.exec(entry);
    if (!match) throw new UsageError(`--translation ${entry} is not <lang>=<file>`);
    translations[match[1]!] = await readJson(match[2]!);
  }
  const findings = lintForm(await readJson(file), { translations });
  io.out(values.json ? JSON.stringify({ file, findings }, null, 2) : formatFindings(findings, file));
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

/// <reference types="node" />
/**
 * What every command of the CLI shares: where it writes, and how it reads its options.
 * Commands take an `Io` instead of touching `process`, so the tests run them in process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is a terminal (colours, symbols); false in CI logs and pipes. */
  readonly tty: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  tty: Boolean(process.stdout.isTTY),
};

/** A command's exit code: 0 success, 1 the check failed, 2 a usage or input error. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

/** `node:util`'s parseArgs, strict, with its errors turned into usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T): ParsedArgs<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

type ParsedArgs<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** An integer option, or the fallback; a usage error when it is not one. */
export function intOption(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
  return number;
}

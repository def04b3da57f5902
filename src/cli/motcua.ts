/// <reference types="node" />
/**
 * `motcua`: the adoption kit for back-end teams (issue 17), as one command with four
 * subcommands. Built by scripts/build-cli.mjs into dist/cli/motcua.js (package.json `bin`);
 * docs/conformance.md shows each with its output.
 */
import { CONFORM_USAGE, conformCommand } from './conform/command.js';
import { IMPORT_FORMIO_USAGE, importFormioCommand } from './formio/command.js';
import { processIo, UsageError, type ExitCode, type Io } from './io.js';
import { LINT_FORM_USAGE, lintFormCommand } from './lint/command.js';
import { MOCK_SERVER_USAGE, mockServerCommand } from './mock-server-command.js';

declare const MOTCUA_VERSION: string | undefined;

const USAGE = `motcua <command> [options]

Commands:
  conform <api-base>       check a back end against the API contract
  mock-server              serve the mock back end over HTTP
  import-formio <form>     convert a Form.io form into a FormDefinition
  lint-form <definition>   check a FormDefinition beyond its shape

motcua <command> --help shows a command's options. docs/conformance.md has examples.`;

const USAGES: Readonly<Record<string, string>> = {
  conform: CONFORM_USAGE,
  'mock-server': MOCK_SERVER_USAGE,
  'import-formio': IMPORT_FORMIO_USAGE,
  'lint-form': LINT_FORM_USAGE,
};

/** Runs one command line; resolves to the exit code. `mock-server` keeps running and resolves to null. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<ExitCode | null> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.out(typeof MOTCUA_VERSION === 'string' ? MOTCUA_VERSION : 'dev');
    return 0;
  }
  const usage = USAGES[command];
  if (usage === undefined) {
    io.err(`motcua: unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usage);
    return 0;
  }
  try {
    switch (command) {
      case 'conform':
        return await conformCommand(rest, io);
      case 'import-formio':
        return await importFormioCommand(rest, io);
      case 'lint-form':
        return await lintFormCommand(rest, io);
      default: {
        const { server } = await mockServerCommand(rest, io);
        const stop = () => void server.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return null;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`motcua ${command}: ${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

// Run when this file is the program (the built dist/cli/motcua.js), not when a test imports it.
const entry = process.argv[1];
if (entry && /motcua(\.[cm]?[jt]s)?$/.test(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (error: unknown) => {
      processIo.err(`motcua: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 2;
    },
  );
}

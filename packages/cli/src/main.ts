/**
 * The `omf` command line: `main(argv, io)` parses the command and runs it, returning the exit
 * code, so tests can call it without a process.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { formatIssue, OmfDataError, OmfLookupError } from '@omf/sdk';
import { convert, convertHelp } from './commands/convert.js';
import { report, reportHelp } from './commands/report.js';
import { validate, validateHelp } from './commands/validate.js';
import { EXIT, UsageError, WriteError, type CliIo } from './io.js';

export type { CliIo, OutputStream } from './io.js';
export { EXIT } from './io.js';

const help = `omf: validate, convert and report on Scottish outcome data.

Usage:
  omf validate FILE...                     check data files; one line per problem
  omf convert FILE --to omf-json|csv       convert between formats
  omf report FILE... --area CODE           a council's outcomes report (HTML, Markdown or CSV)
  omf report FILE... --all --out DIR       one report per council, and an index page

Run "omf COMMAND --help" (or "omf help COMMAND") for a command's options.

Options:
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 on success; 1 when the data has problems or output cannot be written;
2 for a usage error (an unknown command or option, a missing file, an unknown area or plan).
`;

const commands: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; help: string }> = {
  validate: { run: validate, help: validateHelp },
  convert: { run: convert, help: convertHelp },
  report: { run: report, help: reportHelp },
};

/** The @omf/cli version, from its package.json (beside both src/ and dist/). */
function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

/**
 * Runs `omf` with the arguments after the program name and returns the exit code: 0 on success,
 * 1 for problems in the data or output that could not be written, 2 for usage errors. Never throws
 * for a user's mistake; errors are written to `io.stderr` as `omf COMMAND: message`.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    // `omf help report` is `omf report --help`.
    const topic = name === 'help' && args[0] !== undefined ? commands[args[0]] : undefined;
    // No command at all is a usage error: the help goes to standard error.
    (name === undefined ? io.stderr : io.stdout).write(topic?.help ?? help);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`omf: unknown command "${name}"\nRun "omf --help" for the commands.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}

/** Writes an error the user can act on and returns its exit code; anything else is a bug and is rethrown. */
function reportError(error: unknown, command: string, io: CliIo): number {
  if (error instanceof OmfDataError) {
    for (const issue of error.issues) io.stderr.write(`${formatIssue(issue)}\n`);
    io.stderr.write(`omf ${command}: the data has ${error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`}; nothing was written\n`);
    return EXIT.problems;
  }
  if (error instanceof WriteError) {
    io.stderr.write(`omf ${command}: ${error.message}\n`);
    return EXIT.problems;
  }
  if (error instanceof UsageError || error instanceof OmfLookupError || isParseArgsError(error)) {
    io.stderr.write(`omf ${command}: ${(error as Error).message}\nRun "omf ${command} --help" for usage.\n`);
    return EXIT.usage;
  }
  throw error;
}

/** `node:util` parseArgs' errors for an unknown option, a missing value or an unexpected argument. */
function isParseArgsError(error: unknown): boolean {
  const code = error instanceof TypeError ? (error as NodeJS.ErrnoException).code : undefined;
  return code?.startsWith('ERR_PARSE_ARGS_') ?? false;
}

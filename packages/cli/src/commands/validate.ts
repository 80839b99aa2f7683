/**
 * `omf validate FILE...`: reads each file with the SDK and lists every problem, one a line.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { formatIssue, OmfDataError, readDatasets, type DataIssue, type Indicator } from '@omf/sdk';
import { count, EXIT, readTextFile, UsageError, type CliIo } from '../io.js';
import { readIndicatorMetadata } from '../read-input.js';

export const validateHelp = `Usage: omf validate FILE... [--indicators FILE]

Checks data files in any format the SDK reads: OMF JSON, tidy CSV, cube CSV, JSON-stat 2.0 and
SPARQL 1.1 JSON results (the format is recognised from the name and the content).

Prints one line per problem on standard output, in file order:
  FILE:LINE[:COLUMN]: field: message      (CSV, and JSON syntax errors)
  FILE#/json/pointer: field: message      (JSON, where there is no line)
then a summary line on standard error: files, observations and problems.

Options:
  --indicators FILE  indicator metadata (CSV, or JSON) for files that carry none, such as tidy CSV
  -h, --help         show this help

Exit status: 0 when every file is valid; 1 when any has problems; 2 for a usage error
(an unknown option, no FILE, a file that cannot be read).
`;

/** Runs `omf validate`. */
export async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { indicators: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(validateHelp);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one FILE to validate');

  let indicators: Indicator[] | undefined;
  let problems = 0;
  let observations = 0;
  let skipped = 0;
  let unreadable = 0;
  const report = (issues: readonly DataIssue[]) => {
    for (const issue of issues) io.stdout.write(formatIssue(issue) + '\n');
    problems += issues.length;
  };
  try {
    indicators = values.indicators === undefined ? undefined : await readIndicatorMetadata(values.indicators);
  } catch (error) {
    if (!(error instanceof OmfDataError)) throw error;
    report(error.issues);
  }

  for (const file of positionals) {
    let text: string;
    try {
      text = await readTextFile(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`omf validate: ${error.message}\n`);
      unreadable += 1;
      continue;
    }
    try {
      for (const dataset of readDatasets(text, { file, ...(indicators && { indicators }) })) {
        observations += dataset.report.observations;
        skipped += dataset.report.skipped.length;
      }
    } catch (error) {
      if (!(error instanceof OmfDataError)) throw error;
      report(error.issues);
    }
  }

  const read = positionals.length - unreadable;
  const parts = [count(read, 'file'), count(observations, 'observation'), count(problems, 'problem')];
  if (skipped > 0) parts.push(`${count(skipped, 'row')} skipped on purpose`);
  if (unreadable > 0) parts.push(`${count(unreadable, 'file')} could not be read`);
  io.stderr.write(`${parts.join(', ')}\n`);
  return unreadable > 0 ? EXIT.usage : problems > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * `omf convert FILE --to omf-json|csv`: reads any format, writes canonical JSON or tidy CSV.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { toIndicatorsCsv, toTidyCsv, type Dataset } from '@omf/sdk';
import { EXIT, UsageError, writeFileAtomic, type CliIo } from '../io.js';
import { readDataFile, readIndicatorMetadata } from '../read-input.js';

export const convertHelp = `Usage: omf convert FILE --to omf-json|csv [--out FILE] [--indicators FILE] [--indicators-out FILE]

Reads FILE in any format the SDK reads and writes it as canonical OMF JSON or tidy CSV
(indicator,area,period,value and the optional columns). Output goes to standard output unless
--out names a file, which is written whole or not at all.

Tidy CSV holds observations only: write the indicator metadata beside it with --indicators-out,
and give it back with --indicators when converting the CSV to JSON. Plans and action plans have
no CSV form.

Options:
  --to FORMAT            omf-json or csv (required)
  --out FILE             write here instead of standard output
  --indicators FILE      indicator metadata (CSV or JSON) for input that carries none
  --indicators-out FILE  with --to csv: also write the indicator metadata as CSV
  -h, --help             show this help

Exit status: 0 on success; 1 when the data has problems (listed on standard error) or the
output cannot be written; 2 for a usage error.
`;

const FORMATS = ['omf-json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** Runs `omf convert`. */
export async function convert(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string' },
      indicators: { type: 'string' },
      'indicators-out': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(convertHelp);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('name the FILE to convert');
  if (extra.length > 0) throw new UsageError(`convert takes one FILE, not ${positionals.length}`);
  const format = values.to;
  if (format === undefined) throw new UsageError('say which format to write with --to omf-json or --to csv');
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}": use --to omf-json or --to csv`);
  if (values['indicators-out'] !== undefined && format !== 'csv') throw new UsageError('--indicators-out goes with --to csv');

  const indicators = values.indicators === undefined ? undefined : await readIndicatorMetadata(values.indicators);
  const dataset = await readDataFile(file, indicators);
  const text = format === 'csv' ? toTidyCsv(dataset) : JSON.stringify(dataset.toDocument(), null, 2) + '\n';
  if (format === 'csv') noteWhatCsvLeavesOut(dataset, values['indicators-out'] !== undefined, io);

  if (values['indicators-out'] !== undefined) await writeFileAtomic(values['indicators-out'], toIndicatorsCsv(dataset.indicators));
  if (values.out === undefined) io.stdout.write(text);
  else await writeFileAtomic(values.out, text);
  return EXIT.ok;
}

function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

/** Says on standard error what tidy CSV cannot carry, so nothing is lost silently. */
function noteWhatCsvLeavesOut(dataset: Dataset, metadataWritten: boolean, io: CliIo): void {
  if (!metadataWritten) io.stderr.write('omf convert: note: tidy CSV has no indicator metadata; use --indicators-out FILE to keep it\n');
  if (dataset.plans.length > 0 || dataset.actionPlans.length > 0) {
    io.stderr.write('omf convert: note: plans and action plans are not written to CSV; convert --to omf-json to keep them\n');
  }
}

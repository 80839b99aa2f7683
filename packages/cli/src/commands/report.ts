/**
 * `omf report FILE... --area CODE | --all`: a council's outcomes report as HTML, Markdown or CSV,
 * built by the SDK; HTML charts are drawn by the elements' chart builders on a server-side DOM.
 *
 * @module
 */
import { mkdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildReport,
  councils,
  localIsoDate,
  renderHtml,
  renderMarkdown,
  renderReportIndex,
  toCsv,
  type ChartSpec,
  type Dataset,
  type Locale,
  type Report,
  type ReportOptions,
} from '@omf/sdk';
import { loadChartRenderer } from '../charts.js';
import { count, EXIT, UsageError, WriteError, writeFileAtomic, type CliIo } from '../io.js';
import { progressOn } from '../progress.js';
import { readDataFiles, readIndicatorMetadata } from '../read-input.js';

export const reportHelp = `Usage: omf report FILE... (--area CODE | --all) [options]

Writes an outcomes report for a council from the data in FILE (several files are merged, e.g. a
plan document and the indicator data its measures point at):
  - headline indicators with a summary sentence each (latest value, change, trend, Scotland, rank),
  - per indicator a trend chart and an all-council comparison, each with its data table,
  - LOIP progress (--plan, or the area's own plan in the data) and action-plan status (--action-plan),
  - the data source and licence.
HTML is one self-contained page with no JavaScript (charts as inline SVG, a print stylesheet);
Markdown has the same content with tables; CSV has the figures behind the report.

Indicators: those named with --indicator, else the early years set (CHN17, CHN18, CHN3, CHN24)
the data has, else every indicator in the data.

Options:
  --area CODE          the council: a GSS code (S12000033) or a name ("Aberdeen City")
  --all                one report per council (all 32) and an index page, into --out DIR
  --plan ID            the outcome plan (LOIP) to report progress on
  --action-plan ID     the action plan (CSPP) to report on
  --indicator ID       an indicator to include (repeat for several)
  --indicators FILE    indicator metadata (CSV or JSON) for data that carries none
  --as-of DATE         judge plans as of this day, YYYY-MM-DD (default: today)
  --format FORMAT      html, md or csv (default: from the --out extension, else html)
  --lang LANG          en or gd (Gàidhlig) (default: en)
  --out PATH           a file, or a directory (required with --all); default: standard output
  -h, --help           show this help

Every file is written whole or not at all.

Exit status: 0 on success; 1 when the data has problems (listed on standard error) or the output
cannot be written; 2 for a usage error (an unknown option, a missing file, an unknown area,
indicator or plan, a bad date).
`;

const FORMATS = ['html', 'md', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const LOCALES: readonly Locale[] = ['en', 'gd'];

/** Runs `omf report`. */
export async function report(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      area: { type: 'string' },
      all: { type: 'boolean' },
      plan: { type: 'string' },
      'action-plan': { type: 'string' },
      indicator: { type: 'string', multiple: true },
      indicators: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(reportHelp);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name the data FILE to report on');
  if ((values.area === undefined) === !values.all) throw new UsageError('give either --area CODE or --all');
  if (values.all && values.out === undefined) throw new UsageError('--all writes one file per council: give --out DIR');
  if (values.all && (values.plan !== undefined || values['action-plan'] !== undefined)) {
    throw new UsageError('--plan and --action-plan name one partnership\'s plan: use them with --area');
  }
  const format = formatOf(values.format, values.out);
  const locale = localeOf(values.lang);
  const asOf = values['as-of'] ?? localIsoDate(io.now?.() ?? new Date());
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);

  const indicators = values.indicators === undefined ? undefined : await readIndicatorMetadata(values.indicators);
  const dataset = await readDataFiles(positionals, indicators);
  const options: Omit<ReportOptions, 'area'> = {
    asOf,
    locale,
    ...(values.indicator && { indicators: values.indicator }),
    ...(values.plan !== undefined && { plan: values.plan }),
    ...(values['action-plan'] !== undefined && { actionPlan: values['action-plan'] }),
  };
  const render = await renderer(format, io);

  if (values.area !== undefined) {
    const text = render(buildReport(dataset, { ...options, area: values.area }));
    if (values.out === undefined) io.stdout.write(text);
    else await writeFileAtomic((await isDirectory(values.out)) ? join(values.out, fileName(dataset, values.area, format)) : values.out, text);
    return EXIT.ok;
  }
  return reportAll(dataset, options, { format, locale, out: values.out ?? '', render }, io);
}

/** Writes every council's report into the directory, then the index, with progress on standard error. */
async function reportAll(
  dataset: Dataset,
  options: Omit<ReportOptions, 'area'>,
  run: { format: Format; locale: Locale; out: string; render: (report: Report) => string },
  io: CliIo,
): Promise<number> {
  const started = performance.now();
  try {
    await mkdir(run.out, { recursive: true });
  } catch (error) {
    throw new WriteError(`cannot create the directory "${run.out}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const progress = progressOn(io.stderr);
  const entries = [];
  for (const [index, council] of councils.entries()) {
    const built = buildReport(dataset, { ...options, area: council.code });
    const name = fileName(dataset, council.code, run.format);
    await writeFileAtomic(join(run.out, name), run.render(built));
    entries.push({ area: council.code, name: built.area.name, href: name });
    progress.step(index + 1, councils.length, `${built.area.name} → ${join(run.out, name)}`);
  }
  progress.finish();
  const index = `index.${run.format}`;
  await writeFileAtomic(join(run.out, index), renderReportIndex(entries, { format: run.format, asOf: options.asOf, locale: run.locale }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr.write(`${count(entries.length, 'report')} and ${index} written to ${run.out} in ${seconds} s\n`);
  return EXIT.ok;
}

/** The report writer for the format; HTML gets charts when the chart builders load. */
async function renderer(format: Format, io: CliIo): Promise<(report: Report) => string> {
  if (format === 'md') return renderMarkdown;
  if (format === 'csv') return toCsv;
  const charts: ((spec: ChartSpec) => string) | undefined = await loadChartRenderer(io);
  return (built) => renderHtml(built, charts ? { charts } : {});
}

/** `aberdeen-city.html`: the area's English name as a file name (ASCII letters, digits and hyphens). */
function fileName(dataset: Dataset, area: string, format: Format): string {
  const code = dataset.geography.resolve(area) ?? area;
  const slug = dataset.geography
    .name(code)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || code}.${format}`;
}

function formatOf(given: string | undefined, out: string | undefined): Format {
  const format = given ?? (extname(out ?? '').slice(1).toLowerCase().replace(/^htm$/, 'html').replace(/^markdown$/, 'md') || 'html');
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  if (given === undefined) return 'html';
  throw new UsageError(`unknown format "${given}": use --format html, md or csv`);
}

function localeOf(given: string | undefined): Locale {
  const locale = given ?? 'en';
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  throw new UsageError(`unknown language "${locale}": use --lang en or --lang gd`);
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The index page of a set of reports (one per council), in the reports' own format.
 *
 * @module
 */
import { formatPeriod } from '../format/format.js';
import type { Locale } from '../geography/geography.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { htmlPage } from './render-html.js';
import { toCsvRows } from './report-csv.js';
import { reportText } from './report-messages.js';

/** One report in an index. */
export interface ReportIndexEntry {
  /** Area code. */
  area: string;
  /** Area name, as the report shows it. */
  name: string;
  /** The report's file, relative to the index. */
  href: string;
}

/** Options for {@link renderReportIndex}. */
export interface ReportIndexOptions {
  /** Output: an HTML page, a Markdown list, or CSV rows `area,area_name,file`. */
  format: 'html' | 'md' | 'csv';
  /** ISO date the reports are as of. */
  asOf: string;
  /** Language of the title and introduction. Default `en`. */
  locale?: Locale;
}

/**
 * An index of reports: an HTML page or Markdown list linking to each report, or CSV with the
 * columns `area,area_name,file`. Names and file names are escaped like every other data string.
 */
export function renderReportIndex(entries: readonly ReportIndexEntry[], options: ReportIndexOptions): string {
  const locale = options.locale ?? 'en';
  const title = reportText('index-title', locale);
  const intro = reportText('index-intro', locale, { date: formatPeriod(options.asOf, locale) });
  switch (options.format) {
    case 'csv':
      return toCsvRows([['area', 'area_name', 'file'], ...entries.map((entry) => [entry.area, entry.name, entry.href])]);
    case 'md':
      return [`# ${escapeMarkdown(title)}`, escapeMarkdown(intro), entries.map((entry) => `- [${escapeMarkdown(entry.name)}](${relativeUrl(entry.href)})`).join('\n')].join('\n\n') + '\n';
    default: {
      const items = entries.map((entry) => `<li><a href="${escapeHtml(relativeUrl(entry.href))}">${escapeHtml(entry.name)}</a></li>`).join('\n');
      return htmlPage({ title, locale, banner: '', main: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(intro)}</p>\n<ul class="index">\n${items}\n</ul>`, footer: reportText('made-with', locale) });
    }
  }
}

/** A file path as a relative URL: every segment percent-encoded, so no `:` can make it a scheme and no space or bracket can end a link. */
function relativeUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

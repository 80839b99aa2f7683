/**
 * A report as one self-contained HTML page with no JavaScript: built as strings, every data string
 * passed through {@link escapeHtml}; charts come as SVG from the caller, so the SDK needs no DOM.
 *
 * @module
 */
import { chartText } from '../format/chart-messages.js';
import { planText } from '../format/plan-messages.js';
import { t } from '../format/messages.js';
import type { Locale } from '../geography/geography.js';
import type { ActionStatus } from '../model/types.js';
import type { ActionTable } from '../measure/action-table.js';
import type { ComparisonDescription } from '../measure/describe-comparison.js';
import type { TrendDescription } from '../measure/describe-trend.js';
import type { PlanProgress } from '../measure/plan-progress.js';
import { escapeHtml } from './escape.js';
import {
  comparisonRows,
  licenceName,
  measureRows,
  outcomeHeading,
  planPeriodLine,
  reportSections,
  sectionId,
  sectionTitle,
  sourceParts,
  statusCountRows,
  themeCountRows,
  timedActionRows,
  trendRows,
} from './report-layout.js';
import type { ChartSpec, IndicatorReport, Report } from './report-model.js';
import { reportText } from './report-messages.js';
import type { ReportMessageKey } from './report-messages.js';

/** Options for {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * Draws a chart: returns the markup of one `<svg>` element (with its own accessible name), or
   * an empty string for none. Its output is inserted as it is, so it must come from trusted chart
   * code that writes data as text (such as Observable Plot with a DOM). Without it the report has
   * the data tables only.
   */
  charts?: (spec: ChartSpec) => string;
}

/** Markup already escaped or built from escaped parts; only this module makes it. */
type Html = string;

/** Text content: escaped. */
const text = escapeHtml;

/** An element with escaped attribute values around already-built content. */
function element(name: string, attributes: Record<string, string | undefined>, content: Html = ''): Html {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<${name}${attributeText}>${content}</${name}>`;
}

/**
 * A table: a caption, column headers, and rows whose first cell heads the row. The caption names
 * the table for screen readers; `hideCaption` keeps it off screen where a heading just above says the same.
 */
function table(caption: string, header: readonly string[], rows: ReadonlyArray<{ cells: readonly Html[]; className?: string }>, hideCaption = false): Html {
  const head = `<thead><tr>${header.map((cell) => `<th scope="col">${text(cell)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map(({ cells: [first = '', ...rest], className }) => element('tr', { class: className }, `<th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}`))
    .join('');
  return `<table><caption${hideCaption ? ' class="visually-hidden"' : ''}>${text(caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

/** A status word in a tag whose colour comes from a fixed set of classes, never from data; the word carries the meaning. */
function badge(word: string, tone: 'good' | 'warn' | 'bad' | 'done' | 'neutral'): Html {
  return element('span', { class: `tag tag-${tone}` }, text(word));
}

const TREND_TONE = { improving: 'good', worsening: 'bad', 'no-clear-change': 'neutral', 'not-enough-data': 'neutral', increasing: 'neutral', decreasing: 'neutral' } as const;
const PROGRESS_TONE = { achieved: 'done', 'on-track': 'good', 'at-risk': 'warn', 'off-track': 'bad', 'not-enough-data': 'neutral' } as const;
const ACTION_TONE = { complete: 'done', 'on-track': 'good', 'at-risk': 'warn', 'off-track': 'bad', 'not-started': 'neutral', cancelled: 'neutral' } as const;

/**
 * Renders a report as one self-contained HTML page that needs no JavaScript: headline cards, a
 * section per indicator with its trend and all-council charts (from `options.charts`) each followed
 * by its data table, LOIP progress, action-plan status, and the sources and licences. It carries a
 * print stylesheet (A4, a page per section). Every string from data is escaped with
 * {@link escapeHtml}; only `https:` URLs become links.
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const { locale } = report;
  const say = (key: ReportMessageKey, vars?: Record<string, string | number>) => reportText(key, locale, vars);
  const sections = reportSections(report);
  const contents = sections.map((section) => `<li><a href="#${text(sectionId(section))}">${text(sectionTitle(section, locale))}</a></li>`);
  const body = [
    `<h1>${text(report.title)}</h1>`,
    `<p class="as-of">${text(say('as-of', { date: report.asOfText }))}${report.datasetTitle ? ` ${text(report.datasetTitle)}.` : ''}</p>`,
    report.illustrative.length > 0
      ? `<div class="illustrative" role="note"><p><strong>${text(say('illustrative-note'))}</strong></p><ul>${report.illustrative.map((part) => `<li>${text(part)}</li>`).join('')}</ul></div>`
      : '',
    `<nav aria-labelledby="contents-heading"><h2 id="contents-heading">${text(say('contents'))}</h2><ol>${contents.join('')}</ol></nav>`,
    ...sections.map((section) => {
      switch (section.kind) {
        case 'headline':
          return headlineSection(report);
        case 'indicator':
          return indicatorSection(section.entry, report, options);
        case 'plan':
          return planSection(section.plan, report);
        case 'action-plan':
          return actionPlanSection(section.actionPlan, report);
        default:
          return sourcesSection(report);
      }
    }),
  ];
  return htmlPage({ title: report.title, locale, banner: report.datasetTitle ?? '', main: body.join('\n'), footer: say('made-with') });
}

/** A whole page around already-built main content: the shared head, stylesheet and landmarks. */
export function htmlPage(page: { title: string; locale: Locale; banner: string; main: Html; footer: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${page.locale === 'gd' ? 'gd' : 'en-GB'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(page.title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    `<header class="masthead"><p>OMF Kit${page.banner ? ` · ${text(page.banner)}` : ''}</p></header>`,
    `<main id="main">\n${page.main}\n</main>`,
    `<footer><p>${text(page.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionElement(id: string, title: Html, content: Html, className?: string): Html {
  return element('section', { id, class: className, 'aria-labelledby': `${id}-heading` }, `<h2 id="${text(id)}-heading">${title}</h2>\n${content}`);
}

function illustrativeTag(illustrative: boolean | undefined, locale: Locale): Html {
  return illustrative ? ` ${badge(reportText('illustrative-marker', locale), 'warn')}` : '';
}

function headlineSection(report: Report): Html {
  const { locale } = report;
  const say = (key: ReportMessageKey) => reportText(key, locale);
  const cards = report.indicators.map(({ id, title, headline, summary, illustrative }) => {
    const facts: Array<[string, Html]> = [];
    if (headline.change) facts.push([say('change'), text(headline.change)]);
    facts.push([say('trend'), badge(headline.trend, TREND_TONE[summary.trend.direction])]);
    if (headline.comparison) facts.push([say('comparison'), text(headline.comparison)]);
    if (headline.rank) facts.push([say('rank'), text(headline.rank)]);
    return [
      '<li class="card">',
      `<h3><a href="#${text(id)}">${text(title)}</a>${illustrativeTag(illustrative, locale)}</h3>`,
      `<p class="card-value">${text(headline.latest)}${headline.period ? ` <span class="card-period">${text(headline.period)}</span>` : ''}</p>`,
      `<dl>${facts.map(([term, value]) => `<dt>${text(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
      `<p class="sentence">${text(summary.sentence)}</p>`,
      '</li>',
    ].join('');
  });
  return sectionElement('headline', text(say('headline-indicators')), `<ul class="cards">${cards.join('\n')}</ul>`);
}

function indicatorSection(entry: IndicatorReport, report: Report, options: RenderHtmlOptions): Html {
  const { locale } = report;
  const trend = entry.trendChart.description;
  const content = [
    `<p class="sentence">${text(entry.summary.sentence)}</p>`,
    entry.indicator.description ? `<p class="description">${text(entry.indicator.description)}</p>` : '',
    chartBlock(entry.trendChart, [trend.gaps], trendTable(trend, locale), options),
    entry.compareChart ? chartBlock(entry.compareChart, [entry.compareChart.description.sentence], compareTable(entry.compareChart.description, locale), options) : '',
  ];
  return sectionElement(entry.id, text(entry.title) + illustrativeTag(entry.illustrative, locale), content.join('\n'), 'indicator');
}

/** A chart's heading (its accessible name), its text summary, the SVG when drawn, and its data table. */
function chartBlock(spec: ChartSpec, notes: ReadonlyArray<string | undefined>, dataTable: Html, options: RenderHtmlOptions): Html {
  const svg = options.charts?.(spec) ?? '';
  const { chartLabel } = spec.description;
  const interval = svg && spec.kind === 'trend' && spec.description.hasInterval ? chartText('interval-note', spec.locale) : undefined;
  const summary = [...notes, interval].filter((note): note is string => Boolean(note)).join(' ');
  const figure = svg ? `<figure class="chart" aria-labelledby="${text(spec.id)}-title"><div class="chart-frame">${svg}</div></figure>` : '';
  return element(
    'div',
    { class: 'chart-block', id: spec.id },
    `<h3 id="${text(spec.id)}-title">${text(chartLabel)}</h3>${summary ? `<p>${text(summary)}</p>` : ''}${figure}${dataTable}`,
  );
}

function trendTable(trend: TrendDescription, locale: Locale): Html {
  const { header, rows } = trendRows(trend, locale);
  return table(reportText('chart-data', locale, { title: trend.chartLabel }), header, rows.map((cells) => ({ cells: cells.map(text) })));
}

function compareTable(comparison: ComparisonDescription, locale: Locale): Html {
  const { header, rows } = comparisonRows(comparison, locale);
  return table(
    reportText('chart-data', locale, { title: comparison.chartLabel }),
    header,
    rows.map(({ cells, highlighted, reference }) => ({
      cells: cells.map((cell) => (highlighted ? `<strong>${text(cell)}</strong>` : text(cell))),
      ...(highlighted ? { className: 'highlight' } : reference ? { className: 'reference' } : {}),
    })),
  );
}

function planSection(progress: PlanProgress, report: Report): Html {
  const { locale } = report;
  const { plan } = progress;
  const parts = [
    `<p class="plan-title"><strong>${text(plan.title)}</strong>${illustrativeTag(progress.illustrative, locale)}</p>`,
    `<p>${text(planPeriodLine(progress, locale))}</p>`,
    `<p class="sentence">${text(progress.summary)}</p>`,
  ];
  for (const theme of progress.themes) {
    parts.push(`<h3>${text(theme.theme)}</h3>`);
    for (const { outcome, measures } of theme.outcomes) {
      const heading = outcomeHeading(outcome, locale);
      parts.push(`<h4>${text(heading)}</h4>`);
      const { header, rows } = measureRows(measures, progress.illustrative, locale);
      parts.push(
        table(
          heading,
          header,
          rows.map((cells, index) => {
            const progressStatus = measures[index]?.progress.status ?? 'not-enough-data';
            return { cells: [...cells.slice(0, -1).map(text), badge(cells.at(-1) ?? '', PROGRESS_TONE[progressStatus])] };
          }),
          true,
        ),
      );
      parts.push(`<ul class="sentences">${measures.map((entry) => `<li>${text(entry.progress.sentence)}</li>`).join('')}</ul>`);
    }
  }
  return sectionElement('loip', text(reportText('loip-progress', locale)), parts.join('\n'));
}

function actionPlanSection(actions: ActionTable, report: Report): Html {
  const { locale } = report;
  const say = (key: ReportMessageKey) => reportText(key, locale);
  const { plan, summary } = actions;
  const counts = statusCountRows(actions, locale);
  const themes = themeCountRows(actions, locale);
  const timed = timedActionRows(actions, locale);
  const parts = [
    `<p class="plan-title"><strong>${text(plan.title)}</strong>${illustrativeTag(plan.illustrative, locale)}</p>`,
    `<p class="sentence">${text(summary.sentence)}</p>`,
    `<h3>${text(planText('actions-by-status', locale))}</h3>`,
    table(planText('actions-by-status', locale), counts.header, counts.rows.map(({ cells, meaning }) => ({ cells: [statusTag(cells[0] ?? '', meaning), ...cells.slice(1).map(text)] })), true),
    `<h3>${text(say('actions-by-theme'))}</h3>`,
    table(say('actions-by-theme'), themes.header, themes.rows.map((cells) => ({ cells: cells.map(text) })), true),
    `<h3>${text(say('overdue-and-due-soon'))}</h3>`,
    timed.rows.length === 0
      ? `<p>${text(say('none'))}</p>`
      : table(
          say('overdue-and-due-soon'),
          timed.header,
          timed.rows.map(({ cells, meaning }) => ({ cells: cells.map((cell, index) => (index === 4 ? statusTag(cell, meaning) : text(cell))) })),
          true,
        ),
  ];
  return sectionElement('action-plan', text(say('action-plan-status')), parts.join('\n'));
}

/** An action status in its tag; a status the plan's vocabulary does not recognise is plain text. */
function statusTag(label: string, meaning: ActionStatus | undefined): Html {
  return meaning ? badge(label, ACTION_TONE[meaning]) : text(label);
}

function sourcesSection(report: Report): Html {
  const { locale } = report;
  const items = report.sources.map((source) => {
    const parts = sourceParts(source);
    const name = parts.href ? element('a', { href: parts.href }, text(source.name)) : text(source.name) + (parts.url ? ` (${text(parts.url)})` : '');
    const facts: Array<[string, Html]> = [[t('source', locale), name]];
    if (source.licence) {
      const licence = licenceName(source.licence);
      facts.push([reportText('licence', locale), parts.licenceHref ? element('a', { href: parts.licenceHref }, text(licence)) : text(licence)]);
    }
    if (source.attribution) facts.push([reportText('attribution', locale), text(source.attribution)]);
    return `<dl class="source">${facts.map(([term, value]) => `<dt>${text(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
  });
  return sectionElement('sources', text(reportText('source-licence', locale)), items.join('\n'));
}

/** Screen and print styles. GOV.UK colours: text 4.5:1 or better, tags use GOV.UK tag pairs. */
const STYLESHEET = `
:root { color: #0b0c0c; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; line-height: 1.45; }
body { margin: 0; }
.masthead { background: #0b0c0c; color: #fff; padding: 0.5rem 1rem; }
.masthead p { margin: 0; font-weight: 600; }
main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
footer { border-top: 1px solid #b1b4b6; margin-top: 2rem; padding-top: 0.5rem; color: #484949; }
h1 { font-size: 2rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; border-top: 4px solid #1d70b8; padding-top: 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
a { color: #1d70b8; }
a:visited { color: #4c2c92; }
a:focus { outline: 3px solid #0b0c0c; background: #fd0; color: #0b0c0c; text-decoration: none; }
.as-of, .description, .theme { color: #484949; }
.illustrative { border-left: 6px solid #f47738; background: #fef4ee; padding: 0.5rem 1rem; margin: 1rem 0; }
nav ol { columns: 2; }
/* Links in lists stand 24px apart at least (WCAG 2.5.8 target size). */
nav li, .index li { padding: 0.25rem 0; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.card { border: 1px solid #b1b4b6; border-top: 4px solid #1d70b8; padding: 0.75rem 1rem; }
.card h3 { margin-top: 0; font-size: 1.05rem; }
.card dl { grid-template-columns: 7.5rem 1fr; }
.card-value { font-size: 2rem; font-weight: 700; margin: 0.25rem 0; }
.card-period { font-size: 1rem; font-weight: 400; color: #484949; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.sentence { max-width: 45rem; }
.tag { display: inline-block; padding: 0 0.4em; font-weight: 600; border-radius: 2px; }
.tag-good { background: #cce2d8; color: #005a30; }
.tag-done { background: #d2e2f1; color: #144e81; }
.tag-warn { background: #fcd6c3; color: #6e3619; }
.tag-bad { background: #f6d7d2; color: #942514; }
.tag-neutral { background: #eeefef; color: #383f43; }
.chart-frame svg { max-width: 100%; height: auto; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
figure { margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
tr.highlight { background: #fff7bf; }
tr.reference th, tr.reference td { border-top: 2px solid #0b0c0c; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  :root { font-size: 10pt; }
  .masthead { background: none; color: #0b0c0c; border-bottom: 2px solid #0b0c0c; }
  nav { display: none; }
  main > section { break-before: page; }
  main > section#headline { break-before: auto; }
  h2, h3 { break-after: avoid; }
  figure, .card, tr, dl { break-inside: avoid; }
  thead { display: table-header-group; }
  a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  .cards { display: block; }
  .card { margin-bottom: 0.75rem; }
}
`.trim();

/**
 * A report as Markdown: the HTML report's content, with tables in place of charts.
 *
 * @module
 */
import { chartText } from '../format/chart-messages.js';
import { planText } from '../format/plan-messages.js';
import { t } from '../format/messages.js';
import type { Locale } from '../geography/geography.js';
import type { ActionTable } from '../measure/action-table.js';
import type { PlanProgress } from '../measure/plan-progress.js';
import { escapeMarkdown } from './escape.js';
import {
  comparisonRows,
  licenceName,
  measureRows,
  outcomeHeading,
  planPeriodLine,
  reportSections,
  sectionTitle,
  sourceParts,
  statusCountRows,
  themeCountRows,
  timedActionRows,
  trendRows,
} from './report-layout.js';
import type { TextTable } from './report-layout.js';
import type { IndicatorReport, Report } from './report-model.js';
import { reportText } from './report-messages.js';

/** One Markdown table; every cell is escaped. */
function table({ header, rows }: TextTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

const heading = (level: number, title: string) => `${'#'.repeat(level)} ${escapeMarkdown(title)}`;

/**
 * Renders a report as GitHub-flavoured Markdown with the HTML report's content: the title and
 * date, what is illustrative, the headline indicators as a table, then per indicator its summary
 * sentence and the trend and all-council figures as tables, LOIP progress, action-plan status, and
 * the sources and licences. Every data string is escaped, so no data can add markup.
 */
export function renderMarkdown(report: Report): string {
  const { locale } = report;
  const blocks: string[] = [heading(1, report.title), escapeMarkdown(reportText('as-of', locale, { date: report.asOfText }) + (report.datasetTitle ? ` ${report.datasetTitle}.` : ''))];
  if (report.illustrative.length > 0) {
    blocks.push([`> **${escapeMarkdown(reportText('illustrative-note', locale))}**`, '>', ...report.illustrative.map((part) => `> - ${escapeMarkdown(part)}`)].join('\n'));
  }
  for (const section of reportSections(report)) {
    blocks.push(heading(2, sectionTitle(section, locale)));
    if (section.kind === 'headline') blocks.push(headlineTable(report));
    else if (section.kind === 'indicator') blocks.push(...indicatorBlocks(section.entry, locale));
    else if (section.kind === 'plan') blocks.push(...planBlocks(section.plan, locale));
    else if (section.kind === 'action-plan') blocks.push(...actionPlanBlocks(section.actionPlan, locale));
    else blocks.push(sourcesList(report));
  }
  blocks.push(`*${escapeMarkdown(reportText('made-with', locale))}*`);
  return blocks.join('\n\n') + '\n';
}

function headlineTable(report: Report): string {
  const say = (key: Parameters<typeof reportText>[0]) => reportText(key, report.locale);
  return table({
    header: [say('indicator'), planText('latest', report.locale), chartText('column-period', report.locale), say('change'), say('trend'), say('comparison'), say('rank')],
    rows: report.indicators.map(({ title, headline, illustrative }) => [
      title + (illustrative ? ` (${say('illustrative-marker')})` : ''),
      headline.latest,
      headline.period ?? '',
      headline.change ?? '',
      headline.trend,
      headline.comparison ?? '',
      headline.rank ?? '',
    ]),
  });
}

function indicatorBlocks(entry: IndicatorReport, locale: Locale): string[] {
  const trend = entry.trendChart.description;
  const blocks = [escapeMarkdown(entry.summary.sentence)];
  if (entry.illustrative) blocks.push(`*${escapeMarkdown(reportText('illustrative-marker', locale))}*`);
  if (entry.indicator.description) blocks.push(escapeMarkdown(entry.indicator.description));
  blocks.push(heading(3, trend.chartLabel));
  if (trend.gaps) blocks.push(escapeMarkdown(trend.gaps));
  blocks.push(table(trendRows(trend, locale)));
  const comparison = entry.compareChart?.description;
  if (comparison) {
    const { header, rows } = comparisonRows(comparison, locale);
    blocks.push(heading(3, comparison.chartLabel), escapeMarkdown(comparison.sentence), table({ header, rows: rows.map((row) => row.cells) }));
  }
  return blocks;
}

function planBlocks(progress: PlanProgress, locale: Locale): string[] {
  const title = progress.plan.title + (progress.illustrative ? ` (${reportText('illustrative-marker', locale)})` : '');
  const blocks = [`**${escapeMarkdown(title)}**`, escapeMarkdown(planPeriodLine(progress, locale)), escapeMarkdown(progress.summary)];
  for (const theme of progress.themes) {
    blocks.push(heading(3, theme.theme));
    for (const { outcome, measures } of theme.outcomes) {
      blocks.push(heading(4, outcomeHeading(outcome, locale)), table(measureRows(measures, progress.illustrative, locale)));
      blocks.push(measures.map((entry) => `- ${escapeMarkdown(entry.progress.sentence)}`).join('\n'));
    }
  }
  return blocks;
}

function actionPlanBlocks(actions: ActionTable, locale: Locale): string[] {
  const { plan, summary } = actions;
  const counts = statusCountRows(actions, locale);
  const timed = timedActionRows(actions, locale);
  return [
    `**${escapeMarkdown(plan.title + (plan.illustrative ? ` (${reportText('illustrative-marker', locale)})` : ''))}**`,
    escapeMarkdown(summary.sentence),
    heading(3, planText('actions-by-status', locale)),
    table({ header: counts.header, rows: counts.rows.map((row) => row.cells) }),
    heading(3, reportText('actions-by-theme', locale)),
    table(themeCountRows(actions, locale)),
    heading(3, reportText('overdue-and-due-soon', locale)),
    timed.rows.length === 0 ? escapeMarkdown(reportText('none', locale)) : table({ header: timed.header, rows: timed.rows.map((row) => row.cells) }),
  ];
}

function sourcesList(report: Report): string {
  const { locale } = report;
  return report.sources
    .map((source) => {
      const parts = sourceParts(source);
      const link = parts.href ? ` <${parts.href}>` : parts.url ? ` (${escapeMarkdown(parts.url)})` : '';
      const lines = [`- ${escapeMarkdown(`${t('source', locale)}: ${source.name}`)}${link}`];
      if (source.licence) {
        lines.push(`  - ${escapeMarkdown(`${reportText('licence', locale)}: ${licenceName(source.licence)}`)}${parts.licenceHref ? ` <${parts.licenceHref}>` : ''}`);
      }
      if (source.attribution) lines.push(`  - ${escapeMarkdown(source.attribution)}`);
      return lines.join('\n');
    })
    .join('\n');
}

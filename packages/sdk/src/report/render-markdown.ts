/**
 * A report as Markdown: the HTML report's content, with tables in place of charts.
 *
 * @module
 */
import { formatPeriod } from '../format/format.js';
import { t } from '../format/messages.js';
import { escapeMarkdown } from './escape.js';
import { licenceName, reportSections, sourceParts } from './report-layout.js';
import type { ActionPlanReport, CompareChart, IndicatorReport, PlanReport, Report, TrendChart } from './report-model.js';
import { reportText } from './report-messages.js';

/** One Markdown table; every cell is escaped. */
function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/**
 * Renders a report as GitHub-flavoured Markdown: the title and date, what is illustrative, the
 * headline indicators as a table, then per indicator its summary sentence and the trend and
 * all-council data as tables, LOIP progress, action-plan status, and the source and licence.
 * Every data string is escaped, so no data can add markup.
 */
export function renderMarkdown(report: Report): string {
  const { locale } = report;
  const text = (key: Parameters<typeof reportText>[0], vars?: Record<string, string | number>) => reportText(key, locale, vars);
  const blocks: string[] = [`# ${escapeMarkdown(report.title)}`, escapeMarkdown(text('as-of', { date: report.asOfText }))];
  if (report.illustrative.length > 0) {
    blocks.push([`> **${escapeMarkdown(text('illustrative-note'))}**`, ...report.illustrative.map((part) => `> - ${escapeMarkdown(part)}`)].join('\n'));
  }

  for (const section of reportSections(report)) {
    if (section.kind === 'headline') blocks.push(`## ${escapeMarkdown(text('headline-indicators'))}`, headlineTable(report));
    else if (section.kind === 'indicator') blocks.push(...indicatorBlocks(section.entry, report));
    else if (section.kind === 'plan') blocks.push(...planBlocks(section.plan, report));
    else if (section.kind === 'action-plan') blocks.push(...actionPlanBlocks(section.actionPlan, report));
    else blocks.push(`## ${escapeMarkdown(text('source-licence'))}`, sourcesList(report));
  }
  blocks.push(`*${escapeMarkdown(text('made-with'))}*`);
  return blocks.join('\n\n') + '\n';
}

function headlineTable(report: Report): string {
  const text = (key: Parameters<typeof reportText>[0]) => reportText(key, report.locale);
  return table(
    [text('indicator'), text('latest'), text('period'), text('change'), text('trend'), text('comparison'), text('rank')],
    report.indicators.map(({ title, headline }) => [title, headline.latest, headline.period ?? '', headline.change ?? '', headline.trend, headline.comparison ?? '', headline.rank ?? '']),
  );
}

function indicatorBlocks(entry: IndicatorReport, report: Report): string[] {
  const marker = entry.illustrative ? ` (${reportText('illustrative-marker', report.locale)})` : '';
  const blocks = [`## ${escapeMarkdown(entry.title + marker)}`, escapeMarkdown(entry.summary.sentence), ...trendBlocks(entry.trendChart, report)];
  if (entry.compareChart) blocks.push(...compareBlocks(entry.compareChart, report));
  return blocks;
}

function trendBlocks(chart: TrendChart, report: Report): string[] {
  return [
    `### ${escapeMarkdown(chart.title)}`,
    escapeMarkdown(chart.summary),
    table(
      [reportText('period', report.locale), ...chart.series.map((line) => line.name)],
      chart.periods.map((period, index) => [period.text, ...chart.series.map((line) => line.values[index]?.text ?? '')]),
    ),
  ];
}

function compareBlocks(chart: CompareChart, report: Report): string[] {
  const { locale } = report;
  const rows = chart.bars.map((bar) => [bar.highlight ? reportText('this-area', locale, { area: bar.name }) : bar.name, bar.text]);
  if (chart.reference) rows.push([chart.reference.name, chart.reference.text]);
  const blocks = [`### ${escapeMarkdown(chart.title)}`];
  if (chart.summary) blocks.push(escapeMarkdown(chart.summary));
  blocks.push(table([reportText('council', locale), reportText('value', locale)], rows));
  return blocks;
}

function planBlocks(section: PlanReport, report: Report): string[] {
  const { locale } = report;
  const text = (key: Parameters<typeof reportText>[0]) => reportText(key, locale);
  const blocks = [`## ${escapeMarkdown(`${text('loip-progress')}: ${section.plan.title}`)}`, escapeMarkdown(`${section.plan.partnership}, ${formatPeriod(section.plan.period.start, locale)} to ${formatPeriod(section.plan.period.end, locale)}`)];
  for (const { outcome, measures } of section.outcomes) {
    const where = outcome.locality ? `, ${text('locality')}: ${outcome.locality}` : '';
    blocks.push(`### ${escapeMarkdown(`${outcome.title} (${outcome.theme}${where})`)}`);
    blocks.push(
      table(
        [text('measure'), text('baseline'), text('latest'), text('target'), text('percent-of-way'), text('projected'), text('status')],
        measures.map((entry) => [entry.measure.title, entry.baseline, entry.latest, entry.target, entry.percentOfWay, entry.projected, entry.status]),
      ),
    );
    blocks.push(measures.map((entry) => `- ${escapeMarkdown(entry.progress.sentence)}`).join('\n'));
  }
  return blocks;
}

function actionPlanBlocks(section: ActionPlanReport, report: Report): string[] {
  const { locale } = report;
  const text = (key: Parameters<typeof reportText>[0]) => reportText(key, locale);
  const { plan, summary } = section;
  const blocks = [
    `## ${escapeMarkdown(`${text('action-plan-status')}: ${plan.title}`)}`,
    escapeMarkdown(summary.sentence),
    `### ${escapeMarkdown(text('actions-by-status'))}`,
    table([text('status'), text('actions')], [...section.statuses.map((entry) => [entry.label, String(entry.count)]), ...(summary.unrecognised.length > 0 ? [[text('unrecognised'), String(summary.unrecognised.length)]] : [])]),
    `### ${escapeMarkdown(text('actions-by-theme'))}`,
    table(
      [text('theme'), text('total'), ...section.statuses.map((entry) => entry.label)],
      summary.byTheme.map((theme) => [theme.theme, String(theme.total), ...section.statuses.map((entry) => String(theme.byStatus[entry.status]))]),
    ),
    `### ${escapeMarkdown(text('overdue-actions'))}`,
    summary.overdue.length === 0
      ? escapeMarkdown(text('none'))
      : table(
          [text('action'), text('theme'), text('lead'), text('due'), text('status'), text('days-overdue')],
          summary.overdue.map(({ action, daysOverdue }) => [`${action.id} ${action.title}`, action.theme, action.lead, formatPeriod(action.due, locale), action.status, String(daysOverdue)]),
        ),
    `### ${escapeMarkdown(text('due-soon-actions'))}`,
    summary.dueSoon.length === 0
      ? escapeMarkdown(text('none'))
      : table(
          [text('action'), text('theme'), text('lead'), text('due'), text('status'), text('days-until-due')],
          summary.dueSoon.map(({ action, daysUntilDue }) => [`${action.id} ${action.title}`, action.theme, action.lead, formatPeriod(action.due, locale), action.status, String(daysUntilDue)]),
        ),
  ];
  return blocks;
}

function sourcesList(report: Report): string {
  const { locale } = report;
  return report.sources
    .map((source) => {
      const parts = sourceParts(source);
      const lines = [`- ${escapeMarkdown(t('source', locale))}: ${escapeMarkdown(source.name)}${parts.href ? ` <${parts.href}>` : parts.url ? ` (${escapeMarkdown(parts.url)})` : ''}`];
      if (source.licence) lines.push(`  - ${escapeMarkdown(reportText('licence', locale))}: ${escapeMarkdown(licenceName(source.licence))}${parts.licenceHref ? ` <${parts.licenceHref}>` : ''}`);
      if (source.attribution) lines.push(`  - ${escapeMarkdown(source.attribution)}`);
      return lines.join('\n');
    })
    .join('\n');
}

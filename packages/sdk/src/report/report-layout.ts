/**
 * What the Markdown and HTML writers share: the order of a report's sections and how a source
 * and its licence are shown.
 *
 * @module
 */
import type { Source } from '../model/types.js';
import { safeHref } from './escape.js';
import type { ActionPlanReport, IndicatorReport, PlanReport, Report } from './report-model.js';

/** One section of a report, in reading order. */
export type ReportSection =
  | { kind: 'headline' }
  | { kind: 'indicator'; entry: IndicatorReport }
  | { kind: 'plan'; plan: PlanReport }
  | { kind: 'action-plan'; actionPlan: ActionPlanReport }
  | { kind: 'sources' };

/** The sections of a report in reading order: headline, one per indicator, LOIP, action plan, sources. */
export function reportSections(report: Report): ReportSection[] {
  return [
    { kind: 'headline' },
    ...report.indicators.map((entry) => ({ kind: 'indicator' as const, entry })),
    ...(report.plan ? [{ kind: 'plan' as const, plan: report.plan }] : []),
    ...(report.actionPlan ? [{ kind: 'action-plan' as const, actionPlan: report.actionPlan }] : []),
    { kind: 'sources' },
  ];
}

/** Licences met in Scottish public data: identifier to name and page. */
const LICENCES: ReadonlyMap<string, { name: string; url: string }> = new Map([
  ['ogl-uk-3.0', { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }],
  ['cc-by-4.0', { name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }],
]);

/** The licence's name for a known identifier (`OGL-UK-3.0` → `Open Government Licence v3.0 (OGL-UK-3.0)`), else as written. */
export function licenceName(licence: string): string {
  const known = LICENCES.get(licence.trim().toLowerCase());
  return known ? `${known.name} (${licence})` : licence;
}

/** A source's links: `href` and `licenceHref` only when safe to make live (https), `url` as written. */
export function sourceParts(source: Source): { url?: string; href?: string; licenceHref?: string } {
  const href = safeHref(source.url);
  const licenceHref = source.licence === undefined ? undefined : LICENCES.get(source.licence.trim().toLowerCase())?.url;
  return { ...(source.url !== undefined && { url: source.url }), ...(href && { href }), ...(licenceHref && { licenceHref }) };
}

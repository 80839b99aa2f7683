/**
 * The English sentence frames of the measures' screen-reader sentences, in one place so they can
 * move into the message catalogue when it gains Gàidhlig frames. The words inside them (values,
 * periods, area names, trend and status words) are already localised by the callers; until then a
 * Gàidhlig sentence keeps these English frames (the catalogue's English fallback).
 *
 * @module
 */

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 22nd. */
const ordinalSuffix = new Map([
  ['one', 'st'],
  ['two', 'nd'],
  ['few', 'rd'],
  ['other', 'th'],
]);
const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });

function ordinal(rank: number): string {
  return `${rank}${ordinalSuffix.get(ordinalRules.select(rank)) ?? 'th'}`;
}

/** Upper-cases the first letter, for a catalogue word that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The frames, each taking already formatted, localised words. */
export const frames = {
  indicatorNoData: (v: { title: string; area: string; noData: string; period?: string }) =>
    `${v.title} in ${v.area}${v.period ? ` in ${v.period}` : ''}: ${v.noData}.`,
  indicatorLatest: (v: { period: string; title: string; area: string; value: string }) => `In ${v.period}, ${v.title} in ${v.area} was ${v.value}`,
  changeFrom: (v: { change: string; period: string }) => `, a change of ${v.change} from ${v.period}`,
  trend: (v: { from: string; to: string; word: string }) => ` Trend from ${v.from} to ${v.to}: ${v.word}.`,
  trendShort: (v: { from: string; to: string; word: string }) => `Trend ${v.from} to ${v.to}: ${v.word}`,
  laterWithoutValue: (v: { period: string; status: string }) => ` No figure for ${v.period} (${v.status}).`,
  rankedAmongCouncils: (v: { rank: number; of: number; tied: boolean }) =>
    ` Ranked ${v.tied ? 'joint ' : ''}${ordinal(v.rank)} of ${v.of} council${v.of === 1 ? '' : 's'}.`,
  progress: (v: { title: string; latest: string; latestPeriod: string; baseline: string; baselinePeriod: string; target: string; targetPeriod: string }) =>
    `${v.title}: ${v.latest} in ${v.latestPeriod}, against a baseline of ${v.baseline} (${v.baselinePeriod}) and a target of ${v.target} by ${v.targetPeriod}.`,
  progressNoData: (v: { title: string; baseline: string; baselinePeriod: string; target: string; targetPeriod: string; noData: string }) =>
    `${v.title}: ${v.noData} since the baseline of ${v.baseline} (${v.baselinePeriod}); target ${v.target} by ${v.targetPeriod}.`,
  percentOfWay: (v: { percent: string }) => ` ${v.percent} of the way from baseline to target.`,
  projected: (v: { value: string; period: string }) => ` Projected ${v.value} by ${v.period}.`,
  status: (v: { word: string }) => ` Status: ${v.word}.`,
  actionPlan: (v: { title: string; total: number; percentComplete?: string; counts: string[] }) =>
    `${v.title}: ${v.total} action${v.total === 1 ? '' : 's'}${v.percentComplete ? `, ${v.percentComplete} complete` : ''}${v.counts.length ? ` (${v.counts.join(', ')})` : ''}.`,
  actionDates: (v: { overdue: number; overdueWord: string; dueSoon: number; dueSoonWord: string; days: number }) =>
    ` ${v.overdue} ${v.overdueWord}; ${v.dueSoon} ${v.dueSoonWord} (within ${v.days} days).`,
} as const;

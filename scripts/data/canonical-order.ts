/** Sort orders that make the generated files deterministic and easy to diff. */
import type { Indicator, Observation } from '@omf/sdk';

/** Natural order for codes: `CHN2` before `CHN10`, `CHN1` before `CHN1-Real`. Locale-independent. */
export function compareNatural(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const partA = partsA[i] as string;
    const partB = partsB[i] as string;
    if (partA === partB) continue;
    const bothNumbers = /^\d/.test(partA) && /^\d/.test(partB);
    if (bothNumbers && Number(partA) !== Number(partB)) return Number(partA) - Number(partB);
    return partA < partB ? -1 : 1;
  }
  return partsA.length - partsB.length;
}

/** The model's field order, so every indicator is written with its keys in the same order. */
const INDICATOR_KEYS: ReadonlyArray<keyof Indicator> = [
  'id', 'title', 'titleGd', 'description', 'unit', 'per', 'currency', 'decimals', 'polarity', 'target', 'periodType', 'theme', 'source', 'illustrative',
];

/** Indicators in natural id order, each with its keys in the model's order. */
export function sortIndicators(indicators: Indicator[]): Indicator[] {
  return [...indicators]
    .sort((a, b) => compareNatural(a.id, b.id))
    .map((indicator) => {
      const ordered = Object.fromEntries(INDICATOR_KEYS.filter((key) => indicator[key] !== undefined).map((key) => [key, indicator[key]]));
      if (Object.keys(ordered).length !== Object.keys(indicator).length) throw new Error(`indicator ${indicator.id}: unexpected field`);
      return ordered as unknown as Indicator;
    });
}

/**
 * Observations by indicator (in `indicators` order), then area code, then period label. Labels of one
 * indicator share one form (`2019/20`, or `2017-2020`), so their code-point order is time order.
 */
export function sortObservations(observations: Observation[], indicators: readonly Indicator[]): Observation[] {
  const rank = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...observations].sort(
    (a, b) =>
      (rank.get(a.indicator) ?? Infinity) - (rank.get(b.indicator) ?? Infinity) ||
      byCodePoint(a.area, b.area) ||
      byCodePoint(a.period, b.period),
  );
}

/**
 * LGBF children's services indicators (`lgbf_children_indicators.csv` + `lgbf_indicator_metadata.csv`)
 * to the canonical format.
 */
import type { Indicator, Observation, ObservationStatus, OmfDocument, PeriodType, Polarity, Source } from '@omf/sdk';
import { checkAreaCoverage } from './areas.js';
import { sortIndicators, sortObservations } from './canonical-order.js';
import { parseNumber, readCsv, rowError, type CsvRecord } from './csv-table.js';

/** The dataset source and attribution the Improvement Service's OGL terms ask for. */
const LGBF_SOURCE: Source = {
  name: 'Improvement Service, Local Government Benchmarking Framework 2020-21',
  licence: 'OGL-UK-3.0',
  attribution:
    'Contains data from the Improvement Service (Local Government Benchmarking Framework; Community Planning Outcomes Profile), licensed under the Open Government Licence v3.0.',
};

const THEME = "Children's Services";
const REAL_SUFFIX = '-Real';
/** Single-year values of an indicator whose LGBF headline pools several years (CHN10). */
const ANNUAL_SUFFIX = '-Annual';

/** IS markers for a missing value. `NA`/`N/A` mean "not applicable or not available" in the IS workbook. */
const MARKER_STATUS = new Map<string, ObservationStatus>([
  ['dna', 'not-available'],
  ['*', 'suppressed'],
  ['NA', 'not-available'],
  ['N/A', 'not-available'],
]);

// `target_range` is refused rather than guessed: the metadata has no best value for it.
const POLARITY = new Map<string, Polarity>([
  ['higher_is_better', 'higher-is-better'],
  ['lower_is_better', 'lower-is-better'],
]);

type UnitFields = Pick<Indicator, 'unit' | 'per' | 'currency' | 'decimals'>;

/** Stirling's `measure_type` words. Costs are whole pounds; tariff scores are whole points. */
const UNIT_BY_MEASURE_TYPE = new Map<string, UnitFields>([
  ['Percentage', { unit: 'percent', decimals: 1 }],
  ['Cost', { unit: 'currency', currency: 'GBP', decimals: 0 }],
  ['Score', { unit: 'score', decimals: 0 }],
  ['Rate per 1,000', { unit: 'rate', per: 1000, decimals: 1 }],
]);

/**
 * What a `2019-20` label means for each indicator: costs, the 27-30 month review (CHN17), the
 * participation measure (CHN21, April-March) and child poverty (CHN24, tax years) are financial
 * years; school, ELC and children's social work statistics (year to 31 July) are academic years.
 * The Scottish Household Survey single years (CHN10-Annual) are survey years, recorded as the
 * parser's default financial year. A code missing here stops the build, so new codes get a decision.
 */
const PERIOD_TYPE = new Map<string, PeriodType>([
  ...(['CHN1', 'CHN2', 'CHN3', 'CHN8a', 'CHN8b', 'CHN10-Annual', 'CHN17', 'CHN21', 'CHN24'] as const).map(
    (code) => [code, 'financial-year'] as const,
  ),
  ['CHN10', 'multi-year'],
  ...(
    [
      'CHN4', 'CHN5', 'CHN6', 'CHN7', 'CHN9', 'CHN11', 'CHN12a', 'CHN12b', 'CHN12c', 'CHN12d', 'CHN12e', 'CHN12f',
      'CHN13a', 'CHN13b', 'CHN13c', 'CHN14a', 'CHN14b', 'CHN14c', 'CHN15a', 'CHN15b', 'CHN15c', 'CHN16a', 'CHN16b',
      'CHN16c', 'CHN18', 'CHN19a', 'CHN19b', 'CHN20a', 'CHN20b', 'CHN22', 'CHN23',
    ] as const
  ).map((code) => [code, 'academic-year'] as const),
]);

/** Descriptions that replace the metadata's data supplier where it would mislead (CHN10 is survey data). */
const EXTRA_NOTES = new Map<string, string>([
  ['CHN10', 'Scottish Household Survey; each value pools three survey years.'],
  ['CHN10-Annual', 'Scottish Household Survey, single survey years. The LGBF headline (CHN10) pools three years.'],
]);

const METADATA_COLUMNS = ['indicator_code', 'title', 'domain', 'source', 'measure_type', 'reporting_period', 'polarity'] as const;
type MetadataRow = CsvRecord<(typeof METADATA_COLUMNS)[number]>;
const DATA_COLUMNS = ['area_code', 'indicator_code', 'period', 'value', 'value_real', 'marker'] as const;

interface LgbfPeriod {
  /** Canonical label: `2019/20` for one year, `2017-2020` for a pooled span. */
  label: string;
  pooled: boolean;
}

/** `2019-20` -> `2019/20`; `2017-20` (pooled survey years) -> `2017-2020`. */
function parseLgbfPeriod(text: string): LgbfPeriod | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  let endYear = Math.floor(startYear / 100) * 100 + Number(match[2]);
  if (endYear < startYear) endYear += 100;
  if (endYear === startYear + 1) return { label: `${startYear}/${match[2]}`, pooled: false };
  if (endYear > startYear + 1) return { label: `${startYear}-${endYear}`, pooled: true };
  return undefined;
}

function missingValue(marker: string, file: string, line: number): Pick<Observation, 'value' | 'status' | 'marker'> {
  const status = MARKER_STATUS.get(marker);
  if (!status) throw rowError(file, line, `unknown marker "${marker}"`);
  return { value: null, status, marker };
}

function unitOf(meta: MetadataRow, baseMeta: MetadataRow): UnitFields {
  // Metadata rows for real-terms variants and the P1/P4/P7 breakdowns have no measure type.
  const measureType = meta.measure_type || baseMeta.measure_type || (/^(Percentage|%)/.test(meta.title) ? 'Percentage' : '');
  const unit = UNIT_BY_MEASURE_TYPE.get(measureType);
  if (!unit) throw new Error(`lgbf_indicator_metadata.csv:${meta.line}: no unit for measure type "${measureType}"`);
  return unit;
}

function buildIndicator(id: string, metadata: ReadonlyMap<string, MetadataRow>): Indicator {
  const baseCode = id.replace(new RegExp(`(${REAL_SUFFIX}|${ANNUAL_SUFFIX})$`), '');
  const baseMeta = metadata.get(baseCode);
  const meta = metadata.get(id) ?? baseMeta;
  if (!meta || !baseMeta) throw new Error(`lgbf_indicator_metadata.csv: no row for ${id}`);
  const polarity = POLARITY.get(meta.polarity);
  if (!polarity) throw new Error(`lgbf_indicator_metadata.csv:${meta.line}: unsupported polarity "${meta.polarity}"`);
  const periodType = PERIOD_TYPE.get(id) ?? PERIOD_TYPE.get(baseCode);
  if (!periodType) throw new Error(`${id}: no period type decided (add it to PERIOD_TYPE)`);
  if (meta.domain !== THEME) throw new Error(`lgbf_indicator_metadata.csv:${meta.line}: domain "${meta.domain}" is not ${THEME}`);

  let title = baseMeta.title;
  if (id.endsWith(REAL_SUFFIX)) title += ' (real terms, 2020-21 prices)';
  if (id.endsWith(ANNUAL_SUFFIX)) title += ' (single survey year)';
  const notes = [`LGBF indicator ${baseCode}.`];
  const extra = EXTRA_NOTES.get(id);
  if (extra) notes.push(extra);
  else if (baseMeta.source && baseMeta.source !== 'N/A') notes.push(`Data supplied by ${baseMeta.source}.`);
  if (id.endsWith(REAL_SUFFIX)) notes.push('Cash values adjusted for inflation to 2020-21 prices by the Improvement Service.');

  return {
    id,
    title,
    description: notes.join(' '),
    ...unitOf(meta, baseMeta),
    polarity,
    periodType,
    theme: THEME,
  };
}

/**
 * Builds the LGBF children's services document; throws on any row or code it cannot place. What was
 * left out on purpose is pushed to `notes`.
 */
export function buildLgbfDocument(dataFile: string, metadataFile: string, areaCodes: readonly string[], notes: string[]): OmfDocument {
  const metadata = new Map<string, MetadataRow>();
  for (const row of readCsv(metadataFile, METADATA_COLUMNS)) {
    if (row.indicator_code.startsWith('CHN')) metadata.set(row.indicator_code, row);
  }

  const observations: Observation[] = [];
  const dataCodes = new Set<string>();
  const realCodesInData = new Set<string>();
  const realWithoutMetadata = new Set<string>();
  for (const row of readCsv(dataFile, DATA_COLUMNS)) {
    const code = row.indicator_code;
    const meta = metadata.get(code);
    if (!meta) throw rowError(dataFile, row.line, `indicator ${code} has no metadata row`);
    dataCodes.add(code);
    const period = parseLgbfPeriod(row.period);
    if (!period) throw rowError(dataFile, row.line, `unreadable period "${row.period}"`);
    const pooledHeadline = /aggregate/i.test(meta.reporting_period);
    if (period.pooled && !pooledHeadline) throw rowError(dataFile, row.line, `pooled period ${row.period} for annual indicator ${code}`);
    const id = pooledHeadline && !period.pooled ? code + ANNUAL_SUFFIX : code;
    const key = { indicator: id, area: row.area_code, period: period.label };

    if (row.marker) {
      if (row.value) throw rowError(dataFile, row.line, 'both a value and a marker');
      observations.push({ ...key, ...missingValue(row.marker, dataFile, row.line) });
    } else {
      observations.push({ ...key, value: parseNumber(row.value, dataFile, row.line) });
    }

    if (!metadata.has(code + REAL_SUFFIX)) {
      if (row.value_real) realWithoutMetadata.add(code);
      continue;
    }
    realCodesInData.add(code);
    const real = { ...key, indicator: code + REAL_SUFFIX };
    if (row.marker) observations.push({ ...real, ...missingValue(row.marker, dataFile, row.line) });
    else observations.push({ ...real, value: parseNumber(row.value_real, dataFile, row.line) });
  }
  if (realWithoutMetadata.size > 0) {
    notes.push(`skipped value_real of ${[...realWithoutMetadata].join(', ')}: no -Real metadata row`);
  }

  const realCodesInMetadata = [...metadata.keys()].filter((code) => code.endsWith(REAL_SUFFIX)).map((code) => code.slice(0, -REAL_SUFFIX.length));
  const unmatched = realCodesInMetadata.filter((code) => !realCodesInData.has(code));
  if (unmatched.length > 0) throw new Error(`real-terms metadata without value_real data: ${unmatched.join(', ')}`);
  const baseCodesInMetadata = [...metadata.keys()].filter((code) => !code.endsWith(REAL_SUFFIX));
  const withoutData = baseCodesInMetadata.filter((code) => !dataCodes.has(code));
  if (withoutData.length > 0) throw new Error(`CHN metadata rows without data: ${withoutData.join(', ')}`);

  const seen = new Set<string>();
  for (const { indicator, area, period } of observations) {
    const key = `${indicator}|${area}|${period}`;
    if (seen.has(key)) throw new Error(`duplicate observation ${key}`);
    seen.add(key);
  }
  checkAreaCoverage('lgbf', observations.map((observation) => observation.area), areaCodes);

  const ids = [...new Set(observations.map((observation) => observation.indicator))];
  const indicators = sortIndicators(ids.map((id) => buildIndicator(id, metadata)));
  return {
    omf: 1,
    title: "LGBF children's services indicators, 2010-11 to 2020-21",
    source: LGBF_SOURCE,
    indicators,
    observations: sortObservations(observations, indicators),
  };
}

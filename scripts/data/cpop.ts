/** CPOP CPP-level outcomes (`cpop_cpp_outcomes.csv` + `cpop_indicator_metadata.csv`) to the canonical format. */
import type { Indicator, Observation, ObservationStatus, OmfDocument, Polarity, Source } from '@omf/sdk';
import { checkAreaCoverage } from './areas.js';
import { sortIndicators, sortObservations } from './canonical-order.js';
import { parseNumber, readCsv, rowError } from './csv-table.js';

/** The dataset source: the September 2023 CPOP data file. */
const CPOP_SOURCE: Source = {
  name: 'Improvement Service, Community Planning Outcomes Profile (September 2023 data)',
  url: 'https://www.improvementservice.org.uk/products-and-services/data-intelligence-and-benchmarking/community-planning-outcomes-profile',
  licence: 'OGL-UK-3.0',
  attribution:
    'Contains data from the Improvement Service (Local Government Benchmarking Framework; Community Planning Outcomes Profile), licensed under the Open Government Licence v3.0.',
};

const THEME = 'Community Planning Outcomes';

type Presentation = Pick<Indicator, 'title' | 'unit' | 'per' | 'currency' | 'decimals'> & {
  /** Used where the IS metadata has no definition. */
  description?: string;
  /** Replaces the metadata's `high_is_positive`, with the reason in a comment. */
  polarity?: Polarity;
};

/**
 * Title and unit per CPOP indicator, decided from each definition and the value ranges. An
 * indicator missing here stops the build.
 */
const PRESENTATION = new Map<string, Presentation>([
  ['Healthy Birthweight', { title: 'Healthy birthweight', unit: 'percent', decimals: 1 }],
  ['Primary 1 Body Mass Index', { title: 'Primary 1 children with a healthy BMI', unit: 'percent', decimals: 1 }],
  ['Employment Rate', { title: 'Employment rate (aged 16-64)', unit: 'percent', decimals: 1 }],
  // "in pounds"; values of £330-£653 are weekly pay (ASHE), so the title says so.
  ['Median Earnings', { title: 'Median weekly earnings', unit: 'currency', currency: 'GBP', decimals: 0 }],
  ['Business Survival', { title: 'New businesses surviving 3 years', unit: 'percent', decimals: 1 }],
  ['Dwelling Fires', { title: 'Dwelling fires', unit: 'rate', per: 100_000, decimals: 1 }],
  ['Unplanned Hospital Attendances', { title: 'Unplanned hospital attendances', unit: 'rate', per: 100_000, decimals: 0 }],
  ['Well-being', { title: 'Well-being score', unit: 'score', decimals: 2 }],
  ['Fuel Poverty', { title: 'Households in fuel poverty', unit: 'percent', decimals: 1 }],
  ['Fragility', { title: 'Fragility index', unit: 'index', decimals: 1 }],
  // Tonnes of CO2 per person: no tonnes unit in the model, so a plain ratio with the unit in the title.
  ['Carbon Emissions', { title: 'Carbon emissions (tonnes CO2 per person)', unit: 'ratio', decimals: 1 }],
  ['Child Poverty', { title: 'Children in low income families', unit: 'percent', decimals: 1 }],
  ['Attainment', { title: 'Average highest attainment of school leavers', unit: 'score', decimals: 2 }],
  [
    'Participation Rate',
    {
      title: 'Participation rate (16-19)',
      unit: 'percent',
      decimals: 1,
      description: 'Percentage of 16-19 year olds participating in education, training or employment. Source: Skills Development Scotland.',
    },
  ],
  ['Positive Destinations', { title: 'School leavers in positive destinations', unit: 'percent', decimals: 1 }],
  ['Out of Work Benefits', { title: 'People receiving out of work benefits (aged 16-64)', unit: 'percent', decimals: 1 }],
  ['Crime Rate', { title: 'Crime rate', unit: 'rate', per: 10_000, decimals: 0 }],
  ['Emergency Admissions', { title: 'Emergency admissions (aged 65+)', unit: 'rate', per: 100_000, decimals: 0 }],
  ['Early Mortality', { title: 'Early mortality (under 75)', unit: 'rate', per: 100_000, decimals: 0 }],
  [
    'Depopulation',
    {
      title: 'Depopulation index',
      unit: 'index',
      decimals: 1,
      description: 'Index of population decline, 2010/11 = 100; a rising index means a falling population. Calculated by the Improvement Service.',
      // The metadata says high is positive, but the values rise where population falls (Inverclyde
      // 106.3, Na h-Eileanan Siar 103.9 by 2021/22) and fall where it grows (Midlothian 87.3), as the
      // Fragility definition ("depopulation - the inverse of population change") describes.
      polarity: 'lower-is-better',
    },
  ],
]);

const STATUS_BY_TYPE = new Map<string, ObservationStatus | undefined>([
  ['Raw data', undefined],
  ['Imputed', 'imputed'],
  ['Projected', 'projected'],
]);

const POLARITY_BY_FLAG = new Map<string, Polarity>([
  ['Yes', 'higher-is-better'],
  ['No', 'lower-is-better'],
]);

/** `Child Poverty` -> `cpop-child-poverty`. */
function cpopIndicatorId(name: string): string {
  return 'cpop-' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Builds the CPOP outcomes document; throws on any row or indicator it cannot place. What was left
 * out on purpose is pushed to `notes`.
 */
export function buildCpopDocument(dataFile: string, metadataFile: string, areaCodes: readonly string[], notes: string[]): OmfDocument {
  const indicators: Indicator[] = [];
  const idByName = new Map<string, string>();
  for (const meta of readCsv(metadataFile, ['indicator', 'high_is_positive', 'definition', 'raw_time_period', 'source'])) {
    const presentation = PRESENTATION.get(meta.indicator);
    if (!presentation) throw rowError(metadataFile, meta.line, `no title and unit decided for "${meta.indicator}"`);
    const { description: fallbackDescription, polarity: polarityOverride, ...display } = presentation;
    const polarity = polarityOverride ?? POLARITY_BY_FLAG.get(meta.high_is_positive);
    if (!polarity) throw rowError(metadataFile, meta.line, `unknown high_is_positive "${meta.high_is_positive}"`);
    if (polarityOverride) notes.push(`${meta.indicator}: polarity set to ${polarityOverride} (metadata says high_is_positive=${meta.high_is_positive})`);
    const parts = meta.definition ? [meta.definition.replace(/\.?$/, '.')] : [fallbackDescription ?? ''];
    if (meta.source) parts.push(`Source: ${meta.source}.`);
    if (meta.raw_time_period) parts.push(`Underlying data periods: ${meta.raw_time_period}.`);
    const id = cpopIndicatorId(meta.indicator);
    idByName.set(meta.indicator, id);
    indicators.push({
      id,
      ...display,
      description: parts.filter(Boolean).join(' '),
      polarity,
      periodType: 'financial-year',
      theme: THEME,
    });
  }

  const observations: Observation[] = [];
  const seen = new Set<string>();
  for (const row of readCsv(dataFile, ['area_code', 'indicator', 'type', 'period', 'value'])) {
    const indicator = idByName.get(row.indicator);
    if (!indicator) throw rowError(dataFile, row.line, `indicator "${row.indicator}" has no metadata row`);
    if (!STATUS_BY_TYPE.has(row.type)) throw rowError(dataFile, row.line, `unknown type "${row.type}"`);
    const match = /^(\d{4})\/(\d{2})$/.exec(row.period);
    if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) throw rowError(dataFile, row.line, `unreadable period "${row.period}"`);
    const key = `${indicator}|${row.area_code}|${row.period}`;
    if (seen.has(key)) throw rowError(dataFile, row.line, `duplicate observation ${key}`);
    seen.add(key);

    const base = { indicator, area: row.area_code, period: row.period };
    if (row.value === '') {
      // Two source rows are blank without a marker: no value, whatever their type.
      observations.push({ ...base, value: null, status: 'not-available' });
      continue;
    }
    const status = STATUS_BY_TYPE.get(row.type);
    observations.push({ ...base, value: parseNumber(row.value, dataFile, row.line), ...(status ? { status } : {}) });
  }
  checkAreaCoverage('cpop', observations.map((observation) => observation.area), areaCodes);
  const unused = [...idByName.values()].filter((id) => !observations.some((observation) => observation.indicator === id));
  if (unused.length > 0) throw new Error(`CPOP metadata without data: ${unused.join(', ')}`);

  const sorted = sortIndicators(indicators);
  return {
    omf: 1,
    title: 'Community Planning Outcomes Profile: CPP outcomes, 2010/11 to 2024/25',
    source: CPOP_SOURCE,
    indicators: sorted,
    observations: sortObservations(observations, sorted),
  };
}

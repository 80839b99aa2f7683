/**
 * What every format reader hands to the shared validation step: observation drafts still in
 * the publisher's words, with a way to point back at each field in the source.
 *
 * @module
 */
import type { DataLocation } from '../model/errors.js';
import type { Area, Indicator, PeriodType, Source } from '../model/types.js';
import type { DataFormat } from '../query/dataset.js';
import type { ObservationTable } from '../query/observation-table.js';
import type { IssueLog } from './issue-log.js';

/** The fields of an observation a problem can be about. */
export type ObservationField =
  | 'indicator'
  | 'area'
  | 'period'
  | 'value'
  | 'lower'
  | 'upper'
  | 'numerator'
  | 'denominator'
  | 'status'
  | 'marker';

/** One observation as the source wrote it, before areas, periods and values are checked. */
export interface ObservationDraft {
  /** Indicator id; the reader has already checked it is one of its indicators. */
  indicator: string;
  /** Area code or name as written. */
  area: string;
  /** Period label as written. */
  period: string;
  value: unknown;
  lower?: unknown;
  upper?: unknown;
  numerator?: unknown;
  denominator?: unknown;
  status?: unknown;
  marker?: unknown;
  /** Where a field of this observation is in the source. */
  locate(field: ObservationField): DataLocation;
}

/** A source read by a format reader, ready for {@link buildDataset}. */
export interface ParsedSource {
  format: DataFormat;
  title?: string;
  source?: Source;
  /** Every indicator the observations may name. */
  indicators: Indicator[];
  /** Ids of indicators declared but invalid (already reported): their observations are not reported as undeclared. */
  invalidIndicators?: ReadonlySet<string>;
  /** Areas declared by the data, beyond the built-in geography. */
  areas: Area[];
  /** The drafts to check, in source order; empty when the reader checked its own (see `table`). */
  observations: ObservationDraft[];
  /**
   * The observations of a reader that checked each draft as it read it, with an
   * `ObservationChecker`, so that no draft outlived its row (the tidy CSV reader). Undefined for
   * the other readers.
   */
  table?: ObservationTable;
  /** Data rows (CSV rows, JSON-stat cells, SPARQL bindings, JSON observations) read. */
  rows: number;
  /** True when values are text (CSV, SPARQL literals): numeric text is read as a number. */
  valuesAreText: boolean;
  /** Canonical JSON `plans` and `actionPlans`, validated once indicators and areas are known. */
  plans?: unknown;
  actionPlans?: unknown;
}

/** Reading context shared by the readers of one input. */
export interface ReadContext {
  log: IssueLog;
  /** Indicator metadata given by the caller (CSV, cube CSV, SPARQL, JSON-stat). */
  indicators?: readonly Indicator[];
  select?: Readonly<Record<string, string>>;
  periodType?: PeriodType;
}

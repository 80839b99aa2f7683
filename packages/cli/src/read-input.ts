/**
 * Reading the data files a command names, through the SDK's readers.
 *
 * @module
 */
import { mergeDatasets, readDatasets, readIndicatorsCsv, type Dataset, type Indicator } from '@omf/sdk';
import { readTextFile, UsageError } from './io.js';

/**
 * Reads indicator metadata for formats that carry none: a CSV (`id,title,unit,polarity,...`), or
 * JSON that is a list of indicators or an OMF document whose `indicators` are taken.
 *
 * @throws OmfDataError for problems in the metadata; UsageError when the file cannot be read or is not metadata.
 */
export async function readIndicatorMetadata(path: string): Promise<Indicator[]> {
  const text = await readTextFile(path);
  if (!/^\s*[[{]/.test(text)) return readIndicatorsCsv(text, { file: path });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`"${path}" is not indicator metadata: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = Array.isArray(json) ? json : (json as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list)) throw new UsageError(`"${path}" is not indicator metadata: expected a list of indicators or an OMF document`);
  // The reader validates each entry and reports problems at their place in the list.
  return list as Indicator[];
}

/**
 * Reads one data file, every dataset in it (a JSON-stat collection has several), merged into one.
 *
 * @throws OmfDataError listing every problem; UsageError when the file cannot be read.
 */
export async function readDataFile(path: string, indicators?: Indicator[]): Promise<Dataset> {
  const text = await readTextFile(path);
  const datasets = readDatasets(text, { file: path, ...(indicators && { indicators }) });
  return mergeDatasets(datasets, { names: datasets.map(() => path) });
}

/** Reads several data files and merges them (a plan document and the indicator data it measures). */
export async function readDataFiles(paths: readonly string[], indicators?: Indicator[]): Promise<Dataset> {
  const datasets: Dataset[] = [];
  for (const path of paths) datasets.push(await readDataFile(path, indicators));
  return mergeDatasets(datasets, { names: paths });
}

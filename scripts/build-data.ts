/**
 * `npm run data`: converts the real source files in data/raw/ to the canonical JSON files in
 * examples/data/. Deterministic (sorted, stable layout) and idempotent: unchanged files are not rewritten.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OmfDocument } from '@omf/sdk';
import { readAreaCodes } from './data/areas.js';
import { buildCpopDocument } from './data/cpop.js';
import { formatJsonLines } from './data/json-lines.js';
import { buildLgbfDocument } from './data/lgbf.js';
import { buildSamplePlansDocument } from './data/sample-plans.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const raw = (name: string): string => join(root, 'data', 'raw', name);
const outputDir = join(root, 'examples', 'data');

const notes: string[] = [];
const areaCodes = readAreaCodes(raw('scottish_council_areas.csv'));
const lgbf = buildLgbfDocument(raw('lgbf_children_indicators.csv'), raw('lgbf_indicator_metadata.csv'), areaCodes, notes);
const cpop = buildCpopDocument(raw('cpop_cpp_outcomes.csv'), raw('cpop_indicator_metadata.csv'), areaCodes, notes);
const samplePlans = buildSamplePlansDocument([lgbf, cpop]);

const outputs: Array<[file: string, document: OmfDocument]> = [
  ['lgbf-children.json', lgbf],
  ['cpop-outcomes.json', cpop],
  ['sample-plans.json', samplePlans],
];

mkdirSync(outputDir, { recursive: true });
for (const [name, document] of outputs) {
  const file = join(outputDir, name);
  const text = formatJsonLines(document);
  const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (!unchanged) writeFileSync(file, text);
  const counts = `${document.indicators.length} indicators, ${document.observations.length} observations`;
  const plans = document.plans || document.actionPlans ? `, ${document.plans?.length ?? 0} plans, ${document.actionPlans?.length ?? 0} action plans` : '';
  console.log(`${relative(root, file)}: ${counts}${plans}, ${Buffer.byteLength(text)} bytes${unchanged ? ' (unchanged)' : ''}`);
}
for (const note of notes) console.log(`note: ${note}`);

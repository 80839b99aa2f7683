// The bench's build: the production bundle it measures (rollup.config.js's CDN build, as
// `npm run build` makes it; declarations, schema and manifest add no bytes to a page), the browser
// harness, and the generated action plan.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { rollup, type OutputChunk } from 'rollup';
import type { Action, ActionPlan, OmfDocument } from '@omf/sdk';
import { CDN_DIR, cdnRollupConfig } from './sizes.ts';

/** Generated files the bench pages load (git-ignored and lint-ignored, as every dist/). */
export const BUILD_DIR = 'bench/dist';
export const HARNESS = `${BUILD_DIR}/harness.js`;
export const ACTION_PLAN_DATA = `${BUILD_DIR}/action-plan-500.json`;
export const ACTION_PLAN_ID = 'bench-500';
export const ACTION_COUNT = 500;

/**
 * Runs rollup.config.js's CDN build and returns its chunks (for the size breakdown). With `write`
 * false, builds in memory only and leaves packages/elements/cdn as it is.
 */
export async function buildCdn(root: string, write: boolean): Promise<OutputChunk[]> {
  const config = await cdnRollupConfig(root);
  if (write) rmSync(join(root, CDN_DIR), { recursive: true, force: true });
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = write ? await bundle.write(config.output) : await bundle.generate(config.output);
  await bundle.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk');
}

/** Bundles bench/pages/harness.ts (with its own production Lit, for the bare-Lit baseline). */
export async function buildHarness(root: string): Promise<void> {
  await esbuild({
    entryPoints: [join(root, 'bench/pages/harness.ts')],
    outfile: join(root, HARNESS),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'warning',
  });
}

const STATUSES = ['not-started', 'on-track', 'on-track', 'at-risk', 'off-track', 'complete', 'complete', 'cancelled'];

/**
 * A canonical JSON document with one action plan of 500 actions: the first sample plan's actions
 * repeated with new ids, spread over its themes, every status, and due dates across three years
 * (some overdue), so every filter has something to show.
 */
export function writeActionPlan(root: string): void {
  const sample = JSON.parse(readFileSync(join(root, 'examples/data/sample-plans.json'), 'utf8')) as OmfDocument;
  const template = sample.actionPlans?.[0];
  if (!template || template.actions.length === 0) throw new Error('examples/data/sample-plans.json has no action plan to copy');
  const actions: Action[] = Array.from({ length: ACTION_COUNT }, (_, i) => {
    const source = template.actions[i % template.actions.length]!;
    const due = new Date(Date.UTC(2023, 6, 1) + ((i * 37) % 1095) * 86_400_000).toISOString().slice(0, 10);
    return { ...source, id: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, title: `${source.title} (${i + 1})`, due, status: STATUSES[i % STATUSES.length]! };
  });
  const plan: ActionPlan = { ...template, id: ACTION_PLAN_ID, title: `${template.title}: ${ACTION_COUNT} actions (bench)`, actions };
  const document: OmfDocument = { omf: 1, title: 'Bench action plan', indicators: [], observations: [], actionPlans: [plan] };
  mkdirSync(join(root, BUILD_DIR), { recursive: true });
  writeFileSync(join(root, ACTION_PLAN_DATA), JSON.stringify(document));
}

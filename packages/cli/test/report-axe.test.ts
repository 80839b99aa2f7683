/**
 * The HTML report in a real browser: the system Chromium (CHROME_PATH), axe-core with the WCAG 2.x
 * A/AA tags, and the print stylesheet (A4, a new page for each section).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

const bin = fileURLToPath(new URL('../bin/omf.js', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples/data/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
  passes: unknown[];
}

function omf(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stderr }));
  });
}

async function withBrowser(run: (browser: Browser) => Promise<void>): Promise<void> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new'],
  });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
}

/** Runs axe on the page and returns its violations as readable lines. */
async function axeViolations(browser: Browser, file: string): Promise<{ lines: string[]; passes: number }> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  )) as AxeResults;
  await page.close();
  return {
    lines: results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
    ),
    passes: results.passes.length,
  };
}

test('the HTML reports (English with a LOIP and an action plan, Gàidhlig, the index) pass axe with no violations', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'omf-axe-'));
  try {
    const plans = join(examples, 'sample-plans.json');
    const lgbf = join(examples, 'lgbf-children.json');
    const runs = [
      ['report', lgbf, plans, '--area', 'S12000033', '--action-plan', 'aberdeen-city-cspp-2023-26', '--as-of', '2025-07-15', '--out', join(dir, 'aberdeen.html')],
      ['report', lgbf, '--area', 'S12000013', '--lang', 'gd', '--as-of', '2025-07-15', '--out', join(dir, 'siar-gd.html')],
      ['report', lgbf, '--all', '--as-of', '2025-07-15', '--out', join(dir, 'all')],
    ];
    for (const args of runs) {
      const run = await omf(args);
      assert.equal(run.code, 0, run.stderr);
    }
    await withBrowser(async (browser) => {
      for (const file of [join(dir, 'aberdeen.html'), join(dir, 'siar-gd.html'), join(dir, 'all', 'index.html')]) {
        const { lines, passes } = await axeViolations(browser, file);
        assert.deepEqual(lines, [], file);
        assert.ok(passes > 10, `axe ran its checks on ${file}`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('printed on A4, each section after the headline starts a new page and the contents list is left out', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'omf-print-'));
  try {
    const file = join(dir, 'report.html');
    const run = await omf(['report', join(examples, 'lgbf-children.json'), '--area', 'S12000033', '--as-of', '2025-07-15', '--out', file]);
    assert.equal(run.code, 0, run.stderr);
    await withBrowser(async (browser) => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      const layout = await page.evaluate(() => ({
        sections: [...document.querySelectorAll('main > section')].map((section) => getComputedStyle(section).breakBefore),
        navigation: getComputedStyle(document.querySelector('nav') as Element).display,
      }));
      // Headline first, then a page per indicator (4) and the sources.
      assert.deepEqual(layout.sections, ['auto', 'page', 'page', 'page', 'page', 'page']);
      assert.equal(layout.navigation, 'none');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 6, `${pages} pages`);
      await page.close();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report of hostile data, opened in the browser, has no injected element, handler or dialog', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'omf-hostile-'));
  try {
    const file = join(dir, 'hostile.html');
    const fixture = fileURLToPath(new URL('fixtures/hostile.json', import.meta.url));
    const run = await omf(['report', fixture, '--area', 'X00000001', '--as-of', '2025-07-15', '--out', file]);
    assert.equal(run.code, 0, run.stderr);
    await withBrowser(async (browser) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const found = await page.evaluate(() => ({
        injected: document.querySelectorAll('script, img, iframe, object, embed, foreignObject').length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.localName} ${attribute.name}`)),
        svgs: document.querySelectorAll('svg.omf-chart').length,
        heading: document.querySelector('h1')?.textContent,
        lineLabel: document.querySelector('svg.omf-chart-trend')?.getAttribute('aria-label'),
        links: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')).filter((href) => !href?.startsWith('#') && !href?.startsWith('https:')),
      }));
      assert.deepEqual(dialogs, []);
      assert.equal(found.injected, 0);
      assert.deepEqual(found.handlers, []);
      assert.deepEqual(found.links, []);
      assert.equal(found.svgs, 2, 'the trend chart and the comparison of the areas the data has are drawn');
      assert.equal(found.heading, '<img src=x onerror=alert(3)> Place: outcomes report');
      assert.equal(found.lineLabel, 'Line chart of <svg onload=alert(4)> share for <img src=x onerror=alert(3)> Place and Scotland, 2021/22 to 2022/23');
      await page.close();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

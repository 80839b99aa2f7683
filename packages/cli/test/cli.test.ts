/**
 * The built `omf` binary (packages/cli/bin/omf.js -> dist/main.js; `npm test` builds first), run as a
 * user runs it, on the built-in data (examples/data) and on broken fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { councils, escapeHtml, readDataset, summarise } from '@omf/sdk';
import type { OmfDocument } from '@omf/sdk';
// The one module tested in-process: a spawned binary never writes to a terminal.
import { progressOn } from '../src/progress.ts';

const bin = fileURLToPath(new URL('../bin/omf.js', import.meta.url));
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples/data/', import.meta.url));
const LGBF = join(examples, 'lgbf-children.json');
const PLANS = join(examples, 'sample-plans.json');
const AS_OF = '2025-07-15';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary with plain `node` (no source conditions, no tsx) and collects its output. */
function omf(args: readonly string[], options: { cwd?: string } = {}): Promise<Run> {
  assert.ok(existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url))), 'packages/cli/dist/main.js is missing: run `node scripts/build.mjs` first');
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: options.cwd ?? fixtures, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'omf-cli-test-'));
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

test('--version, --help and every command\'s --help', async () => {
  const version = await omf(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout, `${readJson<{ version: string }>(fileURLToPath(new URL('../package.json', import.meta.url))).version}\n`);

  const help = await omf(['--help']);
  assert.equal(help.code, 0);
  for (const line of ['omf validate FILE...', 'omf convert FILE --to omf-json|csv', 'omf report FILE... --area CODE', 'omf report FILE... --all --out DIR']) {
    assert.ok(help.stdout.includes(line), line);
  }
  for (const command of ['validate', 'convert', 'report']) {
    const commandHelp = await omf([command, '--help']);
    assert.equal(commandHelp.code, 0);
    assert.ok(commandHelp.stdout.startsWith(`Usage: omf ${command} `), command);
    assert.equal((await omf(['help', command])).stdout, commandHelp.stdout);
  }
});

test('usage errors exit 2 with a message naming the problem', async () => {
  const cases: Array<[string[], string]> = [
    [[], 'Usage:'],
    [['frobnicate'], 'omf: unknown command "frobnicate"'],
    [['validate'], 'omf validate: name at least one FILE to validate'],
    [['validate', '--strict', 'broken.csv'], "omf validate: Unknown option '--strict'"],
    [['convert', LGBF], 'omf convert: say which format to write with --to omf-json or --to csv'],
    [['convert', LGBF, '--to', 'xlsx'], 'omf convert: unknown format "xlsx"'],
    [['report', LGBF], 'omf report: give either --area CODE or --all'],
    [['report', LGBF, '--all'], 'omf report: --all writes one file per council: give --out DIR'],
    [['report', LGBF, '--area', 'Atlantis'], 'omf report: unknown area "Atlantis"'],
    [['report', LGBF, '--area', 'S12000033', '--indicator', 'CHN99'], 'omf report: unknown indicator "CHN99"'],
    [['report', PLANS, '--area', 'S12000033', '--plan', 'nope'], 'omf report: unknown outcome plan "nope" (the data has: aberdeen-city-loip-2016-26)'],
    [['report', PLANS, '--area', 'Angus', '--plan', 'aberdeen-city-loip-2016-26'], 'omf report: plan "aberdeen-city-loip-2016-26" is for Aberdeen City, not Angus'],
    [['report', PLANS, '--area', 'S12000033', '--action-plan', 'nope'], 'omf report: unknown action plan "nope"'],
    [['report', LGBF, '--area', 'S12000033', '--as-of', '2025-02-30'], 'omf report: --as-of must be a date written YYYY-MM-DD, not "2025-02-30"'],
    [['report', LGBF, '--area', 'S12000033', '--lang', 'fr'], 'omf report: unknown language "fr"'],
    [['report', 'missing.json', '--area', 'S12000033'], 'omf report: cannot read "missing.json": no such file or directory'],
  ];
  for (const [args, message] of cases) {
    const run = await omf(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.ok(run.stderr.includes(message), `${args.join(' ')}: ${run.stderr}`);
    assert.equal(run.stdout, '', args.join(' '));
  }
});

test('validate: the built-in data is valid', async () => {
  const files = ['lgbf-children.json', 'cpop-outcomes.json', 'sample-plans.json'];
  const run = await omf(['validate', ...files], { cwd: examples });
  const observations = files.reduce((sum, file) => sum + readJson<OmfDocument>(join(examples, file)).observations.length, 0);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `3 files, ${observations} observations, 0 problems\n`);
});

test('validate: one line per problem, FILE:LINE:COL for CSV and FILE#pointer for JSON, exit 1', async () => {
  const run = await omf(['validate', 'broken.csv', 'broken.json', 'syntax-error.json']);
  assert.equal(run.code, 1);
  const lines = run.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 8), [
    'broken.csv:3:2: area: unknown area "Edinbrugh"',
    'broken.csv:4:3: period: cannot read period "20X0" (expected e.g. 2023/24, 2023-24, 2023, 2023-Q2, 2023-06, 2023-06-30 or 2018-2022)',
    'broken.csv:5:4: value: value "lots" is neither a number nor a known marker (dna, *, NA, N/A, x, .., : or empty)',
    'broken.csv:6:3: period: duplicate observation for CHN18, S12000033, 2020/21 (first at line 2)',
    'broken.json#/indicators/0/unit: unit: unknown unit "percentage" (expected percent, count, rate, currency, ratio, score, hours, days, index)',
    'broken.json#/observations/1/area: area: unknown area "Atlantis"',
    'broken.json#/observations/2/indicator: indicator: observation for undeclared indicator "missing"',
    'broken.json#/observations/2/value: value: value "high" is neither a number nor a known marker (dna, *, NA, N/A, x, .., : or empty)',
  ]);
  // The JSON parser's own words differ between Node versions; the place does not.
  assert.equal(lines.length, 9);
  assert.match(lines[8] ?? '', /^syntax-error\.json:2:14: json: not valid JSON: /);
  assert.equal(run.stderr, '3 files, 0 observations, 9 problems\n');
});

test('validate: a file that cannot be read is named, and the others are still checked', async () => {
  const run = await omf(['validate', 'nope.csv', 'broken.csv']);
  assert.equal(run.code, 2);
  assert.equal(run.stdout.trimEnd().split('\n').length, 4);
  assert.equal(run.stderr, 'omf validate: cannot read "nope.csv": no such file or directory\n1 file, 0 observations, 4 problems, 1 file could not be read\n');
});

test('convert: OMF JSON -> CSV (+ indicator metadata) -> OMF JSON gives the same indicators and observations', async () => {
  const dir = temporaryDirectory();
  try {
    const toCsv = await omf(['convert', LGBF, '--to', 'csv', '--out', join(dir, 'lgbf.csv'), '--indicators-out', join(dir, 'indicators.csv')]);
    assert.equal(toCsv.code, 0, toCsv.stderr);
    assert.equal(toCsv.stdout, '');
    assert.ok(readFileSync(join(dir, 'lgbf.csv'), 'utf8').startsWith('indicator,area,period,value,'));

    const back = await omf(['convert', join(dir, 'lgbf.csv'), '--to', 'omf-json', '--indicators', join(dir, 'indicators.csv')]);
    assert.equal(back.code, 0, back.stderr);
    const original = readJson<OmfDocument>(LGBF);
    const roundTrip = JSON.parse(back.stdout) as OmfDocument;
    assert.deepEqual(roundTrip.indicators, original.indicators);
    assert.deepEqual(roundTrip.observations, original.observations);
    assert.deepEqual(readdirSync(dir).sort(), ['indicators.csv', 'lgbf.csv'], 'no temporary files left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('convert: broken data exits 1 with its problems on standard error and writes nothing', async () => {
  const dir = temporaryDirectory();
  try {
    const run = await omf(['convert', 'broken.csv', '--to', 'omf-json', '--out', join(dir, 'out.json')]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.ok(run.stderr.startsWith('broken.csv:3:2: area: unknown area "Edinbrugh"\n'));
    assert.ok(run.stderr.endsWith('omf convert: the data has 4 problems; nothing was written\n'));
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an output path that cannot be written: exit 1, a clear message, nothing left behind', async () => {
  const dir = temporaryDirectory();
  try {
    writeFileSync(join(dir, 'a-file'), 'not a directory');
    const cases: Array<[string, string]> = [
      [join(dir, 'no-such-dir', 'report.html'), 'no such file or directory'],
      [join(dir, 'a-file', 'report.html'), 'a part of the path is not a directory'],
    ];
    for (const [out, reason] of cases) {
      const run = await omf(['report', LGBF, '--area', 'S12000033', '--as-of', AS_OF, '--out', out]);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, `omf report: cannot write "${out}": ${reason}\n`);
      const converted = await omf(['convert', LGBF, '--to', 'csv', '--out', out]);
      assert.equal(converted.code, 1);
      assert.ok(converted.stderr.endsWith(`omf convert: cannot write "${out}": ${reason}\n`));
    }
    const all = await omf(['report', LGBF, '--all', '--as-of', AS_OF, '--out', join(dir, 'a-file', 'reports')]);
    assert.equal(all.code, 1);
    assert.match(all.stderr, /^omf report: cannot create the directory ".*a-file\/reports": /);
    assert.deepEqual(readdirSync(dir), ['a-file'], 'no temporary or partial files');
    assert.equal(readFileSync(join(dir, 'a-file'), 'utf8'), 'not a directory');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('report: the HTML report for Aberdeen City has its figures, summary sentences, source and no script', async () => {
  const run = await omf(['report', LGBF, '--area', 'Aberdeen City', '--as-of', AS_OF]);
  assert.equal(run.code, 0, run.stderr);
  const html = run.stdout;
  assert.ok(html.startsWith('<!doctype html>'));
  assert.ok(html.includes('<h1>Aberdeen City: outcomes report</h1>'));
  assert.ok(html.includes('Figures as of 15 July 2025.'));
  // CHN18 in 2020/21: 82.4%, the sentence from summarise(), and the all-council table row.
  const dataset = readDataset(readFileSync(LGBF, 'utf8'));
  const sentence = summarise(dataset, 'CHN18', 'S12000033').sentence;
  assert.ok(sentence.startsWith('In 2020/21, Percentage of Funded Early Years Provision Which is Graded Good/Better in Aberdeen City was 82.4%'));
  assert.ok(html.includes(`<p class="sentence">${escapeHtml(sentence)}</p>`));
  assert.ok(html.includes('<p class="card-value">82.4% <span class="card-period">2020/21</span></p>'));
  assert.ok(html.includes('<tr class="highlight"><th scope="row"><strong>Aberdeen City (this area)</strong></th><td><strong>31</strong></td><td><strong>82.4%</strong></td></tr>'));
  assert.ok(html.includes('Improvement Service, Local Government Benchmarking Framework 2020-21'));
  assert.ok(html.includes('Open Government Licence v3.0 (OGL-UK-3.0)'));
  assert.ok(!/<script|\son[a-z]+=/i.test(html));
  // Each of the four indicators has its trend and all-council charts, drawn by the elements' chart code.
  assert.equal((html.match(/<svg\b[^>]*\bclass="omf-chart omf-chart-trend"/g) ?? []).length, 4);
  assert.equal((html.match(/<svg\b[^>]*\bclass="omf-chart omf-chart-compare"/g) ?? []).length, 4);
  assert.equal((html.match(/<figure class="chart" aria-labelledby="indicator-\d-(trend|compare)-title"><div class="chart-frame"><svg /g) ?? []).length, 8);
});

test('progress: a bar redrawn in place on a terminal', () => {
  const written: string[] = [];
  const progress = progressOn({ isTTY: true, columns: 60, write: (text: string) => written.push(text) });
  progress.step(8, 32, 'Dundee City');
  progress.finish();
  assert.deepEqual(written, ['\r[######------------------] 8/32 Dundee City\x1b[K', '\n']);
});

test('report: Markdown and CSV carry the same figures; --out DIR names the file after the council', async () => {
  const markdown = await omf(['report', LGBF, '--area', 'S12000033', '--as-of', AS_OF, '--format', 'md']);
  assert.equal(markdown.code, 0, markdown.stderr);
  assert.match(markdown.stdout, /^\| Percentage of Funded Early Years Provision Which is Graded Good\/Better \| 82\.4% \| 2020\/21 \| \+5\.2 percentage points \(2019\/20 to 2020\/21\) \| worsening \| Scotland: 90\.9% \| 31 of 32 \|$/m);
  assert.ok(markdown.stdout.includes('Ranked 31st of 32 councils.'));

  const csv = await omf(['report', LGBF, '--area', 'S12000033', '--as-of', AS_OF, '--format', 'csv']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.ok(csv.stdout.startsWith('section,id,title,area,area_name,period,figure,value,unit,note\n'));
  assert.ok(csv.stdout.includes('\nheadline,CHN18,Percentage of Funded Early Years Provision Which is Graded Good/Better,S12000033,Aberdeen City,2020/21,latest,82.4176,percent,\n'));

  const dir = temporaryDirectory();
  try {
    const run = await omf(['report', PLANS, '--area', 'S12000033', '--as-of', AS_OF, '--action-plan', 'aberdeen-city-cspp-2023-26', '--out', dir, '--format', 'md']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(dir), ['aberdeen-city.md']);
    const text = readFileSync(join(dir, 'aberdeen-city.md'), 'utf8');
    assert.ok(text.includes('## Local Outcome Improvement Plan progress'));
    assert.ok(text.includes('## Action plan status'));
    assert.ok(text.includes('> **Illustrative: parts of this report are invented for demonstration, not real figures:**'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('report: a Gàidhlig report', async () => {
  const run = await omf(['report', LGBF, '--area', 'S12000033', '--as-of', AS_OF, '--lang', 'gd', '--format', 'md']);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.stdout.startsWith('# Obar Dheathain: aithisg bhuilean\n'));
});

test('report --all: one report per council and an index, with progress lines when not on a terminal', async (t) => {
  const dir = temporaryDirectory();
  try {
    const started = performance.now();
    const run = await omf(['report', LGBF, '--all', '--as-of', AS_OF, '--out', join(dir, 'reports')]);
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(`omf report --all (32 councils, HTML): ${seconds.toFixed(1)} s`);
    assert.equal(run.code, 0, run.stderr);
    const files = readdirSync(join(dir, 'reports')).sort();
    assert.equal(files.length, 33);
    assert.ok(files.includes('index.html'));
    assert.ok(files.includes('aberdeen-city.html'));
    assert.ok(files.includes('na-h-eileanan-siar.html'));
    const progress = run.stderr.trimEnd().split('\n');
    assert.equal(progress.length, 33);
    assert.equal(progress[0], `[ 1/32] Aberdeen City → ${join(dir, 'reports', 'aberdeen-city.html')}`);
    assert.match(progress[32] ?? '', /^32 reports and index\.html written to .* in \d+\.\d s$/);

    const index = readFileSync(join(dir, 'reports', 'index.html'), 'utf8');
    assert.equal((index.match(/<li><a href="[a-z-]+\.html">/g) ?? []).length, 32);
    for (const council of councils) assert.ok(index.includes(`>${escapeHtml(council.name)}</a>`), council.name);
    const angus = readFileSync(join(dir, 'reports', 'angus.html'), 'utf8');
    assert.ok(angus.includes('<h1>Angus: outcomes report</h1>'));
    assert.ok(seconds < 120, `took ${seconds.toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('report --all in Markdown writes index.md', async () => {
  const dir = temporaryDirectory();
  try {
    mkdirSync(join(dir, 'out'));
    const run = await omf(['report', LGBF, '--all', '--as-of', AS_OF, '--out', join(dir, 'out'), '--format', 'md']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readdirSync(join(dir, 'out')).length, 33);
    assert.ok(readFileSync(join(dir, 'out', 'index.md'), 'utf8').includes('- [Aberdeen City](aberdeen-city.md)\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The report model and its Markdown, HTML and CSV writers, on the built-in data and on hostile data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  buildReport,
  DEFAULT_REPORT_INDICATORS,
  escapeHtml,
  escapeMarkdown,
  neutraliseCell,
  OmfLookupError,
  readDataset,
  renderHtml,
  renderMarkdown,
  renderReportIndex,
  REPORT_CSV_COLUMNS,
  safeHref,
  summarise,
  summariseActionPlan,
  toCsv,
} from '@omf/sdk';
import type { ChartSpec, Dataset, OmfDocument } from '@omf/sdk';

const repoRoot = new URL('../../../', import.meta.url);
const readExample = (name: string): Dataset => readDataset(readFileSync(new URL(`examples/data/${name}`, repoRoot), 'utf8'), { file: name });

const lgbf = readExample('lgbf-children.json');
const plans = readExample('sample-plans.json');
const ABERDEEN_CITY = 'S12000033';
const AS_OF = '2025-07-15';

test('a default report has the early years set in order, with summarise()\'s figures and sentences', () => {
  const report = buildReport(lgbf, { area: 'Aberdeen City', asOf: AS_OF });
  assert.deepEqual(report.indicators.map((entry) => entry.indicator.id), ['CHN17', 'CHN18', 'CHN3', 'CHN24']);
  assert.deepEqual(DEFAULT_REPORT_INDICATORS, ['CHN17', 'CHN18', 'CHN3', 'CHN24']);
  assert.equal(report.area.code, ABERDEEN_CITY);
  assert.equal(report.title, 'Aberdeen City: outcomes report');
  assert.equal(report.asOfText, '15 July 2025');

  const chn18 = report.indicators[1];
  assert.ok(chn18);
  assert.equal(chn18.headline.latest, '82.4%');
  assert.equal(chn18.headline.period, '2020/21');
  assert.equal(chn18.headline.trend, 'worsening');
  assert.equal(chn18.headline.comparison, 'Scotland: 90.9%');
  assert.equal(chn18.headline.rank, '31 of 32');
  assert.equal(chn18.summary.sentence, summarise(lgbf, 'CHN18', ABERDEEN_CITY).sentence);
  // The comparison chart is of every council in the area's latest period, the area highlighted.
  const comparison = chn18.compareChart?.description;
  assert.equal(comparison?.period.label, '2020/21');
  assert.equal(comparison?.rows.length, 32);
  assert.equal(comparison?.highlight?.area, ABERDEEN_CITY);
  assert.equal(chn18.trendChart.description.comparison?.name, 'Scotland');
  assert.deepEqual(report.sources.map((source) => source.licence), ['OGL-UK-3.0']);
  assert.deepEqual(report.illustrative, []);
});

test('a dataset with none of the early years set reports every indicator; named indicators keep their order', () => {
  const document: OmfDocument = {
    omf: 1,
    indicators: [
      { id: 'b', title: 'Second', unit: 'count', polarity: 'neutral' },
      { id: 'a', title: 'First', unit: 'count', polarity: 'neutral' },
    ],
    observations: [{ indicator: 'a', area: ABERDEEN_CITY, period: '2023', value: 1 }],
  };
  const dataset = readDataset(document);
  assert.deepEqual(buildReport(dataset, { area: ABERDEEN_CITY, asOf: AS_OF }).indicators.map((entry) => entry.indicator.id), ['b', 'a']);
  assert.deepEqual(buildReport(dataset, { area: ABERDEEN_CITY, asOf: AS_OF, indicators: ['a'] }).indicators.map((entry) => entry.title), ['First']);
  const noData = buildReport(dataset, { area: 'Angus', asOf: AS_OF, indicators: ['a'] }).indicators[0];
  assert.equal(noData?.headline.latest, 'no data');
  assert.equal(noData?.compareChart, undefined);
});

test('unknown names and bad dates are errors that say what was wrong', () => {
  const lookup = (kind: string, fragment: RegExp) => (error: unknown) => error instanceof OmfLookupError && error.kind === kind && fragment.test(error.message);
  assert.throws(() => buildReport(lgbf, { area: 'Atlantis', asOf: AS_OF }), lookup('area', /unknown area "Atlantis"/));
  assert.throws(() => buildReport(lgbf, { area: ABERDEEN_CITY, asOf: AS_OF, indicators: ['CHN99'] }), lookup('indicator', /unknown indicator "CHN99" \(the data has: CHN1, /));
  assert.throws(() => buildReport(plans, { area: ABERDEEN_CITY, asOf: AS_OF, plan: 'nope' }), lookup('plan', /unknown outcome plan "nope"/));
  assert.throws(() => buildReport(plans, { area: 'Angus', asOf: AS_OF, plan: 'aberdeen-city-loip-2016-26' }), lookup('plan', /is for Aberdeen City, not Angus/));
  assert.throws(() => buildReport(plans, { area: ABERDEEN_CITY, asOf: AS_OF, actionPlan: 'nope' }), lookup('actionPlan', /unknown action plan "nope"/));
  assert.throws(() => buildReport(lgbf, { area: ABERDEEN_CITY, asOf: '2025-7-15' }), RangeError);
});

test('the area\'s own LOIP is included by default; action plans only when named', () => {
  const aberdeen = buildReport(plans, { area: ABERDEEN_CITY, asOf: AS_OF });
  assert.equal(aberdeen.plan?.plan.id, 'aberdeen-city-loip-2016-26');
  assert.equal(aberdeen.actionPlan, undefined);
  assert.equal(buildReport(plans, { area: 'Angus', asOf: AS_OF }).plan, undefined);

  const full = buildReport(plans, { area: ABERDEEN_CITY, asOf: AS_OF, actionPlan: 'aberdeen-city-cspp-2023-26' });
  const actionPlan = plans.actionPlan('aberdeen-city-cspp-2023-26');
  assert.ok(actionPlan);
  assert.equal(full.actionPlan?.summary.sentence, summariseActionPlan(actionPlan, { asOf: AS_OF }).sentence);
  assert.deepEqual(full.illustrative, [
    'plan Aberdeen City Local Outcome Improvement Plan 2016-26 (illustrative)',
    "action plan Aberdeen City Children's Services Plan 2023-26 action plan (illustrative)",
  ]);
  const markdown = renderMarkdown(full);
  assert.match(markdown, /^## Local Outcome Improvement Plan progress$/m);
  assert.match(markdown, /^## Action plan status$/m);
  // Two actions were due before 15 July 2025 and are still open; one falls due within 90 days.
  assert.equal(full.actionPlan?.summary.overdue.length, 2);
  assert.match(markdown, /\| Overdue by 15 days \|/);
  assert.match(markdown, /\| Due in 77 days \|/);
});

test('Markdown has the headline table, the summary sentences and a table under each chart', () => {
  const report = buildReport(lgbf, { area: ABERDEEN_CITY, asOf: AS_OF });
  const markdown = renderMarkdown(report);
  assert.ok(markdown.startsWith('# Aberdeen City: outcomes report\n\nFigures as of 15 July 2025.'));
  assert.match(markdown, /^\| Percentage of Funded Early Years Provision Which is Graded Good\/Better \| 82\.4% \| 2020\/21 \| \+5\.2 percentage points \(2019\/20 to 2020\/21\) \| worsening \| Scotland: 90\.9% \| 31 of 32 \|$/m);
  assert.ok(markdown.includes(`\n${summarise(lgbf, 'CHN18', ABERDEEN_CITY).sentence}\n`));
  assert.match(markdown, /^\| 2020\/21 \| 82\.4% \| 90\.9% \|$/m, 'trend table row');
  assert.match(markdown, /^\| Aberdeen City \(this area\) \| 31 \| 82\.4% \|$/m, 'comparison table row');
  assert.match(markdown, /^ {2}- Licence: Open Government Licence v3\.0 \(OGL-UK-3\.0\) <https:\/\/www\.nationalarchives\.gov\.uk\/doc\/open-government-licence\/version\/3\/>$/m);
});

test('CSV has the figures behind the report, missing values empty and never 0', () => {
  const report = buildReport(lgbf, { area: ABERDEEN_CITY, asOf: AS_OF });
  const lines = toCsv(report).trimEnd().split('\n');
  assert.equal(lines[0], REPORT_CSV_COLUMNS.join(','));
  assert.ok(lines.includes('headline,CHN18,Percentage of Funded Early Years Provision Which is Graded Good/Better,S12000033,Aberdeen City,2020/21,latest,82.4176,percent,'));
  assert.ok(lines.includes('headline,CHN18,Percentage of Funded Early Years Provision Which is Graded Good/Better,S12000033,Aberdeen City,2020/21,rank,31,rank,'));
  assert.ok(lines.includes('headline,CHN18,Percentage of Funded Early Years Provision Which is Graded Good/Better,S92000003,Scotland,2020/21,comparator,90.9274,percent,area worse'));
  assert.ok(lines.includes('trend,CHN17,Percentage of Children Meeting Developmental Milestones,S12000033,Aberdeen City,2020/21,value,,percent,not-available'));
  assert.equal(lines.filter((line) => line.startsWith('comparison,CHN18,')).length, 33, '32 councils and Scotland');
});

/** Strings that try to become markup, links, formulas or Markdown. */
const HOSTILE = {
  title: '<script>alert("title")</script> & =HYPERLINK("https://evil.example")',
  name: '"><img src=x onerror=alert(1)>',
  url: 'javascript:alert(1)',
  text: "' onmouseover='alert(2)' [link](javascript:alert(3)) | pipe",
  formula: "=cmd|' /C calc'!A0",
};

function hostileDataset(): Dataset {
  return readDataset({
    omf: 1,
    title: HOSTILE.title,
    source: { name: HOSTILE.name, url: HOSTILE.url, licence: HOSTILE.text, attribution: HOSTILE.title },
    indicators: [{ id: 'evil', title: HOSTILE.title, description: HOSTILE.text, unit: 'percent', polarity: 'higher-is-better', illustrative: true }],
    observations: [
      { indicator: 'evil', area: ABERDEEN_CITY, period: '2022/23', value: 50 },
      { indicator: 'evil', area: ABERDEEN_CITY, period: '2023/24', value: 55 },
      { indicator: 'evil', area: 'S12000034', period: '2023/24', value: 60 },
    ],
    plans: [
      {
        id: 'plan', partnership: HOSTILE.name, area: ABERDEEN_CITY, title: HOSTILE.title, period: { start: '2020-04-01', end: '2030-03-31' },
        outcomes: [{ id: 'o', title: HOSTILE.text, theme: HOSTILE.name, locality: HOSTILE.url, measures: [{ id: 'm', title: HOSTILE.title, indicator: 'evil', baseline: { period: '2022/23', value: 50 }, target: { period: '2029/30', value: 70 } }] }],
      },
    ],
    actionPlans: [
      {
        id: 'actions', partnership: HOSTILE.name, title: HOSTILE.title, period: { start: '2023-04-01', end: '2026-03-31' },
        actions: [{ id: '=1+1', theme: HOSTILE.formula, title: HOSTILE.title, lead: HOSTILE.text, due: '2024-01-31', status: 'at-risk', updates: [{ date: '2024-01-01', status: 'at-risk', text: HOSTILE.text }] }],
      },
    ],
  } satisfies OmfDocument);
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'nav', 'section', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'strong', 'span', 'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'id', 'href', 'role', 'scope', 'aria-labelledby']);

test('HTML escapes every data string: only known tags and attributes, no script, links only to https or the page', () => {
  const report = buildReport(hostileDataset(), { area: ABERDEEN_CITY, asOf: '2024-06-30', actionPlan: 'actions' });
  const html = renderHtml(report);
  const tags = [...html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)];
  assert.ok(tags.length > 50);
  for (const [, tag = '', attributes = ''] of tags) {
    assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(attribute), `unexpected attribute ${attribute} on <${tag}>`);
      if (attribute === 'href') assert.match(value, /^(#[a-z0-9-]+|https:\/\/)/);
    }
  }
  // Every "<" in the page starts one of the tags checked above (or a closing tag, or the doctype).
  assert.equal((html.match(/</g) ?? []).length, tags.length + (html.match(/<\//g) ?? []).length + 1);
  assert.ok(html.includes(escapeHtml(HOSTILE.title)));
  assert.ok(html.includes('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!html.includes('href="javascript'), 'a javascript: source URL is shown as text');
  assert.ok(html.includes('(javascript:alert(1))'));
});

test('Markdown escapes every data string', () => {
  const markdown = renderMarkdown(buildReport(hostileDataset(), { area: ABERDEEN_CITY, asOf: '2024-06-30', actionPlan: 'actions' }));
  assert.ok(!/(?<!\\)<(script|img)/i.test(markdown), 'no raw tags');
  assert.ok(!/(?<!\\)\]\(javascript/.test(markdown), 'no live link');
  assert.ok(markdown.includes('\\<script\\>alert("title")\\</script\\>'));
  assert.ok(markdown.includes('\\[link\\](javascript:alert(3)) \\| pipe'));
  // A pipe in the data cannot add a column: every row of a table has its header's number of cells.
  const tables = markdown.split('\n\n').filter((block) => block.startsWith('| '));
  assert.ok(tables.length >= 5);
  for (const block of tables) {
    const cells = block.split('\n').map((line) => (line.match(/(?<!\\)\|/g) ?? []).length);
    assert.deepEqual(new Set(cells).size, 1, block);
  }
});

test('CSV neutralises text cells that a spreadsheet would run as formulas, but not numbers', () => {
  const csv = toCsv(buildReport(hostileDataset(), { area: ABERDEEN_CITY, asOf: '2024-06-30', actionPlan: 'actions' }));
  assert.ok(!/(^|,)"?[=+@]/m.test(csv.replaceAll("'=", '').replaceAll("'+", '').replaceAll("'@", '')));
  assert.ok(csv.includes(`"<script>alert(""title"")</script> & =HYPERLINK(""https://evil.example"")"`));
  assert.match(csv, /^action-plan-theme,actions,'=cmd\|' \/C calc'!A0,/m);
  assert.match(csv, /^headline,evil,.*,change,5,percent,/m);
  assert.equal(neutraliseCell('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(neutraliseCell('-5'), "'-5");
  assert.equal(neutraliseCell('\tx'), "'\tx");
  assert.equal(neutraliseCell('Aberdeen'), 'Aberdeen');
});

test('renderHtml draws charts through the callback, inside a figure named by its heading; without it, tables only', () => {
  const report = buildReport(lgbf, { area: ABERDEEN_CITY, asOf: AS_OF });
  const specs: ChartSpec[] = [];
  const html = renderHtml(report, {
    charts: (spec) => {
      specs.push(spec);
      return `<svg role="img" aria-label="chart ${spec.id}"></svg>`;
    },
  });
  assert.deepEqual(specs.map((spec) => `${spec.kind}:${spec.id}`), [
    'trend:indicator-1-trend', 'compare:indicator-1-compare',
    'trend:indicator-2-trend', 'compare:indicator-2-compare',
    'trend:indicator-3-trend', 'compare:indicator-3-compare',
    'trend:indicator-4-trend', 'compare:indicator-4-compare',
  ]);
  assert.ok(html.includes('<figure class="chart" aria-labelledby="indicator-2-trend-title"><div class="chart-frame"><svg role="img" aria-label="chart indicator-2-trend"></svg></div></figure><table>'));
  assert.equal((html.match(/<table>/g) ?? []).length, 8, 'a data table under each chart');

  const plain = renderHtml(report);
  assert.ok(!plain.includes('<figure'));
  assert.equal((plain.match(/<table>/g) ?? []).length, 8);
  assert.ok(plain.includes(`<p class="sentence">${escapeHtml(summarise(lgbf, 'CHN18', ABERDEEN_CITY).sentence)}</p>`));
});

test('HTML is one self-contained page with no JavaScript and a print stylesheet', () => {
  const html = renderHtml(buildReport(plans, { area: ABERDEEN_CITY, asOf: AS_OF, actionPlan: 'aberdeen-city-cspp-2023-26' }));
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en-GB">'));
  assert.ok(!/<script|<link|\ssrc=|\son[a-z]+=/i.test(html));
  assert.match(html, /@page \{ size: A4;/);
  assert.match(html, /main > section \{ break-before: page; \}/);
  for (const id of ['headline', 'loip', 'action-plan', 'sources']) assert.ok(html.includes(`<section id="${id}" aria-labelledby="${id}-heading">`));
  assert.ok(html.includes('<th scope="col">'));
  assert.ok(html.includes('<th scope="row">'));
});

test('Gàidhlig reports use the Gàidhlig words and page language', () => {
  const report = buildReport(lgbf, { area: ABERDEEN_CITY, asOf: AS_OF, locale: 'gd' });
  assert.equal(report.area.name, 'Obar Dheathain');
  const html = renderHtml(report);
  assert.ok(html.includes('<html lang="gd">'));
  assert.ok(html.includes('<h1>Obar Dheathain: aithisg bhuilean</h1>'));
  assert.ok(html.includes('Prìomh chomharran'));
});

test('the index links each report by a relative path that cannot become a script or another scheme', () => {
  const entries = [
    { area: ABERDEEN_CITY, name: 'Aberdeen City', href: 'aberdeen-city.html' },
    { area: 'x', name: HOSTILE.name, href: 'javascript:alert(1)' },
  ];
  const html = renderReportIndex(entries, { format: 'html', asOf: AS_OF });
  assert.ok(html.includes('<li><a href="aberdeen-city.html">Aberdeen City</a></li>'));
  assert.ok(html.includes('<a href="javascript%3Aalert(1)">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>'));
  assert.ok(html.includes('One report for each council, figures as of 15 July 2025.'));
  const markdown = renderReportIndex(entries, { format: 'md', asOf: AS_OF });
  assert.ok(markdown.includes('- [Aberdeen City](aberdeen-city.html)\n'));
  assert.ok(markdown.includes('(javascript%3Aalert(1))'));
  assert.equal(renderReportIndex(entries.slice(0, 1), { format: 'csv', asOf: AS_OF }), 'area,area_name,file\nS12000033,Aberdeen City,aberdeen-city.html\n');
});

test('escapeHtml, escapeMarkdown and safeHref', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(escapeMarkdown('*bold* _it_ `code` <b> a|b\nnext'), '\\*bold\\* \\_it\\_ \\`code\\` \\<b\\> a\\|b next');
  assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  assert.equal(escapeMarkdown('96.6% and -5.2'), '96.6% and -5.2');
  assert.equal(safeHref('https://example.org/a?b=c'), 'https://example.org/a?b=c');
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' https://example.org', 'java\tscript:x', 'data:text/html,x', 'http://example.org', 'https://example.org/"onmouseover', 'vbscript:x']) {
    assert.equal(safeHref(url), undefined, url);
  }
});

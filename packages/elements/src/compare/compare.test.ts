import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readDataset, type OmfDocument } from '@omf/sdk';
import '../define/omf-compare.js';
import '../define/omf-indicator.js';
import type { OmfCompare } from './compare.js';
import type { OmfIndicator } from '../indicator/indicator.js';
import { chartOf, createWidget, expectAccessible, expectErrorState, expectLoadingState, failOnWindowErrors, LGBF_URL, MALFORMED_URL, plotRequested, settled, shadowText, slowUrl, waitFor } from '../test/helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

// Plot and d3 are many modules: keep every resource entry so the lazy-loading check can see them.
performance.setResourceTimingBufferSize(5000);

/** Four councils and Scotland, one value suppressed; set by property. */
function smallDataset(overrides: Partial<OmfDocument> = {}) {
  return readDataset({
    omf: 1,
    source: { name: 'Test source', licence: 'OGL-UK-3.0' },
    indicators: [{ id: 'T1', title: 'Test indicator', unit: 'percent', decimals: 1, polarity: 'lower-is-better', periodType: 'academic-year' }],
    observations: [
      { indicator: 'T1', area: 'S12000033', period: '2020/21', value: 40 },
      { indicator: 'T1', area: 'S12000034', period: '2020/21', value: null, status: 'suppressed' },
      { indicator: 'T1', area: 'S12000041', period: '2020/21', value: 20 },
      { indicator: 'T1', area: 'S12000035', period: '2020/21', value: 30 },
      { indicator: 'T1', area: 'S92000003', period: '2020/21', value: 32 },
    ],
    ...overrides,
  });
}

function focusedLabel(el: OmfCompare): string | null {
  return el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null;
}

function pointLabels(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('[data-point]')]
    .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
    .map((point) => point.getAttribute('aria-label') ?? '');
}

async function openTable(el: OmfCompare): Promise<string[][]> {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  const table = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.querySelector('table')!;
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
}

describe('<omf-compare>', () => {
  failOnWindowErrors();

  // First: nothing has drawn a chart on this page yet.
  it('loads Plot only when a chart renders, never for a page of cards', async () => {
    const card = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(card)).to.equal('ready');
    expect(plotRequested(), 'Plot requested by a card').to.equal(false);
    const el = await fixture<OmfCompare>(html`<omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare>`);
    await settled(el);
    await chartOf(el);
    expect(plotRequested(), 'Plot requested once a chart renders').to.equal(true);
  });

  it('ranks all 32 councils for the latest CHN18 period, Aberdeen City marked by more than colour, Scotland as a line', async () => {
    const el = await fixture<OmfCompare>(html`<omf-compare indicator="CHN18" highlight="Aberdeen City" src=${LGBF_URL}></omf-compare>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.heading')).to.contain('Percentage of Funded Early Years Provision').and.contain('2020/21');
    expect(shadowText(el, '[part="summary"]')).to.equal(
      'In 2020/21, Percentage of Funded Early Years Provision Which is Graded Good/Better in Aberdeen City was 82.4%. ' +
        'Ranked 31st of 32 councils. Scotland: 90.9%. Highest: Shetland Islands, 100.0%. Lowest: Na h-Eileanan Siar, 73.9%.',
    );
    const svg = await chartOf(el);
    expect(svg.getAttribute('aria-label')).to.match(/^Bar chart of Percentage of Funded .* in 2020\/21: 32 areas, best first$/);
    expect(svg.querySelectorAll('style'), 'Plot\u2019s <style> is removed').to.have.length(0);
    const labels = pointLabels(svg);
    expect(labels).to.have.length(32);
    expect(labels[0]).to.equal('Shetland Islands, 2020/21: 100.0%');
    expect(labels.at(-1)).to.equal('Na h-Eileanan Siar, 2020/21: 73.9%');
    const highlighted = svg.querySelector('rect.omf-highlight')!;
    expect(highlighted.getAttribute('aria-label')).to.equal('Aberdeen City, 2020/21: 82.4%');
    expect(highlighted.getAttribute('stroke-width'), 'outlined, not only coloured').to.equal('2');
    const name = svg.querySelector('.omf-name.omf-highlight text')!;
    expect(name.textContent).to.equal('\u25b6 Aberdeen City');
    expect(getComputedStyle(name).fontWeight).to.equal('700');
    expect(svg.querySelector('.omf-reference-label text')!.textContent).to.equal('Scotland: 90.9%');
    expect(svg.querySelector('.omf-reference')).to.not.equal(null);
    await expectAccessible(el);

    const rows = await openTable(el);
    expect(rows).to.have.length(32);
    expect(rows[0]).to.deep.equal(['Shetland Islands', '100.0%', '1']);
    expect(rows.find((row) => row[0] === 'Aberdeen City')).to.deep.equal(['Aberdeen City', '82.4%', '31']);
    await expectAccessible(el);
  });

  it('keeps the family group with group="family", and takes a period', async () => {
    const el = await fixture<OmfCompare>(html`<omf-compare indicator="CHN18" highlight="S12000033" group="family" period="2019/20" src=${LGBF_URL}></omf-compare>`);
    expect(await settled(el)).to.equal('ready');
    const labels = pointLabels(await chartOf(el));
    expect(labels).to.have.length(8);
    expect(labels.every((label) => label.includes('2019/20'))).to.equal(true);
    expect(labels).to.include('Aberdeen City, 2019/20: 77.2%');
    expect(shadowText(el, '[part="summary"]')).to.contain('of 8 councils');
  });

  it('gives keyboard access: one tab stop, arrows between bars, Home/End, Escape out', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button>before</button>
      <omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare>
    </div>`);
    const el = wrapper.querySelector('omf-compare')!;
    await settled(el);
    await chartOf(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel(el)).to.equal('Shetland Islands, 2020/21: 100.0%');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedLabel(el)).to.equal('North Ayrshire, 2020/21: 98.1%');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel(el)).to.equal('Fife, 2020/21: 98.0%');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel(el)).to.equal('North Ayrshire, 2020/21: 98.1%');
    await sendKeys({ press: 'End' });
    expect(focusedLabel(el)).to.equal('Na h-Eileanan Siar, 2020/21: 73.9%');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedLabel(el)).to.equal('Aberdeen City, 2020/21: 82.4%');
    expect(el.shadowRoot!.querySelector('.focus-ring')!.getAttribute('visibility')).to.equal('visible');
    expect(el.shadowRoot!.querySelectorAll('[data-point][tabindex="0"]')).to.have.length(1);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement?.classList.contains('table-toggle')).to.equal(true);
  });

  it('ranks lower-is-better best first and writes withheld values instead of a bar (never zero)', async () => {
    const el = await fixture<OmfCompare>(html`<omf-compare indicator="T1" highlight="Aberdeen City"></omf-compare>`);
    el.data = smallDataset();
    expect(await settled(el)).to.equal('ready');
    const svg = await chartOf(el);
    expect(pointLabels(svg)).to.deep.equal([
      'Angus, 2020/21: 20.0%',
      'Argyll and Bute, 2020/21: 30.0%',
      'Aberdeen City, 2020/21: 40.0%',
      'Aberdeenshire, 2020/21: suppressed',
    ]);
    expect(svg.querySelectorAll('.omf-bar rect'), 'no bar for the suppressed value').to.have.length(3);
    expect(svg.querySelector('.omf-missing text')!.textContent).to.equal('suppressed');
    expect(await openTable(el)).to.deep.equal([
      ['Angus', '20.0%', '1'],
      ['Argyll and Bute', '30.0%', '2'],
      ['Aberdeen City', '40.0%', '3'],
      ['Aberdeenshire', 'suppressed', ''],
    ]);
    await expectAccessible(el);
  });

  it('fits a 320px column: the chart is drawn at the container width', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('omf-compare')!;
    await settled(el);
    await waitFor(() => Number(el.shadowRoot!.querySelector('[part="chart"] svg')?.getAttribute('width')) <= 320 - 30);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    await expectLoadingState(createWidget('omf-compare', { indicator: 'CHN18', src: slowUrl(LGBF_URL) }));
  });

  it('says so when the period has no data (empty state)', async () => {
    const el = await fixture<OmfCompare>(html`<omf-compare indicator="CHN18" period="2031/32" src=${LGBF_URL}></omf-compare>`);
    expect(await settled(el)).to.equal('empty');
    expect(shadowText(el, '.message.empty')).to.contain('2031/32').and.match(/no data/i);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expectAccessible(el);
  });

  const errorCases: Array<[string, string, string, string, RegExp]> = [
    ['a 404', 'CHN18', 'S12000033', '/examples/data/does-not-exist.json', /404/],
    ['malformed JSON', 'CHN18', 'S12000033', MALFORMED_URL, /malformed\.json/],
    ['an unknown indicator', 'NOPE', 'S12000033', LGBF_URL, /unknown indicator "NOPE"/],
    ['an unknown area', 'CHN18', 'Atlantis', LGBF_URL, /unknown area "Atlantis"/],
  ];
  for (const [name, indicator, highlight, src, message] of errorCases) {
    it(`shows an alert, logs one line and fires omf-error for ${name}`, async () => {
      await expectErrorState(createWidget('omf-compare', { indicator, highlight, src }), message);
    });
  }

  it('renders a hostile indicator title and area name as text, in the page and in the chart', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => alerts.push(message);
    try {
      const el = await fixture<OmfCompare>(html`<omf-compare indicator="T1" highlight="X01"></omf-compare>`);
      el.data = smallDataset({
        indicators: [{ id: 'T1', title: HOSTILE, unit: 'percent', polarity: 'higher-is-better', periodType: 'academic-year' }],
        areas: [
          { code: 'X01', name: HOSTILE },
          { code: 'X02', name: 'Elsewhere' },
        ],
        observations: [
          { indicator: 'T1', area: 'X01', period: '2020/21', value: 40 },
          { indicator: 'T1', area: 'X02', period: '2020/21', value: 45 },
        ],
      });
      expect(await settled(el)).to.equal('ready');
      const svg = await chartOf(el);
      expect(shadowText(el, '.heading')).to.contain(HOSTILE);
      expect(shadowText(el, '[part="summary"]')).to.contain(HOSTILE);
      expect(svg.getAttribute('aria-label')).to.contain(HOSTILE);
      expect(svg.querySelector('.omf-name.omf-highlight text')!.textContent).to.equal(`\u25b6 ${HOSTILE}`);
      expect(svg.querySelector('rect.omf-highlight')!.getAttribute('aria-label')).to.equal(`${HOSTILE}, 2020/21: 40.0%`);
      await openTable(el);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[onerror]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = realAlert;
    }
  });

  it('speaks Gàidhlig with lang="gd"', async () => {
    const el = await fixture<OmfCompare>(html`<omf-compare lang="gd" indicator="CHN18" highlight="S12000049" src=${LGBF_URL}></omf-compare>`);
    await settled(el);
    const svg = await chartOf(el);
    expect(shadowText(el, '.table-toggle')).to.equal('Seall an dàta mar chlàr');
    expect(svg.querySelector('.omf-name.omf-highlight text')!.textContent).to.equal('\u25b6 Glaschu');
    expect(svg.querySelector('.omf-reference-label text')!.textContent).to.match(/^Alba: /);
  });
});

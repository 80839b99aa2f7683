import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readDataset, type OmfDocument } from '@omf/sdk';
import '../define/omf-trend.js';
import '../define/omf-indicator.js';
import type { OmfTrend } from './trend.js';
import type { OmfIndicator } from '../indicator/indicator.js';
import { chartOf, createWidget, expectAccessible, expectErrorState, expectLoadingState, failOnWindowErrors, LGBF_URL, MALFORMED_URL, plotRequested, settled, shadowText, slowUrl, waitFor } from '../test/helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

// Plot and d3 are many modules: keep every resource entry so the lazy-loading check can see them.
performance.setResourceTimingBufferSize(5000);

/** A small dataset set by property: an interval, a provisional value and a suppressed one. */
function smallDataset(overrides: Partial<OmfDocument> = {}) {
  return readDataset({
    omf: 1,
    source: { name: 'Test source', licence: 'OGL-UK-3.0' },
    indicators: [{ id: 'T1', title: 'Test indicator', unit: 'percent', decimals: 1, polarity: 'higher-is-better', periodType: 'academic-year' }],
    observations: [
      { indicator: 'T1', area: 'S12000033', period: '2017/18', value: 50, lower: 46, upper: 54 },
      { indicator: 'T1', area: 'S12000033', period: '2018/19', value: null, status: 'suppressed' },
      { indicator: 'T1', area: 'S12000033', period: '2019/20', value: 53, lower: 49, upper: 57 },
      { indicator: 'T1', area: 'S12000033', period: '2020/21', value: 55, lower: 51, upper: 59, status: 'provisional' },
      { indicator: 'T1', area: 'S92000003', period: '2017/18', value: 58 },
      { indicator: 'T1', area: 'S92000003', period: '2018/19', value: 59 },
      { indicator: 'T1', area: 'S92000003', period: '2019/20', value: 60 },
      { indicator: 'T1', area: 'S92000003', period: '2020/21', value: 61 },
    ],
    ...overrides,
  });
}

/** Waits for the lazily loaded chart and returns its SVG. */
function focusedLabel(el: OmfTrend): string | null {
  return el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null;
}

async function openTable(el: OmfTrend): Promise<HTMLTableElement> {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(toggle.textContent?.trim()).to.equal('Hide table');
  const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
  return panel.querySelector('table')!;
}

describe('<omf-trend>', () => {
  failOnWindowErrors();

  // First: nothing has drawn a chart on this page yet.
  it('loads Plot only when a chart renders, never for a page of cards', async () => {
    const card = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(card)).to.equal('ready');
    expect(plotRequested(), 'Plot requested by a card').to.equal(false);
    const el = await fixture<OmfTrend>(html`<omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>`);
    await settled(el);
    await chartOf(el);
    expect(plotRequested(), 'Plot requested once a chart renders').to.equal(true);
  });

  it('draws real CHN18 values for Aberdeen City against Scotland, summary first, table on request', async () => {
    const el = await fixture<OmfTrend>(html`<omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.heading')).to.contain('Percentage of Funded Early Years Provision').and.contain('Aberdeen City');
    const summary = shadowText(el, '[part="summary"]');
    expect(summary).to.match(/^In 2020\/21, .* in Aberdeen City was 82\.4%/).and.contain('Scotland: 90.9%');
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.firstElementChild?.localName).to.equal('h3');
    expect(figure.querySelector('[part="summary"]')!.compareDocumentPosition(figure.querySelector('[part="chart"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

    const svg = await chartOf(el);
    expect(svg.getAttribute('role'), 'a named group of named points (role=img would hide them)').to.equal('group');
    expect(svg.getAttribute('aria-label')).to.equal(
      'Line chart of Percentage of Funded Early Years Provision Which is Graded Good/Better for Aberdeen City and Scotland, 2010/11 to 2020/21',
    );
    expect(svg.querySelectorAll('style'), 'Plot\u2019s <style> is removed').to.have.length(0);
    expect(svg.classList.contains('omf-chart')).to.equal(true);
    expect(svg.querySelectorAll('[data-point]')).to.have.length(22);
    expect([...svg.querySelectorAll('.omf-end-label text')].map((text) => text.textContent)).to.deep.equal(['Aberdeen City', 'Scotland']);
    expect(svg.querySelector('.omf-line.omf-series-1')!.getAttribute('stroke-dasharray'), 'comparison dashed').to.match(/\d/);
    expect(svg.querySelector('.omf-line.omf-series-0')!.getAttribute('stroke-dasharray')).to.equal(null);
    expect(svg.querySelector('[data-series="0"][data-index="10"]')!.getAttribute('aria-label')).to.equal('Aberdeen City, 2020/21: 82.4%');
    expect(shadowText(el, 'figcaption')).to.contain('Improvement Service');
    await expectAccessible(el);

    const table = await openTable(el);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows.at(-1)).to.deep.equal(['2020/21', '82.4%', '90.9%']);
    expect(rows).to.have.length(11);
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    await expectAccessible(el);
  });

  it('gives keyboard access: one tab stop, arrows between points, Home/End, Escape out, visible ring', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button>before</button>
      <omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>
    </div>`);
    const el = wrapper.querySelector('omf-trend')!;
    await settled(el);
    await chartOf(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel(el)).to.equal('Aberdeen City, 2010/11: 91.1%');
    const ring = el.shadowRoot!.querySelector('.focus-ring')!;
    expect(ring.getAttribute('visibility')).to.equal('visible');
    const inner = ring.querySelector('.inner') as SVGRectElement;
    expect(Number(inner.getAttribute('width'))).to.be.greaterThan(8);
    expect(getComputedStyle(inner).stroke).to.equal('rgb(255, 221, 0)');

    await sendKeys({ press: 'ArrowRight' });
    expect(focusedLabel(el)).to.equal('Aberdeen City, 2011/12: 88.9%');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel(el)).to.equal('Scotland, 2011/12: 90.6%');
    await sendKeys({ press: 'End' });
    expect(focusedLabel(el)).to.equal('Scotland, 2020/21: 90.9%');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel(el)).to.equal('Aberdeen City, 2020/21: 82.4%');
    await sendKeys({ press: 'Home' });
    expect(focusedLabel(el)).to.equal('Aberdeen City, 2010/11: 91.1%');
    const tabStops = el.shadowRoot!.querySelectorAll('[data-point][tabindex="0"]');
    expect(tabStops, 'one tab stop in the chart').to.have.length(1);
    await expectAccessible(el);

    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement?.classList.contains('table-toggle')).to.equal(true);
    // Queried again: a width change (a scroll bar appearing) redraws the chart with a ring of its own.
    expect(el.shadowRoot!.querySelector('.focus-ring')!.getAttribute('visibility')).to.equal('hidden');
  });

  it('draws the interval band, hollow provisional markers with a note, and gaps (never zeros) for suppressed values', async () => {
    const el = await fixture<OmfTrend>(html`<omf-trend indicator="T1" area="Aberdeen City"></omf-trend>`);
    el.data = smallDataset();
    expect(await settled(el)).to.equal('ready');
    const svg = await chartOf(el);
    expect(svg.querySelector('.omf-band path')).to.not.equal(null);
    const provisional = svg.querySelector('.omf-not-final')!;
    expect(provisional.getAttribute('aria-label')).to.equal('Aberdeen City, 2020/21: 55.0% (provisional)');
    expect(svg.querySelector('.omf-note text')!.textContent).to.equal('provisional');
    expect(svg.querySelectorAll('[data-series="0"]'), 'no point for the suppressed year').to.have.length(3);
    expect(svg.querySelector('[data-series="0"][data-index="1"]')).to.equal(null);
    const notes = [...el.shadowRoot!.querySelectorAll('.note')].map((note) => note.textContent);
    expect(notes).to.deep.equal(['Aberdeen City: no value for 2018/19 (suppressed).', 'The shaded band shows the confidence interval.']);

    const table = await openTable(el);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).to.deep.equal([
      ['2017/18', '50.0%', '58.0%', '46.0% to 54.0%'],
      ['2018/19', 'suppressed', '59.0%', ''],
      ['2019/20', '53.0%', '60.0%', '49.0% to 57.0%'],
      ['2020/21', '55.0% (provisional)', '61.0%', '51.0% to 59.0%'],
    ]);
    await expectAccessible(el);
  });

  it('compares with the family group, or with nothing', async () => {
    const el = await fixture<OmfTrend>(html`<omf-trend indicator="CHN18" area="Aberdeen City" compare="family" src=${LGBF_URL}></omf-trend>`);
    await settled(el);
    const svg = await chartOf(el);
    expect([...svg.querySelectorAll('.omf-end-label text')].map((text) => text.textContent)).to.deep.equal(['Aberdeen City', 'Family group average']);
    el.compare = 'none';
    await el.updateComplete;
    await waitFor(() => el.shadowRoot!.querySelectorAll('.omf-end-label text').length === 1);
    expect(el.shadowRoot!.querySelectorAll('[data-series="1"]')).to.have.length(0);
  });

  it('fits a 320px column: the chart is drawn at the container width', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('omf-trend')!;
    await settled(el);
    await waitFor(() => Number(el.shadowRoot!.querySelector('[part="chart"] svg')?.getAttribute('width')) <= 320 - 30);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    await expectLoadingState(createWidget('omf-trend', { indicator: 'CHN18', area: 'S12000033', src: slowUrl(LGBF_URL) }));
  });

  it('says so when the area has no data (empty state)', async () => {
    const el = await fixture<OmfTrend>(html`<omf-trend indicator="CHN6" area="S12000023" src=${LGBF_URL}></omf-trend>`);
    expect(await settled(el)).to.equal('empty');
    expect(shadowText(el, '.message.empty')).to.contain('Orkney Islands').and.match(/no data/i);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expectAccessible(el);
  });

  const errorCases: Array<[string, string, string, string, RegExp]> = [
    ['a 404', 'CHN18', 'S12000033', '/examples/data/does-not-exist.json', /404/],
    ['malformed JSON', 'CHN18', 'S12000033', MALFORMED_URL, /malformed\.json/],
    ['an unknown indicator', 'NOPE', 'S12000033', LGBF_URL, /unknown indicator "NOPE"/],
    ['an unknown area', 'CHN18', 'Atlantis', LGBF_URL, /unknown area "Atlantis"/],
  ];
  for (const [name, indicator, area, src, message] of errorCases) {
    it(`shows an alert, logs one line and fires omf-error for ${name}`, async () => {
      await expectErrorState(createWidget('omf-trend', { indicator, area, src }), message);
    });
  }

  it('renders a hostile indicator title and area name as text, in the page and in the chart', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => alerts.push(message);
    try {
      const el = await fixture<OmfTrend>(html`<omf-trend indicator="T1" area="X01"></omf-trend>`);
      el.data = smallDataset({
        indicators: [{ id: 'T1', title: HOSTILE, unit: 'percent', polarity: 'higher-is-better', periodType: 'academic-year' }],
        areas: [{ code: 'X01', name: HOSTILE }],
        observations: [
          { indicator: 'T1', area: 'X01', period: '2019/20', value: 40 },
          { indicator: 'T1', area: 'X01', period: '2020/21', value: 45 },
        ],
      });
      expect(await settled(el)).to.equal('ready');
      const svg = await chartOf(el);
      expect(shadowText(el, '.heading')).to.contain(HOSTILE);
      expect(svg.getAttribute('aria-label')).to.contain(HOSTILE);
      expect(svg.querySelector('.omf-end-label text')!.textContent).to.equal(HOSTILE);
      expect(svg.querySelector('[data-point]')!.getAttribute('aria-label')).to.equal(`${HOSTILE}, 2019/20: 40.0%`);
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
    const el = await fixture<OmfTrend>(html`<omf-trend lang="gd" indicator="CHN18" area="S12000049" src=${LGBF_URL}></omf-trend>`);
    await settled(el);
    const svg = await chartOf(el);
    expect(shadowText(el, '.table-toggle')).to.equal('Seall an dàta mar chlàr');
    expect(svg.getAttribute('aria-label')).to.match(/^Graf loidhne de .* Glaschu agus Alba/);
  });
});

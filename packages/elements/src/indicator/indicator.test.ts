import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { readDataset, type OmfDocument } from '@omf/sdk';
import '../define/omf-indicator.js';
import '../define/omf-data.js';
import type { OmfIndicator } from './indicator.js';
import { createWidget, expectAccessible, expectErrorState, expectLoadingState, failOnWindowErrors, LGBF_URL, settled, shadowText, slowUrl } from '../test/helpers.js';

const HOSTILE = '<img src=x onerror="window.__omfPwned=true">';

/** A tiny dataset, set by property, for behaviours the real data cannot show. */
function smallDataset(overrides: Partial<OmfDocument> = {}) {
  return readDataset({
    omf: 1,
    source: { name: 'Test source', licence: 'OGL-UK-3.0' },
    indicators: [{ id: 'T1', title: 'Test indicator', unit: 'percent', decimals: 1, polarity: 'higher-is-better' }],
    observations: [
      { indicator: 'T1', area: 'S12000033', period: '2019/20', value: 50 },
      { indicator: 'T1', area: 'S12000033', period: '2020/21', value: 55 },
      { indicator: 'T1', area: 'S92000003', period: '2020/21', value: 60 },
    ],
    ...overrides,
  });
}

describe('<omf-indicator>', () => {
  failOnWindowErrors();

  it('shows the latest real CHN18 value for Aberdeen City with change, trend, comparison and rank', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.value')).to.equal('82.4%');
    expect(shadowText(el, '.period')).to.equal('2020/21');
    expect(shadowText(el, '.area')).to.equal('Aberdeen City');
    expect(shadowText(el, '.change')).to.contain('+5.2 percentage points');
    expect(shadowText(el, '.trend')).to.equal('Trend 2016/17 to 2020/21: worsening');
    expect(shadowText(el, '.comparison')).to.contain('Scotland').and.contain('90.9%');
    expect(shadowText(el, '.rank')).to.match(/of 32/);
    expect(shadowText(el, '.source')).to.contain('Improvement Service');
    expect(shadowText(el, '.sr-summary')).to.contain('82.4%').and.contain('Aberdeen City');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
    await expectAccessible(el);
  });

  it('draws the sparkline from the SDK: oldest to latest across the box, the end marker on the latest', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="T1" area="S12000033"></omf-indicator>`);
    el.data = smallDataset();
    expect(await settled(el)).to.equal('ready');
    // 50 then 55 in a 120×32 box kept 2 units clear at the sides and 3 at the top and bottom.
    expect(el.shadowRoot!.querySelector('.sparkline path')!.getAttribute('d')).to.equal('M2,29L118,3');
    const end = el.shadowRoot!.querySelector('.sparkline circle')!;
    expect([end.getAttribute('cx'), end.getAttribute('cy')]).to.deep.equal(['118', '3']);
    // SVG elements, which draw, not unknown HTML ones.
    expect(end.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(el.shadowRoot!.querySelector('.sparkline path')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(shadowText(el, '.source')).to.equal('Source: Test source (OGL-UK-3.0)');

    el.variant = 'compact';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.sparkline')).to.equal(null);
  });

  it('draws a flat series across the middle of the sparkline, and none for a single value', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="T1" area="S12000033"></omf-indicator>`);
    el.data = smallDataset({
      observations: [
        { indicator: 'T1', area: 'S12000033', period: '2019/20', value: 50 },
        { indicator: 'T1', area: 'S12000033', period: '2020/21', value: 50 },
        { indicator: 'T1', area: 'S92000003', period: '2020/21', value: 60 },
      ],
    });
    expect(await settled(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.sparkline path')!.getAttribute('d')).to.equal('M2,16L118,16');

    el.area = 'S92000003';
    await settled(el);
    expect(el.shadowRoot!.querySelector('.sparkline')).to.equal(null);
  });

  it('accepts a council name and shows the trend word in text, not colour alone', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="T1" area="Aberdeen City"></omf-indicator>`);
    el.data = smallDataset();
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.trend-word')).to.match(/improving|no clear change|not enough data/);
    expect(shadowText(el, '.value')).to.equal('55.0%');
  });

  it('fires omf-load when ready', async () => {
    const el = document.createElement('omf-indicator') as OmfIndicator;
    el.setAttribute('indicator', 'T1');
    el.setAttribute('area', 'S12000033');
    el.data = smallDataset();
    const loaded = oneEvent(el, 'omf-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.dataset.indicator('T1')?.title).to.equal('Test indicator');
    el.remove();
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    await expectLoadingState(createWidget('omf-indicator', { indicator: 'CHN18', area: 'S12000033', src: slowUrl(LGBF_URL) }));
  });

  it('says so when the area has no data (empty state)', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN6" area="S12000023" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(el)).to.equal('empty');
    expect(shadowText(el, '.message.empty')).to.contain('Orkney Islands').and.match(/no data/i);
    await expectAccessible(el);
  });

  it('shows suppressed and missing values as words, never zero', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN17" area="S12000033" period="2020/21" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(el)).to.equal('empty');
    expect(shadowText(el, '.message')).to.contain('not available').and.not.match(/\b0(\.0)?%/);
  });

  it('names a newer period without a figure beside the latest value', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="CHN17" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.period')).to.equal('2019/20');
    expect(shadowText(el, '.later-missing')).to.equal('2020/21: not available');
    expect(shadowText(el, '.sr-summary')).to.contain('No figure for 2020/21 (not available).');
  });

  const errorCases: Array<[string, string, string, RegExp]> = [
    ['a 404', 'CHN18', '/examples/data/does-not-exist.json', /404/],
    ['malformed JSON', 'CHN18', '/packages/elements/src/test/fixtures/malformed.json', /malformed\.json/],
    ['an unknown indicator', 'NOPE', LGBF_URL, /unknown indicator "NOPE"/],
  ];
  for (const [name, indicator, src, message] of errorCases) {
    it(`shows an alert, logs one line and fires omf-error for ${name}`, async () => {
      await expectErrorState(createWidget('omf-indicator', { indicator, area: 'S12000033', src }), message);
    });
  }

  it('shows an error for an unknown area, naming it', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="T1" area="Atlantis"></omf-indicator>`);
    el.data = smallDataset();
    await settled(el);
    expect(el.state).to.equal('error');
    expect(shadowText(el, '[role="alert"]')).to.contain('Atlantis');
  });

  it('renders data labels containing markup as text', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator indicator="T1" area="S12000033"></omf-indicator>`);
    el.data = smallDataset({
      indicators: [{ id: 'T1', title: HOSTILE, unit: 'percent', polarity: 'higher-is-better' }],
      source: { name: HOSTILE, url: 'javascript:alert(1)' },
    });
    await settled(el);
    expect(shadowText(el, '.heading')).to.contain(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { __omfPwned?: boolean }).__omfPwned).to.equal(undefined);
  });

  it('speaks Gàidhlig with lang="gd"', async () => {
    const el = await fixture<OmfIndicator>(html`<omf-indicator lang="gd" indicator="CHN18" area="S12000049" src=${LGBF_URL}></omf-indicator>`);
    await settled(el);
    expect(shadowText(el, '.area')).to.equal('Glaschu');
  });

  it('makes one request for ten cards sharing a src inside <omf-data>', async () => {
    const src = `${LGBF_URL}?shared=${Date.now()}`;
    const container = await fixture<HTMLElement>(html`<omf-data src=${src}>
      ${Array.from({ length: 10 }, () => html`<omf-indicator indicator="CHN18" area="S12000033" variant="compact"></omf-indicator>`)}
    </omf-data>`);
    const cards = [...container.querySelectorAll('omf-indicator')];
    for (const card of cards) await settled(card);
    expect(cards.every((card) => card.state === 'ready')).to.equal(true);
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src));
    expect(requests).to.have.length(1);
  });

  it('makes one request for ten cards each with the same src', async () => {
    const src = `${LGBF_URL}?each=${Date.now()}`;
    const container = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 10 }, () => html`<omf-indicator indicator="CHN18" area="S12000033" src=${src}></omf-indicator>`)}
    </div>`);
    for (const card of container.querySelectorAll('omf-indicator')) await settled(card);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src))).to.have.length(1);
  });

  it('is defined idempotently: defining again does not throw', async () => {
    const { OmfIndicator } = await import('./indicator.js');
    expect(() => OmfIndicator.define('omf-indicator')).not.to.throw();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readDataset, type OmfDocument, type OutcomePlan } from '@omf/sdk';
import '../define/omf-loip-progress.js';
import '../define/omf-data.js';
import type { OmfLoipProgress } from './loip-progress.js';
import { CPOP_URL, createWidget, expectAccessible, expectErrorState, expectLoadingState, failOnWindowErrors, LGBF_URL, settled, shadowText, slowUrl } from '../test/helpers.js';

const PLANS_URL = '/examples/data/sample-plans.json';
const PLAN_ONLY_URL = '/packages/elements/src/test/fixtures/loip-plan-only.json';
const CONFLICT_URL = '/packages/elements/src/test/fixtures/conflicting-chn17.json';
const AS_OF = '2024-06-30';
const HOSTILE = '<img src=x onerror="window.__omfPwned=true">';

/** A small plan document with its own figures, set by property, for cases the sample data cannot show. */
function planDataset(plan: Partial<OutcomePlan> = {}, extra: Partial<OmfDocument> = {}) {
  return readDataset({
    omf: 1,
    source: { name: 'Test partnership', licence: 'OGL-UK-3.0' },
    indicators: [],
    observations: [],
    plans: [
      {
        id: 'p1',
        partnership: 'Test CPP',
        title: 'Test LOIP',
        period: { start: '2020-04-01', end: '2026-03-31' },
        outcomes: [
          {
            id: 'o1',
            title: 'Children thrive',
            theme: 'People',
            measures: [
              {
                id: 'm1',
                title: 'Children meeting milestones',
                unit: 'percent',
                polarity: 'higher-is-better',
                baseline: { period: '2019/20', value: 60 },
                target: { period: '2025/26', value: 72 },
                observations: [
                  { period: '2020/21', value: 62 },
                  { period: '2021/22', value: 64 },
                  { period: '2022/23', value: 66 },
                ],
                illustrative: true,
              },
            ],
          },
        ],
        ...plan,
      },
    ],
    ...extra,
  });
}

function measureNode(el: OmfLoipProgress, title: string): Element {
  const measure = [...el.shadowRoot!.querySelectorAll('.measure')].find((item) => item.querySelector('.measure-heading')?.textContent?.trim() === title);
  if (!measure) throw new Error(`no measure "${title}"`);
  return measure;
}

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A measure's figures as "Baseline: £466 (2015/16)" lines, its status and its progress words. */
function measureText(el: OmfLoipProgress, title: string): string {
  const measure = measureNode(el, title);
  const figures = [...measure.querySelectorAll('.figures > div')].map((row) => `${fold(row.querySelector('dt')?.textContent)}: ${fold(row.querySelector('dd')?.textContent)}`);
  return [fold(measure.querySelector('.status')?.textContent), fold(measure.querySelector('.progress-text')?.textContent), ...figures].join(' | ');
}

describe('<omf-loip-progress>', () => {
  failOnWindowErrors();

  it('shows the Aberdeen City LOIP with real values, grouped by theme, with the summary line first', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress src=${PLANS_URL} as-of=${AS_OF}></omf-loip-progress>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.heading')).to.equal('Aberdeen City Local Outcome Improvement Plan 2016-26 (illustrative)');
    expect(shadowText(el, '.illustrative')).to.equal('Illustrative data');
    expect(shadowText(el, '.summary-line')).to.equal('9 of 24 measures achieved or on track');
    const counts = [...el.shadowRoot!.querySelectorAll('.counts li')].map((item) => item.textContent?.trim());
    expect(counts).to.deep.equal(['Achieved: 6', 'On track: 3', 'At risk: 2', 'Off track: 13']);
    const themes = [...el.shadowRoot!.querySelectorAll('.theme-heading')].map((node) => node.textContent?.trim());
    expect(themes).to.deep.equal(['Economy', 'People', 'Place']);
    // Real CPOP figures: median weekly earnings £466 (2015/16) to £498 (2021/22), target £550.
    const earnings = measureText(el, 'Median weekly earnings');
    expect(earnings).to.equal(
      'Off track | 38% of the way from baseline to target | Baseline: £466 (2015/16) | Latest: £498 (2021/22) | Target: £550 (2025/26) | Projection: £525 by 2025/26',
    );
    const bar = measureNode(el, 'Median weekly earnings').querySelector('progress')!;
    expect(Math.round(bar.value)).to.equal(38);
    // Real LGBF figures: CHN17 91.8% (2016/17) to 96.6% (2019/20) passes the 95% target.
    expect(measureText(el, 'Children meeting developmental milestones')).to.contain('Latest: 96.6% (2019/20)').and.match(/^Achieved \| 149% of the way/);
    // Employment fell below its baseline: said in words, and the bar shows no progress.
    expect(measureText(el, 'Employment rate (aged 16-64)')).to.contain('further from the target than at the baseline');
    expect(measureNode(el, 'Employment rate (aged 16-64)').querySelector('progress')!.value).to.equal(0);
    expect(shadowText(el, '.source')).to.contain('Local Government Benchmarking Framework').and.contain('Community Planning Outcomes Profile');
    await expectAccessible(el);
  });

  it('shows every status as a word beside a decorative icon, never colour alone', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress src=${PLANS_URL} as-of=${AS_OF}></omf-loip-progress>`);
    await settled(el);
    const statuses = [...el.shadowRoot!.querySelectorAll('.measure .status')];
    expect(statuses).to.have.length(24);
    for (const status of statuses) {
      expect(status.textContent?.trim()).to.match(/^(Achieved|On track|At risk|Off track|Not enough data)$/);
      expect(status.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('gets the plan and its indicator data from a space-separated src list, merged by the SDK', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress src="${PLAN_ONLY_URL} ${LGBF_URL} ${CPOP_URL}" as-of=${AS_OF}></omf-loip-progress>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.summary-line')).to.equal('9 of 24 measures achieved or on track');
    expect(measureText(el, 'Median weekly earnings')).to.contain('Latest: £498 (2021/22)');
    await expectAccessible(el);
  });

  it('works inside <omf-data> with a src list', async () => {
    const container = await fixture<HTMLElement>(html`<omf-data src="${PLAN_ONLY_URL} ${LGBF_URL} ${CPOP_URL}">
      <omf-loip-progress as-of=${AS_OF} outcome="SO4"></omf-loip-progress>
    </omf-data>`);
    const el = container.querySelector('omf-loip-progress')!;
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.summary-line')).to.equal('1 of 1 measure achieved or on track');
    expect(el.shadowRoot!.querySelectorAll('.measure')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('filters by locality with the keyboard, announcing the new summary', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress src=${PLANS_URL} as-of=${AS_OF}></omf-loip-progress>`);
    await settled(el);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#locality')!;
    expect(el.shadowRoot!.querySelector('label[for="locality"]')?.textContent?.trim()).to.equal('Locality');
    expect([...select.options].map((option) => option.text)).to.deep.equal(['All localities', 'North', 'South', 'Central']);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.locality).to.equal('North');
    expect(el.getAttribute('locality')).to.equal('North');
    expect(el.shadowRoot!.querySelector('.summary-line')?.getAttribute('role')).to.equal('status');
    expect(shadowText(el, '.summary-line')).to.equal('2 of 2 measures achieved or on track');
    const outcomes = [...el.shadowRoot!.querySelectorAll('.outcome-heading')].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    expect(outcomes).to.deep.equal(['Families with young children in the North locality get support early (North)']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('select#locality'));
    await expectAccessible(el);
  });

  it('takes the locality from its attribute', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress src=${PLANS_URL} as-of=${AS_OF} locality="Central"></omf-loip-progress>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value).to.equal('Central');
    expect(el.shadowRoot!.querySelectorAll('.measure')).to.have.length(2);
  });

  it('flags an illustrative measure when the plan itself is not illustrative', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress as-of=${AS_OF}></omf-loip-progress>`);
    el.data = planDataset();
    expect(await settled(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('.measure .illustrative')).to.have.length(1);
    expect(shadowText(el, '.measure .illustrative')).to.equal('Illustrative data');
    expect(measureText(el, 'Children meeting milestones')).to.contain('Latest: 66% (2022/23)');
    expect(shadowText(el, '.source')).to.contain('Test partnership');
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    await expectLoadingState(createWidget('omf-loip-progress', { 'as-of': AS_OF, src: slowUrl(PLANS_URL) }));
  });

  it('says so when the plan has no measures (empty state)', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress as-of=${AS_OF}></omf-loip-progress>`);
    el.data = planDataset({ outcomes: [{ id: 'o1', title: 'Nothing measured yet', theme: 'People', measures: [] }] });
    expect(await settled(el)).to.equal('empty');
    expect(shadowText(el, '.message.empty')).to.equal('No measures to show');
    expect(el.shadowRoot!.querySelector('.message.empty')?.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  const errorCases: Array<[string, string, Record<string, string>, RegExp]> = [
    ['a 404', '/examples/data/no-such-plan.json', {}, /404/],
    ['malformed JSON', '/packages/elements/src/test/fixtures/malformed.json', {}, /malformed\.json/],
    ['an unknown plan', PLANS_URL, { plan: 'no-such-plan' }, /unknown outcome plan "no-such-plan"/],
    ['an unknown outcome', PLANS_URL, { outcome: 'SO99' }, /unknown outcome "SO99"/],
    ['an unknown locality', PLANS_URL, { locality: 'Atlantis' }, /locality "Atlantis".*North, South, Central/],
    ['files that disagree', `${CONFLICT_URL} ${LGBF_URL}`, {}, /CHN17.*declared differently/],
  ];
  for (const [name, src, attributes, message] of errorCases) {
    it(`shows an alert, logs one line and fires omf-error for ${name}`, async () => {
      await expectErrorState(createWidget('omf-loip-progress', { ...attributes, 'as-of': AS_OF, src }), message);
    });
  }

  it('renders data labels containing markup as text', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress as-of=${AS_OF}></omf-loip-progress>`);
    el.data = planDataset(
      {
        title: HOSTILE,
        outcomes: [
          {
            id: 'o1',
            title: HOSTILE,
            theme: HOSTILE,
            locality: HOSTILE,
            measures: [{ id: 'm1', title: HOSTILE, baseline: { period: '2019/20', value: 1 }, target: { period: '2025/26', value: 2 }, observations: [{ period: '2020/21', value: 1.5 }] }],
          },
        ],
      },
      { source: { name: HOSTILE, url: 'javascript:alert(1)' } },
    );
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el, '.heading')).to.equal(HOSTILE);
    expect(shadowText(el, '.theme-heading')).to.equal(HOSTILE);
    expect(shadowText(el, '.measure-heading')).to.equal(HOSTILE);
    expect([...el.shadowRoot!.querySelectorAll('option')].map((option) => option.textContent)).to.include(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect((window as unknown as { __omfPwned?: boolean }).__omfPwned).to.equal(undefined);
  });

  it('speaks Gàidhlig with lang="gd"', async () => {
    const el = await fixture<OmfLoipProgress>(html`<omf-loip-progress lang="gd" src=${PLANS_URL} as-of=${AS_OF}></omf-loip-progress>`);
    await settled(el);
    expect(shadowText(el, '.summary-line')).to.equal('9 à 24 tomhasan air an coileanadh no air an t-slighe cheart');
    expect(shadowText(el, 'label')).to.equal('Sgìre ionadail');
    expect(shadowText(el, '.illustrative')).to.equal('Dàta eisimpleir');
    expect(shadowText(el, '.figures dt')).to.equal('Bun-loidhne');
  });

  it('reflows at 320px without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><omf-loip-progress src=${PLANS_URL} as-of=${AS_OF}></omf-loip-progress></div>`);
    const el = wrapper.querySelector('omf-loip-progress')!;
    await settled(el);
    const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});

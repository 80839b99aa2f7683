/**
 * What a reader's system settings ask of every element. Forced colours (Windows contrast themes):
 * borders, marks and icons stay in system colours, and trends, statuses and the highlighted
 * council are told apart by words, shapes and outlines, since every other colour is gone. Reduced
 * motion: nothing moves. Chromium only: it is the engine whose media features a test can emulate
 * (over CDP, see web-test-runner.config.mjs); Firefox skips.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../define/omf-indicator.js';
import '../define/omf-trend.js';
import '../define/omf-compare.js';
import '../define/omf-loip-progress.js';
import '../define/omf-action-plan.js';
import { chartOf, expectAccessible, LGBF_URL, settled, shadowText, slowUrl, type OmfTestElement } from '../test/helpers.js';

const PLANS_URL = '/examples/data/sample-plans.json';

/** Emulates these media features (replacing any before; none ends the emulation); false where the browser cannot. */
function emulateMediaFeatures(features: Record<string, string>): Promise<boolean> {
  const list = Object.entries(features).map(([name, value]) => ({ name, value }));
  return executeServerCommand<boolean, typeof list>('omf-emulate-media-features', list);
}

/** A system colour as this page computes it, e.g. `rgb(0, 0, 0)` for CanvasText in the default contrast theme. */
function systemColour(name: 'Canvas' | 'CanvasText' | 'Highlight'): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const style = (element: Element): CSSStyleDeclaration => getComputedStyle(element);

describe('forced colours', function () {
  before(async function () {
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
  });
  after(async () => {
    await emulateMediaFeatures({});
  });

  it('a card keeps its border, sparkline and trend word in system colours, the trend said in words', async () => {
    const el = await fixture<OmfTestElement>(html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    expect(await settled(el)).to.equal('ready');
    const root = el.shadowRoot!;
    const text = systemColour('CanvasText');
    expect(style(root.querySelector('.base')!).borderTopColor).to.equal(text);
    expect(style(root.querySelector('.sparkline path')!).stroke).to.equal(text);
    expect(style(root.querySelector('.sparkline circle')!).fill).to.equal(text);
    expect(style(root.querySelector('.trend-word')!).color).to.equal(text);
    expect(shadowText(el, '.trend')).to.equal('Trend 2016/17 to 2020/21: worsening');
    await expectAccessible(el);
  });

  it('a trend chart draws its lines and points in CanvasText, provisional points hollow', async () => {
    const el = await fixture<OmfTestElement>(html`<omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>`);
    expect(await settled(el)).to.equal('ready');
    const svg = await chartOf(el);
    const text = systemColour('CanvasText');
    const lines = [...svg.querySelectorAll('.omf-line')];
    expect(lines.length, 'the area and Scotland').to.be.at.least(2);
    for (const line of lines) expect(style(line).stroke).to.equal(text);
    const points = [...svg.querySelectorAll('.omf-points .omf-point')];
    expect(points.length, 'points drawn').to.be.above(0);
    for (const point of points) {
      expect(style(point).stroke).to.equal(text);
      expect(style(point).fill).to.equal(point.classList.contains('omf-not-final') ? systemColour('Canvas') : text);
    }
    await expectAccessible(el);
  });

  it('a comparison draws the bars in CanvasText and the highlighted council in Highlight, named in bold with a marker', async () => {
    const el = await fixture<OmfTestElement>(html`<omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare>`);
    expect(await settled(el)).to.equal('ready');
    const svg = await chartOf(el);
    const bars = [...svg.querySelectorAll('.omf-bar rect')];
    expect(bars.length, 'a bar a council').to.be.at.least(30);
    const highlighted = bars.filter((bar) => bar.classList.contains('omf-highlight'));
    expect(highlighted).to.have.length(1);
    expect(style(highlighted[0]!).fill).to.equal(systemColour('Highlight'));
    for (const bar of bars.filter((bar) => !bar.classList.contains('omf-highlight'))) expect(style(bar).fill).to.equal(systemColour('CanvasText'));
    expect(svg.querySelector('.omf-name.omf-highlight text')!.textContent).to.equal('\u25b6 Aberdeen City');
    await expectAccessible(el);
  });

  for (const [name, template] of [
    ['plan progress', html`<omf-loip-progress src=${PLANS_URL} as-of="2024-06-30"></omf-loip-progress>`],
    ['an action plan', html`<omf-action-plan src=${PLANS_URL} as-of="2024-06-30"></omf-action-plan>`],
  ] as const) {
    it(`${name} shows each status as a word beside an icon in CanvasText, a shape a status`, async () => {
      const el = await fixture<OmfTestElement>(template);
      expect(await settled(el)).to.equal('ready');
      const text = systemColour('CanvasText');
      const shapeOf = new Map<string, string>();
      for (const word of el.shadowRoot!.querySelectorAll('.status-word')) {
        const icon = word.querySelector('svg.icon')!;
        expect(style(icon).color).to.equal(text);
        // A count beside the word ("Achieved: 6") is not part of the status.
        const status = word.textContent!.trim().replace(/:\s*\d+$/, '');
        expect(status, 'a word beside the icon').to.not.equal('');
        const shape = [...icon.children].map((part) => `${part.localName} ${[...part.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`).join('; ');
        expect(shapeOf.get(status) ?? shape, `one shape for "${status}"`).to.equal(shape);
        shapeOf.set(status, shape);
      }
      expect(shapeOf.size, 'every status met').to.be.at.least(4);
      expect(new Set(shapeOf.values()).size, 'a different shape for each status').to.equal(shapeOf.size);
      await expectAccessible(el);
    });
  }
});

describe('reduced motion', function () {
  after(async () => {
    await emulateMediaFeatures({});
  });

  it('stops the loading skeleton pulsing', async function () {
    if (!(await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' }))) this.skip();
    const el = await fixture<OmfTestElement>(html`<omf-indicator indicator="CHN18" area="S12000033" src=${slowUrl(LGBF_URL)}></omf-indicator>`);
    expect(el.state).to.equal('loading');
    const line = el.shadowRoot!.querySelector('.skeleton-line')!;
    expect(style(line).animationName, 'it pulses by default').to.equal('omf-pulse');
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(style(line).animationName).to.equal('none');
    await expectAccessible(el);
  });
});

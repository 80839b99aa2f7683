/**
 * What assistive technology is given: Chromium's accessibility tree, as a screen reader gets it.
 * Each element's heading, its sentence once, a chart's points by name (not the tick, value and line
 * labels that repeat them), its controls with their state, and an error as an alert. Chromium
 * only: Firefox offers tests no accessibility snapshot, so there the tests skip.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../define/omf-indicator.js';
import '../define/omf-trend.js';
import '../define/omf-compare.js';
import { chartOf, LGBF_URL, settled, type OmfTestElement } from '../test/helpers.js';

/** A node of the accessibility tree, as the snapshot gives it. */
interface AxNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  children?: AxNode[];
}

/** The page's accessibility tree as a flat list, in reading order; undefined where the browser gives none. */
async function readingOrder(): Promise<AxNode[] | undefined> {
  let root: AxNode;
  try {
    root = (await a11ySnapshot({})) as unknown as AxNode;
  } catch {
    return undefined;
  }
  const nodes: AxNode[] = [];
  const visit = (node: AxNode): void => {
    nodes.push(node);
    node.children?.forEach(visit);
  };
  root.children?.forEach(visit);
  return nodes;
}

/** Puts an element in the page and, once it has settled in `state` (and drawn its chart), gives the reading order. */
async function readingOrderOf(template: TemplateResult, state = 'ready'): Promise<AxNode[] | undefined> {
  const element = await fixture<OmfTestElement>(template);
  expect(await settled(element)).to.equal(state);
  if (element.localName === 'omf-trend' || element.localName === 'omf-compare') await chartOf(element);
  return readingOrder();
}

const SENTENCE = /^In 2020\/21, Percentage of Funded Early Years Provision .* in Aberdeen City was 82\.4%/;

describe('accessibility tree', () => {
  it('a card gives its heading, then its sentence once, then its source; the figures it repeats are hidden', async function () {
    const nodes = await readingOrderOf(html`<omf-indicator indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-indicator>`);
    if (!nodes) this.skip();
    const [heading, sentence] = nodes;
    expect(heading).to.include({ role: 'heading', level: 3 });
    expect(heading!.name).to.match(/Graded Good\/Better Aberdeen City$/);
    expect(sentence!.name).to.match(SENTENCE).and.contain('Ranked 31st of 32 councils.');
    expect(nodes.filter((node) => SENTENCE.test(node.name)), 'the sentence once').to.have.length(1);
    // The value, change, trend and rank lines repeat the sentence for the eye.
    const names = nodes.map((node) => node.name);
    for (const figure of ['82.4%', 'Trend 2016/17 to 2020/21: worsening', 'rank 31 of 32']) expect(names).to.not.include(figure);
    expect(names.join(' ')).to.contain('Improvement Service');
  });

  it('a trend chart gives its summary, each point by name and the table button, not its axis or line labels', async function () {
    const nodes = await readingOrderOf(html`<omf-trend indicator="CHN18" area="S12000033" src=${LGBF_URL}></omf-trend>`);
    if (!nodes) this.skip();
    expect(nodes.filter((node) => SENTENCE.test(node.name)), 'the summary once').to.have.length(1);
    const points = nodes.filter((node) => node.role === 'image').map((node) => node.name);
    expect(points, 'Aberdeen City and Scotland, 2010/11 to 2020/21').to.have.length(22);
    expect(points).to.include('Aberdeen City, 2020/21: 82.4%').and.include('Scotland, 2020/21: 90.9%');
    const names = nodes.map((node) => node.name);
    for (const label of ['75%', '95%', '2012/13', 'Aberdeen City', 'Scotland']) expect(names, `label "${label}" read on its own`).to.not.include(label);
    expect(nodes.find((node) => node.role === 'button')).to.include({ name: 'Show data as table', expanded: false });
  });

  it('a comparison gives each council’s bar by name and the Scotland line, not its ticks or labels', async function () {
    const nodes = await readingOrderOf(html`<omf-compare indicator="CHN18" highlight="S12000033" src=${LGBF_URL}></omf-compare>`);
    if (!nodes) this.skip();
    const bars = nodes.filter((node) => node.role === 'image').map((node) => node.name);
    expect(bars, 'the 32 councils').to.have.length(32);
    expect(bars.some((name) => name.startsWith('Aberdeen City') && name.includes('82.4%')), 'Aberdeen City by name').to.equal(true);
    const names = nodes.map((node) => node.name);
    // Ticks, value labels and names would repeat each bar's name: only the reference label is read.
    for (const label of ['0%', '50%', '100.0%', '82.4%', 'Fife', '\u25b6 Aberdeen City']) expect(names, `label "${label}" read on its own`).to.not.include(label);
    expect(names).to.include('Scotland: 90.9%');
  });

  it('an error is an alert that says what went wrong', async function () {
    const nodes = await readingOrderOf(html`<omf-indicator indicator="CHN18" area="Nowhere" src=${LGBF_URL}></omf-indicator>`, 'error');
    if (!nodes) this.skip();
    const alert = nodes.find((node) => node.role === 'alert');
    expect(alert, 'an alert').to.not.equal(undefined);
    expect(alert!.children?.map((node) => node.name)).to.deep.equal(['Sorry, there is a problem', 'unknown area "Nowhere" (/examples/data/lgbf-children.json)']);
  });
});

// The chart builders on their own, as the CLI's static reports use them: plain data in, an SVG out,
// drawn into a document that is not the page's (as a linkedom document would be in Node).
import { expect } from '@open-wc/testing';
import { trendChart } from './trend-chart.js';
import { compareChart } from './compare-chart.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function detachedDocument(): Document {
  return document.implementation.createHTMLDocument('report');
}

const trendOptions = (doc: Document) => ({
  document: doc,
  width: 320,
  ariaLabel: 'Line chart of a test',
  periods: ['2018/19', '2019/20', '2020/21', '2021/22'],
  area: {
    name: HOSTILE,
    points: [
      { value: 10, lower: 8, upper: 12, label: 'A, 2018/19: 10' },
      { value: null, label: 'A, 2019/20: suppressed' },
      { value: 14, lower: 12, upper: 16, label: 'A, 2020/21: 14' },
      { value: 15, note: 'provisional', label: 'A, 2021/22: 15 (provisional)' },
    ],
  },
  comparison: { name: 'Scotland', points: [10, 11, 12, 13].map((value) => ({ value, label: `Scotland: ${value}` })) },
  formatTick: (value: number, decimals: number) => `${value.toFixed(decimals)}%`,
});

describe('chart builders', () => {
  it('trendChart: a finished, static SVG in the given document, with no <style>, no NaN, gaps for nulls', () => {
    const doc = detachedDocument();
    const svg = trendChart(trendOptions(doc));
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Line chart of a test');
    expect(svg.getAttribute('class')).to.equal('omf-chart omf-chart-trend');
    expect(svg.querySelectorAll('style')).to.have.length(0);
    expect(svg.querySelectorAll('[aria-label]:not([data-point])')).to.have.length(0);
    expect(svg.querySelectorAll('[style]'), 'no style attributes (strict CSP)').to.have.length(0);
    expect(Number(svg.getAttribute('width'))).to.equal(320);
    const serialised = new XMLSerializer().serializeToString(svg);
    expect(serialised).not.to.contain('NaN');
    expect(serialised).not.to.contain('<img');
    // Wrapped onto lines (tspans) in the narrow margin, but the same text.
    const label = svg.querySelector('.omf-end-label text')!;
    const lines = label.querySelectorAll('tspan').length ? [...label.querySelectorAll('tspan')].map((line) => line.textContent) : [label.textContent];
    expect(lines.join(' ')).to.equal(HOSTILE);
    expect([...svg.querySelectorAll('[data-series="0"]')].map((p) => p.getAttribute('data-index'))).to.deep.equal(['0', '2', '3']);
    expect(svg.querySelectorAll('.omf-line.omf-series-0 path'), 'the line breaks at the gap').to.have.length(1);
    expect(svg.querySelector('.omf-line.omf-series-0 path')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(svg.querySelector('.omf-not-final')!.getAttribute('fill')).to.equal('#ffffff');
    expect([...svg.querySelectorAll('.omf-axis text')].map((text) => text.textContent)).to.include('12%');
  });

  it('compareChart: bars best first, highlight outlined with a marker, reference rule, text for a missing value', () => {
    const doc = detachedDocument();
    const svg = compareChart({
      document: doc,
      width: 320,
      ariaLabel: 'Bar chart of a test',
      bars: [
        { id: 'a', name: 'First', value: 90, valueText: '90%', label: 'First: 90%' },
        { id: 'b', name: 'Second', value: 70, valueText: '70%', label: 'Second: 70%' },
        { id: 'c', name: 'Third', value: null, valueText: 'suppressed', label: 'Third: suppressed' },
      ],
      highlight: 'b',
      reference: { value: 80, label: 'Scotland: 80%' },
    });
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelectorAll('style')).to.have.length(0);
    expect(Number(svg.getAttribute('height')), 'height follows the bar count').to.equal(30 + 3 * 24 + 30);
    const points = [...svg.querySelectorAll('[data-point]')].map((p) => [p.localName, p.getAttribute('data-index'), p.getAttribute('aria-label')]);
    expect(points).to.deep.equal([
      ['rect', '0', 'First: 90%'],
      ['rect', '1', 'Second: 70%'],
      ['text', '2', 'Third: suppressed'],
    ]);
    const highlighted = svg.querySelector('rect.omf-highlight')!;
    expect(highlighted.getAttribute('aria-label')).to.equal('Second: 70%');
    expect(highlighted.getAttribute('stroke')).to.equal('#0b0c0c');
    expect(svg.querySelector('.omf-name.omf-highlight text')!.textContent).to.equal('\u25b6 Second');
    expect(svg.querySelector('.omf-name.omf-highlight')!.getAttribute('font-weight')).to.equal('bold');
    expect(svg.querySelector('.omf-reference-label text')!.textContent).to.equal('Scotland: 80%');
    expect(svg.querySelector('.omf-reference')!.getAttribute('stroke-dasharray')).to.match(/\d/);
  });

  it('reads no layout: drawing into a detached document never touches the page', () => {
    const before = document.body.childElementCount;
    trendChart(trendOptions(detachedDocument()));
    expect(document.body.childElementCount).to.equal(before);
  });
});

import { expect } from '@open-wc/testing';
import { waitFor } from './test/helpers.js';

/** Requests this page has made for an element's define module (the dev server serves the sources). */
const defineRequests = (tag: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(`/define/${tag}.`));

const windowErrors: string[] = [];
const onError = (event: ErrorEvent) => windowErrors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => windowErrors.push(String(event.reason));

/**
 * The CDN loader (cdn/omf.js): it registers each element when its tag reaches the document, downloads
 * nothing else, and can be loaded twice. The tests run in order in one page, as a page's life does.
 */
describe('CDN loader (cdn/omf.js)', () => {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(windowErrors, 'nothing reaches window.onerror or unhandledrejection').to.deep.equal([]);
  });

  it('registers nothing and downloads no element before its tag is on the page', async () => {
    await import('./cdn.js');
    for (const tag of ['omf-data', 'omf-indicator', 'omf-trend', 'omf-compare', 'omf-loip-progress', 'omf-action-plan']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
      expect(defineRequests(tag), tag).to.deep.equal([]);
    }
  });

  it('upgrades an element created by script once it is appended, and whenDefined resolves', async () => {
    const card = document.createElement('omf-indicator');
    const defined = customElements.whenDefined('omf-indicator');
    document.body.append(card);
    await defined;
    expect(card).to.be.instanceOf(customElements.get('omf-indicator')!);
    // A page of cards never downloads the other elements.
    for (const tag of ['omf-trend', 'omf-compare', 'omf-loip-progress', 'omf-action-plan']) expect(defineRequests(tag), tag).to.deep.equal([]);
    card.remove();
  });

  it('finds elements nested in an appended subtree, and elements added later', async () => {
    const wrapper = document.createElement('div');
    const section = document.createElement('section');
    section.append(document.createElement('omf-trend'));
    wrapper.append(section);
    document.body.append(wrapper);
    await customElements.whenDefined('omf-trend');
    expect(wrapper.querySelector('omf-trend')).to.be.instanceOf(customElements.get('omf-trend')!);
    wrapper.remove();
  });

  it('can be loaded twice: the second copy shares the first one loader and throws nothing', async () => {
    const first = await import('./cdn.js');
    // A second URL is a second module instance, as a page including omf.js twice gets.
    const again = (await import(`${new URL('./cdn.ts', import.meta.url).href}?again`)) as typeof first;
    expect(again).to.not.equal(first);
    expect(again.load).to.equal(first.load);
    const compare = document.createElement('omf-compare');
    document.body.append(compare);
    await customElements.whenDefined('omf-compare');
    expect(defineRequests('omf-compare')).to.have.length(1);
    compare.remove();
  });

  it('loads one element, or every element, on request; an unknown tag is refused', async () => {
    const omf = await import('./cdn.js');
    await omf.load('omf-data');
    expect(customElements.get('omf-data')).to.not.equal(undefined);
    let refused: unknown;
    await omf.load('omf-nothing' as 'omf-data').catch((error: unknown) => (refused = error));
    expect(refused).to.be.instanceOf(TypeError);
    await omf.loadAll();
    for (const tag of ['omf-loip-progress', 'omf-action-plan']) expect(customElements.get(tag), tag).to.not.equal(undefined);
    await waitFor(() => defineRequests('omf-action-plan').length === 1);
  });
});

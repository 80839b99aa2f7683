import { expect } from '@open-wc/testing';
// Only the card is registered at first: <omf-data> is imported in the test, after the card has upgraded.
import '../define/omf-indicator.js';
import type { OmfIndicator } from '../indicator/indicator.js';
import { LGBF_URL, settled, shadowText } from '../test/helpers.js';

describe('<omf-data>', () => {
  it('feeds the elements inside it that upgraded before it did (elements load in any order)', async () => {
    const data = document.createElement('omf-data');
    data.setAttribute('src', LGBF_URL);
    const card = document.createElement('omf-indicator') as OmfIndicator;
    card.setAttribute('indicator', 'CHN18');
    card.setAttribute('area', 'S12000033');
    data.append(card);
    document.body.append(data);
    // The card asked for the data while no provider was there to answer.
    expect(customElements.get('omf-data')).to.equal(undefined);
    await card.updateComplete;
    expect(card.state).to.equal('loading');

    await import('../define/omf-data.js');
    expect(await settled(card)).to.equal('ready');
    expect(shadowText(card, '.value')).to.equal('82.4%');
    data.remove();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { langOf } from './localize.js';

describe('localize', () => {
  it('finds the closest lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="en"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('en');
    const bare = await fixture(html`<p></p>`);
    expect(langOf(bare)).to.equal(document.documentElement.getAttribute('lang'));
  });
});

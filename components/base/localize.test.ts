import { expect, fixture, html } from '@open-wc/testing';
import { createMsg, formatDate, formatNumber, langOf, resolveLocale } from './localize.js';

describe('localize', () => {
  it('resolves language tags to zh-CN or en', () => {
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('EN-us')).to.equal('en');
    expect(resolveLocale('zh-CN')).to.equal('zh-CN');
    expect(resolveLocale('zh-Hant-TW')).to.equal('zh-CN');
    expect(resolveLocale('fr')).to.equal('zh-CN');
    expect(resolveLocale('')).to.equal('zh-CN');
    expect(resolveLocale(null)).to.equal('zh-CN');
  });

  it('fills placeholders, formats numbers, and keeps unknown placeholders visible', () => {
    const msg = createMsg({
      'zh-CN': { count: '共 {n} 条建议', who: '{name}代表', odd: '{missing}' },
      en: { count: '{n} suggestions', who: 'Deputy {name}', odd: '{missing}' },
    });
    expect(msg('zh-CN', 'count', { n: 1234 })).to.equal('共 1,234 条建议');
    expect(msg('en', 'who', { name: 'Zhang San' })).to.equal('Deputy Zhang San');
    expect(msg('en', 'odd')).to.equal('{missing}');
  });

  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2025-03-05', 'zh-CN')).to.equal('2025年3月5日');
    expect(formatDate('2025-12-31T23:30:00+08:00', 'zh-CN')).to.equal('2025年12月31日');
    expect(formatDate('2025-03-05', 'en')).to.equal('March 5, 2025');
    expect(formatDate(new Date(2024, 0, 9), 'zh-CN')).to.equal('2024年1月9日');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });

  it('formats numbers', () => {
    expect(formatNumber(1234567.5, 'zh-CN')).to.equal('1,234,567.5');
    expect(formatNumber(0.925, 'en', { style: 'percent', maximumFractionDigits: 1 })).to.equal('92.5%');
  });

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

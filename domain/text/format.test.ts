import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMsg, fill } from './messages.js';
import { compareText } from './compare.js';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatShare, formatWan, resolveLocale } from './format.js';

describe('words and formats', () => {
  it('resolves language tags to zh-CN or en', () => {
    assert.equal(resolveLocale('en'), 'en');
    assert.equal(resolveLocale('en-GB'), 'en');
    assert.equal(resolveLocale('EN-us'), 'en');
    assert.equal(resolveLocale('zh-CN'), 'zh-CN');
    assert.equal(resolveLocale('zh-Hant-TW'), 'zh-CN');
    assert.equal(resolveLocale('fr'), 'zh-CN');
    assert.equal(resolveLocale(''), 'zh-CN');
    assert.equal(resolveLocale(null), 'zh-CN');
  });

  it('fills placeholders, formats numbers, and keeps unknown placeholders visible', () => {
    const msg = createMsg({
      'zh-CN': { count: '共 {n} 条建议', who: '{name}代表', odd: '{missing}' },
      en: { count: '{n} suggestions', who: 'Deputy {name}', odd: '{missing}' },
    });
    assert.equal(msg('zh-CN', 'count', { n: 1234 }), '共 1,234 条建议');
    assert.equal(msg('en', 'who', { name: 'Zhang San' }), 'Deputy Zhang San');
    assert.equal(msg('en', 'odd'), '{missing}');
  });

  it('says a key in another language while its own language’s words are still empty, never the key', () => {
    // The embed build's catalogues start empty and fill when their language's file arrives.
    const zh: Record<string, string> = {};
    const en: Record<string, string> = { retry: 'Try again' };
    const msg = createMsg<'retry'>({ 'zh-CN': zh as { retry: string }, en: en as { retry: string } });
    assert.equal(msg('zh-CN', 'retry'), 'Try again');
    zh['retry'] = '重试';
    assert.equal(msg('zh-CN', 'retry'), '重试');
    delete en['retry'];
    assert.equal(msg('en', 'retry'), '重试');
  });

  it('formats calendar dates without time-zone drift', () => {
    assert.equal(formatDate('2025-03-05', 'zh-CN'), '2025年3月5日');
    assert.equal(formatDate('2025-12-31T23:30:00+08:00', 'zh-CN'), '2025年12月31日');
    assert.equal(formatDate('2025-03-05', 'en'), 'March 5, 2025');
    assert.equal(formatDate(new Date(2024, 0, 9), 'zh-CN'), '2024年1月9日');
    assert.equal(formatDate('not a date', 'en'), 'not a date');
  });

  it('formats numbers', () => {
    assert.equal(formatNumber(1234567.5, 'zh-CN'), '1,234,567.5');
    assert.equal(formatNumber(0.925, 'en', { style: 'percent', maximumFractionDigits: 1 }), '92.5%');
  });

  it('orders ISO dates, times and ids as written, whatever the runtime’s locale', () => {
    assert.deepEqual(['2026-03-01', '2025-12-31', '2026-03-01T09:00', '2026-01-15'].sort(compareText), ['2025-12-31', '2026-01-15', '2026-03-01', '2026-03-01T09:00']);
    assert.deepEqual(['fq-10', 'fq-02', 'fq-1', 'Fq-9'].sort(compareText), ['Fq-9', 'fq-02', 'fq-1', 'fq-10']);
    assert.equal(compareText('08:30', '08:30'), 0);
  });

  it('groups whole numbers as Intl does, in both languages, without building a formatter', () => {
    const samples = [0, -0, 1, -1, 7, 999, 1000, -1000, 9999, 10000, 12345, 100000, 999999, 1000000, -1234567, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21];
    for (let n = 1; n < 1e16; n = n * 7 + 3) samples.push(n, -n);
    for (const locale of ['zh-CN', 'en'] as const) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of samples) assert.equal(formatNumber(n, locale), intl.format(n), `${n} in ${locale}`);
    }
    assert.equal(formatNumber(12345, 'zh-CN'), '12,345');
    assert.equal(formatNumber(-1234567, 'en'), '-1,234,567');
  });

  it('formats months, date-times in Beijing time, shares and amounts', () => {
    assert.equal(formatMonth('2025-11', 'zh-CN'), '2025年11月');
    assert.equal(formatMonth('2025-11', 'en'), 'November 2025');
    assert.equal(formatDate('2025-11', 'zh-CN'), '2025年11月', 'a year-month is a month');
    assert.equal(formatDate(undefined), '');
    assert.equal(formatDateTime('2026-11-30T12:00:00Z', 'zh-CN'), '2026年11月30日 20:00');
    assert.equal(formatDateTime('2026-11-30T12:00:00Z', 'en'), 'November 30, 2026, 20:00');
    assert.equal(formatShare(1, 3), '33.3%');
    assert.equal(formatShare(0, 0), '—');
    assert.equal(formatWan(1234.5, 'zh-CN'), '1,234.5万元');
    assert.equal(formatWan(1234.5, 'en'), '¥12.345 million');
  });

  it('fills templates with plain numbers unless a locale is given', () => {
    assert.equal(fill('{year}年', { year: 2026 }), '2026年');
    assert.equal(fill('{n} 件', { n: 2026 }, 'zh-CN'), '2,026 件');
    assert.equal(fill('{gone}', {}), '{gone}');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relativeHref, deputyContactUrl } from '../../site/render/urls.js';
import { escapeHtml, html } from '../../site/render/html.js';
import { describeReception, nextReceptionDate, nextReception } from '../../components/base/reception.js';
import { isRealDate } from '../../site/content/dates.js';
import type { SiteConfig } from '../../site/content/types.js';

describe('relativeHref', () => {
  for (const [from, to, expected] of [
    ['/baiquan/deputies/bq-001/', '/baiquan/stations/s1/', '../../stations/s1/'],
    ['/baiquan/deputies/bq-001/', '/assets/site.css', '../../../assets/site.css'],
    ['/', '/baiquan/', 'baiquan/'],
    ['/baiquan/', '/baiquan/', './'],
    ['/baiquan/', '/baiquan/data/deputies.json', 'data/deputies.json'],
    ['/baiquan/deputies/', '/baiquan/deputies/bq-001/', 'bq-001/'],
    ['/index.html', '/baiquan/', 'baiquan/'],
    ['/baiquan/news/a/', '/baiquan/suggestions/?stage=assigned#list', '../../suggestions/?stage=assigned#list'],
  ] as const)
    it(`${from} → ${to}`, () => assert.equal(relativeHref(from, to), expected));
});

describe('contact URLs', () => {
  const site: SiteConfig = { title: 't', baseUrl: 'https://renda.example.gov.cn/sites/', defaultLocale: 'zh-CN' };
  it('are absolute, under the base URL', () => assert.equal(deputyContactUrl(site, 'baiquan', 'bq-001'), 'https://renda.example.gov.cn/sites/baiquan/deputies/bq-001/'));
  it('follow a configured pattern', () =>
    assert.equal(deputyContactUrl({ ...site, deputyUrlPattern: 'https://wx.example.cn/d?town={town}&id={id}' }, 'baiquan', 'bq-001'), 'https://wx.example.cn/d?town=baiquan&id=bq-001'));
});

describe('html escaping', () => {
  it('escapes interpolated text', () => assert.equal(html`<p title="${'"x"'}">${'<b>&'}</p>`.value, '<p title="&quot;x&quot;">&lt;b&gt;&amp;</p>'));
  it('escapes quotes', () => assert.equal(escapeHtml(`'`), '&#39;'));
});

describe('reception rules', () => {
  for (const [rule, from, expected] of [
    [{ kind: 'monthly', day: 10 }, '2026-11-20', '2026-12-10'],
    [{ kind: 'monthly', day: 10 }, '2026-11-10', '2026-11-10'],
    [{ kind: 'monthly', day: 31 }, '2026-04-05', '2026-04-30'],
    [{ kind: 'monthly', day: 30 }, '2027-02-01', '2027-02-28'],
    [{ kind: 'monthly', day: 5 }, '2026-12-20', '2027-01-05'],
    [{ kind: 'weekly', weekday: 2 }, '2026-11-22', '2026-11-24'], // a Sunday → Tuesday
    [{ kind: 'weekly', weekday: 7 }, '2026-11-22', '2026-11-22'],
    [{ kind: 'quarterly-last-week' }, '2026-11-22', '2026-12-25'],
    [{ kind: 'quarterly-last-week' }, '2026-12-28', '2026-12-28'],
    [{ kind: 'quarterly-last-week' }, '2026-03-27', '2026-03-27'],
    [{ kind: 'once', date: '2026-12-01' }, '2026-11-22', '2026-12-01'],
    [{ kind: 'once', date: '2026-10-01' }, '2026-11-22', undefined],
  ] as const)
    it(`${JSON.stringify(rule)} from ${from} → ${expected}`, () => assert.equal(nextReceptionDate(rule, from), expected));

  it('picks the soonest of rules and mobile stops', () => {
    const next = nextReception([{ kind: 'monthly', day: 10 }], [{ date: '2026-12-05', place: '东村' }], '2026-11-22');
    assert.equal(next?.date, '2026-12-05');
    assert.equal(next?.stop?.place, '东村');
  });

  it('is described in words', () => {
    assert.equal(describeReception({ kind: 'weekly', weekday: 2, halfDay: 'morning' }), '每周二上午');
    assert.equal(describeReception({ kind: 'monthly', day: 10, label: '接待日' }), '每月10日 接待日');
    assert.equal(describeReception({ kind: 'monthly', day: 22 }, 'en'), 'Every month on the 22nd');
  });
});

describe('isRealDate', () => {
  it('knows the calendar', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2025-02-29'), false);
    assert.equal(isRealDate('2025-13-01'), false);
    assert.equal(isRealDate('2025-04-31'), false);
  });
});

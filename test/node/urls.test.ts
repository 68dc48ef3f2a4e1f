import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relativeHref, deputyContactUrl } from '../../site/render/urls.js';
import type { SiteConfig } from '../../domain/model.js';

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

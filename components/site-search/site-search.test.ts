import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { RendaSiteSearch } from './site-search.component.js';
import { highlight, normalizeForSearch, prepareIndex, search, type SearchEntry } from './search-index.js';

const entries: SearchEntry[] = [
  { t: '东村路灯损坏', u: 'suggestions/2025-0001/', k: '建议', x: '答复 · 基础设施 · 镇建设办 · 东村路口路灯坏了三盏' },
  { t: '陈立群', u: 'deputies/fq-001/', k: '代表', x: '乡镇人大代表 · 第1选区 · 村党组织书记' },
  { t: '枫泉镇人大代表联络中心站', u: 'stations/center/', k: '联络中心站', x: '人民路88号 · 每月10日接待日' },
  { t: '增设公交站', u: 'suggestions/2025-0002/', k: '建议', x: '道路交通 · 希望在东村增设公交站' },
];

async function typeQuery(el: RendaSiteSearch, text: string) {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const resultTitles = (el: RendaSiteSearch) => [...el.shadowRoot!.querySelectorAll('li a')].map((a) => a.textContent!.trim());

describe('search index (pure)', () => {
  it('finds Chinese by substring, with no word segmentation', () => {
    const index = prepareIndex(entries);
    expect(search(index, '路灯').map((h) => h.entry.t)).to.deep.equal(['东村路灯损坏']);
    expect(search(index, '东村').map((h) => h.entry.t)).to.have.members(['东村路灯损坏', '增设公交站']);
  });
  it('ranks title matches above body matches and needs every term', () => {
    const index = prepareIndex(entries);
    expect(search(index, '公交').map((h) => h.entry.t)).to.deep.equal(['增设公交站']);
    expect(search(index, '东村 公交').map((h) => h.entry.t)).to.deep.equal(['增设公交站']);
    expect(search(index, '接待日').map((h) => h.entry.t)).to.deep.equal(['枫泉镇人大代表联络中心站']);
    expect(search(index, '东村')[0]!.entry.t).to.equal('东村路灯损坏');
  });
  it('treats full-width and half-width, upper and lower case alike', () => {
    expect(normalizeForSearch('８８号 ＡＢ')).to.equal('88号 ab');
    expect(search(prepareIndex(entries), '８８号').map((h) => h.entry.t)).to.deep.equal(['枫泉镇人大代表联络中心站']);
  });
  it('splits text into marked runs for highlighting', () => {
    expect(highlight('东村路灯损坏', '路灯')).to.deep.equal([
      { text: '东村', match: false },
      { text: '路灯', match: true },
      { text: '损坏', match: false },
    ]);
  });
});

describe('<renda-site-search>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows results as links with the match marked, and a live count', async () => {
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search .entries=${entries}></renda-site-search>`);
    await typeQuery(el, '路灯');
    expect(resultTitles(el)).to.deep.equal(['东村路灯损坏']);
    expect(el.shadowRoot!.querySelector('li a mark')!.textContent).to.equal('路灯');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.contain('找到 1 条结果');
    expect(el.shadowRoot!.querySelector('li a')!.getAttribute('href')).to.equal('suggestions/2025-0001/');
  });

  it('says so, in plain words, when nothing matches', async () => {
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search .entries=${entries}></renda-site-search>`);
    await typeQuery(el, '火星');
    expect(resultTitles(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('没有找到“火星”');
  });

  it('keeps the query in the URL and follows Back', async () => {
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search .entries=${entries}></renda-site-search>`);
    await typeQuery(el, '东村');
    el.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('change'));
    expect(new URL(location.href).searchParams.get('q')).to.equal('东村');
    await typeQuery(el, '陈');
    el.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('change'));
    expect(new URL(location.href).searchParams.get('q')).to.equal('陈');
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await el.updateComplete;
    expect(el.query).to.equal('东村');
    expect(resultTitles(el)).to.have.members(['东村路灯损坏', '增设公交站']);
  });

  it('starts from ?q= in the page URL, so a shared link reproduces the search', async () => {
    history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('联络')}`);
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search .entries=${entries}></renda-site-search>`);
    expect(resultTitles(el)).to.deep.equal(['枫泉镇人大代表联络中心站']);
  });

  it('loads its index from src and reports a missing index with a retry', async () => {
    const missing = await fixture<RendaSiteSearch>(html`<renda-site-search src="/no/such/index.json"></renda-site-search>`);
    // Waits for the answer rather than a fixed time: CI machines are busy.
    await waitUntil(() => missing.shadowRoot!.querySelector('[role="alert"]'), 'the error is shown', { timeout: 10_000 });
    expect(missing.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
  });

  it('speaks English when the page does', async () => {
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search lang="en" .entries=${entries}></renda-site-search>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Search this site');
  });

  it('is accessible (axe), with results shown', async () => {
    const el = await fixture<RendaSiteSearch>(html`<renda-site-search .entries=${entries}></renda-site-search>`);
    await typeQuery(el, '东村');
    await expect(el).to.be.accessible();
  });
});

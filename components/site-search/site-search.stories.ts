import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { SearchEntry } from './search-index.js';
import { storySrc } from '../base/story-fetch.fixtures.js';

const entries: SearchEntry[] = [
  { t: '东村路灯损坏', u: '#', k: '建议', x: '答复 · 基础设施 · 镇建设办 · 东村路口路灯坏了三盏，夜间出行不便' },
  { t: '增设东村公交站', u: '#', k: '建议', x: '转办 · 道路交通 · 区交通运输局 · 希望在东村路口增设公交站' },
  { t: '陈立群', u: '#', k: '代表', x: '乡镇人大代表 · 县（区）人大代表 · 第1选区 · 村党组织书记' },
  { t: '枫泉镇人大代表联络中心站', u: '#', k: '联络中心站', x: '人民路88号便民服务中心一楼 · 每月10日接待日' },
  { t: '镇人大召开第四次会议', u: '#', k: '动态', x: '会议票决产生了2026年民生实事项目' },
];

interface Args {
  query: string;
  src: string;
}

// The language comes from the toolbar (the page's `lang`), as on a town site.
const meta: Meta<Args> = {
  title: 'Components/Site search',
  component: 'renda-site-search',
  args: { query: '东村', src: '' },
  render: (args) =>
    args.src
      ? html`<renda-site-search src=${args.src} .query=${args.query}></renda-site-search>`
      : html`<renda-site-search .query=${args.query} .entries=${entries}></renda-site-search>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Results for a query, the matched characters marked. */
export const Results: Story = {};

/** Nothing typed yet. */
export const Empty: Story = { args: { query: '' } };

/** No match: a plain-words hint. */
export const NoMatch: Story = { args: { query: '火星' } };

/** A town with nothing published yet: an empty index. */
export const EmptyIndex: Story = { render: (args) => html`<renda-site-search .query=${args.query} .entries=${[]}></renda-site-search>` };

/** Waiting for the index (`src`). */
export const Loading: Story = { args: { src: storySrc('loading', 'search/index.json') } };

/** The index could not be loaded: an error with a retry. */
export const IndexMissing: Story = { args: { src: storySrc('missing', 'search/index.json') } };

/** No network: the index never arrived. */
export const Offline: Story = { args: { src: storySrc('offline', 'search/index.json') } };

/** English interface (the toolbar's Locale switch does the same for every story). */
export const English: Story = { globals: { locale: 'en' } };

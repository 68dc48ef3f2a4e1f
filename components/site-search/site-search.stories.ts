import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { SearchEntry } from './search-index.js';

const entries: SearchEntry[] = [
  { t: '东村路灯损坏', u: '#', k: '建议', x: '答复 · 基础设施 · 镇建设办 · 东村路口路灯坏了三盏，夜间出行不便' },
  { t: '增设东村公交站', u: '#', k: '建议', x: '转办 · 道路交通 · 区交通运输局 · 希望在东村路口增设公交站' },
  { t: '陈立群', u: '#', k: '代表', x: '乡镇人大代表 · 县（区）人大代表 · 第1选区 · 村党组织书记' },
  { t: '枫泉镇人大代表联络中心站', u: '#', k: '联络中心站', x: '人民路88号便民服务中心一楼 · 每月10日接待日' },
  { t: '镇人大召开第四次会议', u: '#', k: '动态', x: '会议票决产生了2026年民生实事项目' },
];

interface Args {
  query: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Components/Site search',
  component: 'renda-site-search',
  args: { query: '东村', lang: 'zh-CN' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: (args) => html`<renda-site-search lang=${args.lang} .query=${args.query} .entries=${entries}></renda-site-search>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Results for a query, the matched characters marked. */
export const Results: Story = {};

/** Nothing typed yet. */
export const Empty: Story = { args: { query: '' } };

/** No match: a plain-words hint. */
export const NoMatch: Story = { args: { query: '火星' } };

/** The index could not be loaded: an error with a retry. */
export const IndexMissing: Story = { render: () => html`<renda-site-search src="/no/such/index.json"></renda-site-search>` };

/** English interface. */
export const English: Story = { args: { lang: 'en' } };

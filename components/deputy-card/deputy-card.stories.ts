import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';
import type { DeputyCardVariant, PosterPaper } from './deputy-card.component.js';
import type { CardStation, DeputyCardRecord } from './deputy-record.js';
import { storySrc } from '../base/story-fetch.fixtures.js';

/** A photo drawn inline, so the stories need no file and make no request. */
const PHOTO = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><rect width="120" height="120" fill="#d8e2dc"/><circle cx="60" cy="48" r="23" fill="#e0b48f"/><path d="M36 44c2-18 46-20 48 0-8-8-40-8-48 0z" fill="#3e2c23"/><rect x="22" y="80" width="76" height="44" rx="22" fill="#2f4858"/></svg>',
)}`;

const CENTER: CardStation = {
  id: 'center',
  name: '白泉镇人大代表联络中心站',
  kind: 'center',
  address: '白泉镇人民路88号便民服务中心一楼',
  phone: '0574-86000000',
  reception: [
    { kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' },
    { kind: 'monthly', day: 20, time: '14:00-17:00', label: '代表集中活动日' },
    { kind: 'quarterly-last-week', label: '履职周' },
  ],
  url: '#stations/center',
};

const SHOP: CardStation = {
  id: 'shop',
  name: '白泉村民生小铺联络点',
  kind: 'point',
  reception: [{ kind: 'weekly', weekday: 2, halfDay: 'morning', time: '09:00-11:30' }],
  url: '#stations/shop',
};

const DEPUTY: DeputyCardRecord = {
  id: 'bq-018',
  name: '张海燕',
  levels: ['township', 'county'],
  constituency: '第3选区（白泉村、东岙村）',
  stations: ['center', 'shop'],
  stationDetails: [CENTER, SHOP],
  title: '白泉村党委书记',
  roles: ['主席团成员', '联络点点长'],
  term: '2022—2026',
  bio: '在村里工作二十年，牵头办理了老年食堂、村道硬化等民生实事。',
  photo: PHOTO,
  contactUrl: 'https://renda.example.gov.cn/baiquan/deputies/bq-018/',
  url: '#deputies/bq-018',
  town: { slug: 'baiquan', name: '白泉镇', congress: '白泉镇第十八届人民代表大会' },
  // The year's 履职档案 in a few numbers, as the site computes it from the receptions, suggestions and activities.
  dutySummary: { year: 2026, receptions: 9, residentsMet: 64, suggestions: 14, activities: 5 },
};

interface CardArgs {
  variant: DeputyCardVariant;
  paper: PosterPaper;
  deputy?: DeputyCardRecord;
  src: string;
  slogan: string;
  today: string;
  headingLevel?: number;
  width: string;
  /** Hand-written embeds (the FromAttributes story): attributes instead of `deputy`. */
  name?: string;
  number?: string;
  levels?: string;
  constituency?: string;
  occupation?: string;
  station?: string;
  reception?: string;
  baseUrl?: string;
  town?: string;
}

const meta: Meta<CardArgs> = {
  title: 'Components/Deputy card',
  component: 'renda-deputy-card',
  args: {
    variant: 'full',
    paper: 'a4',
    deputy: DEPUTY,
    src: '',
    slogan: '',
    today: '2026-11-20',
    headingLevel: undefined,
    width: '720px',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full', 'poster'] },
    paper: { control: 'inline-radio', options: ['a4', 'a6'] },
    deputy: { control: 'object' },
    width: { control: 'text', description: 'Width of the column the card sits in (story only)' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`<div style="max-width: ${args.width}">
    <renda-deputy-card
      variant=${args.variant}
      paper=${args.paper}
      src=${args.src || nothing}
      slogan=${args.slogan || nothing}
      today=${args.today || nothing}
      heading-level=${args.headingLevel ?? nothing}
      .deputy=${args.deputy}
    ></renda-deputy-card>
  </div>`,
};

export default meta;
type Story = StoryObj<CardArgs>;

/** The deputy's page: everything about them, and the 代表码 with its link and downloads. */
export const Full: Story = {};

/** A list row or a CMS sidebar: the name links to the deputy's page. */
export const Compact: Story = {
  args: { variant: 'compact', width: '420px' },
};

const LIST: DeputyCardRecord[] = [
  DEPUTY,
  { ...DEPUTY, id: 'bq-019', name: '欧阳秀英', photo: undefined, levels: ['township'], title: '退休教师' },
  { ...DEPUTY, id: 'bq-020', name: '阿依古丽·买买提明', photo: undefined, stationDetails: [SHOP], title: undefined },
];

/** Several compact cards, as a town's “find your deputy” list. */
export const CompactList: Story = {
  args: { variant: 'compact' },
  render: (args) => html`<div style="display: grid; gap: 12px; max-width: 420px">
    ${LIST.map((deputy) => html`<renda-deputy-card variant="compact" today=${args.today} .deputy=${deputy}></renda-deputy-card>`)}
  </div>`,
};

/** A4 poster for a door or a notice board: print at 100 %. The code prints about 8 cm wide. */
export const PosterA4: Story = {
  args: { variant: 'poster', paper: 'a4', width: '210mm' },
};

/** A6 card, four to an A4 sheet: the code prints about 4 cm wide. */
export const PosterA6: Story = {
  args: { variant: 'poster', paper: 'a6', width: '105mm' },
};

/** The town's own words on the poster. */
export const PosterOwnSlogan: Story = {
  args: { variant: 'poster', paper: 'a6', width: '105mm', slogan: '有事码上说 代表在身边' },
};

/** No photo: the given name's characters on a colour picked from the number. */
export const NoPhoto: Story = {
  args: { deputy: { ...DEPUTY, photo: undefined } },
};

/** Long names (transliterated names with “·”) wrap and step down in size; nothing overflows. */
export const LongName: Story = {
  args: {
    deputy: { ...DEPUTY, name: '阿依古丽·买买提明·吐尔逊', photo: undefined, constituency: '第12选区（春澜社区、春澜村、东湖村、西湖新村、滨江花园小区）' },
    width: '390px',
  },
};

export const LongNamePoster: Story = {
  args: { ...LongName.args, variant: 'poster', paper: 'a6', width: '105mm' },
};

/** A 街道's 议政代表 who is not a deputy: listed and shown as 议政代表, with no level and no 选区. */
export const AssemblyMember: Story = {
  args: { deputy: { ...DEPUTY, id: 'cj-y01', name: '应秀兰', kind: 'assembly-member', levels: [], constituency: '', title: '春晖社区居民议政代表', roles: ['议政代表会成员'] } },
};

/** 四级代表进站: one person at four levels at once. */
export const FourLevels: Story = {
  args: { deputy: { ...DEPUTY, levels: ['provincial', 'city', 'county', 'township'] } },
};

/** Waiting for `src`. */
export const Loading: Story = {
  args: { deputy: undefined, src: storySrc('loading', 'bq-018.json') },
};

/** `src` answered 404: a plain sentence and a retry button. */
export const LoadingFailed: Story = {
  args: { deputy: undefined, src: storySrc('missing', 'bq-018.json') },
};

/** No network (a phone out of signal): “check your connection” and a retry button. */
export const Offline: Story = {
  args: { deputy: undefined, src: storySrc('offline', 'bq-018.json') },
};

/** Neither data nor `src`. */
export const Empty: Story = {
  args: { deputy: undefined },
};

/** A webmaster's hand-written embed: attributes only, the code built from the site's address. */
export const FromAttributes: Story = {
  args: {
    deputy: undefined,
    name: '李明',
    number: '018',
    levels: 'township county',
    constituency: '第5选区',
    occupation: '个体工商户',
    station: '白泉镇人大代表联络中心站',
    reception: '每月10日 9:00-11:30 接待日；每周三下午',
    baseUrl: 'https://renda.example.gov.cn/',
    town: 'baiquan',
  },
  render: (args) => html`<div style="max-width: ${args.width}">
    <renda-deputy-card
      variant=${args.variant}
      paper=${args.paper}
      today=${args.today || nothing}
      heading-level=${args.headingLevel ?? nothing}
      name=${args.name || nothing}
      number=${args.number || nothing}
      levels=${args.levels || nothing}
      constituency=${args.constituency || nothing}
      occupation=${args.occupation || nothing}
      station=${args.station || nothing}
      reception=${args.reception || nothing}
      base-url=${args.baseUrl || nothing}
      town=${args.town || nothing}
    ></renda-deputy-card>
  </div>`,
};

export const English: Story = {
  globals: { locale: 'en' },
};

export const EnglishPoster: Story = {
  args: { variant: 'poster', paper: 'a6', width: '105mm' },
  globals: { locale: 'en' },
};

/** Dark theme: the card follows it; the code stays black on white, and the poster stays paper. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const DarkCompact: Story = {
  args: { variant: 'compact', width: '420px' },
  globals: { theme: 'dark' },
};

/** 适老化: high contrast and large text, 60 px targets. */
export const HighContrastLargeText: Story = {
  globals: { theme: 'contrast', text: 'large' },
};

export const LargeTextPhone: Story = {
  args: { width: '390px' },
  globals: { text: 'large' },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';
import { QR_ECC_LEVELS } from './qr-path.js';

interface QrArgs {
  value: string;
  label: string;
  ecc: (typeof QR_ECC_LEVELS)[number];
  size: string;
  downloadable: boolean;
  showValue: boolean;
}

const DEPUTY_URL = 'https://renda.example.gov.cn/fengquan/deputies/018/';

const meta: Meta<QrArgs> = {
  title: 'Components/QR code',
  component: 'renda-qr-code',
  args: {
    value: DEPUTY_URL,
    label: '代表码：张三',
    ecc: 'M',
    size: '',
    downloadable: true,
    showValue: true,
  },
  argTypes: {
    ecc: { control: 'inline-radio', options: [...QR_ECC_LEVELS] },
    size: { control: 'text' },
    showValue: { name: 'show-value', control: 'boolean' },
  },
  render: (args) => html`<renda-qr-code
    .value=${args.value}
    label=${args.label || nothing}
    ecc=${args.ecc}
    size=${args.size || nothing}
    ?downloadable=${args.downloadable}
    ?show-value=${args.showValue}
  ></renda-qr-code>`,
};

export default meta;
type Story = StoryObj<QrArgs>;

/** 代表码: the code printed on a deputy's card and posted at their constituency. */
export const DeputyCode: Story = {};

/** Chinese characters in the path and query are encoded as UTF-8. */
export const ChineseUrl: Story = {
  args: {
    value: 'https://renda.example.gov.cn/枫泉镇/联络站/中心站?来源=扫码',
    label: '联络站码：枫泉镇人大代表联络中心站',
  },
};

/** A long URL needs a denser code (version ≥ 10): print it larger, or shorten the link. */
export const LongUrl: Story = {
  args: {
    value:
      'https://renda.example.gov.cn/zhejiang/ningbo/zhenhai/fengquan/deputies/330211-018-042/suggestions/new' +
      '?channel=qr&station=fengquan-center&utm_source=poster&utm_medium=door&topic=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA',
    label: '意见建议码',
    size: '240px',
  },
};

/** Poster codes get level H so a torn or dirty corner still scans. */
export const PosterHighRedundancy: Story = {
  args: { ecc: 'H', size: '240px', downloadable: false },
};

/** No value: a clear message instead of a broken image. */
export const Empty: Story = {
  args: { value: '', label: '' },
};

/** The code itself stays black on white in the dark theme: scanners need it. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
};

/** 适老化: high contrast and large text, 60 px buttons. */
export const HighContrastLargeText: Story = {
  globals: { theme: 'contrast', text: 'large' },
};

export const English: Story = {
  args: { label: 'Deputy code: Zhang San' },
  globals: { locale: 'en' },
};

import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import jsQRModule from 'jsqr';
import { installTheme } from '../base/theme-sheet.js';
import type { RendaQrCode } from '../qr-code/qr-code.component.js';
import './define.js';
import type { RendaDeputyCard } from './deputy-card.component.js';
import type { DeputyCardRecord } from './deputy-record.js';
import { DEFAULT_ECC } from '../qr-code/qr-options.js';

type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

/** Draws the rendered code's one path onto a canvas and reads it back like a phone would. */
function decodePath(d: string, modules: number, px = 4): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = modules * px;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(px, px);
  context.fillStyle = '#000';
  context.fill(new Path2D(d));
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function qrOf(el: RendaDeputyCard): Promise<RendaQrCode | null> {
  await el.updateComplete;
  const qr = shadow(el).querySelector('renda-qr-code');
  if (qr) await qr.updateComplete;
  return qr;
}

/** What the card's code says, decoded from what it rendered. */
async function decodeCard(el: RendaDeputyCard): Promise<string | null> {
  const qr = await qrOf(el);
  const svg = qr!.shadowRoot!.querySelector('svg')!;
  const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  return decodePath(svg.querySelector('path')!.getAttribute('d')!, modules);
}

const CENTER = {
  id: 'center',
  name: '白泉镇人大代表联络中心站',
  kind: 'center' as const,
  phone: '0574-86000000',
  reception: [
    { kind: 'monthly' as const, day: 10, time: '09:00-11:30', label: '代表接待日' },
    { kind: 'quarterly-last-week' as const, label: '履职周' },
  ],
  url: '/baiquan/stations/center/',
};
const POINT = {
  id: 'shop',
  name: '民生小铺联络点',
  kind: 'point' as const,
  reception: [{ kind: 'weekly' as const, weekday: 2, halfDay: 'morning' as const }],
  url: '/baiquan/stations/shop/',
};

const DEPUTY: DeputyCardRecord = {
  id: 'bq-018',
  name: '张海燕',
  levels: ['township', 'county', 'city', 'provincial'],
  constituency: '第3选区（白泉村）',
  stations: ['center', 'shop'],
  stationDetails: [CENTER, POINT],
  title: '白泉村党委书记',
  roles: ['主席团成员'],
  term: '2022—2026',
  bio: '长期在村工作，关注老年食堂和道路修缮。',
  contactUrl: 'https://renda.example.gov.cn/baiquan/deputies/bq-018/',
  url: '/baiquan/deputies/bq-018/',
  town: { slug: 'baiquan', name: '白泉镇', congress: '白泉镇第十八届人民代表大会', posterSlogan: '有事码上说' },
};

describe('<renda-deputy-card> full', () => {
  it('draws its code at the code’s own default error correction unless told otherwise', async () => {
    // The card writes the default out rather than import it (that would load the code's element with the card).
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card></renda-deputy-card>`);
    expect(el.ecc).to.equal(DEFAULT_ECC);
  });

  it('shows who the deputy is: name, number, every level, constituency, stations, title, roles, term', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`);
    expect(text(part(el, 'name'))).to.equal('张海燕');
    expect(part(el, 'name')!.tagName).to.equal('H2');
    expect(text(part(el, 'number'))).to.equal('代表编号 bq-018');
    // National first: the levels read from the highest down, whatever order the data had.
    expect([...shadow(el).querySelectorAll('[part="level"]')].map(text)).to.deep.equal(['省人大代表', '市人大代表', '县（区）人大代表', '乡镇人大代表']);
    expect(text(part(el, 'facts'))).to.contain('第3选区（白泉村）').and.contain('主席团成员').and.contain('2022—2026');
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.stations a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['白泉镇人大代表联络中心站', '/baiquan/stations/center/'],
      ['民生小铺联络点', '/baiquan/stations/shop/'],
    ]);
    expect(text(part(el, 'title'))).to.equal('白泉村党委书记');
    expect(text(shadow(el).querySelector('.bio'))).to.contain('老年食堂');
  });

  it('computes the next reception over all stations from the rules', async () => {
    // 2026-11-20 is a Friday: the point's Tuesday morning (11-24) beats the centre's 10th (12-10).
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`);
    const next = part(el, 'next-reception')!;
    expect(next.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-24');
    expect(text(next)).to.equal('下次接待 11月24日（周二） 上午 民生小铺联络点');
    expect(next.querySelector('a')!.getAttribute('href')).to.equal('/baiquan/stations/shop/');

    el.deputy = { ...DEPUTY, stations: ['center'] };
    el.today = '2026-12-10';
    await el.updateComplete;
    expect(text(part(el, 'next-reception'))).to.equal('下次接待 今天 09:00-11:30 代表接待日 白泉镇人大代表联络中心站');
    el.today = '2026-12-09';
    await el.updateComplete;
    expect(text(part(el, 'next-reception'))).to.contain('明天');
    el.today = '2026-12-11';
    await el.updateComplete;
    // The last Monday–Friday week of the quarter (from Monday 12-21) comes before the 10th of January.
    expect(text(part(el, 'next-reception'))).to.contain('12月21日（周一）起').and.contain('履职周');
    el.today = '2027-01-01';
    await el.updateComplete;
    // 10 January 2027 is a Sunday: the reception moves to Monday.
    expect(part(el, 'next-reception')!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-11');
    // At 18:41 the morning's reception is over: not 今天.
    el.today = '2026-12-10T18:41:00+08:00';
    await el.updateComplete;
    expect(text(part(el, 'next-reception'))).not.to.contain('今天');
    expect(part(el, 'next-reception')!.querySelector('time')!.getAttribute('datetime')).to.not.equal('2026-12-10');
  });

  it('says when no reception is scheduled', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${{ ...DEPUTY, stationDetails: [] }}></renda-deputy-card>`);
    expect(text(part(el, 'next-reception'))).to.contain('暂无接待安排');
  });

  it('encodes the contact URL in one path with a quiet zone, shows it as a link, offers SVG and PNG downloads', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${DEPUTY}></renda-deputy-card>`);
    const qr = (await qrOf(el))!;
    const svg = qr.shadowRoot!.querySelector('svg')!;
    expect(svg.querySelectorAll('path')).to.have.length(1);
    expect(svg.querySelector('path')!.getAttribute('d')).to.match(/^M4 4h7/, 'a four-module quiet zone');
    expect(qr.ecc).to.equal('M');
    expect(await decodeCard(el)).to.equal(DEPUTY.contactUrl);
    expect(svg.getAttribute('aria-label')).to.equal('张海燕代表的代表码');
    const link = qr.shadowRoot!.querySelector('[part="caption"] a')!;
    expect(link.getAttribute('href')).to.equal(DEPUTY.contactUrl);
    expect(text(link)).to.equal(DEPUTY.contactUrl);
    expect([...qr.shadowRoot!.querySelectorAll('[part="download-button"]')].map(text)).to.deep.equal(['下载SVG', '下载PNG']);
  });

  it('downloads the code as an SVG and a PNG that both decode', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${DEPUTY}></renda-deputy-card>`);
    const qr = (await qrOf(el))!;
    const saved: { name: string; blob: Blob }[] = [];
    // Watch the download link the page creates, and keep the file instead of leaving the test page.
    const watch = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      if (link instanceof HTMLAnchorElement && link.download) {
        event.preventDefault();
        void fetch(link.href).then(async (r) => saved.push({ name: link.download, blob: await r.blob() }));
      }
    };
    document.addEventListener('click', watch, true);
    try {
      const [svgButton, pngButton] = qr.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="download-button"]');
      svgButton!.click();
      pngButton!.click();
      await waitUntil(() => saved.length === 2, 'both downloads arrive');
    } finally {
      document.removeEventListener('click', watch, true);
    }
    const svgFile = saved.find((f) => f.name.endsWith('.svg'))!;
    const pngFile = saved.find((f) => f.name.endsWith('.png'))!;
    expect(svgFile.name).to.equal('代表码-bq-018.svg');
    const markup = await svgFile.blob.text();
    const modules = Number(/viewBox="0 0 (\d+)/.exec(markup)![1]);
    expect(decodePath(/ d="([^"]+)"/.exec(markup)![1]!, modules)).to.equal(DEPUTY.contactUrl);
    const bitmap = await createImageBitmap(pngFile.blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    expect(jsQR(data, canvas.width, canvas.height)?.data).to.equal(DEPUTY.contactUrl);
  });

  it('builds the contact URL from base-url, town and url-pattern when the record has none', async () => {
    const { contactUrl: _, ...bare } = DEPUTY;
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card base-url="https://renda.example.gov.cn" .deputy=${bare}></renda-deputy-card>`);
    expect(await decodeCard(el)).to.equal('https://renda.example.gov.cn/baiquan/deputies/bq-018/');
    el.urlPattern = '{baseUrl}m/{town}?d={id}&src=poster';
    el.town = '白泉镇';
    await el.updateComplete;
    expect(await decodeCard(el)).to.equal('https://renda.example.gov.cn/m/%E7%99%BD%E6%B3%89%E9%95%87?d=bq-018&src=poster');
    el.contactUrl = 'https://wx.example.cn/r/18';
    await el.updateComplete;
    expect(await decodeCard(el)).to.equal('https://wx.example.cn/r/18');
  });

  it('shows no code, and says so, when no absolute contact URL can be made', async () => {
    const { contactUrl: _, ...bare } = DEPUTY;
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${bare}></renda-deputy-card>`);
    expect(shadow(el).querySelector('renda-qr-code')).to.equal(null);
    expect(text(part(el, 'code'))).to.contain('代表码暂未设置');
  });

  it('takes the page’s own heading through the name slot', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${DEPUTY}><h1 slot="name">张海燕</h1></renda-deputy-card>`);
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="name"]')!;
    expect(slot.assignedElements().map((e) => e.tagName)).to.deep.equal(['H1']);
  });

  it('heading-level sets the name’s heading level', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card heading-level="4" .deputy=${DEPUTY}></renda-deputy-card>`);
    expect(part(el, 'name')!.tagName).to.equal('H4');
  });

  it('keyboard reaches every link and both download buttons, in reading order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    const qr = (await qrOf(el))!;
    const expected = [
      ...shadow(el).querySelectorAll('a'),
      ...qr.shadowRoot!.querySelectorAll('a, button'),
    ];
    expect(expected.length).to.equal(6, 'two station links, the next-reception station, the URL, two buttons');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      reached.push(active!);
    }
    expect(reached).to.deep.equal(expected);
  });

  it('falls back to initials when there is no photo, and when the photo fails to load', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${DEPUTY}></renda-deputy-card>`);
    expect(text(part(el, 'initials'))).to.equal('海燕');
    expect(part(el, 'photo')).to.equal(null);
    const avatar = part(el, 'avatar') as HTMLElement;
    const white = 'rgb(255, 255, 255)';
    expect(getComputedStyle(avatar).color).to.equal(white);

    el.deputy = { ...DEPUTY, photo: '/components/deputy-card/test-fixtures/no-such-photo.png' };
    await el.updateComplete;
    expect(part(el, 'photo')).not.to.equal(null);
    await waitUntil(() => part(el, 'photo') === null, 'the broken photo is removed');
    expect(text(part(el, 'initials'))).to.equal('海燕');
  });

  it('shows the photo when it loads', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${{ ...DEPUTY, photo: '/components/deputy-card/test-fixtures/photo.svg' }}></renda-deputy-card>`);
    const photo = part(el, 'photo') as HTMLImageElement;
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'photo loads');
    expect(photo.getAttribute('alt')).to.equal('');
    expect(photo.getBoundingClientRect().width).to.equal(96);
  });

  it('is accessible', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`);
    await qrOf(el);
    await expect(el).to.be.accessible();
  });
});

describe('<renda-deputy-card> compact', () => {
  it('is a list row: small avatar, name linking to the page, number, levels, next reception; no code', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card variant="compact" today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`);
    const name = part(el, 'name')!;
    expect(name.tagName).to.equal('H3');
    expect(name.querySelector('a')!.getAttribute('href')).to.equal('/baiquan/deputies/bq-018/');
    expect(text(shadow(el).querySelector('.meta'))).to.equal('代表编号 bq-018 省人大代表、市人大代表、县（区）人大代表、乡镇人大代表');
    expect(text(part(el, 'next-reception'))).to.contain('11月24日');
    expect(shadow(el).querySelector('renda-qr-code')).to.equal(null);
    expect((part(el, 'avatar') as HTMLElement).getBoundingClientRect().width).to.equal(48);
    await expect(el).to.be.accessible();
  });

  it('keyboard reaches the name link and the station link', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><renda-deputy-card variant="compact" today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
    }
    expect(reached).to.deep.equal(['/baiquan/deputies/bq-018/', '/baiquan/stations/shop/']);
  });
});

describe('<renda-deputy-card> poster', () => {
  for (const paper of ['a4', 'a6'] as const) {
    it(`${paper}: slogan, name, number, station, reception rule and a code ≥ 3 cm at true size`, async () => {
      const width = paper === 'a4' ? '186mm' : '91mm';
      const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card variant="poster" paper=${paper} style=${`width: ${width}`} .deputy=${DEPUTY}></renda-deputy-card>`);
      const qr = (await qrOf(el))!;
      expect(text(part(el, 'slogan'))).to.equal('有事码上说');
      expect(text(part(el, 'name'))).to.equal('张海燕 代表');
      expect(text(shadow(el).querySelector('.poster__meta'))).to.contain('代表编号 bq-018');
      const station = text(part(el, 'poster-station'));
      expect(station).to.contain('白泉镇人大代表联络中心站').and.contain('每月10日 09:00-11:30 代表接待日').and.contain('等2个联络站');
      expect(qr.shadowRoot!.querySelectorAll('button')).to.have.length(0, 'no buttons on paper');
      const svg = qr.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const cm = (px: number) => (px / 96) * 2.54;
      expect(cm(svg.width)).to.be.at.least(paper === 'a4' ? 8 : 4);
      // Nothing spills: the poster's content fits its paper.
      const base = part(el, 'base') as HTMLElement;
      expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
      expect(Math.round((base.getBoundingClientRect().height / base.getBoundingClientRect().width) * 1000)).to.equal(Math.round((297 / 210) * 1000));
      expect(await decodeCard(el)).to.equal(DEPUTY.contactUrl);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the default slogan, or the slogan attribute, and fits a long slogan and a long name', async () => {
    const { town: _, ...noTown } = DEPUTY;
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card variant="poster" paper="a6" style="width: 91mm" .deputy=${noTown}></renda-deputy-card>`);
    expect(text(part(el, 'slogan'))).to.equal('有事找代表 扫码说');
    el.slogan = '有事找代表 扫码就能说 代表听民声 办好身边事';
    el.deputy = { ...noTown, name: '阿依古丽·买买提明·吐尔逊' };
    await el.updateComplete;
    const base = part(el, 'base') as HTMLElement;
    expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
    for (const line of shadow(el).querySelectorAll('.poster__line, .poster__name')) {
      expect(line.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
    }
  });

  it('stays dark on white in the dark theme: it is paper', async () => {
    installTheme();
    const wrapper = await fixture(html`<div data-renda-theme="dark"><renda-deputy-card variant="poster" paper="a6" style="width: 91mm" .deputy=${DEPUTY}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    await qrOf(el);
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(el, 'base')!).color).to.equal('rgb(0, 0, 0)');
    await expect(wrapper).to.be.accessible();
  });
});

describe('<renda-deputy-card> data', () => {
  it('loads src, resolving the file’s relative links against the file', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" src="/components/deputy-card/test-fixtures/deputy.json"></renda-deputy-card>`);
    expect(text(part(el, 'loading'))).to.equal('正在加载代表信息…');
    await waitUntil(() => part(el, 'name'), 'loaded');
    expect(text(part(el, 'name'))).to.equal('柯晓岚');
    expect((part(el, 'photo') as HTMLImageElement).src).to.equal(new URL('/components/deputy-card/test-fixtures/photo.svg', location.href).href);
    expect(shadow(el).querySelector('.stations a')!.getAttribute('href')).to.equal(new URL('/components/deputy-card/stations/center/', location.href).href);
    expect(el.record?.levels).to.deep.equal(['provincial', 'city', 'county', 'township']);
    expect(await decodeCard(el)).to.equal('https://renda.example.gov.cn/chunlan/deputies/cs-007/');
  });

  it('a missing file: a plain error with a retry that tries again', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card src="/components/deputy-card/test-fixtures/missing.json"></renda-deputy-card>`);
    await waitUntil(() => part(el, 'error'), 'error shown');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'error'))).to.contain('没有找到这份数据');
    await expect(el).to.be.accessible();
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(part(el, 'loading')).not.to.equal(null);
    await waitUntil(() => part(el, 'error'), 'error again');
  });

  it('bad JSON, or JSON that is not a deputy, is a format error', async () => {
    for (const file of ['../../base/test-fixtures/not-json.json', 'not-a-deputy.json']) {
      const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card src=${`/components/deputy-card/test-fixtures/${file}`}></renda-deputy-card>`);
      await waitUntil(() => part(el, 'error'), `error for ${file}`);
      expect(text(part(el, 'error'))).to.contain('数据格式有误');
    }
  });

  it('a deputy attribute that is not a deputy says so instead of showing nothing', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card deputy="{not json"></renda-deputy-card>`);
    expect(text(part(el, 'error'))).to.contain('代表信息格式有误');
  });

  it('empty: no deputy, no src, no name', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card></renda-deputy-card>`);
    expect(part(el, 'empty')!.getAttribute('role')).to.equal('status');
    expect(text(part(el, 'empty'))).to.equal('暂无代表信息。');
    await expect(el).to.be.accessible();
  });

  it('a JSON attribute, as the server renders it', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" deputy=${JSON.stringify(DEPUTY)}></renda-deputy-card>`);
    expect(text(part(el, 'name'))).to.equal('张海燕');
    expect(await decodeCard(el)).to.equal(DEPUTY.contactUrl);
  });

  it('a hand-written embed from attributes alone', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card
      today="2026-11-20"
      name="李明"
      number="018"
      levels="township county"
      constituency="第5选区"
      occupation="个体工商户"
      station="白泉镇联络中心站"
      station-href="https://renda.example.gov.cn/baiquan/stations/center/"
      reception="每月10日 9:00-11:30 接待日；每周三下午"
      base-url="https://renda.example.gov.cn/"
      town="baiquan"
    ></renda-deputy-card>`);
    expect(text(part(el, 'name'))).to.equal('李明');
    expect([...shadow(el).querySelectorAll('[part="level"]')].map(text)).to.deep.equal(['县（区）人大代表', '乡镇人大代表']);
    expect(text(part(el, 'next-reception'))).to.equal('下次接待 11月25日（周三） 下午 白泉镇联络中心站');
    expect(await decodeCard(el)).to.equal('https://renda.example.gov.cn/baiquan/deputies/018/');
  });

  it('stations given as a property are looked up by the deputy’s ids', async () => {
    const { stationDetails: _, ...bare } = DEPUTY;
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${bare} .stations=${[{ ...POINT, id: 'other' }, CENTER]}></renda-deputy-card>`);
    expect([...shadow(el).querySelectorAll('.stations a')].map(text)).to.deep.equal(['白泉镇人大代表联络中心站']);
  });

  it('treats content as text and drops links that are not web links', async () => {
    const hostile = { ...DEPUTY, name: '<img src=x onerror=alert(1)>', stationDetails: [{ ...CENTER, url: 'javascript:alert(1)' }], photo: 'javascript:alert(2)' };
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card .deputy=${hostile}></renda-deputy-card>`);
    expect(text(part(el, 'name'))).to.equal('<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

describe('<renda-deputy-card> server-rendered dates', () => {
  it('keeps the server’s dated words on its first render, then moves on to today', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card rendered-at="2020-01-01" .deputy=${DEPUTY}></renda-deputy-card>`);
    await aTimeout(0);
    await el.updateComplete;
    const date = part(el, 'next-reception')!.querySelector('time')!.getAttribute('datetime')!;
    const now = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(date >= now, `${date} is not before today (${now})`).to.equal(true);
  });
});

describe('<renda-deputy-card> locale and themes', () => {
  before(() => installTheme());

  it('speaks English under lang="en"', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card lang="en" today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`);
    expect(text(part(el, 'number'))).to.equal('Deputy no. bq-018');
    expect([...shadow(el).querySelectorAll('[part="level"]')].map(text)).to.deep.equal(['Provincial', 'City', 'County/district', 'Township']);
    expect(text(part(el, 'next-reception'))).to.equal('Next reception Tuesday, November 24 morning 民生小铺联络点');
    const qr = (await qrOf(el))!;
    expect([...qr.shadowRoot!.querySelectorAll('button')].map(text)).to.deep.equal(['Download SVG', 'Download PNG']);
    expect(qr.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('Deputy code of 张海燕');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['dark', 'contrast']) {
    it(`is accessible and scannable under data-renda-theme="${theme}"`, async () => {
      const wrapper = await fixture(html`<div data-renda-theme=${theme}><renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card></div>`);
      const el = wrapper.querySelector('renda-deputy-card')!;
      const qr = (await qrOf(el))!;
      expect(getComputedStyle(qr.shadowRoot!.querySelector('[part="modules"]')!).fill).to.equal('rgb(0, 0, 0)');
      expect(await decodeCard(el)).to.equal(DEPUTY.contactUrl);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('large text: 24 px body, larger avatar text, 60 px download buttons', async () => {
    const wrapper = await fixture(html`<div data-renda-text="large"><renda-deputy-card today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    const qr = (await qrOf(el))!;
    expect(getComputedStyle(el).fontSize).to.equal('24px');
    for (const button of qr.shadowRoot!.querySelectorAll('button')) expect(button.getBoundingClientRect().height).to.be.at.least(60);
    await expect(wrapper).to.be.accessible();
  });

  it('fits a 320 px column (200 % zoom of a 640 px phone) without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px" data-renda-text="large"><renda-deputy-card today="2026-11-20" .deputy=${{ ...DEPUTY, name: '阿依古丽·买买提明·吐尔逊' }}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    await qrOf(el);
    const base = part(el, 'base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });
});

describe('<renda-deputy-card> record summary', () => {
  const withRecord: DeputyCardRecord = { ...DEPUTY, dutySummary: { year: 2026, receptions: 7, residentsMet: 58, suggestions: 12, activities: 3 } };

  it('full: the year’s 履职档案 in a few numbers, linked to the whole record on the deputy’s page', async () => {
    const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" .deputy=${withRecord}></renda-deputy-card>`);
    const record = part(el, 'record')!;
    expect(text(record)).to.equal('2026年履职 进站接待7次，接待群众58人次，建议12件，参加活动3次 查看履职档案');
    expect(record.querySelector('a')!.getAttribute('href')).to.equal('/baiquan/deputies/bq-018/#duty-record-title');
    await expect(el).to.be.accessible();
  });

  it('compact: the numbers without the link (the name links to the page); poster: none', async () => {
    const compact = await fixture<RendaDeputyCard>(html`<renda-deputy-card variant="compact" today="2026-11-20" .deputy=${withRecord}></renda-deputy-card>`);
    expect(text(part(compact, 'record'))).to.equal('2026年履职 进站接待7次，接待群众58人次，建议12件，参加活动3次');
    expect(part(compact, 'record')!.querySelector('a')).to.equal(null);
    const poster = await fixture<RendaDeputyCard>(html`<renda-deputy-card variant="poster" today="2026-11-20" .deputy=${withRecord}></renda-deputy-card>`);
    expect(part(poster, 'record')).to.equal(null);
  });

  it('English, from a JSON attribute as the site writes it', async () => {
    const wrapper = await fixture(html`<div lang="en"><renda-deputy-card today="2026-11-20" deputy=${JSON.stringify(withRecord)}></renda-deputy-card></div>`);
    const el = wrapper.querySelector('renda-deputy-card')!;
    await el.updateComplete;
    expect(text(part(el, 'record'))).to.equal('Work in 2026 receptions: 7 · residents met: 58 · suggestions: 12 · activities: 3 The full record of duties');
  });

  it('a summary that is not whole counts is left out, the card still shows', async () => {
    for (const bad of [{ year: 2026, receptions: -1, residentsMet: 0, suggestions: 0, activities: 0 }, { year: '2026', receptions: 1, residentsMet: 0, suggestions: 0, activities: 0 }, { year: 2026, receptions: 1.5, residentsMet: 0, suggestions: 0, activities: 0 }, 'seven']) {
      const el = await fixture<RendaDeputyCard>(html`<renda-deputy-card today="2026-11-20" deputy=${JSON.stringify({ ...DEPUTY, dutySummary: bad })}></renda-deputy-card>`);
      expect(text(part(el, 'name'))).to.equal('张海燕');
      expect(part(el, 'record'), JSON.stringify(bad)).to.equal(null);
    }
  });
});

/**
 * The deputy card's rules (pure functions), its server rendering, and the data it reads.
 * Rendering in a browser is proven in components/deputy-card/*.test.ts; the printed page in
 * print.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AVATAR_COLOURS, avatarColour, initials } from '../../components/deputy-card/avatar.js';
import { deputyContactUrl } from '../../domain/addresses.js';
import { parseDeputyRecord, parseReceptionText, recordFromAttributes, safeImage, safeLink, stationsOf, DeputyRecordError } from '../../components/deputy-card/deputy-record.js';
import { describeDay, describeNextReception, nextDeputyReception } from '../../domain/calendar/next-reception.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { fitName, fitSlogan, textWidthEm } from '../../components/deputy-card/poster-text.js';
import { describeReception } from '../../domain/calendar/reception.js';
import { deputyCard, deputyCardRecord } from '../../site/render/deputy-card.js';
import { deputyContactUrl as siteContactUrl } from '../../site/render/urls.js';
import { townDataFiles } from '../../site/pages/data.js';
import { deputyPage } from '../../site/pages/deputies.js';
import { deputyPostersPage, printSheetsPage, sheetCount } from '../../site/pages/print.js';
import { html } from '../../domain/text/html.js';
import { loadContent } from '../../site/content/loader.js';
import type { TownContext } from '../../site/pages/context.js';
import { FIXTURE_TODAY, writeFixtureContent } from '../support/content-fixture.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('initials avatar', () => {
  it('shows the given name as colleagues say it', () => {
    assert.equal(initials('楼雯颖'), '雯颖');
    assert.equal(initials('王芳'), '王芳');
    assert.equal(initials('欧阳秀英'), '秀英');
    assert.equal(initials('阿依古丽·买买提明'), '阿依');
    assert.equal(initials('Zhang San'), 'ZS');
    assert.equal(initials('  Mary  '), 'Ma');
    assert.equal(initials(''), '');
  });

  it('picks a stable colour with white text at 4.5:1 or better', () => {
    assert.equal(avatarColour('bq-001'), avatarColour('bq-001'));
    const used = new Set(Array.from({ length: 50 }, (_, i) => avatarColour(`bq-${i}`)));
    assert.ok(used.size >= 6, 'a list does not repeat one colour');
    for (const colour of AVATAR_COLOURS) {
      const ratio = 1.05 / (luminance(colour) + 0.05);
      assert.ok(ratio >= 4.5, `${colour}: ${ratio.toFixed(2)}:1`);
    }
  });
});

describe('contact URL', () => {
  it('fills the pattern as the site does', () => {
    const site = { title: 't', baseUrl: 'https://renda.example.gov.cn/', defaultLocale: 'zh-CN' as const };
    assert.equal(deputyContactUrl({ baseUrl: site.baseUrl, town: 'fengquan', id: 'bq-001' }), siteContactUrl(site, 'fengquan', 'bq-001'));
    const pattern = '{baseUrl}c/{town}/{id}?from=qr';
    assert.equal(deputyContactUrl({ baseUrl: site.baseUrl, town: '枫泉镇', id: '018' }, pattern), siteContactUrl({ ...site, deputyUrlPattern: pattern }, '枫泉镇', '018'));
    assert.equal(deputyContactUrl({ baseUrl: 'https://x.cn', town: 't', id: '1' }), 'https://x.cn/t/deputies/1/', 'a missing trailing slash is added');
  });

  it('refuses what would not lead anywhere', () => {
    assert.equal(deputyContactUrl({ town: 't', id: '1' }), undefined, 'no base URL');
    assert.equal(deputyContactUrl({ baseUrl: 'https://x.cn/', id: '1' }), undefined, 'no town');
    assert.equal(deputyContactUrl({ baseUrl: '/relative/', town: 't', id: '1' }), undefined, 'not absolute');
    assert.equal(deputyContactUrl({ baseUrl: 'javascript:alert(1)//', town: 't', id: '1' }), undefined);
  });
});

describe('deputy records', () => {
  it('keeps what a card shows, orders levels, resolves links against the file', () => {
    const record = parseDeputyRecord(
      {
        id: ' bq-001 ',
        name: '楼雯颖',
        levels: ['township', 'mayor', 'national', 'county'],
        constituency: '第1选区',
        stations: ['center', 7],
        photo: '../../photos/bq-001.svg',
        url: '../../deputies/bq-001/',
        contactUrl: 'https://renda.example.gov.cn/fengquan/deputies/bq-001/',
        stationDetails: [{ id: 'center', name: '中心站', kind: 'center', reception: [{ kind: 'monthly', day: 10 }, { kind: 'monthly', day: 99 }, { kind: 'yearly' }], url: '../../stations/center/' }, { id: 'x' }],
        town: { slug: 'fengquan', posterSlogan: '有事码上说' },
      },
      'https://renda.example.gov.cn/fengquan/data/deputies/bq-001.json',
    );
    assert.equal(record.id, 'bq-001');
    assert.deepEqual(record.levels, ['national', 'county', 'township']);
    assert.deepEqual(record.stations, ['center']);
    assert.equal(record.photo, 'https://renda.example.gov.cn/fengquan/photos/bq-001.svg');
    assert.equal(record.url, 'https://renda.example.gov.cn/fengquan/deputies/bq-001/');
    assert.deepEqual(record.stationDetails, [{ id: 'center', name: '中心站', kind: 'center', reception: [{ kind: 'monthly', day: 10 }], url: 'https://renda.example.gov.cn/fengquan/stations/center/' }]);
    assert.deepEqual(record.town, { slug: 'fengquan', posterSlogan: '有事码上说' });
  });

  it('refuses what is not a deputy, with a reason', () => {
    assert.throws(() => parseDeputyRecord([]), DeputyRecordError);
    assert.throws(() => parseDeputyRecord({ name: '张三' }), /id/);
    assert.throws(() => parseDeputyRecord({ id: '1', name: ' ' }), /name/);
  });

  it('lets only web links and images through', () => {
    assert.equal(safeLink('javascript:alert(1)'), undefined);
    assert.equal(safeLink(' JavaScript:alert(1)'), undefined);
    assert.equal(safeLink('data:text/html,<script>'), undefined);
    assert.equal(safeLink('/a/b/'), '/a/b/');
    assert.equal(safeLink('https://x.cn/a'), 'https://x.cn/a');
    assert.equal(safeImage('data:image/png;base64,AAAA'), 'data:image/png;base64,AAAA');
    assert.equal(safeImage('data:text/html;base64,AAAA'), undefined);
    const record = parseDeputyRecord({ id: '1', name: 'a', contactUrl: '/relative/' });
    assert.equal(record.contactUrl, undefined, 'a code must hold an absolute address');
  });

  it('picks the deputy’s stations, in the deputy’s order, from any list', () => {
    const record = parseDeputyRecord({ id: '1', name: 'a', stations: ['b', 'a'] });
    assert.deepEqual(stationsOf(record, [{ id: 'a', name: 'A' }, { id: 'c', name: 'C' }, { id: 'b', name: 'B' }, 'junk']).map((s) => s.id), ['b', 'a']);
  });

  it('reads reception rules from a webmaster’s words', () => {
    assert.deepEqual(parseReceptionText('每月10日 9:00-11:30 接待日；每周二上午；每季度最后一周 履职周；2026-12-01 集中接待；随时欢迎'), [
      { kind: 'monthly', day: 10, time: '9:00-11:30', label: '接待日' },
      { kind: 'weekly', weekday: 2, halfDay: 'morning' },
      { kind: 'quarterly-last-week', label: '履职周' },
      { kind: 'once', date: '2026-12-01', label: '集中接待' },
    ]);
    assert.deepEqual(parseReceptionText('每星期日下午 14：00～16：00'), [{ kind: 'weekly', weekday: 7, halfDay: 'afternoon', time: '14:00-16:00' }]);
    assert.equal(describeReception(parseReceptionText('每月10号 接待日')[0]!), '每月10日 接待日');
    assert.deepEqual(parseReceptionText('每月40日'), []);
  });

  it('builds a record from a hand-written embed’s attributes', () => {
    const record = recordFromAttributes({ name: '李明', number: '018', levels: 'township, county', constituency: '', occupation: '店主', photo: '', station: '联络点', stationHref: 'javascript:x', reception: '每周三下午' });
    assert.deepEqual(record, {
      id: '018',
      name: '李明',
      levels: ['county', 'township'],
      constituency: '',
      title: '店主',
      stations: ['station'],
      stationDetails: [{ id: 'station', name: '联络点', reception: [{ kind: 'weekly', weekday: 3, halfDay: 'afternoon' }] }],
    });
    assert.equal(recordFromAttributes({ name: ' ', number: '', levels: '', constituency: '', occupation: '', photo: '', station: '', stationHref: '', reception: '' }), undefined);
  });
});

describe('next reception', () => {
  const center = { id: 'center', name: '中心站', reception: [{ kind: 'monthly' as const, day: 10, time: '09:00-11:30', label: '接待日' }] };
  const bus = { id: 'bus', name: '流动站', reception: [], stops: [{ date: '2026-12-05', place: '东村礼堂', time: '09:00' }] };

  it('is the soonest over every station’s rules and stops', () => {
    assert.deepEqual(nextDeputyReception([center, bus], '2026-11-20'), { date: '2026-12-05', stop: bus.stops[0], station: bus });
    assert.equal(nextDeputyReception([center, bus], '2026-12-06')?.date, '2026-12-10');
    assert.equal(nextDeputyReception([], '2026-12-06'), undefined);
  });

  it('says the day as a resident would', () => {
    assert.equal(describeDay('2026-11-20', '2026-11-20', 'zh-CN'), '今天');
    assert.equal(describeDay('2026-11-21', '2026-11-20', 'zh-CN'), '明天');
    assert.equal(describeDay('2026-11-21', '2026-11-20', 'zh-CN', false), '11月21日（周六）');
    assert.equal(describeDay('2027-01-10', '2026-12-31', 'zh-CN'), '2027年1月10日（周日）');
    assert.equal(describeDay('2026-12-10', '2026-11-20', 'en'), 'Thursday, December 10');
    assert.equal(describeDay('2027-01-10', '2026-12-31', 'en'), 'Sunday, January 10, 2027');
    assert.deepEqual(describeNextReception({ date: '2026-12-05', stop: bus.stops[0], station: bus }, '2026-11-20', 'zh-CN'), { day: '12月5日（周六）', detail: '09:00 东村礼堂' });
    assert.deepEqual(describeNextReception({ date: '2026-12-25', rule: { kind: 'quarterly-last-week', label: '履职周' }, station: center }, '2026-12-20', 'zh-CN'), { day: '12月25日（周五）起', detail: '履职周' });
  });

  it('knows today in China, whatever the server’s time zone', () => {
    assert.equal(todayInChina(new Date('2026-11-20T16:30:00Z')), '2026-11-21');
    assert.equal(todayInChina(new Date('2026-11-20T15:59:00Z')), '2026-11-20');
  });
});

describe('poster text', () => {
  it('keeps a short slogan on one line at full size and splits a long one in two where it balances', () => {
    assert.deepEqual(fitSlogan('有事找代表 扫码说'), { lines: ['有事找代表 扫码说'], size: 8.4 });
    const fitted = fitSlogan('有事码上说 代表在身边');
    assert.deepEqual(fitted.lines, ['有事码上说', '代表在身边']);
    assert.ok(fitted.size * 5 <= 84);
    assert.deepEqual(fitSlogan('有事找代表 扫码就能说 代表听民声 办好身边事').lines, ['有事找代表 扫码就能说', '代表听民声 办好身边事']);
    assert.deepEqual(fitSlogan('Need your deputy? Scan and speak up').lines, ['Need your deputy?', 'Scan and speak up']);
    assert.equal(fitSlogan('一二三四五六七八九十一二三四五六七八九十一二三').size, 4.5, 'no spaces: the smallest size, wrapped');
  });

  it('steps a long name down, never below the floor', () => {
    assert.equal(fitName('王芳'), 11);
    assert.ok(fitName('阿依古丽·买买提明') < 11);
    assert.equal(fitName('阿依古丽·买买提明·吐尔逊·艾买提江·阿不都热合曼'), 4.6);
    assert.ok(Math.abs(textWidthEm('Li Ming') - (6 * 0.6 + 0.3)) < 1e-9);
  });
});

describe('server-rendered card and its data', () => {
  const content = writeFixtureContent();
  const { content: loaded } = loadContent(content, { today: FIXTURE_TODAY });
  const ctx: TownContext = { site: loaded!.site, loaded: loaded!.towns[0]!, today: FIXTURE_TODAY };
  const deputy = ctx.loaded.deputies[0]!;

  it('renders the whole card into declarative shadow DOM, code included', () => {
    const record = deputyCardRecord(ctx, deputy, '/hexi/deputies/hx-001/');
    const out = deputyCard(record, { variant: 'full', lang: 'zh-CN', renderedAt: FIXTURE_TODAY, pageHeading: true }).toString();
    assert.match(out, /^<!--lit-part[^>]*--><!--lit-node 0--><renda-deputy-card /);
    assert.match(out, /<template shadowroot(mode)?="open"/);
    assert.match(out, /<h1 slot="name">陈立群<\/h1><\/renda-deputy-card>/);
    assert.match(out, /县（区）人大代表/);
    assert.match(out, /rendered-at="2026-11-20"/);
    assert.match(out, /<renda-qr-code[^>]*value="https:\/\/renda\.example\.gov\.cn\/hexi\/deputies\/hx-001\/"/);
    assert.match(out, /<path [^>]*d="M4 4h7/);
    assert.match(out, /下载SVG/);
    // The record travels with the card so the browser hydrates the same card.
    const json = /deputy="([^"]*)"/.exec(out)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(record)));
    // Dated words, not 今天: the HTML is read on later days than it was built.
    assert.match(out, /<time datetime="2026-12-10">(<!--[^>]*-->)*12月10日（周四）/);
  });

  it('escapes content in the card and its JSON attribute', () => {
    const hostile = { ...deputy, name: '<script>alert(1)</script>', title: '"><img src=x onerror=alert(1)>' };
    const out = deputyCard(deputyCardRecord(ctx, hostile, '/hexi/'), { variant: 'full', lang: 'zh-CN', renderedAt: FIXTURE_TODAY, pageHeading: true }).toString();
    assert.ok(!out.includes('<script>alert'), 'no raw script');
    assert.ok(!out.includes('<img src=x'), 'no raw img');
  });

  it('the poster for print carries no JSON attribute (no script on print pages)', () => {
    const out = deputyCard(deputyCardRecord(ctx, deputy, '/hexi/print/deputies/'), { variant: 'poster', paper: 'a6', lang: 'zh-CN', renderedAt: FIXTURE_TODAY, hydrate: false }).toString();
    assert.doesNotMatch(out, /deputy="/);
    assert.match(out, /有事找代表 扫码说/);
    assert.match(out, /每月10日 接待日/);
  });

  it('publishes data/deputies/<id>.json with stations, the code’s URL and links relative to the file', () => {
    const file = townDataFiles(ctx).find((f) => f.url === '/hexi/data/deputies/hx-001.json')!;
    const record = JSON.parse(file.body);
    assert.equal(record.name, '陈立群');
    assert.equal(record.contactUrl, 'https://renda.example.gov.cn/hexi/deputies/hx-001/');
    assert.equal(record.url, '../../deputies/hx-001/');
    // The station lists the deputy on its side only: the link counts for both.
    assert.deepEqual(record.stations, ['center']);
    assert.deepEqual(record.stationDetails.map((s: { id: string; url: string; reception: unknown[] }) => [s.id, s.url, s.reception.length]), [['center', '../../stations/center/', 1]]);
    assert.equal(record.town.slug, 'hexi');
    assert.deepEqual(parseDeputyRecord(record, 'https://renda.example.gov.cn/hexi/data/deputies/hx-001.json').url, 'https://renda.example.gov.cn/hexi/deputies/hx-001/');
  });

  it('the deputy page: the card, stations with rules, suggestions, and contact by phone without an API', () => {
    const page = deputyPage(ctx, deputy);
    assert.match(page, /<renda-deputy-card [^>]*variant="full"/);
    assert.match(page, /进站履职/);
    assert.match(page, /每月10日 接待日/);
    assert.match(page, /data-renda-slot="suggestion-tracker"/);
    assert.match(page, /href="\.\.\/\.\.\/suggestions\/s-001\/"/);
    assert.doesNotMatch(page, /<form/);
    assert.match(page, /联系陈立群代表/);
    assert.match(page, /河西镇人大代表联络中心站<\/a>：河西镇政府一楼/);
    assert.match(page, /镇人大办，电话 <a href="tel:057112345678">0571-12345678<\/a>/, 'no station phone: the town’s contact');
    assert.match(page, /会公开：[\s\S]*会隐去：[\s\S]*不公开：/);
  });

  it('the deputy page: with participationApi, a form that works without script', () => {
    const withApi: TownContext = { ...ctx, site: { ...ctx.site, participationApi: 'https://api.example.gov.cn/renda/' } };
    const page = deputyPage(withApi, deputy);
    assert.match(page, /<form class="contact-form" method="post" action="https:\/\/api\.example\.gov\.cn\/renda\/submissions"/);
    for (const [name, value] of [['town', 'hexi'], ['deputy', 'hx-001'], ['back', 'https://renda.example.gov.cn/hexi/deputies/hx-001/']]) assert.match(page, new RegExp(`<input type="hidden" name="${name}" value="${value!.replace(/[./]/g, '\\$&')}">`));
    for (const id of ['contact-name', 'contact-phone', 'contact-body', 'contact-consent']) assert.match(page, new RegExp(`<label for="${id}">`), `label for ${id}`);
    assert.match(page, /name="name"[^>]*required maxlength="40"/);
    assert.match(page, /name="body"[^>]*required maxlength="2000"/);
    assert.match(page, /name="consent" type="checkbox" value="on" required/);
  });

  it('the deputy page in English: the card, the words and the links follow the page’s language', () => {
    const en: TownContext = { ...ctx, locale: 'en' };
    const page = deputyPage(en, deputy);
    assert.match(page, /<renda-deputy-card [^>]*lang="en"/);
    assert.match(page, /Deputy no\./);
    assert.match(page, /Stations and reception hours/);
    assert.match(page, /What is published, what is masked/);
    assert.match(page, /href="\.\.\/\.\.\/stations\/center\/"/, 'links stay within the English pages');
    assert.match(page, /&quot;url&quot;:&quot;\.\/&quot;/);
    assert.doesNotMatch(page, /进站履职|公开什么/);
    const posters = deputyPostersPage(en);
    assert.match(posters, /<html lang="en">/);
    assert.match(posters, /Print settings/);
    assert.match(posters, /Need your deputy\?(<!--[^>]*-->)*<\/span>/, 'the English default slogan, on two lines');
  });

  it('print sheets: four A6 cards to a sheet, and a generic page for other posters', () => {
    assert.equal(sheetCount(90, 'a6-on-a4'), 23);
    assert.equal(sheetCount(4, 'a6-on-a4'), 1);
    assert.equal(sheetCount(3, 'a4'), 3);
    const page = deputyPostersPage(ctx);
    assert.equal(page.match(/class="sheet sheet--a6-on-a4"/g)?.length, 1);
    assert.equal(page.match(/<renda-deputy-card /g)?.length, 2);
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(page, /<script/, 'print pages run no script');
    const stations = printSheetsPage({ ctx, url: '/hexi/print/stations/', title: '联络站码', back: { title: '联络站', url: '/hexi/stations/' }, layout: 'a6-on-a4', posters: [1, 2, 3, 4, 5].map((n) => ({ id: `s${n}`, poster: html`<p>station ${n}</p>` })) });
    assert.equal(stations.match(/class="sheet /g)?.length, 2);
    assert.match(stations, /<div class="sheet__cell" id="s5"><p>station 5<\/p><\/div>/);
  });
});

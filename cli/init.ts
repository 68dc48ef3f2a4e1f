/**
 * `renda init [DIR] --town SLUG --name 名称 [--kind town|township|subdistrict]`: a new site, or a
 * new town in an existing one, that passes `renda check` as written. The schemas are copied
 * beside the content (DIR/schemas/), so every `$schema` reference resolves wherever the folder
 * is: in this repository, in a project that installed renda-kit, or copied to another computer.
 * Never overwrites: an existing town folder or file is refused before anything is written.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ZH from '../domain/text/translations/zh-CN.js';
import * as EN from '../domain/text/translations/en.js';
import { createMsg } from '../domain/text/messages.js';
import { todayInChina } from '../domain/calendar/dates.js';
import { SCHEMA_KINDS, schemasDir } from '../site/content/schemas.js';
import type { CommandContext } from './cli.js';
import type { Town } from '../domain/model.js';

const initMsg = createMsg<keyof typeof EN.cliInit>({ 'zh-CN': ZH.cliInit, en: EN.cliInit });

export interface InitValues {
  content: string;
  town?: string[];
  name?: string;
  kind?: string;
  today?: string;
}

const KINDS = ['town', 'township', 'subdistrict'] as const;
type TownKind = (typeof KINDS)[number];

/** The files of a starter town, as written: example records a clerk replaces with the real ones. */
export function starterTown(slug: string, name: string, kind: TownKind, today: string): Record<string, unknown> {
  const schema = (file: string) => `../../schemas/${file}.schema.json`;
  const year = Number(today.slice(0, 4));
  const prefix = slug.replace(/-/g, '').slice(0, 2);
  const subdistrict = kind === 'subdistrict';
  const congress: Town['congress'] = subdistrict
    ? { name: `${name}人大工委`, kind: 'working-committee', assembly: `${name}议政代表会`, term: 1, termStart: `${year - 1}-01-01`, termEnd: `${year + 3}-12-31`, deputies: 30 }
    : { name: `${name}人民代表大会`, kind: 'congress', term: 1, termStart: `${year - 1}-01-01`, termEnd: `${year + 3}-12-31`, deputies: 50 };
  const office = subdistrict ? `${name}人大工委` : `${name}人大办`;
  return {
    'town.json': {
      $schema: schema('town'),
      slug,
      code: '000000000000',
      name,
      kind,
      province: '某省',
      city: '某市',
      county: '某县',
      congress,
      contacts: [{ name: office, phone: '0000-00000000', address: `${name}人民政府` }],
      intro: `${name}人大代表履职公开平台（示例文字，请改写）。`,
    },
    'deputies.json': {
      $schema: schema('deputies'),
      deputies: [
        { id: `${prefix}-001`, name: '示例代表甲', levels: subdistrict ? ['county'] : ['township', 'county'], constituency: '第1选区', stations: ['center'], title: '示例职务' },
        { id: `${prefix}-002`, name: '示例代表乙', levels: subdistrict ? ['city'] : ['township'], constituency: '第2选区', stations: ['center'] },
      ],
    },
    'stations.json': {
      $schema: schema('stations'),
      stations: [
        {
          id: 'center',
          name: `${name}人大代表联络中心站`,
          kind: 'center',
          address: `${name}人民政府一楼（示例地址）`,
          location: { lng: 120.15, lat: 30.28, crs: 'gcj02' },
          reception: [{ kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' }],
          deputies: [`${prefix}-001`],
        },
      ],
    },
    'suggestions.json': {
      $schema: schema('suggestions'),
      suggestions: [
        {
          id: `${year}-001`,
          title: '示例建议：村口路灯不亮',
          body: '这是一条示例建议，请换成真实的建议。',
          category: '基础设施',
          source: 'reception',
          submitter: '张某',
          deputies: [`${prefix}-001`],
          station: 'center',
          history: [
            { stage: 'submitted', date: today },
            { stage: 'accepted', date: today, actor: `${prefix}-001` },
          ],
        },
      ],
    },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function initCommand({ positionals, locale }: CommandContext, values: InitValues): number {
  const say = (key: keyof typeof EN.cliInit, params?: Record<string, string>) => initMsg(locale, key, params);
  const dir = positionals[1] ?? values.content;
  const slug = values.town?.[0] ?? '';
  const kind = (values.kind ?? 'town') as TownKind;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || (values.town?.length ?? 0) > 1) {
    console.error(say('badTown', { value: values.town?.join(' ') ?? '' }));
    return 2;
  }
  if (!values.name?.trim()) {
    console.error(say('noName'));
    return 2;
  }
  if (!(KINDS as readonly string[]).includes(kind)) {
    console.error(say('badKind', { value: values.kind ?? '' }));
    return 2;
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    console.error(say('notFolder', { path: dir }));
    return 1;
  }
  const townDir = join(dir, 'towns', slug);
  if (existsSync(townDir)) {
    console.error(say('exists', { path: townDir }));
    return 1;
  }
  const newSite = !existsSync(join(dir, 'site.json'));
  const name = values.name.trim();
  mkdirSync(join(townDir, 'news'), { recursive: true });
  mkdirSync(join(townDir, 'pages'), { recursive: true });
  for (const [file, value] of Object.entries(starterTown(slug, name, kind, values.today ?? todayInChina()))) writeFileSync(join(townDir, file), json(value), { flag: 'wx' });
  // The schemas beside the content; a copy already there (from an earlier init) is kept.
  mkdirSync(join(dir, 'schemas'), { recursive: true });
  for (const schema of ['common', ...SCHEMA_KINDS]) {
    const target = join(dir, 'schemas', `${schema}.schema.json`);
    if (!existsSync(target)) copyFileSync(join(schemasDir, `${schema}.schema.json`), target);
  }
  if (newSite)
    writeFileSync(join(dir, 'site.json'), json({ $schema: 'schemas/site.schema.json', title: `${name}人大代表履职公开平台`, baseUrl: `https://www.example.gov.cn/renda/`, defaultLocale: 'zh-CN' }), { flag: 'wx' });
  console.log(say(newSite ? 'wroteSite' : 'addedTown', { dir, name, slug }));
  console.log(say('editFirst', { file: join(townDir, 'town.json'), stations: join(townDir, 'stations.json') }));
  console.log(`\n${say('next')}`);
  for (const step of ['stepCheck', 'stepServe', 'stepBuild'] as const) console.log(say(step, { dir }));
  return 0;
}

import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { relativeHref } from '../render/urls.js';
import { deputyCardRecord } from '../render/deputy-card.js';
import { deputyTrackerData, stationTrackerData, townDataPath, townPath, type TownContext } from './context.js';
import { publishedFigures } from '../../domain/suggestions/figures.js';
import { suggestionsOfDeputy, suggestionsOfStation } from '../../domain/suggestions/scope.js';
import { TEMPLATE_FILES } from '../sheets/template-files.js';
import { deputyRecordPeriods, stationWithLastReception } from './receptions.js';
import { deputyScores } from './scoring.js';
import { chosenProjects } from '../../domain/votes/projects.js';

export interface DataFile {
  /** Site path, e.g. `/baiquan/data/deputies.json`. */
  url: string;
  body: string;
}

/** Strips the editor-only `$schema` hint from published records. */
function publishable<T extends object>(record: T): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = record as T & { $schema?: string };
  return rest;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The town's open data: what widgets read through `src`, and what anyone may download.
 * Built from the loader's output, so it is masked and free of `public: false` items.
 */
export function townDataFiles(ctx: TownContext): DataFile[] {
  const { town, deputies, stations, suggestions, votes } = ctx.loaded;
  const path = (rest: string) => townDataPath(ctx, `data/${rest}`);
  return [
    { url: path('town.json'), body: json(publishable(town)) },
    { url: path('deputies.json'), body: json({ deputies }) },
    // Each station with its last reception, as the station map's details show it.
    { url: path('stations.json'), body: json({ stations: stations.map((station) => stationWithLastReception(ctx, station)) }) },
    { url: path('suggestions.json'), body: json({ figures: publishedFigures(suggestions, ctx.today), suggestions }) },
    // The same, narrowed to each deputy and each station: what the tracker on their pages reads.
    ...deputies.map((deputy) => suggestionsFile(ctx, deputyTrackerData(ctx, deputy.id), suggestionsOfDeputy(suggestions, deputy.id))),
    ...stations.map((station) => suggestionsFile(ctx, stationTrackerData(ctx, station.id), suggestionsOfStation(suggestions, station.id))),
    { url: path('votes.json'), body: json({ votes }) },
    { url: path('receptions.json'), body: json({ receptions: ctx.loaded.receptions }) },
    { url: path('projects.json'), body: json({ asOf: ctx.today, projects: chosenProjects(votes, ctx.today).map(({ ballot, project, percent, completed, late }) => ({ ballot: ballot.id, ...project, ...(percent !== undefined ? { percent } : {}), ...(completed ? { completed } : {}), late })) }) },
    { url: path('activities.json'), body: json({ activities: ctx.loaded.activities }) },
    // The base layer under the station map, for `<renda-station-map layer-src>` on other sites.
    ...(ctx.loaded.map ? [{ url: path('map.json'), body: json(ctx.loaded.map) }] : []),
    // One file per deputy for `<renda-deputy-card src>`: the deputy with their stations, the
    // code's URL and links relative to the file, so a card anywhere can show them.
    ...deputies.map((deputy) => {
      const url = path(`deputies/${deputy.id}.json`);
      const periods = deputyRecordPeriods(ctx, deputy);
      const scores = deputyScores(ctx, periods);
      return { url, body: json({ ...deputyCardRecord(ctx, deputy, url), dutyRecord: periods, ...(scores ? { dutyScore: { rule: ctx.loaded.scoring!.title, periods: scores } } : {}) }) };
    }),
  ];
}

function suggestionsFile(ctx: TownContext, url: string, suggestions: TownContext['loaded']['suggestions']): DataFile {
  return { url, body: json({ figures: publishedFigures(suggestions, ctx.today), suggestions }) };
}

/** The blank workbooks for offline record keeping (site/sheets/templates.ts), published under /assets/templates/. */
const TEMPLATES: [keyof typeof TEMPLATE_FILES, string][] = [
  ['deputies', '代表名册（表格“代表”）'],
  ['stations', '联络站一览（表格“联络站”）'],
  ['suggestions', '建议台账（表格“建议”和“建议进程”，进程每步一行）'],
  ['votes', '票决结果（表格“票决”和“候选项目”）'],
  ['receptions', '进站接待记录（表格“接待记录”和“接待事项”，每个事项一行）'],
  ['activities', '代表活动（表格“代表活动”）'],
];

const DESCRIPTIONS: Record<string, string> = {
  'town.json': '本地概况：区划代码、人大（工委）、届次、联系方式',
  'deputies.json': '代表：编号、姓名、层级、选区、进站、职务（每位代表另有 deputies/<编号>.json，含所进联络站的接待规则和代表码网址）',
  'stations.json': '联络站点：类型、地址、坐标（含坐标系）、接待规则、进站代表；lastReception 为最近一次接待（日期、进站代表、来访群众人次）',
  'suggestions.json': '公开建议：办理过程、承办单位、办理结果、满意度（提出人已隐去）；figures 为全镇（街道）的办成率、满意率、按期答复率和逾期件数，与网页所示相同，附计算口径（每位代表、每个联络站另有 deputies/<编号>/suggestions.json、stations/<编号>/suggestions.json，只含其本人、本站的建议）',
  'suggestions.csv': '公开建议（表格，可用 Excel 打开）：每件一行，递交、受理、审核、转办、答复、反馈、评议等各环节日期各占一列，另有答复期限、办理天数和页面链接',
  'votes.json': '票决、群众投票与满意度评议',
  'projects.json': '民生实事项目：票决选出的项目、进展记录、进度、完成日期、是否逾期（asOf 为统计日期）',
  'receptions.json': '进站接待记录：日期、联络站、进站代表、来访群众人数、反映事项（转为建议的附建议编号，当场答复的附答复）',
  'activities.json': '代表活动：代表小组活动、小队会、代表课堂、进站会商、视察、议政代表会会议',
  'map.json': '联络站地图的底图：道路、河流、村（社区）的示意轮廓和名称（有底图的镇才有）',
};

/** `/<town>/data/` */
export function dataPage(ctx: TownContext): string {
  const { town } = ctx.loaded;
  const url = townPath(ctx, 'data/');
  return layout({
    site: ctx.site,
    url,
    town,
    title: '公开数据',
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>公开数据</h1>
<p>本站页面所用数据均可下载，格式为 JSON（UTF-8），建议另有 CSV 表格。个人信息已在发布前隐去；不公开的建议不在其中。</p>
<ul class="list">${Object.entries(DESCRIPTIONS).filter(([file]) => file !== 'map.json' || ctx.loaded.map).map(([file, description]) => html`<li><a href="${relativeHref(url, townDataPath(ctx, `data/${file}`))}">${file}</a>：${description}</li>`)}</ul>
<h2>记录模板</h2>
<p>不方便上网时，可以先在 Excel 或 WPS 里按模板记录，再交网站管理员用 <code>renda import-sheet</code> 导入本站。空白模板：</p>
<ul class="list">${TEMPLATES.map(([kind, description]) => html`<li><a href="${relativeHref(url, `/assets/templates/${TEMPLATE_FILES[kind]}`)}" download>${TEMPLATE_FILES[kind]}</a>：${description}</li>`)}</ul>`,
  });
}

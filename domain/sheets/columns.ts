/**
 * The town workbook's sheets and columns, as data: which field of which record each column holds,
 * its Chinese header and the usual variants clerks write (代表名册, 建议台账…), and how a value
 * is written in a cell. Export and import both read these; nothing else knows a column.
 */
import { ACTIVITY_KIND_LABELS, LEVEL_LABELS, OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS, STATION_KIND_LABELS } from '../text/labels.js';

/**
 * How a value sits in a cell: `text` as written; `date` a date cell (YYYY-MM-DD in the file);
 * `list` joined with “、”; `enum` by its Chinese label; `bool` 是/否; `reception` as 每月10日 09:00-11:30 接待日
 * (reception-text.ts); `json` as JSON text for
 * structures a cell cannot show plainly.
 */
export type CellKind = 'text' | 'integer' | 'number' | 'date' | 'list' | 'enum' | 'enum-list' | 'bool' | 'reception' | 'json';

export interface Column {
  /** The field, a dot path for a nested one (`location.lng`). */
  field: string;
  header: string;
  /** Other headers that mean the same column. */
  variants?: readonly string[];
  kind: CellKind;
  /** For `enum` and `enum-list`: value → label; labels, values and `aliases` are read back. */
  labels?: Readonly<Record<string, string>>;
  aliases?: Readonly<Record<string, string>>;
  /** For `list`, `enum-list` and `reception`: an empty cell is an empty list (the field is required), not an absent field. */
  keepEmpty?: boolean;
  /** Column width in characters, for a readable export. */
  width?: number;
}

export interface SheetSpec {
  /** The sheet's name, and the names clerks give such a sheet. */
  name: string;
  variants: readonly string[];
  /** The file and its list: `deputies.json` → `deputies`. */
  list: 'deputies' | 'stations' | 'suggestions' | 'votes' | 'receptions' | 'activities';
  /** For a sheet of child rows (a suggestion's history, a ballot's candidates): the parent's list field and the column naming the parent. */
  child?: { field: 'history' | 'candidates' | 'matters'; parentColumn: Column };
  columns: readonly Column[];
}

/** Fields no column holds are kept in this column as JSON, so nothing is lost on the way round. */
export const OTHER_COLUMN: Column = { field: '*', header: '其他字段', variants: ['其他', '其它字段', '其它'], kind: 'json', width: 30 };

const SHORT_LEVELS = { township: '乡镇', county: '县（区）', city: '市', provincial: '省', national: '全国' } as const;
const GENDERS = { male: '男', female: '女' } as const;
const VOTE_KINDS = { 'project-ballot': '项目票决', poll: '网上投票', rating: '满意度评议' } as const;

const zh = <K extends string>(labels: Readonly<Record<string, Readonly<Record<K, string>>>>) => labels['zh-CN']!;

export const SHEETS: readonly SheetSpec[] = [
  {
    name: '代表',
    variants: ['代表名册', '代表名单', '人大代表', '代表信息'],
    list: 'deputies',
    columns: [
      { field: 'id', header: '编号', variants: ['代表编号', '代表码', 'ID'], kind: 'text', width: 10 },
      { field: 'name', header: '姓名', variants: ['代表姓名', '名字'], kind: 'text', width: 10 },
      { field: 'gender', header: '性别', kind: 'enum', labels: GENDERS, width: 6 },
      { field: 'levels', header: '代表层级', variants: ['层级', '级别', '代表级别', '代表类别'], kind: 'enum-list', keepEmpty: true, labels: SHORT_LEVELS, aliases: { ...invert(zh(LEVEL_LABELS)), 县: 'county', 区: 'county', 县区: 'county', '县(区)': 'county', 乡: 'township', 镇: 'township', 街道: 'township' }, width: 16 },
      { field: 'constituency', header: '选区', variants: ['所在选区', '选举单位', '选区名称'], kind: 'text', width: 24 },
      { field: 'kind', header: '身份类别', variants: ['人员类别', '是否人大代表'], kind: 'enum', labels: { deputy: '人大代表', 'assembly-member': '议政代表' }, width: 10 },
      { field: 'stations', header: '联络站', variants: ['所属联络站', '进站', '联络站编号', '进驻联络站'], kind: 'list', keepEmpty: true, width: 16 },
      { field: 'title', header: '职务', variants: ['工作单位及职务', '单位职务', '工作单位'], kind: 'text', width: 24 },
      { field: 'occupation', header: '职业', variants: ['职业类别'], kind: 'text', width: 10 },
      { field: 'roles', header: '身份', variants: ['担任', '代表职务', '角色'], kind: 'list', width: 16 },
      { field: 'photo', header: '照片', variants: ['照片文件', '头像'], kind: 'text', width: 18 },
      { field: 'bio', header: '简介', variants: ['个人简介', '履职简介', '简历'], kind: 'text', width: 40 },
      { field: 'term', header: '届期', variants: ['任期', '届别'], kind: 'text', width: 12 },
    ],
  },
  {
    name: '联络站',
    variants: ['联络站一览', '联络站点', '代表联络站', '站点'],
    list: 'stations',
    columns: [
      { field: 'id', header: '编号', variants: ['站点编号', '联络站编号', 'ID'], kind: 'text', width: 12 },
      { field: 'name', header: '名称', variants: ['联络站名称', '站点名称', '站名'], kind: 'text', width: 24 },
      { field: 'kind', header: '类型', variants: ['站点类型', '类别', '层级'], kind: 'enum', labels: zh(STATION_KIND_LABELS), aliases: { 中心站: 'center', 站: 'station', 点: 'point', 流动站: 'mobile' }, width: 12 },
      { field: 'theme', header: '主题', variants: ['特色', '特色主题'], kind: 'text', width: 10 },
      { field: 'address', header: '地址', variants: ['详细地址', '站点地址', '所在地'], kind: 'text', width: 28 },
      { field: 'location.lng', header: '经度', variants: ['经度坐标'], kind: 'number', width: 11 },
      { field: 'location.lat', header: '纬度', variants: ['纬度坐标'], kind: 'number', width: 11 },
      { field: 'location.crs', header: '坐标系', variants: ['坐标系统'], kind: 'text', width: 8 },
      { field: 'phone', header: '电话', variants: ['联系电话', '电话号码'], kind: 'text', width: 14 },
      { field: 'deputies', header: '进站代表', variants: ['代表', '代表编号', '驻站代表'], kind: 'list', keepEmpty: true, width: 20 },
      { field: 'reception', header: '接待安排', variants: ['接待日', '接待时间'], kind: 'reception', keepEmpty: true, width: 36 },
      { field: 'stops', header: '流动站点', variants: ['流动安排', '巡回安排'], kind: 'json', width: 30 },
      { field: 'description', header: '简介', variants: ['说明', '介绍'], kind: 'text', width: 30 },
    ],
  },
  {
    name: '建议',
    variants: ['建议台账', '意见建议', '建议办理', '建议清单'],
    list: 'suggestions',
    columns: [
      { field: 'id', header: '编号', variants: ['建议编号', '序号', 'ID'], kind: 'text', width: 12 },
      { field: 'title', header: '标题', variants: ['建议标题', '案由', '事由', '题目'], kind: 'text', width: 24 },
      { field: 'body', header: '内容', variants: ['建议内容', '具体内容', '正文', '主要内容'], kind: 'text', width: 40 },
      { field: 'category', header: '类别', variants: ['分类', '所属类别'], kind: 'text', width: 10 },
      { field: 'source', header: '来源', variants: ['建议来源', '渠道'], kind: 'enum', labels: zh(SOURCE_LABELS), aliases: { 扫码: 'scan', 接待: 'reception', 大会: 'session', 闭会: 'recess', 问政: 'questioning' }, width: 10 },
      { field: 'submitter', header: '提出人', variants: ['提出人姓名', '反映人', '群众姓名', '建议人'], kind: 'text', width: 10 },
      { field: 'submitterGender', header: '提出人性别', variants: ['性别'], kind: 'enum', labels: GENDERS, width: 8 },
      { field: 'public', header: '公开', variants: ['是否公开'], kind: 'bool', width: 6 },
      { field: 'deputies', header: '代表', variants: ['领衔代表', '受理代表', '代表编号'], kind: 'list', keepEmpty: true, width: 14 },
      { field: 'station', header: '联络站', variants: ['受理联络站', '联络站编号'], kind: 'text', width: 12 },
      { field: 'department', header: '承办部门', variants: ['主办部门', '办理部门', '交办部门', '主办单位', '承办单位'], kind: 'text', width: 16 },
      { field: 'coDepartments', header: '协办部门', variants: ['协办单位'], kind: 'list', width: 16 },
      { field: 'outcome', header: '办理结果', variants: ['结果', '办理结果分类', '答复类别'], kind: 'enum', labels: zh(OUTCOME_LABELS), aliases: { 已解决: 'A', 正在解决: 'B', 列入计划: 'C', 留作参考: 'D', A类: 'A', B类: 'B', C类: 'C', D类: 'D' }, width: 14 },
      { field: 'satisfaction', header: '满意度', variants: ['满意程度', '评价', '群众评价'], kind: 'enum', labels: zh(SATISFACTION_LABELS), width: 10 },
      { field: 'reply', header: '答复', variants: ['答复内容', '办理答复', '办理情况'], kind: 'text', width: 40 },
    ],
  },
  {
    name: '建议进程',
    variants: ['办理进程', '办理过程', '建议办理进程'],
    list: 'suggestions',
    child: { field: 'history', parentColumn: { field: '^', header: '建议编号', variants: ['编号', '建议'], kind: 'text', width: 12 } },
    columns: [
      { field: 'date', header: '日期', variants: ['时间', '办理日期'], kind: 'date', width: 12 },
      { field: 'stage', header: '阶段', variants: ['环节', '办理阶段', '步骤'], kind: 'enum', labels: zh(STAGE_LABELS), aliases: { 提交: 'submitted', 交办: 'assigned', 回复: 'replied', 已答复: 'replied', 销号: 'closed' }, width: 10 },
      { field: 'actor', header: '经办', variants: ['经办人', '办理人'], kind: 'text', width: 10 },
      { field: 'department', header: '部门', variants: ['承办部门', '办理部门'], kind: 'text', width: 14 },
      { field: 'deadline', header: '办理期限', variants: ['期限', '答复期限'], kind: 'date', width: 12 },
      { field: 'complex', header: '复杂事项', variants: ['复杂'], kind: 'bool', width: 8 },
      { field: 'note', header: '备注', variants: ['说明'], kind: 'text', width: 30 },
    ],
  },
  {
    name: '票决',
    variants: ['票决结果', '民生实事票决', '投票'],
    list: 'votes',
    columns: [
      { field: 'id', header: '编号', variants: ['票决编号', 'ID'], kind: 'text', width: 16 },
      { field: 'kind', header: '类型', variants: ['票决类型'], kind: 'enum', labels: VOTE_KINDS, width: 10 },
      { field: 'title', header: '标题', variants: ['名称', '事项'], kind: 'text', width: 28 },
      { field: 'date', header: '日期', variants: ['票决日期', '会议日期'], kind: 'date', width: 12 },
      { field: 'session', header: '会议', variants: ['会议名称'], kind: 'text', width: 20 },
      { field: 'electorate', header: '代表总数', variants: ['应到代表', '全体代表'], kind: 'integer', width: 9 },
      { field: 'ballotsIssued', header: '发出选票', variants: ['发出票数'], kind: 'integer', width: 9 },
      { field: 'ballotsReturned', header: '收回选票', variants: ['收回票数'], kind: 'integer', width: 9 },
      { field: 'seats', header: '入选名额', variants: ['名额'], kind: 'integer', width: 9 },
    ],
  },
  {
    name: '候选项目',
    variants: ['票决项目', '候选'],
    list: 'votes',
    child: { field: 'candidates', parentColumn: { field: '^', header: '票决编号', variants: ['票决'], kind: 'text', width: 16 } },
    columns: [
      { field: 'id', header: '编号', variants: ['项目编号'], kind: 'text', width: 12 },
      { field: 'name', header: '名称', variants: ['项目名称'], kind: 'text', width: 24 },
      { field: 'investment', header: '投资（万元）', variants: ['投资', '总投资', '投资额'], kind: 'number', width: 12 },
      { field: 'completion', header: '计划完成', variants: ['完成时间'], kind: 'text', width: 10 },
      { field: 'for', header: '赞成', variants: ['赞成票'], kind: 'integer', width: 7 },
      { field: 'against', header: '反对', variants: ['反对票'], kind: 'integer', width: 7 },
      { field: 'abstain', header: '弃权', variants: ['弃权票'], kind: 'integer', width: 7 },
      { field: 'votes', header: '得票', variants: ['票数'], kind: 'integer', width: 7 },
      { field: 'description', header: '说明', variants: ['项目说明', '简介'], kind: 'text', width: 30 },
    ],
  },
  {
    name: '接待记录',
    variants: ['进站接待', '接待登记', '接待台账'],
    list: 'receptions',
    columns: [
      { field: 'id', header: '编号', variants: ['接待编号', 'ID'], kind: 'text', width: 22 },
      { field: 'station', header: '联络站', variants: ['联络站编号', '站点'], kind: 'text', width: 14 },
      { field: 'date', header: '接待日期', variants: ['日期'], kind: 'date', width: 12 },
      { field: 'deputies', header: '进站代表', variants: ['接待代表', '代表'], kind: 'list', keepEmpty: true, width: 20 },
      { field: 'residents', header: '来访群众', variants: ['来访人数', '接待群众', '群众人次'], kind: 'integer', width: 9 },
      { field: 'note', header: '备注', variants: ['说明'], kind: 'text', width: 24 },
    ],
  },
  {
    name: '接待事项',
    variants: ['反映事项', '群众反映'],
    list: 'receptions',
    child: { field: 'matters', parentColumn: { field: '^', header: '接待编号', variants: ['接待'], kind: 'text', width: 22 } },
    columns: [
      { field: 'text', header: '事项', variants: ['反映事项', '内容'], kind: 'text', width: 30 },
      { field: 'suggestion', header: '转为建议', variants: ['建议编号'], kind: 'text', width: 12 },
      { field: 'answer', header: '当场答复', variants: ['答复'], kind: 'text', width: 30 },
    ],
  },
  {
    name: '代表活动',
    variants: ['活动', '活动记录', '履职活动'],
    list: 'activities',
    columns: [
      { field: 'id', header: '编号', variants: ['活动编号', 'ID'], kind: 'text', width: 26 },
      { field: 'kind', header: '类型', variants: ['活动类型'], kind: 'enum', labels: zh(ACTIVITY_KIND_LABELS), width: 12 },
      { field: 'title', header: '名称', variants: ['活动名称', '标题'], kind: 'text', width: 28 },
      { field: 'date', header: '日期', variants: ['活动日期'], kind: 'date', width: 12 },
      { field: 'deputies', header: '参加代表', variants: ['代表'], kind: 'list', keepEmpty: true, width: 24 },
      { field: 'station', header: '联络站', variants: ['地点'], kind: 'text', width: 14 },
      { field: 'outcome', header: '成效', variants: ['结果', '活动成效'], kind: 'text', width: 30 },
    ],
  },
];

function invert(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [label, value]));
}

/** A header as compared: no blanks, half-width brackets, no required-field marks. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[*＊]|\(必填\)|\(选填\)/g, '')
    .toLowerCase();
}

/** The column a header names, among a sheet's columns (and the parent and other columns). */
export function columnFor(header: string, columns: readonly Column[]): Column | undefined {
  const wanted = normalizeHeader(header);
  return columns.find((c) => normalizeHeader(c.header) === wanted) ?? columns.find((c) => c.variants?.some((v) => normalizeHeader(v) === wanted));
}

/** The sheet spec a sheet's name names. */
export function sheetFor(name: string): SheetSpec | undefined {
  const wanted = normalizeHeader(name);
  return SHEETS.find((s) => normalizeHeader(s.name) === wanted) ?? SHEETS.find((s) => s.variants.some((v) => normalizeHeader(v) === wanted));
}

/** Every column of a sheet as written: the parent column first for child rows, the other-fields column last. */
export function sheetColumns(sheet: SheetSpec): Column[] {
  return [...(sheet.child ? [sheet.child.parentColumn] : []), ...sheet.columns, OTHER_COLUMN];
}
